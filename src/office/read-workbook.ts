/**
 * Reading the workbook for a scoring run, planned against the payload budget (issue 11 item 2):
 *   1. one sync lists the sheets — and, walking them with getFirst / getNextOrNullObject (ExcelApi 1.5),
 *      the size of each one's used range, so that every later response is sized before it is asked for;
 *   2. then as few requests as the bytes need, each filled to the 4 MB budget: bands of rows of every
 *      sheet (values and number formats), the merged areas in windows sized to stay under Excel's 512
 *      areas per read (ExcelApi 1.13), and the owned cells' "before" picture (formulas, number formats,
 *      colours and links, ExcelApi 1.9): as soon as a sheet is read whole, the caller's `ahead` guesses
 *      its owned column blocks (the core's ownedBlocksAhead) and they are read in the room later
 *      requests leave — what is read in one request cannot shape that same request (a loaded value
 *      exists only after its sync), so the guesses ride in the next ones. A workbook read in one request
 *      gets, in the room it leaves, the top of each sheet read ahead instead (see snapshots.ts).
 * A cell's weight is guessed (20 bytes, GUESS_BYTES) until a 64-row sample from the middle of each large
 * sheet, read in the first request, weighs it; a state-sheet row is weighed by its keys (columns A and D,
 * read first when the state is large, with the format line): a /2 state's packed productSheets rows at
 * their worst case, JSON rows (a /3 state's productSheets too) as measured, the format and
 * journal-status rows as short. Should Excel
 * still refuse a request (its limit lower than thought, a bare GeneralException, more than 512 merged
 * areas, `values` null), the request is cut finer, down to one row, and a null `values` is never used.
 * A sheet whose used range passes the 5,000,000 cells one read may cover (a stray value far from the
 * tables) is read only where it has content (Range.getSpecialCells, ExcelApi 1.9), or refused with a
 * sentence saying how to clear it.
 */
import type { Area, CellValue, OwnedBlock, SheetGrid } from '../core';
import { STATE_FORMAT, STATE_SHEET, compactNumberFormats, isDateFormat, numberFormatOf, snapshotKey } from '../core';
import type { HostAbilities } from './host';
import { parseAddressList } from './addresses';
import { isInternalError, isPayloadTooLarge, strayCellsProblem, tooLargeProblem } from './problems';
import { CALL_OVERHEAD, CELL_READ_LIMIT, PAYLOAD_BUDGET, jsonBytes } from './payload';
import { SNAPSHOT_CELL_PROPERTIES, asksTextRuns, textRunBytes } from './snapshots';
import { columnLetters } from '../core';

export interface SheetInfo {
  name: string;
  visibility: string;
  position: number;
  protected: boolean;
  /** Worksheet.id: the same when the sheet is renamed or moved (the undo journal follows sheets by it). */
  id: string;
  /**
   * Rows hidden by a filter, and by which: the sheet's AutoFilter ('sheet') or an Excel table's own
   * ('table') — Worksheet.autoFilter and Table.autoFilter `isDataFiltered`, ExcelApi 1.9 — so that nothing
   * is written across them (office-js issue 224: guards.ts). Absent when none, or below 1.9 (not known).
   */
  filtered?: 'sheet' | 'table';
}

/** Formulas, number formats, colours and links of the top part of a sheet, read with its values. */
export interface FoldWindow {
  top: number;
  left: number;
  formulas: unknown[][];
  numberFormat: string[][];
  colours: { fill: string; font: string; link?: unknown; pattern?: unknown }[][];
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  structureProtected: boolean;
  /** Every sheet's grid (the state sheet's too), in workbook order. */
  grids: SheetGrid[];
  /** The state sheet's values, or null when there is none. */
  stateValues: CellValue[][] | null;
  /** Windows of owned cells' "before" picture read with the values, by sheet (see snapshots.ts). */
  folds: Map<string, FoldWindow[]>;
  /**
   * True when the host would not say which sheets a filter hides rows on (ExcelApi 1.9 and up): it
   * refused the filters' load, and the read was asked again without it (one request more), or it
   * answered without them. SheetInfo.filtered is then unknown, not "none" (see loadFilters).
   */
  filtersUnchecked?: boolean;
  /**
   * On ExcelApi 1.12, the bands of rows (0-based areas, by sheet name) in which some cell is part of a
   * dynamic array's results: each band's Range.hasSpill, read with its values (no call more), is false
   * where none is. Only owned cells inside these are asked about (owned-conflicts.ts).
   */
  spillBands?: Map<string, Area[]>;
  /**
   * On ExcelApi 1.12, the bands in which some cell would be saved as an array formula (Range.savedAsArray
   * not false, read with the values): a legacy Ctrl+Shift+Enter array's cells, or a dynamic array's
   * anchor. Only owned cells inside these are asked (owned-conflicts.ts).
   */
  arrayBands?: Map<string, Area[]>;
  /**
   * On ExcelApi 1.18, the runs of fonts (getCellProperties' `textRuns`) read with the "before" picture,
   * by snapshotKey: Excel's answer for the cell, or null when it gave none. A cell listed here was asked
   * already; snapshots.ts asks only for the owned text cells the guess missed.
   */
  textRuns?: Map<string, unknown>;
}

/**
 * The owned column blocks of a sheet, guessed from its grid alone (the core's ownedBlocksAhead): their
 * "before" picture is read in the requests of the bands still to come, in the room the bands leave
 * (issue 11 item 2).
 */
export interface OwnedAhead {
  /**
   * A sheet's guess, given the state sheet's values: null when there is none, undefined when it is not
   * read yet — a provisional guess, made with what the run's overrides say alone (a rescore whose state
   * sheet comes in the second request need not wait for it: see `stands`).
   */
  guess(grid: SheetGrid, stateValues: CellValue[][] | null | undefined): OwnedBlock[];
  /**
   * Once the state sheet is read: whether a sheet's provisional guess is the one the state gives (the
   * same column mapping, and the sheet not one of the product's). One that is not is guessed again,
   * and only the cells the new guess adds are read.
   */
  stands(sheet: string, stateValues: CellValue[][] | null): boolean;
}

type Scope = 'all' | 'state';

/**
 * What a cell of the state sheet may weigh in a response: its long values run to 32,767 characters a
 * cell, packed in characters of three UTF-8 bytes (state/pack.ts); the key column beside them is short.
 */
const STATE_CELL_BYTES = 50000;

/**
 * What a row of the state sheet may weigh: its value columns (B, and E for the second pair, where
 * long values continue over rows of full cells) at a full cell of packed characters, 32,767 of three
 * bytes each; its keys and pointer (A, C, D) short.
 */
function stateRowBytes(left: number, cols: number): number {
  let n = 0;
  for (let c = left; c < left + cols; c++) n += c === 1 || c === 4 ? 98400 : 200;
  return n;
}

/** The state sheet's row (0-based) holding the format line, ["format", "performance-scorecard-state/3"]. */
const STATE_FORMAT_ROW = 1;

/** The most characters of one state cell (state.ts's CHUNK). */
const STATE_CHUNK = 30000;

/** The numbers from `top`, `count` of them. */
function range(top: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => top + i);
}

/** What a full cell of JSON weighs at `bytesPerChar` UTF-8 bytes a character, with its quotes and escapes. */
export const jsonStateCell = (bytesPerChar: number) => Math.ceil(STATE_CHUNK * bytesPerChar) + 40;

/**
 * What a full cell of the journal may weigh: the journal's JSON begins with the content of the sheets
 * it replaced, packed (state/pack.ts: characters of U+1000–U+CFFF, three UTF-8 bytes each, never
 * escaped), and only then its cells' columns, mostly ASCII. Measured on a refresh's state: 2.98–3.00
 * bytes a character in the packed rows, 1.00–1.17 in the others (as JSON, escapes counted). Three bytes
 * a character is the most any character of it weighs (a quote escaped is two; a character outside the
 * BMP is four for two).
 */
export const JOURNAL_CELL = jsonStateCell(3);

/** What a journal cell not yet measured is planned at: the 1.1 bytes a character of the other JSON rows. */
export const JOURNAL_GUESS_CELL = jsonStateCell(1.1);

/**
 * The most journal cells not yet measured that one request may carry. Each is planned at
 * JOURNAL_GUESS_CELL and may weigh JOURNAL_CELL, 57,000 bytes more: twelve of them at most 684,000
 * bytes more than planned, inside the 1 MB between the budget (4 MB) and Excel's 5 MB, so a request
 * stays under Excel's limit whatever the journal holds. Planned at three bytes a character instead, the
 * journal's ASCII rows (most of them) left a request a sixth empty and cost a 10,000-indicator rescore a
 * sync; planned at 1.1 with no cap (before), a journal of two million packed characters was asked for in
 * one 6 MB response and refused.
 */
export const UNKNOWN_JOURNAL_CELLS = 12;

/** Below this many bytes a character a journal row read holds no packed content (it is past it). */
const PACKED_RATIO = 2;

