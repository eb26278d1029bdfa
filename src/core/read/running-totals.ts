/**
 * Figures that fall are never running totals (fresh user 12's police pack). WS5.9 "Overtime spend (£000s) vs
 * budget" holds 210, 198, 240, 260, 305, 220 (April to September) against 1,200 for the year, Comments
 * "Cumulative budget £1.2m for year". The word made it cumulative: September's 220 against the budget to
 * date, 600, +63%, green. But a figure to date cannot fall from 305 to 220: each is a month's spend, and
 * the comment's "cumulative" is the budget's. Spend to date is the months added up, 1,433, against 600: red.
 *
 * Decision: where the analyst's word makes a row cumulative (read/cumulative-words.ts) and its figures fall
 * from one month to the next, each month's figure becomes the months to date added up, so the row is the
 * running total the word says it is; a Note says so (findings/cumulative-said.ts). Where a month before the
 * last figure has none, nothing is added up (a total with a month missing would be too low): the row stays
 * as it was.
 */
import type { IndicatorRow } from '../model';

/**
 * The row, changed: months to date added up where its figures fall (see the file's comment); `addedToDate`
 * set to the month that fell (1 = April), the figure before it and its own. Unchanged otherwise.
 */
export function runningTotalsWhereFalling(row: IndicatorRow): void {
  let last = 0;
  let fell: { month: number; before: number; value: number } | null = null;
  let before: number | null = null;
  for (let m = 1; m <= 12; m++) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number') continue;
    if (before !== null && p.value < before && fell === null) fell = { month: m, before, value: p.value };
    before = p.value;
    last = m;
  }
  if (fell === null) return;
  const periods = row.periods.slice();
  let sum = 0;
  for (let m = 1; m <= last; m++) {
    const p = periods[m - 1];
    if (p.kind !== 'number') return;
    sum = Number((sum + p.value).toPrecision(15));
    periods[m - 1] = { ...p, value: sum };
  }
  row.periods = periods;
  row.addedToDate = fell;
}
