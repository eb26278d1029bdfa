/** Reading a whole workbook: every sheet's indicator tables, the Targets and Last year sheets. */
import type {
  ColumnMapping,
  ColumnRole,
  Finding,
  IndicatorTable,
  QuarterNumber,
  SheetGrid,
  WorkbookModel,
} from '../model';
import { finding } from '../catalogue';
import { InputError } from '../errors';
import { uncalculatedCells } from './uncalculated';

import { figure, plural } from '../words';
import {
  findQuarterIn,
  monthsOfQuarter,
  monthNumber,
  parsePeriodHeader,
  parseQuarterLabel,
  quarterEndMonth,
  spokenMonth,
} from '../periods';
import { GridView } from './grid';
import { describeRole } from './headers';
import { headerReaderFor, isIgnoredSheet } from './mapping';
import {
  foundWords,
  mappingHintFor,
  nearestHeaderRow,
  notUnderstoodNow,
  notUnderstoodWords,
  suggestionWords,
} from './mapping-hint';
import { indicatorKey, readMonthlySheet, rowKey, supportSheetKind, type MonthlySheet } from './support-sheets';
import { findTables } from './tables';
import { cellText, normaliseText, readPeriodValue } from './values';
import { NO_TYPED_VARIANCE } from './rows';
import { columnLetters } from '../a1';
import {
  inDateSystem1900,
  isPercentFormat,
  numberFormatOf,
  supportSheetScales,
  type SupportScaleInput,
} from './number-formats';
import { mixedYearsRefusal } from './years';
import { statusColumnOwner } from './status-column';
import { calendarQuartersRefusal, emptyYearRefusal, targetOfAnotherYearRefusal } from './time-refusals';
import { targetsOfTwoYearsRefusal } from './target-years';
import { halfReadRefusal, numbersAsNames } from './half-read';
import { transposedTableRefusal } from './transposed';
import { byAreaRefusal } from './by-area';
import { pairCellsRefusal } from './pair-cells';
import { countAndRateUnderLabelsAbove } from './count-rate-under-labels';
import { organisationOf } from './organisation';
import { readParallelSheets } from './parallel-sheets';
import { areaSupportRowsNote, readAreaSheets } from './area-sheets';
import { markTargetsNotOwn } from './parallel-targets';
import { readThemeBands } from './themes';
import { readDirectorateSheets } from './directorate-sheets';
import { repeatedBanners } from './banner-lines';
import { unreadBudgetNotes } from './budget-lines';
import {
  councilColumnsFinding,
  councilColumnsOf,
  councilMapping,
  labelNamed,
  mappedCouncil,
  ownCouncil,
  scoreCouncilColumns,
} from './council-columns';

export interface ReadOptions {
  mapping?: ColumnMapping | null;
  /** Sheets not to read: the product's own (summaries, settings). */
  skipSheets?: string[];
  /**
   * Sheets recognised as the product's by their content that the state does not list (after
   * `scorecard reset-state`, or a copy; state/run.ts, unlistedProductSheets): not read, and a Note names each.
   */
  unlistedProductSheets?: string[];
  /** The quarter the run scores, when it names one: the quarter a value column headed "Actual" alone holds. */
  quarter?: QuarterNumber | null;
  /**
   * The Status cells the product wrote at the last scoring that still show what it wrote, by
   * `statusCellKey` (state/run.ts, from the journal): 'written' over something else, or 'handedBack' (the
   * analyst's typed words written back). read/status-column.ts decides from them whose a Status column is.
   */
  productStatusCells?: ReadonlyMap<string, 'written' | 'handedBack'>;
}

export interface NearMiss {
  sheet: string;
  row: number;
  roles: ColumnRole[];
  /** A whole header with no indicator rows under it. */
  noRows?: boolean;
}

export interface ReadResult extends WorkbookModel {
  nearMisses: NearMiss[];
  /** Hidden sheets holding indicator tables, which are not scored: sheet and number of indicators. */
  hiddenTables: { sheet: string; indicators: number }[];
  /** Why the workbook cannot be scored as read, when it cannot (issue 7): see `refusal`. */
  refusal?: InputError;
}

