/** Direction of travel and Trend (docs/workbook.md, “The rules”). */
import type { Direction, Polarity } from '../model';
import { sameFigure } from './rounding';

/**
 * DOT: the variance now against the variance of the previously reported value, both rounded:
 * higher ↑ improving, lower ↓ worsening, equal ↔ same. No previous value: ■ first reported period.
 */
export function directionOfTravel(
  currentVariancePct: number,
  previousVariancePct: number | null | undefined,
): Direction {
  if (previousVariancePct === null || previousVariancePct === undefined) return 'first';
  if (sameFigure(currentVariancePct, previousVariancePct)) return 'same';
  return currentVariancePct > previousVariancePct ? 'up' : 'down';
}

/**
 * Comparing two figures of the same measure, polarity-aware: better ↑, worse ↓, equal ↔.
 * Used for Trend (latest against the same quarter last year) and for DOT where a target is missing.
 * Close to target is better (issue 7): the figure nearer `target` is better; without a target two
 * figures cannot be ranked, so the answer is null unless they are equal.
 */
export function compareFigures(
  now: number,
  before: number,
  polarity: Polarity,
  target: number | null = null,
): Direction | null {
  if (sameFigure(now, before)) return 'same';
  if (polarity === 'close') {
    if (target === null) return null;
    return directionOfTravel(
      -Math.abs(Number((now - target).toPrecision(15))),
      -Math.abs(Number((before - target).toPrecision(15))),
    );
  }
  const better = polarity === 'higher' ? now > before : now < before;
  return better ? 'up' : 'down';
}

/**
 * DOT of a two-sided indicator (issue 7): closer to target is improving. Compares the sizes of the
 * two printed variances (−3.00% now against +6.00% before is improving).
 */
export function directionTowardsTarget(
  currentVariancePct: number,
  previousVariancePct: number | null | undefined,
): Direction {
  if (previousVariancePct === null || previousVariancePct === undefined) return 'first';
  return directionOfTravel(-Math.abs(currentVariancePct), -Math.abs(previousVariancePct));
}

/**
 * Trend: the latest value against the same quarter last year. Null when last year has no value (or,
 * for a two-sided indicator, when there is no target to be close to).
 */
export function trendFromLastYear(
  latest: number,
  lastYear: number | null,
  polarity: Polarity,
  target: number | null = null,
): Direction | null {
  return lastYear === null ? null : compareFigures(latest, lastYear, polarity, target);
}
