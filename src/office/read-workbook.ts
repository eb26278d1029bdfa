/**
 * Reading the workbook for a scoring run: the list of sheets (one sync: Office.js cannot name the
 * sheets and read them in the same request), then in ONE more sync every sheet's used range
 * (values), its merged areas where the host has them (ExcelApi 1.13), each sheet's protection, and
 * the Scorecard_State sheet. On ExcelApi 1.9 the same sync also reads, for the top-left part of each
 * sheet, the formulas, number formats and fill / font colours: the owned cells' "before" snapshot
 * then needs no sync of its own for an ordinary workbook (see snapshots.ts).
 *
 * A workbook whose contents pass Excel on the web's 5 MB response cap, or a sheet over the 5,000,000
 * cells one read may cover, is read again in bands of rows, as many per request as the budget allows.
 * Excel says "too large" in several ways (documented codes, a bare GeneralException / HTTP 500, or
 * `values` null): all lead to the banded read, and a null `values` is never used. A sheet whose used
 * range is huge because of a stray value far from the tables is read where it has content
 * (Range.getSpecialCells, ExcelApi 1.9), or refused with a sentence saying how to clear it.
 */
import type { CellValue, SheetGrid } from '../core';
import { STATE_SHEET, columnLetters, compactNumberFormats, isDateFormat } from '../core';
import type { HostAbilities } from './host';
import { parseAddressList } from './addresses';
import { isInternalError, isPayloadTooLarge, strayCellsProblem, tooLargeProblem } from './problems';
import { CELL_READ_LIMIT, PAYLOAD_BUDGET, jsonBytes } from './payload';
import { SNAPSHOT_CELL_PROPERTIES } from './snapshots';

export interface SheetInfo {
  name: string;
  visibility: string;
  position: number;
  protected: boolean;
  /** Worksheet.id: the same when the sheet is renamed or moved (the undo journal follows sheets by it). */
  id: string;
}

/** Formulas, number formats and colours of the top-left part of a sheet, read with its values. */
export interface FoldWindow {
  top: number;
  left: number;
  formulas: unknown[][];
  numberFormat: string[][];
  colours: { fill: string; font: string; link?: unknown }[][];
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  structureProtected: boolean;
  /** Every sheet's grid (the state sheet's too), in workbook order. */
  grids: SheetGrid[];
  /** The state sheet's values, or null when there is none. */
  stateValues: CellValue[][] | null;
  folds: Map<string, FoldWindow>;
}

/**
 * What a cell of the state sheet may weigh in a response: its long values run to 32,767 characters a
 * cell, packed in characters of three UTF-8 bytes (state/pack.ts); the key column beside them is short.
 */
const STATE_CELL_BYTES = 50000;

/** Cells of formats read ahead with the values, across all sheets (≈ 70 bytes each in the response). */
const FOLD_CELLS = 40000;
const FOLD_COLUMNS = 52;

interface ReadPlan {
  fold: boolean;
  merges: boolean;
}

type Scope = 'all' | 'state';

/**
 * Reads the open workbook into the engine's grids (every sheet, or only the state sheet with `'state'`),
 * in as few syncs as the host allows. Not to be confused with the core's `readWorkbook`, which finds the
 * indicator tables in grids.
 */