export function readWorkbook(grids: SheetGrid[], options: ReadOptions = {}): ReadResult {
  const mapping = options.mapping ?? null;
  const skip = new Set(options.skipSheets ?? []);
  const unlisted = new Set(options.unlistedProductSheets ?? []);
  const model: ReadResult = {
    tables: [],
    explicitTargets: new Map(),
    explicitTargetRows: new Map(),
    lastYear: new Map(),
    supportSheets: { targets: null, lastYear: null },
    findings: [],
    nearMisses: [],
    hiddenTables: [],
  };
  const views = new Map<string, GridView>();
  // Every sheet's view, the support sheets' too: how the figures scoring copies are shown (score/figure-formats.ts).
  const sheetCells = new Map<string, GridView>();
  model.sheetCells = sheetCells;
  const supportScales: SupportScaleInput = { tables: model.tables, views, targets: null, lastYear: null };
  let targetConflicts: MonthlySheet['conflicts'] = [];
  // What names the organisation: sheet names, text above the tables, titles, priorities (read/organisation.ts).
  const naming: string[] = [];
  // A banner on every sheet names whose report it is, never a priority (read/banner-lines.ts; fresh user 14).
  const banners = repeatedBanners(grids);
  // Shared services' sheets not scored for want of knowing whose figures are the workbook's (council-columns.ts).
  const councilRefusals: { finding: Finding; tables: IndicatorTable[]; oneRow: boolean }[] = [];
  for (const grid of grids) {
    if (skip.has(grid.name) || isIgnoredSheet(mapping, grid.name)) continue;
    if (unlisted.has(grid.name)) {
      // The product's own sheet that the state does not list (reset-state removed it, or a copy): never
      // read as an indicator table, so never written to either; a Note says so.
      model.findings.push(
        finding({
          kind: 'product-sheet-not-listed',
          at: { sheet: grid.name, row: 0, col: 0 },
          ref: null,
          sheet: grid.name,
        }),
      );
      continue;
    }
    const view = new GridView(inDateSystem1900(grid));
    sheetCells.set(grid.name, view);
    const support = supportSheetKind(grid.name);
    if (support) {
      const sheet = readMonthlySheet(view);
      if (sheet && support === 'targets' && model.supportSheets.targets === null) {
        supportScales.targets = { name: grid.name, cells: view, sheet };
        model.supportSheets.targets = grid.name;
        model.explicitTargets = sheet.values;
        model.explicitTargetRows = sheet.rows;
        model.explicitTargetColumns = sheet.columns;
        model.findings.push(...sheet.findings);
        targetConflicts = sheet.conflicts;
        continue;
      }
      if (sheet && support === 'lastYear' && model.supportSheets.lastYear === null) {
        supportScales.lastYear = { name: grid.name, cells: view, sheet };
        model.supportSheets.lastYear = grid.name;
        model.lastYear = sheet.values;
        model.findings.push(...sheet.findings);
        continue;
      }
    }
    views.set(grid.name, view);
    let found = findTables(view, headerReaderFor(mapping, grid.name), { quarter: options.quarter, banners });
    // Each quarter's figures for two or more councils (a shared service): the workbook's own council's are
    // scored, or the sheet is not (read/council-columns.ts; fresh user 15).
    const shared = sharedServiceTables(grids, view, found, mapping, { quarter: options.quarter, banners });
    if (shared) {
      model.findings.push(shared.finding);
      if (shared.found === null) {
        councilRefusals.push({ finding: shared.finding, tables: found.tables, oneRow: shared.oneRow });
        continue;
      }
      found = shared.found;
    }
    if (grid.hidden) {
      // A hidden sheet is usually an old copy or working: scoring it would count its indicators twice.
      const indicators = found.tables.reduce((n, t) => n + t.rows.length, 0);
      if (indicators > 0) model.hiddenTables.push({ sheet: grid.name, indicators });
      continue;
    }
    for (const t of found.tables) {
      const theirs = analystVarianceColumn(t, grid, mapping);
      if (theirs) model.findings.push(theirs);
      const status = statusColumnOwner(t, grid, options.productStatusCells);
      if (status) model.findings.push(status);
    }
    model.tables.push(...found.tables);
    namingTexts(grid, found.tables, naming);
    model.findings.push(...strayRowFindings(grid.name, found.strayRows));
    // A budget table that is no indicator table: said, with how to map it (read/budget-lines.ts; fresh user 14).
    model.findings.push(...unreadBudgetNotes(view, found.tables));
    for (const miss of found.nearMisses) model.nearMisses.push({ sheet: grid.name, ...miss });
  }
  // Sheets repeating the whole's refs with an area's figures: breakdowns, not counted (read/area-sheets.ts; fresh user 12).
  const areas = readAreaSheets(model.tables, views, mapping);
  model.findings.push(...areas.findings);
  const areaSupport = areaSupportRowsNote(model.tables, model);
  if (areaSupport) model.findings.push(areaSupport);
  // The same indicators on several sheets, one per organisation: a priority each (read/parallel-sheets.ts; session 11).
  const parallel = readParallelSheets(
    model.tables.filter((t) => !areas.sheets.has(t.sheet)),
    areas.parallel,
  );
  model.findings.push(...parallel.notes);
  // A Targets sheet row found by ref is not every organisation's where their own targets differ (parallel-targets.ts).
  markTargetsNotOwn(parallel.groups, model.tables, model);
  // Several titled tables on a directorate's sheet: the sheet is the priority (read/directorate-sheets.ts; fresh user 8).
  const organisation = organisationOf(naming);
  model.findings.push(...readDirectorateSheets(model.tables, views, banners, organisation));
  readThemeBands(model.tables);
  if (organisation !== 'council') model.organisation = organisation;
  // The one sheet with tables, its councils' figures in one header row ("Q1 Barnsley | Q1 Doncaster"), whose
  // council cannot be told: refused as a comparison table, as before (unreadableTable), not "no table found".
  if (model.tables.length === 0 && councilRefusals.length > 0 && councilRefusals[0].oneRow) {
    model.tables.push(...councilRefusals[0].tables);
    model.findings = model.findings.filter((f) => f !== councilRefusals[0].finding);
    councilRefusals.length = 0;
  }
  placeActualColumns(model, views);
  // The Targets and Last year sheets' percentages against each indicator's values (noticed item 1, session 5).
  supportSheetScales(supportScales, rowKey);
  model.findings.push(...nearMissFindings(model), ...hiddenSheetFindings(model));
  // A formula with no saved result: refused only where a table read or written holds it (read/uncalculated.ts).
  const uncalculated = uncalculatedCells(grids, model.tables, [
    model.supportSheets.targets,
    model.supportSheets.lastYear,
  ]);
  model.findings.push(...uncalculated.notes);
  const refusal =
    // The only sheet with tables, refused: nothing at all was scored, said so.
    (model.tables.length === 0 && councilRefusals.length > 0
      ? new InputError(
          councilRefusals[0].finding.message.replace('so that sheet was not scored', 'so nothing was scored'),
        )
      : null) ??
    uncalculated.refusal ??
    unreadableTable(model, views, mapping, options.quarter, grids.length) ??
    mixedYearsRefusal(model.tables) ??
    targetsConflictRefusal(model, targetConflicts);
  if (refusal) model.refusal = refusal;
  return model;
}

/** Rows and columns looked at above a sheet's first table (or at its top, where it has none: a cover sheet). */
const NAMING_ROWS = 8;
const NAMING_COLUMNS = 6;

/**
 * The texts of a sheet that may name whose workbook it is (read/organisation.ts), added to `out`: its name,
 * the text cells above its first table (the report's title) or at its top where it has no table, and its
 * tables' titles and priorities (band rows' too). Never an indicator's name.
 */
