/**
 * The command's heap: V8's young generation kept at its first size (issue 10, peak memory).
 *
 * V8 doubles the young generation (its semi-spaces, 1 MB to start) whenever enough of what it holds
 * survives a collection, up to 16 MB a semi-space: while the engine builds its model the command's
 * peak memory grew by about 20 MB that way (135 MB against 116 MB at 1,000 indicators, 232 against
 * 216 at 10,000), for little saving in collections. `--max-semi-space-size` cannot be set once the
 * process runs (V8 sizes the heap when it starts), but the growth factor is read each time the young
 * generation would grow, so setting it to 1 here, before the command's modules load, keeps it at its
 * first size. Measured with `scripts/bench/writers-one.ts` (docs/cli.md, Speed).
 *
 * That pays for small and middling workbooks only. In a large one (fifth pass, 30 November 2026: 10,000
 * indicators, 7 MB of sheet XML) the young generation kept at 1 MB promotes the engine's short-lived
 * objects to the old generation, which then grows with garbage until a full collection: peak memory
 * 250 MB against 214 MB grown, and garbage collection twice the CPU (30% of the command's against 14%).
 * So once the command knows the package's size it lets the young generation grow again for a large
 * package (`fitHeapTo`): kept small up to 3 MB of inflated parts (3,000 indicators, 2.2 MB:
 * 104 MB peak against 134 MB grown, for 15% more CPU), grown above (6,000 indicators, 4.3 MB: 160–166 MB
 * grown against 165–172 MB kept small). For a large package the old generation is also let grow to
 * twice what survived its last full collection, not V8's up to four times (`--heap-growing-percent=100`,
 * read at each collection): what fills it between collections is mostly the write's garbage (the live
 * heap never passes 60 MB at 10,000 indicators), and peak memory fell from 204–207 MB to 186–190 MB
 * at 10,000 indicators, for no CPU this machine could tell apart.
 *
 * Only the command (bin/scorecard.js, and the bench measuring it) calls these: a program that loads the
 * command's modules as a library keeps its own heap as it is.
 */
import * as v8 from 'v8';

/** V8 versions known to have the flag (Node 20: 11, 22: 12, 24: 13): another would print "unrecognized flag" on standard output. */
const KNOWN_V8 = [9, 13];

/** V8's own growth factor of the young generation (its default since V8 9, through 13). */
const V8_GROWTH_FACTOR = 2;

/** Inflated bytes of a package above which the young generation is let grow (see above). */
export const LARGE_PACKAGE = 3_000_000;

/** Whether keepYoungGenerationSmall set the flag (and fitHeapTo has not undone it). */
let kept = false;

/** Whether the process is the command (keepYoungGenerationSmall was called, on a V8 known to have the flags). */
let command = false;

/**
 * Keeps V8's young generation at its first size, unless the process was started with a semi-space
 * option of its own (node's options or NODE_OPTIONS). Returns whether it did.
 */
export function keepYoungGenerationSmall(): boolean {
  const major = Number(process.versions.v8.split('.')[0]);
  if (!(major >= KNOWN_V8[0] && major <= KNOWN_V8[1])) return false;
  command = major >= TURBOFAN_V8[0] && major <= TURBOFAN_V8[1];
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (/semi[-_]space/.test(given)) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  kept = true;
  return true;
}

/**
 * For a large package about to be read (`inflatedBytes`, the sum of its parts' sizes, above
 * LARGE_PACKAGE), when keepYoungGenerationSmall had kept the young generation small: lets it grow
 * again, as V8 grows it by default, and holds the old generation's growth to twice what survives;
 * else changes nothing. Returns whether it did.
 */
export function fitHeapTo(inflatedBytes: number): boolean {
  if (!kept || inflatedBytes <= LARGE_PACKAGE) return false;
  v8.setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  v8.setFlagsFromString('--heap-growing-percent=100');
  kept = false;
  capping = true;
  return true;
}

/**
 * The largest semi-space the young generation of a large package grows to, in MB (V8's own largest
 * is 16). Eighth pass, 30 November 2026, at 10,000 indicators (the command with the young generation's
 * largest size given to node, four or five runs each, alternating, on the shared machine): 16 MB
 * (V8's) peaked at 205–208 MB, 8 MB at 213–216, 6 MB at 212–215, 4 MB at 172–185, 3 MB at 174–184,
 * 2 MB at 200–223 and 1 MB (kept small) at 184–190 for 0.3–0.4 s more CPU; the CPU of 3, 4 and 16 MB
 * could not be told apart (medians 3.1, 3.3 and 3.3–3.6 s, the spread of each run 1 s). Below 4 MB
 * the engine's short-lived objects are promoted and the old generation grows instead; above it the
 * young generation's own size is the difference.
 */
