/** Whether a Trend arrow the analyst typed can stand (docs/workbook.md, “The rules”: Trend). */
import type { IndicatorRow, MonthNumber } from '../model';

/**
 * True when the workbook holds a figure for this indicator from before its latest value: a number in
 * an earlier month (this year's columns, or last year's where the table's headers carry years), a
 * figure in its Last year columns or on the Last year sheet (`lastYearSheet`, index 0 = April), or last
 * year's outturn. Without one, a typed Trend arrow ("↑" beside a single Actual) has nothing behind it:
 * it is not kept, coloured or counted under "Trend can be determined", and a Check finding says so —
 * the count and the colour follow the data, not a typed arrow. With one, the arrow is kept as SPEC §3
 * says (the St Helens report's Trend arrows stand on figures the workbook does not hold, beside each
 * row's 19/20 outturn). `latestMonth`: the latest value's month, 1 = April.
 * Source: noticed item 3, session 4 closing note.
 */
export function typedTrendHasFigures(
  row: Pick<IndicatorRow, 'periods' | 'lastYear' | 'outturnPrevYear' | 'previousYear' | 'outturnScaleProblem'>,
  lastYearSheet: (number | null)[] | null,
  latestMonth: MonthNumber,
): boolean {
  // An outturn on another percentage scale from the values is no figure to stand on (noticed item 4, session 6).
  if (row.outturnPrevYear !== null && !row.outturnScaleProblem) return true;
  for (let m = 0; m < latestMonth - 1; m++) if (row.periods[m]?.kind === 'number') return true;
  for (const p of row.previousYear ?? []) if (p.kind === 'number') return true;
  for (const v of row.lastYear) if (v !== null && v !== undefined) return true;
  for (const v of lastYearSheet ?? []) if (v !== null && v !== undefined) return true;
  return false;
}
