/**
 * A zero-tolerance standard (a target of 0, lower is better: never events, MRSA, 12-hour trolley waits)
 * is missed in a quarter where any month misses it (fresh-user check 5: trolley waits of 3 in July, 0 in
 * August and 0 in September were "Met (target 0)" for Q2, on September's 0 alone). SPEC §3 scores the
 * last figure of the quarter; for a zero target met by the last figure, the quarter's figure is its worst
 * month instead, where a month before the last missed it. The St Helens report has no target of 0, so it is unchanged.
 */
import type { MonthNumber, PeriodValue, Polarity } from '../model';
import { monthsOfQuarter, quarterOfMonth } from '../periods';
import type { Reported } from './latest';

/**
 * The quarter's worst month where the latest figure meets a target of 0 (lower is better) and an earlier
 * month of the quarter held to 0 did not; null otherwise: the latest stands, as SPEC §3 says (a latest
 * that misses is already off target, and a waiting list's 951 at quarter end is its figure, not July's
 * 1,065). `targetOf(m)`: month m's target (1 = April), null for none.
 */
export function worstMonthAgainstZero(
  periods: readonly PeriodValue[],
  latest: Reported,
  polarity: Polarity,
  targetOf: (month: MonthNumber) => number | null,
): Reported | null {
  if (polarity !== 'lower' || latest.lastYear || latest.value > 0 || targetOf(latest.month) !== 0) return null;
  return worseMonthBefore(periods, latest, targetOf);
}

/**
 * Where the latest figure misses a target of 0 (lower is better), the quarter's worst month before it that
 * missed it by more, or null (fresh user 14: gas certificates outstanding, 4 in August and 3 in September, were
 * scored on September's 3 with nothing said, while June's 0 after May's 2 was scored on May's 2 with a Note).
 * Decision: one rule for a target of 0 — the quarter is missed where any month misses it (`worstMonthAgainstZero`)
 * — and the figure scored is the quarter-end position where that misses too (the homes without a certificate
 * now, as a waiting list's quarter-end figure is: fresh-user check 5), else the month that missed. This names the
 * worse month for the Note that says which figure was scored and why; it changes no score.
 * `targetOf(m)`: month m's target (1 = April), null for none.
 */
export function worseEarlierMiss(
  periods: readonly PeriodValue[],
  latest: Reported,
  polarity: Polarity,
  targetOf: (month: MonthNumber) => number | null,
): Reported | null {
  if (polarity !== 'lower' || latest.lastYear || latest.value <= 0 || targetOf(latest.month) !== 0) return null;
  return worseMonthBefore(periods, latest, targetOf);
}

/** The month of `latest`'s quarter before it, held to a target of 0, with the highest figure above `latest`'s, or null. */
function worseMonthBefore(
  periods: readonly PeriodValue[],
  latest: Reported,
  targetOf: (month: MonthNumber) => number | null,
): Reported | null {
  let worst: Reported | null = null;
  for (let m = monthsOfQuarter(quarterOfMonth(latest.month))[0]; m < latest.month; m++) {
    const p = periods[m - 1];
    if (p === undefined || p.kind !== 'number' || targetOf(m as MonthNumber) !== 0) continue;
    if (p.value > (worst ?? latest).value) worst = { month: m as MonthNumber, value: p.value };
  }
  return worst;
}
