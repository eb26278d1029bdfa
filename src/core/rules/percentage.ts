/**
 * Whether an indicator is a percentage, for percentage-points tolerance (fresh-user check 7, item 5:
 * CORP6a's sickness days, 0.66 against 0.55 in General with "Days" in its Unit column, were amber "within
 * 2 points" at −20%). In order: its Unit cell ("%" yes; "Days", "£", "Number" no), then its figures'
 * number formats (read/number-formats.ts `percentScale`: a % format or a typed "%" yes, "0.0" or "£#,##0"
 * no), then its name ("%", "percent", "percentage" yes). A name with no "%" and no percentage format is
 * not a percentage: plain figures in General said nothing, and were taken as percentages before.
 */
import type { IndicatorRow } from '../model';

const PERCENT_NAME = /%|\bper ?cent\b|\bpercentage\b/i;

/** True when the row is a percentage: see the module's order. */
export function isPercentage(row: Pick<IndicatorRow, 'name' | 'percentScale' | 'unitSaysPercent'>): boolean {
  if (row.unitSaysPercent !== undefined) return row.unitSaysPercent;
  if (row.percentScale !== undefined) return row.percentScale !== 'none';
  return PERCENT_NAME.test(row.name);
}
