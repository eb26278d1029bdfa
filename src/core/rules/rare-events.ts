/**
 * Rare events counted month by month against a year's target (fresh user 10's fire and rescue workbook;
 * docs/workbook.md, "A month's figure against a year's target"). CH07 "RIDDOR reportable injuries to staff"
 * held 1, 0, 1, 0, 2, 0 against a target of 6 for the year: September's 0 was measured against 6, +100%,
 * green, while the year to date, 4, is over the 3 half a year allows. The month-share rule
 * (rules/month-share.ts) caught its neighbour "Injuries to staff" (6, 4, 7 … against 60), but asks every
 * month to be above 0, and a rare event's months are mostly 0 or 1.
 *
 * The same reading, for months holding 0: whole-number counts (`notACount` false), at least three months
 * that end no quarter, at least one of them 0 and one above it, none below 0, not rising as a figure to
 * date does, no month targets given (`explicit`), a whole-number target 8 to 18 times the months' MEAN (a
 * year's worth; the median of 0, 1, 0, 2 says nothing), or the YTD column their sum with the target 8 to
 * 18 times their mean. The indicator is then not rated as the month-share rule does it (its Check gives a
 * twelfth of the target as the month's), never rated against a share of the year's target: whether the
 * target is the year's or the month's cannot be told for certain.
 *
 * Pure; used by rules/targets.ts (ratingTargets) and findings/targets.ts (monthShareFindings) after
 * `monthShareOfTarget`.
 */
import type { IndicatorRow } from '../model';
import { figuresOnlyRise } from './cumulative';
import { notACount } from './count-words';
import type { MonthShare } from './month-share';

/** A month's share of a year's target, as `monthShareOfTarget` gives it, for months holding 0; null otherwise. */
export function rareEventShare(
  row: Pick<
    IndicatorRow,
    'periods' | 'periodColumns' | 'annualTarget' | 'outturnPrevYear' | 'profile' | 'polarity' | 'name' | 'shown'
  > &
    Partial<Pick<IndicatorRow, 'toDate'>>,
  explicit: readonly (number | null)[] | null | undefined,
): MonthShare | null {
  const target = row.annualTarget;
  if (target === null || !(target > 0) || !Number.isInteger(target)) return null;
  if (row.profile !== 'flat' || row.polarity === 'close' || notACount(row)) return null;
  if (explicit && explicit.some((t) => t !== null)) return null;
  let n = 0;
  let inner = 0;
  let zeros = 0;
  let sum = 0;
  let low = Infinity;
  let high = -Infinity;
  let last = 0;
  for (let i = 0; i < 12; i++) {
    const p = row.periods[i];
    if (p === undefined || p.kind !== 'number' || row.periodColumns[i] === null) continue;
    if (!(p.value >= 0) || !Number.isInteger(p.value) || p.unit !== undefined) return null;
    n++;
    sum += p.value;
    if (p.value === 0) zeros++;
    if (i % 3 !== 2) inner++;
    low = Math.min(low, p.value);
    high = Math.max(high, p.value);
    last = i + 1;
  }
  if (inner < 3 || zeros === 0 || sum === 0 || figuresOnlyRise(row.periods, last) !== null) return null;
  const mean = sum / n;
  const ratio = target / mean;
  if (ratio < 8 || ratio > 18) return null;
  const outturn = row.outturnPrevYear;
  let evidence: MonthShare['evidence'] = 'count';
  if (outturn !== null) {
    if (!(outturn / mean >= 8 && outturn / mean <= 18)) return null;
    evidence = 'outturn';
  } else if (row.toDate !== undefined && Math.abs(row.toDate.value - sum) <= 0.5) evidence = 'toDate';
  return {
    per: 'year',
    low,
    high,
    monthTarget: Number((target / 12).toPrecision(3)),
    middle: mean,
    evidence,
    sum,
    months: n,
  };
}
