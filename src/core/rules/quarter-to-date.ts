/**
 * A quarter's own figure measured against a cumulative quarter target (a fresh user's housing association
 * board KPI pack; docs/workbook.md, "A quarter's own figure against a target to date"). The pack kept, per
 * indicator, Q1 | Q2 | Q3 | Q4 — each the quarter's OWN figure — a YTD column (the sum of the quarters so
 * far), an annual target, and a "Q2 target" that is cumulative: half the year's (year 40, Q2 20). Scored
 * as it stood, CH01 (complaints, lower is better) was Q2's own 12.6 against 20, "+37%", green, while the
 * year to date, 23.8, is 19% over the 20: red. And Q1 was measured against the whole year's target (the
 * table gave no Q1 target), so DOT, comparing the two variances, said "Worsening" for indicators that had
 * improved. Both are silent wrong numbers.
 *
 * What an analyst expects: where the quarter targets are each about n/4 of the year's target for quarter
 * n (so the target is the year to date's), each quarter's figure TO DATE is measured against its own
 * cumulative target, the quarters without a target column of their own getting n/4 of the year's — the
 * scored quarter's and, for DOT, the one before it alike. The figure to date is:
 * - the quarters added up, where they are each the quarter's own: the table's YTD column equals their sum
 *   (to-date-sum.ts: within 2%, the workbook adds them up itself), or, with no YTD column, the figures are a count (not a
 *   rate) that falls somewhere or rises by less than half as much as a figure to date would at each step
 *   (a count to date never falls, and grows by a whole quarter's worth each quarter);
 * - the quarter's own figure, where the quarters are already to date: the YTD column equals the latest
 *   quarter's figure, or, with no YTD column, the figures build up as a figure to date does (about a whole
 *   quarter's worth more each quarter: Homes built 90, then 190, against 100 and 200; or more than half
 *   that, each figure within a quarter of its target to date: sickness 2.3, then 4.0 days, against 2.1 and 4.2).
 * Anything else — a YTD figure that is neither, a count rising by more than own figures would and less
 * than a figure to date would (6, then 11), a rate whose figures do not build up, a quarter missing
 * before the one scored — cannot be told: the indicator
 * is not rated, with a Check saying how to map it. A rate's quarters are never added up.
 *
 * Pure functions; used by score/score-workbook.ts (scoreRow), said by findings/targets.ts.
 */
import type { IndicatorRow, IndicatorScore, PeriodValue, QuarterNumber } from '../model';
import { isSumToDate } from './to-date-sum';
import { isRate, saysPercentage } from './percentage';
import { toleranceScale } from './added-up-tolerance';

/** Why an indicator with a cumulative quarter target and no figure to date for it is not rated (the Highlights' words). */
export const NO_FIGURE_TO_DATE = 'a target for the year to date, and no figure to date to measure against it';

/**
 * How the figure to date was found: 'ytd' — the quarters added up, as the table's YTD column does;
 * 'count' — a count's quarters added up (no YTD column; they fall, or rise too little to be to date);
 * 'toDate' — the quarter figures are already to date (the YTD column is the latest's, or a rate builds up);
 * 'first' — only Q1 has a figure, its own figure is its figure to date.
 */
export type ToDateEvidence = 'ytd' | 'count' | 'toDate' | 'first';

/** Why the figure to date cannot be told (`QuarterToDate.unclear`). */
export type UnclearToDate = 'ytd' | 'rising' | 'rate' | 'ratio' | 'gap';

