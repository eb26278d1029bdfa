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
 * Only the command (bin/scorecard.js, and the bench measuring it) calls this: a program that loads the
 * command's modules as a library keeps its own heap as it is.
 */
import * as v8 from 'v8';

/** V8 versions known to have the flag (Node 20: 11, 22: 12, 24: 13): another would print "unrecognized flag" on standard output. */
const KNOWN_V8 = [9, 13];

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
  return true;
}