/**
 * What a state row weighs (its cells of columns `left` to `left + cols - 1`), from its keys (columns A
 * and D: undefined when not read, null when none), read first in a request of their own bands with the
 * format line (B2, E2): a /2 state's "productSheets" rows hold packed characters (three bytes each,
 * stateRowBytes' worst case); the settings' and a /3 state's "productSheets" rows (the sheets' layouts,
 * `jsonSheets` true for that pair) hold JSON, mostly ASCII, a full cell weighing `jsonCell` — at 1.1
 * bytes a character until a long JSON cell is read, then at the most bytes a character seen; the
 * journal's rows at `journalCells` (one for each pair): planned at JOURNAL_GUESS_CELL until measured
 * (readPlanned carries at most UNKNOWN_JOURNAL_CELLS such cells a request), then at three bytes a
 * character while the rows read are packed and at the most bytes a character seen once past them; the format and journal-status rows and a row without a key hold a short word or
 * nothing. A row whose keys are not known is taken at the worst case. Exported for its test.
 */
export function stateRowFromKeys(
  keys: (CellValue | undefined)[],
  left: number,
  cols: number,
  jsonCell: number,
  jsonSheets: boolean[] = [false, false],
  journalCells: number[] = [JOURNAL_CELL, JOURNAL_CELL],
): number {
  let n = 0;
  for (let c = left; c < left + cols; c++) {
    if (c !== 1 && c !== 4) {
      n += 200;
      continue;
    }
    const pair = c === 1 ? 0 : 1;
    const key = keys[pair];
    n +=
      key === undefined || (key === 'productSheets' && !jsonSheets[pair])
        ? 98400
        : key === null || key === '' || SHORT_STATE_KEYS.has(key as string)
          ? 200
          : key === 'journal'
            ? journalCells[pair]
            : jsonCell;
  }
  return n;
}

/** State keys whose value is one short word (the format line, the journal's completion mark). */
const SHORT_STATE_KEYS = new Set(['format', 'journalStatus']);

/**
 * What a cell of an ordinary sheet may weigh in a band (values and number formats, as JSON) before one
 * of its bands is read: the weight a response is sure to stay under Excel's limit at (see GUESS_BYTES).
 */
const CELL_BYTES = 24;

/**
 * What the first request of bands is planned at, a cell of a sheet not read yet (issue 11 item 2): the
 * weight an indicator sheet's cell has (a blank cell in General is 13 bytes, a figure 15 to 17, a name
 * or a note more: 17.3 on average at 1,000 and at 10,000 indicators), rather than the higher CELL_BYTES.
 * Planned to the 4 MB budget at 20 bytes, that request stays within Excel's 5 MB as long as its cells
 * weigh under 25 bytes — CELL_BYTES included — and carries 85–90% of the budget at 17–18: planned at
 * CELL_BYTES it carried 73%, and a 10,000-indicator rescore took one read request more than its payload
 * needs. A heavier workbook's first request refused is asked again at twice the weight (readPlanned).
 */
const GUESS_BYTES = 20;

/**
 * What a cell of the read-ahead (formulas, number format, colours and fill pattern) weighs: about 120
 * bytes and its value.
 */
const FOLD_CELL_BYTES = 136;

/**
 * What a cell of the read-ahead adds on ExcelApi 1.18, where its runs of fonts are asked for with its
 * colours before its value is known: a text cell of the first guess's weight (CELL_BYTES of text) in
 * one run (textRunBytes). Numbers and blanks weigh less; a refused response is asked again smaller.
 */
const FOLD_RUN_BYTES = textRunBytes('x'.repeat(CELL_BYTES));

/** Rows of the sample that weighs a large sheet's cells in the first request. */
const PROBE_ROWS = 64;

/**
 * The top of each visible sheet read with the sheet list, in the run's first sync (issue 11 item 2): the
 * used part of A1:AZ40 (the used range's intersection with it, ExcelApi 1.4, so an empty corner costs
 * nothing). Its header rows say which columns a scoring owns before a single band is read, so that
 * those columns' "before" picture travels with the first request of bands: a workbook whose reads fit
 * one request is read in one. 40 rows and 52 columns hold the title rows and the header of every layout
 * in the corpus (docs/corpus.md) and St Helens's 23 columns twice over; a header below row 40 or an
 * owned column past AZ is found with the bands instead, and its cells read in a request after them
 * (one sync more, on such workbooks only: scale.test.ts). At 17 bytes a cell a full window weighs 35 KB.
 */
const HEADER_WINDOW = 'A1:AZ40';

/** Sheets whose sizes come with the list (a longer workbook's others cost one more small sync). */
const SIZE_CHAIN = 16;

/**
 * Excel refuses a merged-area read over more than 512 areas (the model's limit; the issue measured it
 * at 50,000 indicators): merged areas are read in windows of this many rows, at most 512 areas as long
 * as a sheet averages no more than one merged area starting per row; a window refused is read again
 * in halves.
 */
const FIRST_MERGE_ROWS = 512;
const MERGES_PER_WINDOW = 384;

/** A rectangle of a sheet (0-based). */
interface Band {
  sheet: number;
  top: number;
  rows: number;
  left: number;
  cols: number;
}

/** What each band loads. */
const BAND_PROPERTIES = ['values', 'numberFormat'];

/**
 * A sheet whose used range covers more cells than this is read only where it has content (a stray
 * value far away would otherwise cost thousands of bands): the limit of one read, 5,000,000 cells.
 */
const SPARSE_SHEET_CELLS = CELL_READ_LIMIT;

