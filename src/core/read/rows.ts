/** Reading one indicator's row of a table. */
import { bandsAmberAmount, ragBandsOf, thresholdBands } from './rag-bands';
import type { CellValue, IndicatorRow, IndicatorTable, PeriodValue } from '../model';
import type { GridView } from './grid';
import { monthName, periodNaming } from '../periods';
import type { HeaderBand } from './header-band';
import { FIELD_LABELS } from './headers';
import {
  absurdFigureText,
  cellText,
  isBlank,
  NO_FIGURE,
  parseDirection,
  parseFigureText,
  parsePolarity,
  parseProfile,
  parseQuartile,
  quartilePosition,
  parseTargetCell,
  parseTolerance,
  parseTypedVariance,
  saysNoBetterDirection,
  readNumber,
  readFigureOrClock,
  readPeriodValue,
} from './values';
import { withNumberFormats } from './number-formats';
import { quartileUnderRankHeader, rankOfColumn } from './rank-columns';
import { pamRef, walesQuartileHeader } from './wales-quartiles';
import { unitColumnOf, unitSaysPercent, unitSaysRate } from './unit-column';
import { annualFromComment, commentColumnOf } from './comment-frequency';
import { rangePolarity, rangeTarget } from '../rules/target-range';
import { cumulativeRateWithoutProfile, profileFromName } from '../rules/cumulative';
import { parseAnnual } from './frequency';
import { EVERY_QUARTER } from '../rules/quarter-due';
import { parseBand, parsePointsAmount, parseTargetRange, parseToleranceMode, parseTypedStatus } from './rule-cells';
import { headerMonthRange, withoutMonthRange } from './same-period';
import { targetChoice } from './trajectory-column';
import { rollingYearOf } from './rolling-year';

