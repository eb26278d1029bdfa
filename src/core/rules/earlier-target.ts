/**
 * DOT compares the latest figure's % variance with the earlier figure's, each against its own period's target
 * (docs/workbook.md, "DOT"). Where the earlier period has no target of its own, the target the earlier figure
 * was measured against was another period's, and the two variances were not like with like:
 * - fresh user 15 (a district council): "RB04 Council Tax collected (%)", cumulative, Q1 28.9 | Q2 56.1, a
 *   "Q2 target" of 56.8 and an annual target of 97.8. Q1 was measured against the whole year's 97.8 (−70.45%),
 *   Q2 against its own 56.8 (−1.23%): "↑ improving", over the officer's correct ↓, with a Check calling the
 *   officer wrong;
 * - regression (session 14): "CH01 (2)" whose Target column is the target to date of Q2 (2.4): Q1's 1.1 was
 *   measured against Q2's 2.4 as well (+54.17%), Q2's 2.2 (+8.33%): "↓ worsening" for complaints that came in
 *   at the same pace.
 *
 * The one cause: the earlier figure took whatever target the row gives its month, without asking whether that
 * target is the period's. This rule asks. The earlier period's target is its own where the row gives that
 * month a target (a Targets sheet, a "Q1 target" column), or profiles the year's target (Profile column
 * "Cumulative", or the row's name or words), or holds the year's target flat and the latest period's own target
 * agrees with it. It is not its own where the Target column is the target to date of a later period, or where
 * the latest period has a target of its own unlike the year's and the earlier period none: the year's target
 * then is not what the table measures a period against.
 *
 * Decision (what DOT gives then): the two figures against the same periods last year, where the table has both
 * (collection rates are judged so: "56.1% collected against 56.9% at the same point last year"), each as a %
 * variance from last year's figure, polarity-aware, compared as DOT compares variances; otherwise no DOT, and the
 * DOT the officer typed is kept as typed (plan/owned-cells.ts) and not contradicted (findings/typed.ts), with
 * one Note a table saying why (findings/earlier-target.ts). Never a variance against a target that does not
 * apply, nor the two cumulative figures compared as they stand (56.1 above 28.9 is no improvement).
 */
import type { Direction, IndicatorRow, Polarity } from '../model';
import type { TargetSource } from './targets';
import { directionOfTravel } from './direction';
import { sameFigure } from './rounding';
import { variancePct } from './variance';

/**
 * Why the earlier figure has no target of its own: 'to-date', the Target column is the target to date of a
 * later period; 'period', the latest period's target is its own, unlike the year's, and the earlier period has none.
 */
export type EarlierTargetWhy = 'to-date' | 'period';

/**
 * Why the target the row gives the earlier figure's month is not that period's own (see the file's comment),
 * or null where it is (or there is none to ask about: no annual target, last year's figure).
 * @param source the targets the row is rated against (rules/targets.ts `ratingTargets(...).now`)
 * @param latestMonth the latest figure's month (1 = April)
 * @param earlierMonth the earlier figure's month, this year's
 */
export function earlierTargetNotItsOwn(
  row: Pick<IndicatorRow, 'targetToDate' | 'profile'>,
  source: TargetSource,
  latestMonth: number,
  earlierMonth: number,
): EarlierTargetWhy | null {
  if (source.explicit?.[earlierMonth - 1] != null) return null;
  if (source.annualTarget === null) return null;
  const toDate = row.targetToDate;
  if (toDate?.asTarget && earlierMonth < toDate.month) return 'to-date';
  if (source.profile === 'cumulative') return null;
  const latestOwn = source.explicit?.[latestMonth - 1];
  return latestOwn != null && !sameFigure(latestOwn, source.annualTarget) ? 'period' : null;
}

/**
 * DOT from the two figures each against the same period last year (see the file's comment): the % variance of
 * each from last year's figure, compared as DOT compares variances. Null where either last-year figure is
 * missing or 0, or the indicator is two-sided (close to target: last year's figure is no target to be close to).
 */
export function dotAgainstLastYear(
  now: { value: number; lastYear: number | null },
  before: { value: number; lastYear: number | null },
  polarity: Polarity,
): { direction: Direction; now: number; before: number } | null {
  if (polarity === 'close' || now.lastYear === null || before.lastYear === null) return null;
  if (now.lastYear === 0 || before.lastYear === 0) return null;
  const vNow = variancePct(now.value, now.lastYear, polarity);
  const vBefore = variancePct(before.value, before.lastYear, polarity);
  if (vNow === null || vBefore === null) return null;
  return { direction: directionOfTravel(vNow, vBefore), now: vNow, before: vBefore };
}
