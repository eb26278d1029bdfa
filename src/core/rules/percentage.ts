/**
 * Whether an indicator is a percentage, for percentage-points tolerance (fresh-user check 7, item 5:
 * CORP6a's sickness days, 0.66 against 0.55 in General with "Days" in its Unit column, were amber "within
 * 2 points" at −20%). In order:
 *
 * 1. its **Unit** cell (read/unit-column.ts): "%" yes; "Days", "£", "Number", "Rate" no;
 * 2. its figures' number formats (read/number-formats.ts `percentScale`): a % format or a typed "%" yes,
 *    "0.0" or "£#,##0" no;
 * 3. its name: "%", "percent", "percentage" yes; a name whose subject is another unit ("Days between …",
 *    "Average days to …", "Cost per …", "Number of …", "(£)", "per 1,000") no;
 * 4. else nothing says: taken as a percentage, as before. The St Helens report's percentages carry no "%"
 *    in their names ("Care leavers in suitable accommodation", 95) and are plain figures in General: read
 *    as not percentages, points mode would measure none of them in points (docs/workbook.md, "Fresh-user
 *    check 7").
 */
import type { IndicatorRow } from '../model';

const PERCENT_NAME = /%|\bper ?cent\b|\bpercentage\b/i;
/**
 * A name whose subject is a unit that is not a percentage: it opens with it ("Days between …", "Weeks spent
 * in …", "Average days to complete …", "Cost of …", "Number of …") or names money or a rate per population
 * ("(£)", "per 1,000"). Not a unit anywhere in the name: "visited within 2 working days", "breastfed at 6-8
 * weeks" are percentages of people (St Helens' ASC-23, PH-05).
 */
const OTHER_UNIT_NAME =
  /^(?:(?:average|mean|median|total|gross|net)\s+)?(?:days?|weeks?|hours?|minutes?|time|costs?|spend|number of|no\.? of)\b|£|\bper (?:1,?000|10,?000|100,?000)\b/i;

/** True when the row is a percentage: see the module's order. */
export function isPercentage(row: Pick<IndicatorRow, 'name' | 'percentScale' | 'unitSaysPercent'>): boolean {
  if (row.unitSaysPercent !== undefined) return row.unitSaysPercent;
  if (row.percentScale !== undefined) return row.percentScale !== 'none';
  if (PERCENT_NAME.test(row.name)) return true;
  return !OTHER_UNIT_NAME.test(row.name);
}
