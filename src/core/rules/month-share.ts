/**
 * A month's figure measured against a year's or a quarter's target (fresh user 3, session 9;
 * docs/workbook.md, "A month's figure against a year's target"). A fire service's "Home Fire Safety
 * Visits completed" holds 118, 131, 122 … a month, last year's outturn 1,518 and a target of 1,500 for
 * the year: September's 140 was measured against 1,500, −90.67%, red. A district's "Residual household
 * waste per household (kg)" holds about 34 kg a month against 100 kg a quarter (last year 409): 66%
 * better than target, green. Both are silent wrong numbers: the figure is a month's share of a total
 * the target is set for a longer period.
 *
 * The sign is in the figures themselves: a month's figures about a twelfth of last year's outturn are
 * a month's share of a yearly total; a target about as large as the outturn (or a quarter of it) is set
 * for the year (the quarter). Rates, percentages and averages are about as large as their outturn, and
 * figures to date rise through the year, so neither is taken for this. Pure functions; the indicator is not rated
 * (rules/targets.ts, ratingTargets) and a Check says why and how to give the month's target.
 *
 * Without last year's outturn (fresh user 4, session 10: a police force's "Drink/drug drive arrests", 88
 * to 130 a month against 1,200 for the year, was October's 104 against 1,200, −91.33%, red, with no Check)
 * other evidence tells it, strongest first: a year-to-date column that is the sum of the months (so each
 * is a month's share of a total); a same-period-last-year column about as large as that sum; or, weaker,
 * figures that are counts (whole numbers, no rate, percentage, average or time in the name or the target)
 * with the target 8 to 18 times their median. Whatever the evidence, the indicator is not rated, never
 * rated against a twelfth of the target: a year's target cannot be told from a month's for certain.
 */
import type { IndicatorRow, PeriodValue, QuarterNumber } from '../model';
import { figuresOnlyRise } from './cumulative';
import { notACount } from './count-words';
import { median } from './median';
import { twoMonthsEnough } from './two-months';
import { isSumToDate } from './to-date-sum';

/** What a month's figures were measured against: a target for the year, or for a quarter. */
export interface MonthShare {
  /** 'year': the target is about twelve months' worth of the figures; 'quarter': about three months'. */
  per: 'year' | 'quarter';
  /** The smallest and largest of the month figures (in the row's own units). */
  low: number;
  high: number;
  /** The month's target the annual one comes to: a twelfth of it for a year, a third for a quarter (3 significant figures). */
  monthTarget: number;
  /** The median of the month figures. */
  middle: number;
  /**
   * What told it, strongest first: 'outturn' — last year's outturn 8 to 18 times the months' median;
   * 'toDate' — the row's year-to-date column is the sum of its months; 'lastYearToDate' — its
   * same-period-last-year column is about as large as that sum; 'count' — no more than that the figures
   * are counts and the target 8 to 18 times their median (a guess, said as one).
   */
  evidence: 'outturn' | 'toDate' | 'lastYearToDate' | 'count';
  /** The sum of the month figures up to the last one (index 0 = April), and the number of months it covers. */
  sum: number;
  months: number;
}

/** Why such an indicator is not rated, in the words of the Highlights sheet's status. */
export const MONTH_SHARE = "a month's figure against a longer period's target";

/** A month with nothing in it (read/values.ts NO_FIGURE; rules import nothing from read). */
const EMPTY: PeriodValue = Object.freeze({ kind: 'empty' });

/** Fewest month figures that show the pattern. */
const FEWEST = 3;

/**
 * The month figures' share of a longer period's target, when the row shows it: at least three month
 * figures in months that are not a quarter's last (April = index 0; so a table of quarters is never taken
 * for one of months), every figure above 0, not rising as a figure to date does, and the target 8 to 18
 * times their median (a year's) or 2 to 4.5 times (a quarter's), with evidence that the months are a
 * month's share of a total (`MonthShare.evidence`): last year's outturn 8 to 18 times their median (where
 * the row has an outturn, it alone decides); else a year-to-date figure equal to their sum (to-date-sum.ts, within 2%);
 * else last year's figure for the same months half to twice their sum; else, for a year's target only,
 * whole-number figures and target whose name and target say no rate, percentage, average or time. Null
 * otherwise — also where the profile is cumulative, where the table gives month targets (`explicit`,
 * index 0 = April: a Targets sheet, a quarter's target column), or where the indicator is close-to-target.
 * @param row the indicator as read: `periods` (index 0 = April), `periodColumns` (null where the table has
 *   no column for the month), `annualTarget`, `outturnPrevYear`, `toDate` and `lastYearToDate` in the row's units
 */
