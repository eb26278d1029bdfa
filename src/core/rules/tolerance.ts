/**
 * Tolerance modes and two-sided ("close to target is better") RAG (issue 7). RAG is always decided on
 * figures as printed, so colour and figure never disagree: the % variance rounded to 2 dp in relative
 * mode; the gap between value and target as Excel shows it (15 significant digits) in points or
 * absolute mode.
 */
import type { Polarity, Rag, ToleranceMode } from '../model';
import { plural } from '../words';
import { sameFigure, toSignificant } from './rounding';
import { ragForZeroTarget, ragStatus } from './variance';

export const TOLERANCE_MODES: ToleranceMode[] = ['relative', 'points', 'absolute'];

/** A figure as Excel shows it: 15 significant digits, so 8.5 − 7.5 and 7.6 − 6.6 are both exactly 1. */
function shown(x: number): number {
  return toSignificant(x, 15);
}

/**
 * How far a value is from its target in the better direction, in the indicator's own unit (for a
 * percentage, in points): positive is better. Higher is better: latest − target; lower: target − latest.
 */
export function gapFromTarget(latest: number, target: number, polarity: Exclude<Polarity, 'close'>): number {
  return shown(polarity === 'higher' ? latest - target : target - latest);
}

/** At most `limit`, counting a figure equal to it to 10 significant digits as equal (no floating noise). */
function within(distance: number, limit: number): boolean {
  return distance <= limit || sameFigure(distance, limit);
}

/**
 * RAG of a higher- or lower-is-better indicator. Green: on or better than target (rounded variance
 * ≥ 0, or the target-0 rule). Amber: relative mode, rounded variance ≥ −tolerance %; points or absolute
 * mode, the value is no more than `tolerance` points (or units) worse than the target — "within 1" on a
 * 7.5% arrears rate, lower is better, is amber up to 8.5%. Else red.
 * @param roundedVariancePct the % variance as printed (2 dp), or null for a target of 0
 */
export function ragOneSided(
  latest: number,
  target: number,
  polarity: Exclude<Polarity, 'close'>,
  roundedVariancePct: number | null,
  tolerance: number,
  mode: ToleranceMode,
): Rag {
  if (mode === 'relative')
    return roundedVariancePct === null ? ragForZeroTarget(latest, polarity) : ragStatus(roundedVariancePct, tolerance);
  const gap = gapFromTarget(latest, target, polarity);
  const met = roundedVariancePct === null ? gap >= 0 : roundedVariancePct >= 0;
  if (met) return 'green';
  return within(-gap, tolerance) ? 'amber' : 'red';
}

/**
 * How far a two-sided indicator is from its target, in its tolerance mode's unit: relative, the size
 * of the printed % variance (a target of 0 has none: 0 when the value is 0, else infinitely far);
 * points or absolute, |latest − target|.
 */
export function distanceFromTarget(
  latest: number,
  target: number,
  roundedVariancePct: number | null,
  mode: ToleranceMode,
): number {
  if (mode === 'relative')
    return roundedVariancePct === null ? (latest === target ? 0 : Infinity) : Math.abs(roundedVariancePct);
  return Math.abs(shown(latest - target));
}

/**
 * RAG of a two-sided indicator: green within ± the green band of the target, amber within ± the amber
 * band, else red. With target 100, green ±5% and amber ±10%: 104 and 97 green, 108 and 91 amber,
 * 112 and 85 red (issue 7). A figure exactly on a band's edge is inside it.
 */
export function ragTwoSided(distance: number, bands: { green: number; amber: number }): Rag {
  if (within(distance, bands.green)) return 'green';
  if (within(distance, bands.amber)) return 'amber';
  return 'red';
}

/**
 * A two-sided indicator's bands: the indicator's own, else the workbook's; the green band defaults to
 * the tolerance and the amber band to the green band plus the tolerance (so a 5% workbook gives green
 * ±5%, amber ±10%). An amber band narrower than the green band is widened to it.
 */
export function twoSidedBands(
  tolerance: number,
  green: number | null | undefined,
  amber: number | null | undefined,
): { green: number; amber: number } {
  const g = green ?? tolerance;
  const a = amber ?? g + tolerance;
  return { green: g, amber: Math.max(a, g) };
}

/**
 * The valid range of a tolerance or band in a mode, its one home (issue 12 item 1): 0–100 for percent
 * and points; any amount of 0 or more for absolute. The settings and the cells of a Tolerance column
 * are held to it.
 */
export function toleranceInRange(value: number, mode: ToleranceMode): boolean {
  return Number.isFinite(value) && value >= 0 && (mode === 'absolute' || value <= 100);
}

/** The sentence saying why `value` is not a valid tolerance or band in `mode` (toleranceInRange), or null when it is. */
export function toleranceProblem(what: string, value: number, mode: ToleranceMode): string | null {
  if (toleranceInRange(value, mode)) return null;
  if (mode === 'absolute')
    return `${what} must be an amount of 0 or more, in the indicator's own unit; ${String(value)} is not.`;
  return mode === 'points'
    ? `${what} must be a number of percentage points between 0 and 100; ${String(value)} is not.`
    : `${what} must be a percentage between 0 and 100; ${String(value)} is not.`;
}

/** How a tolerance reads in a sentence: "5%", "1 percentage point", "2 (in each indicator's own unit)". */
export function toleranceWords(amount: number, mode: ToleranceMode): string {
  if (mode === 'points') return plural(amount, 'percentage point');
  if (mode === 'absolute') return `${amount} (in each indicator's own unit)`;
  return `${amount}%`;
}
