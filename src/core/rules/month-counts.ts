/**
 * A count per month against a month's target (fresh user 8's county workbook; docs/workbook.md, "A count
 * per month against a month's target"). GE02 "Number of potholes repaired" holds 4,010, 3,850 and 4,420 in
 * July to September, its "2025/26 Target" is 4,500 (Comments: "Monthly target 4,500"), its YTD column is
 * the months' SUM and last year's outturn 58,210 a year's total. Scored on its last month alone, Q2 was
 * September's 4,420 against 4,500, −1.78%, amber, while the quarter's 12,280 repairs are 9% short of the
 * quarter's 13,500: red. Two poor months were hidden by a better third, a silent wrong colour.
 *
 * Decision, by kind of figure, as a quarterly report reads each:
 * - **a count per month** (a flow: potholes repaired, agency spend): the quarter's figure is its months
 *   added up and its target is the same months' targets added up (three times a month's target, or the
 *   Targets sheet's months); DOT compares the quarter with the quarter before, alike. The sign that the
 *   months add up is the month-share rule's own (rules/month-share.ts `monthsOfATotal`): last year's
 *   outturn 8 to 18 times the months' median, or the YTD column equal to their sum, or the same period
 *   last year about their sum — never whole numbers alone, since a snapshot count (people waiting, children
 *   in care) is not added up. The target is a month's when it is 0.4 to 1.8 times the months' median (a
 *   quarter's is 2 to 4.5 times, a year's 8 to 18: month-share.ts, not rated there);
 * - **a rate, percentage or average** (never added up), **a snapshot count**, **a figure to date**
 *   (cumulative: its latest month against its target to date), a two-sided or direction-less indicator:
 *   the last month against the last month's target, as before.
 * A count per month with **no target at all** (crime volumes in a police pack, compared with last year and
 * tested for significance, never given a number to hit) is added up the same way, on the same evidence:
 * DOT compares the quarter's crimes with the quarter before's (Q2 25,182 against Q1 24,765: worsening),
 * not September's month with August's (fresh user 12's Police and Crime Plan pack, PC1.1).
 * Not added up either, so the last month stands: a quarter with a gap between its figures (a month's note
 * in place of a figure) or words after them ("n/a" in its last month: that month will not be added), a
 * row with quarter columns of its own beside the months (read/quarter-columns.ts rules those), figures on
 * different scales. A quarter whose later months are not in yet is the months so
 * far against their targets so far (the part-quarter Check says the quarter is not whole).
 *
 * Pure functions; used by score/score-workbook.ts (scoreRow), said by findings/month-counts.ts.
 */
import type { IndicatorRow, PeriodValue, QuarterNumber } from '../model';
import { isRate } from './percentage';
import { monthFigures, monthsOfATotal, type MonthShare } from './month-share';
import { lastYearOfQuarters } from './quarter-trend';
import { toleranceScale } from './added-up-tolerance';

/** A month's target is 0.4 to 1.8 times the months' median (a quarter's starts at 2: month-share.ts). */
const MONTH_TARGET_LOW = 0.4;
const MONTH_TARGET_HIGH = 1.8;

/** A month with nothing in it (read/values.ts NO_FIGURE; rules import nothing from read). */
const EMPTY: PeriodValue = Object.freeze({ kind: 'empty' });

/** One quarter's months added up: which months (1 = April), the figure's month (the last of them), the sum and the targets' sum. */
export interface QuarterOfMonths {
  quarter: QuarterNumber;
  months: number[];
  figures: number[];
  targets: number[];
  /** The month the quarter's figure stands at: the last of `months`. */
  at: number;
  sum: number;
  target: number;
}