export function monthShareOfTarget(
  row: Pick<
    IndicatorRow,
    'periods' | 'periodColumns' | 'annualTarget' | 'outturnPrevYear' | 'profile' | 'polarity' | 'name' | 'shown'
  > &
    Partial<Pick<IndicatorRow, 'toDate' | 'lastYearToDate'>>,
  explicit: readonly (number | null)[] | null | undefined,
): MonthShare | null {
  const target = row.annualTarget;
  const outturn = row.outturnPrevYear;
  if (target === null || !(target > 0) || (outturn !== null && !(outturn > 0))) return null;
  if (row.profile !== 'flat' || row.polarity === 'close') return null;
  if (explicit && explicit.some((t) => t !== null)) return null;
  const months = monthFigures(row);
  // The median lies between the least and the greatest: most rows are told apart here, before sorting (issue 11).
  if (months === null || months.figures.length < 2 || months.high < target / 18 || months.low > target / 2) return null;
  const total = monthsOfATotal(row, months, Number.isInteger(target));
  if (total === null) return null;
  const { middle, evidence } = total;
  const ratio = target / middle;
  const per =
    ratio >= 8 && ratio <= 18 ? 'year' : ratio >= 2 && ratio <= 4.5 && evidence !== 'count' ? 'quarter' : null;
  if (per === null) return null;
  return {
    per,
    low: months.low,
    high: months.high,
    monthTarget: Number((per === 'year' ? target / 12 : target / 3).toPrecision(3)),
    middle,
    evidence,
    sum: Number(months.sum.toPrecision(15)),
    months: months.figures.length,
  };
}

/** A row's month figures (`monthFigures`): in month order, how many end no quarter, the last month's number (1 = April), the least, the greatest, the sum, all whole numbers. */
export interface MonthFigures {
  figures: number[];
  inner: number;
  last: number;
  low: number;
  high: number;
  sum: number;
  whole: boolean;
}

/** The figures of a row's month columns; null where one is 0 or less (no share of a total). */
export function monthFigures(row: Pick<IndicatorRow, 'periods' | 'periodColumns'>): MonthFigures | null {
  const figures: number[] = [];
  let inner = 0;
  let last = 0;
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  let whole = true;
  for (let i = 0; i < 12; i++) {
    const p = row.periods[i];
    if (p === undefined || p.kind !== 'number' || row.periodColumns[i] === null) continue;
    if (!(p.value > 0)) return null;
    figures.push(p.value);
    sum += p.value;
    if (!Number.isInteger(p.value) || p.unit !== undefined) whole = false;
    if (p.value < low) low = p.value;
    if (p.value > high) high = p.value;
    if (i % 3 !== 2) inner++;
    last = i + 1;
  }
  return { figures, inner, last, low, high, sum, whole };
}

/**
 * What tells that a row's month figures are each a month's share of a year's total (`MonthShare.evidence`,
 * strongest first), with their median; null when nothing does, when they rise as a figure to date does, or
 * when too few months show it (three that end no quarter; two on strong evidence, rules/two-months.ts).
 * @param wholeTarget the target is a whole number: with whole-number figures and a name saying no rate or
 *   time, the weak evidence 'count' is taken (false: never)
 */
export function monthsOfATotal(
  row: Pick<IndicatorRow, 'periods' | 'outturnPrevYear' | 'name' | 'shown'> &
    Partial<Pick<IndicatorRow, 'toDate' | 'lastYearToDate'>>,
  months: MonthFigures,
  wholeTarget: boolean,
): { middle: number; evidence: MonthShare['evidence'] } | null {
  const outturn = row.outturnPrevYear;
  const { figures, sum } = months;
  if (outturn !== null && (months.high < outturn / 18 || months.low > outturn / 8)) return null;
  if (figuresOnlyRise(row.periods, months.last) !== null) return null;
  const middle = median(figures);
  let evidence: MonthShare['evidence'];
  if (outturn !== null) {
    const share = outturn / middle;
    if (share < 8 || share > 18) return null;
    evidence = 'outturn';
  } else if (row.toDate !== undefined && isSumToDate(row.toDate.value, sum)) {
    evidence = 'toDate';
  } else if (
    row.lastYearToDate !== undefined &&
    row.lastYearToDate.value >= sum / 2 &&
    row.lastYearToDate.value <= sum * 2
  ) {
    evidence = 'lastYearToDate';
  } else if (wholeTarget && months.whole && !notACount(row)) {
    evidence = 'count';
  } else return null;
  if (months.inner < FEWEST && !twoMonthsEnough(months.inner, figures, evidence)) return null;
  return { middle, evidence };
}

