/**
 * Month (or quarter) figures against a target said to be the year's (fresh user 12's police pack; docs/workbook.md,
 * "A year's target said so, beside month figures"). WS5.9 "Overtime spend (£000s) vs budget" holds 210, 198, 240,
 * 260, 305, 220 (£k, April to September), its target 1,200 and its Comments "Annual budget £1.2m". The target is
 * about 5 times the months' median, outside the month-share rule's 8 to 18 (rules/month-share.ts), so nothing
 * took it: September's 220 was measured against the year's 1,200, +81.67%, green — while £1,433k is spent by
 * September against £600k of the year's budget elapsed: 139% over, red. A silent wrong colour.
 *
 * Decision: where the analyst's words say the target is the year's (read/annual-words.ts: the target column's
 * header, the row's name or its Comments cell), the figures beside it are measured like with like, whatever
 * the target's size against them, so long as they are not a level held each month:
 * - **the year to date against the year's share elapsed**: the months (or a table of quarters' quarters) added
 *   up April to the latest, against annual × m/12 (Sept: 6/12), as a Profile column saying Cumulative would
 *   measure a running total; DOT compares the quarter before's figure to date against its own share. Only where
 *   something shows each figure is its own period's share of a flow: the words say budget, spend, expenditure
 *   or costs (a budget is spent over its year, never held each month), or the month-share rule's evidence
 *   (last year's outturn 8 to 18 times the months' median, a YTD column that is their sum, a same-period column
 *   about their sum); for a table of quarters, a YTD column that is their sum or last year's outturn 3 to 5.5
 *   times their median (rules/quarter-share.ts's evidence);
 * - **not rated, with a Check**, where nothing shows it ("Annual target" over a count that may be a level:
 *   apprentices in post, 20 a month against 50 for the year) or a month before the latest has no figure: which
 *   figure the year's target is for cannot be told, and a red or green would go into the counts whatever a
 *   Check beside it said. The Check gives the one-column fixes (a YTD column holding the months added up; or
 *   the month's target on a Targets sheet, if the figure is a level).
 *
 * Not here: a target no more than 1.8 times the figures' median (`LEVEL_AT_MOST`: about a month's figure, as
 * rules/month-counts.ts reads a month's target): "Annual target" then names the year the target is for, over a
 * level held each month (people waiting, 400 children in care) or a rate; the month is scored against it as
 * before. Nor a rate, percentage, average, time or score (rules/count-words.ts `notACount`), a row the
 * month-share rule already leaves unrated (its Check stands), a Profile column, a cumulative word or name, month
 * targets from a Targets sheet or a quarter's target column, period headers saying to date ("Q2 YTD": the
 * table's own Check stands; but a budget's figures typed to date, "Annual budget £k | Actual YTD £k", are
 * measured as typed against the year's share elapsed: `typedToDate`), figures that may be to date already (three or more only rising, which
 * rules/cumulative-unsure.ts asks about; two, the second half as large again as the first, as
 * rules/two-months.ts leaves them), a two-sided indicator, or a quarter's column standing in for its blank months.
 *
 * Quarter columns beside the months ("Apr | May | Jun | Q1 | …", read/quarter-columns.ts) do not stop it: the
 * months are added up, and the words saying the year's outweigh the month-share rule's reading of the target
 * as a quarter's by its size (rules/month-share.ts `quarterColumnsForQuarterTarget` stands aside; session 13's
 * "Complaints received", about 100 a month under "Annual target" 400, was Q2's 300 against 400, green: it is
 * 615 to September against the year's 200 elapsed, red).
 *
 * Pure; used by score/score-workbook.ts (scoreRow), said by findings/annual-to-date.ts.
 */
import type { IndicatorRow, PeriodValue, QuarterNumber } from '../model';
import { figuresOnlyRise } from './cumulative';
import { notACount } from './count-words';
import { median } from './median';
import { monthFigures, monthShareOfTarget, monthsOfATotal } from './month-share';
import { rareEventShare } from './rare-events';
import { isSumToDate } from './to-date-sum';
import { yearToDateScale } from './added-up-tolerance';

/** A target at most this many times the figures' median is about one figure's size: a level, not a year's total. */
export const LEVEL_AT_MOST = 1.8;

/** Why such an indicator is not rated, in the Highlights sheet's words. */
export const ANNUAL_UNSURE = "the year's target, beside figures that may be each month's own or a level";
export const ANNUAL_MONTH_MISSING = 'a month missing from the year to date its target is for';