interface Size {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function sizeOf(r: Excel.Range): Size | null {
  return r.isNullObject
    ? null
    : { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}

/**
 * Reads the open workbook into the engine's grids (every sheet, or only the state sheet with `'state'`),
 * in as few syncs as the payload needs. Not to be confused with the core's `readWorkbook`, which finds
 * the indicator tables in grids.
 */
export async function readExcelGrids(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  scope: Scope = 'all',
  ahead?: OwnedAhead,
): Promise<WorkbookRead> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility,items/position,items/id');
  const bookProtection = context.workbook.protection;
  bookProtection.load('protected');
  // The sizes come with the list: the sheets walked in order (a null object past the last one).
  const chain: { sheet: Excel.Worksheet; used: Excel.Range }[] = [];
  // For a scoring (ExcelApi 1.9), the top of each visible sheet too: its header rows, from which the
  // owned columns are guessed before any band is read (see HEADER_WINDOW).
  const headers: { sheet: Excel.Worksheet; range: Excel.Range }[] = [];
  const walk = (withSizes: boolean, withHeaders: boolean) => {
    chain.length = 0;
    headers.length = 0;
    collection.load('items/name,items/visibility,items/position,items/id');
    bookProtection.load('protected');
    if (!withSizes) return;
    if (scope === 'all') {
      let sheet = collection.getFirst(false);
      for (let i = 0; i < SIZE_CHAIN; i++) {
        chain.push({
          sheet: sheet.load('name'),
          used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
        });
        sheet = sheet.getNextOrNullObject(false);
      }
    } else {
      const state = collection.getItemOrNullObject(STATE_SHEET);
      chain.push({
        sheet: state.load('name'),
        used: state.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      });
    }
    if (!withHeaders) return;
    // Visible sheets only: the state sheet (very hidden) holds cells of 30,000 packed characters, and a
    // hidden sheet's tables are not scored.
    let sheet = collection.getFirst(true);
    for (let i = 0; i < SIZE_CHAIN; i++) {
      headers.push({
        sheet: sheet.load('name'),
        range: sheet
          .getUsedRangeOrNullObject(true)
          .getIntersectionOrNullObject(HEADER_WINDOW)
          .load('values,numberFormat,rowIndex,columnIndex'),
      });
      sheet = sheet.getNextOrNullObject(true);
    }
  };
  const headersWanted = scope === 'all' && ahead !== undefined && abilities.rangeAreas;
  // A host whose response cap cannot take the header windows (a visible sheet of very long texts at its
  // top) is asked again without them; one that cannot take even the sizes of the walk: the list alone,
  // the sizes next.
  const attempts: [boolean, boolean][] = headersWanted
    ? [
        [true, true],
        [true, false],
        [false, false],
      ]
    : [
        [true, false],
        [false, false],
      ];
  for (let i = 0; ; i++) {
    walk(...attempts[i]);
    try {
      await context.sync();
      break;
    } catch (e) {
      if (i === attempts.length - 1 || (!isPayloadTooLarge(e) && !isInternalError(e))) throw e;
    }
  }
  const items = collection.items;
  const known = new Map<string, Size | null>();
  for (const c of chain) if (!c.sheet.isNullObject) known.set(c.sheet.name, sizeOf(c.used));
  const wantedAt = items.map((s) => scope === 'all' || s.name === STATE_SHEET);
  // A workbook of more sheets than the walk covers: the others' sizes in one more small request.
  const more = items.map((s, i) =>
    wantedAt[i] && !known.has(s.name)
      ? s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount')
      : null,
  );
  if (more.some((m) => m)) await context.sync();
  const sizes = items.map((s, i) => (!wantedAt[i] ? null : more[i] ? sizeOf(more[i]!) : (known.get(s.name) ?? null)));
  const regions = await contentRegions(context, items, sizes, abilities);
  const windows = new Map<string, SheetGrid>();
  for (const h of headers) {
    if (h.sheet.isNullObject || h.range.isNullObject || h.sheet.name === STATE_SHEET) continue;
    const values = gridValues(h.range.values, h.range.rowIndex, h.range.columnIndex);
    const numberFormats = gridNumberFormats(values, h.range.numberFormat, h.range.rowIndex, h.range.columnIndex);
    windows.set(h.sheet.name, { name: h.sheet.name, values, ...(numberFormats ? { numberFormats } : {}) });
  }
  const read = await readPlanned(context, items, regions, abilities, scope, ahead, windows);
  await readDateSystem(context, read.grids);
  return { ...read, structureProtected: bookProtection.protected };
}

interface MergeWindow {
  sheet: number;
  top: number;
  rows: number;
  left: number;
  cols: number;
}

/**
 * The requests of a read, each filled to the budget: bands, merged-area windows and the read-ahead.
 * `cause`: see readInBands' old contract — a bare internal error that persists on a single row is thrown.
 */
async function readPlanned(
  context: Excel.RequestContext,
  items: Excel.Worksheet[],
  regions: Band[],
  abilities: HostAbilities,
  scope: Scope,
  ahead?: OwnedAhead,
  headerWindows: Map<string, SheetGrid> = new Map(),
): Promise<Omit<WorkbookRead, 'structureProtected'>> {
  const guess = (sheet: number) => (items[sheet].name === STATE_SHEET ? STATE_CELL_BYTES : GUESS_BYTES);
  const weight = new Map<number, number>();
  // The state sheet's rows differ (short settings, then packed content): never weighed below its guess.
  const bytesPerCell = (sheet: number) =>
    items[sheet].name === STATE_SHEET
      ? Math.max(weight.get(sheet) ?? 0, STATE_CELL_BYTES)
      : (weight.get(sheet) ?? guess(sheet));
  let margin = 1;
  const stateAt = items.findIndex((s) => s.name === STATE_SHEET);
  // The state sheet first: the column mapping it saves is what the owned cells are guessed with.
  let pending = [...regions.filter((b) => b.sheet === stateAt), ...regions.filter((b) => b.sheet !== stateAt)].map(
    (b) => ({ ...b }),
  );
  // Merged areas (ExcelApi 1.13), per sheet: the rows still to look at and the window's height.
  const mergeRows = new Map<number, number>();
  const mergesLeft: MergeWindow[] =
    abilities.mergedAreas && scope === 'all'
      ? regions.filter((b) => items[b.sheet].name !== STATE_SHEET).map((b) => ({ ...b }))
      : [];
  for (const m of mergesLeft) mergeRows.set(m.sheet, FIRST_MERGE_ROWS);
  const merges = new Map<number, Area[]>();
  const mergesSeen = new Map<number, { rows: number; areas: number }>();
  // The owned cells' "before" picture (ExcelApi 1.9): guessed per sheet once it is read (`ahead`), or
  // else the top of every sheet in the room the last request of bands leaves (the read-ahead).
  const aheadOn = ahead !== undefined && abilities.rangeAreas && scope === 'all';
  // On ExcelApi 1.18 a scoring (the caller that guesses owned cells) reads the runs of fonts with them.
  const runsOn = aheadOn && abilities.textRuns === true;
  let foldWanted = abilities.rangeAreas && scope === 'all';
  const aheadQueue: AheadBlock[] = [];
  const runsQueue: AheadBlock[] = [];
  const guessed = new Set<number>();
  /** The grids of the sheets guessed, placed once and handed on as they are. */
  const placed = new Map<number, { values: CellValue[][]; numberFormats: SheetGrid['numberFormats'] }>();
  let aheadScale = 1;
  let runsScale = 1;
  const textRuns = new Map<string, unknown>();
  const filters: SheetFilters = new Map();
  // The filters are asked for in the first request (ExcelApi 1.9); a host that refuses them gets the
  // request again without them (filterLoadRefused), and the run says the filters could not be checked.
  let filtersWanted = abilities.rangeAreas && scope === 'all';
  let filtersUnchecked = false;
  const parts: { top: number; left: number; range: Excel.Range }[][] = items.map(() => []);
  const folds = new Map<string, FoldWindow[]>();
  /** A block's formulas, formats and colours, as read, kept for folding into its sheet's grid. */
  const addFold = (
    sheet: string,
    top: number,
    left: number,
    range: Pick<Excel.Range, 'formulas' | 'numberFormat'>,
    colours: Parameters<typeof foldColours>[0],
  ) => {
    folds.set(sheet, [
      ...(folds.get(sheet) ?? []),
      { top, left, formulas: range.formulas, numberFormat: range.numberFormat, colours: foldColours(colours) },
    ]);
  };
  const spillBands = new Map<string, Area[]>();
  const arrayBands = new Map<string, Area[]>();
  /** Each sheet's hidden columns and conditionally formatted cells, from the first request (askSheetExtras). */
  const sheetExtras = new Map<number, Pick<SheetGrid, 'hiddenColumns' | 'conditionalFormats'>>();
  let stateValues: CellValue[][] | null = null;
  /**
   * Each sheet read whole gets its owned cells guessed: with the state sheet's values once they are
   * read, provisionally before (the state's rows may come a request after its keys); when the state
   * arrives, a provisional guess it does not confirm is dropped where not yet asked and made again.
   */
  let stateKnown = false;
  const provisional = new Set<number>();
  const guessAhead = () => {
    if (!stateKnown && (stateAt < 0 || !(keysWanted || pending.some((b) => b.sheet === stateAt)))) {
      stateKnown = true;
      if (stateAt >= 0 && parts[stateAt].length > 0) stateValues = placeBands([...parts[stateAt]]);
      for (const i of provisional) {
        let stands = false;
        try {
          stands = ahead!.stands(items[i].name, stateValues);
        } catch {
          // A state that cannot be decoded: prepareRun says so; the guess costs only its bytes.
          stands = true;
        }
        if (stands) continue;
        guessed.delete(i);
        for (const q of [aheadQueue, runsQueue]) q.splice(0, q.length, ...q.filter((a) => a.sheet !== i));
      }
      provisional.clear();
    }
    for (const region of regions) {
      const i = region.sheet;
      if (i === stateAt || guessed.has(i) || pending.some((b) => b.sheet === i)) continue;
      guessed.add(i);
      if (!stateKnown) provisional.add(i);
      // The grid as the run will get it (the same values and number formats; the merged areas known so
      // far): the core then uses the guess's tables instead of finding them again where it can.
      const values = placeBands([...parts[i]]);
      const formats = placeBandFormats(parts[i]);
      const numberFormats = gridNumberFormats(values, formats, 0, 0);
      placed.set(i, { values, numberFormats });
      const sheetMerges = merges.get(i);
      let blocks: OwnedBlock[] = [];
      try {
        const grid: SheetGrid = {
          name: items[i].name,
          values,
          ...(sheetMerges && sheetMerges.length > 0 ? { merges: [...sheetMerges] } : {}),
          ...hiddenFlag(items[i]),
          ...sheetExtras.get(i),
          ...(numberFormats ? { numberFormats } : {}),
        };
        blocks = ahead!.guess(grid, stateKnown ? stateValues : undefined);
      } catch {
        // A guess that fails costs nothing but the requests it would have saved: the cells are read after.
      }
      // Cells the read-ahead covered already are left out.
      const windows = folds.get(items[i].name) ?? [];
      const covered = (r: number, c: number) =>
        windows.some(
          (f) =>
            r >= f.top && r < f.top + f.formulas.length && c >= f.left && c < f.left + (f.formulas[0]?.length ?? 0),
        );
      for (const b of blocks) {
        let block: AheadBlock | null = null;
        // On ExcelApi 1.18, the runs of the block's text cells, queued right behind it: column blocks of
        // such cells only, each weighed from its text (textRunBytes).
        let runs: AheadBlock | null = null;
        for (let r = b.top; r <= b.bottom; r++) {
          if (covered(r, b.col)) {
            block = null;
            runs = null;
            continue;
          }
          if (!block) {
            block = { sheet: i, col: b.col, top: r, cost: [] };
            aheadQueue.push(block);
          }
          const value = values[r]?.[b.col] ?? null;
          block.cost.push(aheadCellBytes(value, formats?.[r]?.[b.col]));
          if (!runsOn || !asksTextRuns(value)) {
            runs = null;
            continue;
          }
          if (!runs) {
            runs = { sheet: i, col: b.col, top: r, cost: [], runs: true };
            runsQueue.push(runs);
          }
          runs.cost.push(textRunBytes(value as string));
        }
      }
      aheadQueue.push(...runsQueue.splice(0));
    }
  };
  // The state sheet's keys (columns A and D) first, in the first request, so that its rows are weighed by
  // what they hold rather than all at the worst case; its rows in the next request, before the others.
  const keyColumns = new Map<number, CellValue[]>();
  const keyTop = new Map<number, number>();
  let jsonRatio = 0;
  let jsonCell = jsonStateCell(1.1);
  // The journal's rows of each pair (A:B, D:E): planned at the guess until one is read (at most
  // UNKNOWN_JOURNAL_CELLS of them a request), then at three bytes a character while the rows read are
  // packed (its packed content comes first) and at the most bytes a character seen once past them.
  const journalMeasured = [false, false];
  const journalRatio = [0, 0];
  const journalCells = [JOURNAL_GUESS_CELL, JOURNAL_GUESS_CELL];
  const unknownJournalCells = (row: number) =>
    [0, 3].filter((k, pair) => !journalMeasured[pair] && keyColumns.get(k)?.[row - keyTop.get(k)!] === 'journal')
      .length;
  const stateRegions = stateAt >= 0 && scope === 'all' ? pending.filter((b) => b.sheet === stateAt) : [];
  // Worth a look only when the state at its worst case and the rest at their guess pass one request.
  const worstCase =
    stateRegions.reduce((n, b) => n + b.rows * stateRowBytes(b.left, b.cols), 0) +
    pending.reduce((n, b) => (b.sheet === stateAt ? n : n + b.rows * b.cols * CELL_BYTES), 0);
  let keysWanted = stateRegions.length === 1 && stateRegions[0].rows <= 20000 && worstCase > PAYLOAD_BUDGET;
  if (keysWanted) pending = pending.filter((b) => b.sheet !== stateAt);
  // Whether each pair's (A:B, D:E) productSheets rows are JSON: from /3 on they hold the sheets' layouts
  // (state/sheet-layout.ts), mostly ASCII, weighed as the other JSON rows; /2 kept the sheets' content
  // packed (three bytes a character), weighed at the worst case.
  const jsonSheets = [false, false];
  const stateRowEstimate = (row: number, left: number, cols: number) =>
    stateRowFromKeys(
      [0, 3].map((k) => (keyColumns.has(k) ? (keyColumns.get(k)![row - keyTop.get(k)!] ?? null) : undefined)),
      left,
      cols,
      jsonCell,
      jsonSheets,
      journalCells,
    );
  // A sample of every large sheet from its middle, read in the first request, weighs its cells before
  // its bands are asked for: each later request is filled at measured weights, not at the guess.
  const probes: Band[] = [];
  pending = pending.flatMap((b) => {
    if (b.sheet === stateAt || b.rows < PROBE_ROWS * 4) return [b];
    const mid = b.top + Math.floor(b.rows / 2);
    probes.push({ ...b, top: mid, rows: PROBE_ROWS });
    return [
      { ...b, rows: mid - b.top },
      { ...b, top: mid + PROBE_ROWS, rows: b.top + b.rows - mid - PROBE_ROWS },
    ];
  });
  // The owned columns each header window shows, read blind from their first indicator row to the foot
  // of the sheet's used range in the room the first request of bands leaves — their values come back in
  // that same request, so each cell is weighed as a guess (blindCellBytes; on ExcelApi 1.18 with its
  // runs of fonts, FOLD_RUN_BYTES) where the window did not show it. Only the first request carries
  // them: what does not fit is guessed again from the bands, exactly, as before.
  const windowBlocks: AheadBlock[] = aheadOn ? headerBlocks(items, regions, headerWindows, ahead!, runsOn) : [];
  let first = true;
  // Which columns are hidden, and which cells the analyst's conditional formats cover, sheet by sheet:
  // asked with the bands (all in the first request, but for a host whose responses are very small), no
  // request of their own (askSheetExtras).
  const extrasLeft = scope === 'all' ? extrasWanted(items, regions, abilities) : [];
  while (first || pending.length > 0 || mergesLeft.length > 0 || aheadQueue.length > 0 || extrasLeft.length > 0) {
    let bytes = 200;
    let cells = 0;
    if (first) for (const sheet of items) sheet.protection.load('protected');
    const extrasTaken: SheetSpan[] = [];
    // With the bands while requests are answered at the planned weights; after a refusal (a host whose
    // responses are far smaller than Excel's), in requests of their own once the bands are read, so
    // that a band cut down to one row is never refused for them.
    const extrasNow =
      margin === 1 || (pending.length === 0 && mergesLeft.length === 0 && aheadQueue.length === 0 && !first);
    while (extrasNow && extrasLeft.length > 0) {
      const x = extrasLeft[0];
      if (bytes + x.bytes * margin > PAYLOAD_BUDGET && extrasTaken.length > 0) break;
      bytes += x.bytes * margin;
      extrasTaken.push(extrasLeft.shift()!);
    }
    const extras = askSheetExtras(items, extrasTaken, abilities);
    const filtersAsked = first && filtersWanted;
    if (filtersAsked) loadFilters(items, filters);
    const keyReads: { col: number; top: number; range: Excel.Range }[] = [];
    let formatRead: Excel.Range | null = null;
    if (first && keysWanted) {
      const b = stateRegions[0];
      for (const col of [0, 3]) {
        if (col < b.left || col >= b.left + b.cols) continue;
        keyReads.push({
          col,
          top: b.top,
          range: items[stateAt].getRangeByIndexes(b.top, col, b.rows, 1).load('values'),
        });
        bytes += b.rows * 40 + 200 + CALL_OVERHEAD * 3;
      }
      // The format line of each pair (B2 and E2), with the keys: it says how its productSheets rows are kept.
      if (b.top <= STATE_FORMAT_ROW && b.top + b.rows > STATE_FORMAT_ROW && b.left === 0 && b.cols >= 2) {
        formatRead = items[stateAt].getRangeByIndexes(STATE_FORMAT_ROW, 0, 1, Math.min(b.cols, 6)).load('values');
        bytes += 400 + CALL_OVERHEAD * 2;
      }
    }
    // Bands of rows, as many as fit.
    const batch: Band[] = [];
    for (const probe of first ? probes.splice(0) : []) {
      batch.push(probe);
      bytes += probe.rows * probe.cols * bytesPerCell(probe.sheet) * margin + CALL_OVERHEAD * 3;
      cells += probe.rows * probe.cols;
    }
    // State rows past the journal cells one request may carry unmeasured: asked for in the next request.
    const deferred: Band[] = [];
    while (pending.length > 0) {
      const b = pending[0];
      const isState = items[b.sheet].name === STATE_SHEET;
      let rowBytes = (isState ? stateRowBytes(b.left, b.cols) : b.cols * bytesPerCell(b.sheet)) * margin;
      let rows = Math.min(
        b.rows,
        Math.floor((PAYLOAD_BUDGET - bytes - CALL_OVERHEAD * 3) / rowBytes),
        Math.floor((CELL_READ_LIMIT - cells) / b.cols),
      );
      if (isState && keyColumns.size > 0) {
        // Row by row, each weighed by its keys.
        let size = 0;
        let r = 0;
        const most = Math.min(b.rows, Math.floor((CELL_READ_LIMIT - cells) / b.cols));
        const before = batch.reduce(
          (n, x) =>
            x.sheet !== stateAt ? n : n + range(x.top, x.rows).reduce((m, row) => m + unknownJournalCells(row), 0),
          0,
        );
        let unknown = before;
        let capped = false;
        while (r < most) {
          const next = stateRowEstimate(b.top + r, b.left, b.cols) * margin;
          if (bytes + size + next + CALL_OVERHEAD * 3 > PAYLOAD_BUDGET) break;
          unknown += unknownJournalCells(b.top + r);
          if (unknown > UNKNOWN_JOURNAL_CELLS && (r > 0 || before > 0)) {
            capped = true;
            break;
          }
          size += next;
          r++;
        }
        rows = r;
        rowBytes = r > 0 ? size / r : rowBytes;
        if (capped) {
          // The rest waits for the next request, its journal measured by then; the bands fill this one.
          if (r > 0) {
            batch.push({ ...b, rows: r });
            bytes += size + CALL_OVERHEAD * 3;
            cells += r * b.cols;
          }
          deferred.push({ ...b, top: b.top + r, rows: b.rows - r });
          pending.shift();
          continue;
        }
      }
      if (rows < 1) {
        if (batch.length > 0) break;
        batch.push({ ...b, rows: 1 });
        if (b.rows === 1) pending.shift();
        else pending[0] = { ...b, top: b.top + 1, rows: b.rows - 1 };
        break;
      }
      batch.push({ ...b, rows });
      bytes += rows * rowBytes + CALL_OVERHEAD * 3;
      cells += rows * b.cols;
      if (rows === b.rows) pending.shift();
      else {
        pending[0] = { ...b, top: b.top + rows, rows: b.rows - rows };
        break;
      }
    }
    pending.unshift(...deferred);
    const bandProperties =
      abilities.spills && scope === 'all' ? [...BAND_PROPERTIES, 'hasSpill', 'savedAsArray'] : BAND_PROPERTIES;
    const ranges = batch.map((b) =>
      items[b.sheet].getRangeByIndexes(b.top, b.left, b.rows, b.cols).load(bandProperties.join(',')),
    );
    // Merged areas: a sheet's first window of 512 rows; the rest, once its density is known, in windows
    // tall enough for MERGES_PER_WINDOW areas (the whole remainder for a sheet with none) — or all at
    // 512 rows now when no further request of bands will follow.
    const windows: MergeWindow[] = [];
    const lastRead = pending.length === 0;
    for (const m of mergesLeft.splice(0)) {
      const seen = mergesSeen.get(m.sheet);
      const height = seen
        ? seen.areas === 0
          ? m.rows
          : Math.max(16, Math.floor((MERGES_PER_WINDOW * seen.rows) / seen.areas))
        : mergeRows.get(m.sheet)!;
      if (!seen && !lastRead) {
        windows.push({ ...m, rows: Math.min(height, m.rows) });
        if (m.rows > height) mergesLeft.push({ ...m, top: m.top + height, rows: m.rows - height });
        continue;
      }
      for (let top = m.top; top < m.top + m.rows; top += height)
        windows.push({ ...m, top, rows: Math.min(height, m.top + m.rows - top) });
    }
    const mergeReads = windows.map((w) =>
      items[w.sheet].getRangeByIndexes(w.top, w.left, w.rows, w.cols).getMergedAreasOrNullObject().load('address'),
    );
    bytes +=
      windows.length * CALL_OVERHEAD * 3 + windows.reduce((n, w) => n + Math.min(w.rows, MERGES_PER_WINDOW) * 24, 0);
    // The guessed owned cells' "before" picture, in the room the bands and windows leave: a block cut
    // where the request is full, each cell weighed from its value and number format, read already.
    const aheadBatch: AheadBlock[] = [];
    while (aheadQueue.length > 0) {
      const a = aheadQueue[0];
      const room = PAYLOAD_BUDGET - bytes - CALL_OVERHEAD * 4;
      let rows = 0;
      let size = 0;
      const scale = a.runs ? runsScale : aheadScale;
      while (rows < a.cost.length && size + a.cost[rows] * scale <= room) size += a.cost[rows++] * scale;
      // A request of nothing else carries at least one cell, however heavy it was weighed.
      if (rows === 0 && aheadBatch.length === 0 && batch.length === 0 && windows.length === 0)
        size = a.cost[rows++] * scale;
      if (rows === 0) break;
      bytes += size + CALL_OVERHEAD * 4;
      aheadBatch.push({ ...a, cost: a.cost.slice(0, rows) });
      if (rows === a.cost.length) aheadQueue.shift();
      else {
        aheadQueue[0] = { ...a, top: a.top + rows, cost: a.cost.slice(rows) };
        break;
      }
    }
    // The read-ahead, in the room the last request of bands leaves. With guesses on, only when no
    // guessed block is left to fill the room, for the sheets not guessed yet (a workbook read in one
    // request: its owned cells cost no request of their own).
    let foldReads: {
      sheet: number;
      range: Excel.Range;
      colours: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    }[] = [];
    const foldNow = foldWanted && pending.length === 0 && aheadQueue.length === 0;
    let foldSheets = foldNow
      ? regions.filter(
          (b, i) =>
            items[b.sheet].name !== STATE_SHEET &&
            !guessed.has(b.sheet) &&
            regions.findIndex((x) => x.sheet === b.sheet) === i,
        )
      : [];
    // On ExcelApi 1.18 the runs of fonts come with the colours: the values are not known yet (they
    // are read in this same request), so every cell of the window is weighed as a text cell of the
    // guessed weight (FOLD_RUN_BYTES) — at the example's size this still covers every sheet whole.
    // A sheet whose bands weighed more than an indicator sheet's (long notes) is weighed at what they did.
    const foldCellBytes = (sheet: number) =>
      (Math.max(FOLD_CELL_BYTES, FOLD_CELL_BYTES - 17 + (weight.get(sheet) ?? 0)) + (runsOn ? FOLD_RUN_BYTES : 0)) *
      margin;
    const tallest = foldSheets.reduce((n, f) => Math.max(n, f.rows), 0);
    // Where the read-ahead covers every sheet whole (the example), it alone; else the header windows'
    // owned columns first (in the first request only), and the read-ahead for the other sheets in the
    // room they leave.
    const whole = foldNow && tallest > 0 && foldRows(foldSheets, PAYLOAD_BUDGET - bytes, foldCellBytes) >= tallest;
    const windowBatch: AheadBlock[] = [];
    for (const a of first && !whole ? windowBlocks : []) {
      const room = PAYLOAD_BUDGET - bytes - CALL_OVERHEAD * 4;
      let rows = 0;
      let size = 0;
      while (rows < a.cost.length && size + a.cost[rows] * aheadScale <= room) size += a.cost[rows++] * aheadScale;
      if (rows === 0) break;
      bytes += size + CALL_OVERHEAD * 4;
      windowBatch.push({ ...a, cost: a.cost.slice(0, rows) });
      if (rows < a.cost.length) break;
    }
    // A sheet whose every window block is in this request needs no read-ahead.
    const windowed = new Set(
      windowBatch
        .filter((w) => {
          const all = windowBlocks.filter((b) => b.sheet === w.sheet);
          return all.every((b) =>
            windowBatch.some((x) => x.sheet === b.sheet && x.col === b.col && x.cost.length === b.cost.length),
          );
        })
        .map((w) => w.sheet),
    );
    foldSheets = foldSheets.filter((f) => !windowed.has(f.sheet));
    if (foldNow) {
      foldWanted = false;
      // As many rows of each sheet as fit, the same number for all (a sheet shorter than that whole).
      const rows = foldRows(foldSheets, PAYLOAD_BUDGET - bytes, foldCellBytes);
      if (rows > 0) {
        const properties = runsOn ? { ...SNAPSHOT_CELL_PROPERTIES, textRuns: true } : SNAPSHOT_CELL_PROPERTIES;
        foldReads = foldSheets.map((b) => {
          const range = items[b.sheet]
            .getRangeByIndexes(b.top, b.left, Math.min(rows, b.rows), b.cols)
            .load('formulas,numberFormat,rowIndex,columnIndex');
          return { sheet: b.sheet, range, colours: range.getCellProperties(properties) };
        });
      }
    }
    const aheadReads = aheadBatch
      .filter((a) => !a.runs)
      .map((a) => {
        const range = items[a.sheet].getRangeByIndexes(a.top, a.col, a.cost.length, 1).load('formulas,numberFormat');
        return { a, range, colours: range.getCellProperties(SNAPSHOT_CELL_PROPERTIES) };
      });
    const windowReads = windowBatch.map((a) => {
      const range = items[a.sheet].getRangeByIndexes(a.top, a.col, a.cost.length, 1).load('formulas,numberFormat');
      const properties = runsOn ? { ...SNAPSHOT_CELL_PROPERTIES, textRuns: true } : SNAPSHOT_CELL_PROPERTIES;
      return { a, range, colours: range.getCellProperties(properties) };
    });
    const runsReads = aheadBatch
      .filter((a) => a.runs)
      .map((a) => ({
        a,
        runs: items[a.sheet].getRangeByIndexes(a.top, a.col, a.cost.length, 1).getCellProperties({ textRuns: true }),
      }));
    let refused: unknown;
    let filtersAtFault = false;
    try {
      await context.sync();
      if (ranges.some((r) => !Array.isArray(r.values))) refused = new TooLargeRead();
    } catch (e) {
      filtersAtFault = filtersAsked && filterLoadRefused(e);
      if (!filtersAtFault && !isPayloadTooLarge(e) && !isInternalError(e)) throw e;
      refused = e;
    }
    if (refused !== undefined) {
      // Ask for less: the bands at a larger weight, the merged-area windows half as tall, no read-ahead.
      const single =
        batch.length <= 1 &&
        (batch[0]?.rows ?? 1) === 1 &&
        windows.every((w) => w.rows === 1) &&
        foldReads.length === 0 &&
        [...aheadBatch, ...windowBatch].reduce((n, a) => n + a.cost.length, 0) <= 1 &&
        extrasTaken.length <= 1;
      // A bare internal error that persists down to one row, on a request with the filters in it: the
      // filters' load is the last suspect, dropped before giving up.
      if (
        !filtersAtFault &&
        filtersAsked &&
        isInternalError(refused) &&
        (single || margin * CELL_BYTES > PAYLOAD_BUDGET)
      )
        filtersAtFault = true;
      if (filtersAtFault) {
        // The same request again without the filters' load (one request more, on such hosts only).
        filtersWanted = false;
        filtersUnchecked = true;
        filters.clear();
      } else if (single || margin * CELL_BYTES > PAYLOAD_BUDGET) {
        if (isInternalError(refused)) throw refused;
        throw tooLargeProblem();
      } else {
        // A bare internal error on a request with merged-area windows is taken for Excel's 512-area limit
        // first: the windows are halved and the bands kept as they were.
        const mergesAtFault = windows.some((w) => w.rows > 1) && !isPayloadTooLarge(refused);
        if (mergesAtFault) {
          for (const w of windows) {
            mergeRows.set(w.sheet, Math.max(1, Math.floor(w.rows / 2)));
            mergesSeen.delete(w.sheet);
          }
        } else margin *= 2;
        // The guessed blocks weighed twice as heavy: a request of them alone is asked again in halves.
        if (aheadBatch.some((a) => a.runs)) runsScale *= 2;
        if (aheadBatch.some((a) => !a.runs) || windowBatch.length > 0) aheadScale *= 2;
      }
      pending = [...batch, ...pending];
      extrasLeft.unshift(...extrasTaken);
      mergesLeft.unshift(...windows);
      mergesLeft.sort((a, b) => a.sheet - b.sheet || a.top - b.top);
      foldWanted = foldReads.length > 0;
      aheadQueue.unshift(...aheadBatch);
      continue;
    }
    first = false;
    for (const x of extras) {
      const hidden = x.columnProperties
        ? hiddenOf(x.columnProperties.left, x.columnProperties.items.value)
        : x.columns.filter((c) => c.range.columnHidden === true).map((c) => c.col);
      const covered =
        x.conditionalFormats && !x.conditionalFormats.isNullObject
          ? parseAddressList(x.conditionalFormats.address)
          : [];
      sheetExtras.set(x.sheet, {
        ...(hidden.length > 0 ? { hiddenColumns: hidden } : {}),
        ...(covered.length > 0 ? { conditionalFormats: covered } : {}),
      });
    }
    for (const k of keyReads) {
      keyColumns.set(
        k.col,
        k.range.values.map((row) => (row[0] === '' ? null : (row[0] as CellValue))),
      );
      keyTop.set(k.col, k.top);
    }
    if (formatRead) {
      const row = formatRead.values[0] ?? [];
      jsonSheets[0] = row[1] === STATE_FORMAT;
      jsonSheets[1] = row[4] === STATE_FORMAT;
    }
    if (keysWanted) {
      pending.unshift(...stateRegions);
      keysWanted = false;
    }
    // A request answered: the next ones go back towards the measured weights.
    margin = Math.max(1, margin / 2);
    batch.forEach((b, i) => {
      parts[b.sheet].push({ top: b.top, left: b.left, range: ranges[i] });
      // hasSpill: false where no cell of the band is in a dynamic array's results (true or null else).
      const area = { top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 };
      if (bandProperties.length > BAND_PROPERTIES.length && ranges[i].hasSpill !== false) {
        const name = items[b.sheet].name;
        spillBands.set(name, [...(spillBands.get(name) ?? []), area]);
      }
      // savedAsArray: false where no cell of the band is in an array formula (legacy or a dynamic anchor).
      if (bandProperties.length > BAND_PROPERTIES.length && ranges[i].savedAsArray !== false) {
        const name = items[b.sheet].name;
        arrayBands.set(name, [...(arrayBands.get(name) ?? []), area]);
      }
      if (b.sheet === stateAt && keyColumns.size > 0) {
        // The most bytes a character of the state's long JSON cells seen so far.
        ranges[i].values.forEach((row, r) => {
          row.forEach((v, c) => {
            const col = b.left + c;
            if (col !== 1 && col !== 4) return;
            const key = keyColumns.get(col - 1)?.[b.top + r - keyTop.get(col - 1)!];
            if (typeof key !== 'string' || key === 'productSheets' || typeof v !== 'string' || v.length < 1000) return;
            const ratio = jsonBytes(v) / v.length;
            if (key === 'journal') {
              // Rows are read in order: past the packed content the rest is the cells' columns (ASCII
              // mostly); a packed row after them (never written so) sends the weight back to the worst.
              const pair = col === 1 ? 0 : 1;
              journalMeasured[pair] = true;
              journalRatio[pair] = ratio < PACKED_RATIO ? Math.max(journalRatio[pair], ratio) : 0;
              journalCells[pair] = journalRatio[pair] > 0 ? jsonStateCell(journalRatio[pair] * 1.03) : JOURNAL_CELL;
              return;
            }
            jsonRatio = Math.max(jsonRatio, ratio);
            jsonCell = jsonStateCell(jsonRatio);
          });
        });
      }
      const weighed = (jsonBytes(ranges[i].values) + jsonBytes(ranges[i].numberFormat)) / (b.rows * b.cols);
      weight.set(b.sheet, Math.max(weighed * 1.03, 4));
    });
    windows.forEach((w, i) => {
      const found = mergeReads[i].isNullObject ? [] : parseAddressList(mergeReads[i].address);
      merges.set(w.sheet, [...(merges.get(w.sheet) ?? []), ...found]);
      const seen = mergesSeen.get(w.sheet) ?? { rows: 0, areas: 0 };
      mergesSeen.set(w.sheet, { rows: seen.rows + w.rows, areas: seen.areas + found.length });
    });
    let weighed = 0;
    let estimated = 0;
    for (const { a, range, colours } of windowReads) {
      const name = items[a.sheet].name;
      if (runsOn)
        colours.value.forEach((row, r) => textRuns.set(snapshotKey(name, a.top + r, a.col), row[0]?.textRuns ?? null));
      addFold(name, a.top, a.col, range, colours.value);
    }
    windowBlocks.length = 0;
    for (const f of foldReads) {
      if (runsOn)
        f.colours.value.forEach((row, r) =>
          row.forEach((c, k) =>
            textRuns.set(
              snapshotKey(items[f.sheet].name, f.range.rowIndex + r, f.range.columnIndex + k),
              c.textRuns ?? null,
            ),
          ),
        );
      addFold(items[f.sheet].name, f.range.rowIndex, f.range.columnIndex, f.range, f.colours.value);
    }
    for (const { a, range, colours } of aheadReads) {
      const name = items[a.sheet].name;
      addFold(name, a.top, a.col, range, colours.value);
      weighed += jsonBytes(range.formulas) + jsonBytes(range.numberFormat) + jsonBytes(colours.value);
      estimated += a.cost.reduce((n, c) => n + c, 0);
    }
    // The next blocks at the weight measured (never below the estimate: it is counted to the byte).
    if (estimated > 0) aheadScale = Math.max(1, weighed / estimated);
    let runsWeighed = 0;
    let runsEstimated = 0;
    for (const { a, runs } of runsReads) {
      const name = items[a.sheet].name;
      runs.value.forEach((row, r) => textRuns.set(snapshotKey(name, a.top + r, a.col), row[0]?.textRuns ?? null));
      runsWeighed += jsonBytes(runs.value);
      runsEstimated += a.cost.reduce((n, c) => n + c, 0);
    }
    // Runs richer than plain text's one (a note in several fonts) weigh more: the next at the weight seen.
    if (runsEstimated > 0) runsScale = Math.max(runsScale, runsWeighed / runsEstimated);
    if (aheadOn) guessAhead();
  }
  stateValues = null;
  const infos = sheetInfos(items, filters, () => (filtersUnchecked = true));
  const grids: SheetGrid[] = [];
  items.forEach((sheet, i) => {
    if (!(scope === 'all' || sheet.name === STATE_SHEET)) return;
    const done = placed.get(i);
    const values = done ? done.values : placeBands(parts[i]);
    const numberFormats = done ? done.numberFormats : gridNumberFormats(values, placeBandFormats(parts[i]), 0, 0);
    const sheetMerges = merges.get(i);
    grids.push({
      name: sheet.name,
      id: sheet.id,
      values,
      ...(sheetMerges && sheetMerges.length > 0 ? { merges: sheetMerges } : {}),
      ...hiddenFlag(sheet),
      ...sheetExtras.get(i),
      ...(numberFormats ? { numberFormats } : {}),
    });
    if (sheet.name === STATE_SHEET) stateValues = values;
  });
  return {
    sheets: infos,
    grids,
    stateValues,
    folds,
    ...(filtersUnchecked ? { filtersUnchecked } : {}),
    ...(spillBands.size > 0 ? { spillBands } : {}),
    ...(arrayBands.size > 0 ? { arrayBands } : {}),
    ...(textRuns.size > 0 ? { textRuns } : {}),
  };
}

/**
 * Each sheet's filters, asked for in the first request of a scoring's reads (ExcelApi 1.9): the sheet's
 * AutoFilter (Worksheet.autoFilter) and each Excel table's (Table.autoFilter, loaded for every item of
 * Worksheet.tables with the typed Excel.Interfaces.TableCollectionLoadOptions, `{ autoFilter: {
 * isDataFiltered: true } }`: "For EACH ITEM in the collection"). All of it is documented from 1.9; that
 * every host accepts the tables' nested load in one request is not verified live, so a host that refuses
 * it (filterLoadRefused) gets the request again without it, and one that answers without delivering it
 * (office-js issue 190: a nested path silently not loaded) is read as unchecked (filteredBy).
 */
type SheetFilters = Map<Excel.Worksheet, { sheet: Excel.AutoFilter; tables: Excel.TableCollection }>;

function loadFilters(items: Excel.Worksheet[], filters: SheetFilters): void {
  for (const sheet of items)
    filters.set(sheet, {
      sheet: sheet.autoFilter.load('isDataFiltered'),
      tables: sheet.tables.load({ autoFilter: { isDataFiltered: true } }),
    });
}

/** Which filter hides rows on a sheet; `unknown()` is called when the host answered without saying. */
function filteredBy(filters: SheetFilters, sheet: Excel.Worksheet, unknown: () => void): SheetInfo['filtered'] {
  const f = filters.get(sheet);
  if (!f) return undefined;
  try {
    if (f.sheet.isDataFiltered) return 'sheet';
    return f.tables.items.some((t) => t.autoFilter.isDataFiltered) ? 'table' : undefined;
  } catch {
    // PropertyNotLoaded: delivered without the filter state (office-js issue 190).
    unknown();
    return undefined;
  }
}

/**
 * Whether a failed first request is the host refusing the filters' load rather than anything else in
 * it: Excel names the failing call in `debugInfo.errorLocation` (office-js issue 217: a collection load
 * failing on its items' property, "Chart.plotBy"), here an AutoFilter's or a table's; without a location,
 * a code no read of cells gives for its size (InvalidArgument, NotImplemented, ApiNotFound,
 * InvalidOperation). A wrong guess costs one request: asked again without the filters, a failure that
 * was not theirs fails again and is handled as before. A bare GeneralException is taken for "too
 * large" first (readPlanned).
 */
export function filterLoadRefused(e: unknown): boolean {
  const err = e as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const where = err?.debugInfo?.errorLocation;
  if (typeof where === 'string' && /autofilter|table/i.test(where)) return true;
  return (
    err?.code === 'InvalidArgument' ||
    err?.code === 'NotImplemented' ||
    err?.code === 'ApiNotFound' ||
    err?.code === 'InvalidOperation'
  );
}

/**
 * The most rows each sheet's top may be read ahead with (a sheet shorter than that whole) so that all of
 * them, at `cellBytes` of their sheet a cell, fit in `room` bytes: 0 when not even one row of each does.
 */
function foldRows(sheets: Band[], room: number, cellBytes: (sheet: number) => number): number {
  const cost = (rows: number) => sheets.reduce((n, b) => n + Math.min(rows, b.rows) * b.cols * cellBytes(b.sheet), 0);
  if (sheets.length === 0 || cost(1) > room) return 0;
  let lo = 1;
  let hi = sheets.reduce((n, b) => Math.max(n, b.rows), 0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * What a cell of a header window's owned column weighs in the response before its value is known: a
 * one-column read of formulas, number formats and cell properties (aheadCellBytes) of a value as heavy
 * as the bands' first guess, CELL_BYTES, in a number format of eight characters ("0.00%;-0.00%" is
 * twelve, "General" seven).
 */
const blindCellBytes = () => CELL_BYTES + 10 + CELL_PROPERTIES_BYTES + 9;

/**
 * The owned columns a sheet's header window shows (see HEADER_WINDOW), each from its first indicator
 * row in the window to the foot of the sheet's used range: the table's rows below the window are not
 * known yet, and cells past the table's end cost only their bytes. Weighed from the window's values
 * where it shows them, blind below. A sheet read in parts (a stray cell far away, read where it has
 * content) gets none: its foot is not the table's.
 */
function headerBlocks(
  items: Excel.Worksheet[],
  regions: Band[],
  windows: Map<string, SheetGrid>,
  ahead: OwnedAhead,
  runsOn: boolean,
): AheadBlock[] {
  const out: AheadBlock[] = [];
  items.forEach((sheet, i) => {
    const grid = windows.get(sheet.name);
    const own = regions.filter((b) => b.sheet === i);
    if (!grid || own.length !== 1) return;
    let blocks: OwnedBlock[] = [];
    try {
      blocks = ahead.guess(grid, undefined);
    } catch {
      return;
    }
    const foot = own[0].top + own[0].rows - 1;
    const tops = new Map<number, number>();
    for (const b of blocks) tops.set(b.col, Math.min(tops.get(b.col) ?? b.top, b.top));
    for (const [col, top] of [...tops].sort((a, b) => a[0] - b[0])) {
      const cost: number[] = [];
      for (let r = top; r <= foot; r++) {
        const shown = r < grid.values.length;
        const value = shown ? (grid.values[r]?.[col] ?? null) : null;
        const format = shown ? (numberFormatOf(grid, r, col) ?? undefined) : undefined;
        let bytes = shown ? aheadCellBytes(value, format) : blindCellBytes();
        if (runsOn) bytes += shown ? textRunBytes(value === null ? '' : String(value)) : FOLD_RUN_BYTES;
        cost.push(bytes);
      }
      if (cost.length > 0) out.push({ sheet: i, col, top, cost });
    }
  });
  return out;
}

/** A read Excel answered with null values: too large for one request (code as Excel's own). */
class TooLargeRead extends Error {
  readonly code = 'RangeExceedsLimit';
  constructor() {
    super('A read came back without its values: too large for one request.');
    this.name = 'TooLargeRead';
  }
}

/**
 * A guessed owned column block still to read: `cost` holds each cell's bytes in the response. With
 * `runs`, a block of its text cells whose runs of fonts are asked for (ExcelApi 1.18) rather than its
 * "before" picture.
 */
interface AheadBlock {
  sheet: number;
  col: number;
  top: number;
  cost: number[];
  runs?: true;
}

/**
 * What getCellProperties(SNAPSHOT_CELL_PROPERTIES) gives for a cell with no link, as JSON: colours of
 * seven characters, a pattern name of up to five ("Solid").
 */
const CELL_PROPERTIES_BYTES = jsonBytes({
  format: { fill: { color: '#FFFFFF', pattern: 'Solid', patternColor: '#000000' }, font: { color: '#000000' } },
});

/**
 * A cell's bytes in the response of a one-column read of formulas, number formats and cell properties,
 * from its value and number format as the bands read them: each of the three arrays gives the cell a
 * row of its own ("[…],"). A formula or a link weighs more: measured on the first response and scaled.
 */
function aheadCellBytes(value: CellValue, numberFormat: string | undefined): number {
  return jsonBytes(value ?? '') + jsonBytes(numberFormat ?? 'General') + CELL_PROPERTIES_BYTES + 9;
}

/** getCellProperties' answer as a FoldWindow's colours. */
function foldColours(value: Excel.CellProperties[][]): FoldWindow['colours'] {
  return value.map((row) =>
    row.map((c) => ({
      fill: c.format?.fill?.color ?? '#FFFFFF',
      font: c.format?.font?.color ?? '#000000',
      ...(c.hyperlink ? { link: c.hyperlink } : {}),
      ...(c.format?.fill?.pattern && c.format.fill.pattern !== 'None' && c.format.fill.pattern !== 'Solid'
        ? { pattern: c.format.fill }
        : {}),
    })),
  );
}

function sheetInfos(items: Excel.Worksheet[], filters: SheetFilters, unknown: () => void): SheetInfo[] {
  return items.map((s) => {
    const filtered = filteredBy(filters, s, unknown);
    return {
      name: s.name,
      visibility: s.visibility,
      position: s.position,
      protected: s.protection.protected,
      id: s.id,
      ...(filtered ? { filtered } : {}),
    };
  });
}

/** The number formats of a used range's number cells, compactly (see SheetGrid.numberFormats). */
export function gridNumberFormats(
  values: CellValue[][],
  numberFormat: string[][] | undefined,
  rowIndex: number,
  columnIndex: number,
): SheetGrid['numberFormats'] {
  if (!numberFormat) return undefined;
  return compactNumberFormats(values, (r, c) => numberFormat[r - rowIndex]?.[c - columnIndex]);
}

/**
 * The workbook's date system, read only when a sheet holds date-formatted numbers (the only cells it
 * changes the meaning of), so an ordinary workbook pays no extra sync. `Workbook.use1904DateSystem`
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member)
 * is not in a released requirement set that `@types/office-js` describes yet; a host without it fails
 * the load, and the 1900 system (Excel's default on Windows and the web) is assumed.
 */
async function readDateSystem(context: Excel.RequestContext, grids: SheetGrid[]): Promise<void> {
  const hasDates = grids.some((g) => g.numberFormats?.formats.some((f) => isDateFormat(f)));
  if (!hasDates) return;
  const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  try {
    workbook.load('use1904DateSystem');
    await context.sync();
  } catch {
    return;
  }
  if (workbook.use1904DateSystem) for (const g of grids) g.date1904 = true;
}

/** A used range's values placed from A1; empty cells (Office gives "") are null. */
export function gridValues(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const width = columnIndex + (values[0]?.length ?? 0);
  const grid: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) grid.push(new Array<CellValue>(width).fill(null));
  for (const row of values) {
    const out = new Array<CellValue>(columnIndex).fill(null);
    for (const v of row) out.push(v === '' || v === undefined ? null : (v as CellValue));
    grid.push(out);
  }
  if (values.length === 1 && values[0].length === 1 && grid[rowIndex][columnIndex] === null) return [];
  return grid;
}

/**
 * Where to read: each sheet's used range, or, for a sheet over SPARSE_SHEET_CELLS (a stray value far
 * from the tables), the areas holding constants or formulas (Range.getSpecialCells, ExcelApi 1.9), in
 * one more request. Below 1.9 such a sheet is refused with a sentence saying how to clear it.
 */
async function contentRegions(
  context: Excel.RequestContext,
  items: Excel.Worksheet[],
  sizes: (Size | null)[],
  abilities: HostAbilities,
): Promise<Band[]> {
  const regions: Band[] = [];
  const sparse: { sheet: number; constants: Excel.RangeAreas; formulas: Excel.RangeAreas }[] = [];
  sizes.forEach((u, i) => {
    if (!u || u.rowCount * u.columnCount === 0) return;
    if (u.rowCount * u.columnCount <= SPARSE_SHEET_CELLS) {
      regions.push({ sheet: i, top: u.rowIndex, rows: u.rowCount, left: u.columnIndex, cols: u.columnCount });
      return;
    }
    if (!abilities.rangeAreas)
      throw strayCellsProblem(
        items[i].name,
        `${columnLetters(u.columnIndex + u.columnCount - 1)}${u.rowIndex + u.rowCount}`,
      );
    const used = items[i].getRangeByIndexes(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount);
    sparse.push({
      sheet: i,
      constants: used.getSpecialCellsOrNullObject('Constants' as Excel.SpecialCellType.constants).load('address'),
      formulas: used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas).load('address'),
    });
  });
  if (sparse.length === 0) return regions;
  await context.sync();
  for (const s of sparse) {
    for (const found of [s.constants, s.formulas]) {
      if (found.isNullObject) continue;
      for (const a of parseAddressList(found.address))
        regions.push({
          sheet: s.sheet,
          top: a.top,
          rows: a.bottom - a.top + 1,
          left: a.left,
          cols: a.right - a.left + 1,
        });
    }
  }
  return regions;
}