export function readIndicatorRow(
  grid: GridView,
  table: IndicatorTable,
  band: HeaderBand,
  r: number,
  tier: number | null,
): IndicatorRow {
  const col = table.columns;
  // Plain functions and loops, not closures: this runs for every indicator (issue 11).

  const polarityRaw = rawAt(grid, r, col.polarity);
  // A Standard and an annual trajectory both filled and different: one is the quarter's (trajectory-column.ts).
  const chosen = targetChoice(grid, table, r);
  const targetCol = chosen?.used === 'trajectory' ? chosen.col : targetColumnOf(grid, table, r);
  // RAG bands in words ("Green ≥ 95%, Amber 90–95%"): the green bound is the target where none is typed (rag-bands.ts).
  // Or "Green threshold | Red threshold" columns with no Target column (the same file).
  const thresholds = table.thresholdColumns;
  const bands =
    table.ragBands !== undefined
      ? ragBandsOf(grid.raw(r, table.ragBands.col))
      : thresholds !== undefined
        ? thresholdBands(
            grid.raw(r, thresholds.green),
            thresholds.red === undefined ? null : grid.raw(r, thresholds.red),
            parsePolarity(polarityRaw),
          )
        : null;
  const typedTarget = rawAt(grid, r, targetCol);
  const targetRaw = bands !== null && isBlank(typedTarget) ? bands.target : typedTarget;
  // Issue 7: a target typed as a range (95–105) is two-sided, its middle the target.
  // Its floor with Higher, its ceiling with Lower, else its middle, two-sided (rules/target-range.ts; layouts7).
  const targetRange = parseTargetRange(targetRaw);
  const rangeSide = targetRange ? rangePolarity(parsePolarity(polarityRaw)) : null;
  const target: ReturnType<typeof parseTargetCell> = targetRange
    ? { value: rangeTarget(targetRange, rangeSide!), none: false }
    : parseTargetCell(targetRaw);
  const annualTarget = target.value;
  // The polarity cell says which way is better; where it says nothing, a target written with a
  // comparator ("≥ 95%", "less than 5") does (issue 7).
  const fromCell = rangeSide ?? parsePolarity(polarityRaw);
  // … and else the row's RAG bands in words ("Green ≤ 10, Amber 11–15": lower is better; rag-bands.ts).
  const fromTarget =
    fromCell === null && (col.polarity === undefined || isBlank(polarityRaw))
      ? (target.polarity ?? bands?.polarity ?? null)
      : null;
  const polarity = fromCell ?? fromTarget;
  const profileRaw = rawAt(grid, r, col.profile);
  const profile = parseProfile(profileRaw);
  const toleranceRaw = rawAt(grid, r, col.tolerance);
  // A green threshold read as the target is no two-sided indicator's band.
  const greenBandRaw = thresholds !== undefined && bands !== null ? null : rawAt(grid, r, col.greenBand);
  const rules = readRuleCells(
    rawAt(grid, r, col.toleranceMode),
    greenBandRaw,
    rawAt(grid, r, col.amberBand),
    rawAt(grid, r, col.status),
  );
  const pointsTolerance = parsePointsAmount(toleranceRaw);
  const ownMode = rules.toleranceMode;
  const tolerance = isBlank(toleranceRaw)
    ? null
    : (pointsTolerance ??
      (ownMode === 'absolute' || ownMode === 'points' ? parseBand(toleranceRaw) : parseTolerance(toleranceRaw)));
  // A number between 0 and 1 is a fraction shown as a percent in relative mode (0.05 = 5%), but half a
  // point is 0.5 in points mode: keep it as typed, and let the mode decide when scoring.
  let fractions: IndicatorRow['fractions'];
  if (ownMode === null && fraction(toleranceRaw) !== undefined) (fractions ??= {}).tolerance = fraction(toleranceRaw);
  if (fraction(greenBandRaw) !== undefined) (fractions ??= {}).greenBand = fraction(greenBandRaw);
  if (fraction(rawAt(grid, r, col.amberBand)) !== undefined)
    (fractions ??= {}).amberBand = fraction(rawAt(grid, r, col.amberBand));
  let toleranceMode: IndicatorRow['toleranceMode'] = pointsTolerance !== null && ownMode === null ? 'points' : ownMode;
  // "3 days", "£500": a tolerance typed in the indicator's own unit is an absolute amount.
  let ownAmount: number | null = null;
  if (tolerance === null && toleranceMode === null && typeof toleranceRaw === 'string') {
    const typed = parseFigureText(toleranceRaw);
    if (typed?.unit !== undefined && typed.value >= 0 && !/%|per ?cent|pp|points?|pts?/i.test(typed.unit))
      ownAmount = typed.value;
  }
  // An "Amber threshold" holding a level on the worse side of the target, near it (96 against a
  // target of 98, higher is better), is where amber ends: the tolerance is the gap, in the unit.
  if (
    ownAmount === null &&
    table.toleranceIsThreshold === true &&
    typeof toleranceRaw === 'number' &&
    annualTarget !== null &&
    annualTarget !== 0 &&
    (polarity === 'higher' || polarity === 'lower' || polarity === null)
  ) {
    const gap = (polarity === 'lower' ? 1 : -1) * (toleranceRaw - annualTarget);
    if (gap >= 0 && gap <= Math.abs(annualTarget) / 2) ownAmount = Number(gap.toPrecision(15));
  }
  // Where the bands say amber ends: the gap to the target, as an "Amber threshold" gives it.
  if (
    ownAmount === null &&
    bands !== null &&
    isBlank(toleranceRaw) &&
    (polarity === null || polarity === bands.polarity)
  )
    ownAmount = bandsAmberAmount(bands, annualTarget);
  if (ownAmount !== null) {
    toleranceMode = 'absolute';
    fractions = undefined;
  }
  // More than 100 is no percentage, but may be an absolute amount (the workbook's mode decides, when scoring).
  const toleranceAmount = tolerance === null && !isBlank(toleranceRaw) ? parseBand(toleranceRaw) : null;
  const quartileRaw = rawAt(grid, r, col.quartile);
  // "Upper quartile" … "Lower quartile" (Housemark, Data Cymru) is the top … bottom only where higher is better.
  // A rank among N ("Rank (of 32)") is read as its quartile, never as one (rank-columns.ts).
  const rankOf = col.quartile === undefined ? null : rankOfColumn(grid.raw(table.headerRow, col.quartile));
  const quartile =
    rankOf !== null
      ? quartileUnderRankHeader(quartileRaw, rankOf)
      : (parseQuartile(quartileRaw) ??
        (polarity === 'higher' || performanceQuartiles(grid, table, r, col)
          ? quartilePosition(quartileRaw)
          : undefined));

  const periods = readPeriods(grid, r, table.monthColumns);
  // Made only for a table with last year's figures (issue 11: most have none).
  let lastYear: (number | null)[] = NO_LAST_YEAR;
  let hasLastYear = false;
  for (let q = 0; q < band.lastYearQuarterColumns.length; q++) {
    const c = band.lastYearQuarterColumns[q];
    if (c !== null) {
      if (!hasLastYear) lastYear = new Array<number | null>(12).fill(null);
      lastYear[q * 3 + 2] = readFigureOrClock(grid.raw(r, c));
      hasLastYear = true;
    }
  }
  // Last year's period columns of the table itself ("Q1 2019/20 … | Q1 2020/21 …"): for Trend and DOT.
  let hasPreviousYear = false;
  for (const c of band.previousYearColumns) if (c !== null) hasPreviousYear = true;
  const previousYear: readonly PeriodValue[] = hasPreviousYear ? readPeriods(grid, r, band.previousYearColumns) : NONE;
  for (let m = 0; m < previousYear.length; m++) {
    const p = previousYear[m];
    if (p.kind === 'number' && lastYear[m] === null) {
      if (!hasLastYear) lastYear = new Array<number | null>(12).fill(null);
      lastYear[m] = p.value;
      hasLastYear = true;
    }
  }

  const refText = col.ref === undefined ? '' : cellText(grid.shown(r, col.ref));
  const dotRaw = rawAt(grid, r, col.dot);
  const trendRaw = rawAt(grid, r, col.trend);
  const varianceRaw = rawAt(grid, r, col.variance);
  const name = cellText(grid.shown(r, col.name ?? 0));
  const noDirection = polarity === null && saysNoBetterDirection(polarityRaw);
  const polarityProblem = polarity === null && !noDirection ? cellText(polarityRaw) : null;
  const polaritySource = fromCell !== null ? 'cell' : fromTarget !== null ? 'target' : 'assumed';
  const targetText =
    annualTarget === null && !/^[-–—]?$/.test(cellText(targetRaw))
      ? typeof targetRaw === 'number'
        ? absurdFigureText(targetRaw)
        : cellText(targetRaw)
      : null;
  const outturnPrevYear = readNumber(rawAt(grid, r, col.outturn));
  const profileProblem = profile === null ? cellText(profileRaw) : null;
  const toleranceProblem =
    ownAmount === null && tolerance === null && toleranceAmount === null && !isBlank(toleranceRaw)
      ? cellText(toleranceRaw)
      : null;
  // Most rows have none of the optional fields: made in one object literal, in the same order, rather
  // than grown field by field, which reallocates its properties' store again and again (issue 11).
  if (
    !targetRange &&
    targetRaw === typedTarget &&
    rules === NO_RULE_CELLS &&
    !target.none &&
    !target.polarity &&
    !(toleranceAmount !== null && ownAmount === null) &&
    !fractions &&
    !hasPreviousYear &&
    band.previousYearTargetColumn === null &&
    !table.quarterTargetColumns &&
    !table.monthTargetColumns &&
    target.multiplier === undefined &&
    !anyMultiplied(periods)
  ) {
    const plain: IndicatorRow = {
      sheet: grid.name,
      row: r,
      ref: refText === '' ? null : refText,
      name,
      tier,
      polarity: polarity ?? 'higher',
      polarityProblem,
      polaritySource,
      toleranceMode,
      annualTarget,
      targetText,
      outturnPrevYear,
      profile: profile ?? 'flat',
      profileProblem,
      tolerancePct: ownAmount ?? tolerance,
      toleranceProblem,
      periods,
      periodColumns: periodColumnsOf(table),
      lastYear: hasLastYear ? lastYear : NO_LAST_YEAR,
      typedVariance:
        varianceRaw === null ? NO_TYPED_VARIANCE : { raw: varianceRaw, value: parseTypedVariance(varianceRaw) },
      typedDot: typedDirection(dotRaw),
      typedTrend: typedDirection(trendRaw),
      quartile: quartile ?? null,
      quartileText: isBlank(quartileRaw) || (rankOf !== null && quartile !== undefined) ? null : cellText(quartileRaw),
    };
    if (noDirection) plain.noBetterDirection = cellText(polarityRaw);
    if (targetCol !== col.target) plain.targetColumn = targetCol;
    if (chosen) plain.targetChosen = chosen;
    const rolling = rollingYearOf(grid, table, r);
    if (rolling) plain.rollingYear = rolling;
    return withToDate(
      withFrequency(
        withProfileFromName(
          withNumberFormats(
            grid,
            plain,
            targetCol,
            col.outturn,
            hasLastYearColumns(band, hasPreviousYear)
              ? { quarters: band.lastYearQuarterColumns, previousYear: band.previousYearColumns }
              : undefined,
            undefined,
            periodNaming(table),
          ),
          col.profile,
        ),
        grid,
        table,
      ),
      grid,
      table,
    );
  }
  // Built field by field in the order it has always had, without object spreads (issue 11).
  const out = {
    sheet: grid.name,
    row: r,
    ref: refText === '' ? null : refText,
    name,
    tier,
    polarity: polarity ?? 'higher',
    polarityProblem,
    polaritySource,
  } as IndicatorRow;
  if (noDirection) out.noBetterDirection = cellText(polarityRaw);
  if (targetRange) out.targetRange = targetRange;
  if (targetRange && parsePolarity(polarityRaw) !== null && parsePolarity(polarityRaw) !== 'close')
    out.rangeOverPolarity = cellText(polarityRaw);
  out.toleranceMode = toleranceMode;
  if (rules.greenBand !== undefined) out.greenBand = rules.greenBand;
  if (rules.amberBand !== undefined) out.amberBand = rules.amberBand;
  if (rules.typedStatus !== undefined) out.typedStatus = rules.typedStatus;
  if (rules.ruleProblems !== undefined) out.ruleProblems = rules.ruleProblems;
  out.annualTarget = annualTarget;
  out.targetText = targetText;
  if (bands !== null && targetRaw !== typedTarget) out.targetFromBands = true;
  if (target.none) out.noTargetStated = true;
  if (target.polarity) out.targetPolarity = { polarity: target.polarity, text: cellText(targetRaw) };
  out.outturnPrevYear = outturnPrevYear;
  out.profile = profile ?? 'flat';
  out.profileProblem = profileProblem;
  out.tolerancePct = ownAmount ?? tolerance;
  out.toleranceProblem = toleranceProblem;
  if (toleranceAmount !== null && ownAmount === null) out.toleranceAmount = toleranceAmount;
  if (fractions) out.fractions = fractions;
  out.periods = periods;
  out.periodColumns = periodColumnsOf(table);
  out.lastYear = hasLastYear ? lastYear : NO_LAST_YEAR;
  if (hasPreviousYear) out.previousYear = previousYear as PeriodValue[];
  if (band.previousYearTargetColumn !== null)
    out.previousYearTarget = parseTargetCell(grid.raw(r, band.previousYearTargetColumn)).value;
  // Each month's own target column (index 0 = April), kept for reading its cells' number formats.
  let periodTargetCols: (number | null)[] | undefined;
  if (table.quarterTargetColumns || table.monthTargetColumns) {
    const periodTargets: (number | null)[] = Array(12).fill(null);
    periodTargetCols = Array(12).fill(null);
    table.quarterTargetColumns?.forEach((c, q) => {
      if (c === null) return;
      periodTargets[q * 3 + 2] = parseTargetCell(grid.raw(r, c)).value;
      periodTargetCols![q * 3 + 2] = c;
    });
    table.monthTargetColumns?.forEach((c, m) => {
      if (c === null) return;
      periodTargets[m] = parseTargetCell(grid.raw(r, c)).value;
      periodTargetCols![m] = c;
    });
    out.periodTargets = periodTargets;
  }
  const mix = multiplierMix(grid, r, table.monthColumns, periods, target, targetRaw);
  if (mix) out.multiplierMix = mix;
  if (targetCol !== col.target) out.targetColumn = targetCol;
  if (chosen) out.targetChosen = chosen;
  const rolling = rollingYearOf(grid, table, r);
  if (rolling) out.rollingYear = rolling;
  out.typedVariance =
    varianceRaw === null ? NO_TYPED_VARIANCE : { raw: varianceRaw, value: parseTypedVariance(varianceRaw) };
  out.typedDot = typedDirection(dotRaw);
  out.typedTrend = typedDirection(trendRaw);
  out.quartile = quartile ?? null;
  out.quartileText = isBlank(quartileRaw) || (rankOf !== null && quartile !== undefined) ? null : cellText(quartileRaw);
  // A target read from the bands is shown as the bands cell shows it ("Green ≥ 72%"): its percent sign, not the
  // blank Target cell's, says which scale it is on beside figures held as fractions (fresh user 14).
  const shownTargetCol =
    out.targetFromBands === true ? (table.ragBands?.col ?? thresholds?.green ?? targetCol) : targetCol;
  const bandsTarget = out.annualTarget;
  const read = withNumberFormats(
    grid,
    out,
    shownTargetCol,
    col.outturn,
    hasLastYearColumns(band, hasPreviousYear)
      ? { quarters: band.lastYearQuarterColumns, previousYear: band.previousYearColumns }
      : undefined,
    periodTargetCols,
    periodNaming(table),
  );
  // A target from the bands moved a hundredfold onto its figures' scale ("Green ≥ 72%" over plain 0.6) moves the
  // amber band the bands gave with it: 0.04, not 4 against 0.72 (fresh user 14).
  if (read.targetFromBands && read.toleranceMode === 'absolute' && typeof read.tolerancePct === 'number')
    read.tolerancePct = onMovedScale(read.tolerancePct, bandsTarget, read.annualTarget);
  return withToDate(withFrequency(withProfileFromName(read, col.profile), grid, table), grid, table);
}