function namingTexts(grid: SheetGrid, tables: IndicatorTable[], out: string[]): void {
  out.push(grid.name);
  let above = NAMING_ROWS;
  for (const t of tables) above = Math.min(above, t.titleRow ?? t.headerRow);
  for (let r = 0; r < above && r < grid.values.length; r++) {
    const row = grid.values[r];
    for (let c = 0; c < NAMING_COLUMNS && c < row.length; c++)
      if (typeof row[c] === 'string') out.push(row[c] as string);
  }
  for (const t of tables) {
    if (t.title) out.push(t.title);
    out.push(t.priorityName);
    for (const s of t.skippedRows ?? []) if (s.why === 'priority') out.push(s.text);
  }
}

/**
 * A ref on two rows of the Targets sheet with different month targets, where an indicator has that ref
 * (noticed item 5, session 6): which target is meant cannot be told, and the first row used to be taken
 * with only a Check beside it — a RAG and a count that may rest on the wrong row. Refused in one sentence
 * naming the refs, their rows and the first month they differ in. Rows that agree are used, as before.
 */
function targetsConflictRefusal(model: ReadResult, conflicts: MonthlySheet['conflicts']): InputError | null {
  if (conflicts.length === 0) return null;
  const used = new Set<string>();
  for (const t of model.tables) for (const r of t.rows) used.add(indicatorKey(r.ref ?? r.name));
  const found: MonthlySheet['conflicts'] = [];
  for (const c of conflicts)
    if (used.has(indicatorKey(c.text)) && !found.some((f) => indicatorKey(f.text) === indicatorKey(c.text)))
      found.push(c);
  if (found.length === 0) return null;
  const sheet = model.supportSheets.targets!;
  const shown = (n: number | null) => (n === null ? 'blank' : figure(n));
  const each = found
    .slice(0, 3)
    .map(
      (c) =>
        `${c.text} (rows ${c.rows[0] + 1} and ${c.rows[1] + 1}: ${spokenMonth(c.month)} ${shown(c.figures[0])} and ${shown(c.figures[1])})`,
    );
  const more = found.length > 3 ? ` and ${plural(found.length - 3, 'more ref')}` : '';
  const list = each.length === 1 ? each[0] : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`;
  return new InputError(
    `The ${sheet} sheet gives ${list}${more} two different month targets, so nothing was scored rather than pick one; ` +
      `keep one row for each ref on the ${sheet} sheet and score again.`,
  );
}

/** A table's period columns: none at all means none was recognised. */
function hasPeriodColumns(t: IndicatorTable): boolean {
  return t.monthColumns.some((c) => c !== null) || t.rows.some((r) => r.previousYear !== undefined);
}

/**
 * Tables whose only value column is "Actual" (or "Result" …) and whose quarter neither the run, the
 * title nor the sheet's name gives: the quarter is the latest with data in the workbook's other tables.
 * Without one, the table stays unplaced and the run is refused (see `unreadableTable`).
 */
function placeActualColumns(model: ReadResult, views: Map<string, GridView>): void {
  const unplaced = model.tables.filter(
    (t) => t.currentColumn !== null && t.currentColumn !== undefined && !hasPeriodColumns(t),
  );
  if (unplaced.length === 0) return;
  let latest: QuarterNumber | null = null;
  for (const t of model.tables) {
    if (unplaced.includes(t)) continue;
    for (const r of t.rows) {
      for (const q of [4, 3, 2, 1] as QuarterNumber[]) {
        if (latest !== null && q <= latest) break;
        if (monthsOfQuarter(q).some((m) => r.periods[m - 1].kind === 'number')) latest = q;
      }
    }
  }
  if (latest === null) return;
  const month = quarterEndMonth(latest);
  for (const t of unplaced) {
    const view = views.get(t.sheet)!;
    t.monthColumns[month - 1] = t.currentColumn!;
    for (const r of t.rows) {
      r.periods[month - 1] = readPeriodValue(view.raw(r.row, t.currentColumn!));
      r.periodColumns[month - 1] = t.currentColumn!;
      r.shown = undefined; // how its figures are shown is worked out again (number-formats.ts)
    }
  }
}

/**
 * Why a workbook must not be scored as read (issue 7): no table at all; a table with an indicator
 * column and a target but no period column (every indicator would be a data gap under an invented
 * quarter); a value column headed "Actual" whose quarter nothing gives. Null when it can be scored.
 * Each refusal names the sheet and header row, what was not understood and the mapping that would fix
 * it, and carries that as data (`InputError.mappingHint`) for a mapping panel.
 */
export function unreadableTable(
  model: ReadResult,
  views: Map<string, GridView>,
  mapping: ColumnMapping | null,
  quarter: QuarterNumber | null | undefined,
  sheetCount: number,
): InputError | null {
  const hintAt = (sheet: string, row: number) =>
    mappingHintFor(views.get(sheet)!, row, headerReaderFor(mapping, sheet), quarter);
  if (model.tables.length === 0) return noTableError(model, sheetCount, views, mapping, quarter);
  for (const t of model.tables) {
    const row = t.rows.find((x) => x.multiplierMix !== undefined);
    if (row) {
      const mix = row.multiplierMix!;
      const who = row.ref ?? `"${row.name}"`;
      return new InputError(
        `'${t.sheet}' row ${row.row + 1} (${who}) has figures typed in millions or thousands ("${mix.typed}") beside ${mix.plainWhere} typed as a plain ${mix.plain}, a hundred or more times smaller, so which scale is meant cannot be told and nothing was scored; write them the same way, all with the "m" (or "k") or all in full.`,
        hintAt(t.sheet, t.headerRow),
      );
    }
  }
  const split = model.tables.find((t) => t.targetActualRows !== undefined);
  if (split) {
    const { col, firstRow } = split.targetActualRows!;
    return new InputError(
      `'${split.sheet}' gives each indicator's targets and figures on separate rows (column ${columnLetters(col)} says "Target" on some rows and "Actual" on others, from row ${firstRow + 1}), but one row per indicator is read, so nothing was scored rather than score targets as figures; put each indicator on one row, its figures under the period columns and its target in a Target column (or each period's target in a "Q1 Target" … column), or list the month targets on a sheet named Targets.`,
      hintAt(split.sheet, split.headerRow),
    );
  }
  const targetRow = model.tables.find((t) => t.targetRowUnder !== undefined);
  if (targetRow) {
    const { row, name, aboveRow, aboveName } = targetRow.targetRowUnder!;
    return new InputError(
      `'${targetRow.sheet}' row ${row + 1}, "${name}", holds the targets of ${aboveName} (row ${aboveRow + 1}), but one row is read per indicator, so nothing was scored rather than score them as an indicator; give each period's target a column ("Q1 Target" …), or the year's a Target column, or use a sheet named Targets, and delete the target rows.`,
      hintAt(targetRow.sheet, targetRow.headerRow),
    );
  }
  const calendarQuarters = calendarQuartersRefusal(model.tables, hintAt);
  if (calendarQuarters) return calendarQuarters;
  // Weeks (or days) heading the periods, several in one month (session 10, helper layouts3).
  const weekly = model.tables.find((t) => t.datesInOneMonth !== undefined && !t.mapped && t.rows.length > 0);
  if (weekly) {
    const { month, dates } = weekly.datesInOneMonth!;
    const shown = dates.length > 3 ? `${dates.slice(0, 3).join(', ')} …` : dates.join(', ');
    return new InputError(
      `'${weekly.sheet}' row ${weekly.headerRow + 1} heads its figures with dates, several in ${spokenMonth(monthNumber(month))} (${shown}), but one figure is read per month, so which is the month's cannot be told and nothing was scored; give each month one column headed with the month (such as "Oct-25"), holding its figure for the month (its total, or its last week's), and move the weekly or daily figures to a sheet of their own that you hide (hidden sheets are not scored).`,
      { ...hintAt(weekly.sheet, weekly.headerRow), suggestedMapping: null },
    );
  }
  // The same periods under a label for each district or area (session 10, helper layouts3).
  const places = model.tables.find((t) => t.periodsUnderPlaces !== undefined && !t.mapped && t.rows.length > 0);
  if (places) {
    const { row, labels } = places.periodsUnderPlaces!;
    const quoted = labels.map((l) => `"${l}"`);
    const named =
      quoted.length > 3
        ? `${quoted.slice(0, 3).join(', ')} …`
        : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    return new InputError(
      `'${places.sheet}' row ${places.headerRow + 1} repeats its periods under ${named} (row ${row + 1}), a set for each district or area, but one figure is read per indicator and period, so nothing was scored rather than score ${quoted[0]}'s figures as the whole; keep one set of period columns with the figures for the whole (a total, or the organisation's own), and move each district's to a sheet of its own that you hide (hidden sheets are not scored).`,
      { ...hintAt(places.sheet, places.headerRow), suggestedMapping: null },
    );
  }
  const byPeriod = model.tables.find((t) => t.periodRows !== undefined);
  if (byPeriod)
    return periodRowsRefusal(byPeriod, views.get(byPeriod.sheet)!, hintAt(byPeriod.sheet, byPeriod.headerRow));
  const direction = model.tables.find((t) => t.ambiguousDirection !== undefined && t.rows.length > 0);
  if (direction) {
    const view = views.get(direction.sheet)!;
    const header = view.text(direction.headerRow, direction.ambiguousDirection!);
    return new InputError(
      `'${direction.sheet}' row ${direction.headerRow + 1} has a column headed "${header}" holding Up and Down, and no polarity column, so whether it says which way is better or which way the figures moved cannot be told and nothing was scored; head it "Polarity" if it says which way is better (or map it: {"columns":{"${header}":"polarity"}}), or "Direction of travel" if it says how the figures moved (or map it to dot).`,
      hintAt(direction.sheet, direction.headerRow),
    );
  }
  // Each indicator on a row per ward, district or team (helper layouts).
  const byArea = byAreaRefusal(model.tables, views, hintAt);
  if (byArea) return byArea;
  // "45 / 50" in every period cell: a figure and its target in one cell (pair-cells.ts).
  const pairCells = pairCellsRefusal(model.tables, views, hintAt);
  if (pairCells) return pairCells;
  const twoActuals = model.tables.find((t) => (t.otherCurrentColumns?.length ?? 0) > 0);
  if (twoActuals) return twoValueColumnsRefusal(twoActuals, views.get(twoActuals.sheet)!, hintAt);
  const noPeriods = model.tables.find(
    (t) => !hasPeriodColumns(t) && (t.currentColumn === null || t.currentColumn === undefined),
  );
  if (noPeriods) {
    const hint = hintAt(noPeriods.sheet, noPeriods.headerRow);
    // "Q1" over "Number | %" in the row above (count-rate-under-labels.ts): no comparison table.
    const countAndRate = countAndRateUnderLabelsAbove(views.get(noPeriods.sheet)!, noPeriods.headerRow);
    if (countAndRate) return new InputError(countAndRate, { ...hint, suggestedMapping: null });
    const n = noPeriods.rows.length;
    const fix =
      suggestionWords(hint) ??
      'map the column that holds the figures to the period it holds (a quarter such as Q3, or a month such as Dec)';
    const unread = notUnderstoodNow(hint).length > 0 ? `; not understood: ${notUnderstoodWords(hint)}` : '';
    return new InputError(
      `'${noPeriods.sheet}' row ${noPeriods.headerRow + 1} has ${foundWords(hint)} but no period column, so ${n === 1 ? 'its indicator would be a data gap' : `its ${plural(n, 'indicator')} would all be data gaps`} and nothing was scored${unread}; ${fix}.`,
      hint,
      // No mapping to copy and no comparison table: each front end says how to map by hand (helper hunt3).
      hint.suggestedMapping === null && !hint.comparisonColumns ? BY_HAND : undefined,
    );
  }
  const noQuarter = model.tables.find((t) => !hasPeriodColumns(t));
  if (noQuarter) {
    const hint = hintAt(noQuarter.sheet, noQuarter.headerRow);
    const header = views.get(noQuarter.sheet)!.text(noQuarter.headerRow, noQuarter.currentColumn!);
    return new InputError(
      `'${noQuarter.sheet}' row ${noQuarter.headerRow + 1} has a value column "${header}" but nothing says which quarter it holds: choose the quarter to score (--quarter Q2 on the command line, or the quarter in the task pane), or name it in the header, such as "Q2 ${header}".`,
      hint,
    );
  }
  // A column not understood that shows a guess was wrong: codes as names, polarity words unread (helper hunt3).
  // Every figure of last year's, this year's columns laid out but empty (helper multiyear).
  return (
    halfReadRefusal(model.tables, views, mapping, hintAt, quarter) ??
    emptyYearRefusal(model.tables, views, mapping, hintAt) ??
    targetOfAnotherYearRefusal(model.tables, views, mapping, hintAt) ??
    // "Target 2024/25 | Target 2025/26" beside undated periods (session 11, read/target-years.ts).
    targetsOfTwoYearsRefusal(model.tables, hintAt)
  );
}