/**
 * Bands placed on a grid from A1. Bands of a whole used range make a rectangular grid, as one read
 * would; bands of scattered content make rows only as long as their last value (a stray value at
 * XFD1048576 does not make a million rows of 16,384 cells). Empty cells (Office gives "") are null.
 */
/**
 * The bands' number formats placed on the sheet's own rows and columns (0-based from A1), as
 * `gridNumberFormats` reads them; undefined where no band carried any.
 */
function placeBandFormats(parts: { top: number; left: number; range: Excel.Range }[]): string[][] | undefined {
  if (parts.length === 0 || parts.some((p) => !Array.isArray(p.range.numberFormat))) return undefined;
  const formats: string[][] = [];
  for (const p of parts) {
    p.range.numberFormat.forEach((row, r) => {
      const at = p.top + r;
      while (formats.length <= at) formats.push([]);
      row.forEach((f, c) => {
        formats[at][p.left + c] = f as string;
      });
    });
  }
  return formats;
}

function placeBands(parts: { top: number; left: number; range: Excel.Range }[]): CellValue[][] {
  if (parts.length === 0) return [];
  parts.sort((a, b) => a.top - b.top || a.left - b.left);
  const left = parts[0].left;
  const width = parts[0].range.values[0]?.length ?? 0;
  if (parts.every((p) => p.left === left && (p.range.values[0]?.length ?? 0) === width)) {
    return gridValues(
      parts.flatMap((p) => p.range.values),
      parts[0].top,
      left,
    );
  }
  const grid: CellValue[][] = [];
  for (const p of parts) {
    p.range.values.forEach((row, r) => {
      const at = p.top + r;
      while (grid.length <= at) grid.push([]);
      const out = grid[at];
      row.forEach((v, c) => {
        if (v === '' || v === undefined || v === null) return;
        const col = p.left + c;
        while (out.length < col) out.push(null);
        out[col] = v as CellValue;
      });
    });
  }
  return grid;
}

