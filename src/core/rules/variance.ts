/** % variance from target and the RAG status it gives (docs/workbook.md, “The rules”). */
import type { Polarity, Rag, Status } from '../model';
import { roundHalfAway } from './rounding';

/**
 * % variance = (latest − target) / |target| × 100 when higher is better, (target − latest) / |target| × 100
 * when lower is better, rounded to 2 dp: positive is always better. Dividing by |target| keeps the sign
 * meaning "better" for negative targets too (a net change of −5 against a target of −10 is 50% better
 * when higher is better). Target 0 has no variance: null.
 * Close to target is better (two-sided, issue 7): (latest − target) / |target| × 100, so the sign says
 * above (+) or below (−) the target and the size says how far; nearer 0 is better.
 */
export function variancePct(latest: number, target: number, polarity: Polarity): number | null {
  if (target === 0) return null;
  const better = polarity === 'lower' ? target - latest : latest - target;
  const pct = (better / Math.abs(target)) * 100;
  // A target so close to 0 that the percentage overflows is treated as a target of 0.
  return Number.isFinite(pct) ? roundHalfAway(pct, 2) : null;
}

/**
 * RAG from the rounded variance, so colour and printed figure never disagree:
 * ≥ 0 green (on target); ≥ −tolerance amber (within tolerance); else red (off target).
 */
export function ragStatus(roundedVariancePct: number, tolerancePct: number): Rag {
  if (roundedVariancePct >= 0) return 'green';
  if (roundedVariancePct >= -tolerancePct) return 'amber';
  return 'red';
}

/** Target 0: met or better is on target, anything else off target (two-sided: exactly 0 is on target). */
export function ragForZeroTarget(latest: number, polarity: Polarity): Rag {
  const met = polarity === 'higher' ? latest >= 0 : polarity === 'lower' ? latest <= 0 : latest === 0;
  return met ? 'green' : 'red';
}

export function statusOfRag(rag: Rag): Status {
  return rag === 'green' ? 'on target' : rag === 'amber' ? 'within tolerance' : 'off target';
}