/**
 * A table of one value column ("Actual") beside a column naming each row's period ("Month": Apr-25,
 * May-25 …): where an indicator comes back on several rows (one row per period, as data extracts and
 * NHS returns are laid out), each row would be scored as an indicator and every month's figure as the
 * quarter's; where the rows name different periods, one column cannot stand for them all. Refused,
 * saying how to lay the table out (one row per indicator, a column per period).
 */
function periodRowsRefusal(t: IndicatorTable, view: GridView, hint: ReturnType<typeof mappingHintFor>): InputError {
  const p = t.periodRows!;
  const value = view.text(t.headerRow, t.currentColumn!);
  const shown = p.texts.slice(0, 3).join(', ') + (p.texts.length > 3 ? ' …' : '');
  const columns = p.texts
    .slice(0, 2)
    .map((x) => `"${x}"`)
    .join(', ');
  const where = `column ${columnLetters(p.col)}, "${p.header}", holds ${shown}, from row ${p.firstRow + 1}`;
  if (p.years)
    return new InputError(
      p.repeated
        ? `'${t.sheet}' gives each indicator on several rows, one for each financial year (${where}), but one row per indicator is read, so nothing was scored rather than score another year's row as this year's; keep only this year's rows in the table and put last year's figures on a sheet named "Last year" (a Ref column and the months), or head each year's columns with its year ("Q1 2024/25", "Apr-25" …).`
        : `'${t.sheet}' names a different financial year on different rows (${where}), so which year its period columns hold cannot be told and nothing was scored; keep one year's rows in the table, or head each year's columns with its year ("Q1 2024/25", "Apr-25" …).`,
      hint,
    );
  return new InputError(
    p.repeated
      ? `'${t.sheet}' gives each indicator on several rows, one for each period (${where}), but one row per indicator is read, so nothing was scored rather than score every period's "${value}" figure as the quarter's; put each indicator on one row with a column for each period (headed ${columns} …).`
      : `'${t.sheet}' names periods of different financial years on different rows (${where}) but one scoring counts one financial year, so nothing was scored rather than count another year's "${value}" figure in this year's; keep one year's rows in the table, or put the figures in a column for each period (headed ${columns} …).`,
    hint,
  );
}

