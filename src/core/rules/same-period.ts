/**
 * Trend against a "Same period last year" column (fresh user 12's Police and Crime Plan pack). PC1.6
 * "Shoplifting offences" holds 720 … 790 a month, April to September, and "Same period last year (Apr-Sep
 * 24)" 4,120: last year's six months added up. Trend compared September's 790 with 4,120 and said
 * "improving", while the row's own "% change vs last year" says +12.4%, a significant increase.
 *
 * Decision: same period with same period.
 * - a **count per month** (its months add up: rules/month-share.ts `monthsOfATotal`; a direction to be
 *   better): this year's same months added up (4,632) against the column (4,120): worsening;
 * - **anything else** (a rate, a percentage, an average, a snapshot): no Trend is drawn from the column,
 *   since this year's figure for the same months is not in the workbook; a Check says so;
 * - the column's months are the header's ("(Apr-Sep 24)", read/same-period.ts), else the year so far;
 *   where they do not end at the latest month with a figure, no Trend (a Check says which months differ).
 * Pure; used by score/score-workbook.ts, said by findings/same-period.ts.
 */
import type { Direction, IndicatorRow } from '../model';
import { isRate } from './percentage';
import { compareFigures } from './direction';
import { monthFigures, monthsOfATotal } from './month-share';

/** What the "Same period last year" column gave Trend. */
export type SamePeriodTrend =
  | {
      kind: 'compared';
      direction: Direction;
      /** The months compared (1 = April), this year's added up, and the column's figure. */
      from: number;
      to: number;
      sum: number;
      lastYear: number;
      header: string;
      /** The months came from the header's brackets (false: taken as the year so far). */
      named: boolean;
    }
  | { kind: 'not-a-count'; from: number; to: number; lastYear: number; header: string; named: boolean }
  | { kind: 'months-differ'; from: number; to: number; latest: number; header: string };

/**
 * Trend from the row's "Same period last year" column (`row.lastYearToDate`), as the file's comment says;
 * null where the row has no such figure or no direction to be better (monitor only, two-sided).
 * @param row the indicator as read (its months, index 0 = April; before any adding up by quarter)
 * @param latest the month of the latest figure scored (1 = April)
 */
export function samePeriodTrend(
  row: Pick<
    IndicatorRow,
    | 'periods'
    | 'periodColumns'
    | 'polarity'
    | 'noBetterDirection'
    | 'outturnPrevYear'
    | 'name'
    | 'shown'
    | 'toDate'
    | 'lastYearToDate'
  >,
  latest: number,
): SamePeriodTrend | null {
  const ly = row.lastYearToDate;
  if (ly === undefined || (row.polarity !== 'higher' && row.polarity !== 'lower')) return null;
  if (row.noBetterDirection !== undefined) return null;
  const named = ly.months !== undefined;
  // Unnamed, the year so far runs to the row's last month that says anything ("Data not yet available" too).
  let said = latest;
  for (let m = latest + 1; m <= 12; m++) {
    const p = row.periods[m - 1];
    if (p !== undefined && (p.kind !== 'empty' || p.said !== undefined || p.suppressed !== undefined)) said = m;
  }
  const [from, to] = ly.months ?? [1, said];
  if (to !== latest) return { kind: 'months-differ', from, to, latest, header: ly.header };
  const refused = { kind: 'not-a-count' as const, from, to, lastYear: ly.value, header: ly.header, named };
  if (isRate(row)) return refused;
  const months = monthFigures(row);
  if (months === null || monthsOfATotal(row, months, false) === null) return refused;
  let sum = 0;
  for (let m = from; m <= to; m++) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number' || row.periodColumns[m - 1] === null) return refused;
    sum = Number((sum + p.value).toPrecision(15));
  }
  const direction = compareFigures(sum, ly.value, row.polarity);
  if (direction === null) return null;
  return { kind: 'compared', direction, from, to, sum, lastYear: ly.value, header: ly.header, named };
}