export interface MonthCounts {
  /** The row to score: each quarter's months added up at its last month with a figure, its other months empty. */
  row: IndicatorRow;
  /** The quarters' targets (the months' targets added up), at the same months (index 0 = April). */
  explicit: (number | null)[];
  /** The quarters added up, up to the one scored. */
  quarters: QuarterOfMonths[];
  /** What showed the months add up (rules/month-share.ts), or, with no target, the quarter columns beside them adding them up. */
  evidence: MonthShare['evidence'] | 'quarterColumns';
  /** The month's target when one target stands for every month (null: the Targets sheet's months). */
  monthTarget: number | null;
  /**
   * The row has no target at all (no target column's figure, no Targets sheet's months): its quarters are
   * added up all the same, so DOT compares the quarter's volume with the quarter before's (fresh user 12:
   * crime counts have no targets); `QuarterOfMonths.targets` are empty and `target` 0.
   */
  noTarget: boolean;
  /** Same months last year added up at the same months (rules/quarter-trend.ts lastYearOfQuarters). */
  lastYear: (number | null)[] | null;
  /**
   * The scored quarter's target over the month's target an amber band in the unit was given against (3 for
   * a whole quarter of a flat month's target): rules/added-up-tolerance.ts scales such a band by it. Null
   * where the row's target is no month's (a Targets sheet's months against a year's target).
   */
  toleranceScale: number | null;
}

/**
 * The row of a count per month with a month's target, read by quarter (see the file's comment), for
 * scoring quarter `quarter`; null where the rule does not apply.
 * @param row the indicator as read: `periods` and `periodColumns` (index 0 = April), `annualTarget`,
 *   `outturnPrevYear`, `toDate`, `lastYearToDate`, `name`, `shown`, `profile`, `polarity`
 * @param explicit the row's month targets (index 0 = April; a Targets sheet's, or "Sep Target" columns'), or null
 * @param quarter the quarter scored (1 = April to June)
 * @param lastYearSheet the same months last year from a Last year sheet (index 0 = April), or null
 */
