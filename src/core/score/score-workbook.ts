/** Scoring a quarter of a whole workbook: every indicator, the count tables, the lists and the findings. */
import { noFigureThisYearFindings } from '../findings/no-figures';
import { quarterColumnFindings, quarterColumnsNote } from '../findings/quarter-columns';
import { rollingQuartersNote } from '../findings/rolling-quarter';
import { benchmarkQuartiles } from './benchmark-quartile';
import { noTrendNote } from '../findings/no-trend';
import { earlierTargetNote } from '../findings/earlier-target';
import { figureMarksNote } from '../findings/figure-marks';
import { fullTargetAmberNote } from '../findings/compliance-targets';
import type {
  Finding,
  IndicatorRow,
  IndicatorScore,
  IndicatorTable,
  MonthNumber,
  QuarterNumber,
  ScoreResult,
  SheetGrid,
  WorkbookModel,
} from '../model';
import {
  duplicateRefFindings,
  orphanTargetFindings,
  quartileSpellingFindings,
  tableFindings,
} from '../findings/reading';
import { seriesFindings, suppressedFindings } from '../findings/series';
import { cumulativeFindings, monthShareFindings, quarterTargetFindings, targetFindings } from '../findings/targets';
import { quarterShareFindings } from '../findings/quarter-share';
import { targetToDateLaterFindings } from '../findings/target-to-date';
import { monthShareOfTarget, quarterColumnsForQuarterTarget } from '../rules/month-share';
import { partQuarterFinding } from '../findings/part-quarter';
import { dashedNextQuarterFinding } from '../findings/quarter-dashes';
import { dataPeriodFindings } from '../findings/data-period';
import { quarterToDateFindings } from '../findings/quarter-to-date';
import { notRatedWithoutToDate, quarterToDate } from '../rules/quarter-to-date';
import { monthCountsByQuarter } from '../rules/month-counts';
import { monthCountsFindings } from '../findings/month-counts';
import { rollingYearFindings } from '../findings/rolling-year';
import { zeroTargetNotes } from '../findings/zero-target';
import { monthsAgainstQuarterTargets } from '../rules/months-quarter-targets';
import { absoluteTolerance, profiledToDateScale, withToleranceAddedUp } from '../rules/added-up-tolerance';
import { yearToDateOfAnnual } from '../rules/annual-to-date';
import { annualToDateFindings, notRatedForAnnual, typedBudgetNote } from '../findings/annual-to-date';
import { daysPerHeadFindings } from '../findings/days-per-head';
import { profiledBandFindings } from '../findings/profiled-band';
import {
  monthsQuarterTargetFindings,
  notRatedForMissingMonth,
  periodOfFigure,
} from '../findings/months-quarter-targets';
import { likeForLikeTrend } from './like-for-like-trend';
import { improvementNeeded, strongPerformers } from './highlights';
import { withSamePeriodTrend } from './same-period';
import { samePeriodFindings } from '../findings/same-period';
import { typedFindings } from '../findings/typed';
import { typedColumnQuarterFindings } from '../findings/typed-quarter';
import { noPolarityColumnFinding, ruleCellFindings, typedStatusFindings } from '../findings/polarity';
import {
  checkSettings,
  DEFAULT_DOT,
  DEFAULT_TOLERANCE_MODE,
  DEFAULT_TOLERANCE_PCT,
  type JudgingSettings,
} from '../settings';
import { parseCellAddress } from '../a1';
import { InputError } from '../errors';
import { saidSince } from '../rules/latest';
import { refuseQuarterMostlyUnreached } from './quarter-few-figures';
import { oneNotePerSharedHeader } from '../findings/shared-header';
import { finding } from '../catalogue';
import { monthNumber, monthsOfQuarter, periodName, periodNaming, quarterLabel, quarterOfMonth } from '../periods';
import { quote, ukNumber, who } from '../words';
import { readWorkbook, type ReadOptions, type ReadResult } from '../read/workbook';
import { rowKey } from '../read/support-sheets';
import { scoreIndicator, type IndicatorContext } from './score-indicator';
import { setFigureFormats } from './figure-formats';
import { timeNameFindings } from '../findings/time-name';
import { executiveSummary, isTier1, label, priorityCounts } from './summaries';
import { breakdownPrioritiesLast, countedIndicators } from './area-breakdowns';
import { academicPeriodName, runYearLabel } from './term-period';

