/** Direction of travel and Trend (SPEC §3). */
import type { Direction, Polarity } from '../model';
import { sameFigure } from './rounding';

/**
 * DOT: the variance now against the variance of the previously reported value, both rounded:
 * higher ↑ improving, lower ↓ worsening, equal ↔ same. No previous value: ■ first reported period.
 */
export function directionOfTravel(currentVariancePct: number, previousVariancePct: number | null | undefined): Direction {
  if (previousVariancePct === null || previousVariancePct === undefined) return 'first';
  if (sameFigure(currentVariancePct, previousVariancePct)) return 'same';
  return currentVariancePct > previousVariancePct ? 'up' : 'down';
}

/**
 * Comparing two figures of the same measure, polarity-aware: better ↑, worse ↓, equal ↔.
 * Used for Trend (latest against the same quarter last year) and for DOT where a target is missing.
 */
export function compareFigures(now: number, before: number, polarity: Polarity): Direction {
  if (sameFigure(now, before)) return 'same';
  const better = polarity === 'higher' ? now > before : now < before;
  return better ? 'up' : 'down';
}

/** Trend: the latest value against the same quarter last year. Null when last year has no value. */
export function trendFromLastYear(latest: number, lastYear: number | null, polarity: Polarity): Direction | null {
  return lastYear === null ? null : compareFigures(latest, lastYear, polarity);
}