export function monthCountsByQuarter(
  row: IndicatorRow,
  explicit: readonly (number | null)[] | null,
  quarter: QuarterNumber,
  lastYearSheet: readonly (number | null)[] | null = null,
): MonthCounts | null {
  if (row.profile !== 'flat' || (row.polarity !== 'higher' && row.polarity !== 'lower')) return null;
  if (row.noBetterDirection !== undefined || row.polarityProblem || row.annual) return null;
  if (row.mixedScale || row.scaleProblem || row.explicitScaleProblem) return null;
  const annual = row.annualTarget;
  const given = explicit !== null && explicit.some((t) => t !== null);
  // No target at all (crime volumes): the quarters are still added up, for DOT (fresh user 12).
  const none = !given && annual === null;
  // Quarter columns beside the months rule the row (read/quarter-columns.ts), unless, with no target, they add its months up.
  const byColumns = none && row.quarterFigures !== undefined && quarterColumnsAddUp(row, quarter);
  if (row.quarterFigures !== undefined && !byColumns) return null;
  if (!given && !none && !(annual! > 0)) return null;
  if (isRate(row)) return null;
  const months = monthFigures(row);
  if (months === null || months.figures.length === 0 || months.inner === 0) return null;
  const total: { middle: number; evidence: MonthCounts['evidence'] } | null = byColumns
    ? { middle: 1, evidence: 'quarterColumns' }
    : monthsOfATotal(row, months, false);
  if (total === null) return null;
  const middle = total.middle;
  const targetOf = (m: number): number | null => (given ? (explicit![m - 1] ?? null) : annual);
  // The quarters up to the one scored: each month up to the last with a figure has a figure and a target.
  const quarters: QuarterOfMonths[] = [];
  const used: number[] = [];
  for (let q = 1; q <= quarter; q++) {
    const first = 3 * q - 2;
    let last = 0;
    for (let m = first; m < first + 3; m++) if (row.periods[m - 1]?.kind === 'number') last = m;
    if (last === 0) continue;
    // A month after it that says something (a note, "n/a", a date, a suppressed figure) will not be added: no total.
    for (let m = last + 1; m < first + 3; m++) if (!notInYet(row.periods[m - 1])) return null;
    const part: QuarterOfMonths = {
      quarter: q as QuarterNumber,
      months: [],
      figures: [],
      targets: [],
      at: last,
      sum: 0,
      target: 0,
    };
    for (let m = first; m <= last; m++) {
      const p = row.periods[m - 1];
      const t = none ? 0 : targetOf(m);
      if (p.kind !== 'number' || row.periodColumns[m - 1] === null || t === null || (!none && !(t > 0))) return null;
      part.months.push(m);
      part.figures.push(p.value);
      part.sum = Number((part.sum + p.value).toPrecision(15));
      if (none) continue;
      part.targets.push(t);
      part.target = Number((part.target + t).toPrecision(15));
      used.push(t);
    }
    quarters.push(part);
  }
  if (quarters.length === 0) return null;
  // The targets are a month's: about one month's figures.
  const median = none ? middle : [...used].sort((a, b) => a - b)[Math.floor(used.length / 2)];
  const ratio = none ? 1 : median / middle;
  if (ratio < MONTH_TARGET_LOW || ratio > MONTH_TARGET_HIGH) return null;
  // The month's target an amber band in the unit is given against: the row's target, where it is a month's.
  const monthOfRow =
    annual !== null &&
    annual > 0 &&
    (!given || (annual / median >= MONTH_TARGET_LOW && annual / median <= MONTH_TARGET_HIGH))
      ? annual
      : null;
  const scored = quarters[quarters.length - 1];
  const periods = row.periods.slice();
  const periodColumns = row.periodColumns.slice();
  const explicitOut: (number | null)[] = given ? explicit!.slice() : new Array<number | null>(12).fill(null);
  for (const part of quarters) {
    for (const m of part.months) {
      periods[m - 1] = EMPTY;
      periodColumns[m - 1] = null;
      explicitOut[m - 1] = null;
    }
    periods[part.at - 1] = { kind: 'number', value: part.sum, fromText: false };
    periodColumns[part.at - 1] = row.periodColumns[part.at - 1];
    explicitOut[part.at - 1] = none ? null : part.target;
  }
  return {
    row: {
      ...row,
      periods,
      periodColumns,
      lastYear: lastYearOfQuarters(row.lastYear, quarters),
      previousYear: undefined,
    },
    explicit: explicitOut,
    quarters,
    evidence: total.evidence,
    monthTarget: given || none ? null : annual,
    noTarget: none,
    lastYear: lastYearSheet ? lastYearOfQuarters(lastYearSheet, quarters) : null,
    // With no target there is no band to scale.
    toleranceScale: none ? 1 : toleranceScale(scored.target, monthOfRow),
  };
}

/** A month with nothing typed in it (blank or "-"): its figure is not in yet. */
function notInYet(p: PeriodValue | undefined): boolean {
  return p === undefined || (p.kind === 'empty' && p.said === undefined && p.suppressed === undefined);
}

/**
 * Every quarter column up to `quarter` with a figure is its months added up (within half a unit, or 0.5%),
 * and at least one is ("Apr | May | Jun | Q1 | Jul …": fresh user 12's crime sheet, Q1 24,765 = 8,120 +
 * 8,390 + 8,255). The months are then a count per month, as the table itself adds them up.
 */
function quarterColumnsAddUp(row: IndicatorRow, quarter: QuarterNumber): boolean {
  let added = 0;
  for (let q = 1; q <= quarter; q++) {
    const given = row.quarterFigures?.[q - 1];
    if (given === undefined || given.kind !== 'number') continue;
    let sum = 0;
    for (let m = 3 * q - 2; m <= 3 * q; m++) {
      const p = row.periods[m - 1];
      if (p?.kind !== 'number') return false;
      sum += p.value;
    }
    if (Math.abs(sum - given.value) > Math.max(0.5, Math.abs(sum) * 0.005)) return false;
    added++;
  }
  return added > 0;
}
