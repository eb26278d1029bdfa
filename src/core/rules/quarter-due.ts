/**
 * A quarterly indicator's quarter left blank (fresh user 15): in a table of quarter columns ("Q1 | Q2"), a row
 * whose Frequency cell says it is reported every quarter ("Quarterly", or "Monthly") with its scored
 * quarter's cell blank or "-" had the quarter before carried forward, scored and counted as this quarter's —
 * HO04's Q1 re-let time of 24 days counted on target at Q2 — and only a Check said so.
 *
 * Why SPEC §3 carries a figure forward, and why not here: in a table of month columns a blank says nothing —
 * it is also how an indicator reported once a quarter is laid out (a figure in June and September only), so
 * the latest figure stands, with a Check (docs/workbook.md, "Carried forward, or a data gap"). A quarter
 * column has no such layout: its blank is the quarter's own figure missing, and the Frequency cell says a
 * figure was due. Decision: that quarter is a **data gap**, its reason "no Q2 figure: its Q2 cell is blank",
 * with a Note; the figure before it is not carried forward. An annual indicator (its one figure is the year's),
 * a row with no Frequency cell saying so, and month columns keep SPEC §3's carry-forward and its Check.
 */
import type { IndicatorRow, QuarterNumber } from '../model';
import { quarterOfMonth } from '../periods';
import type { Reported } from './latest';

/** A Frequency cell saying the figure is due every quarter: "Quarterly", "Qtrly", "Monthly", "Every quarter". */
export const EVERY_QUARTER = /\b(?:quarterly|qtrly|monthly|every (?:quarter|month)|each (?:quarter|month))\b/i;

/** The reason a data gap of this kind gives: "no Q2 figure: its Q2 cell is blank". */
export function blankQuarterReason(quarter: QuarterNumber): string {
  return `no Q${quarter} figure: its Q${quarter} cell is blank`;
}

/**
 * True when `latest` would be carried into `quarter` from an earlier one, but the row is due every quarter
 * (`row.everyQuarter`) and the quarter has a column of its own (its last month's, with no column for its
 * other months) whose cell is blank or "-" (see above).
 */
export function blankDueQuarter(row: IndicatorRow, latest: Reported, quarter: QuarterNumber): boolean {
  if (row.everyQuarter === undefined || row.annual !== undefined) return false;
  if (latest.lastYear || quarterOfMonth(latest.month) >= quarter) return false;
  const end = 3 * quarter;
  if (row.periodColumns[end - 1] === null || row.periodColumns[end - 2] !== null || row.periodColumns[end - 3] !== null)
    return false;
  const p = row.periods[end - 1];
  return p !== undefined && p.kind === 'empty' && p.said === undefined;
}