export interface QuarterToDate {
  /**
   * The row to score: each quarter's figure to date at its last month (index 0 = April); where the quarters
   * were added up, `lastYear` and `previousYear` left out (a quarter's own figures last year are not to date).
   */
  row: IndicatorRow;
  /** The cumulative targets, at each quarter's last month (index 0 = April): the table's, else n/4 of the year's. */
  explicit: (number | null)[];
  /** The quarters' own figures as typed (index 0 = Q1; null where none). */
  own: (number | null)[];
  /** The quarter targets worked out as n/4 of the year's (no column of their own), by quarter. */
  derived: QuarterNumber[];
  /** The quarter whose target showed it cumulative (2 or 3): its target is about quarter/4 of the year's. */
  shownBy: QuarterNumber;
  evidence: ToDateEvidence;
  /** Set where the figure to date cannot be told: the indicator is not rated (`NO_FIGURE_TO_DATE`). */
  unclear?: UnclearToDate;
  /**
   * The scored quarter's target to date over the year's (0.5 for Q2's 20 of 40): rules/added-up-tolerance.ts
   * scales an amber band in the unit, given beside the year's target, by it, as for months added up.
   */
  toleranceScale: number | null;
}

const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4];

/**
 * About equal: within 2% of `expected`, or `typed` is `expected` rounded (to a whole number, one or two
 * decimals) and within 5% of it (a Q1 target of 83 for a year's 333).
 */
export function about(typed: number, expected: number): boolean {
  const off = Math.abs(typed - expected);
  if (off <= Math.abs(expected) * 0.02 + 1e-9) return true;
  if (off > Math.abs(expected) * 0.05) return false;
  return [1, 10, 100].some((d) => Math.round(expected * d) / d === typed);
}

/**
 * The quarter targets (index 0 = Q1) a row gives at its quarters' last months (`explicit`, index 0 = April),
 * where each is `about` what `expected(q)` says quarter q's should be; a quarter with none gets `expected(q)`
 * (listed in `derived`). `given`: the quarters that had one, in order. Null where the annual target is not
 * above 0, a month other than a quarter's last has a target, or a given target is not about the expected.
 * One walk for the two readings of quarter targets: to date (n/4 of the year's, below) and a quarter's share
 * (rules/months-quarter-targets.ts).
 */
export function quarterTargetsAbout(
  annual: number | null,
  explicit: readonly (number | null)[] | null | undefined,
  expected: (q: QuarterNumber, annual: number) => number,
): { targets: number[]; derived: QuarterNumber[]; given: QuarterNumber[] } | null {
  if (annual === null || !(annual > 0) || !explicit) return null;
  const targets: number[] = [];
  const derived: QuarterNumber[] = [];
  const given: QuarterNumber[] = [];
  for (let m = 1; m <= 12; m++) {
    const t = explicit[m - 1];
    if (m % 3 !== 0) {
      if (t !== null && t !== undefined) return null;
      continue;
    }
    const q = (m / 3) as QuarterNumber;
    const e = Number(expected(q, annual).toPrecision(15));
    if (t === null || t === undefined) {
      targets.push(e);
      derived.push(q);
      continue;
    }
    if (!about(t, e)) return null;
    given.push(q);
    targets.push(t);
  }
  return { targets, derived, given };
}

/**
 * The cumulative quarter targets (index 0 = Q1), where the row's quarter targets say so: an annual target
 * above 0, every quarter target given (at a quarter's last month in `explicit`, index 0 = April) about
 * n/4 of it for quarter n, at least one of them Q2's or Q3's (Q1's is a quarter's share either way, Q4's
 * the year's), and no month target other than at a quarter's end. Null otherwise.
 */
export function cumulativeQuarterTargets(
  annual: number | null,
  explicit: readonly (number | null)[] | null | undefined,
): { targets: number[]; derived: QuarterNumber[]; shownBy: QuarterNumber } | null {
  const read = quarterTargetsAbout(annual, explicit, (q, year) => (year * q) / 4);
  const shownBy = read?.given.find((q) => q === 2 || q === 3);
  return read && shownBy !== undefined ? { targets: read.targets, derived: read.derived, shownBy } : null;
}

