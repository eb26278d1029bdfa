/**
 * Whether an indicator's figures are counts (or money) that can be added up month by month (fresh user 10): its
 * Unit cell saying a count or money ("Number", "No.", "£k") says so whatever its name; else not a rate,
 * percentage, ratio, share or average (rules/percentage.ts `isRate`: its Unit cell, its number format, its
 * target's percent sign, its name), not a time, score or index (`NOT_A_COUNT_NAME`), and no figure shown as a
 * percentage (`IndicatorRow.shown`, two bits a figure: 2 formatted, 3 typed percent).
 */
import type { IndicatorRow } from '../model';
import { isRate, type RateRow } from './percentage';

/** A name saying its figure is a time, a score or an index, not a count (durations, satisfaction scores). */
export const NOT_A_COUNT_NAME =
  /\b(time|times|duration|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|weeks?|score|index|satisfaction|mm:ss|hh:mm)\b/i;

/** True when the row is not a count (see the file's comment). */
export function notACount(row: RateRow & Pick<IndicatorRow, 'name' | 'shown'>): boolean {
  if (row.unitSaysRate === false) return false;
  if (isRate(row) || namesNoCount(row.name)) return true;
  for (let bits = row.shown ?? 0; bits > 0; bits = Math.floor(bits / 4)) if (bits % 4 >= 2) return true;
  return false;
}

/** Each name's `NOT_A_COUNT_NAME` test, kept from run to run (four rules ask of every row); bounded, a pure function of the name. */
const noCountByName = new Map<string, boolean>();

/** `NOT_A_COUNT_NAME.test(name)`, once a name (issue 11). */
function namesNoCount(name: string): boolean {
  let says = noCountByName.get(name);
  if (says === undefined) {
    says = NOT_A_COUNT_NAME.test(name);
    if (noCountByName.size >= 100_000) noCountByName.clear();
    noCountByName.set(name, says);
  }
  return says;
}