/** `amount` moved as the target moved from `before` to `after`, where that was a hundredfold either way. */
function onMovedScale(amount: number, before: number | null, after: number | null): number {
  if (before === null || after === null || before === 0) return amount;
  const factor = after / before;
  if (Math.abs(factor - 0.01) < 1e-9 || Math.abs(factor - 100) < 1e-6) return Number((amount * factor).toPrecision(15));
  return amount;
}

/**
 * The row's figure to date and last year's for the same months, from columns the table has under such
 * headers but does not score ("YTD (cumulative)", "Same period last year": `IndicatorTable.unrecognised`):
 * evidence for the month-share rule (rules/month-share.ts; fresh user 4). The row, changed.
 */
function withToDate(read: IndicatorRow, grid: GridView, table: IndicatorTable): IndicatorRow {
  const cols = toDateColumns(table);
  if (cols === NO_TO_DATE) return read;
  if (cols.toDate) {
    const v = readNumber(grid.raw(read.row, cols.toDate.col));
    if (v !== null) read.toDate = { value: v, header: cols.toDate.header };
  }
  if (cols.lastYearToDate) {
    const v = readNumber(grid.raw(read.row, cols.lastYearToDate.col));
    if (v !== null) {
      const months = headerMonthRange(cols.lastYearToDate.header);
      read.lastYearToDate = { value: v, header: cols.lastYearToDate.header, ...(months ? { months } : {}) };
    }
  }
  return read;
}