/** How to score: the quarter, and the settings that judge indicators (their defaults: settings.ts). */
export interface ScoreOptions extends JudgingSettings {
  /** The quarter to score; null or absent: the latest quarter with data. */
  quarter?: QuarterNumber | null;
  /**
   * Refuse a quarter asked for that no indicator has reached (refuseQuarterNotReached), as both front ends
   * do (state/run.ts, prepareRun); absent: scored on figures carried forward, with the quarter-wide Check.
   */
  refuseQuarterNotReached?: boolean;
}

/** The latest quarter in which any indicator has a figure (Q1 when none has). */
export function latestQuarterWithData(model: WorkbookModel): QuarterNumber {
  return latestQuarterWithFigures(model) ?? 1;
}

/** The quarter of a row's latest figure (1–4); 0 when it has none. */
function lastQuarterWithFigure(r: IndicatorRow): number {
  for (let m = 12; m >= 1; m--) if (r.periods[m - 1].kind === 'number') return quarterOfMonth(m as MonthNumber);
  return 0;
}

/**
 * The quarter a run scores when none is asked for: the one most indicators have reached — the latest
 * quarter that at least half of the indicators with a figure have a figure in (or after) — leaving out
 * those reported once a year (`IndicatorRow.annual`), whose one figure comes when it is due. Where every
 * indicator with a figure is annual, the latest quarter any is in. Null when none has a figure. Source:
 * session 8 closing note, noticed item 2: one annual survey's Q4 figure among quarterly indicators
 * reported to Q3 made the whole run Q4, every other indicator carried forward into Q4's counts. The
 * St Helens report (Q3, 58 of 60 indicators with a December figure) is unchanged.
 */
export function reportingQuarter(model: WorkbookModel): QuarterNumber | null {
  // How many indicators' latest figure is in each quarter (index 1–4), annual ones apart.
  const reached = [0, 0, 0, 0, 0];
  let counted = 0;
  for (const t of model.tables)
    for (let i = 0; i < t.rows.length; i++) {
      const r = t.rows[i];
      if (r.annual) continue;
      const q = lastQuarterWithFigure(r);
      if (q === 0) continue;
      reached[q]++;
      counted++;
    }
  if (counted === 0) return latestQuarterWithFigures(model);
  let atOrAfter = 0;
  for (let q = 4; q >= 1; q--) {
    atOrAfter += reached[q];
    if (atOrAfter * 2 >= counted) return q as QuarterNumber;
  }
  return 1;
}

/**
 * Where the quarter scored was found, not asked for (`reportingQuarter`): a Check on each indicator with a
 * figure after it, naming the figure, so a figure left out of this report is never left out silently.
 */
function laterFigureFindings(model: WorkbookModel, quarter: QuarterNumber): Finding[] {
  const out: Finding[] = [];
  for (const t of model.tables) {
    const naming = periodNaming(t);
    for (const r of t.rows) {
      for (let m = 12; m > 3 * quarter; m--) {
        const p = r.periods[m - 1];
        if (p.kind !== 'number') continue;
        out.push(
          finding({
            kind: 'figure-after-quarter',
            at: { sheet: r.sheet, row: r.row, col: r.periodColumns[m - 1] ?? 0 },
            ref: r.ref,
            who: who(r),
            quarter,
            later: periodName(m, naming),
            value: ukNumber(4).format(Number(p.value.toPrecision(12))),
          }),
        );
        break;
      }
    }
  }
  return out;
}

/** The latest quarter in which any indicator has a figure; null when none has a figure at all. */
function latestQuarterWithFigures(model: WorkbookModel): QuarterNumber | null {
  let latest = 0;
  for (const t of model.tables) {
    for (let i = 0; i < t.rows.length; i++) {
      const r = t.rows[i];
      for (let q = 4; q > latest; q--) {
        // The quarter's three months, without an array per row (issue 11).
        const end = monthsOfQuarter(q as QuarterNumber)[2];
        if (
          r.periods[end - 3].kind === 'number' ||
          r.periods[end - 2].kind === 'number' ||
          r.periods[end - 1].kind === 'number'
        )
          latest = q;
      }
    }
  }
  return latest === 0 ? null : (latest as QuarterNumber);
}

