/**
 * A quarter's figure measured against a year's target (helper layouts6, docs/workbook.md "Layouts hunted",
 * session 13): "Home visits" holds 240 in Q1 and 260 in Q2, a "YTD" column 500 and an "Annual target" of
 * 1,000: Q2's 260 was measured against 1,000, −74%, red. It is a quarter's share of the year's total, as a
 * month's figure against a year's target is a month's (rules/month-share.ts, which reads only months).
 *
 * Told only on strong evidence, as the month-share rule's strongest: a table of quarters (no month
 * columns), at least two quarter figures above 0 and not rising as a figure to date does, the target 3 to
 * 5.5 times their median, and either a year-to-date figure equal to their sum (rules/to-date-sum.ts) or
 * last year's outturn 3 to 5.5 times their median. Not where the row has quarter targets (`explicit`), a
 * cumulative profile, or is close to target. The indicator is not rated; a Check says why and how to give
 * each quarter's target. Pure.
 */
import type { IndicatorRow } from '../model';
import { monthFigures } from './month-share';
import { median } from './median';
import { isSumToDate } from './to-date-sum';

/** Why such an indicator is not rated, in the words of the Highlights sheet's status. */
export const QUARTER_SHARE = "a quarter's figure against a year's target";

/** What a quarter's figures were measured against, and what told it. */
export interface QuarterShare {
  /** The smallest and largest quarter figures, in the row's units. */
  low: number;
  high: number;
  /** A quarter of the year's target (3 significant figures). */
  quarterTarget: number;
  /** 'toDate': the YTD column is the quarters' sum; 'outturn': last year's outturn is 3 to 5.5 times their median. */
  evidence: 'toDate' | 'outturn';
  /** The quarters' sum (to 15 significant digits). */
  sum: number;
}

const between = (ratio: number) => ratio >= 3 && ratio <= 5.5;

/**
 * The quarter figures' share of a year's target, when the row shows it (see the file's comment); null otherwise.
 * @param row the indicator as read: `periods` (index 0 = April; a quarter's figure at its last month),
 *   `periodColumns`, `annualTarget`, `outturnPrevYear`, `toDate`, `profile`, `polarity`
 * @param explicit month targets a Targets sheet or a quarter's target column gives (index 0 = April)
 */
export function quarterShareOfTarget(
  row: Pick<IndicatorRow, 'periods' | 'periodColumns' | 'annualTarget' | 'outturnPrevYear' | 'profile' | 'polarity'> &
    Partial<Pick<IndicatorRow, 'toDate'>>,
  explicit: readonly (number | null)[] | null | undefined,
): QuarterShare | null {
  const target = row.annualTarget;
  if (target === null || !(target > 0)) return null;
  if (row.profile !== 'flat' || row.polarity === 'close') return null;
  if (explicit && explicit.some((t) => t !== null)) return null;
  const quarters = monthFigures(row);
  if (quarters === null || quarters.inner > 0 || quarters.figures.length < 2) return null;
  const { figures, sum } = quarters;
  // Figures to date rise quarter on quarter; a YTD equal to their sum says they do not, an outturn does not.
  const rising = figures.every((f, i) => i === 0 || f > figures[i - 1] * 1.5);
  const middle = median(figures);
  if (!between(target / middle)) return null;
  const outturn = row.outturnPrevYear;
  const evidence =
    row.toDate !== undefined && isSumToDate(row.toDate.value, sum)
      ? 'toDate'
      : outturn !== null && outturn > 0 && between(outturn / middle) && !rising
        ? 'outturn'
        : null;
  if (evidence === null) return null;
  return {
    low: quarters.low,
    high: quarters.high,
    quarterTarget: Number((target / 4).toPrecision(3)),
    evidence,
    sum: Number(sum.toPrecision(15)),
  };
}
