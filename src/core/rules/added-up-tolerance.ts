/**
 * An amber band in the indicator's own unit, scaled with the target when a count's months are added up
 * (regression check of session 13). A district's pack gave "Green threshold" 500 and "Red threshold" 450
 * a month (higher is better): the amber band is 50 hydrant inspections below a month's 500. Added up by
 * quarter (rules/month-counts.ts), RSP22's 470, 480 and 470 are 1,420 against the quarter's 1,500, and
 * the band had stayed 50: red at −5.33%, while every month was amber by the workbook's own bands. Scaled
 * with the target, 3 × 50 = 150, red starts below 1,350: amber.
 *
 * A tolerance in percent of the target (relative) scales with the target by itself; percentage points are
 * for rates, never added up. An absolute amount (an "Amber threshold", RAG bands or thresholds, a
 * Tolerance typed "£500" or over 100, or the workbook's absolute mode) is scaled by the ratio of the figure's
 * target to the target it was given against — for rules/month-counts.ts a month's, for
 * rules/months-quarter-targets.ts the year's. Where that ratio cannot be told (a count added up against a
 * Targets sheet's months whose row target is not a month's), the adding up is refused and the last month
 * stands against its own target and band, as the workbook sets them.
 *
 * Pure; used by score/score-workbook.ts (scoreRow).
 */
import type { IndicatorRow, MonthNumber, ToleranceMode } from '../model';
import { cumulativeTarget } from './targets';

/** The workbook's tolerance, as score/score-indicator.ts IndicatorContext holds it. */
export interface WorkbookTolerance {
  tolerancePct: number;
  toleranceMode?: ToleranceMode;
}

/** The row's amber band as an amount in its own unit, or null where it is not measured so (relative, points). */
export function absoluteTolerance(row: IndicatorRow, workbook: WorkbookTolerance): number | null {
  const mode = row.toleranceMode ?? workbook.toleranceMode ?? 'relative';
  if (mode !== 'absolute') return null;
  return row.fractions?.tolerance ?? row.tolerancePct ?? row.toleranceAmount ?? workbook.tolerancePct;
}

/**
 * The one rule for how far an amber band in the unit is scaled when figures are added up or measured against
 * another period's target: the target the figure is now measured against over the target the band was given
 * beside (3 for a quarter of a month's 500, 1,500 over 500; 0.5 for Q2's target to date of the year's; 6/12 for
 * the year to date at September of the year's budget). Null where either is not above 0 (the ratio cannot be
 * known: the adding up is to be refused). Rounded to 15 significant figures.
 * @param scoredTarget the target of the figure as scored (the quarter's, the year to date's)
 * @param givenAgainst the row's target as read, beside which its band was typed (a month's, the year's)
 */
export function toleranceScale(scoredTarget: number, givenAgainst: number | null): number | null {
  if (givenAgainst === null || !(givenAgainst > 0) || !(scoredTarget > 0)) return null;
  return Number((scoredTarget / givenAgainst).toPrecision(15));
}

/**
 * The scale for a year to date measured against the year's target pro rata: the latest month with a figure up
 * to the quarter scored, over 12 (6/12 at September); null where there is none.
 * @param periods the row's figures (index 0 = April)
 * @param quarter the quarter scored
 */
export function yearToDateScale(periods: IndicatorRow['periods'], quarter: number): number | null {
  for (let m = Math.min(12, 3 * quarter); m >= 1; m--) if (periods[m - 1]?.kind === 'number') return SHARE_OF_YEAR[m];
  return null;
}

/** m/12 to 15 significant figures, by month m (1 = April; index 0 unused): made once, not a text a row (issue 11). */
const SHARE_OF_YEAR: readonly number[] = Array.from({ length: 13 }, (_, m) => Number((m / 12).toPrecision(15)));

/**
 * The scale for a row whose target is profiled to date from the year's (profile Cumulative: its Profile column,
 * its name or the analyst's words; figures typed to date, or months made running totals): the target to date
 * at the latest month with a figure up to the quarter scored, annual × m/12 (rules/targets.ts `cumulativeTarget`),
 * over the year's target beside which the band was typed (`toleranceScale`: 6/12 at September). Null where the
 * row is not cumulative, has no year's target above 0 or no figure, or that month's target is given (a Targets
 * sheet's month, a target-to-date column: used as given, its band as typed).
 * @param row the row to score: `profile`, `annualTarget`, `periods` (index 0 = April)
 * @param explicit its month targets as scored (index 0 = April), or null
 * @param quarter the quarter scored
 */
export function profiledToDateScale(
  row: Pick<IndicatorRow, 'profile' | 'annualTarget' | 'periods'>,
  explicit: readonly (number | null)[] | null,
  quarter: number,
): number | null {
  if (row.profile !== 'cumulative' || row.annualTarget === null) return null;
  const scale = yearToDateScale(row.periods, quarter);
  if (scale === null) return null;
  const month = Math.round(scale * 12) as MonthNumber;
  if (explicit?.[month - 1] != null) return null;
  return toleranceScale(cumulativeTarget(row.annualTarget, month), row.annualTarget);
}

/**
 * The row to score with its absolute amber band scaled by `scale` (the added-up figure's target over the
 * target the band was given against); the row itself where its band is not an absolute amount.
 * Returns null where the band is absolute and `scale` is null: the adding up is to be refused.
 * @param row the row to score (its months already added up)
 * @param asRead the row as read (its tolerance cells)
 * @param workbook the workbook's tolerance and mode
 * @param scale e.g. 3 for a quarter of a month's target, 0.5 for Q2's target to date of the year's
 */
export function withToleranceAddedUp(
  row: IndicatorRow,
  asRead: IndicatorRow,
  workbook: WorkbookTolerance,
  scale: number | null,
): IndicatorRow | null {
  const amount = absoluteTolerance(asRead, workbook);
  if (amount === null) return row;
  if (scale === null || !(scale > 0)) return null;
  const fractions = row.fractions ? { ...row.fractions, tolerance: undefined } : undefined;
  return {
    ...row,
    toleranceMode: 'absolute',
    tolerancePct: Number((amount * scale).toPrecision(15)),
    ...(fractions ? { fractions } : {}),
  };
}
