/**
 * A column saying each indicator's unit ("Unit": "%", "Days", "£", "Number", "Rate", "Score"), and what it
 * says about the row being a percentage (fresh-user check 7, item 5: points tolerance mode measured CORP6a's
 * sickness days, 0.66 against 0.55, "within 2 points" — days are not percentages), and whether the row's
 * figures may be added up (session 13). The column is not written, and its words are not a figure's unit
 * anywhere else.
 *
 * - `unitColumnOf`: the header row's column headed "Unit", "Units", "Unit of measure", "Measure type",
 *   "UoM" not read as anything else; null when none.
 * - `unitSaysPercent`: true for "%", "Percent", "Percentage", "% of …"; false for any other unit typed ("Days",
 *   "£", "No.", "Rate"); null for a blank cell (nothing said). The words are rules/percentage.ts's, where the
 *   Unit cell is the first thing that decides whether a row is a percentage.
 * - `unitSaysRate`: true for a percentage or a rate ("Rate per 1,000", "Ratio", "Average"); false for a count or
 *   money ("Number", "No.", "£k"); null otherwise: whether the row's figures may be added up (rules/percentage.ts
 *   `isRate`, where the Unit cell comes first too).
 */
import type { CellValue } from '../model';
import { headedColumnFinder } from './headed-column';
import { normaliseText } from './values';
import { unitTextSaysPercent, unitTextSaysRate } from '../rules/percentage';

const UNIT_HEADER = /^(?:units?|unit of measure(?:ment)?|measure type|measure unit|uom)$/;

/** The table's "Unit" column (0-based), or null; found once a table. */
export const unitColumnOf = headedColumnFinder(UNIT_HEADER);

/** True when a unit cell says percent; false when it says another unit; null when it is blank (rules/percentage.ts, unitTextSaysPercent). */
export function unitSaysPercent(v: CellValue): boolean | null {
  return unitTextSaysPercent(normaliseText(v));
}

/** True when a unit cell says a percentage or a rate; false when it says a count or money; null otherwise (rules/percentage.ts, unitTextSaysRate). */
export function unitSaysRate(v: CellValue): boolean | null {
  return unitTextSaysRate(normaliseText(v));
}