/**
 * A quarter asked for by name (`--quarter Q3`, the pane's picker, the saved setting) in which no
 * indicator has a figure: every indicator carries an earlier quarter's figure forward and is counted as
 * this quarter's (SPEC §3), so the whole report is last quarter's counts under this quarter's name. One
 * Check says so, first, naming the latest quarter with figures (session 7 fresh-user check). Null when
 * some indicator has a figure in the quarter or after it, or none has a figure at all (all data gaps).
 */
function quarterWithoutFiguresFinding(
  model: WorkbookModel,
  quarter: QuarterNumber,
  latest: QuarterNumber | null,
  indicators: IndicatorScore[],
): Finding | null {
  if (latest === null || latest >= quarter) return null;
  const first = model.tables[0];
  // How many are carried forward, and how many of them from before the latest quarter with figures: those
  // keep a Check of their own, the rest are said here once (helper misread: it was one Check each).
  let carried = 0;
  let earlier = 0;
  for (let i = 0; i < indicators.length; i++) {
    const month = indicators[i].latestMonth;
    if (month === null) continue;
    carried++;
    if (quarterOfMonth(monthNumber(month)) < latest) earlier++;
  }
  return finding({
    kind: 'quarter-without-figures',
    at: { sheet: first.sheet, row: first.headerRow, col: 0 },
    ref: null,
    quarter,
    latest,
    carried,
    earlier,
  });
}

/**
 * A quarter asked for by name that no indicator has reached is refused, in one sentence, changing nothing
 * (fresh-user check 5: `-q Q4` in October scored every indicator on figures carried forward, 13 "on
 * target" and DOT against September, exit 0; a Check at the top was easy to miss in a report headed Q4).
 * Where no indicator has a figure at all, or a month of the quarter says why it has none ("not available"),
 * it is scored as before.
 */
function refuseQuarterNotReached(model: WorkbookModel, quarter: QuarterNumber, latest: QuarterNumber | null): void {
  if (latest === null || latest >= quarter) return;
  // Words in one of the quarter's months saying why there is no figure ("not available" in December) are
  // the quarter reported on: scored, a data gap that says why (session 6), not refused.
  for (const t of model.tables)
    for (let i = 0; i < t.rows.length; i++) if (saidSince(t.rows[i].periods, 3 * quarter - 3, quarter) !== null) return;
  const yearLabel = runYearLabel(model.tables);
  throw new InputError(
    `No indicator has a Q${quarter} figure yet (the latest is ${quarterLabel(latest, yearLabel)}), so Q${quarter} was not scored and nothing was changed: score Q${latest}, or type Q${quarter}'s figures first.`,
  );
}

/**
 * The quarter whose figures every indicator carries forward, when the quarter asked for has none (the
 * quarter-wide Check says so); an indicator carried forward from it gets no Check of its own where two or
 * more are carried alike, one carried from an earlier quarter does (it differs from the rest). Null when
 * the quarter has figures.
 */
function carriedForwardByAll(latest: QuarterNumber | null, quarter: QuarterNumber): QuarterNumber | null {
  return latest !== null && latest < quarter ? latest : null;
}

/**
 * A row's carried-forward Check, set aside in `alike` where it is carried from `carriedFromQuarter` (the
 * quarter-wide Check may say it for all: see scoreModel); its other findings added to `findings`.
 */
function addSettingAside(
  findings: Finding[],
  found: Finding[],
  score: IndicatorScore,
  carriedFromQuarter: QuarterNumber | null,
  alike: Finding[],
): void {
  const month = score.latestMonth === null ? 0 : monthNumber(score.latestMonth);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (
      carriedFromQuarter !== null &&
      month > 0 &&
      quarterOfMonth(month) === carriedFromQuarter &&
      f.kind === 'carried-forward' &&
      f.severity === 'warning'
    )
      alike.push(f);
    findings.push(f);
  }
}

/** Removes the findings in `said` from `findings`, in place, keeping the others' order. */
function removeSaid(findings: Finding[], said: Set<Finding>): void {
  let k = 0;
  for (let i = 0; i < findings.length; i++) if (!said.has(findings[i])) findings[k++] = findings[i];
  findings.length = k;
}

/** Appends a row's findings (usually none) without spreading them into a call (issue 11). */
function add(findings: Finding[], more: Finding[]): void {
  for (let i = 0; i < more.length; i++) findings.push(more[i]);
}