/** The most columns of a sheet whose hidden state is asked (A to IV): a header further right is not looked for. */
const HIDDEN_COLUMNS_ASKED = 256;

/** What the address of a sheet's conditionally formatted cells is planned at in the response (about 100 areas). */
const CONDITIONAL_ADDRESS_BYTES = 1000;

/** A sheet's extras asked with the bands: its columns' hidden state and its conditional formats' cells. */
interface SheetExtrasRead {
  sheet: number;
  /** Each column's hidden state in one call (ExcelApi 1.9), from column `left` on; null below 1.9. */
  columnProperties: { left: number; items: OfficeExtension.ClientResult<Excel.ColumnProperties[]> } | null;
  /** Below 1.9: one cell of each column, its Range.columnHidden. */
  columns: { col: number; range: Excel.Range }[];
  conditionalFormats: Excel.RangeAreas | null;
}

/** A sheet's used part (0-based, inclusive) whose extras are still to ask, and what asking them weighs. */
interface SheetSpan {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
  bytes: number;
}

/** Every sheet but the state sheet with content, in workbook order: whose extras to ask (askSheetExtras). */
function extrasWanted(items: Excel.Worksheet[], regions: Band[], abilities: HostAbilities): SheetSpan[] {
  const out: SheetSpan[] = [];
  items.forEach((sheet, i) => {
    if (sheet.name === STATE_SHEET) return;
    const own = regions.filter((b) => b.sheet === i);
    if (own.length === 0) return;
    const span = {
      sheet: i,
      top: Math.min(...own.map((b) => b.top)),
      left: Math.min(...own.map((b) => b.left)),
      bottom: Math.max(...own.map((b) => b.top + b.rows - 1)),
      right: Math.max(...own.map((b) => b.left + b.cols - 1)),
    };
    const columns = Math.max(0, Math.min(span.right, HIDDEN_COLUMNS_ASKED - 1) - span.left + 1);
    // ExcelApi 1.9: a range and one getColumnProperties call, an item of about 40 bytes a column in the
    // response (`{"columnHidden":false,"columnIndex":12}`); below it, a range and a load a column.
    const hiddenBytes = abilities.rangeAreas ? CALL_OVERHEAD * 2 + columns * 40 : columns * (CALL_OVERHEAD * 2 + 30);
    out.push({ ...span, bytes: hiddenBytes + CALL_OVERHEAD * 3 + CONDITIONAL_ADDRESS_BYTES });
  });
  return out;
}

