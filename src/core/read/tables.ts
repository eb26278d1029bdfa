/**
 * Finding the indicator tables of a sheet (docs/workbook.md, “Tables”): one table per sheet, or several under title rows;
 * Tier carried down; the priority named by the title, else the sheet.
 */
import { rollingQuarterColumns } from './rolling-quarter';
import { districtRowsByRef } from './district-refs';
import type { ColumnRole, IndicatorRow, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import {
  financialYearLabel,
  findQuarterIn,
  findYearLabel,
  parsePeriodHeader,
  parseQuarterLabel,
  quarterEndMonth,
  yearFromShortLabel,
} from '../periods';
import type { GridView } from './grid';
import { readQuarterFigures } from './quarter-columns';
import { readHeaderBand, nearMissHeader, type HeaderBand } from './header-band';
import { academicYearOf, mappedSchoolTerms } from './school-terms';
import type { HeaderReader } from './mapping';
import { readIndicatorRow } from './rows';
import { cellText, looseWords, normaliseText, parseTier } from './values';
import { allCodes, filledCells, mostlyNames } from './column-contents';
import { FIELD_LABELS } from './headers';
import { isAnotherHeader, someRowOfTable } from './column-cells';
import { ragBandsColumn, thresholdColumnsOf } from './rag-bands';
import { cumulativeByWords } from './cumulative-words';
import { annualTargetByWords } from './annual-words';
import { daysPerHeadByWords } from './days-per-head';
import { saysToDateSpan } from './to-date-span';
import { markTargetToDate, readTargetsToDate } from './target-to-date';
import { readBudgetLines } from './budget-lines';
import { quarterGapsInComments } from './comment-gaps';

export interface SheetTables {
  tables: IndicatorTable[];
  /**
   * Header-like rows that did not make a table: row and the columns recognised there; `noRows` when
   * the header is whole but has no indicator rows under it.
   */
  nearMisses: { row: number; roles: ColumnRole[]; noRows?: boolean }[];
  /**
   * Rows below a table, not under any header, that look like indicators (a name and figures in the
   * table's period columns): not scored, so the analyst is told. Row and name.
   */
  strayRows: { row: number; name: string; table: IndicatorTable }[];
}

/** What the run says that reading needs: the quarter scored, for a value column headed "Actual" alone. */
export interface ReadContext {
  quarter?: QuarterNumber | null;
  /** The workbook's banner lines, never a priority's name (read/banner-lines.ts). */
  banners?: ReadonlySet<string>;
}

export function findTables(grid: GridView, reader: HeaderReader, context: ReadContext = {}): SheetTables {
  const tables: IndicatorTable[] = [];
  const nearMisses: SheetTables['nearMisses'] = [];
  const strayRows: SheetTables['strayRows'] = [];
  let row = 0;
  let previousEnd = -1;
  while (row < grid.rowCount) {
    const forced = reader.headerRow === row;
    const band = readHeaderBand(grid, row, reader, forced);
    if (!band) {
      const near = tables.length === 0 ? nearMissHeader(grid, row, reader) : null;
      if (near) nearMisses.push({ row, roles: near });
      const above = tables[tables.length - 1];
      if (above && row > above.lastRow && looksLikeIndicator(grid, row, above))
        strayRows.push({ row, name: grid.text(row, above.columns.name!), table: above });
      row++;
      continue;
    }
    const beside = tablesSideBySide(grid, row, reader, previousEnd, context);
    if (beside.length > 0) {
      tables.push(...beside);
      previousEnd = Math.max(...beside.map((t) => t.lastRow));
      row = previousEnd + 1;
      continue;
    }
    const table = readTable(grid, band, reader, previousEnd, context, tables[tables.length - 1]);
    if (table.rows.length > 0) {
      tables.push(table);
      previousEnd = table.lastRow;
      row = table.lastRow + 1;
    } else {
      if (tables.length === 0) nearMisses.push({ row, roles: [...band.roles.values()], noRows: true });
      row = (band.subHeaderRow ?? band.headerRow) + 1;
    }
  }
  // "Cumulative" in a row's Comments, or a footnote naming it: profiled pro rata (fresh-user check 8).
  cumulativeByWords(grid, tables);
  // … but never a target to date's (read/target-to-date.ts; fresh user 14).
  readTargetsToDate(grid, tables);
  // A budget table's lines judged by their labels: income higher, spending lower is better (read/budget-lines.ts).
  readBudgetLines(grid, tables);
  // "Sickness days per FTE": to date, rolling 12 months or unsaid (read/days-per-head.ts; session 14, layouts7).
  daysPerHeadByWords(grid, tables);
  // "Annual budget £1.2m", "Annual target": the target is the year's (rules/annual-to-date.ts; fresh user 12).
  annualTargetByWords(grid, tables);
  // "No Q2 figure - summer holiday" in a row's Comments: its Q2 is a data gap, as if typed in Sept (fresh-user check 8).
  quarterGapsInComments(grid, tables);
  return { tables, nearMisses: tables.length > 0 ? [] : nearMisses, strayRows };
}

/** A row with a name in the table's name column and at least two figures in its period columns. */
function looksLikeIndicator(grid: GridView, r: number, table: IndicatorTable): boolean {
  const nameCol = table.columns.name;
  if (nameCol === undefined || table.sheet !== grid.name) return false;
  const name = grid.raw(r, nameCol);
  if (typeof name !== 'string' || name.trim() === '' || TOTALS_LABEL.test(name.trim())) return false;
  let figures = 0;
  for (const c of table.monthColumns) if (c !== null && typeof grid.raw(r, c) === 'number') figures++;
  return figures >= 2;
}

/**
 * Tables side by side, their headers on the same row with blank columns between: each is read
 * through its own band of columns, left to right. Only where every band holds a whole header (an
 * indicator-name column and period or target columns); none when the row is one table's header.
 */
function tablesSideBySide(
  grid: GridView,
  row: number,
  reader: HeaderReader,
  previousEnd: number,
  context: ReadContext,
): IndicatorTable[] {
  const filled = grid.filledColumns(row);
  const names = filled.filter((c) => {
    const role = reader.roleOf(grid.raw(row, c));
    return role?.kind === 'field' && role.field === 'name';
  });
  if (names.length < 2) return [];
  // A table beside begins where the run of filled header cells holding its name column begins.
  const isFilled = new Set(filled);
  const bands: GridView[] = [];
  let left = 0;
  for (const name of names.slice(1)) {
    let start = name;
    while (isFilled.has(start - 1)) start--;
    // No blank column between (helper layouts): a second name column whose header repeats the periods of
    // the one before it begins a table of its own; the second table was read as "second columns" and its
    // indicators silently not scored.
    if (start <= left && abuttingTable(grid, row, reader, left, name)) {
      start = name;
      while (start - 1 > left && isRefOrTier(reader.roleOf(grid.raw(row, start - 1)))) start--;
    }
    if (start <= left) continue;
    const here = grid.columns(left, start - 1);
    if (readHeaderBand(here, row, reader) && readHeaderBand(grid.columns(start, grid.colCount), row, reader)) {
      bands.push(here);
      left = start;
    }
  }
  if (bands.length === 0) return [];
  bands.push(grid.columns(left, grid.colCount));
  return bands
    .map((view) => readTable(view, readHeaderBand(view, row, reader)!, reader, previousEnd, context))
    .filter((t) => t.rows.length > 0);
}

function isRefOrTier(role: ReturnType<HeaderReader['roleOf']>): boolean {
  return role?.kind === 'field' && (role.field === 'ref' || role.field === 'tier');
}

/**
 * Whether the name column at `name` begins a second table straight after the one from `left`, with no
 * blank column between: both read as headers, and the second repeats period columns of the first
 * ("Indicator | Target | Q1 | Q2 | Indicator | Target | Q1 | Q2"). Two name columns before one set of
 * periods ("Indicator | Description | Q1 …") are one table.
 */
function abuttingTable(grid: GridView, row: number, reader: HeaderReader, left: number, name: number): boolean {
  if (name <= left) return false;
  const first = readHeaderBand(grid.columns(left, name - 1), row, reader);
  const second = readHeaderBand(grid.columns(name, grid.colCount), row, reader);
  if (!first || !second) return false;
  return first.monthColumns.some((c, i) => c !== null && second.monthColumns[i] !== null);
}

/**
 * The table under a header band. Without a title of its own, a header repeating the one of the table
 * above (as on each printed page) carries on that table's priority.
 */
function readTable(
  grid: GridView,
  band: HeaderBand,
  reader: HeaderReader,
  previousEnd: number,
  context: ReadContext,
  above?: IndicatorTable,
): IndicatorTable {
  const { title, titleRow } = findTitle(grid, band.headerRow, previousEnd);
  const carriesOn = !title && above !== undefined && sameHeader(grid, above.headerRow, band.headerRow) ? above : null;
  // "Actual" alone holds the quarter scored: the period each row names in a "Month" or "Reporting
  // period" column, else the run's, else the one the title or the sheet's name gives.
  const monthColumns = [...band.monthColumns];
  // With period columns, only a financial year on each row ("Year": 2024/25, 2025/26) says anything:
  // which year the period columns hold.
  const hasPeriods = band.monthColumns.some((c) => c !== null);
  const perRow =
    band.currentColumn !== null && !hasPeriods
      ? periodOfEachRow(grid, band, reader)
      : hasPeriods && band.periodYear === null
        ? yearsOnly(periodOfEachRow(grid, band, reader))
        : null;
  const rowsSay =
    perRow && new Set(perRow.periods.map((p) => `${p.month}/${p.year ?? ''}`)).size === 1 ? perRow.periods[0] : null;
  if (rowsSay && !hasPeriods) monthColumns[rowsSay.month - 1] = band.currentColumn;
  else if (band.currentColumn !== null) {
    const quarter = context.quarter ?? (title ? findQuarterIn(title) : null) ?? findQuarterIn(grid.name);
    if (quarter) monthColumns[quarterEndMonth(quarter) - 1] = band.currentColumn;
    // "Previous quarter" beside it: the quarter before, this year's (helper layouts; Q1's is last year's, not read).
    if (quarter && quarter > 1 && band.previousCurrentColumn !== undefined)
      monthColumns[quarterEndMonth((quarter - 1) as QuarterNumber) - 1] = band.previousCurrentColumn;
  }
  // Rows of one financial year naming different periods ("Sep-25" on one, "Q1 2025/26" on another):
  // each row's figure stands for its own period (the columns are set row by row below).
  const yearsOfRows = perRow ? new Set(perRow.periods.map((p) => p.year ?? null)) : null;
  const rowColumns =
    perRow && !rowsSay && !hasPeriods && yearsOfRows!.size === 1 ? new Map<number, (number | null)[]>() : null;
  const slotOfRow = new Map(perRow?.periods.map((p) => [p.row, p.month]) ?? []);
  const columnsOfRow = (r: number): (number | null)[] => {
    const slot = slotOfRow.get(r) ?? Math.max(...slotOfRow.values());
    let columns = rowColumns!.get(slot);
    if (!columns) {
      columns = Array<number | null>(12).fill(null);
      columns[slot - 1] = band.currentColumn;
      rowColumns!.set(slot, columns);
    }
    return columns;
  };
  const oneYear = perRow && yearsOfRows!.size === 1 ? perRow.periods[0] : null;
  // A header repeated under a line that names no priority (a page header) carries on the table above's.
  const carriesOnNamed =
    carriesOn ?? (title && above !== undefined && sameHeader(grid, above.headerRow, band.headerRow) ? above : null);
  // The years in the period headers are the data's own: they name the year before a title does (issue 7).
  const fromTitle = title ? findYearLabel(title) : null;
  const fromHeader = headerYear(grid, band);
  const [yearLabel, yearFrom]: [string | null, IndicatorTable['yearFrom']] =
    band.periodYear !== null
      ? [financialYearLabel(band.periodYear), 'periods']
      : oneYear?.year !== undefined
        ? [financialYearLabel(oneYear.year), 'periods']
        : fromTitle
          ? [fromTitle, 'title']
          : carriesOn?.yearLabel
            ? [carriesOn.yearLabel, 'above']
            : fromHeader
              ? [fromHeader.year, 'header']
              : [null, undefined];
  // The priority is named by the nearest line above that is a name, not a date or a byline (noticed item 2, session 6).
  const named = title ? findPriorityTitle(grid, band.headerRow, previousEnd, context.banners) : null;
  const priorityName = named?.name ?? carriesOnNamed?.priorityName ?? grid.name;
  // Field by field in the order it has always had, an optional field only where it is there: not
  // spread from objects made for the purpose, which copies them by the slow path (issue 11).
  const table = { sheet: grid.name, title, titleRow, priorityName } as IndicatorTable;
  if (named?.unsure && named.name === null) table.priorityUnsure = named.unsure;
  table.yearLabel = yearLabel;
  // An academic year's columns, September to August: the year said is the academic year, and its columns
  // after March the next financial year's (read/school-terms.ts; fresh user 16).
  if (band.calendarOrder?.academic)
    academicYearOf(
      table,
      band.calendarOrder.scored,
      grid.name,
      yearFrom === 'above' ? carriesOn?.academicYear : undefined,
    );
  if (yearFrom) table.yearFrom = yearFrom;
  if (yearFrom === 'header' && fromHeader) table.yearHeader = { text: fromHeader.text, outturn: fromHeader.outturn };
  table.headerRow = band.headerRow;
  table.subHeaderRow = band.subHeaderRow;
  table.firstRow = -1;
  table.lastRow = -1;
  table.columns = band.columns;
  table.monthColumns = monthColumns;
  table.cadence = band.cadence;
  table.currentColumn = band.currentColumn;
  const others = otherCurrentColumns(band).otherCurrentColumns;
  if (others) table.otherCurrentColumns = others;
  if (band.quarterTargetColumns) table.quarterTargetColumns = band.quarterTargetColumns;
  if (band.quarterColumns)
    table.quarterColumns = band.quarterColumns.map((c) =>
      c === null ? null : { col: c, header: headerTextOf(grid, band, c) },
    );
  if (band.monthTargetColumns) table.monthTargetColumns = band.monthTargetColumns;
  if (band.ambiguousDirection !== null) table.ambiguousDirection = band.ambiguousDirection;
  const ytd = ytdHeaderOf(grid, band).ytdHeader;
  if (ytd !== undefined) table.ytdHeader = ytd;
  const rolling = rollingQuarterColumns(grid, band.headerRow, band.subHeaderRow, band.monthColumns);
  if (rolling.length > 0) table.rollingQuarterHeaders = rolling;
  if (
    band.columns.tolerance !== undefined &&
    /threshold/.test(normaliseText(grid.raw(band.headerRow, band.columns.tolerance)))
  )
    table.toleranceIsThreshold = true;
  table.unrecognised =
    rowsSay || rowColumns ? band.unrecognised.filter((u) => u.col !== perRow!.col) : band.unrecognised;
  const bands = ragBandsColumn(grid, band.columns.status, table.unrecognised, (test) =>
    someRowOfTable(grid, band.subHeaderRow ?? band.headerRow, reader, test),
  );
  if (bands !== null) {
    table.ragBands = { col: bands.col, header: grid.text(band.headerRow, bands.col), example: bands.example };
    table.unrecognised = table.unrecognised.filter((u) => u.col !== bands.col);
  }
  const thresholds = reader.mapped ? null : thresholdColumnsOf(grid, band.headerRow, table);
  if (thresholds !== null) {
    table.thresholdColumns = thresholds;
    table.unrecognised = table.unrecognised.filter((u) => u.col !== thresholds.red);
  }
  // "Target to date" beside the annual target: the latest period's target as given (read/target-to-date.ts; fresh user 14).
  markTargetToDate(grid, table);
  table.duplicates = band.duplicates;
  table.mapped = reader.mapped;
  if (band.outOfSequence.length > 0) table.outOfSequence = band.outOfSequence;
  if (band.calendarQuarters) table.calendarQuarters = band.calendarQuarters;
  if (band.periodsUnderPlaces) table.periodsUnderPlaces = band.periodsUnderPlaces;
  if (band.datesInOneMonth) table.datesInOneMonth = band.datesInOneMonth;
  if (band.calendarOrder) {
    const order = band.calendarOrder;
    table.calendarOrder = {
      earlier: order.earlier.map((c) => headerTextOf(grid, band, c)),
      later: order.later.map((c) => headerTextOf(grid, band, c)),
      scored: order.scored,
      repeats: order.repeats,
      first: headerTextOf(grid, band, Math.min(...order.earlier, ...order.later)),
      last: headerTextOf(grid, band, Math.max(...order.earlier, ...order.later)),
    };
    if (order.academic) table.calendarOrder.academic = true;
  }
  if (band.monthsOutOfOrder) table.monthsOutOfOrder = band.monthsOutOfOrder;
  if (band.schoolTerms)
    table.schoolTerms = band.schoolTerms.map(({ header, name, month }) => ({ header, name, month }));
  else if (band.calendarOrder?.academic) {
    // Terms mapped to months ("Sum 2": "Jul"): named as written in the run's period (score/term-period.ts).
    const columns: [number, MonthNumber][] = [];
    band.monthColumns.forEach((c, i) => c !== null && columns.push([c, (i + 1) as MonthNumber]));
    const mapped = mappedSchoolTerms(columns, (c) => headerTextOf(grid, band, c));
    if (mapped.length > 0) table.schoolTerms = mapped;
  }
  table.rows = [];
  const nameCol = band.columns.name;
  const tierCol = band.columns.tier;
  let tier: number | null = null;
  let blanks = 0;
  let bandPriority: string | null = null;
  // Rows the header's cells are merged down over (a row of units, say) are header too, up to the
  // first row naming an indicator.
  const headerEnd = Math.max(
    grid.mergedDownTo(band.headerRow),
    band.subHeaderRow === null ? -1 : grid.mergedDownTo(band.subHeaderRow),
  );
  let first = (band.subHeaderRow ?? band.headerRow) + 1;
  while (first <= headerEnd && nameCol !== undefined && grid.text(first, nameCol) === '') first++;
  const filledBuffer: number[] = [];
  for (let r = first; r < grid.rowCount; r++) {
    if (grid.isBlankRow(r)) {
      if (++blanks >= 2 && table.rows.length > 0) break;
      continue;
    }
    blanks = 0;
    // The row's filled columns, found once for the header test and the count, in one array reused row
    // after row (issue 11).
    const filledColumns = grid.filledColumns(r, filledBuffer);
    if (isHeaderRow(grid, r, reader, filledColumns)) break;
    const name = nameCol === undefined ? '' : cellText(grid.shown(r, nameCol));
    const tierHere = tierCol === undefined ? null : parseTier(grid.raw(r, tierCol));
    if (tierHere !== null) tier = tierHere;
    const filled = filledColumns.length;
    // A totals row ("Total", "Grand total", "Average") is the sum of indicators, not one: never scored.
    const total = totalsRowLabel(grid, r, nameCol, filledColumns);
    if (total !== null) {
      (table.skippedRows ??= []).push({ row: r, text: total, why: 'total' });
      continue;
    }
    // A theme's band row with the theme's own RAG or arrow beside it (read/band-rows.ts; session 11).
    const statusBand = filled > 1 && bandRowWithStatus(grid, r, band.columns, filledColumns);
    if (name === '' || typeof grid.raw(r, nameCol ?? 0) === 'number' || filled === 1 || statusBand) {
      // A row with only a tier label ("Tier 2") carries the tier on. A lone piece of text with
      // indicator rows under it is a sub-heading (a directorate, a service) and the table carries on;
      // anything else ends the table, including a note ("NB – …") or the next table's title.
      if (tierHere !== null && filled === 1) continue;
      if (
        (filled === 1 || statusBand) &&
        typeof grid.raw(r, filledColumns[0]) === 'string' &&
        indicatorRowFollows(grid, r, reader, nameCol)
      ) {
        const text = grid.text(r, filledColumns[0]);
        // "Theme 2: Council Services": a priority's band, its rows counted under it (session 9, fresh-user check 3).
        const priority = priorityBandName(text);
        if (priority !== null) bandPriority = priority;
        (table.skippedRows ??= []).push(
          priority === null ? { row: r, text, why: 'subheading' } : { row: r, text, why: 'priority', priority },
        );
        continue;
      }
      break;
    }
    if (rowColumns) table.monthColumns = columnsOfRow(r);
    const indicator = readIndicatorRow(grid, table, band, r, tier);
    if (bandPriority !== null) indicator.priorityName = bandPriority;
    if (table.quarterColumns) readQuarterFigures(grid, table, indicator);
    if (table.rows.length === 0) table.firstRow = r;
    table.lastRow = r;
    table.rows.push(indicator);
  }
  // The table's own columns: the latest period any row names.
  if (rowColumns) table.monthColumns = columnsOfRow(-1);
  breakdownRows(grid, table);
  splitRefsFromNames(table);
  districtRefRows(grid, table);
  codesBesideNames(grid, table);
  if (perRow) {
    // An indicator on several rows of different periods: a long table, one row per indicator per period.
    const slotOf = new Map(perRow.periods.map((p) => [p.row, `${p.month}/${p.year ?? ''}`]));
    const slotsOf = new Map<string, Set<string>>();
    for (const x of table.rows) {
      const key = normaliseText(x.ref ?? x.name);
      const slots = slotsOf.get(key) ?? new Set<string>();
      slots.add(slotOf.get(x.row) ?? '');
      slotsOf.set(key, slots);
    }
    const repeated = [...slotsOf.values()].some((slots) => slots.size > 1);
    if (repeated || (!rowsSay && !rowColumns))
      table.periodRows = {
        col: perRow.col,
        header: perRow.header,
        texts: [...new Set(perRow.periods.map((p) => p.text))],
        firstRow: perRow.periods[0].row,
        repeated,
        ...(hasPeriods ? { years: true } : {}),
      };
  }
  const measureType = targetAndActualRows(grid, table, reader);
  if (measureType !== null) table.targetActualRows = measureType;
  const targetRow = targetRowUnderIndicator(table);
  if (targetRow !== null) table.targetRowUnder = targetRow;
  return table;
}

/** A name that says the row holds targets: "Target", "Quarterly target", "Profiled target (%)", "Trajectory". */
const TARGET_ROW_NAME =
  /^(?:(?:annual|quarterly|quarter|monthly|month|profiled|period|cumulative|ytd|year to date)\s+)?(?:targets?|trajectory|plan)(?:\s*[([].*[)\]])?$/;

/** A word every name TARGET_ROW_NAME or the "– target" suffix matches holds, in any case. */
const TARGET_ROW_WORD = /target|trajectory|plan/i;

/**
 * An indicator row followed by a row whose name says it holds that indicator's targets ("Target",
 * "Quarterly target", or the name above with "– target" after it), their figures under the period
 * columns (helper multiyear): the target row was scored as an indicator of its own, named "Target",
 * and the indicator above counted under No target. The target row and the indicator above, or null.
 */
function targetRowUnderIndicator(table: IndicatorTable): IndicatorTable['targetRowUnder'] | null {
  for (let i = 1; i < table.rows.length; i++) {
    const here = table.rows[i];
    const above = table.rows[i - 1];
    // Both patterns below end in one of these words: a name without one is passed over before it is
    // lower-cased, its spaces squeezed and matched, for every pair of rows (issue 11).
    if (here.row !== above.row + 1 || !TARGET_ROW_WORD.test(here.name)) continue;
    const name = here.name.toLowerCase().replace(/\s+/g, ' ').trim();
    const aboveName = above.name.toLowerCase().replace(/\s+/g, ' ').trim();
    const suffix = /^(.+?)\s*(?:[-–—:]\s*|\()(?:targets?|trajectory|plan)\)?$/.exec(name);
    const saysTarget =
      TARGET_ROW_NAME.test(name) ||
      (suffix !== null && aboveName.startsWith(suffix[1].trim()) && suffix[1].trim() !== '');
    if (saysTarget && here.periods.some((p) => p.kind === 'number'))
      return { row: here.row, name: here.name, aboveRow: above.row, aboveName: above.ref ?? `"${above.name}"` };
  }
  return null;
}

/**
 * A column not read as anything that says "Target" on some rows and "Actual" on others (an NHS
 * integrated performance report's layout: each indicator's targets on one row, its figures on the
 * next): one row per indicator is read, so the targets would be scored as figures. The column and
 * the rows, or null.
 */
function targetAndActualRows(
  grid: GridView,
  table: IndicatorTable,
  reader: HeaderReader,
): IndicatorTable['targetActualRows'] | null {
  if (table.rows.length === 0) return null;
  const rows = table.rows.map((r) => r.row);
  if (table.lastRow + 1 < grid.rowCount) rows.push(table.lastRow + 1);
  // The columns the table reads, listed once (not for every column of the sheet: issue 11).
  const read = new Set<number | null>(table.monthColumns);
  for (const f in table.columns) read.add(table.columns[f as keyof IndicatorTable['columns']]!);
  for (let c = 0; c < grid.colCount; c++) {
    // Only a column the table does not read (a second name column, say "Measure", is not read).
    if (read.has(c)) continue;
    let target = false;
    let actual = false;
    for (const r of rows) {
      const v = grid.raw(r, c);
      if (typeof v !== 'string') continue;
      const role = reader.roleOf(v);
      if (role?.kind === 'field' && role.field === 'target') target = true;
      else if (role?.kind === 'current') actual = true;
    }
    if (target && actual) return { col: c, firstRow: table.firstRow };
  }
  return null;
}

/**
 * Headers of a column that gives each row its period, in a table of one value column. "Date of latest"
 * beside "Latest" (a combined authority's outcomes framework; session 12, helper layouts5: refused, asking
 * for the quarter).
 */
const PERIOD_OF_ROW_HEADER =
  /^(?:month|period|reporting period|reporting month|reporting quarter|quarter|date|as at|as at date|time period|data period|latest data period|latest period|period of data|date of data|reporting date|period ending|month ending|quarter ending|period covered|year|financial year|fy|date of latest|date of latest data|latest data date|period of latest data)$/;

/**
 * A column the table does not read whose cells name each row's period ("Month": Apr-25, May-25; or
 * "Reporting period": Q2 2025/26), in a table whose one value column is "Actual": the month each row's
 * figure stands for (a quarter stands for its last month, a year for March). Every filled cell must be
 * a period, and the column headed as one ("Month", "Reporting period", "Year"). Null otherwise.
 */
function periodOfEachRow(
  grid: GridView,
  band: HeaderBand,
  reader: HeaderReader,
): {
  col: number;
  header: string;
  periods: { row: number; month: number; year?: number; text: string; kind: 'month' | 'quarter' | 'year' }[];
} | null {
  const nameCol = band.columns.name;
  if (nameCol === undefined) return null;
  const first = (band.subHeaderRow ?? band.headerRow) + 1;
  for (const col of grid.filledColumns(band.headerRow)) {
    // A column the band read (its roles' own keys: no copy of them made, issue 11).
    if (band.roles.has(col) && band.roles.get(col)?.kind !== 'ignore') continue;
    const header = grid.text(band.headerRow, col);
    // Only a column headed as each row's period: a "Baseline year" or "Target date" of periods is not one.
    if (!PERIOD_OF_ROW_HEADER.test(looseWords(header))) continue;
    const periods: { row: number; month: number; year?: number; text: string; kind: 'month' | 'quarter' | 'year' }[] =
      [];
    let blanks = 0;
    let other = false;
    for (let r = first; r < grid.rowCount && r <= first + 5000; r++) {
      if (grid.isBlankRow(r)) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      // The next table's header ends this one's column (read/column-cells.ts; fresh-user check 8).
      if (isAnotherHeader(grid, r, reader)) break;
      if (grid.text(r, nameCol) === '') continue;
      const v = grid.raw(r, col);
      if (v === null || v === '') continue;
      const role = typeof v === 'number' ? reader.roleOf(v) : parsePeriodHeader(String(v));
      const slot =
        role?.kind === 'month'
          ? role.month
          : role?.kind === 'quarter'
            ? quarterEndMonth(role.quarter)
            : role?.kind === 'year'
              ? 12
              : null;
      if (slot === null || role === null) {
        other = true;
        break;
      }
      const year = 'year' in role ? role.year : undefined;
      periods.push({
        row: r,
        month: slot,
        ...(year !== undefined ? { year } : {}),
        text: grid.text(r, col),
        kind: role.kind as 'month' | 'quarter' | 'year',
      });
    }
    if (!other && periods.length > 0) return { col, header, periods };
  }
  return null;
}

/** A column of each row's period that holds financial years only ("2024/25"), or null. */
function yearsOnly(perRow: ReturnType<typeof periodOfEachRow>): ReturnType<typeof periodOfEachRow> {
  return perRow && perRow.periods.every((p) => p.kind === 'year') ? perRow : null;
}

/** The first period header saying its figures are year to date ("Q2 YTD", "Cumulative to Sep"). */
function ytdHeaderOf(grid: GridView, band: HeaderBand): { ytdHeader?: string } {
  // A value column with no period, "Actual YTD", says so too (session 12, helper layouts5: no Check).
  for (const c of [...band.monthColumns, band.currentColumn]) {
    if (c === null) continue;
    const text = grid.text(band.headerRow, c) || (band.subHeaderRow === null ? '' : grid.text(band.subHeaderRow, c));
    if (/\bytd\b|year to date|\bcumulative\b|\bto date\b/i.test(text) || saysToDateSpan(text))
      return { ytdHeader: text };
  }
  return {};
}

/** Value columns with no period after the first ("Actual" twice): which period each holds is unknown. */
function otherCurrentColumns(band: HeaderBand): { otherCurrentColumns?: number[] } {
  // A loop over the roles, no list of them made (issue 11).
  const others: number[] = [];
  band.roles.forEach((r, c) => {
    if (r.kind === 'current' && c !== band.currentColumn) others.push(c);
  });
  return others.length > 0 ? { otherCurrentColumns: others.sort((a, b) => a - b) } : {};
}

/** The words a totals row is labelled with, alone in its name (or ref) cell. */
const TOTALS_LABEL =
  /^(?:(?:sub|grand|overall|council|service|directorate|borough|county)?\s*-?\s*totals?|average|mean|overall)\s*[:.]?$/i;

/**
 * A totals row (issue: rows a council adds under its indicators): its name cell, or where that is
 * blank its first text cell, says only "Total", "Sub-total", "Grand total", "Average" … Returns that
 * label, or null. "Total homes built" is an indicator, not a totals row.
 */
function totalsRowLabel(
  grid: GridView,
  r: number,
  nameCol: number | undefined,
  filled: readonly number[],
): string | null {
  const name = nameCol === undefined ? '' : grid.text(r, nameCol);
  const label = name !== '' ? name : filled.map((c) => grid.raw(r, c)).find((v) => typeof v === 'string');
  if (typeof label !== 'string') return null;
  return TOTALS_LABEL.test(label.trim()) ? label.trim() : null;
}

/**
 * Whether an indicator row (a name and figures, not a header) comes next, after at most one blank
 * row: what makes a lone piece of text a sub-heading rather than the end of the table.
 */
function indicatorRowFollows(grid: GridView, r: number, reader: HeaderReader, nameCol: number | undefined): boolean {
  if (nameCol === undefined) return false;
  let next = r + 1;
  if (next < grid.rowCount && grid.isBlankRow(next)) next++;
  if (next >= grid.rowCount || grid.isBlankRow(next)) return false;
  const filled = grid.filledColumns(next);
  if (filled.length <= 1 || isHeaderRow(grid, next, reader, filled)) return false;
  const v = grid.raw(next, nameCol);
  return (
    typeof v !== 'number' &&
    cellText(grid.shown(next, nameCol)) !== '' &&
    totalsRowLabel(grid, next, nameCol, filled) === null
  );
}

/** A breakdown row's name: "of which …", a dash or bullet before it, or a place ("North ward", "Central locality"). */
const BREAKDOWN_NAME = /^(?:[-–—•·>]\s*|of which\b|of whom\b)/i;
const PLACE_WORD =
  /\b(?:wards?|district|districts|locality|localities|area|areas|neighbourhood|neighbourhoods|division|divisions|borough|parish|constituency|station|stations|north|south|east|west)\b/i;

const NOT_A_BREAKDOWN =
  /\b(?:targets?|trajectory|plan|actuals?|forecast|baseline|last year|previous year|prior year)\b/i;

/**
 * An indicator's breakdown on the rows under it — a row per ward, district or locality ("North ward",
 * "– of which South") — each with figures but no ref, polarity or target of its own (helper layouts).
 * Each was scored as an indicator of its own: higher taken as better, No target, and counted, so a
 * table of 20 indicators by four wards counted 100. They are read as the breakdown they are: not
 * scored or counted, and a Note names them under their indicator. A row is one only when it stands
 * straight under an indicator (or under another such row), its polarity and target cells are blank,
 * and either the table gives its indicators refs and this row has none (a name of four words or
 * fewer), or its name says so (a dash or "of which" before it, or a place word). Not on the table's
 * first row. To score one as an indicator, give it a ref or a target.
 */
function breakdownRows(grid: GridView, table: IndicatorTable): void {
  const c = table.columns;
  if (table.rows.length < 2 || c.name === undefined) return;
  const blank = (r: number, col: number | undefined) => col === undefined || grid.text(r, col).trim() === '';
  const kept: IndicatorRow[] = [];
  let anchor: IndicatorRow | null = null;
  let last = -2;
  for (const row of table.rows) {
    const name = row.name.trim();
    // A row of the indicator's targets, forecast or last year's figures is no breakdown (refused or read elsewhere).
    // Tested in this order, the words counted last and without splitting the name: most rows are
    // indicators, each under the one before (issue 11).
    const isBreakdown =
      anchor !== null &&
      row.row === last + 1 &&
      !NOT_A_BREAKDOWN.test(name) &&
      blank(row.row, c.polarity) &&
      blank(row.row, c.target) &&
      blank(row.row, c.profile) &&
      ((c.ref !== undefined && blank(row.row, c.ref) && anchor.ref != null && atMostFourWords(name)) ||
        BREAKDOWN_NAME.test(name) ||
        (PLACE_WORD.test(name) && atMostFourWords(name)));
    if (isBreakdown) {
      (table.skippedRows ??= []).push({ row: row.row, text: name, why: 'breakdown', under: anchor!.name });
    } else {
      kept.push(row);
      anchor = row;
    }
    last = row.row;
  }
  if (kept.length === table.rows.length) return;
  table.rows = kept;
}

/**
 * A trimmed text of four words or fewer, words parted by white space (`text.split(/\s+/).length <= 4`,
 * without making the words: issue 11). White space is what `\s` matches.
 */
/**
 * A county's district rows with refs of their own ("W1a Ashford" under "W1 … (county)"): its breakdown,
 * not scored or counted, with the breakdown Note (read/district-refs.ts; session 12).
 */
function districtRefRows(grid: GridView, table: IndicatorTable): void {
  if (table.rows.length < 2) return;
  const groups = districtRowsByRef(table.rows, (r, field) => {
    const col = table.columns[field];
    return col === undefined || grid.text(r.row, col).trim() === '';
  });
  if (groups.length === 0) return;
  const gone = new Set<IndicatorRow>();
  for (const g of groups)
    for (const r of g.rows) {
      gone.add(r);
      const text = `${r.ref} ${r.name}`;
      (table.skippedRows ??= []).push({
        row: r.row,
        text,
        why: 'breakdown',
        under: g.under.name,
        byRef: g.under.ref!,
        ...(g.byWriting ? { byWriting: true as const } : {}),
      });
    }
  table.skippedRows!.sort((a, b) => a.row - b.row);
  table.rows = table.rows.filter((r) => !gone.has(r));
}

function atMostFourWords(text: string): boolean {
  let gaps = 0;
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inGap && ++gaps > 3) return false;
    inGap = space;
  }
  return true;
}