/** One indicator's score, its findings added to `findings`; `context` is the table's, its row fields set here. */
function scoreRow(
  model: WorkbookModel,
  table: IndicatorTable,
  row: IndicatorRow,
  context: IndicatorContext,
  findings: Finding[],
  /** The quarter every indicator's figure is carried forward from, said once for all (carriedForwardByAll). */
  carriedFromQuarter: QuarterNumber | null,
  /** Where the carried-forward Checks of indicators carried from that quarter are set aside. */
  carriedAlike: Finding[],
): IndicatorScore {
  const key = rowKey(row);
  context.key = key;
  // A duplicated ref's later row whose units differ reads the support sheets its own way (noticed item 5, session 6).
  const own = row.ownSupportFigures;
  // A Targets sheet row that is another organisation's sheet's is not this row's (read/parallel-targets.ts).
  context.explicitTargets = withPeriodTargets(
    row.targetsSheetNotOwn || row.areaPart ? null : (own?.targets ?? model.explicitTargets.get(key) ?? null),
    row.periodTargets,
  );
  // An area's part of the whole's count: the Targets and Last year rows for its ref are the whole's (read/area-sheets.ts).
  context.lastYearSheet = row.areaPart ? null : (own?.lastYear ?? model.lastYear.get(key) ?? null);
  // A month's share of a quarter's target with the quarter's own column beside the months: the quarters
  // are scored (rules/month-share.ts, quarterColumnsForQuarterTarget; session 10, helper layouts3).
  const months = row;
  // Every path below that adds figures up or measures them against another period's target scales an amber
  // band in the unit alike, or is refused where the scale cannot be known (rules/added-up-tolerance.ts).
  const byQuarter = quarterColumnsForQuarterTarget(row, table.quarterColumns, context.explicitTargets, context.quarter);
  if (byQuarter) {
    row = withToleranceAddedUp(byQuarter.row, row, context, byQuarter.toleranceScale)!;
    context.lastYearSheet = null; // a month's figures last year are no quarter's
  }
  // A count per month against a month's target: each quarter's months added up against their targets
  // added up (rules/month-counts.ts; fresh user 8's county workbook).
  let counts = byQuarter
    ? null
    : monthCountsByQuarter(row, context.explicitTargets, context.quarter, context.lastYearSheet);
  // An amber band in the unit is scaled with the target, or the adding up refused (rules/added-up-tolerance.ts).
  const countsRow = counts && withToleranceAddedUp(counts.row, row, context, counts.toleranceScale);
  if (!countsRow) counts = null;
  const monthTargets = context.explicitTargets;
  if (counts) {
    row = countsRow!;
    context.explicitTargets = counts.explicit;
    context.lastYearSheet = counts.lastYear;
  }
  // A quarter's own figure against a cumulative quarter target: its figure to date is scored instead
  // (rules/quarter-to-date.ts; a fresh user's housing KPI pack).
  let toDate =
    byQuarter || counts
      ? null
      : quarterToDate(row, context.explicitTargets, table.ytdHeader !== undefined, context.quarter);
  const toDateRow =
    toDate && !toDate.unclear ? withToleranceAddedUp(toDate.row, row, context, toDate.toleranceScale) : null;
  if (toDate && !toDate.unclear && !toDateRow) toDate = null;
  if (toDate && toDateRow) {
    if (toDate.row !== row) context.lastYearSheet = null; // a quarter's own figure last year is not to date
    row = toDateRow;
    context.explicitTargets = toDate.explicit;
  }
  // Month figures against quarter targets to date or a quarter's share: the year to date, or the quarter's
  // months, is scored (rules/months-quarter-targets.ts; fresh user 10).
  let byMonths =
    byQuarter || counts || toDate ? null : monthsAgainstQuarterTargets(row, context.explicitTargets, context.quarter);
  const byMonthsRow = byMonths && withToleranceAddedUp(byMonths.row, row, context, byMonths.toleranceScale);
  if (!byMonthsRow) byMonths = null;
  if (byMonths) {
    row = byMonthsRow!;
    context.explicitTargets = byMonths.explicit;
    context.lastYearSheet = null;
  }
  // Month figures beside a target said to be the year's: the year to date against the year's share elapsed,
  // or not rated (rules/annual-to-date.ts; fresh user 12's "Annual budget £1.2m").
  const annualToDate =
    byQuarter || counts || toDate || byMonths
      ? null
      : yearToDateOfAnnual(row, context.explicitTargets, table.ytdHeader !== undefined, context.quarter);
  if (annualToDate?.outcome === 'toDate') {
    row = withToleranceAddedUp(annualToDate.row, row, context, annualToDate.toleranceScale)!;
    context.lastYearSheet = null; // a month's figure last year is not the year to date
  }
  // A target profiled to date from the year's (profile Cumulative: figures typed to date, or months the analyst's
  // "cumulative" made running totals, read/running-totals.ts): a band given beside the year's target is scaled
  // to the target to date alike; a month's target given as such keeps its band as typed.
  // Only a band in the unit is scaled (withToleranceAddedUp gives any other row back as it is): asked only then.
  const profiledScale =
    byQuarter || counts || toDate || byMonths || annualToDate || absoluteTolerance(row, context) === null
      ? null
      : profiledToDateScale(row, context.explicitTargets, context.quarter);
  if (profiledScale !== null) row = withToleranceAddedUp(row, row, context, profiledScale)!;
  const score = scoreIndicator(row, context);
  if (toDate?.unclear) notRatedWithoutToDate(score);
  if (byMonths?.missing !== undefined) notRatedForMissingMonth(score);
  if (annualToDate && annualToDate.outcome !== 'toDate') notRatedForAnnual(score, annualToDate);
  // A band in the unit scaled with a target profiled to date: a Note names it (findings/profiled-band.ts).
  if (profiledScale !== null) add(findings, profiledBandFindings(table, row, score, profiledScale));
  // Days lost per head that no word places, too small for a year's worth: not rated (rules/days-per-head.ts).
  add(findings, daysPerHeadFindings(table, row, score, context.explicitTargets, context.quarter));
  // Trend of a count per month against last year's quarter figure: like with like (rules/quarter-trend.ts).
  if (!byQuarter && !counts && !toDate) likeForLikeTrend(score, months);
  // Trend against "Same period last year (Apr-Sep 24)": same months with same months (rules/same-period.ts).
  const samePeriod = withSamePeriodTrend(months, score);
  if (score.latestMonth !== null)
    score.latestPeriod = periodName(score.latestMonth, byQuarter || counts ? 'quarters' : periodNaming(table));
  if (byMonths && score.latestMonth !== null)
    score.latestPeriod = periodOfFigure(byMonths, monthNumber(score.latestMonth)) ?? score.latestPeriod;
  // A count's quarter target is shown as its month targets' cells are (rules/month-counts.ts).
  setFigureFormats(score, model, table, row, key, counts ? monthTargets : context.explicitTargets);
  const quarter = context.quarter;
  // A count's months added up: its months are still its series (an outlier among them, a month carried forward).
  addSettingAside(
    findings,
    seriesFindings(table, counts || annualToDate?.outcome === 'toDate' ? months : row, score, quarter, model),
    score,
    carriedFromQuarter,
    carriedAlike,
  );
  add(findings, suppressedFindings(table, row, score, quarter, model));
  add(findings, rollingYearFindings(row, score, quarter));
  add(findings, typedFindings(table, row, score, counts || byMonths ? 'quarters' : undefined));
  // Where the target is a quarter's, each quarter column should be its months added up, whether scored or not.
  const totals =
    byQuarter !== null ||
    (table.quarterColumns !== undefined && monthShareOfTarget(months, context.explicitTargets)?.per === 'quarter');
  add(findings, quarterColumnFindings(table, months, score, totals));
  if (byQuarter) add(findings, quarterTargetFindings(table, byQuarter.row, score, byQuarter.share));
  if (toDate) add(findings, quarterToDateFindings(table, months, toDate, score));
  if (counts) add(findings, monthCountsFindings(table, months, counts, score));
  if (byMonths) add(findings, monthsQuarterTargetFindings(table, months, byMonths, score));
  if (annualToDate) add(findings, annualToDateFindings(table, months, annualToDate, score));
  if (samePeriod) add(findings, samePeriodFindings(table, months, samePeriod, score));
  add(findings, targetFindings(table, row, score, model.supportSheets.targets));
  // A year to date added up from month figures is no figure that only rises (rules/annual-to-date.ts).
  add(
    findings,
    cumulativeFindings(
      table,
      annualToDate?.outcome === 'toDate' ? months : row,
      score,
      quarter,
      context.explicitTargets,
    ),
  );
  add(findings, monthShareFindings(table, row, score, context.explicitTargets));
  add(findings, quarterShareFindings(table, row, score, context.explicitTargets));
  add(findings, targetToDateLaterFindings(table, row, score));
  add(findings, timeNameFindings(table, row, score));
  add(findings, typedStatusFindings(table, row, score));
  add(findings, ruleCellFindings(table, row, score));
  // A target of 0 missed earlier in the quarter, or missed at quarter end and by more earlier: a Note says
  // which month is scored (findings/zero-target.ts; fresh-user check 5, fresh user 14).
  add(findings, zeroTargetNotes(table, row, score));
  // Not yet due: a Note on its Frequency cell (else its name) says when, and that it is not counted (session 8, noticed item 3).
  if (score.status === 'not due' && row.annual)
    findings.push(
      finding({
        kind: 'annual-not-due',
        at: {
          sheet: row.sheet,
          row: row.row,
          col: table.columns.frequency ?? row.annual.comment ?? table.columns.name ?? 0,
        },
        ref: row.ref,
        who: who(row),
        due: row.annual.due,
        comment: row.annual.comment === undefined ? undefined : quote(row.annual.text),
        quarter,
      }),
    );
  return score;
}