/**
 * Asks, for each sheet given (every sheet but the state sheet), in the request it is called before
 * (the first of the bands, unless a host's responses are too small to take them all: no request more,
 * issue 11's sync bounds hold):
 * - whether each column of its used range is hidden, at most HIDDEN_COLUMNS_ASKED a sheet. On ExcelApi
 *   1.9, Range.getColumnProperties({ columnHidden, columnIndex }) of the used range's columns: one call a
 *   sheet, an item per column ("a single-dimensional array, encapsulating the data for each column's …
 *   properties", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)),
 *   so the calls per sheet do not grow with its columns (issue 11 item 3). Range.columnHidden of a block of
 *   columns will not do: it is null when some are hidden and some not
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member), and
 *   which ones would take another request. Below 1.9, Range.columnHidden (ExcelApi 1.2) of one cell of each
 *   column, one column at a time. The command line reads the file's
 *   `<col hidden="1">`: both give the reader SheetGrid.hiddenColumns (a hidden older outturn column
 *   never gives the year, fresh user 3);
 * - on ExcelApi 1.9, the cells its conditional formats cover: Range.getSpecialCellsOrNullObject(
 *   "ConditionalFormats") over the used range ("All cells with conditional formats",
 *   https://learn.microsoft.com/javascript/api/excel/excel.specialcelltype), one call whatever the number
 *   of rules — Range.conditionalFormats would need its items loaded in one request and their ranges
 *   asked in the next. Below 1.9 not known (the write's getCount question still says it, carry-out.ts).
 */