/** A code unit `\s` matches: ECMAScript's white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** "HSG-01 Rent collected", "NI 117 – Young people NEET", "BV12: Sickness days" → ref and name. */
const REF_THEN_NAME =
  /^([A-Za-z][A-Za-z&]{0,5}(?:[ -]?\d{1,4}[a-z]?|\d{1,4}[a-z]?)(?:[.-]\d{1,3}[a-z]?)?)(?:\s*[:–—-]\s*|\s+)(\S.*)$/;

/**
 * A name's leading code is a code, not the start of the name's own words (helper layouts): "A&E 4 hour
 * performance", "RTT 18 weeks", "ED 12 hour waits" open with a standard's figure and its unit (4 hours,
 * 18 weeks), and "Cancer 62 day standard" with a word; each was cut into a ref ("A&E 4", "Cancer 62") and
 * a name ("hour performance"). A code with a space before its digits has capitals only ("NI 117", "BV 12").
 */
function isLeadingCode(p: RegExpExecArray): boolean {
  const [, code, rest] = p;
  if (/^[A-Za-z&]+ \d/.test(code) && /[a-z]/.test(code.replace(/ .*/, ''))) return false;
  return !(p[0].charAt(code.length) !== ':' && NUMBER_UNIT.test(rest));
}

/** A unit a figure is measured in, at the start of the words after it: "4 hour", "18 weeks", "62 day", "95%". */
const NUMBER_UNIT =
  /^(?:%|\+|per\b|hours?\b|hrs?\b|days?\b|weeks?\b|wks?\b|months?\b|mths?\b|years?\b|yrs?\b|minutes?\b|mins?\b|seconds?\b|secs?\b|week\b|hour\b)/i;

