/**
 * Reading the workbook for a scoring run: the list of sheets (one sync: Office.js cannot name the
 * sheets and read them in the same request), then in ONE more sync every sheet's used range
 * (values), its merged areas where the host has them (ExcelApi 1.13), each sheet's protection, and
 * the Scorecard_State sheet. On ExcelApi 1.9 the same sync also reads, for the top-left part of each
 * sheet, the formulas, number formats and fill / font colours: the owned cells' "before" snapshot
 * then needs no sync of its own for an ordinary workbook (see snapshots.ts).
 *
 * A workbook whose contents pass Excel on the web's 5 MB response cap is read again in bands of rows,
 * as many per request as the budget allows.
 */
import type { CellValue, SheetGrid } from '../core';
import { STATE_SHEET, columnLetters, compactNumberFormats, isDateFormat } from '../core';
import type { HostAbilities } from './host';
import { parseAddressList } from './addresses';
import { isPayloadTooLarge, tooLargeProblem } from './problems';
import { PAYLOAD_BUDGET } from './payload';

export interface SheetInfo {
  name: string;
  visibility: string;
  position: number;
  protected: boolean;
}

/** Formulas, number formats and colours of the top-left part of a sheet, read with its values. */
export interface FoldWindow {
  top: number;
  left: number;
  formulas: unknown[][];
  numberFormat: string[][];
  colours: { fill: string; font: string }[][];
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

/** Cells of formats read ahead with the values, across all sheets (≈ 70 bytes each in the response). */
const FOLD_CELLS = 40000;
const FOLD_COLUMNS = 52;

interface ReadPlan {
  fold: boolean;
  merges: boolean;
}

type Scope = 'all' | 'state';

export async function readWorkbook(context: Excel.RequestContext, abilities: HostAbilities, scope: Scope = 'all'): Promise<WorkbookRead> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility,items/position');
  const bookProtection = context.workbook.protection;
  bookProtection.load('protected');
  await context.sync();
  const items = collection.items;
  let plan: ReadPlan = { fold: abilities.rangeAreas && scope === 'all', merges: abilities.mergedAreas && scope === 'all' };
  for (;;) {
    try {
      const read = await readOnce(context, items, scope, plan);
      await readDateSystem(context, read.grids);
      return { ...read, structureProtected: bookProtection.protected };
    } catch (e) {
      if (isPayloadTooLarge(e)) {
        const read = await readInBands(context, items, scope);
        await readDateSystem(context, read.grids);
        return { ...read, structureProtected: bookProtection.protected };
      }
      if (!plan.fold && !plan.merges) throw e;
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
      fold = { range, colours: range.getCellProperties({ format: { fill: { color: true }, font: { color: true } } }) };
    }
    return { sheet, used, merged, fold };
  });
  await context.sync();
  const grids: SheetGrid[] = [];
  const folds = new Map<string, FoldWindow>();
  let stateValues: CellValue[][] | null = null;
  for (const r of reads) {
    if (!r.used) continue;
    const values = gridValues(r.used.values, r.used.rowIndex, r.used.columnIndex);
    const merges = r.merged && !r.merged.isNullObject ? parseAddressList(r.merged.address) : undefined;
    const numberFormats = gridNumberFormats(values, r.used.numberFormat, r.used.rowIndex, r.used.columnIndex);
    grids.push({ name: r.sheet.name, values, ...(merges ? { merges } : {}), ...hiddenFlag(r.sheet), ...(numberFormats ? { numberFormats } : {}) });
    if (r.sheet.name === STATE_SHEET) stateValues = values;
    if (r.fold) {
      folds.set(r.sheet.name, {
        top: r.fold.range.rowIndex,
        left: r.fold.range.columnIndex,
        formulas: r.fold.range.formulas,
        numberFormat: r.fold.range.numberFormat,
        colours: r.fold.colours.value.map((row) => row.map((c) => ({ fill: c.format?.fill?.color ?? '#FFFFFF', font: c.format?.font?.color ?? '#000000' }))),
      });
    }
  }
  return { sheets: sheetInfos(items), grids, stateValues, folds };
}