/**
 * One Check a table naming its rated indicators that are not percentages when percentage points were
 * asked for: they were scored relative, within the same figure as a percent of their target (fresh-user
 * check 5). Null when there are none.
 */
function pointsNotPercentFinding(table: IndicatorTable, scores: IndicatorScore[]): Finding | null {
  const named: string[] = [];
  let tolerance = 0;
  for (const s of scores)
    if (s.pointsNotPercent && s.rag !== null && s.variancePct !== null) {
      named.push(label(s));
      tolerance = s.tolerancePct;
    }
  if (named.length === 0) return null;
  return finding({
    kind: 'points-not-percent',
    at: { sheet: table.sheet, row: table.headerRow, col: table.columns.tolerance ?? table.columns.target ?? 0 },
    ref: null,
    refs: named.join(', '),
    tolerance,
  });
}

/**
 * Where a table's typed variance or DOT column is another quarter's (findings/typed-quarter.ts), its
 * per-row Checks of that column, among `findings` from `from` on, are replaced by one Check for the table.
 * `scoreAt(i, q)`: the table's row i scored at quarter q; `withFigures`: the latest quarter with figures.
 */
function sayTypedColumnOnce(
  findings: Finding[],
  from: number,
  table: IndicatorTable,
  scores: IndicatorScore[],
  quarter: QuarterNumber,
  withFigures: QuarterNumber | null,
  scoreAt: (i: number, q: QuarterNumber) => IndicatorScore,
): void {
  const others: QuarterNumber[] = [];
  for (let q = 1; q <= (withFigures ?? 0); q++) if (q !== quarter) others.push(q as QuarterNumber);
  const summary = typedColumnQuarterFindings(table, scores, quarter, others, scoreAt);
  if (summary.findings.length === 0) return;
  const said = new Set<Finding>();
  for (let i = from; i < findings.length; i++) if (summary.replaces.has(findings[i].kind)) said.add(findings[i]);
  removeSaid(findings, said);
  add(findings, summary.findings);
}

