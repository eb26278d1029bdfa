/**
 * DOT of a count to date with no target to measure it against (fresh user 11: C. difficile cases, cumulative
 * YTD, 4, 9, 13 … 43). Its figures can only rise, so comparing them as they stand (Dec's 43 with Sept's 27)
 * said "Worsening" every quarter for a lower-is-better count, however the quarter went. Like with like, as
 * rules/quarter-to-date.ts does for a quarter's figures to date: each quarter's own increment — the cases
 * added since the last figure of the quarter before (Dec 43 − Sept 27 = 16) against the previous quarter's
 * (Sept 27 − June 13 = 14) — per month, where the two span different numbers of months. With a target on
 * both sides, DOT compares the two variances against their pro-rata targets, which is like with like already.
 *
 * A count to date: its profile is cumulative (a Profile column, its name or its analyst's words) or its name
 * says cumulative ("YTD", "cumulative"), and it is not a rate (rules/cumulative.ts `isRate`: rates are never
 * added up, nor taken apart).
 */
import type { IndicatorRow, MonthNumber, PeriodValue } from '../model';
import type { Reported } from './latest';
import { nameSaysCumulative } from './cumulative';
import { isRate } from './percentage';
import { quarterOfMonth } from '../periods';

/** True when the row's figures are a count to date (see above). */
export function isCountToDate(row: Pick<IndicatorRow, 'name' | 'shown' | 'profile'>): boolean {
  return (row.profile === 'cumulative' || nameSaysCumulative(row.name)) && !isRate(row);
}

/**
 * The figures DOT compares for a count to date: the increment per month up to the latest figure and up to
 * the previous one (each from the last figure of the quarter before; from 0 at the start of the year for a
 * figure in Q1). Null where the row is no count to date, or the previous figure is last year's (its year's
 * count starts again) or has no figure before it in an earlier quarter outside Q1.
 */
export function toDateIncrements(
  row: Pick<IndicatorRow, 'name' | 'shown' | 'profile' | 'periods'>,
  latest: Reported,
  prev: Reported,
): { now: number; before: number } | null {
  if (!isCountToDate(row) || prev.lastYear || latest.lastYear || latest.month <= prev.month) return null;
  const now = (latest.value - prev.value) / (latest.month - prev.month);
  // Quarter on quarter (the previous figure in an earlier quarter): from the quarter before the previous
  // figure's; month on month (an NHS board report's): from the month before it.
  const sameQuarter = quarterOfMonth(latest.month) === quarterOfMonth(prev.month);
  const start = sameQuarter ? figureBefore(row.periods, prev.month) : startOf(row.periods, prev.month);
  if (start === null) return null;
  const before = (prev.value - start.value) / (prev.month - start.month);
  return { now, before };
}

/** The last figure before `month` (month 0, value 0 before April), or null when there is a gap straight before it. */
function figureBefore(periods: readonly PeriodValue[], month: number): { month: number; value: number } | null {
  if (month === 1) return { month: 0, value: 0 };
  const p = periods[month - 2];
  return p && p.kind === 'number' ? { month: month - 1, value: p.value } : null;
}

/** The last figure before the quarter of `month` (month 0, value 0 for a figure in Q1), or null when an earlier quarter has none. */
function startOf(periods: readonly PeriodValue[], month: number): { month: number; value: number } | null {
  const first = 3 * quarterOfMonth(month as MonthNumber) - 2;
  if (first === 1) return { month: 0, value: 0 };
  for (let m = first - 1; m >= 1; m--) {
    const p = periods[m - 1];
    if (p && p.kind === 'number') return { month: m, value: p.value };
  }
  return null;
}