/**
 * A table with two or more value columns that name no period ("Actual" under a "Q1" group header and
 * again under "Q2", or under "2023/24" and "2024/25"): scoring the first as the quarter would score
 * the wrong period's figure, silently. Refused, naming the columns and the group labels above them,
 * and saying how to head them so each is read.
 */
function twoValueColumnsRefusal(
  t: IndicatorTable,
  view: GridView,
  hintAt: (sheet: string, row: number) => ReturnType<typeof mappingHintFor>,
): InputError {
  const cols = [t.currentColumn!, ...t.otherCurrentColumns!];
  const headers = [...new Set(cols.map((c) => view.text(t.headerRow, c)))];
  // Each column's group label in the row above: its own (or its merged area's) cell, else the nearest
  // label to its left, not beyond the previous value column.
  const groupOf = (c: number, i: number) => {
    for (let x = c; x > (i === 0 ? -1 : cols[i - 1]); x--) {
      const label = cellText(view.shown(t.headerRow - 1, x)).trim();
      if (label !== '') return label;
    }
    return '';
  };
  const above = t.headerRow > 0 ? cols.map(groupOf) : [];
  const groups = above.length > 0 && above.every((g) => g !== '') && new Set(above).size === cols.length ? above : null;
  const quarter = findQuarterIn(t.title ?? '') ?? findQuarterIn(t.sheet);
  const withPeriod = (g: string, h: string) =>
    parseQuarterLabel(g) !== null || findQuarterIn(g) !== null || parsePeriodHeader(g)?.kind === 'month'
      ? `"${g} ${h}"`
      : `"Q${quarter ?? 1} ${g} ${h}"`;
  const letters = cols.map((c) => columnLetters(c)).join(', ');
  const where = groups ? `, under ${groups.map((g) => `"${g}"`).join(', ')} in row ${t.headerRow}` : '';
  const named = headers.map((h) => `"${h}"`).join(' and ');
  const example = groups
    ? groups
        .slice(0, 2)
        .map((g, i) => withPeriod(g, view.text(t.headerRow, cols[i])))
        .join(', ')
    : `"Q1 ${headers[0]}", "Q2 ${headers[0]}"`;
  return new InputError(
    `'${t.sheet}' row ${t.headerRow + 1} has ${cols.length} value columns headed ${named} (columns ${letters}${where}) and nothing in those headers says which period each holds, so nothing was scored rather than score one of them as the quarter; put the period in each header, such as ${example}, and map any you do not want scored to ignore.`,
    hintAt(t.sheet, t.headerRow),
  );
}

