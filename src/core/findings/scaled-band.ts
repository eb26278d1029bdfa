/**
 * An amber band in the unit as it was scaled when figures were added up or measured against another period's
 * target (rules/added-up-tolerance.ts), in the words the Notes say it with: the band as given, as scaled, the
 * scale, and where red starts. The one home for the four Notes that say it (month-counts, months-quarter-target,
 * quarter-to-date, annual-to-date).
 */
import type { IndicatorRow, IndicatorScore } from '../model';
import type { ScaledBand } from '../catalogue';

export type { ScaledBand };

/**
 * The band, or undefined where the score's band is not an amount in the unit (relative or points), the
 * scale is not known, there is no target, or the indicator is two-sided.
 * @param scale the scored target over the target the band was given beside (rules/added-up-tolerance.ts toleranceScale)
 * @param text how a target figure is shown
 */
export function scaledBand(
  score: IndicatorScore,
  polarity: IndicatorRow['polarity'],
  scale: number | null,
  text: (n: number) => string,
): ScaledBand | undefined {
  if (score.toleranceMode !== 'absolute' || scale === null || !(scale > 0) || score.periodTarget === null)
    return undefined;
  if (polarity !== 'higher' && polarity !== 'lower') return undefined;
  const given = Number((score.tolerancePct / scale).toPrecision(15));
  const higher = polarity === 'higher';
  const red = Number((score.periodTarget + (higher ? -1 : 1) * score.tolerancePct).toPrecision(15));
  const times = Number.isInteger(scale) ? String(scale) : String(Number(scale.toPrecision(4)));
  return { given: text(given), amount: text(score.tolerancePct), times, red: text(red), higher };
}
