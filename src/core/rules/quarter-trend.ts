/**
 * Trend of a count per month against last year's figure for the same quarter, like with like (fresh user
 * 10's fire and rescue workbook; docs/workbook.md, "Trend: a month against last year's quarter").
 * "Deliberate secondary fires" held 72 … 61 a month and "Q2 2024/25" 240, last year's July to September
 * added up: Trend compared September's 61 with 240 and said ↑ improving, while this Q2's 255 fires are
 * more than last Q2's 240. "Compliments received" 10 in September against last Q2's 30: ↓, while this Q2's
 * 38 are more. A month's figure is not a quarter's.
 *
 * Where the row's figures are monthly (a month that ends no quarter holds one) and last year's are a
 * quarter column's (figures at quarter ends only, "Last year Q2", "Q2 2024/25"), and the row is a count
 * (no rate, percentage, average or time), last year's quarter figure is read as the quarter's total when
 * it is nearer the quarter's months added up than the latest month's figure; then Trend compares the
 * quarter's months added up with it, where all three are in, and is not rated where they are not (a
 * part quarter against a whole one). Nearer neither (RIDDOR injuries 1, 0, … against 1 last Q2: as near
 * the month's 0 as the quarter's 2) — which it is cannot be told: Trend is not rated.
 * Rates, percentages, averages and snapshot counts (a month's figure about last year's quarter figure)
 * keep the month against the quarter's figure, as before.
 *
 * Pure; used by score/score-workbook.ts (scoreRow) on the row as read.
 */
import type { Direction, IndicatorRow, MonthNumber } from '../model';
import { compareFigures } from './direction';
import { notACount } from './count-words';

/** What Trend compares: the quarter's months added up with last year's quarter (`direction` null: not rated). */
export interface QuarterTrend {
  direction: Direction | null;
  /** The quarter's months added up (null where one is not in) and last year's quarter figure. */
  sum: number | null;
  lastYear: number;
}

/**
 * The like-with-like Trend of quarter `month`'s quarter (see the file's comment), or null where the rule
 * does not apply (the month against last year's figure stands).
 * @param row the indicator as read: `periods`, `periodColumns`, `lastYear` (index 0 = April), `name`, `shown`, `polarity`
 * @param month the latest month scored (1 = April)
 */
export function quarterTrend(
  row: Pick<
    IndicatorRow,
    | 'periods'
    | 'periodColumns'
    | 'lastYear'
    | 'name'
    | 'shown'
    | 'polarity'
    | 'profile'
    | 'percentScale'
    | 'unitSaysPercent'
  > &
    Partial<Pick<IndicatorRow, 'quarterFigures' | 'noBetterDirection' | 'polarityProblem' | 'lastYearScaleProblem'>>,
  month: MonthNumber,
): QuarterTrend | null {
  if (row.polarity === 'close' || row.profile !== 'flat' || row.quarterFigures) return null;
  if (row.noBetterDirection !== undefined || row.polarityProblem || row.lastYearScaleProblem) return null;
  const ly = row.lastYear;
  if (ly.length === 0) return null;
  for (let m = 1; m <= 12; m++) if (m % 3 !== 0 && ly[m - 1] != null) return null;
  // After the cheap tests on last year's figures: most rows have none (issue 11).
  if (notACount(row)) return null;
  let monthly = false;
  for (let m = 1; m <= 12; m++)
    if (m % 3 !== 0 && row.periods[m - 1]?.kind === 'number' && row.periodColumns[m - 1] !== null) monthly = true;
  if (!monthly) return null;
  const end = 3 * Math.ceil(month / 3);
  const lastYear = ly[end - 1];
  if (lastYear === null || lastYear === undefined) return null;
  const latest = row.periods[month - 1];
  if (latest?.kind !== 'number') return null;
  let sum: number | null = 0;
  for (let m = end - 2; m <= end; m++) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number' || m > month) {
      sum = null;
      break;
    }
    sum += p.value;
  }
  if (sum === null) {
    // A part quarter: is last year's the quarter's total? Added up so far, it is already nearer it than the month.
    let part = 0;
    for (let m = end - 2; m <= month; m++) {
      const p = row.periods[m - 1];
      if (p?.kind === 'number') part += p.value;
    }
    if (Math.abs(lastYear - part) < Math.abs(lastYear - latest.value)) return { direction: null, sum: null, lastYear };
    return null;
  }
  sum = Number(sum.toPrecision(15));
  const reads = lastYearReadAs(lastYear, sum, latest.value);
  if (reads === 'month') return null;
  if (reads === 'unclear') return { direction: null, sum, lastYear };
  return { direction: compareFigures(sum, lastYear, row.polarity), sum, lastYear };
}

/**
 * What last year's quarter figure is: the quarter's total where it is nearer the quarter's months added up
 * than the latest month's figure, a month's where it is nearer that, unclear where as near both.
 */
function lastYearReadAs(lastYear: number, sum: number, latest: number): 'total' | 'month' | 'unclear' {
  const toSum = Math.abs(lastYear - sum);
  const toMonth = Math.abs(lastYear - latest);
  return toSum < toMonth ? 'total' : toSum > toMonth ? 'month' : 'unclear';
}

/** One quarter's months added up this year (rules/month-counts.ts QuarterOfMonths): which months, their figures, the month it stands at. */
export interface QuarterAddedUp {
  quarter: number;
  months: readonly number[];
  figures: readonly number[];
  at: number;
  sum: number;
}

/**
 * Last year's figure for each quarter whose months are added up this year, at the month the quarter's
 * figure stands at (index 0 = April; null elsewhere): the one home of the Trend of added-up quarters, like
 * with like. Last year's months added up where every one of the same months has a figure (a Last year
 * sheet, "Apr-24 … Sep-24" columns); else, where last year's figures are at quarter ends only ("Same
 * quarter last year", "Q2 2024/25"), the quarter's own figure where it is its total — this year's quarter
 * whole (three months) and that figure nearer their sum than the last month's (`quarterTrend`'s test).
 * None for a part quarter against a whole one, or a figure that is a month's or cannot be told: Trend is
 * not rated. Fresh user 8's GE02: July to September 12,280 against "Same quarter last year" 12,000: ↑.
 * @param values last year's figures (index 0 = April), as read or from a Last year sheet; [] for none
 * @param quarters this year's quarters as added up
 */
export function lastYearOfQuarters(
  values: readonly (number | null)[],
  quarters: readonly QuarterAddedUp[],
): (number | null)[] {
  if (values.length === 0) return [];
  const out = new Array<number | null>(12).fill(null);
  let quarterEndsOnly = true;
  for (let m = 1; m <= 12; m++) if (m % 3 !== 0 && values[m - 1] != null) quarterEndsOnly = false;
  for (const part of quarters) {
    let sum = 0;
    let whole = true;
    for (const m of part.months) {
      const v = values[m - 1];
      if (v === null || v === undefined) whole = false;
      else sum += v;
    }
    if (whole) {
      out[part.at - 1] = Number(sum.toPrecision(15));
      continue;
    }
    const own = values[3 * part.quarter - 1];
    if (!quarterEndsOnly || own === null || own === undefined || part.months.length !== 3) continue;
    if (lastYearReadAs(own, part.sum, part.figures[part.figures.length - 1]) === 'total') out[part.at - 1] = own;
  }
  return out;
}