export const YOUNG_CAP_MB = 4;

/** Whether fitHeapTo let the young generation grow and capYoungGeneration has not yet stopped it. */
let capping = false;

/**
 * Stops the young generation growing once its semi-spaces have reached YOUNG_CAP_MB (for a large
 * package: fitHeapTo), or at once when `now`. `--max-semi-space-size` cannot be changed once the
 * process runs, so the cap is kept by the growth factor instead: V8 doubles the young generation
 * only when what survived since it last grew passes its size, so a check every few thousand cells
 * read (the reader's `pulse`, src/xlsx/package/session.ts) sees each doubling before the next. The
 * read's end stops it wherever it is (`now`): the engine's stage has no such checks. V8 reports the
 * young generation's committed size as both semi-spaces'. Returns whether it stopped it now.
 */
export function capYoungGeneration(now = false): boolean {
  if (!capping) return false;
  if (!now) {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < 2 * YOUNG_CAP_MB * 1024 * 1024) return false;
  }
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  capping = false;
  return true;
}

/** V8 versions known to have `--turbofan` (Node 20: 11, 22: 12, 24: 13). */
const TURBOFAN_V8 = [11, 13];

/**
 * Inflated bytes of a package up to which it is read without the optimising compiler (TurboFan): the
 * 60-indicator workbook is 80 KB, 1,000 indicators 0.74 MB.
 */
export const READ_UNOPTIMISED = 300_000;

/**
 * Inflated bytes of a package up to which the engine's stage and the write run without TurboFan (about
 * 13,500 indicators; 10,000 are 7.3 MB, 20,000 are 14.6 MB). Seventh pass, 30 November 2026: at 10,000
 * indicators without it the engine's stage took 1.20–1.29 s of CPU against 1.58–1.67 s, the write 0.51–0.55 s
 * against 0.70–0.76 s, and peak memory was 205 MB against 218–222 MB (medians of four and five runs,
 * alternating); at 20,000 the engine's stage was slower without it (2.62 s against 2.29 s, three runs).
 */
export const ENGINE_UNOPTIMISED = 10_000_000;

/** Whether TurboFan is on, as fitCompilerTo last set it (V8's default: on). */
let optimising = true;

function setOptimising(on: boolean): void {
  if (on === optimising) return;
  v8.setFlagsFromString(on ? '--turbofan' : '--no-turbofan');
  optimising = on;
}

/**
 * The optimising compiler fitted to the package and the stage (issue 10, sixth pass, 30 November 2026).
 * A command runs for a second or two, and TurboFan compiles the functions it finds hot on a thread of
 * its own, whose CPU and memory count as the command's: for a small package that costs more than the
 * optimised code saves. Measured by stage, CPU ms and peak MB of the command (scripts/bench/writers-one.ts,
 * three runs each on the shared 2-core machine), TurboFan on against off:
 * - 60 indicators (80 KB of parts): 267–414 ms and 66 MB against 193–250 ms and 60 MB;
 * - 1,000 (0.74 MB): the read 455–501 against 507–702 ms (saxes's loop over every character wants
 *   optimising), the engine 520–572 against 317–361 ms, the write 257–290 against 204–238 ms;
 * - 3,000 (2.2 MB): the read 611–901 against 1,243–1,576 ms, the engine 721–899 against 399 ms, the
 *   write 385–416 against 244–278 ms;
 * - 10,000 (7.2 MB): the read 1,023–1,193 against 4,971–5,101 ms; the engine and the write the same
 *   either way (1,450–1,680 and 660–910 ms) — measured again in the seventh pass, the engine's stage and
 *   the write are 0.6–0.7 s quicker without it at 10,000, slower at 20,000 (ENGINE_UNOPTIMISED).
 * So the read is optimised above READ_UNOPTIMISED (`stage` 'read', told once the file is read), and the
 * engine's stage and the write up to ENGINE_UNOPTIMISED are not (`stage` 'engine', told when the read
 * is done: what the read optimised stays optimised); a larger package keeps TurboFan throughout, as the
 * engine's share grows with it (50,000 indicators). Only in the command (keepYoungGenerationSmall was
 * called), never in a program that loads its modules as a library. Returns whether TurboFan is on.
 */
export function fitCompilerTo(inflatedBytes: number, stage: 'read' | 'engine'): boolean {
  if (!command) return optimising;
  setOptimising(stage === 'read' ? inflatedBytes > READ_UNOPTIMISED : inflatedBytes > ENGINE_UNOPTIMISED);
  return optimising;
}