function askSheetExtras(items: Excel.Worksheet[], spans: SheetSpan[], abilities: HostAbilities): SheetExtrasRead[] {
  return spans.map((x) => {
    const sheet = items[x.sheet];
    const columns: SheetExtrasRead['columns'] = [];
    const last = Math.min(x.right, HIDDEN_COLUMNS_ASKED - 1);
    if (!abilities.rangeAreas) {
      for (let col = x.left; col <= last; col++)
        columns.push({ col, range: sheet.getRangeByIndexes(x.top, col, 1, 1).load('columnHidden') });
      return { sheet: x.sheet, columnProperties: null, columns, conditionalFormats: null };
    }
    // One row of the used range's columns, so that Excel looks at no other cell for the answer. A sheet
    // whose used range starts right of column IV has no column asked.
    const columnProperties =
      last < x.left
        ? null
        : {
            left: x.left,
            items: sheet
              .getRangeByIndexes(x.top, x.left, 1, last - x.left + 1)
              .getColumnProperties({ columnHidden: true, columnIndex: true }),
          };
    const conditionalFormats = sheet
      .getRangeByIndexes(x.top, x.left, x.bottom - x.top + 1, x.right - x.left + 1)
      .getSpecialCellsOrNullObject('ConditionalFormats' as Excel.SpecialCellType.conditionalFormats)
      .load('address');
    return { sheet: x.sheet, columnProperties, columns, conditionalFormats };
  });
}

/**
 * The hidden columns (0-based) in Range.getColumnProperties' items, each at its `columnIndex`, or, where an
 * item has none, at its place from the range's first column `left`. Only `columnHidden: true` counts.
 */
function hiddenOf(left: number, items: readonly Excel.ColumnProperties[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++)
    if (items[i].columnHidden === true)
      out.push(typeof items[i].columnIndex === 'number' ? items[i].columnIndex! : left + i);
  return out;
}

/** A hidden or very hidden sheet is flagged: the engine does not score its tables. */
function hiddenFlag(sheet: Excel.Worksheet): { hidden?: true } {
  return sheet.visibility === 'Visible' ? {} : { hidden: true };
}
