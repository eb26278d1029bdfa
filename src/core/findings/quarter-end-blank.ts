/**
 * The quarter's last month blank or "-" after a figure earlier in the quarter, where the table's other
 * rows have that month's figure: the earlier month's figure is the quarter's (the latest in the quarter,
 * rules/latest.ts), and a Check says so, as README says of "-" ("the latest figure is carried forward, with
 * a Check"). Fresh-user check 7, item 8: CS01's September blank (or "-"), August's 92% was scored as Q2's,
 * green, with nothing said.
 *
 * Only for a row reported monthly (two or more figures in some quarter up to the one scored): a row
 * reported once a quarter in another month (St Helens' PH-15 in July and October, HS-01 in November) has
 * its figure where it always has, and the off-cycle Note says so. And only where the table has reached
 * that month (some row has a figure in it): a table whose figures all
 * stop before it gets the one part-quarter Check instead (findings/part-quarter.ts). Words in the month
 * ("n/a", "not available") get their own Note (`latest-before-quarter-end`).
 */
import { finding } from '../catalogue';
import type { Finding, IndicatorRow, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import { periodName, periodNaming } from '../periods';
import { who } from '../words';

/**
 * The Check, or null. `last`: the month (1 = April) of the figure scored; `shown`: that figure as its cell
 * shows it ("92%").
 */
export function quarterEndBlankFinding(
  table: IndicatorTable,
  row: IndicatorRow,
  quarter: QuarterNumber,
  last: MonthNumber,
  shown: string,
): Finding | null {
  const end = quarter * 3;
  if (table.cadence !== 'monthly' || last >= end || last <= end - 3) return null;
  const col = table.monthColumns[end - 1];
  if (col === null || col === undefined) return null;
  const cell = row.periods[end - 1];
  if (cell === undefined || cell.kind !== 'empty' || cell.said !== undefined) return null;
  if (!table.rows.some((r) => r.periods[end - 1]?.kind === 'number')) return null;
  if (!reportedMonthly(row, end)) return null;
  const naming = periodNaming(table);
  return finding({
    kind: 'carried-within-quarter',
    at: { sheet: row.sheet, row: row.row, col },
    ref: row.ref,
    who: who(row),
    quarter,
    endMonth: periodName(end as MonthNumber, naming),
    month: periodName(last, naming),
    value: shown,
  });
}

/** Two or more figures in one quarter, in the months up to `end` (1 = April). */
function reportedMonthly(row: IndicatorRow, end: number): boolean {
  for (let q = 0; q * 3 < end; q++) {
    let n = 0;
    for (let m = q * 3; m < q * 3 + 3 && m < end; m++) if (row.periods[m]?.kind === 'number') n++;
    if (n >= 2) return true;
  }
  return false;
}