/** The plain-English reason no table was found, naming the nearest misses. */
export function noTableError(
  result: ReadResult,
  sheetCount: number,
  views?: Map<string, GridView>,
  mapping: ColumnMapping | null = null,
  quarter?: QuarterNumber | null,
): InputError {
  const error = noTableErrorText(result, sheetCount);
  if (!views || result.hiddenTables.length > 0) return error;
  // Periods down a column and indicators across a row: no mapping turns a table round (helper layouts).
  const transposed = transposedTableRefusal(views.values());
  if (transposed) return transposed;
  const empty = result.nearMisses.find((m) => m.noRows);
  if (empty) {
    // The header is whole: what it needs is indicator rows, not a mapping. The hint still shows the header.
    const view = views.get(empty.sheet)!;
    const reader = headerReaderFor(mapping, empty.sheet);
    const hint = mappingHintFor(view, empty.row, reader, quarter);
    const pairs =
      pairsUnderLabels(view, empty.row, reader, quarter) ?? countAndRateUnderLabels(view, empty.row, reader);
    // Rows there, but numbers in the name column (helper hunt3): not "add a row for each indicator".
    const numbers = pairs ? null : numbersAsNames(view, empty.row, reader, mapping);
    if (numbers) return new InputError(numbers.message, { ...hint, suggestedMapping: numbers.mapping }, numbers.byHand);
    return new InputError(pairs ?? error.message, { ...hint, missing: ['indicator rows'], suggestedMapping: null });
  }
  // The nearest header row: the first near miss, else the row most like a header on any sheet.
  let at: { sheet: string; row: number } | null = result.nearMisses[0]
    ? { sheet: result.nearMisses[0].sheet, row: result.nearMisses[0].row }
    : null;
  if (!at) {
    let best = -1;
    for (const [sheet, view] of views) {
      const near = nearestHeaderRow(view, headerReaderFor(mapping, sheet));
      if (near && near.score > best) {
        best = near.score;
        at = { sheet, row: near.row };
      }
    }
  }
  if (!at) return error;
  const hint = mappingHintFor(views.get(at.sheet)!, at.row, headerReaderFor(mapping, at.sheet), quarter);
  const budget = budgetTableHeaders(views.get(at.sheet)!, at.row);
  if (budget) {
    // A budget monitoring table: no mapping would make its lines indicators, so none is offered (session 9, fresh-user check 3).
    return new InputError(
      `No indicator table found: '${at.sheet}' row ${at.row + 1} (${budget.map((h) => `"${h}"`).join(', ')}) is a budget monitoring table, not a table of performance indicators, so nothing was scored. ` +
        `The scorecard scores indicators against their targets; mapped as one, each budget line would be judged as an indicator with its budget as the target, so no mapping is offered. ` +
        `Score the sheets that hold your indicators (a "Performance Indicator" column, a target and month or quarter figures).`,
    );
  }
  const fix = suggestionWords(hint);
  const unread = notUnderstoodNow(hint).length > 0 ? `not understood: ${notUnderstoodWords(hint)}` : '';
  const tail = [unread, fix ?? ''].filter((x) => x !== '').join('; ');
  if (result.nearMisses.length > 0 && hint.comparisonColumns) {
    // A comparison table: no mapping would read it, so the sentence does not ask for one (helper hunt3).
    return new InputError(`${error.message.replace(/; map the columns by hand\.$/, '')}: ${fix}.`, hint);
  }
  if (result.nearMisses.length > 0) {
    return new InputError(
      tail ? `${error.message.replace(/\.$/, '')} (${tail}).` : error.message,
      hint,
      error.mapByHand ? BY_HAND : undefined,
    );
  }
  const found = foundWords(hint);
  const base = error.message.replace(/; map the columns by hand if the headers use other names\.$/, '');
  if (hint.comparisonColumns) {
    // A comparison table: no mapping would read it, so the sentence does not ask for one (helper hunt3).
    return new InputError(
      `${base}; nearest: '${at.sheet}' row ${at.row + 1} has ${found} but no ${hint.missing.join(' and no ')}: ${fix}.`,
      hint,
    );
  }
  return new InputError(
    `${base}; nearest: '${at.sheet}' row ${at.row + 1} has ${found} but no ${hint.missing.join(' and no ')}${tail ? ` (${tail})` : ''}; map the columns by hand if the headers use other names.`,
    hint,
    BY_HAND,
  );
}

/**
 * A header whose next row holds "Target" and "Actual" (or "Result" …) under group labels that are not
 * quarters ("2023/24 | 2024/25"): which period each figure is cannot be told, so nothing is scored.
 * The sentence says so and how to head the columns; null when the next row is not such a row.
 */
function pairsUnderLabels(
  view: GridView,
  row: number,
  reader: ReturnType<typeof headerReaderFor>,
  quarter: QuarterNumber | null | undefined,
): string | null {
  if (row + 1 >= view.rowCount) return null;
  const words: string[] = [];
  let actual = false;
  for (const col of view.filledColumns(row + 1)) {
    const role = reader.roleOf(view.raw(row + 1, col));
    if (role?.kind === 'current') actual = true;
    else if (role?.kind !== 'field') return null;
    const text = view.text(row + 1, col);
    if (!words.includes(text)) words.push(text);
  }
  if (!actual) return null;
  const labels: string[] = [];
  for (const col of view.filledColumns(row)) {
    const role = reader.roleOf(view.raw(row, col));
    if (role === null || role.kind === 'quarter' || role.kind === 'year' || role.kind === 'month') {
      const text = view.text(row, col);
      if (role !== null && !labels.includes(text)) labels.push(text);
    }
  }
  const q = quarter ?? findQuarterIn(view.name) ?? 1;
  const year = labels.length > 0 ? labels[labels.length - 1] : '2024/25';
  const under = labels.length > 0 ? ` under ${labels.map((l) => `"${l}"`).join(', ')}` : '';
  return `'${view.name}' rows ${row + 1} and ${row + 2} are a two-row header: row ${row + 2} holds ${words.map((w) => `"${w}"`).join(' and ')}${under}, and which period each figure is cannot be told from that, so nothing was scored; head the columns in one row, each figure with its period and each target as a target, such as "Q${q} ${year} Actual" and "Target ${year}".`;
}

/**
 * A header whose next row holds "No." and "%" (or "Number" and "Rate") under each quarter or month label
 * (helper layouts): which of the two is the indicator's figure cannot be told, and the refusal said the
 * header had no indicator rows under it. The sentence says so and how to head the columns (in one row,
 * "Q1 %" is read as Q1's figure and "Q1 No." is left unread); null when the next row is not such a row.
 */