/** The quarter figures of a table of quarters (index 0 = Q1), or null where the row has a month column. */
function quarterFigures(row: Pick<IndicatorRow, 'periods' | 'periodColumns'>): (number | null)[] | null {
  let columns = 0;
  for (let i = 0; i < 12; i++) {
    if (row.periodColumns[i] === null || row.periodColumns[i] === undefined) continue;
    if (i % 3 !== 2) return null;
    columns++;
  }
  if (columns === 0) return null;
  return QUARTERS.map((q) => {
    const p = row.periods[3 * q - 1];
    return p?.kind === 'number' && row.periodColumns[3 * q - 1] != null ? p.value : null;
  });
}

/**
 * True when figures (index 0 = Q1, all present through `last`) cannot be a count to date — one falls below
 * the one before — or rise too little at every step to be one: from quarter k−1 to k a count to date grows
 * by a whole quarter's worth, about k/(k−1) times (2 at Q2, 1.5 at Q3, 1.33 at Q4); own figures about 1
 * time. Less than half way (1.5, 1.25, 1.17 times) is own.
 */
function ownFigures(figures: readonly number[]): boolean {
  let rising = true;
  for (let k = 2; k <= figures.length; k++) {
    const before = figures[k - 2];
    const now = figures[k - 1];
    if (now < before) return true;
    if (!(before > 0) || now / before >= 1 + 1 / (2 * (k - 1))) rising = false;
  }
  return rising;
}

/**
 * True when figures build up as a figure to date does: at each step about a whole quarter's worth more,
 * at least 95% of k/(k−1) times (1.9 at Q2, 1.43 at Q3, 1.27 at Q4: "Homes built" 90, then 190); or more
 * than half way to it (1.5, 1.25, 1.17 times) with each quarter's figure within a quarter of its target to
 * date (`targets`, index 0 = Q1: sickness 2.3 then 4.0 days against 2.1 and 4.2), which own figures would
 * not be (their second quarter would be half again its share).
 */
function buildUp(figures: readonly number[], targets: readonly number[]): boolean {
  if (figures.length < 2) return false;
  let steady = true;
  for (let k = 2; k <= figures.length; k++) {
    const before = figures[k - 2];
    const ratio = figures[k - 1] / before;
    if (!(before > 0) || ratio < 1 + 1 / (2 * (k - 1))) return false;
    if (ratio < (0.95 * k) / (k - 1)) steady = false;
  }
  return steady || figures.every((f, i) => Math.abs(f / targets[i] - 1) <= 0.25);
}

/**
 * The figures to date of a row of a table of quarters whose quarter targets are cumulative
 * (`cumulativeQuarterTargets`), for scoring quarter `quarter` (see the file's comment). Null where the rule
 * does not apply: not a table of quarters (a month column), quarter headers that say they are to date
 * (`ytdHeader`: "Q2 YTD"), a Profile column or a name saying cumulative (`profile` not flat), a two-sided or
 * direction-less indicator, an annual one, figures or targets on different scales (not rated anyway),
 * targets not cumulative, or no figure up to the quarter.
 * @param row the indicator as read: `periods`, `periodColumns`, `toDate` (its YTD column), `annualTarget`, `name`, `shown`
 * @param explicit the row's month targets (index 0 = April): its quarter target columns and a Targets sheet's
 * @param ytdHeader the table's quarter headers say they are to date
 */
