/**
 * What the task pane needs from the workbook beyond scoring: the workbook's state as the pane opens
 * (settings, the last scoring, what latest-with-data means, the counts as they stand — read only,
 * nothing written), and going to a cell (an indicator's row, a finding's cell).
 */
import { knownUnscored } from '../core/read/known-columns';
import type {
  ColumnMapping,
  MappingHint,
  QuarterNumber,
  RunOverrides,
  ScoreResult,
  Settings,
  WorkbookState,
} from '../core';
import { decodeState, isInputError, partlyReadTables, prepareRun } from '../core';
import { requireSupportedHost } from './guards';
import { mapByHandWords } from './problems';
import { abilitiesOf, type ExcelHost } from './host';
import { readExcelGrids } from './read-workbook';
import { sheetNotShownProblem } from './problems';
import type { WatchedRows } from './watch';

export interface LastScoring {
  /**
   * ISO time, and which front end scored; null for a scoring an undo put back (the state keeps the
   * journal of one scoring only, so the time and front end of the one before it are not known).
   */
  at: string | null;
  by: 'add-in' | 'command line' | null;
  /** "Q3 2020/21". */
  quarter: string;
  /** True when Undo can take it back (the state has its journal); false for a scoring an undo put back. */
  undoable: boolean;
}

/**
 * The quarter of the scoring the workbook shows when the state has no journal to say so (after an undo
 * went back to an earlier scoring): the quarter whose digests undo kept (`inputs.q`), else the saved
 * quarter, else the latest quarter of the product's summary sheets. Null when the workbook has no
 * product sheets (never scored, or its first scoring undone).
 */
export function restoredScoringQuarter(state: WorkbookState): QuarterNumber | null {
  if (state.journal || state.productSheets.length === 0) return null;
  if (state.inputs) return state.inputs.q;
  if (state.settings.quarter !== null) return state.settings.quarter;
  const quarters = state.productSheets.map((p) => p.quarter);
  return quarters.length ? (Math.max(...quarters) as QuarterNumber) : null;
}

export interface WorkbookView {
  settings: Settings;
  /**
   * The scoring the workbook shows: the one undo would take back, or, after an undo went back to an
   * earlier scoring, that one (not undoable); null when the workbook has never been scored (or its first
   * scoring was undone).
   */
  lastScoring: LastScoring | null;
  /** "Q3 2020/21": the quarter "latest with data" stands for now; null when no table can be read. */
  latestQuarter: string | null;
  /** The financial year's quarter labels, Q1 … Q4 ("Q1 2020/21" …), or plain "Q1" … when the year is unknown. */
  quarters: Record<QuarterNumber, string>;
  /**
   * The result of the last scoring's settings on the figures as they stand (computed, not written): shown
   * when the pane opens on a scored workbook. Null before any scoring, or when the workbook cannot be read.
   */
  result: ScoreResult | null;
  /** The plain sentence of a refusal met while reading (a table not understood), else null. */
  problem: string | null;
  /** Tables to map: the one a refusal names (its mapping hint), else those read only in part. */
  toMap: MappingHint[];
  /** The rows of every indicator table, for "keep summaries up to date" to watch. */
  watched: WatchedRows[];
}

const QUARTER_NUMBERS: QuarterNumber[] = [1, 2, 3, 4];