type ToDateColumns = {
  toDate?: { col: number; header: string };
  lastYearToDate?: { col: number; header: string };
};
const NO_TO_DATE: ToDateColumns = Object.freeze({});
const TO_DATE_COLUMNS = new WeakMap<IndicatorTable, ToDateColumns>();

/** A header saying its column holds the figure to date: "YTD", "YTD (cumulative)", "Year to date", "Total to date". */
const TO_DATE_HEADER =
  /^(?:ytd|year to date|ytd cumulative|cumulative ytd|ytd total|total ytd|year to date total|total to date|cumulative to date|ytd to date|ytd figure|cumulative total|cumulative|to date)$/;
/** A header saying its column holds last year's figure for the same months: "Same period last year", "LY YTD". */
const LAST_YEAR_TO_DATE_HEADER =
  /^(?:same period (?:last|previous|prior) year|same period ly|sply|ytd (?:last|previous|prior) year|(?:last|previous|prior) year ytd|ly ytd|ytd ly|(?:last|previous|prior) year to date|same time last year)$/;

/** The table's to-date columns, looked for once a table among the headers it does not recognise. */
export function toDateColumns(table: IndicatorTable): ToDateColumns {
  let found = TO_DATE_COLUMNS.get(table);
  if (found !== undefined) return found;
  found = NO_TO_DATE;
  for (const u of table.unrecognised) {
    // "Same period last year (Apr-Sep 24)": the months in brackets are read by read/same-period.ts.
    const h = withoutMonthRange(u.header);
    if (TO_DATE_HEADER.test(h) && !found.toDate) found = { ...found, toDate: { col: u.col, header: u.header } };
    else if (LAST_YEAR_TO_DATE_HEADER.test(h) && !found.lastYearToDate)
      found = { ...found, lastYearToDate: { col: u.col, header: u.header } };
  }
  TO_DATE_COLUMNS.set(table, found);
  return found;
}

