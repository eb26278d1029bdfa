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

/**
 * Keeps V8's young generation at its first size, unless the process was started with a semi-space
 * option of its own (node's options or NODE_OPTIONS). Returns whether it did.
 */
export function keepYoungGenerationSmall(): boolean {
  const major = Number(process.versions.v8.split('.')[0]);
  if (!(major >= KNOWN_V8[0] && major <= KNOWN_V8[1])) return false;
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
  return true;
}