function countAndRateUnderLabels(
  view: GridView,
  row: number,
  reader: ReturnType<typeof headerReaderFor>,
): string | null {
  if (row + 1 >= view.rowCount) return null;
  const kinds = new Set<string>();
  const words: string[] = [];
  for (const col of view.filledColumns(row + 1)) {
    const text = view.text(row + 1, col).trim();
    const kind = /^(?:no\.?|nos\.?|number|count|n|volume|#)$/i.test(text)
      ? 'count'
      : /^(?:%|percent|percentage|rate|%age)$/i.test(text)
        ? 'rate'
        : null;
    if (kind === null) return null;
    kinds.add(kind);
    if (!words.includes(text)) words.push(text);
  }
  if (kinds.size < 2) return null;
  const labels: string[] = [];
  for (const col of view.filledColumns(row)) {
    const role = reader.roleOf(view.raw(row, col));
    if (role?.kind === 'quarter' || role?.kind === 'month') labels.push(view.text(row, col));
  }
  if (labels.length === 0) return null;
  const rate = words.find((w) => /%|percent|rate/i.test(w))!;
  const count = words.find((w) => w !== rate)!;
  return `'${view.name}' rows ${row + 1} and ${row + 2} are a two-row header: row ${row + 2} holds ${words.map((w) => `"${w}"`).join(' and ')} under each of ${labels.map((l) => `"${l}"`).join(', ')}, and which of the two is the indicator's figure cannot be told, so nothing was scored; head the columns in one row, the figure to score with its period ("${labels[0]} ${rate}") and the other so it is left unread ("${labels[0]} ${count}").`;
}

/** A refusal whose sentence ends "map the columns by hand": each front end says how (InputError.mapByHand). */
const BY_HAND = { mapByHand: true } as const;

function noTableErrorText(result: ReadResult, sheetCount: number): InputError {
  if (result.hiddenTables.length > 0) {
    const names = result.hiddenTables.map((h) => `'${h.sheet}'`).join(', ');
    const hidden = result.hiddenTables.length;
    return new InputError(
      `No indicator table found on a visible sheet: ${names} ${plural.word(hidden, 'is', 'are')} hidden; unhide ${plural.word(hidden, 'it', 'them')} to score ${plural.word(hidden, 'its', 'their')} indicators.`,
    );
  }
  const base =
    'No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") ' +
    'and month, quarter or year columns.';
  if (result.nearMisses.length === 0) {
    return new InputError(
      `${base} ${sheetCount === 1 ? "The workbook's only sheet has none" : `None of the ${plural(sheetCount, 'sheet')} has one`}; map the columns by hand if the headers use other names.`,
      undefined,
      BY_HAND,
    );
  }
  const empty = result.nearMisses.find((m) => m.noRows);
  if (empty) return new InputError(`${base} ${noRowsSentence(empty)}: add a row for each indicator under it.`);
  const m = result.nearMisses[0];
  const found = m.roles.map(describeRole).join(', ');
  return new InputError(
    `${base} Nearest: '${m.sheet}' row ${m.row + 1} has ${found}${missingFor(m.roles)}; map the columns by hand.`,
    undefined,
    BY_HAND,
  );
}

function noRowsSentence(m: NearMiss): string {
  return `'${m.sheet}' row ${m.row + 1} is a table header with no indicator rows under it`;
}

function missingFor(roles: ColumnRole[]): string {
  const has = (f: string) => roles.some((r) => r.kind === 'field' && r.field === f);
  const missing: string[] = [];
  if (!has('name')) missing.push('indicator-name column');
  if (!roles.some((r) => r.kind === 'month' || r.kind === 'quarter' || r.kind === 'year' || r.kind === 'current'))
    missing.push('month, quarter or year columns');
  return missing.length ? ` but no ${missing.join(' and no ')}` : '';
}

/**
 * A sheet of definitions, a glossary, notes or contents ("Definitions": Ref, Indicator, Definition, Data
 * source, Frequency) with no period columns: a reference sheet, never a table to map (fresh user 12: it was
 * told "map its columns to include it").
 */
const REFERENCE_SHEET =
  /^(?:definitions?|indicator definitions?|glossary|notes?|contents|index|key|methodology|about|read ?me|guidance|metadata|technical notes?|data sources?)$/i;

function referenceSheet(m: NearMiss): boolean {
  if (!REFERENCE_SHEET.test(m.sheet.trim())) return false;
  return !m.roles.some((r) => r.kind === 'month' || r.kind === 'quarter' || r.kind === 'year' || r.kind === 'current');
}

/** Findings about the reading itself: near-miss header rows on sheets that did have no table. */
export function nearMissFindings(result: ReadResult): Finding[] {
  const withTables = new Set(result.tables.map((t) => t.sheet));
  return result.nearMisses
    .filter((m) => !withTables.has(m.sheet) && !referenceSheet(m))
    .map((m) =>
      m.noRows
        ? finding({
            kind: 'header-without-rows',
            at: { sheet: m.sheet, row: m.row, col: 0 },
            ref: null,
            sentence: noRowsSentence(m),
          })
        : finding({
            kind: 'header-not-scored',
            at: { sheet: m.sheet, row: m.row, col: 0 },
            ref: null,
            sheet: m.sheet,
            row: m.row + 1,
            roles: m.roles.map(describeRole).join(', '),
            missing: missingFor(m.roles),
          }),
    );
}

/**
 * Rows that look like indicators below a table but under no header (two blank rows ended the table
 * above them): one Check per run of such rows, since they are not scored or counted.
 */
function strayRowFindings(sheet: string, stray: ReturnType<typeof findTables>['strayRows']): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  while (i < stray.length) {
    let j = i;
    while (j + 1 < stray.length && stray[j + 1].row === stray[j].row + 1) j++;
    const run = stray.slice(i, j + 1);
    out.push(
      finding({
        kind: 'rows-outside-table',
        at: { sheet, row: run[0].row, col: run[0].table.columns.name ?? 0 },
        ref: null,
        sheet,
        rows: run.length === 1 ? `row ${run[0].row + 1}` : `rows ${run[0].row + 1}–${run[run.length - 1].row + 1}`,
        names:
          run
            .slice(0, 3)
            .map((s) => `"${s.name}"`)
            .join(', ') + (run.length > 3 ? ` and ${run.length - 3} more` : ''),
        count: run.length,
        headerRow: run[0].table.headerRow + 1,
      }),
    );
    i = j + 1;
  }
  return out;
}

