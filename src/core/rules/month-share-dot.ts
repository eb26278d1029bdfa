/**
 * DOT of a month's figures not rated against a longer period's target (rules/month-share.ts: "Visits
 * completed" 118, 131, 122 … a month against 1,500 for the year; rare events, rules/rare-events.ts). Its
 * variance is not worked out, so DOT compared the figures as they stand: December's month with September's,
 * one month of each quarter, two thirds of each left out — while a count per month scored by quarter
 * (rules/month-counts.ts) compares the quarter's months added up with the quarter before's. Like with like
 * (session 13): the month-share rule's own evidence says the months are shares of a total, so they add up,
 * and DOT compares each quarter's months — per month, where the two quarters have different numbers of
 * months in (a quarter part in) — with the previous reported quarter's. Decision, rather than dropping the
 * arrow: "more visits this quarter than last" is a fair answer to the question DOT asks even where no target
 * can be applied; only where the quarters cannot be compared so (a month of either quarter without a figure,
 * last year's months not given) is DOT left undetermined, never a month against a month.
 * Where the report's DOT is month on month (the previous figure in the same quarter), a month against the
 * month before is like with like already and is kept.
 */
import type { IndicatorRow, MonthNumber, PeriodValue } from '../model';
import type { Reported } from './latest';
import { quarterOfMonth } from '../periods';

/** The mean a month of quarter `q`'s months up to `last` (1 = April), or null where one is not a figure. */
function perMonth(figureAt: (m: number) => number | null, q: number, last: number): number | null {
  let sum = 0;
  let n = 0;
  for (let m = 3 * q - 2; m <= last; m++) {
    const v = figureAt(m);
    if (v === null) return null;
    sum += v;
    n++;
  }
  return n === 0 ? null : Number((sum / n).toPrecision(15));
}

/**
 * The figures DOT compares for a month's share: the latest figure's quarter's months a month, and the previous
 * reported figure's quarter's (last year's months where that figure is last year's).
 * @returns 'month' where the previous figure is in the same quarter (month on month: compare the two
 *   figures), null where the quarters cannot be compared (see the file's comment)
 */
export function monthShareQuarters(
  row: Pick<IndicatorRow, 'periods' | 'lastYear'>,
  latest: Reported,
  prev: Reported,
): { now: number; before: number } | 'month' | null {
  if (latest.lastYear) return null;
  if (!prev.lastYear && quarterOfMonth(latest.month) === quarterOfMonth(prev.month)) return 'month';
  const thisYear = (m: number) => figure(row.periods[m - 1]);
  const lastYear = (m: number) => {
    const v = row.lastYear[m - 1];
    return typeof v === 'number' ? v : null;
  };
  const now = perMonth(thisYear, quarterOfMonth(latest.month), latest.month);
  const before = perMonth(prev.lastYear ? lastYear : thisYear, quarterOfMonth(prev.month as MonthNumber), prev.month);
  return now === null || before === null ? null : { now, before };
}

function figure(p: PeriodValue | undefined): number | null {
  return p !== undefined && p.kind === 'number' ? p.value : null;
}