/**
 * No Profile column (`profileCol` undefined): a count whose name says it is cumulative is profiled pro rata
 * (rules/cumulative.ts; helper misread, session 8), and a Check says so (findings/targets.ts). The row, changed.
 */
function withProfileFromName(read: IndicatorRow, profileCol: number | undefined): IndicatorRow {
  if (profileCol === undefined && profileFromName(read) !== null) {
    read.profile = 'cumulative';
    read.profileFromName = true;
  } else if (profileCol === undefined && read.profile === 'flat' && cumulativeRateWithoutProfile(read)) {
    read.cumulativeRate = true;
  }
  return read;
}

/**
 * Reported once a year, as its Frequency cell or (without that column) its name says: `annual` set (the
 * quarter it is due in), read/frequency.ts. The row, changed (session 8, noticed items 2 and 3).
 */
function withFrequency(read: IndicatorRow, grid: GridView, table: IndicatorTable): IndicatorRow {
  const frequencyCol = table.columns.frequency;
  const annual = parseAnnual(frequencyCol === undefined ? undefined : grid.raw(read.row, frequencyCol), read.name);
  if (annual) read.annual = annual;
  // "Quarterly": a blank quarter column is the quarter's figure missing (rules/quarter-due.ts; fresh user 15).
  else if (frequencyCol !== undefined) {
    const typed = cellText(grid.raw(read.row, frequencyCol));
    if (EVERY_QUARTER.test(typed)) read.everyQuarter = typed.trim();
  }
  // Without a Frequency column, "Annual LGBF" in its Comments on a row with no figure this year (comment-frequency.ts).
  const commentCol = annual || frequencyCol !== undefined ? null : commentColumnOf(grid, table);
  const said = commentCol === null ? null : annualFromComment(read, grid.raw(read.row, commentCol));
  if (said) read.annual = { ...said, comment: commentCol! };
  // A "Unit" column saying whether it is a percentage, for points tolerance mode (unit-column.ts).
  const unitCol = unitColumnOf(grid, table);
  const percent = unitCol === null ? null : unitSaysPercent(grid.raw(read.row, unitCol));
  if (percent !== null) read.unitSaysPercent = percent;
  // And whether its figures are a rate, never added up, or a count or money that may be (rules/percentage.ts isRate).
  const rate = unitCol === null ? null : unitSaysRate(grid.raw(read.row, unitCol));
  if (rate !== null) read.unitSaysRate = rate;
  return read;
}