/** Hidden sheets with indicator tables: not scored, and said so. */
/**
 * A column headed just "Variance" is the product's % variance column only when it is empty, or holds
 * what the product writes there (numbers formatted as percentages, "-" or other words): one holding the
 * analyst's own figures — numbers not formatted as percentages, such as Actual − Target counts, or
 * formulas giving them — is theirs and never written to. It is dropped from the table's columns (so no
 * % variance is written or checked there) and a Check says which header to add for the product's scores.
 * A grid without number formats has every number in General (SheetGrid.numberFormats). A column the mapping names, or headed otherwise ("% variance", "Variance %"), is the product's.
 * With the state, the cells the product wrote last time are read as they were before it wrote them
 * (analystGrids), so its own earlier scores count as empty. Mutates `table` and its rows.
 * @returns the Check finding, or null when the column is the product's (or there is none)
 */
function analystVarianceColumn(table: IndicatorTable, grid: SheetGrid, mapping: ColumnMapping | null): Finding | null {
  const col = table.columns.variance;
  if (col === undefined) return null;
  const header = cellText(grid.values[table.headerRow]?.[col] ?? null);
  if (normaliseText(header) !== 'variance') return null;
  const mapped = [mapping?.columns, mapping?.sheets?.[table.sheet]?.columns].some(
    (m) => m && Object.keys(m).some((k) => normaliseText(k) === 'variance'),
  );
  if (mapped) return null;
  const theirs = table.rows.some((r) => {
    const v = grid.values[r.row]?.[col];
    return typeof v === 'number' && !isPercentFormat(numberFormatOf(grid, r.row, col));
  });
  if (!theirs) return null;
  delete table.columns.variance;
  for (const r of table.rows) r.typedVariance = NO_TYPED_VARIANCE;
  return finding({
    kind: 'variance-column-not-owned',
    at: { sheet: table.sheet, row: table.headerRow, col },
    ref: null,
    sheet: table.sheet,
    header,
  });
}

function hiddenSheetFindings(result: ReadResult): Finding[] {
  return result.hiddenTables.map((h) =>
    finding({
      kind: 'hidden-sheet',
      at: { sheet: h.sheet, row: 0, col: 0 },
      ref: null,
      sheet: h.sheet,
      indicators: h.indicators,
    }),
  );
}

/**
 * The header texts of a budget monitoring table ("Cost centre | Budget | Actual | Variance"), or null: a
 * column headed as a budget ("Budget", "Revised budget", "Annual budget") beside a cost centre, or beside
 * spend ("Actual", "Spend", "Forecast", "Outturn"), with no polarity and no target column. Offered a mapping
 * making "Cost centre" the indicator name, the analyst would have scored budget lines as KPIs (session 9,
 * fresh-user check 3).
 */
function budgetTableHeaders(view: GridView, row: number): string[] | null {
  const texts = view.filledColumns(row).map((c) => view.text(row, c).trim());
  const low = texts.map((t) => t.toLowerCase().replace(/\s+/g, ' '));
  const budget = low.some((t) =>
    /^(?:(?:original|revised|current|annual|full[- ]year|approved|net|profiled|ytd) )?budget\b/.test(t),
  );
  const costCentre = low.some((t) =>
    /\bcost cent(?:re|er)s?\b|\bbudget holder\b|\bsubjective\b|\bcost code\b|\bledger\b/.test(t),
  );
  const spend = low.some((t) => /\b(?:actual|spend|spent|expenditure|forecast|outturn|committed)\b/.test(t));
  const judged = low.some((t) =>
    /\b(?:target|polarity|good is|higher|lower is better|performance indicator|kpi)\b/.test(t),
  );
  return budget && (costCentre || spend) && !judged ? texts : null;
}

/**
 * A sheet whose quarters each give two or more councils' figures (read/council-columns.ts): its tables read
 * again with the chosen council's columns as the periods, and the Note saying so; or, where whose figures
 * are the workbook's cannot be told, no tables (`found` null) and the Check saying how to map it. Null when
 * no table of the sheet is so laid out.
 */
function sharedServiceTables(
  grids: readonly SheetGrid[],
  view: GridView,
  found: ReturnType<typeof findTables>,
  mapping: ColumnMapping | null,
  context: Parameters<typeof findTables>[2],
): { found: ReturnType<typeof findTables> | null; finding: Finding; oneRow: boolean } | null {
  const reader = headerReaderFor(mapping, view.name);
  for (const table of found.tables) {
    const columns = councilColumnsOf(view, table, reader);
    if (!columns) continue;
    const mapped = mappedCouncil(mapping, view.name);
    const chosen = mapped !== null ? labelNamed(columns.labels, mapped) : ownCouncil(columns.labels, grids, view.name);
    const oneRow = columns.layout === 'one-row';
    if (chosen === null)
      return { found: null, finding: councilColumnsFinding(table, columns, null, 'workbook'), oneRow };
    const note = councilColumnsFinding(table, columns, chosen, mapped !== null ? 'mapping' : 'workbook');
    if (columns.layout === 'merged') {
      scoreCouncilColumns(view, table, columns.columns.get(chosen)!);
      return { found, finding: note, oneRow };
    }
    // The one-row layout: read again as the mapping that names the council's columns' periods would read it.
    const again = findTables(
      view,
      headerReaderFor(councilMapping(mapping, view.name, columns.columns.get(chosen)!), view.name),
      context,
    );
    // The other councils' columns are said in the Note, not listed again as not recognised.
    const others = new Set(
      columns.labels.filter((l) => l !== chosen).flatMap((l) => columns.columns.get(l)!.map((c) => c.col)),
    );
    for (const t of again.tables) t.unrecognised = t.unrecognised.filter((u) => !others.has(u.col));
    return { found: again, finding: note, oneRow };
  }
  return null;
}