/**
 * One column holding both the ref and the name (issue 7): where the table has no Ref column and every
 * indicator's name starts with a ref-like code (letters and digits), each code different, the code is
 * the ref. So a name that merely starts with a code-like word is not cut: a period ("Q1 returns on
 * time"), or a word several names share ("KS2 reading", "KS2 maths").
 */
function splitRefsFromNames(table: IndicatorTable): void {
  if (table.columns.ref !== undefined || table.rows.length === 0) return;
  const parts = table.rows.map((r) => REF_THEN_NAME.exec(r.name));
  if (parts.some((p) => p === null || !/\d/.test(p[1]) || parsePeriodHeader(p[1]) !== null || !isLeadingCode(p)))
    return;
  if (new Set(parts.map((p) => p![1].toLowerCase())).size < parts.length) return;
  table.rows.forEach((r, i) => {
    r.ref = parts[i]![1];
    r.name = parts[i]![2].trim();
    r.key = undefined;
  });
  table.refsInNames = true;
}

/**
 * Two indicator-name columns, the first holding only codes and the second names ("Indicator": CHN1,
 * "Description": Cost per primary school pupil, as Scotland's LGBF tables head them), in a table with no
 * Ref column (helper hunt3): the codes are the refs and the second column the names. Both headers say the
 * column identifies the indicator; the cells say which is which. Each indicator used to be named by its
 * code, with a Check that the second column was not read. Not where the analyst mapped the sheet.
 */