export async function readExcelGrids(context: Excel.RequestContext, abilities: HostAbilities, scope: Scope = 'all'): Promise<WorkbookRead> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility,items/position,items/id');
  const bookProtection = context.workbook.protection;
  bookProtection.load('protected');
  // The state sheet is known by name, so its size comes with the list of sheets: a state too large
  // for one response with everything else (a rescore of tens of thousands of indicators) sends the
  // read straight to sized bands instead of a request Excel would refuse (issue 11 item 2).
  const stateUsed = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true).load('rowCount,columnCount');
  await context.sync();
  const items = collection.items;
  if (!stateUsed.isNullObject && stateUsed.rowCount * Math.min(stateUsed.columnCount, 2) * STATE_CELL_BYTES > PAYLOAD_BUDGET / 2) {
    const read = await readInBands(context, items, scope, abilities);
    await readDateSystem(context, read.grids);
    return { ...read, structureProtected: bookProtection.protected };
  }
  let plan: ReadPlan = { fold: abilities.rangeAreas && scope === 'all', merges: abilities.mergedAreas && scope === 'all' };
  for (;;) {
    try {
      const read = await readOnce(context, items, scope, plan);
      await readDateSystem(context, read.grids);
      return { ...read, structureProtected: bookProtection.protected };
    } catch (e) {
      if (isPayloadTooLarge(e)) {
        const read = await readInBands(context, items, scope, abilities);
        await readDateSystem(context, read.grids);
        return { ...read, structureProtected: bookProtection.protected };
      }
      if (!plan.fold && !plan.merges) {
        // A bare internal error on the workbook's largest request may be Excel on the web's way of
        // saying "too large" (office-js 1314, 1012): the banded read finds out, and rethrows it when
        // the workbook is small after all.
        if (isInternalError(e)) {
          const read = await readInBands(context, items, scope, abilities, e);
          await readDateSystem(context, read.grids);
          return { ...read, structureProtected: bookProtection.protected };
        }
        throw e;
      }
      // A sheet whose data lies outside the read-ahead window (ItemNotFound), or more than 512 merged
      // areas on a sheet: read less and try again.
      const code = (e as { code?: string }).code;
      plan = code === 'ItemNotFound' && plan.fold ? { ...plan, fold: false } : plan.merges ? { ...plan, merges: false } : { fold: false, merges: false };
    }
  }
}

function wanted(sheet: Excel.Worksheet, scope: Scope): boolean {
  return scope === 'all' || sheet.name === STATE_SHEET;
}

async function readOnce(context: Excel.RequestContext, items: Excel.Worksheet[], scope: Scope, plan: ReadPlan): Promise<Omit<WorkbookRead, 'structureProtected'>> {
  const rowsPerSheet = Math.max(20, Math.floor(FOLD_CELLS / (Math.max(1, items.length) * FOLD_COLUMNS)));
  const windowAddress = `A1:${columnLetters(FOLD_COLUMNS - 1)}${rowsPerSheet}`;
  const reads = items.map((sheet) => {
    sheet.protection.load('protected');
    if (!wanted(sheet, scope)) return { sheet };
    // The number formats come with the values, in the same request (issue 8): the engine reads 0.052
    // shown as 5.2% as a percentage, and a date as a date.
    const used = sheet.getUsedRange(true).load('values,numberFormat,rowIndex,columnIndex');
    const merged = plan.merges ? used.getMergedAreasOrNullObject().load('address') : undefined;
    let fold: { range: Excel.Range; colours: OfficeExtension.ClientResult<Excel.CellProperties[][]> } | undefined;
    if (plan.fold && sheet.name !== STATE_SHEET) {
      const range = used.getIntersection(windowAddress).load('formulas,numberFormat,rowIndex,columnIndex');
      fold = { range, colours: range.getCellProperties(SNAPSHOT_CELL_PROPERTIES) };
    }
    return { sheet, used, merged, fold };
  });
  await context.sync();
  const grids: SheetGrid[] = [];
  const folds = new Map<string, FoldWindow>();
  let stateValues: CellValue[][] | null = null;
  // Over the cell limit some hosts answer with null instead of failing: read in bands instead.
  if (reads.some((r) => r.used && !Array.isArray(r.used.values))) throw new TooLargeRead();
  for (const r of reads) {
    if (!r.used) continue;
    const values = gridValues(r.used.values, r.used.rowIndex, r.used.columnIndex);
    const merges = r.merged && !r.merged.isNullObject ? parseAddressList(r.merged.address) : undefined;
    const numberFormats = gridNumberFormats(values, r.used.numberFormat, r.used.rowIndex, r.used.columnIndex);
    grids.push({ name: r.sheet.name, id: r.sheet.id, values, ...(merges ? { merges } : {}), ...hiddenFlag(r.sheet), ...(numberFormats ? { numberFormats } : {}) });
    if (r.sheet.name === STATE_SHEET) stateValues = values;
    if (r.fold) {
      folds.set(r.sheet.name, {
        top: r.fold.range.rowIndex,
        left: r.fold.range.columnIndex,
        formulas: r.fold.range.formulas,
        numberFormat: r.fold.range.numberFormat,
        colours: r.fold.colours.value.map((row) => row.map((c) => ({ fill: c.format?.fill?.color ?? '#FFFFFF', font: c.format?.font?.color ?? '#000000', ...(c.hyperlink ? { link: c.hyperlink } : {}) }))),
      });
    }
  }
  return { sheets: sheetInfos(items), grids, stateValues, folds };
}