/**
 * A row whose months are a month's share of a quarter's target, with each quarter's own figure in a
 * quarter column beside them ("Apr | May | Jun | Q1 | Jul …", read/quarter-columns.ts), read as a
 * quarterly row: each quarter's column stands for its last month and the months are left out, so the
 * quarter's total is measured against the quarter's target rather than the indicator going unrated
 * (session 10, helper layouts3: "Residual waste per household (kg)", about 34 kg a month, 103.6 in
 * "Q2", against 100 a quarter, was not rated; now Q2's 103.6 is, −3.6%). The months still give DOT
 * nothing: the quarters do (Q2 against Q1).
 *
 * Null — the month-share rule stands (not rated, its Check) — unless: the target is a quarter's
 * (`monthShareOfTarget` says 'quarter'; never a year's: a quarter's figure against a year's target is as
 * wrong as a month's), its words not saying it is the year's (`annualSaid`: rules/annual-to-date.ts reads those); every quarter up to `quarter` whose months hold a figure has a figure in its column
 * (else the quarter scored would be an earlier one while its months are there); at least one has; every
 * quarter figure is 2 to 4.5 times the months' median (a quarter's total, not an average or a month's
 * figure); and the row's figures are written alike (no `mixedScale`).
 * @param columns the table's quarter columns (`IndicatorTable.quarterColumns`, index 0 = Q1)
 * @param explicit month targets from a Targets sheet or the table (index 0 = April), as for monthShareOfTarget
 * @param quarter the quarter scored (1 = April to June)
 * @returns the row to score (a copy; `lastYear` and `previousYear` left out, being months'), the share, and the
 *   scale of an amber band in the unit (1: the target is the row's own, unchanged)
 */
export function quarterColumnsForQuarterTarget(
  row: IndicatorRow,
  columns: readonly ({ col: number } | null)[] | undefined,
  explicit: readonly (number | null)[] | null | undefined,
  quarter: QuarterNumber,
): { row: IndicatorRow; share: MonthShare; quarters: QuarterNumber[]; toleranceScale: number } | null {
  const figures = row.quarterFigures;
  if (!figures || !columns || row.mixedScale) return null;
  // The analyst's words say the target is the year's ("Annual target"): never a quarter's by its size alone
  // (rules/annual-to-date.ts measures the year to date; where it cannot, this rule's Check stands, not rated).
  if (row.annualSaid) return null;
  const share = monthShareOfTarget(row, explicit);
  if (share === null || share.per !== 'quarter') return null;
  const quarters: QuarterNumber[] = [];
  for (let q = 1; q <= quarter; q++) {
    const f = figures[q - 1];
    const monthsHaveFigures = [0, 1, 2].some((k) => row.periods[3 * q - 3 + k]?.kind === 'number');
    if (f?.kind !== 'number' || !columns[q - 1]) {
      if (monthsHaveFigures) return null;
      continue;
    }
    if (f.value < 2 * share.middle || f.value > 4.5 * share.middle) return null;
    quarters.push(q as QuarterNumber);
  }
  if (quarters.length === 0) return null;
  const periods: PeriodValue[] = [];
  const periodColumns: (number | null)[] = [];
  for (let m = 1; m <= 12; m++) {
    const q = m / 3;
    const own = m % 3 === 0 && quarters.includes(q as QuarterNumber) ? figures[q - 1] : undefined;
    periods.push(own ?? EMPTY);
    periodColumns.push(own === undefined ? null : (columns[q - 1]?.col ?? null));
  }
  return {
    row: {
      ...row,
      periods,
      periodColumns,
      lastYear: [],
      previousYear: undefined,
      quarterScored: quarters,
      shown: undefined,
    },
    share,
    quarters,
    // Each quarter's own column against the row's own target, a quarter's: an amber band in the unit, typed
    // beside that target, is already a quarter's (rules/added-up-tolerance.ts: the scale is 1).
    toleranceScale: 1,
  };
}