/** Last year's figures are checked against the values' scale only where the table has them (noticed item 1, session 5). */
function hasLastYearColumns(band: HeaderBand, hasPreviousYear: boolean): boolean {
  if (hasPreviousYear) return true;
  for (const c of band.lastYearQuarterColumns) if (c !== null) return true;
  return false;
}

/*
 * What most rows hold alike, made once and shared, read only (issue 11: at county scale the rows read
 * are most of what a run keeps, and what a run keeps is most of its garbage collection).
 */

/** No figure of last year's (a table without last year's columns): twelve nulls. */
const NO_LAST_YEAR: (number | null)[] = Object.freeze(new Array<number | null>(12).fill(null)) as (number | null)[];

/** A blank typed % variance, or no such column. */
export const NO_TYPED_VARIANCE: IndicatorRow['typedVariance'] = Object.freeze({
  raw: null,
  value: Object.freeze([] as number[]) as number[],
});

/** Typed DOT and Trend cells by their text: a workbook has a handful (↑, ↓, ↔, blank). */
const TYPED_DIRECTIONS = new Map<string, IndicatorRow['typedDot']>();
const NO_TYPED_DIRECTION: IndicatorRow['typedDot'] = Object.freeze({ raw: null, value: null });

function typedDirection(raw: CellValue): IndicatorRow['typedDot'] {
  if (raw === null) return NO_TYPED_DIRECTION;
  if (typeof raw !== 'string') return { raw, value: parseDirection(raw) };
  let typed = TYPED_DIRECTIONS.get(raw);
  if (typed === undefined) {
    if (TYPED_DIRECTIONS.size >= 1000) TYPED_DIRECTIONS.clear();
    TYPED_DIRECTIONS.set(raw, (typed = Object.freeze({ raw, value: parseDirection(raw) })));
  }
  return typed;
}

