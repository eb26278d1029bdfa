/**
 * Trend set like with like after scoring (rules/quarter-trend.ts; fresh user 10): a count per month whose
 * last-year figure is the same quarter's total is compared quarter with quarter, or not rated where that
 * cannot be told. Used by score-workbook.ts (scoreRow).
 */
import type { IndicatorRow, IndicatorScore, MonthNumber } from '../model';
import { MONTH_NAMES } from '../periods';
import { quarterTrend } from '../rules/quarter-trend';

/**
 * Sets `score.trend` from the quarter's months added up against last year's quarter, where the rule applies
 * to `row` (the row as read, its months); leaves it as scored otherwise (also with no latest month).
 */
export function likeForLikeTrend(score: IndicatorScore, row: IndicatorRow): void {
  if (score.latestMonth === null) return;
  const index = MONTH_NAMES.indexOf(score.latestMonth as (typeof MONTH_NAMES)[number]);
  if (index < 0) return;
  const month = (index + 1) as MonthNumber;
  const like = quarterTrend(row, month);
  if (like === null) return;
  score.trend = like.direction;
  score.trendSource = like.direction === null ? null : 'computed';
}
