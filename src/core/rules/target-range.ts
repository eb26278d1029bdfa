/**
 * A target typed as a range ("85–90%", "95 to 105", "between 10 and 12"; session 14's hunt, helper layouts7;
 * docs/workbook.md, "Close to target is better"). It was scored against its middle: 84% against "85–90%" was
 * −4% from 87.5, where an analyst reads 84 as a point under the range, −1.18%; and where the figures were
 * plain fractions (0.84) under a target shown "85–90%", the range's width stayed in percent while the target
 * became 0.875, so every figure was green.
 *
 * Decision — within the range is on target; outside it, the variance is from the nearer end:
 * - **with Higher or Lower in the polarity cell**, the range's floor (Higher) or ceiling (Lower) is the target:
 *   anywhere in the range, or beyond it on the better side, is on target, and a figure short of it is measured
 *   from it (84 against 85: −1.18%, amber). The polarity cell is the analyst's word for which way is better;
 *   the range's other end is a stretch, not a limit;
 * - **otherwise** (no polarity, "Within range", "Close to target") it is two-sided: in the range the variance
 *   is 0.00%, green; outside, it is the signed distance from the nearer end (+ above, − below), amber within the
 *   tolerance (or the row's own Amber band) beyond it, else red. The period target shown is that nearer end.
 *
 * Pure; read/rows.ts reads the target and polarity, score/score-indicator.ts measures.
 */
import type { Polarity } from '../model';

export interface TargetRange {
  low: number;
  high: number;
}

/** The polarity a range target is scored with: the polarity cell's Higher or Lower, else close to target. */
export function rangePolarity(cell: Polarity | null): Polarity {
  return cell === 'higher' || cell === 'lower' ? cell : 'close';
}

/** The target a range gives as read: its floor (higher), its ceiling (lower) or its middle (close). */
export function rangeTarget(range: TargetRange, polarity: Polarity): number {
  if (polarity === 'higher') return range.low;
  if (polarity === 'lower') return range.high;
  return Number(((range.low + range.high) / 2).toPrecision(15));
}

/**
 * A two-sided range against `value`: the range scaled as its middle became `target` (a percentage read as a
 * fraction, a cumulative profile's share), its nearer end (`bound`) and whether the value is within it.
 * `target` is the period target the middle gave.
 */
export function nearerEnd(value: number, range: TargetRange, target: number): { bound: number; within: boolean } {
  const middle = rangeTarget(range, 'close');
  const k = middle === 0 ? 1 : target / middle;
  const low = Number((range.low * k).toPrecision(15));
  const high = Number((range.high * k).toPrecision(15));
  if (value < low) return { bound: low, within: false };
  if (value > high) return { bound: high, within: false };
  return { bound: value - low <= high - value ? low : high, within: true };
}