export interface YearToDateOfAnnual {
  /** The row to score (outcome 'toDate'): each period's figure to date, April on; profile cumulative; no last year. */
  row: IndicatorRow;
  /** 'toDate': rated year to date; 'unsure': not rated (`ANNUAL_UNSURE`); 'missing': not rated (`ANNUAL_MONTH_MISSING`). */
  outcome: 'toDate' | 'unsure' | 'missing';
  /** What showed each figure is its period's own share of a flow (outcome 'toDate'); 'typed': the figures are to date as typed (the period header says so). */
  evidence: 'flow' | 'outturn' | 'toDate' | 'lastYearToDate' | 'typed' | null;
  /** The latest month with a figure up to the quarter scored (1 = April), the figures added up to it and their sum. */
  latest: number;
  figures: number;
  sum: number;
  /** The least and the greatest figure, and the year's target over their median. */
  low: number;
  high: number;
  times: number;
  /** The figures are quarters' (a table of quarters), not months'. */
  quarters: boolean;
  /** The first month (1 = April) without a figure before the latest (outcome 'missing'). */
  missing?: number;
  /** The target to date over the year's (6/12 at Sept): an amber band in the unit, given against the year's, is scaled by it. */
  toleranceScale: number;
}

const isFigure = (p: PeriodValue | undefined) => p?.kind === 'number';

/**
 * The row read year to date against its year's target (see the file's comment), for scoring quarter `quarter`;
 * null where the rule does not apply.
 * @param row the indicator as read: `annualSaid`, `periods`, `periodColumns` (index 0 = April), `annualTarget`,
 *   `outturnPrevYear`, `toDate`, `lastYearToDate`, `name`, `shown`, `profile`, `polarity`
 * @param explicit its month targets (index 0 = April), from a Targets sheet or the table's own target columns
 * @param ytdHeader the table's period headers say they are to date ("Q2 YTD"): its own Check stands, but for a
 *   budget or spend (`typedToDate`)
 * @param quarter the quarter scored (1 = April to June)
 */
export function yearToDateOfAnnual(
  row: IndicatorRow,
  explicit: readonly (number | null)[] | null,
  ytdHeader: boolean,
  quarter: QuarterNumber,
): YearToDateOfAnnual | null {
  const annual = row.annualTarget;
  if (!annualRowOfAFlow(row) || annual === null) return null;
  if (explicit && explicit.some((t) => t !== null)) return null;
  // Period headers saying to date ("Actual YTD £k"): the figures are the year to date as typed, for a budget.
  if (ytdHeader) return row.annualSaid!.flow ? typedToDate(row, annual, quarter) : null;
  // Quarter columns beside the months are read apart from them (read/quarter-columns.ts): the months are added
  // up. Not where a quarter's column stands in for its blank months (figures of two kinds in one series).
  if (row.quarterScored !== undefined && row.quarterScored.length > 0) return null;
  // A table of quarters (figures only in quarters' last months' columns) adds up its quarters.
  let inner = false;
  for (let i = 0; i < 12; i++) if (row.periodColumns[i] != null && i % 3 !== 2) inner = true;
  const step = inner ? 1 : 3;
  let latest = 0;
  for (let m = step; m <= 3 * quarter; m += step) if (isFigure(row.periods[m - 1])) latest = m;
  if (latest === 0) return null;
  const values: number[] = [];
  let missing: number | undefined;
  let sum = 0;
  for (let m = step; m <= latest; m += step) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number' || row.periodColumns[m - 1] == null) {
      missing ??= m;
      continue;
    }
    if (!(p.value >= 0) || p.unit !== undefined) return null;
    values.push(p.value);
    sum += p.value;
  }
  sum = Number(sum.toPrecision(15));
  const middle = median(values);
  const times = middle > 0 ? annual / middle : Infinity;
  if (!(times > LEVEL_AT_MOST)) return null;
  // Figures that may be to date already: three or more that only rise as a count to date does, or two whose
  // second is half as large again as the first (April's 9,650, May's 19,450: rules/two-months.ts).
  if (figuresOnlyRise(row.periods, latest) !== null) return null;
  if (values.length === 2 && values[1] >= 1.5 * values[0]) return null;
  // The month-share rule's not rated (a month's share of a year's total, rare events) stands; where it took
  // the target for a quarter's by its size alone, the words saying it is the year's are read instead.
  const share = monthShareOfTarget(row, explicit);
  if ((share !== null && share.per === 'year') || rareEventShare(row, explicit) !== null) return null;
  const evidence = flowEvidence(row, sum, inner, middle);
  const base = {
    evidence,
    latest,
    figures: values.length,
    sum,
    low: Math.min(...values),
    high: Math.max(...values),
    times: Number(times.toPrecision(3)),
    quarters: !inner,
    toleranceScale: yearToDateScale(row.periods, quarter)!,
  };
  if (evidence === null) return { row, outcome: 'unsure', ...base };
  // Not rated for the month missing: the month-share Check would say otherwise, so it stands.
  if (missing !== undefined) return share ? null : { row, outcome: 'missing', ...base, missing };
  // Each period's figure to date, April on, and on past the latest while the figures run on without a gap.
  const periods = row.periods.slice();
  let total = 0;
  for (let m = step; m <= 12; m += step) {
    const p = periods[m - 1];
    if (p?.kind !== 'number') break;
    total = Number((total + p.value).toPrecision(15));
    periods[m - 1] = { ...p, value: total };
  }
  return {
    row: { ...row, periods, profile: 'cumulative', lastYear: [], previousYear: undefined },
    outcome: 'toDate',
    ...base,
  };
}