/** A read Excel answered with null values: too large for one request (code as Excel's own). */
class TooLargeRead extends Error {
  readonly code = 'RangeExceedsLimit';
  constructor() {
    super('A read came back without its values: too large for one request.');
    this.name = 'TooLargeRead';
  }
}

function sheetInfos(items: Excel.Worksheet[]): SheetInfo[] {
  return items.map((s) => ({ name: s.name, visibility: s.visibility, position: s.position, protected: s.protection.protected, id: s.id }));
}

/** The number formats of a used range's number cells, compactly (see SheetGrid.numberFormats). */
export function gridNumberFormats(values: CellValue[][], numberFormat: string[][] | undefined, rowIndex: number, columnIndex: number): SheetGrid['numberFormats'] {
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

interface Band {
  sheet: number;
  top: number;
  rows: number;
  left: number;
  cols: number;
}

/**
 * What each band loads. Kept as a list so a further per-cell property (number formats …) is one more
 * entry here and one more field read in `placeBands`.
 */
const BAND_PROPERTIES = ['values', 'numberFormat'];

/**
 * A sheet whose used range covers more cells than this is read only where it has content (a stray
 * value far away would otherwise cost thousands of bands): the limit of one read, 5,000,000 cells.
 */
const SPARSE_SHEET_CELLS = CELL_READ_LIMIT;

/**
 * The slow road for very large workbooks: sizes first, then bands of rows within the response
 * budget, as many per request as fit; a request Excel still finds too large (any of its ways of
 * saying so, or values null) is cut finer, down to one row. A bare internal error that persists on a
 * single row was not about size: it is thrown as it is (`cause`, the one that led here, if any).
 */
async function readInBands(context: Excel.RequestContext, items: Excel.Worksheet[], scope: Scope, abilities: HostAbilities, cause?: unknown): Promise<Omit<WorkbookRead, 'structureProtected'>> {
  const sizes = items.map((sheet) => {
    sheet.protection.load('protected');
    return wanted(sheet, scope) ? sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount') : null;
  });
  await context.sync();
  const regions = await contentRegions(context, items, sizes, abilities);
  // Bytes a cell weighs in the response (values and number formats), per sheet: a first guess, then
  // what the sheet's bands so far actually weighed (the state sheet's packed cells weigh kilobytes),
  // so each request is filled to the budget and sized before it is asked for (issue 11 item 2).
  const guess = (sheet: number) => (items[sheet].name === STATE_SHEET ? STATE_CELL_BYTES : 24);
  const weight = new Map<number, number>();
  const bytesPerCell = (sheet: number) => weight.get(sheet) ?? guess(sheet);
  let margin = 1;
  let pending = regions.map((b) => ({ ...b }));
  const parts: { top: number; left: number; range: Excel.Range }[][] = items.map(() => []);
  while (pending.length > 0) {
    const batch: Band[] = [];
    let bytes = 0;
    let cells = 0;
    while (pending.length > 0) {
      const b = pending[0];
      const rowBytes = b.cols * bytesPerCell(b.sheet) * margin;
      const byBytes = Math.floor((PAYLOAD_BUDGET - bytes) / rowBytes);
      const byCells = Math.floor((CELL_READ_LIMIT - cells) / b.cols);
      const rows = Math.min(b.rows, byBytes, byCells);
      if (rows < 1) {
        if (batch.length > 0) break;
        // A single row over the budget on its own: asked for alone.
        batch.push({ ...b, rows: 1 });
        pending[0] = { ...b, top: b.top + 1, rows: b.rows - 1 };
        if (pending[0].rows === 0) pending.shift();
        break;
      }
      batch.push({ ...b, rows });
      bytes += rows * rowBytes;
      cells += rows * b.cols;
      if (rows === b.rows) pending.shift();
      else {
        pending[0] = { ...b, top: b.top + rows, rows: b.rows - rows };
        break;
      }
    }
    const ranges = batch.map((b) => items[b.sheet].getRangeByIndexes(b.top, b.left, b.rows, b.cols).load(BAND_PROPERTIES));
    let tooLarge = false;
    let internal: unknown;
    try {
      await context.sync();
      tooLarge = ranges.some((r) => !Array.isArray(r.values));
    } catch (e) {
      if (!isPayloadTooLarge(e) && !isInternalError(e)) throw e;
      tooLarge = true;
      if (!isPayloadTooLarge(e)) internal = e;
    }
    if (tooLarge) {
      // Still too large (the guess was wrong, or Excel's limit is lower today): ask for less, down to one row.
      if (margin * 24 > PAYLOAD_BUDGET || (batch.length === 1 && batch[0].rows === 1)) {
        if (internal !== undefined) throw cause ?? internal;
        throw tooLargeProblem();
      }
      margin *= 2;
      pending = [...batch, ...pending];
      continue;
    }
    batch.forEach((b, i) => {
      parts[b.sheet].push({ top: b.top, left: b.left, range: ranges[i] });
      const weighed = (jsonBytes(ranges[i].values) + jsonBytes(ranges[i].numberFormat)) / (b.rows * b.cols);
      weight.set(b.sheet, Math.max(weighed * 1.1, 4));
    });
  }
  let stateValues: CellValue[][] | null = null;
  const grids: SheetGrid[] = [];
  items.forEach((sheet, i) => {
    if (!sizes[i]) return;
    const values = placeBands(parts[i]);
    const numberFormats = gridNumberFormats(values, placeBandFormats(parts[i]), 0, 0);
    grids.push({ name: sheet.name, id: sheet.id, values, ...hiddenFlag(sheet), ...(numberFormats ? { numberFormats } : {}) });
    if (sheet.name === STATE_SHEET) stateValues = values;
  });
  return { sheets: sheetInfos(items), grids, stateValues, folds: new Map() };
}

/**
 * Where to read: each sheet's used range, or, for a sheet over SPARSE_SHEET_CELLS (a stray value far
 * from the tables), the areas holding constants or formulas (Range.getSpecialCells, ExcelApi 1.9), in
 * one more request. Below 1.9 such a sheet is refused with a sentence saying how to clear it.
 */
async function contentRegions(context: Excel.RequestContext, items: Excel.Worksheet[], sizes: (Excel.Range | null)[], abilities: HostAbilities): Promise<Band[]> {
  const regions: Band[] = [];
  const sparse: { sheet: number; constants: Excel.RangeAreas; formulas: Excel.RangeAreas }[] = [];
  sizes.forEach((u, i) => {
    if (!u || u.rowCount * u.columnCount === 0) return;
    if (u.rowCount * u.columnCount <= SPARSE_SHEET_CELLS) {
      regions.push({ sheet: i, top: u.rowIndex, rows: u.rowCount, left: u.columnIndex, cols: u.columnCount });
      return;
    }
    if (!abilities.rangeAreas) throw strayCellsProblem(items[i].name, `${columnLetters(u.columnIndex + u.columnCount - 1)}${u.rowIndex + u.rowCount}`);
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
      for (const a of parseAddressList(found.address)) regions.push({ sheet: s.sheet, top: a.top, rows: a.bottom - a.top + 1, left: a.left, cols: a.right - a.left + 1 });
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
    return gridValues(parts.flatMap((p) => p.range.values), parts[0].top, left);
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

/** A hidden or very hidden sheet is flagged: the engine does not score its tables. */
function hiddenFlag(sheet: Excel.Worksheet): { hidden?: true } {
  return sheet.visibility === 'Visible' ? {} : { hidden: true };
}