/**
 * The columns of a row's periods: the table's month columns as they are when its rows are read, one
 * copy shared by the rows of a table (placing an "Actual" column later sets the same month in each).
 */
function periodColumnsOf(table: IndicatorTable): (number | null)[] {
  const copy = PERIOD_COLUMNS.get(table);
  if (copy && sameColumns(copy, table.monthColumns)) return copy;
  const made = [...table.monthColumns];
  PERIOD_COLUMNS.set(table, made);
  return made;
}

const PERIOD_COLUMNS = new WeakMap<IndicatorTable, (number | null)[]>();

function sameColumns(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** No period cells (a table without last year's columns). */
const NONE: readonly PeriodValue[] = Object.freeze([]);

/** A row without tolerance-mode, band or status cells: most rows (issue 11). Read only, never changed. */
const NO_RULE_CELLS: ReturnType<typeof readRuleCells> = Object.freeze({ toleranceMode: null });

/**
 * The column a row's target is read from: the table's Target column, else — where its cell on this row is
 * blank — a second Target column's cell that is not (fresh-user check 5: a "Plan 26/27" column filled on
 * the two finance rows only left 23 of 25 indicators with no target beside their "Standard"). The row
 * keeps the column it used (`IndicatorRow.targetColumn`) and a Note says which rows used which.
 */
function targetColumnOf(grid: GridView, table: IndicatorTable, r: number): number | undefined {
  const used = table.columns.target;
  if (used === undefined || table.duplicates.length === 0 || !isBlank(grid.raw(r, used))) return used;
  for (const d of table.duplicates)
    if (d.usedCol === used && d.what === FIELD_LABELS.target && !isBlank(grid.raw(r, d.col))) return d.col;
  return used;
}

/** A cell of the row, null where the table has no such column. */
function rawAt(grid: GridView, r: number, c: number | undefined): CellValue {
  return c === undefined ? null : grid.raw(r, c);
}

/** A number between 0 and 1: a fraction shown as a percent in relative mode (0.05 = 5%). */
function fraction(v: CellValue): number | undefined {
  return typeof v === 'number' && v > 0 && v < 1 ? v : undefined;
}

/** The period cells of a row, in the order of the columns given (null: no column, no figure). */
function readPeriods(grid: GridView, r: number, columns: readonly (number | null)[]): PeriodValue[] {
  const out = new Array<PeriodValue>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    out[i] = c === null ? NO_FIGURE : readPeriod(grid, r, c);
  }
  return out;
}

/** The issue-7 cells of a row: tolerance mode, two-sided bands, the typed status; only those the table has. */
function readRuleCells(
  modeRaw: CellValue,
  greenRaw: CellValue,
  amberRaw: CellValue,
  statusRaw: CellValue,
): Pick<IndicatorRow, 'toleranceMode' | 'greenBand' | 'amberBand' | 'typedStatus' | 'ruleProblems'> & {
  toleranceMode: IndicatorRow['toleranceMode'];
} {
  // Most tables have none of these cells: nothing to read (issue 11).
  if (statusRaw === null && isBlank(modeRaw) && isBlank(greenRaw) && isBlank(amberRaw)) return NO_RULE_CELLS;
  const problems: NonNullable<IndicatorRow['ruleProblems']> = [];
  const read = <T>(
    raw: CellValue,
    parse: (v: CellValue) => T | null,
    field: 'greenBand' | 'amberBand' | 'toleranceMode',
  ): T | null => {
    if (isBlank(raw)) return null;
    const v = parse(raw);
    if (v === null) problems.push({ field, text: cellText(raw) });
    return v;
  };
  const out: ReturnType<typeof readRuleCells> = { toleranceMode: read(modeRaw, parseToleranceMode, 'toleranceMode') };
  const green = read(greenRaw, parseBand, 'greenBand');
  const amber = read(amberRaw, parseBand, 'amberBand');
  if (green !== null) out.greenBand = green;
  if (amber !== null) out.amberBand = amber;
  if (statusRaw !== null) out.typedStatus = { raw: statusRaw, value: parseTypedStatus(statusRaw) };
  if (problems.length) out.ruleProblems = problems;
  return out;
}

/** A period cell; a blank cell inside a merged note (e.g. across a quarter) carries the note. */
function readPeriod(grid: GridView, r: number, c: number): PeriodValue {
  const raw = grid.raw(r, c);
  if (isBlank(raw) && grid.mergeOf(r, c)) {
    const shown = readPeriodValue(grid.shown(r, c));
    return shown.kind === 'note' ? shown : NO_FIGURE;
  }
  return readPeriodValue(raw);
}

/** Whether any figure of the row was typed in thousands, millions or billions ("£1.4m"). */
function anyMultiplied(periods: readonly PeriodValue[]): boolean {
  for (let m = 0; m < periods.length; m++) {
    const p = periods[m];
    if (p.kind === 'number' && p.multiplier !== undefined) return true;
  }
  return false;
}

/**
 * Figures typed in millions or thousands ("£1.4m") beside plain figures of the same row a hundred or
 * more times smaller (a target of 1.5 in a "£m" column): read in full, the plain ones would be scored
 * as a millionth of what is meant. Null when the row does not mix the two, or they agree (£1.4m
 * against 1,500,000).
 */
function multiplierMix(
  grid: GridView,
  r: number,
  columns: readonly (number | null)[],
  periods: PeriodValue[],
  target: { value: number | null; multiplier?: number },
  targetRaw: CellValue,
): IndicatorRow['multiplierMix'] | null {
  // Nothing typed in millions or thousands (most rows): no mix, and no text made of each figure (issue 11).
  if (target.multiplier === undefined && !anyMultiplied(periods)) return null;
  let typed: string | null = null;
  let typedSize = 0;
  let plain: { text: string; where: string; size: number } | null = null;
  const see = (value: number, isTyped: boolean, text: string, where: string) => {
    if (value === 0) return;
    if (isTyped) {
      if (typed === null) typed = text;
      typedSize = Math.max(typedSize, Math.abs(value));
    } else if (plain === null || Math.abs(value) < plain.size) plain = { text, where, size: Math.abs(value) };
  };
  for (let m = 0; m < periods.length; m++) {
    const p = periods[m];
    if (p.kind === 'number') see(p.value, p.multiplier !== undefined, grid.text(r, columns[m]!), monthName(m + 1));
  }
  if (typed === null && target.multiplier === undefined) return null;
  if (target.value !== null) see(target.value, target.multiplier !== undefined, cellText(targetRaw), 'the target');
  if (typed === null || plain === null) return null;
  const p = plain as { text: string; where: string; size: number };
  return typedSize / p.size >= 100 ? { typed, plain: p.text, plainWhere: p.where } : null;
}

/**
 * Whether the row's "Upper" … "Lower" quartile words rank performance, not figures: Data Cymru's (a column
 * naming Wales, a PAM row; read/wales-quartiles.ts), so read whatever the polarity.
 */
function performanceQuartiles(
  grid: GridView,
  table: IndicatorTable,
  r: number,
  col: IndicatorTable['columns'],
): boolean {
  if (col.quartile === undefined) return false;
  if (walesQuartileHeader(grid.raw(table.headerRow, col.quartile))) return true;
  return col.ref !== undefined && pamRef(cellText(grid.shown(r, col.ref)));
}