/** Reads the workbook and its state (two to four syncs) and works out, without writing, what the pane shows. */
export async function viewWorkbook(host: ExcelHost): Promise<WorkbookView> {
  requireSupportedHost(host);
  const abilities = abilitiesOf(host);
  return host.run(async (context) => {
    const book = await readExcelGrids(context, abilities);
    const state = decodeState(book.stateValues);
    const j = state.journal;
    const restored = restoredScoringQuarter(state);
    const view: WorkbookView = {
      settings: state.settings,
      lastScoring: j ? { at: j.at, by: j.by, quarter: j.quarter, undoable: true } : null,
      latestQuarter: null,
      quarters: { 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4' },
      result: null,
      problem: null,
      toMap: [],
      watched: [],
    };
    try {
      const run = prepareRun(book.grids, state, { quarter: null });
      const latest = run.result;
      view.toMap = partlyReadTables(
        book.grids,
        run.model.tables,
        state.settings.mapping,
        state.settings.quarter ?? latest.quarterNumber,
      );
      view.latestQuarter = latest.quarter;
      view.watched = run.model.tables.map((t) => ({
        sheet: t.sheet,
        top: t.firstRow,
        bottom: t.lastRow,
        quiet: t.unrecognised.filter((u) => knownUnscored(u)).map((u) => u.col),
      }));
      for (const q of QUARTER_NUMBERS) view.quarters[q] = latest.quarter.replace(/^Q\d/, `Q${q}`);
      if (j) view.result = state.settings.quarter === null ? latest : prepareRun(book.grids, state, {}).result;
      else if (restored !== null) {
        view.lastScoring = { at: null, by: null, quarter: view.quarters[restored], undoable: false };
        view.result =
          latest.quarterNumber === restored && state.settings.quarter === null
            ? latest
            : prepareRun(book.grids, state, { quarter: restored }).result;
      }
    } catch (e) {
      if (!isInputError(e)) throw e;
      view.problem = e.message + mapByHandWords(e, 'pane');
      if (!view.lastScoring && restored !== null)
        view.lastScoring = { at: null, by: null, quarter: `Q${restored}`, undoable: false };
      if (e.mappingHint) view.toMap = [e.mappingHint];
    }
    return view;
  });
}

export interface MappingPreview {
  /** The result with the mapping, or null when the workbook is still refused. */
  result: ScoreResult | null;
  /** The refusal's sentence, when refused. */
  problem: string | null;
  /** The tables still to map with this mapping. */
  toMap: MappingHint[];
}

/**
 * Re-reads and scores the workbook with a mapping, writing nothing: the mapping panel's preview.
 * `overrides` are the pane's other settings as they stand (quarter, tolerance …), so the preview counts
 * are those Save mapping will give.
 */
export async function previewMapping(
  host: ExcelHost,
  mapping: ColumnMapping,
  overrides: Omit<RunOverrides, 'mapping'> = {},
): Promise<MappingPreview> {
  requireSupportedHost(host);
  const abilities = abilitiesOf(host);
  return host.run(async (context) => {
    const book = await readExcelGrids(context, abilities);
    const state = decodeState(book.stateValues);
    try {
      const run = prepareRun(book.grids, state, { ...overrides, mapping });
      return {
        result: run.result,
        problem: null,
        toMap: partlyReadTables(book.grids, run.model.tables, mapping, run.result.quarterNumber),
      };
    } catch (e) {
      if (!isInputError(e)) throw e;
      return { result: null, problem: e.message, toMap: e.mappingHint ? [e.mappingHint] : [] };
    }
  });
}

/**
 * Activates a sheet and selects a cell or range on it (Worksheet.activate, Range.select: ExcelApi 1.1).
 * `address` is A1 without the sheet ("U5", "A12:Z12").
 * @throws OfficeProblem (one sentence) when the sheet is hidden — Excel cannot activate or select on a
 *   hidden sheet, and a finding can name one ("hidden-sheet") — or is no longer in the workbook.
 */
export async function goToCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await goTo(host, sheet, (ws) => ws.getRange(address).select());
}

/** Activates a sheet and selects a whole row (`row` 0-based, as the core numbers rows): an indicator's row. */
export async function goToRow(host: ExcelHost, sheet: string, row: number): Promise<void> {
  await goTo(host, sheet, (ws) => ws.getRangeByIndexes(row, 0, 1, 1).getEntireRow().select());
}

/**
 * One request on the way there; only when Excel refuses it, a second asks why (the sheet hidden or
 * gone), so that going to a visible cell stays one sync.
 */
async function goTo(host: ExcelHost, sheet: string, select: (ws: Excel.Worksheet) => void): Promise<void> {
  await host.run(async (context) => {
    try {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      select(ws);
      await context.sync();
    } catch (e) {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('visibility');
      try {
        await context.sync();
      } catch {
        throw e;
      }
      if (ws.isNullObject) throw sheetNotShownProblem(sheet, null);
      if (ws.visibility !== 'Visible') throw sheetNotShownProblem(sheet, ws.visibility);
      throw e;
    }
  });
}