function codesBesideNames(grid: GridView, table: IndicatorTable): void {
  const nameCol = table.columns.name;
  if (nameCol === undefined || table.columns.ref !== undefined || table.refsInNames || table.mapped) return;
  if (table.rows.length === 0) return;
  const second = table.duplicates.find((d) => d.usedCol === nameCol && d.what === FIELD_LABELS.name);
  if (!second) return;
  const rows = table.rows.map((r) => r.row);
  if (!allCodes(filledCells((r) => grid.raw(r, nameCol), rows))) return;
  if (!mostlyNames(filledCells((r) => grid.raw(r, second.col), rows))) return;
  for (const r of table.rows) {
    const name = cellText(grid.shown(r.row, second.col)).trim();
    r.ref = r.name;
    if (name !== '') r.name = name;
    r.key = undefined;
  }
  table.columns.ref = nameCol;
  table.columns.name = second.col;
  table.duplicates = table.duplicates.filter((d) => d !== second);
}

/**
 * A header row met inside a table (the next table's, or the same header repeated): its only numbers
 * are month dates, so an indicator named like a header ("Measure") with figures is never one.
 */
function isHeaderRow(grid: GridView, r: number, reader: HeaderReader, filled: readonly number[]): boolean {
  for (const c of filled) {
    const v = grid.raw(r, c);
    if (typeof v === 'number' && reader.roleOf(v)?.kind !== 'month') return false;
  }
  // A header names its indicator column in the row itself (readHeaderBand, `hasName`): a row of text
  // without one, a note say, is no header, and its header band is not read (issue 11).
  let named = false;
  for (let i = 0; i < filled.length && !named; i++) {
    const v = grid.raw(r, filled[i]);
    // Without a mapping a number is a month's date or nothing to a header, never the name column's
    // header: not looked up (issue 11: every number of every row came here).
    if (typeof v === 'number' && !reader.mapped) continue;
    const role = reader.roleOf(v);
    named = role !== null && role.kind === 'field' && role.field === 'name';
  }
  return named && readHeaderBand(grid, r, reader) !== null;
}