/** Scores an already-read workbook. */
export function scoreModel(model: WorkbookModel, options: ScoreOptions = {}): ScoreResult {
  const tolerancePct = options.tolerancePct ?? DEFAULT_TOLERANCE_PCT;
  checkSettings(options);
  const toleranceMode = options.toleranceMode ?? DEFAULT_TOLERANCE_MODE;
  const withFigures = latestQuarterWithFigures(model);
  if (options.quarter != null && options.refuseQuarterNotReached) {
    refuseQuarterNotReached(model, options.quarter, withFigures);
    // Most indicators without a figure for it: refused too (fresh user 11; quarter-few-figures.ts).
    refuseQuarterMostlyUnreached(model, options.quarter, reportingQuarter(model));
  }
  // Not asked for: the quarter most indicators have reached (session 8, noticed item 2).
  const quarter = options.quarter ?? reportingQuarter(model) ?? 1;
  const carriedFromQuarter = options.quarter != null ? carriedForwardByAll(withFigures, quarter) : null;
  const carriedAlike: Finding[] = [];
  const priorityNumbers = new Map<string, number>();
  const indicators: IndicatorScore[] = [];
  const findings: Finding[] = [...model.findings];
  const scoredTables: [IndicatorTable, IndicatorScore[]][] = [];
  for (const table of model.tables) {
    const priorityKey = table.priorityName.trim().toLowerCase();
    // Numbered only where a row is counted under it: not where every row is under a band row's priority.
    if (!priorityNumbers.has(priorityKey) && !table.rows.every((r) => r.priorityName !== undefined))
      priorityNumbers.set(priorityKey, priorityNumbers.size + 1);
    const priority = priorityNumbers.get(priorityKey) ?? 0;
    findings.push(
      ...tableFindings(table, model.supportSheets.targets !== null, model.sheetCells),
      ...quarterColumnsNote(table),
      ...rollingQuartersNote(table),
      ...figureMarksNote(table, quarter),
      ...noFigureThisYearFindings(table),
    );
    // One context per table, its indicator's fields set row by row (scoreIndicator keeps none of it).
    const context: IndicatorContext = {
      quarter,
      tolerancePct,
      toleranceMode,
      greenBand: options.greenBand ?? null,
      amberBand: options.amberBand ?? null,
      dotComparison: options.dot ?? DEFAULT_DOT,
      priority,
      priorityName: table.priorityName,
      key: '',
      explicitTargets: null,
      lastYearSheet: null,
      noProfileColumn:
        table.columns.profile === undefined && table.columns.target !== undefined && table.ytdHeader === undefined,
    };
    const tableFindingsFrom = findings.length;
    typedBudgetNote(table); // none left from a run before over the same table (the add-in's tables read ahead)
    // Each row in a function of its own, by an indexed loop: scoreModel runs once a run, so a loop body
    // inside it would run unoptimised for thousands of rows (issue 11).
    for (let i = 0; i < table.rows.length; i++) {
      const own = table.rows[i].priorityName;
      if (own !== undefined) {
        // A row under a priority's band row ("Theme 2: …") is counted under that priority (session 9, fresh-user check 3).
        const key = own.trim().toLowerCase();
        if (!priorityNumbers.has(key)) priorityNumbers.set(key, priorityNumbers.size + 1);
        context.priority = priorityNumbers.get(key)!;
        context.priorityName = own;
      } else if (context.priority !== priority) {
        context.priority = priority;
        context.priorityName = table.priorityName;
      }
      const score = scoreRow(model, table, table.rows[i], context, findings, carriedFromQuarter, carriedAlike);
      // An area's breakdown of an indicator counted on the whole's sheet (read/area-sheets.ts): scored, not counted.
      if (table.rows[i].area !== undefined) score.area = table.rows[i].area;
      indicators.push(score);
    }
    const tableScores = indicators.slice(indicators.length - table.rows.length);
    // A "Data period" column naming another period than the one scored (findings/data-period.ts; helper loose).
    add(findings, dataPeriodFindings(table, tableScores, model, quarter));
    // DOT where an earlier period has no target of its own (findings/earlier-target.ts; fresh user 15).
    add(findings, earlierTargetNote(table, tableScores));
    // "HouseMark median | upper quartile" beside a table with no quartile column (fresh user 14).
    findings.push(...benchmarkQuartiles(model, table, tableScores, quarterLabel(quarter, table.yearLabel)));
    // A budget table's lines typed to date: one Note for the table (findings/annual-to-date.ts; layouts7).
    findings.push(...typedBudgetNote(table));
    scoredTables.push([table, tableScores]);
    const notPercent = pointsNotPercentFinding(table, tableScores);
    if (notPercent) findings.push(notPercent);
    // A typed variance or DOT column that is another quarter's: one Check, not one a row (helper noise).
    sayTypedColumnOnce(findings, tableFindingsFrom, table, tableScores, quarter, withFigures, (i, q) =>
      scoreRow(model, table, table.rows[i], { ...context, quarter: q }, [], null, []),
    );
    typedBudgetNote(table); // lines those scorings kept, dropped
  }
  // No Trend anywhere (and DOT at Q1): one Note a table saying why (findings/no-trend.ts; fresh user 14).
  if (!indicators.some((s) => s.trend !== null))
    for (const [table, scores] of scoredTables) findings.push(...noTrendNote(table, scores, quarter));
  // Two or more indicators carried forward alike: the quarter-wide Check says it for them, once (helper misread).
  const said = carriedAlike.length >= 2 ? new Set(carriedAlike) : null;
  if (said !== null) removeSaid(findings, said);
  if (options.quarter == null && withFigures !== null && withFigures > quarter)
    findings.push(...laterFigureFindings(model, quarter));
  // The quarter after the one found typed as dashes: said, once (findings/quarter-dashes.ts; helper loose).
  const dashes = options.quarter == null ? dashedNextQuarterFinding(model, quarter) : null;
  if (dashes !== null) findings.push(dashes);
  // The quarter found, not asked for, reached in part of its months: one Check a table (fresh user 4, session 10).
  if (options.quarter == null)
    for (const table of model.tables) {
      const part = partQuarterFinding(table, quarter);
      if (part !== null) findings.push(part);
    }
  findings.push(
    ...duplicateRefFindings(model.tables),
    ...quartileSpellingFindings(model.tables),
    ...orphanTargetFindings(model),
    ...fullTargetAmberNote(indicators, tolerancePct),
  );
  // Each indicator counted once: areas' breakdowns are scored on their sheets, not counted (score/area-breakdowns.ts).
  breakdownPrioritiesLast(indicators);
  const counted = countedIndicators(indicators);
  const priorities = priorityCounts(counted);
  const yearLabel = runYearLabel(model.tables);
  // An academic year's column scored, named as written: "Summer 2 (Jul 2026)" (score/term-period.ts; fresh user 16).
  const period = academicPeriodName(model.tables, quarter);
  return {
    quarter: quarterLabel(quarter, yearLabel),
    ...(period !== null ? { period } : {}),
    quarterNumber: quarter,
    tolerancePct,
    ...(toleranceMode !== DEFAULT_TOLERANCE_MODE ? { toleranceMode } : {}),
    ...(options.dot === 'period' ? { dotComparison: 'period' as const } : {}),
    indicators,
    priorities,
    executiveSummary: executiveSummary(priorities),
    ...(model.organisation !== undefined && model.organisation !== 'council'
      ? { organisation: model.organisation }
      : {}),
    strongPerformance: strongPerformers(counted, model.organisation).map(label),
    requiresImprovement: improvementNeeded(counted, model.organisation).map(label),
    tier1: counted.filter(isTier1).map(label),
    findings: withFirst(
      sortFindings(oneNotePerSharedHeader(findings), model),
      options.quarter != null ? quarterWithoutFiguresFinding(model, quarter, withFigures, indicators) : null,
      noPolarityColumnFinding(model.tables),
    ),
  };
}

