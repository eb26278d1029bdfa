/**
 * Trend from a "Same period last year" column, set on a scored indicator (rules/same-period.ts): where no
 * computed Trend stands already (a same-month-last-year column wins), the same months compared replace
 * the Trend; a column that cannot be compared leaves no computed Trend (a typed one is not kept beside it).
 */
import type { IndicatorRow, IndicatorScore } from '../model';
import { monthNumber } from '../periods';
import { samePeriodTrend, type SamePeriodTrend } from '../rules/same-period';

/**
 * The score, changed in place: its Trend from the column; what the column gave, or null where it gave
 * nothing (no column, no latest month, a computed Trend already).
 * @param months the row as read (its months, before any adding up by quarter)
 */
export function withSamePeriodTrend(months: IndicatorRow, score: IndicatorScore): SamePeriodTrend | null {
  if (months.lastYearToDate === undefined || score.latestMonth === null || score.trendSource === 'computed')
    return null;
  const latest = monthNumber(score.latestMonth);
  if (latest === 0) return null;
  // A change target's percent sign ("-5%") makes no rate of a count: rules/percentage.ts isRate says so.
  const trend = samePeriodTrend(months, latest);
  if (trend === null) return null;
  if (trend.kind === 'compared') {
    score.trend = trend.direction;
    score.trendSource = 'computed';
  }
  return trend;
}