/**
 * The title row above a header: the nearest row (within four, after the previous table) holding one
 * piece of text, skipping a row of quarter labels.
 */
function findTitle(
  grid: GridView,
  headerRow: number,
  previousEnd: number,
): { title: string | null; titleRow: number | null } {
  for (let r = headerRow - 1; r > previousEnd && r >= headerRow - 4; r--) {
    const filled = grid.filledColumns(r);
    if (filled.length === 0) continue;
    const texts = filled.map((c) => grid.text(r, c));
    if (texts.every((t) => parseQuarterLabel(t) !== null) || periodBand(texts)) continue;
    if (filled.length === 1 && typeof grid.raw(r, filled[0]) === 'string') return { title: texts[0], titleRow: r };
    return { title: null, titleRow: null };
  }
  return { title: null, titleRow: null };
}

/**
 * The nearest line above a header (within four rows, after the previous table; as `findTitle`) that names
 * a priority: lines that do not (`priorityNameOf`: a date, "Position at …", "Produced by …") are passed
 * over. `unsure`: a line passed over as reading like a sentence, for a Check.
 */
function findPriorityTitle(
  grid: GridView,
  headerRow: number,
  previousEnd: number,
  banners?: ReadonlySet<string>,
): { name: string | null; unsure: { row: number; text: string } | null } {
  let unsure: { row: number; text: string } | null = null;
  for (let r = headerRow - 1; r > previousEnd && r >= headerRow - 4; r--) {
    const filled = grid.filledColumns(r);
    if (filled.length === 0) continue;
    const texts = filled.map((c) => grid.text(r, c));
    if (texts.every((t) => parseQuarterLabel(t) !== null)) continue;
    // A merged period band over the header ("Q1 2025/26 | Q2 2025/26 | Comparison": fresh user 12) is passed over too.
    if (periodBand(texts)) continue;
    if (filled.length !== 1 || typeof grid.raw(r, filled[0]) !== 'string') break;
    // The workbook's banner, on every sheet, names whose report it is (read/banner-lines.ts).
    if (isBanner(banners, texts[0])) continue;
    const said = priorityNameOf(texts[0]);
    if (said.name !== null) return { name: said.name, unsure };
    if (said.unsure && unsure === null) unsure = { row: r, text: texts[0] };
  }
  return { name: null, unsure };
}