function sheetInfos(items: Excel.Worksheet[]): SheetInfo[] {
  return items.map((s) => ({ name: s.name, visibility: s.visibility, position: s.position, protected: s.protection.protected }));
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

/** Bands cut to at most `cells` cells each (whole rows; a row wider than that is a band of its own). */
function cutBands(bands: Band[], cells: number): Band[] {
  return bands.flatMap((b) => {
    const rowsPerBand = Math.max(1, Math.floor(cells / b.cols));
    const out: Band[] = [];
    for (let r = 0; r < b.rows; r += rowsPerBand) out.push({ ...b, top: b.top + r, rows: Math.min(rowsPerBand, b.rows - r) });
    return out;
  });
}

/**
 * The slow road for very large workbooks: sizes first, then bands of rows within the response
 * budget, as many per request as fit; a request Excel still finds too large is cut finer.
 */
async function readInBands(context: Excel.RequestContext, items: Excel.Worksheet[], scope: Scope): Promise<Omit<WorkbookRead, 'structureProtected'>> {
  const sizes = items.map((sheet) => {
    sheet.protection.load('protected');
    return wanted(sheet, scope) ? sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount') : null;
  });
  await context.sync();
  let bytesPerCell = 16;
  const cellsPerRequest = () => Math.floor(PAYLOAD_BUDGET / bytesPerCell);
  const whole = sizes.flatMap((u, i) => (u ? [{ sheet: i, top: u.rowIndex, rows: u.rowCount, left: u.columnIndex, cols: u.columnCount }] : []));
  let pending = cutBands(whole, cellsPerRequest());
  const parts: { top: number; left: number; values: unknown[][]; numberFormat: string[][] }[][] = items.map(() => []);
  while (pending.length > 0) {
    const batch: Band[] = [];
    let cells = 0;
    while (pending.length > 0 && (batch.length === 0 || cells + pending[0].rows * pending[0].cols <= cellsPerRequest())) {
      const b = pending.shift()!;
      batch.push(b);
      cells += b.rows * b.cols;
    }
    const ranges = batch.map((b) => items[b.sheet].getRangeByIndexes(b.top, b.left, b.rows, b.cols).load('values,numberFormat'));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      if (bytesPerCell > PAYLOAD_BUDGET) throw tooLargeProblem();
      bytesPerCell *= 2;
      pending = cutBands([...batch, ...pending], cellsPerRequest());
      continue;
    }
    batch.forEach((b, i) => parts[b.sheet].push({ top: b.top, left: b.left, values: ranges[i].values, numberFormat: ranges[i].numberFormat }));
  }
  let stateValues: CellValue[][] | null = null;
  const grids: SheetGrid[] = [];
  items.forEach((sheet, i) => {
    if (!sizes[i]) return;
    const bands = parts[i].sort((a, b) => a.top - b.top);
    const values = bands.length === 0 ? [] : gridValues(bands.flatMap((p) => p.values), bands[0].top, bands[0].left);
    const numberFormats = bands.length === 0 ? undefined : gridNumberFormats(values, bands.flatMap((p) => p.numberFormat), bands[0].top, bands[0].left);
    grids.push({ name: sheet.name, values, ...hiddenFlag(sheet), ...(numberFormats ? { numberFormats } : {}) });
    if (sheet.name === STATE_SHEET) stateValues = values;
  });
  return { sheets: sheetInfos(items), grids, stateValues, folds: new Map() };
}

/** A hidden or very hidden sheet is flagged: the engine does not score its tables. */
function hiddenFlag(sheet: Excel.Worksheet): { hidden?: true } {
  return sheet.visibility === 'Visible' ? {} : { hidden: true };
}