/**
 * Reads and scores: the front door for both adapters. Throws an InputError when no table is found, or
 * a table cannot be scored as read (no period column; see readWorkbook's `refusal`).
 */
export function scoreWorkbook(
  grids: SheetGrid[],
  options: ScoreOptions & ReadOptions = {},
): { model: ReadResult; result: ScoreResult } {
  const model = readWorkbook(grids, options);
  if (model.refusal) throw model.refusal;
  return { model, result: scoreModel(model, options) };
}

/**
 * Findings about the whole report go first, before every other, so that the CLI and the task pane show
 * them at the top: a quarter without figures (every count is an earlier quarter's), then the "no
 * polarity column" finding (issue 7: it may change many indicators' colours at once).
 */
function withFirst(findings: Finding[], ...first: (Finding | null)[]): Finding[] {
  const top = first.filter((f): f is Finding => f !== null);
  return top.length > 0 ? [...top, ...findings] : findings;
}

/** Findings in workbook order: sheet by sheet (as the tables come), then row, then column. */
function sortFindings(findings: Finding[], model: WorkbookModel): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of model.tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  // Each finding's place worked out once, not in every comparison (issue 11).
  return findings
    .map((f, i) => ({
      f,
      i,
      sheet: sheetOrder.get(f.sheet) ?? Number.MAX_SAFE_INTEGER,
      at: parseCellAddress(f.cell) ?? { row: 0, col: 0 },
    }))
    .sort((a, b) => a.sheet - b.sheet || a.at.row - b.at.row || a.at.col - b.at.col || a.i - b.i)
    .map((x) => x.f);
}

/**
 * The month targets an indicator is scored against: the table's own period targets ("Q2 Target"
 * columns) where it gives one, else the Targets sheet's. Null when neither gives any.
 */
function withPeriodTargets(
  sheet: (number | null)[] | null,
  table: (number | null)[] | undefined,
): (number | null)[] | null {
  if (!table || table.every((t) => t === null)) return sheet;
  return table.map((t, m) => t ?? sheet?.[m] ?? null);
}