/** Two or more cells, one a quarter at least, the others a few words each ("Comparison", "Year to date"). */
function periodBand(texts: readonly string[]): boolean {
  if (texts.length < 2 || !texts.some((t) => parseQuarterLabel(t) !== null)) return false;
  return texts.every((t) => parseQuarterLabel(t) !== null || t.trim().split(/\s+/).length <= 3);
}

/** Two header rows with the same texts in the same columns. */
function sameHeader(grid: GridView, a: number, b: number): boolean {
  const texts = (row: number) =>
    grid
      .filledColumns(row)
      .map((c) => `${c}:${normaliseText(grid.raw(row, c))}`)
      .join('|');
  return texts(a) === texts(b);
}

export { stripYear } from './titles';
import { priorityBandName, priorityNameOf } from './titles';
import { isBanner } from './banner-lines';
import { bandRowWithStatus } from './band-rows';

/**
 * The year a target header ("20/21 Target") or last year's outturn header ("2019/20 Outturn" says the
 * table is 2020/21's) gives the table, with the header that said it: the column read as the outturn,
 * which of several is the latest (read/header-band.ts).
 */
function headerYear(grid: GridView, band: HeaderBand): { year: string; text: string; outturn: boolean } | null {
  const targetCol = band.columns.target;
  if (targetCol !== undefined) {
    const t = grid.text(band.headerRow, targetCol);
    const y = findYearLabel(t) ?? yearFromShortLabel(t);
    if (y) return { year: y, text: t.trim(), outturn: false };
  }
  const outturnCol = band.columns.outturn;
  if (outturnCol !== undefined) {
    const t = grid.text(band.headerRow, outturnCol);
    const y = yearFromShortLabel(t) ?? findYearLabel(t);
    if (y) {
      const start = Number(y.slice(0, 4)) + 1;
      return { year: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, text: t.trim(), outturn: true };
    }
  }
  return null;
}

/** A period column's header as typed: the month under a quarter label, else the header row's cell. */
function headerTextOf(grid: GridView, band: HeaderBand, col: number): string {
  const below = band.subHeaderRow === null ? '' : grid.text(band.subHeaderRow, col).trim();
  return below || grid.text(band.headerRow, col).trim();
}
