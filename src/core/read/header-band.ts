/**
 * A table's header: the header row, and under it an optional month row (the report's quarter-label row
 * over month row). Says what each column means.
 */
import { laterIsThePeriodsFigure } from './same-period-figures';
import { datedQuartersAreLastYears, lastYearsLoneQuarters } from './last-year-quarter';
import type { ColumnRole, Field, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import { findFinancialYear, MONTH_NAMES, parsePeriodHeader, quarterEndMonth, yearFromShortLabel } from '../periods';
import { dateText } from './number-formats';
import { mappedOutOfOrder, schoolTermColumns, startsInAutumn, turnOfForwardMonths } from './school-terms';

function yearOfShortLabel(text: string): number | null {
  const y = yearFromShortLabel(text);
  return y ? Number(y.slice(0, 4)) : null;
}
import type { GridView } from './grid';
import { cellsUnder, rankColumn } from './rank-columns';
import {
  describeRole,
  looseHeader,
  recogniseAnnualBudgetHeader,
  recogniseFallbackHeader,
  recogniseHeader,
  withoutHeaderUnit,
} from './headers';
import { isBlank, normaliseText, parseDirection, parsePolarity, parseQuartile, readNumber } from './values';
import type { HeaderReader } from './mapping';
import { someRowOfTable } from './column-cells';
import { pairsUnderLabelsAbove } from './labels-above-pairs';
import { trajectoryBesideTarget } from './trajectory-column';
import { rollingYearsBesideMonths } from './rolling-year';
import { toDateSpansBesideTheirPeriods } from './to-date-span';
import { rollingQuartersBesideMonths } from './rolling-quarter';

export interface HeaderBand {
  headerRow: number;
  subHeaderRow: number | null;
  roles: Map<number, ColumnRole>;
  columns: Partial<Record<Field, number>>;
  monthColumns: (number | null)[];
  cadence: IndicatorTable['cadence'];
  lastYearQuarterColumns: (number | null)[];
  /**
   * Last financial year's period columns, when the headers carry years ("Q4 2022/23 | Q1 2023/24"):
   * index 0 = April, a quarter or a year standing for its last month.
   */
  previousYearColumns: (number | null)[];
  /** The financial year of the period columns (by its first calendar year), when their headers say. */
  periodYear: number | null;
  /** Last year's target column ("Target 2022/23" beside "Target 2023/24"), for last year's figures. */
  previousYearTargetColumn: number | null;
  /** A value column with no period ("Actual", "Result"): the quarter scored. */
  currentColumn: number | null;
  /**
   * Beside it, the quarter before ("Previous quarter", "Last qtr"; helper layouts): the figure DOT compares
   * with, where it was left unread and every indicator's DOT was "first". Absent without a currentColumn.
   */
  previousCurrentColumn?: number;
  /**
   * A target column for one quarter ("Q2 Target", "Target Q2", "Q2 2024/25 Target") of the year scored,
   * by quarter (index 0 = Q1): the target of that quarter's figure, in place of the annual target.
   */
  quarterTargetColumns: (number | null)[] | null;
  /**
   * A target column for one month ("Sep Target", "Apr-25 Plan", "Target Sep", or "Plan" under a month label
   * over a "Plan | Actual" pair) of the year scored, by month (index 0 = April): that month's target.
   */
  monthTargetColumns: (number | null)[] | null;
  /** A column headed "Direction" holding only Up / Down (or ↑ ↓) in a table with no polarity column: polarity or DOT? */
  ambiguousDirection: number | null;
  /** Months or quarters without years in calendar order, passing from March into April (helper multiyear). */
  calendarOrder: CalendarOrder | null;
  /** Month columns mapped out of time order, each '"header" (Mon)', left to right (school-terms.ts mappedOutOfOrder). */
  monthsOutOfOrder?: string[];
  /** School terms read as the months they end in ("Aut 1" → Oct; read/school-terms.ts, fresh user 16). */
  schoolTerms?: { col: number; header: string; name: string; month: MonthNumber }[];
  /** Quarters numbered under a calendar year ("2025" over Q1 … Q4): which months they are is unknown (refused). */
  calendarQuarters: { label: string; headers: string[] } | null;
  /** The same periods repeated under labels in the row above that name no year or figure ("Bolton", "Bury"): one set per district (refused). */
  periodsUnderPlaces: { row: number; labels: string[] } | null;
  /** Two or more dates in one month heading period columns (weeks, days): which is the month's figure? (refused) */
  datesInOneMonth: { month: string; dates: string[] } | null;
  /** Period headers whose year is out of sequence with their neighbours. */
  outOfSequence: { col: number; header: string; readAs: string }[];
  unrecognised: { col: number; header: string; notes?: true }[];
  duplicates: IndicatorTable['duplicates'];
  /**
   * Quarter columns of the year scored beside its months ("Apr | May | Jun | Q1 | Jul …"), by quarter
   * (index 0 = Q1): each quarter's own figure, not a month's (helper wording). Absent when there are none.
   */
  quarterColumns?: (number | null)[];
}

/** Twelve months' slots, none taken: a literal (Array(12).fill(null) costs ten times as much: issue 11). */
function noMonths(): (number | null)[] {
  return [null, null, null, null, null, null, null, null, null, null, null, null];
}

/**
 * The roles' entries whose role `keep` keeps, left to right: one loop over the roles, without a list of
 * every entry made first (issue 11).
 */
function entriesWhere(roles: Map<number, ColumnRole>, keep: (r: ColumnRole) => boolean): [number, ColumnRole][] {
  const out: [number, ColumnRole][] = [];
  roles.forEach((r, c) => {
    if (keep(r)) out.push([c, r]);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

function isMonthOrQuarter(r: ColumnRole): boolean {
  return r.kind === 'month' || r.kind === 'quarter';
}

function rolesOfRow(grid: GridView, row: number, reader: HeaderReader): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  for (const col of grid.filledColumns(row)) {
    const role = reader.roleOf(grid.raw(row, col));
    if (role) roles.set(col, role);
  }
  return roles;
}

function hasNameRole(roles: Map<number, ColumnRole>): boolean {
  for (const r of roles.values()) if (r.kind === 'field' && r.field === 'name') return true;
  return false;
}

function countKind(roles: Map<number, ColumnRole>, kind: ColumnRole['kind']): number {
  let n = 0;
  for (const r of roles.values()) if (r.kind === kind) n++;
  return n;
}

/**
 * The one field header ("Target") in the row of periods under financial-year labels ("2025/26" merged
 * over "Target | Q1 | Q2 | Q3"), where the header row has none in its column: read as in the header row
 * (helper layouts: the Target was dropped and every indicator counted under No target). A target under
 * an older year's label ("2024/25" beside "2025/26") is last year's and is not read.
 */
function fieldUnderYearLabel(
  below: Map<number, ColumnRole>,
  roles: Map<number, ColumnRole>,
  labelYear: (col: number) => number | undefined,
  yearLabels: [number, ColumnRole][],
): void {
  const latest = Math.max(...yearLabels.map(([, r]) => (r.kind === 'year' ? r.year : -Infinity)));
  for (const [col, role] of below) {
    if (role.kind !== 'field' || (roles.has(col) && roles.get(col)!.kind !== 'year')) continue;
    const year = labelYear(col);
    if (role.field === 'target' && year !== undefined && year !== latest) continue;
    roles.set(col, role);
  }
}

/**
 * Reads the header band starting at `row`, or returns null when the row is not a table header:
 * a header holds an indicator-name column and at least one period or target column.
 */
export function readHeaderBand(grid: GridView, row: number, reader: HeaderReader, force = false): HeaderBand | null {
  const main = rolesOfRow(grid, row, reader);
  // A header names its indicator column in the row itself: nothing below or beside can add one, so a
  // row without one is no header, and the row under it need not be read (issue 11).
  if (!force && !hasNameRole(main)) return null;
  const below = row + 1 < grid.rowCount ? rolesOfRow(grid, row + 1, reader) : new Map<number, ColumnRole>();
  const roles = new Map(main);
  let subHeaderRow: number | null = null;
  // A month row under the header: the months replace the quarter labels (or blanks) above them. A row
  // with an indicator's name under the name header is the first indicator, however date-like its figures.
  // Loops over the roles, not lists made of them (issue 11: a list of a map's entries costs as much as the map).
  let nameAbove: number | undefined;
  for (const [c, r] of main)
    if (r.kind === 'field' && r.field === 'name') {
      nameAbove = c;
      break;
    }
  const namesIndicator = nameAbove !== undefined && grid.text(row + 1, nameAbove) !== '' && !below.has(nameAbove);
  // Financial years over months or quarters in the row under them ("2024/25" over Q1 … Q4, "2025/26"
  // over Q1 … Q3): each period takes the year of the label over it or to its left (helper multiyear).
  const yearLabels: [number, ColumnRole][] = [];
  for (const entry of main) if (entry[1].kind === 'year') yearLabels.push(entry);
  if (yearLabels.length > 1) yearLabels.sort((a, b) => a[0] - b[0]);
  const labelYear = (col: number): number | undefined => {
    let year: number | undefined;
    for (const [c, r] of yearLabels) if (c <= col && r.kind === 'year') year = r.year;
    return year;
  };
  // One field under them, or a Target under each year's label ("2024/25" over "Target | Q1 … Q4",
  // "2025/26" over "Target | Q1 | Q2"; helper layouts: refused as a header with no indicator rows).
  const fieldsUnder: [number, ColumnRole][] = [];
  below.forEach((r, c) => {
    if (r.kind === 'field') fieldsUnder.push([c, r]);
  });
  const fewFields =
    fieldsUnder.length <= 1 ||
    (fieldsUnder.every(([, r]) => r.kind === 'field' && r.field === 'target') &&
      new Set(fieldsUnder.map(([c]) => labelYear(c))).size === fieldsUnder.length &&
      fieldsUnder.every(([c]) => labelYear(c) !== undefined));
  // A header of two rows: the name header merged down over the row under it, which holds the months and
  // the other headers ("Indicator" and "Standard" merged over rows 4–5, "Ref … Apr-26 … DOT" in row 5).
  // Read as one header; it was read as row 4 alone, every indicator a data gap (fresh-user check 5).
  const twoRows =
    nameAbove !== undefined &&
    grid.mergeOf(row + 1, nameAbove)?.top === row &&
    countKind(below, 'month') + countKind(below, 'quarter') >= 2;
  if (twoRows) {
    subHeaderRow = row + 1;
    for (const [col, role] of below) {
      const above = roles.get(col);
      if (above && above.kind !== 'year' && above.kind !== 'quarter') continue;
      const year = labelYear(col);
      roles.set(
        col,
        (role.kind === 'month' || role.kind === 'quarter') && year !== undefined && role.year === undefined
          ? { ...role, year }
          : role,
      );
    }
  }
  const underYears =
    !twoRows &&
    yearLabels.length > 0 &&
    countKind(below, 'quarter') >= 2 &&
    countKind(below, 'month') === 0 &&
    fewFields &&
    !namesIndicator;
  if (underYears) {
    subHeaderRow = row + 1;
    for (const [col] of yearLabels) roles.delete(col);
    for (const [col, role] of below) {
      const year = labelYear(col);
      if (role.kind === 'quarter' && !roles.has(col))
        roles.set(col, role.year === undefined && year !== undefined ? { ...role, year } : role);
    }
    fieldUnderYearLabel(below, roles, labelYear, yearLabels);
  }
  // "Plan" (or "Target") over a run of the months below, "Actual" over the same months again: the plan's
  // are each month's target, the actual's the figures (session 10, helper layouts3: the plan's months were
  // scored as the figures, against the first plan month as the target).
  let targetRun: [number, ColumnRole][] = [];
  if (!twoRows && !underYears && countKind(below, 'month') >= 2 && fewFields && !namesIndicator) {
    subHeaderRow = row + 1;
    if (!reader.mapped) targetRun = periodsUnderTargetLabel(grid, row, below);
    for (const [col, role] of below) {
      const above = roles.get(col);
      const year = labelYear(col);
      if (role.kind === 'month' && year !== undefined && role.year === undefined && (!above || above.kind === 'year'))
        roles.set(col, { ...role, year });
      else if (role.kind === 'month' && (!above || above.kind === 'quarter' || targetRun.length > 0))
        roles.set(col, role);
    }
    if (yearLabels.length > 0) fieldUnderYearLabel(below, roles, labelYear, yearLabels);
  }
  // Quarter labels over "Target | Actual" pairs: the Actual is the quarter's figure, the Target its target.
  let groupTargets: (number | null)[] | null = null;
  let groupMonthTargets: (number | null)[] | null = null;
  const pairColumns = new Set<number>();
  if (subHeaderRow === null && !namesIndicator) {
    const pairs = pairsUnderQuarters(grid, row, main, below);
    if (pairs) {
      subHeaderRow = row + 1;
      for (const [labelCol] of pairs.labels) if (!pairs.actuals.has(labelCol)) roles.delete(labelCol);
      for (const [col, quarter] of pairs.actuals) roles.set(col, quarter);
      if (pairs.targets.some((c) => c !== null)) groupTargets = pairs.targets;
      if (pairs.monthTargets.some((c) => c !== null)) groupMonthTargets = pairs.monthTargets;
    }
  }
  // The same pairs with their quarter labels in the row above the header (labels-above-pairs.ts).
  if (subHeaderRow === null && groupTargets === null && !reader.mapped) {
    const above = pairsUnderLabelsAbove(
      grid,
      row,
      main,
      row > 0 ? rolesOfRow(grid, row - 1, reader) : new Map(),
      (r, l, p) => pairsUnderQuarters(grid, r, l, p),
    );
    if (above) {
      for (const col of above.underLabels) {
        roles.delete(col);
        pairColumns.add(col);
      }
      for (const [col, period] of above.pairs.actuals) roles.set(col, period);
      if (above.pairs.targets.some((c) => c !== null)) groupTargets = above.pairs.targets;
      if (above.pairs.monthTargets.some((c) => c !== null)) groupMonthTargets = above.pairs.monthTargets;
    }
  }
  // The first column of a field, in the order the roles were found (no copy of the roles made: issue 11).
  const fieldCol = (f: Field): number | undefined => {
    let found: number | undefined;
    roles.forEach((r, col) => {
      if (found === undefined && r.kind === 'field' && r.field === f) found = col;
    });
    return found;
  };
  // "Direction" over Higher / Lower / Minimise: the polarity, not a typed direction of travel.
  const direction = fieldCol('dot');
  let ambiguousDirection: number | null = null;
  if (direction !== undefined && fieldCol('polarity') === undefined) {
    const holds = directionHolds(grid, row, direction, reader);
    if (holds === 'polarity') roles.set(direction, { kind: 'field', field: 'polarity' });
    if (holds === 'either' && !reader.mapped) ambiguousDirection = direction;
  }
  // "Trajectory" is the target only where no other column is (issue 7).
  if (fieldCol('target') === undefined) {
    const trajectory = grid
      .filledColumns(row)
      .find((c) => !roles.has(c) && recogniseFallbackHeader(grid.raw(row, c)) !== null);
    // Else "Annual budget" (recogniseAnnualBudgetHeader).
    const budget =
      trajectory ?? grid.filledColumns(row).find((c) => !roles.has(c) && recogniseAnnualBudgetHeader(grid.raw(row, c)));
    if (budget !== undefined) roles.set(budget, { kind: 'field', field: 'target' });
  } else trajectoryBesideTarget(grid, row, subHeaderRow, roles, fieldCol('target')!, reader);
  // "Benchmark (CIPFA nearest neighbours)" holding "Top quartile", "2nd quartile": the quartile (helper layouts).
  if (fieldCol('quartile') === undefined && !reader.mapped) {
    const benchmark = grid
      .filledColumns(row)
      .find(
        (c) =>
          !roles.has(c) &&
          BENCHMARK_HEADER.test(grid.text(row, c)) &&
          holdsQuartileWords(grid, subHeaderRow ?? row, c, reader),
      );
    if (benchmark !== undefined) roles.set(benchmark, { kind: 'field', field: 'quartile' });
  }
  // "Rank (of 32)", "LGBF rank": a rank among N, read as its quartile where no column holds one (rank-columns.ts).
  // Read in a mapped table too, unless the mapping names the column: the header says what it is, and mapping
  // a sheet's other columns took the quartiles away (the task pane's mapping panel then asked about it).
  if (fieldCol('quartile') === undefined) {
    const rank = rankColumn(
      grid
        .filledColumns(row)
        .filter((c) => !roles.has(c))
        .map((c) => ({ col: c, text: grid.raw(row, c) })),
      (c) => cellsUnder(grid, subHeaderRow ?? row, c),
    );
    if (rank) roles.set(rank.col, { kind: 'field', field: 'quartile' });
  }
  // "Aut 1 | Aut 2 | … | Sum 2": half terms, each read as the month it ends in (read/school-terms.ts; fresh user 16).
  const terms =
    countKind(roles, 'month') + countKind(roles, 'quarter') === 0
      ? schoolTermColumns(
          grid
            .filledColumns(row)
            .filter((c) => !roles.has(c))
            .map((c) => [c, grid.text(row, c)]),
        )
      : null;
  if (terms) for (const t of terms) roles.set(t.col, { kind: 'month', month: t.term.month });
  rollingMonthsBesideQuarters(grid, row, subHeaderRow, roles);
  // "Rolling 12 months to Sep-25" beside Apr-25 … Sep-25: its own figure, not a second September (rolling-year.ts).
  rollingYearsBesideMonths(grid, row, subHeaderRow, roles);
  // "Apr-Sep 25" beside "Jul-Sep 25" or Apr … Sep: a total to date beside them, no period (to-date-span.ts).
  toDateSpansBesideTheirPeriods(grid, row, subHeaderRow, roles);
  // "Q2 rolling" beside Apr … Sep: a rolling year, no quarter's own figure there (rolling-quarter.ts).
  rollingQuartersBesideMonths(grid, row, subHeaderRow, roles);
  const hasName = fieldCol('name') !== undefined;
  const hasMonths = countKind(roles, 'month') > 0;
  const hasQuarters = countKind(roles, 'quarter') > 0;
  const hasYears = countKind(roles, 'year') > 0;
  const hasCurrent = countKind(roles, 'current') > 0;
  const hasTarget = fieldCol('target') !== undefined;
  if (!force && !(hasName && (hasMonths || hasQuarters || hasYears || hasCurrent || hasTarget))) return null;
  // A financial year alone is a value column only in a table of annual figures; "Actual" alone only
  // where no column names its period.
  // (A map's own entry deleted while it is walked: the walk goes on with the next, as over a copy.)
  for (const [col, role] of roles) {
    if (role.kind === 'year' && (hasMonths || hasQuarters)) roles.delete(col);
    if (role.kind === 'current' && (hasMonths || hasQuarters || hasYears)) roles.delete(col);
  }
  // Years over the period columns in the row above; then months or quarters in calendar order (helper multiyear).
  const calendarQuarters = yearsFromLabelsAbove(grid, row, roles);
  const periodsUnderPlaces = reader.mapped ? null : placesOverRepeatedPeriods(grid, row, roles);
  const datesInOneMonth = reader.mapped ? null : datesWithinAMonth(grid, row, subHeaderRow, roles);
  // "Target" (or "Plan") over a second run of the periods, beside "Actual" over the first: each period's target.
  if (targetRun.length === 0 && !reader.mapped) targetRun = periodsUnderTargetLabel(grid, row - 1, roles);
  for (const [col] of targetRun) roles.delete(col);
  const calendar = calendarOrder(grid, row, subHeaderRow, roles, reader, reader.mapped || terms !== null);
  // Months mapped out of time order: read April to March, and said (read/school-terms.ts; fresh user 16).
  const mappedMonths =
    reader.mapped && calendar === null ? entriesWhere(roles, (r) => r.kind === 'month' && r.year === undefined) : [];
  const monthsOutOfOrder = mappedOutOfOrder(mappedMonths.map(([, r]) => (r.kind === 'month' ? r.month : 0)))
    ? mappedMonths.map(([c, r]) => `"${grid.text(row, c)}" (${MONTH_NAMES[(r.kind === 'month' ? r.month : 1) - 1]})`)
    : null;
  if (calendar?.scored === 'earlier') for (const c of calendar.later) roles.set(c, { kind: 'ignore' });
  const lastYearCols = new Set(calendar?.scored === 'later' ? calendar.earlier : []);
  const outOfSequence = putInSequence(grid, row, roles);
  // The latest year a period header names (a loop over the roles, no lists made: issue 11).
  let latest: number | null = null;
  for (const r of roles.values())
    if ((r.kind === 'month' || r.kind === 'quarter' || r.kind === 'year') && r.year !== undefined)
      latest = latest === null ? r.year : Math.max(latest, r.year);
  // A period headed with its year beside the same period without one ("Q3 24/25 | Q1 | Q2 | Q3 | Q4"): the
  // two cannot both be Q3 2024/25, so those without a year are the next year's, and "Q3 24/25" the same
  // quarter last year. Read as 2024/25 they scored last year's Q3 as this year's, under a title saying
  // 2025/26, with only a "second Q3 column" Check (session 8 fresh-user check).
  // "Q2 2024/25" beside undated months Apr … Sep: last year's same quarter (read/last-year-quarter.ts; fresh user 10).
  const periodYear =
    latest !== null && (sameSlotWithoutYear(roles, latest) || datedQuartersAreLastYears(roles, latest))
      ? latest + 1
      : latest;
  // "2024/25 Outturn" beside 2024/25's periods is this year's outturn, not last year's (helper hunt3):
  // not read, so the partly-recognised Note names it.
  if (periodYear !== null)
    for (const [col, role] of roles)
      if (role.kind === 'field' && role.field === 'outturn') {
        const text = grid.text(row, col);
        if ((findFinancialYear(text)?.year ?? yearOfShortLabel(text)) === periodYear) roles.delete(col);
      }

  samePeriodLastYear(grid, row, subHeaderRow, roles, periodYear, lastYearCols, reader);
  // "Ch2 / Q2" under a "2024/25" band beside 2025/26's quarters: the same quarter last year (last-year-quarter.ts).
  if (periodYear !== null) lastYearsLoneQuarters(roles, periodYear);
  // The roles left to right, sorted once: nothing below changes them (issue 11).
  const ordered = [...roles].sort((a, b) => a[0] - b[0]);
  const columns: Partial<Record<Field, number>> = {};
  for (const [col, role] of ordered) {
    if (role.kind === 'field' && columns[role.field] === undefined) columns[role.field] = col;
    // A hidden column is not preferred over a shown one of the same meaning: an old "Target" hidden beside this
    // year's was the target (session 12, helper layouts5; as outturns, fresh-user check 3).
    else if (role.kind === 'field' && grid.isHiddenColumn(columns[role.field]!) && !grid.isHiddenColumn(col))
      columns[role.field] = col;
  }
  // Targets of several years ("Target 2022/23 | Target 2023/24"): the one of the year scored, and last
  // year's for last year's figures (issue 7).
  let previousYearTargetColumn: number | null = null;
  if (periodYear !== null) {
    const targets = [...roles]
      .filter(([, r]) => r.kind === 'field' && r.field === 'target')
      .map(([c]) => c)
      .sort((a, b) => a - b);
    const yearOf = (c: number) => findFinancialYear(grid.text(row, c))?.year ?? yearOfShortLabel(grid.text(row, c));
    const ofYear = targets.find((c) => yearOf(c) === periodYear);
    if (ofYear !== undefined) columns.target = ofYear;
    // Outturns of several years ("2023/24 Outturn | 2024/25 Outturn"): last year's is the one before the
    // year scored, not the first (helper multiyear).
    const outturns = [...roles].filter(([, r]) => r.kind === 'field' && r.field === 'outturn').map(([c]) => c);
    const lastYears = outturns.sort((a, b) => a - b).find((c) => yearOf(c) === periodYear - 1);
    if (outturns.length > 1 && lastYears !== undefined) columns.outturn = lastYears;
    previousYearTargetColumn = targets.find((c) => yearOf(c) === periodYear - 1 && c !== columns.target) ?? null;
  } else {
    // Outturns of several years and no year in the period headers ("2023/24 Outturn | 2024/25 Outturn |
    // Target | Apr …"): the latest is last year's, and a shown one before a hidden one. The first was
    // taken, a hidden 2023/24 column, and the table read as 2024/25's (session 9, fresh-user check 3).
    const latestOutturn = latestOutturnColumn(grid, row, ordered);
    if (latestOutturn !== null) columns.outturn = latestOutturn;
  }
  const monthColumns = noMonths();
  const previousYearColumns = noMonths();
  const lastYearQuarterColumns: (number | null)[] = [null, null, null, null];
  const cadence: HeaderBand['cadence'] = hasMonths
    ? 'monthly'
    : hasQuarters
      ? 'quarterly'
      : hasYears
        ? 'annual'
        : 'quarterly';
  let currentColumn: number | null = null;
  let quarterColumns: (number | null)[] | undefined;
  // A column before the turn into April in a calendar-ordered header is last year's (calendarOrder).
  const slotOf = (col: number, role: ColumnRole) => {
    const slot = periodSlot(role, cadence, periodYear);
    return slot && lastYearCols.has(col) ? { year: 'previous' as const, month: slot.month } : slot;
  };
  for (const [col, role] of ordered) {
    const slot = slotOf(col, role);
    if (slot) {
      const columns = slot.year === 'this' ? monthColumns : previousYearColumns;
      const first = columns[slot.month - 1];
      if (first === null) columns[slot.month - 1] = col;
      // "Q2 Actual (number) | Q2 Actual (%)", "Q2 YTD | Q2": the later is the period's figure (same-period-figures.ts).
      else if (!reader.mapped && laterIsThePeriodsFigure(grid.text(row, first), grid.text(row, col)))
        columns[slot.month - 1] = col;
    }
    if (role.kind === 'lastYearQuarter') lastYearQuarterColumns[(role.quarter as QuarterNumber) - 1] = col;
    // A quarter beside months of its year: the quarter's own figure (its total or average), read apart.
    if (
      cadence === 'monthly' &&
      role.kind === 'quarter' &&
      (role.year === undefined || periodYear === null || role.year === periodYear) &&
      !lastYearCols.has(col)
    ) {
      quarterColumns ??= [null, null, null, null];
      quarterColumns[role.quarter - 1] ??= col;
    }
    if (role.kind === 'current' && currentColumn === null) currentColumn = col;
  }
  const unrecognised: { col: number; header: string; notes?: true }[] = [];
  let quarterTargetColumns: (number | null)[] | null = groupTargets;
  let monthTargetColumns: (number | null)[] | null = groupMonthTargets;
  let previousCurrentColumn: number | undefined;
  for (const [col, role] of targetRun) {
    if (role.kind === 'quarter' && (role.year === undefined || role.year === periodYear)) {
      quarterTargetColumns ??= [null, null, null, null];
      quarterTargetColumns[role.quarter - 1] ??= col;
    } else if (role.kind === 'month' && (role.year === undefined || role.year === periodYear)) {
      monthTargetColumns ??= Array<number | null>(12).fill(null);
      monthTargetColumns[role.month - 1] ??= col;
    }
  }
  for (const col of grid.filledColumns(row)) {
    if (targetRun.some(([c]) => c === col)) continue;
    if (roles.has(col) || pairColumns.has(col)) continue;
    const header = grid.text(row, col);
    // "Sep Target", "Apr-25 Plan", "Q2 Plan": a month's (or a quarter's) own target.
    const periodTarget = quarterTargetOf(header) === null ? periodTargetOf(header) : null;
    if (periodTarget !== null && (periodTarget.year === undefined || periodTarget.year === periodYear)) {
      if (periodTarget.kind === 'month') {
        monthTargetColumns ??= Array<number | null>(12).fill(null);
        if (monthTargetColumns[periodTarget.month - 1] === null) {
          monthTargetColumns[periodTarget.month - 1] = col;
          continue;
        }
      } else if (periodTarget.kind === 'quarter') {
        quarterTargetColumns ??= [null, null, null, null];
        if (quarterTargetColumns[periodTarget.quarter - 1] === null) {
          quarterTargetColumns[periodTarget.quarter - 1] = col;
          continue;
        }
      }
    }
    const quarterTarget = quarterTargetOf(header);
    if (quarterTarget !== null && (quarterTarget.year === null || quarterTarget.year === periodYear)) {
      quarterTargetColumns ??= [null, null, null, null];
      if (quarterTargetColumns[quarterTarget.quarter - 1] === null) {
        quarterTargetColumns[quarterTarget.quarter - 1] = col;
        continue;
      }
    }
    if (currentColumn !== null && previousCurrentColumn === undefined && PREVIOUS_QUARTER.test(looseHeader(header))) {
      previousCurrentColumn = col;
      continue;
    }
    const isGroupLabel =
      subHeaderRow !== null && (main.get(col)?.kind === 'quarter' || main.get(col)?.kind === 'month');
    // A column the mapping says holds the notes is read as a Notes column (mapping.ts `notes`; fresh user 13).
    if (!isGroupLabel)
      unrecognised.push(reader.notes?.(grid.raw(row, col)) ? { col, header, notes: true } : { col, header });
  }
  // A column whose meaning an earlier column already has is not read: the analyst should know.
  const headerText = (col: number) =>
    grid.text(row, col) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, col));
  const duplicates: HeaderBand['duplicates'] = [];
  for (const [col, role] of ordered) {
    const slot = slotOf(col, role);
    const used =
      role.kind === 'field'
        ? columns[role.field]
        : slot
          ? (slot.year === 'this' ? monthColumns : previousYearColumns)[slot.month - 1]
          : role.kind === 'current'
            ? currentColumn
            : undefined;
    if (used !== undefined && used !== null && used !== col && col !== previousYearTargetColumn) {
      const duplicate: HeaderBand['duplicates'][number] = {
        col,
        header: headerText(col),
        what: describeRole(role),
        usedCol: used,
        usedHeader: headerText(used),
      };
      if (grid.isHiddenColumn(col)) duplicate.hidden = true;
      if (grid.isHiddenColumn(used)) duplicate.usedHidden = true;
      duplicates.push(duplicate);
    }
  }
  return {
    headerRow: row,
    subHeaderRow,
    roles,
    columns,
    monthColumns,
    cadence,
    lastYearQuarterColumns,
    unrecognised,
    duplicates,
    previousYearColumns,
    periodYear,
    currentColumn,
    ...(previousCurrentColumn !== undefined ? { previousCurrentColumn } : {}),
    outOfSequence,
    calendarOrder: calendar,
    ...(monthsOutOfOrder ? { monthsOutOfOrder } : {}),
    ...(terms
      ? { schoolTerms: terms.map((t) => ({ col: t.col, header: t.header, name: t.term.name, month: t.term.month })) }
      : {}),
    calendarQuarters,
    periodsUnderPlaces,
    datesInOneMonth,
    previousYearTargetColumn,
    quarterTargetColumns,
    monthTargetColumns,
    ambiguousDirection,
    ...(quarterColumns ? { quarterColumns } : {}),
  };
}

/**
 * A column headed "Direction" (which names a typed direction of travel, or in some councils' tables
 * the polarity) whose cells are all polarity words, at least one of which is no direction of travel
 * ("Lower", "Minimise", "Higher is better"; not only "Up", "Down" or arrows, which could be either).
 */
function directionHolds(grid: GridView, row: number, col: number, reader: HeaderReader): 'polarity' | 'either' | 'dot' {
  const header = normaliseText(grid.raw(row, col));
  if (header !== 'direction' && header !== 'dir') return 'dot';
  let polarityOnly = 0;
  let both = 0;
  const notPolarity = someRowOfTable(grid, row, reader, (r) => {
    const v = grid.raw(r, col);
    if (isBlank(v)) return false;
    if (parsePolarity(v) === null) return true;
    if (parseDirection(v) === null) polarityOnly++;
    else both++;
    return false;
  });
  if (notPolarity) return 'dot';
  return polarityOnly > 0 ? 'polarity' : both > 0 ? 'either' : 'dot';
}

/**
 * A row of "Target" and "Actual" (or "Result", "Value" …) under quarter labels, each label over its
 * pair (merged across it, or heading its first column): which column is each quarter's figure and
 * which its target. Null unless every Target or Actual under the labels sits under one, and at least
 * one Actual does.
 */
const QUARTERS_OWN: ReadonlySet<Field> = new Set<Field>(['status', 'variance', 'dot', 'trend', 'quartile']);

function pairsUnderQuarters(
  grid: GridView,
  row: number,
  main: Map<number, ColumnRole>,
  below: Map<number, ColumnRole>,
): {
  labels: Map<number, ColumnRole>;
  actuals: Map<number, ColumnRole>;
  targets: (number | null)[];
  monthTargets: (number | null)[];
} | null {
  if (countKind(main, 'quarter') === 0 && countKind(main, 'month') === 0) return null;
  const labels = new Map<number, ColumnRole>();
  const actuals = new Map<number, ColumnRole>();
  const targets: (number | null)[] = [null, null, null, null];
  const monthTargets: (number | null)[] = Array<number | null>(12).fill(null);
  const taken = new Set<string>();
  for (const [col, role] of [...below].sort((a, b) => a[0] - b[0])) {
    const isTarget = role.kind === 'field' && role.field === 'target';
    // A quarter's own RAG, variance or direction beside its pair is the analyst's, not read (and never
    // written: the product's columns are the table's own).
    const quartersOwn = role.kind === 'field' && QUARTERS_OWN.has(role.field);
    if (role.kind !== 'current' && !isTarget) {
      if (role.kind === 'field' && (main.has(col) || quartersOwn)) continue;
      return null;
    }
    // The quarter label over the column: its own cell, else the nearest label to its left with only
    // blanks (a merged area's other cells) between.
    let label: number | null = null;
    for (let x = col; x >= 0; x--) {
      const above = main.get(x);
      if (above) {
        label = above.kind === 'quarter' || above.kind === 'month' ? x : null;
        break;
      }
      if (grid.text(row, x) !== '') break;
    }
    if (label === null) {
      if (main.has(col)) continue;
      return null;
    }
    const period = main.get(label)! as ColumnRole & { kind: 'quarter' | 'month' };
    const n = period.kind === 'quarter' ? period.quarter : period.month;
    const key = `${period.kind}${n}/${period.year ?? ''}/${isTarget ? 't' : 'a'}`;
    if (taken.has(key)) return null;
    taken.add(key);
    labels.set(label, period);
    if (isTarget) {
      // A target of last year's period is not this year's (the year scored is the latest in the headers).
      const latest = Math.max(...[...main.values()].map((r) => ('year' in r && r.year !== undefined ? r.year : -1)));
      if (period.year === undefined || period.year === latest) {
        if (period.kind === 'quarter') targets[period.quarter - 1] = col;
        else monthTargets[period.month - 1] = col;
      }
    } else actuals.set(col, period);
  }
  return actuals.size > 0 ? { labels, actuals, targets, monthTargets } : null;
}

/**
 * "Q2 Target", "Qtr 2 target", "Quarter 2 Target", "Target Q2", "Q2 2024/25 Target": a quarter's target,
 * with the financial year when the header gives one. Null for anything else. (Never a value column:
 * recogniseHeader gives "Q3 Target" no role.)
 */
export function quarterTargetOf(header: string): { quarter: QuarterNumber; year: number | null } | null {
  const t = withoutHeaderUnit(header.toLowerCase().replace(/\s+/g, ' ').trim());
  const m =
    /^(?:q|qtr|quarter) ?([1-4])(?: (?:fy ?)?(\d{2,4} ?[/-] ?\d{2,4}))? target$/.exec(t) ??
    /^target (?:q|qtr|quarter) ?([1-4])(?: (?:fy ?)?(\d{2,4} ?[/-] ?\d{2,4}))?$/.exec(t);
  if (!m) return null;
  const year = m[2] ? (findFinancialYear(m[2])?.year ?? null) : null;
  if (m[2] && year === null) return null;
  return { quarter: Number(m[1]) as QuarterNumber, year };
}

/**
 * "Sep Target", "Target Sep", "Apr-25 Plan", "Sep-25 Trajectory", "Q2 Plan": the target of one month (or
 * quarter), with its financial year when the header gives one. Null for anything else, and for a header
 * that is a period alone.
 */
export function periodTargetOf(
  header: string,
): { kind: 'month'; month: number; year?: number } | { kind: 'quarter'; quarter: QuarterNumber; year?: number } | null {
  const t = withoutHeaderUnit(header.toLowerCase().replace(/\s+/g, ' ').trim()).replace(/ %$/, '');
  // A period's profile is its target too: "Q2 profile", "Q2 target (profile)", "Profiled target Q2" (fresh user 15).
  const m =
    /^(.+?)[\s:–-]+(?:target|plan|trajectory|profile|profiled? target|target \(profiled?\))$/.exec(t) ??
    /^(?:target|plan|trajectory|profile|profiled target)[\s:–-]+(.+)$/.exec(t);
  if (!m) return null;
  // "M7 Plan", "Month 7 Target": the month numbered from April (helper layouts).
  const numbered = /^(?:m|mth|month) ?0?([1-9]|1[0-2])$/.exec(m[1].trim());
  const period = numbered
    ? { kind: 'month' as const, month: Number(numbered[1]) as MonthNumber, year: undefined }
    : parsePeriodHeader(m[1]);
  if (period?.kind === 'month')
    return { kind: 'month', month: period.month, ...(period.year !== undefined ? { year: period.year } : {}) };
  if (period?.kind === 'quarter')
    return { kind: 'quarter', quarter: period.quarter, ...(period.year !== undefined ? { year: period.year } : {}) };
  return null;
}

/**
 * Where a period column's value goes: this financial year's or last year's month (a quarter or a
 * year stands for its last month). Null for a column of an older year, or not a period of the table's
 * cadence. A period header without a year is this year's.
 */
function periodSlot(
  role: ColumnRole,
  cadence: HeaderBand['cadence'],
  periodYear: number | null,
): { year: 'this' | 'previous'; month: number } | null {
  let month: number;
  if (role.kind === 'month') month = role.month;
  else if (role.kind === 'quarter' && cadence === 'quarterly') month = quarterEndMonth(role.quarter);
  else if (role.kind === 'year' && cadence === 'annual') month = 12;
  else return null;
  const year = role.year;
  if (year === undefined || periodYear === null || year === periodYear) return { year: 'this', month };
  if (year === periodYear - 1) return { year: 'previous', month };
  return null;
}

/**
 * True when a month or quarter header without a year names the same period as one headed with year `year`
 * ("Q3" beside "Q3 24/25", "Dec" beside "Dec-24").
 */
function sameSlotWithoutYear(roles: Map<number, ColumnRole>, year: number): boolean {
  const dated = new Set<string>();
  for (const r of roles.values())
    if ((r.kind === 'month' || r.kind === 'quarter') && r.year === year)
      dated.add(r.kind === 'month' ? `m${r.month}` : `q${r.quarter}`);
  if (dated.size === 0) return false;
  for (const r of roles.values())
    if ((r.kind === 'month' || r.kind === 'quarter') && r.year === undefined)
      if (dated.has(r.kind === 'month' ? `m${r.month}` : `q${r.quarter}`)) return true;
  return false;
}

/** A period's place in time, in months: for putting headers in sequence. */
function periodIndex(role: ColumnRole): number | null {
  if (role.kind === 'month' && role.year !== undefined) return role.year * 12 + role.month - 1;
  if (role.kind === 'quarter' && role.year !== undefined) return role.year * 12 + 3 * role.quarter - 1;
  if (role.kind === 'year') return role.year * 12 + 11;
  return null;
}

/**
 * Period headers with years run in time order, left to right (or right to left), a month, a quarter or
 * a year apart (or another steady step, such as quarter-end months). Where most headers keep one such
 * sequence, a header whose year breaks it ("Apr-17 | May-17 | Jun-16 | Jul-17", or Jan-20 … Mar-20 after
 * Dec-20: headers copied from last year's sheet) is read with the year the sequence gives, and a finding
 * names it (issue 7). Where no sequence holds for most of them, the headers are read as typed.
 */
function putInSequence(grid: GridView, row: number, roles: Map<number, ColumnRole>): HeaderBand['outOfSequence'] {
  const dated = entriesWhere(roles, (r) => periodIndex(r) !== null);
  const out: HeaderBand['outOfSequence'] = [];
  if (dated.length < 3 || new Set(dated.map(([, r]) => r.kind)).size > 1) return out;
  const idx = dated.map(([, r]) => periodIndex(r)!);
  const cadenceStep = dated[0][1].kind === 'month' ? 1 : dated[0][1].kind === 'quarter' ? 3 : 12;
  const diffs = new Map<number, number>();
  for (let i = 1; i < idx.length; i++) {
    const d = Math.abs(idx[i] - idx[i - 1]);
    if (d > 0) diffs.set(d, (diffs.get(d) ?? 0) + 1);
  }
  const commonStep = [...diffs].sort((a, b) => b[1] - a[1])[0]?.[0];
  let best: { step: number; anchor: number; fits: number } | null = null;
  for (const size of new Set([cadenceStep, commonStep ?? cadenceStep])) {
    for (const step of [size, -size]) {
      const starts = new Map<number, number>();
      idx.forEach((v, i) => starts.set(v - step * i, (starts.get(v - step * i) ?? 0) + 1));
      for (const [anchor, fits] of starts) if (!best || fits > best.fits) best = { step, anchor, fits };
    }
  }
  if (!best || best.fits * 2 <= idx.length) return out;
  dated.forEach(([col, role], i) => {
    const expected = best!.anchor + best!.step * i;
    const off = expected - idx[i];
    if (off === 0 || off % 12 !== 0 || role.kind === 'ignore' || !('year' in role) || role.year === undefined) return;
    const fixed = { ...role, year: role.year + off / 12 } as ColumnRole;
    roles.set(col, fixed);
    out.push({ col, header: grid.text(row, col) || String(grid.raw(row, col) ?? ''), readAs: describeRole(fixed) });
  });
  return out;
}

/**
 * A row that looks like a header but is not quite one (at least three recognised columns, or a
 * name and some columns): worth telling the analyst about, with what was found.
 */
export function nearMissHeader(grid: GridView, row: number, reader: HeaderReader): ColumnRole[] | null {
  const roles = rolesOfRow(grid, row, reader);
  const fields = [...roles.values()].filter((r) => r.kind === 'field');
  const periods = [...roles.values()].filter(
    (r) => r.kind === 'month' || r.kind === 'quarter' || r.kind === 'year' || r.kind === 'current',
  );
  if (fields.length + Math.min(periods.length, 1) >= 3) return [...roles.values()];
  return null;
}

/**
 * Financial years labelling the period columns from the row above the header ("2024/25" over Q1 … Q4,
 * "2025/26" over Q1 … Q3, merged across them or heading the first): each label gives its year to the
 * period headers under it and to their right, up to the next label (helper multiyear). Without it last
 * year's Q4 was read as this year's, and this year's Q1 … Q3 as second columns, not read. A calendar
 * year over months ("2025" over Jan … Dec) gives Jan-25 … Dec-25 (January to March in the financial year
 * before), and over quarters named by their months ("Jan-Mar" under "2025" is Q4 2024/25). Quarters
 * numbered under a calendar year ("2025" over Q1 … Q4) are January to March or April to June, which
 * cannot be told: they are returned, and the table is refused, as "Q1 2025" is. Only where every cell of
 * that row over the period columns is such a label, and only for period headers that give no year of
 * their own. The quarters under a calendar year, or null.
 */
function yearsFromLabelsAbove(
  grid: GridView,
  row: number,
  roles: Map<number, ColumnRole>,
): { label: string; headers: string[] } | null {
  if (row === 0) return null;
  const periods = entriesWhere(roles, isMonthOrQuarter);
  if (periods.length === 0) return null;
  const first = periods[0][0];
  const labels = new Map<number, { fy: number } | { calendar: number }>();
  // An indicator's row above (the table before, with no blank row between) is no row of labels: at most
  // a title may stand left of the periods.
  const filledAbove = grid.filledColumns(row - 1);
  if (filledAbove.filter((c) => c < first).length > 1) return null;
  for (const col of filledAbove) {
    if (col < first) continue;
    const raw = grid.raw(row - 1, col);
    const text = grid.text(row - 1, col).trim();
    const role = recogniseHeader(raw);
    if (role?.kind === 'year') labels.set(col, { fy: role.year });
    else if (/^(?:19|20)\d\d$/.test(text)) labels.set(col, { calendar: Number(text) });
    else return null;
  }
  if (labels.size === 0) return null;
  let calendarQuarters: { label: string; headers: string[] } | null = null;
  for (const [col, role] of periods) {
    if (role.kind !== 'month' && role.kind !== 'quarter') continue;
    if (role.year !== undefined) continue;
    let label: { fy: number } | { calendar: number } | undefined;
    for (let x = col; x >= first && label === undefined; x--) label = labels.get(x);
    if (label === undefined) continue;
    if ('fy' in label) roles.set(col, { ...role, year: label.fy });
    else if (role.kind === 'month')
      roles.set(col, { ...role, year: role.month >= 10 ? label.calendar - 1 : label.calendar });
    else if (namesMonths(grid.text(row, col)))
      roles.set(col, { ...role, year: role.quarter === 4 ? label.calendar - 1 : label.calendar });
    else {
      calendarQuarters ??= { label: String(label.calendar), headers: [] };
      calendarQuarters.headers.push(grid.text(row, col).trim());
    }
  }
  return calendarQuarters;
}

/**
 * Dates heading the period columns, two or more in one month ("05/10/2025 | 12/10/2025 | …", a weekly
 * sitrep's weeks, or days): each was read as its month, the first of a month's columns used and the rest
 * named only as "a second Oct column" — the first week of October scored as October (session 10, helper
 * layouts3). Null where every month has one date at most.
 */
function datesWithinAMonth(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
): { month: string; dates: string[] } | null {
  const byMonth = new Map<string, number[]>();
  for (const [col, role] of roles) {
    if (role.kind !== 'month') continue;
    const raw =
      typeof grid.raw(row, col) === 'number'
        ? grid.raw(row, col)
        : subHeaderRow === null
          ? null
          : grid.raw(subHeaderRow, col);
    if (typeof raw !== 'number') continue;
    const key = `${role.month}/${role.year ?? ''}`;
    const serials = byMonth.get(key) ?? [];
    serials.push(raw);
    byMonth.set(key, serials);
  }
  for (const [key, serials] of byMonth)
    if (new Set(serials.map(Math.floor)).size >= 2) {
      const sorted = [...serials].sort((a, b) => a - b);
      return { month: MONTH_NAMES[Number(key.split('/')[0]) - 1], dates: sorted.map(dateText) };
    }
  return null;
}

/** A label over periods that names what they hold or when, not a place: "Actual", "Target", "Last year", "YTD". */
const FIGURE_LABEL =
  /\b(?:target|tgt|actual|act|plan|forecast|budget|year|yr|ytd|cumulative|month|quarter|qtr|outturn|previous|last|prior|current|performance|perf|result|trajectory|baseline|profile|value|data|rag|status|variance|change|england|national|average|benchmark|comparator)\b/i;

/**
 * The same months or quarters repeated under two or more labels in the row above that name neither a year
 * nor what the figures are ("Bolton" over Q1 | Q2, "Bury" over Q1 | Q2): a set of periods for each
 * district, organisation or area. Read, the first set was scored as the indicator's own figures and the
 * others named only as "a second Q1 column" (session 10, helper layouts3: a combined authority's
 * districts side by side). Null otherwise, where a label is a year or names a figure ("Actual" over
 * Q1 … Q4, "Target" over Q1 … Q4), or where no period repeats.
 */
function placesOverRepeatedPeriods(
  grid: GridView,
  row: number,
  roles: Map<number, ColumnRole>,
): { row: number; labels: string[] } | null {
  if (row === 0) return null;
  const periods = [...roles].filter(([, r]) => r.kind === 'month' || r.kind === 'quarter').sort((a, b) => a[0] - b[0]);
  if (periods.length < 2) return null;
  const first = periods[0][0];
  const labels = new Map<number, string>();
  for (const col of grid.filledColumns(row - 1)) {
    if (col < first) continue;
    const text = grid.text(row - 1, col).trim();
    if (recogniseHeader(grid.raw(row - 1, col)) !== null || /\d/.test(text) || FIGURE_LABEL.test(text)) return null;
    labels.set(col, text);
  }
  if (labels.size < 2) return null;
  const slotsOf = new Map<string, Set<string>>();
  let repeated = false;
  for (const [col, role] of periods) {
    let label: string | undefined;
    for (let x = col; x >= first && label === undefined; x--) label = labels.get(x);
    if (label === undefined) continue;
    if (role.kind !== 'month' && role.kind !== 'quarter') continue;
    const slot = role.kind === 'month' ? `m${role.month}/${role.year ?? ''}` : `q${role.quarter}/${role.year ?? ''}`;
    role.kind === 'month'
      ? `m${role.month}/${role.year ?? ''}`
      : `q${(role as { quarter: number }).quarter}/${role.year ?? ''}`;
    for (const [other, slots] of slotsOf) if (other !== label && slots.has(slot)) repeated = true;
    if (!slotsOf.has(label)) slotsOf.set(label, new Set());
    slotsOf.get(label)!.add(slot);
  }
  return repeated ? { row: row - 1, labels: [...slotsOf.keys()] } : null;
}

/** A label over a run of periods saying they are targets: "Target", "Targets", "Plan", "Trajectory". */
const TARGET_LABEL = /^(?:target|targets|tgt|plan|trajectory)$/i;

/**
 * The periods under a "Target" (or "Plan") label in the row above, where the same periods stand under
 * another label too ("Actual" over Q1 | Q2, "Target" over Q1 | Q2): each is its period's target. They were
 * "a second Q1 column", not read, and every indicator was No target (session 10, helper layouts3: an IPR's
 * "Plan" and "Actual" over the months). Empty where no label says target or no period repeats.
 */
function periodsUnderTargetLabel(
  grid: GridView,
  labelRow: number,
  roles: Map<number, ColumnRole>,
): [number, ColumnRole][] {
  if (labelRow < 0) return [];
  const periods = [...roles].filter(([, r]) => r.kind === 'month' || r.kind === 'quarter').sort((a, b) => a[0] - b[0]);
  if (periods.length < 2) return [];
  const first = periods[0][0];
  const labels = new Map<number, string>();
  for (const col of grid.filledColumns(labelRow)) if (col >= first) labels.set(col, grid.text(labelRow, col).trim());
  const targetLabels = [...labels.values()].filter((l) => TARGET_LABEL.test(l));
  if (labels.size < 2 || targetLabels.length !== 1) return [];
  const under: [number, ColumnRole][] = [];
  const elsewhere = new Set<string>();
  const slot = (r: ColumnRole) =>
    r.kind === 'month' ? `m${r.month}/${r.year ?? ''}` : r.kind === 'quarter' ? `q${r.quarter}/${r.year ?? ''}` : '';
  for (const [col, role] of periods) {
    let label: string | undefined;
    for (let x = col; x >= first && label === undefined; x--) label = labels.get(x);
    if (label !== undefined && TARGET_LABEL.test(label)) under.push([col, role]);
    else elsewhere.add(slot(role));
  }
  return under.length > 0 && under.every(([, r]) => elsewhere.has(slot(r))) ? under : [];
}

/** A quarter header naming its months ("Jan-Mar", "Q4 (Jan–Mar)"), which say where in a calendar year it falls. */
function namesMonths(header: string): boolean {
  return /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(header);
}

/**
 * Months (or quarters) without years laid out in calendar order, January first ("Jan | Feb | … | Dec",
 * "Jan-Mar | Apr-Jun | Jul-Sep | Oct-Dec"), or from September as a school year runs ("Sep | … | Aug"):
 * left to right they pass from March into April, so those before April are of a different financial year
 * from those after it (helper multiyear). Read as April to March, January to March came after December:
 * a calendar-year table filled to September was scored as Q4, with January's figure as March's. Where a
 * column after the turn holds a figure, the columns before it are last financial year's (for DOT across
 * the year end, and Trend); else the columns after it are next year's, empty so far, and not read.
 * Columns whose headers give their years are left to the years (putInSequence). Null where the headers
 * keep no such order.
 */
export interface CalendarOrder {
  /** The columns of the earlier financial year (before the turn into April) and of the later one. */
  earlier: number[];
  later: number[];
  /** Which side is this financial year's: the other is last year's (scored 'later') or next year's, not read. */
  scored: 'earlier' | 'later';
  /**
   * The earlier side starts with the financial year's first period (Q1 … Q4 then Q1 … Q3; Apr … Mar then
   * Apr … Dec): two financial years side by side without years, not a calendar year. The earlier is last
   * year's, always: empty later columns are this year's, not next year's.
   */
  repeats: boolean;
  /** Forwards from September … December into the next summer: an academic year (school-terms.ts; fresh user 16). */
  academic?: true;
}

function calendarOrder(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
  reader: HeaderReader,
  irregular: boolean,
): CalendarOrder | null {
  const all = entriesWhere(roles, isMonthOrQuarter);
  if (all.length < 2 || all.some(([, r]) => 'year' in r && r.year !== undefined)) return null;
  const kinds = new Set(all.map(([, r]) => r.kind));
  if (kinds.size > 1) return null;
  const ordered = all;
  const size = ordered[0][1].kind === 'month' ? 12 : 4;
  const n = ordered.map(([, r]) => (r.kind === 'month' ? r.month : r.kind === 'quarter' ? r.quarter : 0));
  // Months mapped by the analyst, or school terms, step forward by irregular amounts ("Oct | Dec | Feb | Apr
  // | May | Jul"): their written order is time order all the same (read/school-terms.ts; fresh user 16).
  const steady = all.length >= 3 ? steadyTurn(n, size) : null;
  const irregularTurn = steady === null && irregular && size === 12 ? turnOfForwardMonths(n) : -1;
  if (steady === null && irregularTurn <= 0) return null;
  const [turn, forwards] = steady ?? [irregularTurn, true];
  const before = ordered.slice(0, turn).map(([c]) => c);
  const after = ordered.slice(turn).map(([c]) => c);
  // Newest first (Dec | Nov | … | Jan): the columns right of the turn are the earlier ones.
  const [earlier, later] = forwards ? [before, after] : [after, before];
  const first = (c: number) => {
    const r = roles.get(c)!;
    return r.kind === 'month' ? r.month : r.kind === 'quarter' ? r.quarter : 0;
  };
  const repeats = earlier.some((c) => first(c) === 1);
  const scored = repeats || hasFigureUnder(grid, subHeaderRow ?? row, later, reader) ? 'later' : 'earlier';
  // From the autumn into the summer: an academic year, September to August (school-terms.ts).
  if (!repeats && forwards && size === 12 && startsInAutumn(n[0]))
    return { earlier, later, scored, repeats, academic: true };
  return { earlier, later, scored, repeats };
}

/**
 * One steady step (a month, or a quarter's three months) forwards or backwards, turning once: the index of
 * the first period after the turn and whether they run forwards; null where the periods keep no such order.
 */
function steadyTurn(n: number[], size: number): [number, boolean] | null {
  const step = (n[1] - n[0] + size) % size;
  if (step === 0) return null;
  const forwards = step < size / 2;
  let turn = -1;
  for (let i = 1; i < n.length; i++) {
    if ((n[i] - n[i - 1] + size) % size !== step) return null;
    if (forwards ? n[i] < n[i - 1] : n[i] > n[i - 1]) {
      if (turn !== -1) return null;
      turn = i;
    }
  }
  if (turn === -1 || (step !== 1 && step !== size - 1 && !(size === 12 && (step === 3 || step === 9)))) return null;
  return [turn, forwards];
}

/** Whether any row of the table (read/column-cells.ts: to its end, at most 1,000) holds a figure in these columns. */
function hasFigureUnder(grid: GridView, headerEnd: number, cols: number[], reader: HeaderReader): boolean {
  return someRowOfTable(grid, headerEnd, reader, (r) => {
    for (const c of cols) if (readNumber(grid.raw(r, c)) !== null) return true;
    return false;
  });
}

/**
 * "Previous quarter", "Last qtr", "Prior quarter", "Previous quarter actual" beside "This quarter" or "Actual";
 * and "Previous", "Previous period", "Previous value" beside "Latest" (a combined authority's outcomes
 * framework: the figure before the latest; session 10, helper layouts3 — DOT was "first reported").
 */
const PREVIOUS_QUARTER =
  /^(?:(?:previous|last|prior|prev) (?:quarter|qtr|period)(?: (?:actual|value|result|performance|outturn))?|previous|prev|previous (?:value|result|figure|data))$/;

/** A header that names a comparison: "Benchmark", "CIPFA nearest neighbours", "Family group", "LG Inform position". */
const BENCHMARK_HEADER =
  /\b(?:benchmark|benchmarking|comparators?|comparison|cipfa|nearest neighbou?rs?|family group|lg inform|national position|quartile)\b/i;

/**
 * Every filled cell under the header a quartile in words ("Top quartile", "2nd quartile", "Bottom
 * quartile", "Quartile 3"; N/A allowed), and one at least: "Benchmark" alone may hold a comparator's
 * figure, but words like these can only be where the council stands (helper layouts: the column was not
 * read, so no indicator had a quartile and the strong-performance and requires-improvement lists were
 * silently empty). Bare 1 … 4 and "Q1" are not enough (a figure? a quarter?).
 */
function holdsQuartileWords(grid: GridView, headerEnd: number, col: number, reader: HeaderReader): boolean {
  let words = 0;
  const other = someRowOfTable(grid, headerEnd, reader, (r) => {
    const v = grid.raw(r, col);
    if (isBlank(v)) return false;
    if (typeof v !== 'string') return true;
    const q = parseQuartile(v);
    if (q === undefined) return true;
    if (q !== null && /quartile|top|bottom|1st|2nd|3rd|4th|first|second|third|fourth/i.test(v)) words++;
    return false;
  });
  return !other && words > 0;
}

/** A month header that holds a rolling year or the year to date at that month, not the month's own figure. */
const ROLLING_OR_TO_DATE = /\b(?:12 months?|twelve months|rolling|r12m?|year to|year ending|ytd|to date|cumulative)\b/i;

/**
 * Quarters beside a month column that is a rolling year or a year to date ("Q1 | Q2 | Q3 | 12 months to
 * Dec", "Dec YTD"): the month made the table monthly, so the quarters were dropped without a word and
 * the rolling year's figure was scored as Q3's (helper multiyear). Such month columns are not read where
 * the table has two or more quarters and no month of its own; the partly-recognised Check names them.
 */
function rollingMonthsBesideQuarters(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
): void {
  if (countKind(roles, 'quarter') < 2) return;
  const text = (c: number) => `${grid.text(row, c)} ${subHeaderRow === null ? '' : grid.text(subHeaderRow, c)}`;
  const months = [...roles].filter(([, r]) => r.kind === 'month').map(([c]) => c);
  if (months.length === 0 || !months.every((c) => ROLLING_OR_TO_DATE.test(text(c)))) return;
  for (const c of months) roles.delete(c);
}

/** "Same quarter last year", "Last year same quarter", "Same period last year", "Same month prev yr". */
const SAME_PERIOD_LAST_YEAR =
  /^(?:same (?:quarter|period|month) (?:last|previous|prior|prev) (?:year|yr)|(?:last|previous|prior|prev) (?:year|yr) same (?:quarter|period|month))$/;

/**
 * A column of last year's figure for the same quarter as the report's, headed without the quarter ("Same
 * quarter last year", "Last year same quarter", "Same period last year"): last year's figure of the latest
 * quarter with figures in the table (its quarter-end month, in a monthly table), for Trend (helper
 * multiyear). It was not read, and Trend was not drawn. Not where the latest period with figures is a
 * month that ends no quarter, nor where the table names last year's quarter already.
 */
function samePeriodLastYear(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
  periodYear: number | null,
  lastYearCols: Set<number>,
  reader: HeaderReader,
): void {
  const cols = grid
    .filledColumns(row)
    .filter((c) => !roles.has(c) && SAME_PERIOD_LAST_YEAR.test(looseHeader(grid.text(row, c))));
  if (cols.length !== 1) return;
  if ([...roles.values()].some((r) => r.kind === 'lastYearQuarter')) return;
  let latestMonth = 0;
  let ofMonths = false;
  for (const [c, r] of roles) {
    if (lastYearCols.has(c)) continue;
    if ((r.kind !== 'month' && r.kind !== 'quarter') || (r.year !== undefined && r.year !== periodYear)) continue;
    const month = r.kind === 'month' ? r.month : quarterEndMonth(r.quarter);
    if (month > latestMonth && hasFigureUnder(grid, subHeaderRow ?? row, [c], reader)) {
      latestMonth = month;
      ofMonths = r.kind === 'month';
    }
  }
  if (latestMonth === 0 || latestMonth % 3 !== 0) return;
  // Beside months, "Same period last year" is the year so far (read/same-period.ts), not the quarter.
  if (ofMonths && / period /.test(` ${looseHeader(grid.text(row, cols[0]))} `)) return;
  roles.set(cols[0], { kind: 'lastYearQuarter', quarter: (latestMonth / 3) as QuarterNumber });
}

/**
 * Of several outturn columns whose headers name financial years ("2023/24 Outturn", "2024/25 Outturn"),
 * the one to read as last year's: the latest year among the shown columns, else among all; null when
 * fewer than two name a year (the first outturn column is kept).
 */
function latestOutturnColumn(grid: GridView, row: number, ordered: [number, ColumnRole][]): number | null {
  const dated: { col: number; year: number; hidden: boolean }[] = [];
  for (const [col, role] of ordered) {
    if (role.kind !== 'field' || role.field !== 'outturn') continue;
    const text = grid.text(row, col);
    const year = findFinancialYear(text)?.year ?? yearOfShortLabel(text);
    if (year !== null && year !== undefined) dated.push({ col, year, hidden: grid.isHiddenColumn(col) });
  }
  if (dated.length < 2) return null;
  const shown = dated.filter((d) => !d.hidden);
  const from = shown.length > 0 ? shown : dated;
  return from.reduce((a, b) => (b.year > a.year ? b : a)).col;
}