/**
 * The conditions every reading of the rule shares: a year's target said so and above 0, a flat one-sided row
 * whose figures are written alike, no annual-only row, and a count or money (not a rate, average, time or score).
 */
function annualRowOfAFlow(row: IndicatorRow): boolean {
  if (!row.annualSaid || row.annualTarget === null || !(row.annualTarget > 0) || row.profile !== 'flat') return false;
  if (row.polarity !== 'higher' && row.polarity !== 'lower') return false;
  if (row.noBetterDirection !== undefined || row.polarityProblem || row.annual) return false;
  if (row.mixedScale || row.scaleProblem || row.explicitScaleProblem) return false;
  return !notACount(row);
}

/**
 * True where the row's words say its target is the year's budget or spend and it is measured as such: under
 * period headers saying to date ("Actual YTD £k"), its figures are measured to date against the year's share
 * elapsed (`typedToDate`), so the table's "measured against the whole annual target" Check is not said of it
 * (findings/reading.ts). Month targets from a Targets sheet are not known here: such a row is measured against them.
 */
export function budgetTypedToDate(row: IndicatorRow): boolean {
  return annualRowOfAFlow(row) && row.annualSaid!.flow;
}

/**
 * Figures typed to date (the period header says so: "Actual YTD £k" mapped as the actual) against the year's
 * budget: the latest up to the quarter scored against annual × m/12, the row made cumulative (not added up: the
 * analyst's figure is already to date). A budget is spent over its year, so its share elapsed is what the spend
 * to date is held to ("Budget line | Annual budget £k | Actual YTD £k": responsive repairs' £5,420k spent to
 * September was measured against the year's £9,800k, green; against £4,900k elapsed it is 10.6% over, red).
 * Null where there is no figure.
 */
function typedToDate(row: IndicatorRow, annual: number, quarter: QuarterNumber): YearToDateOfAnnual | null {
  let latest = 0;
  for (let m = 1; m <= 3 * quarter; m++) if (isFigure(row.periods[m - 1])) latest = m;
  const p = row.periods[latest - 1];
  if (latest === 0 || p?.kind !== 'number' || !(p.value >= 0) || p.unit !== undefined) return null;
  return {
    row: { ...row, profile: 'cumulative', lastYear: [], previousYear: undefined },
    outcome: 'toDate',
    evidence: 'typed',
    latest,
    figures: 1,
    sum: p.value,
    low: p.value,
    high: p.value,
    times: p.value > 0 ? Number((annual / p.value).toPrecision(3)) : Infinity,
    quarters: false,
    toleranceScale: yearToDateScale(row.periods, quarter)!,
  };
}

/**
 * What shows each figure is its period's own share of a flow: the words say budget or spend ('flow'); else
 * the month-share evidence, without the guess from whole numbers (`monthsOfATotal`: 'outturn', 'toDate',
 * 'lastYearToDate'); for a table of quarters, a YTD column that is their sum ('toDate') or last year's outturn
 * 3 to 5.5 times their median ('outturn', as rules/quarter-share.ts reads it). Null: nothing does.
 */
function flowEvidence(
  row: IndicatorRow,
  sum: number,
  months: boolean,
  middle: number,
): Exclude<YearToDateOfAnnual['evidence'], 'typed'> {
  if (row.annualSaid?.flow) return 'flow';
  if (!months) {
    if (row.toDate !== undefined && isSumToDate(row.toDate.value, sum)) return 'toDate';
    // Last year's outturn about four quarters' worth, as rules/quarter-share.ts reads it (helper loose).
    const outturn = row.outturnPrevYear;
    return outturn !== null && outturn > 0 && middle > 0 && outturn / middle >= 3 && outturn / middle <= 5.5
      ? 'outturn'
      : null;
  }
  const figures = monthFigures(row);
  const total = figures === null ? null : monthsOfATotal(row, figures, false);
  return total === null || total.evidence === 'count' ? null : total.evidence;
}