export function quarterToDate(
  row: IndicatorRow,
  explicit: readonly (number | null)[] | null,
  ytdHeader: boolean,
  quarter: QuarterNumber,
): QuarterToDate | null {
  if (ytdHeader || row.profile !== 'flat' || (row.polarity !== 'higher' && row.polarity !== 'lower')) return null;
  if (row.noBetterDirection !== undefined || row.polarityProblem || row.annual) return null;
  // Figures or targets on different scales are not rated anyway (rules/targets.ts, ratingTargets).
  if (row.mixedScale || row.scaleProblem || row.explicitScaleProblem) return null;
  const cumulative = cumulativeQuarterTargets(row.annualTarget, explicit);
  if (!cumulative) return null;
  const own = quarterFigures(row);
  if (!own) return null;
  // The latest quarter with a figure up to the one scored, and the latest of all (the YTD column's).
  let latest = 0;
  let last = 0;
  for (let q = 1; q <= 4; q++)
    if (own[q - 1] !== null) {
      last = q;
      if (q <= quarter) latest = q;
    }
  if (latest === 0) return null;
  const explicitOut: (number | null)[] = new Array<number | null>(12).fill(null);
  for (let q = 1; q <= 4; q++) explicitOut[3 * q - 1] = cumulative.targets[q - 1];
  const base = {
    explicit: explicitOut,
    own,
    derived: cumulative.derived,
    shownBy: cumulative.shownBy,
    toleranceScale: toleranceScale(cumulative.targets[latest - 1], row.annualTarget),
  };
  const unclear = (why: UnclearToDate): QuarterToDate => ({ row, ...base, evidence: 'first', unclear: why });
  // A quarter with no figure before the last one: its figure to date cannot be added up.
  const through: number[] = [];
  for (let q = 1; q <= last; q++) {
    const f = own[q - 1];
    if (f === null) return unclear('gap');
    through.push(f);
  }
  if (last === 1) return { row, ...base, evidence: 'first' };
  // A percentage is never added up (rules/percentage.ts: its Unit cell, a percent sign on its figures or
  // target, or its name says so), even where a YTD column is the sum of its quarters.
  const percentage = saysPercentage(row);
  const ytd = row.toDate?.value;
  let evidence: ToDateEvidence;
  if (ytd !== undefined) {
    const sum = Number(through.reduce((a, b) => a + b, 0).toPrecision(15));
    if (!percentage && isSumToDate(ytd, sum)) evidence = 'ytd';
    else if (about(ytd, through[through.length - 1])) evidence = 'toDate';
    else return unclear(percentage ? 'rate' : 'ytd');
  } else if (isRate(row)) {
    if (!buildUp(through, cumulative.targets)) return unclear(percentage ? 'rate' : 'ratio');
    evidence = 'toDate';
  } else if (ownFigures(through)) evidence = 'count';
  else if (buildUp(through, cumulative.targets)) evidence = 'toDate';
  else return unclear('rising');
  if (evidence === 'toDate') return { row, ...base, evidence };
  // The quarters added up: each quarter's figure to date at its last month; the YTD column's own figure
  // for its quarter (as the workbook shows it).
  const periods: PeriodValue[] = row.periods.slice();
  let sum = 0;
  for (let q = 1; q <= last; q++) {
    sum = Number((sum + through[q - 1]).toPrecision(15));
    const value = q === last && evidence === 'ytd' && ytd !== undefined ? ytd : sum;
    periods[3 * q - 1] = { kind: 'number', value, fromText: false };
  }
  return {
    row: { ...row, periods, lastYear: [], previousYear: undefined },
    ...base,
    evidence,
  };
}

/**
 * An indicator whose figure cannot be told, not rated: no target, variance, RAG or DOT, its `reason` saying
 * why (counted under Not rated). A data gap or a not-due indicator is left as it is. The score, changed. Used
 * by the rules that add figures up (`NO_FIGURE_TO_DATE` here; a missing month in
 * rules/months-quarter-targets.ts).
 */
export function notRatedBecause(score: IndicatorScore, reason: string): IndicatorScore {
  if (score.status === 'data gap' || score.status === 'not due') return score;
  score.status = 'not rated';
  score.reason = reason;
  score.periodTarget = null;
  score.variancePct = null;
  score.rag = null;
  score.dot = null;
  score.previous = null;
  return score;
}

/** An indicator whose figure to date cannot be told (`QuarterToDate.unclear`): not rated, `NO_FIGURE_TO_DATE`. */
export function notRatedWithoutToDate(score: IndicatorScore): IndicatorScore {
  return notRatedBecause(score, NO_FIGURE_TO_DATE);
}
