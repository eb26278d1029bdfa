/** Range and RangeAreas in the in-memory Excel model (their formats: format.ts). */
import { areaAddress, quoteSheetName } from '../../../src/core/a1';
import type { Area } from '../../../src/core/model';
import { ExcelModelError, ModelClientResult, type ModelRequestCore } from './context';
import { areaOf, blankCell, cellsOf, type ModelCell, type ModelTextRun } from './document';
import { ModelRangeFormat } from './format';
import { ModelObject } from './object';
import { ModelConditionalFormatCollection } from './filters';
import {
  colour,
  fontOverRuns,
  guardWritable,
  hex,
  need,
  patternOf,
  queueCellWrite,
  setPattern,
  type Resolver,
  type Target,
} from './target';
import { typeIn } from './typing';

/** Excel.RangeValueType of a cell as the model holds it (numbers as Double; errors by their text). */
/** The rectangle two areas share, or null where they do not meet (Range.getIntersection and its OrNullObject twin). */
function intersection(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top > bottom || left > right ? null : { top, left, bottom, right };
}

function valueTypeOf(c: ModelCell | undefined): string {
  if (c?.richValue) return 'RichValue';
  const v = c?.value ?? null;
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/.test(
    v,
  )
    ? 'Error'
    : 'String';
}

function valueOut(c: ModelCell | undefined): string | number | boolean {
  if (!c || c.value === null) return '';
  return c.value;
}

/** An item of Range.getColumnProperties' answer, as far as the model gives it. */
interface ColumnItem {
  columnHidden?: boolean;
  columnIndex?: number;
}

function matrix<T>(t: Target, pick: (c: ModelCell | undefined) => T): T[][] {
  const a = t.areas[0];
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(pick(t.sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

/** A link on a cell; the text to display becomes the cell's value, as text (Excel shows it in the cell). */
function setLink(
  cell: ModelCell,
  link: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string },
): void {
  cell.hyperlink = {
    documentReference: link.documentReference,
    address: link.address,
    textToDisplay: link.textToDisplay,
    ...(link.screenTip !== undefined ? { screenTip: link.screenTip } : {}),
  };
  if (link.textToDisplay === undefined) return;
  cell.value = link.textToDisplay;
  delete cell.formula;
  delete cell.textRuns;
}

/** Excel.SettableCellProperties as far as the model takes them (see setCellProperties). */
export interface ModelCellProperties {
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  /** ExcelApi 1.18: the cell's text as runs of fonts (see textRunsOut). */
  textRuns?: ModelTextRun[];
  format?: {
    fill?: { color?: string; pattern?: string; patternColor?: string };
    font?: { color?: string; bold?: boolean; italic?: boolean; size?: number; underline?: string };
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
    /** CellPropertiesFormat.shrinkToFit (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesformat). */
    shrinkToFit?: boolean;
    borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', { style?: string; color?: string }>>;
  };
}

/** A cell's link as Excel reads it back (only the parts set), or undefined. */
function linkOut(c: ModelCell | undefined): Record<string, string> | undefined {
  if (!c?.hyperlink) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.hyperlink)) if (typeof v === 'string') out[k] = v;
  if (out.textToDisplay === undefined && typeof c.value === 'string') out.textToDisplay = c.value;
  return out;
}

/** The cell's own font as Excel.CellPropertiesFont gives it in full (a text run's font starts from it). */
function cellFontOut(c: ModelCell): Required<NonNullable<ModelTextRun['font']>> & { tintAndShade: number } {
  return {
    bold: c.bold,
    color: hex(c.fontColor, '#000000'),
    italic: c.italic,
    name: 'Calibri',
    size: c.fontSize,
    strikethrough: false,
    subscript: false,
    superscript: false,
    tintAndShade: 0,
    underline: c.underline ? 'Single' : 'None',
  };
}

/**
 * getCellProperties' `textRuns` (ExcelApi 1.18, Excel.RangeTextRun,
 * https://learn.microsoft.com/javascript/api/excel/excel.rangetextrun): a text cell's runs, each with its
 * whole font — one run of the cell's font for plain text. Excel answers every font property of every
 * run, which is why the add-in asks only for cells holding text. What Excel gives for a number, a blank
 * or a formula is not documented; the model gives no runs for them and the add-in never asks.
 */
function textRunsOut(c: ModelCell): (ModelTextRun & { font: ReturnType<typeof cellFontOut> })[] | undefined {
  if (typeof c.value !== 'string' || c.formula !== undefined) return undefined;
  const base = cellFontOut(c);
  if (!c.textRuns) return [{ text: c.value, font: base }];
  return c.textRuns.map((r) => ({ text: r.text, font: { ...base, ...(r.font ?? {}) } }));
}

/**
 * setCellProperties' `textRuns` (ExcelApi 1.18): the cell's value becomes the runs' text, as text, each
 * run in its font (only the properties given differ from the cell's font; the doc's own example sets
 * "Rich " bold in #C00000 and "text" italic in #4472C4 on one cell).
 */
function setTextRuns(cell: ModelCell, runs: ModelTextRun[]): void {
  if (!Array.isArray(runs) || runs.some((r) => typeof r?.text !== 'string'))
    throw new ExcelModelError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format (textRuns).',
    );
  cell.value = runs.map((r) => r.text).join('');
  delete cell.formula;
  // Kept as the model keeps runs: each run's font only where it differs from the cell's own.
  const base: Record<string, unknown> = cellFontOut(cell);
  const kept = runs.map((r) => {
    const font: Record<string, unknown> = { ...(r.font ?? {}) };
    if (typeof font.color === 'string') font.color = `#${colour(font.color)}`;
    for (const k of Object.keys(font)) if (font[k] === base[k] || font[k] === undefined) delete font[k];
    return Object.keys(font).length ? { text: r.text, font: font as ModelTextRun['font'] } : { text: r.text };
  });
  if (kept.some((r) => r.font)) cell.textRuns = kept;
  else delete cell.textRuns;
}

/**
 * Where the rows of a 2-D write land in a range that spans rows hidden by a filter. Excel on Windows was
 * reported to misplace such a write — "Filtering breaks, rows that should be filtered are shown … and
 * data seems to be misplaced (i.e. not appearing in the correct cells)" (office-js issue 224, closed
 * "has workaround": clear the filter first; office-js issue 3030 shows add-ins clearing filters before
 * changing table data and re-applying them after). Whether current builds still do it is not known here;
 * the model takes the harm at its word, the way a paste into a filtered range goes: the rows of the array
 * fill the visible rows in order and what is left over is lost. Rows hidden by hand are written as usual.
 * Returns, for each row of the array, the sheet row it lands on, or null.
 */
function filteredPlacement(filtered: Set<number>, top: number, rows: number): (number | null)[] {
  const out: (number | null)[] = [];
  let at = top;
  for (let i = 0; i < rows; i++) {
    if (filtered.size === 0) {
      out.push(top + i);
      continue;
    }
    while (filtered.has(at) && at < top + rows) at++;
    out.push(at < top + rows ? at++ : null);
  }
  return out;
}

/** As Excel gives it: each area with its sheet, ", " between areas ("Sheet1!A1:B4, Sheet1!D1:D4"). */
/** Excel's Range.unmerge: every merged area that overlaps the range's first area is split again. */
function unmergeOver(t: Target): void {
  const a = t.areas[0];
  t.sheet.merges = t.sheet.merges.filter(
    (m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right,
  );
}

function fullAddress(t: Target): string {
  return t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${areaAddress(a)}`).join(', ');
}

export class ModelRange extends ModelObject {
  readonly format: ModelRangeFormat;

  constructor(
    core: ModelRequestCore,
    readonly resolve: Resolver,
  ) {
    super(core, 'Range');
    this.format = new ModelRangeFormat(core, resolve, 'Range');
  }

  /** Range.conditionalFormats (ExcelApi 1.6): the rules that intersect the range (filters.ts). */
  get conditionalFormats(): ModelConditionalFormatCollection {
    return new ModelConditionalFormatCollection(this.core, () => need(this.resolve));
  }

  get values(): (string | number | boolean)[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.queueMatrix('values', v, (cell, x) => {
      const typed = typeIn(x);
      cell.value = typed.value;
      cell.quotePrefix = typed.quotePrefix;
      // A value written replaces the cell's text with its runs of fonts, as typing over it does, and a
      // data type with it.
      delete cell.textRuns;
      delete cell.richValue;
      if (typed.formula !== undefined) cell.formula = typed.formula;
      else delete cell.formula;
      if (typed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = typed.numberFormat;
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.queueMatrix('formulas', v, (cell, x) => {
      const typed = typeIn(x);
      cell.value = typed.value;
      delete cell.textRuns;
      delete cell.richValue;
      if (typed.formula !== undefined) cell.formula = typed.formula;
      else delete cell.formula;
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queueMatrix('numberFormat', v, (cell, x) => (cell.numberFormat = String(x)));
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  /** Range.columnHidden (ExcelApi 1.2): true, false, or null when mixed (see readNow). */
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  /**
   * Range.hyperlink (ExcelApi 1.7): readable on a single cell (a cell without a link reads back
   * undefined), writable on any range. Writing `values` to a linked cell keeps its link, as typing
   * over it in Excel does — only Range.clear("Hyperlinks") / clear("All") removes it
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hyperlink-member).
   * A link written without `textToDisplay` leaves the cell's value as it is.
   */
  get hyperlink():
    { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } | undefined {
    return this.get('hyperlink');
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    queueCellWrite(
      this.core,
      'Range.hyperlink',
      link,
      this.resolve,
      (cell) => {
        setLink(cell, link);
      },
      '1.7',
    );
  }

  /** 2D writes: the array must match the range's size; null leaves a cell unchanged. */
  private queueMatrix(prop: string, v: unknown[][], change: (cell: ModelCell, x: unknown) => void): void {
    this.core.enqueue(
      `Range.${prop}`,
      v,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        const a = t.areas[0];
        const rows = a.bottom - a.top + 1;
        const cols = a.right - a.left + 1;
        if (v.length !== rows || v.some((r) => r.length !== cols)) {
          throw new ExcelModelError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}, ${areaAddress(a)}).`,
          );
        }
        const rowAt = filteredPlacement(t.sheet.filteredRows(), a.top, rows);
        // Part of a legacy array formula is refused before anything is written (ModelSheet.arrays).
        if ((prop === 'values' || prop === 'formulas') && t.sheet.arrays.length > 0)
          t.sheet.writeOverArrays(
            v.flatMap((row, i) =>
              row.flatMap((x, j) => (x === null || rowAt[i] === null ? [] : [{ row: rowAt[i]!, col: a.left + j }])),
            ),
          );
        const written: { row: number; col: number }[] = [];
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null || rowAt[i] === null) return;
            change(t.sheet.edit(rowAt[i]!, a.left + j), x);
            written.push({ row: rowAt[i]!, col: a.left + j });
          }),
        );
        if (prop === 'values' || prop === 'formulas') t.sheet.writeOverSpills(written);
        if (prop === 'values' || prop === 'formulas') this.core.doc.raiseChanged(t.sheet, a, 'ThisLocalAddin');
      },
      { write: true },
    );
  }

  /** Range.hyperlink arrived in ExcelApi 1.7; Range.hasSpill in 1.12. */
  protected override loadNeeds(props: string[]): string | undefined {
    if (props.includes('hasSpill') || props.includes('savedAsArray')) return '1.12';
    return props.includes('hyperlink') ? '1.7' : undefined;
  }

  get savedAsArray(): boolean | null {
    return this.get('savedAsArray');
  }
  get hasSpill(): boolean | null {
    return this.get('hasSpill');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  /**
   * Range.getSpillParentOrNullObject (ExcelApi 1.12): for a single cell in a dynamic array's results,
   * the cell of its formula; a null object for any other cell and for a range of more than one cell
   * ("getSpillParent only works on a single cell … a null range for getSpillParentOrNullObject",
   * *Handle dynamic arrays and spilling*).
   */
  getSpillParentOrNullObject(): ModelRange {
    const core = this.core;
    const resolve = this.resolve;
    const found = new ModelRange(core, () => {
      const t = resolve();
      const a = t?.areas[0];
      if (!t || !a || a.top !== a.bottom || a.left !== a.right) return null;
      const spill = t.sheet.spillAt(a.top, a.left);
      return spill
        ? {
            sheet: t.sheet,
            areas: [
              { top: spill.anchor.row, left: spill.anchor.col, bottom: spill.anchor.row, right: spill.anchor.col },
            ],
          }
        : null;
    });
    core.enqueue('Range.getSpillParentOrNullObject', null, () => undefined, { needs: '1.12' });
    return found;
  }

  protected readNow(props: string[]): Record<string, unknown> {
    const t = this.resolve();
    if (!t) return { isNullObject: true, ...Object.fromEntries(props.map((p) => [p, null])) };
    const a = t.areas[0];
    const out: Record<string, unknown> = { isNullObject: false };
    const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
    const CELL_PROPS = ['values', 'formulas', 'numberFormat'];
    if (props.some((p) => CELL_PROPS.includes(p)) && !this.core.checkCellRead(cells)) {
      // Over the cell limit, on a host that answers with null rather than failing.
      for (const p of props) if (CELL_PROPS.includes(p)) out[p] = null;
      props = props.filter((p) => !CELL_PROPS.includes(p));
    }
    for (const p of props) {
      if (p === 'values')
        out.values = matrix(t, (c) =>
          c && c.formula !== undefined ? valueOut({ ...c, value: this.core.doc.shown(t.sheet, c) }) : valueOut(c),
        );
      // A constant reads back as its value; quote-prefixed text ('=) WITHOUT its apostrophe, so text "="
      // and a formula are told apart only by comparing with values (office-js issue 6687).
      else if (p === 'formulas') out.formulas = matrix(t, (c) => c?.formula ?? valueOut(c));
      else if (p === 'numberFormat') out.numberFormat = matrix(t, (c) => c?.numberFormat ?? 'General');
      else if (p === 'address') out.address = fullAddress(t);
      else if (p === 'rowCount') out.rowCount = a.bottom - a.top + 1;
      else if (p === 'columnCount') out.columnCount = a.right - a.left + 1;
      else if (p === 'rowIndex') out.rowIndex = a.top;
      else if (p === 'columnIndex') out.columnIndex = a.left;
      else if (p === 'cellCount') out.cellCount = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      else if (p === 'hyperlink') out.hyperlink = linkOut(t.sheet.cell(a.top, a.left));
      // Range.hasSpill (ExcelApi 1.12): "true if all cells have a spill border, or false if all cells do
      // not have a spill border … null if there are cells both with and without spill borders within the
      // range" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hasspill-member).
      // A cell "has a spill border" here when it is in a dynamic array's area, its anchor included.
      // Range.savedAsArray (ExcelApi 1.12): true when every cell would be saved as an array formula (a
      // legacy array's cells, a dynamic array's anchor), false when none, null when some (ModelSheet.arrays).
      else if (p === 'savedAsArray') {
        let inside = 0;
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            const spill = t.sheet.spillAt(r, c);
            if (t.sheet.arrayAt(r, c) || (spill && spill.anchor.row === r && spill.anchor.col === c)) inside++;
          }
        out.savedAsArray = inside === 0 ? false : inside === cells ? true : null;
      } else if (p === 'hasSpill') {
        let inside = 0;
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) if (t.sheet.spillAt(r, c)) inside++;
        out.hasSpill = inside === 0 ? false : inside === cells ? true : null;
      }
      // Range.columnHidden (ExcelApi 1.2): "Represents if all columns in the current range are hidden.
      // Value is true when all columns in a range are hidden. Value is false when no columns in the range
      // are hidden. Value is null when some columns in a range are hidden and other columns in the same
      // range are not hidden" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
      // A read of one column (one cell of it) is therefore the way to know each column's.
      else if (p === 'columnHidden') {
        let hidden = 0;
        for (let c = a.left; c <= a.right; c++) if (t.sheet.hiddenColumns.has(c)) hidden++;
        out.columnHidden = hidden === 0 ? false : hidden === a.right - a.left + 1 ? true : null;
      }
      // Range.valueTypes (ExcelApi 1.1): Excel.RangeValueType per cell; "RichValue" for a data type.
      else if (p === 'valueTypes') out.valueTypes = matrix(t, (c) => valueTypeOf(c));
      else throw new ExcelModelError('InvalidArgument', `The model does not load Range.${p}.`);
    }
    return out;
  }

  /**
   * Range.getCellProperties (ExcelApi 1.9): per cell, the properties asked for — fill colour, pattern
   * ("None", "Solid", "Gray25", …) and pattern colour ("#000000" when automatic; excel.cellpropertiesfill,
   * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill), font colour,
   * bold, shrink to fit (CellPropertiesFormat.shrinkToFit, https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesformat),
   * and the hyperlink (absent for a cell without one; "CellPropertiesLoadOptions",
   * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesloadoptions); and, on ExcelApi
   * 1.18, a text cell's runs of fonts (`textRuns`, see textRunsOut).
   */
  getCellProperties(options: {
    format?: {
      fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean };
      font?: { color?: boolean; bold?: boolean };
      shrinkToFit?: boolean;
    };
    address?: boolean;
    hyperlink?: boolean;
    textRuns?: boolean;
  }): ModelClientResult<unknown[][]> {
    const result = new ModelClientResult<unknown[][]>();
    this.core.enqueue(
      'Range.getCellProperties',
      options,
      () => {
        const t = need(this.resolve);
        return matrix(t, (c) => {
          const cell = c ?? blankCell();
          const out: Record<string, unknown> = {};
          const f: Record<string, unknown> = {};
          if (options.format?.fill) {
            const fill: Record<string, unknown> = {};
            if (options.format.fill.color) fill.color = hex(cell.fill, '#FFFFFF');
            if (options.format.fill.pattern) fill.pattern = patternOf(cell);
            if (options.format.fill.patternColor) fill.patternColor = hex(cell.patternColor ?? null, '#000000');
            f.fill = fill;
          }
          if (options.format?.font) {
            const font: Record<string, unknown> = {};
            if (options.format.font.color) font.color = hex(cell.fontColor, '#000000');
            if (options.format.font.bold) font.bold = cell.bold;
            f.font = font;
          }
          if (options.format?.shrinkToFit) f.shrinkToFit = cell.shrinkToFit === true;
          if (options.format) out.format = f;
          if (options.hyperlink && cell.hyperlink) out.hyperlink = linkOut(cell);
          if (options.textRuns) {
            const runs = textRunsOut(cell);
            if (runs) out.textRuns = runs;
          }
          return out;
        });
      },
      { deliver: (d) => result.set(d as unknown[][]), needs: options.textRuns ? '1.18' : '1.9' },
    );
    return result;
  }

  /**
   * Range.getColumnProperties (ExcelApi 1.9): "a single-dimensional array, encapsulating the data for each
   * column's font, fill, borders, alignment, and other properties. For properties that are not consistent
   * across each cell within a given column, null will be returned"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1);
   * the load options, https://learn.microsoft.com/javascript/api/excel/excel.columnpropertiesloadoptions).
   * The model answers `columnHidden` (a column is hidden whole, so each item's is true or false: never the
   * null Range.columnHidden gives a range of several columns when some are hidden and some not, see readNow),
   * and `columnIndex` (0-based, as Range.columnIndex), one item per column of the range, left to right.
   */
  getColumnProperties(options: { columnHidden?: boolean; columnIndex?: boolean }): ModelClientResult<ColumnItem[]> {
    const result = new ModelClientResult<ColumnItem[]>();
    this.core.enqueue(
      'Range.getColumnProperties',
      options,
      () => {
        const t = need(this.resolve);
        const a = t.areas[0];
        const out: ColumnItem[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const item: ColumnItem = {};
          if (options.columnHidden) item.columnHidden = t.sheet.hiddenColumns.has(c);
          if (options.columnIndex) item.columnIndex = c;
          out.push(item);
        }
        return out;
      },
      { deliver: (d) => result.set(d as ColumnItem[]), needs: '1.9' },
    );
    return result;
  }

  /**
   * Range.select (ExcelApi 1.1): selects the range and makes its sheet the active one. Excel refuses to
   * select on a hidden sheet ("This operation is not permitted for the current object").
   */
  select(): void {
    this.core.enqueue('Range.select', null, () => {
      const t = need(this.resolve);
      if (t.sheet.visibility !== 'Visible')
        throw new ExcelModelError('InvalidOperation', 'This operation is not permitted for the current object.');
      this.core.doc.activeSheet = t.sheet.name;
      this.core.doc.selection = { sheet: t.sheet.name, address: t.areas.map(areaAddress).join(',') };
    });
  }

  /** Range.getEntireRow (ExcelApi 1.1): the whole rows of the range (columns A to XFD). */
  getEntireRow(): ModelRange {
    return new ModelRange(this.core, () => {
      const t = need(this.resolve);
      return { sheet: t.sheet, areas: t.areas.map((a) => ({ top: a.top, left: 0, bottom: a.bottom, right: 16383 })) };
    });
  }

  /** A cell relative to the range's top-left (it may lie outside the range). */
  getCell(row: number, column: number): ModelRange {
    return new ModelRange(this.core, () => {
      const t = need(this.resolve);
      const a = t.areas[0];
      return {
        sheet: t.sheet,
        areas: [{ top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column }],
      };
    });
  }

  /**
   * Range.setCellProperties (ExcelApi 1.9): a 2-D array of per-cell properties, the size of the range;
   * an empty object (or a property not given) leaves the cell (or that property) as it is — "any
   * subproperties of format that are not set will not be changed"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1),
   * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill). The model takes the
   * hyperlink, fill colour, fill pattern ("None" is no fill; the others as RangeFill.pattern, see
   * setPattern in target.ts) and pattern colour, font colour, bold, italic, size and single
   * underline, alignment, wrapping and the four edge borders of each cell; and, needing ExcelApi 1.18,
   * its text as runs of fonts (`textRuns`, see setTextRuns).
   */
  setCellProperties(data: ModelCellProperties[][]): void {
    this.core.enqueue(
      'Range.setCellProperties',
      data,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        const a = t.areas[0];
        if (data.length !== a.bottom - a.top + 1 || data.some((r) => r.length !== a.right - a.left + 1)) {
          throw new ExcelModelError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size of the range (setCellProperties).",
          );
        }
        const rowAt = filteredPlacement(t.sheet.filteredRows(), a.top, data.length);
        data.forEach((row, i) =>
          row.forEach((p, j) => {
            if (!p || Object.keys(p).length === 0 || rowAt[i] === null) return;
            const cell = t.sheet.edit(rowAt[i]!, a.left + j);
            if (p.hyperlink) setLink(cell, p.hyperlink);
            const f = p.format ?? {};
            if (f.fill?.color) {
              cell.fill = colour(f.fill.color);
              delete cell.fillBy;
            }
            if (f.fill?.pattern !== undefined) setPattern(cell, f.fill.pattern);
            if (f.fill?.patternColor) cell.patternColor = colour(f.fill.patternColor);
            if (f.font?.color) {
              const c = colour(f.font.color);
              cell.fontColor = c === '000000' ? null : c;
              delete cell.fontBy;
              fontOverRuns(cell, 'color');
            }
            for (const k of ['bold', 'italic', 'size', 'underline'] as const)
              if (f.font?.[k] !== undefined) fontOverRuns(cell, k);
            if (f.font?.bold !== undefined) cell.bold = f.font.bold;
            if (f.font?.italic !== undefined) cell.italic = f.font.italic;
            if (f.font?.size !== undefined) cell.fontSize = f.font.size;
            if (f.font?.underline !== undefined) cell.underline = f.font.underline === 'Single';
            if (f.horizontalAlignment !== undefined) cell.hAlign = f.horizontalAlignment;
            if (f.verticalAlignment !== undefined) cell.vAlign = f.verticalAlignment;
            if (f.wrapText !== undefined) cell.wrap = f.wrapText;
            if (f.shrinkToFit === true) cell.shrinkToFit = true;
            else if (f.shrinkToFit === false) delete cell.shrinkToFit;
            for (const [side, edge] of [
              ['top', 'EdgeTop'],
              ['bottom', 'EdgeBottom'],
              ['left', 'EdgeLeft'],
              ['right', 'EdgeRight'],
            ] as const) {
              const b = f.borders?.[side];
              if (b) cell.borders[edge] = { style: b.style ?? 'Continuous', color: colour(b.color ?? '#000000') };
            }
            // The runs last: a font given beside them is the cell's, under the runs' own.
            if (p.textRuns) setTextRuns(cell, p.textRuns);
          }),
        );
      },
      { write: true, needs: data.some((row) => row.some((p) => p?.textRuns)) ? '1.18' : '1.9' },
    );
  }

  /**
   * The cells of the range holding constants or formulas, as RangeAreas (ExcelApi 1.9), or a null
   * object when there are none: Excel's way to find the data in a large, sparse used range. With
   * 'ConditionalFormats', "All cells with conditional formats" (Excel.SpecialCellType, ExcelApi 1.9,
   * https://learn.microsoft.com/javascript/api/excel/excel.specialcelltype): every cell of the range
   * some rule applies to (ModelSheet.conditionalFormats), whatever its criteria — one question for a
   * sheet's rules, where Range.conditionalFormats needs its items loaded before their ranges can be asked.
   * Excel's partition of the cells into areas is not documented; the model gives rows merged downwards.
   */
  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas' | 'ConditionalFormats'): ModelRangeAreas {
    const resolve: Resolver = () => {
      const t = need(this.resolve);
      const a = t.areas[0];
      const byRow = new Map<number, number[]>();
      if (cellType === 'ConditionalFormats') {
        const seen = new Map<number, Set<number>>();
        for (const { area } of t.sheet.conditionalFormats)
          for (let r = Math.max(a.top, area.top); r <= Math.min(a.bottom, area.bottom); r++)
            for (let col = Math.max(a.left, area.left); col <= Math.min(a.right, area.right); col++) {
              if (!seen.has(r)) seen.set(r, new Set());
              seen.get(r)!.add(col);
            }
        for (const [r, cols] of seen) byRow.set(r, [...cols]);
      }
      for (const [key, c] of cellType === 'ConditionalFormats' ? [] : t.sheet.cells) {
        const wanted = cellType === 'Formulas' ? c.formula !== undefined : c.formula === undefined && c.value !== null;
        if (!wanted) continue;
        const [r, col] = key.split(',').map(Number);
        if (r < a.top || r > a.bottom || col < a.left || col > a.right) continue;
        byRow.set(r, [...(byRow.get(r) ?? []), col]);
      }
      const areas: Area[] = [];
      for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
        const cols = byRow.get(r)!.sort((x, y) => x - y);
        for (let i = 0; i < cols.length;) {
          let j = i;
          while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
          const run = { top: r, left: cols[i], bottom: r, right: cols[j] };
          const above = areas.find((x) => x.bottom === r - 1 && x.left === run.left && x.right === run.right);
          if (above) above.bottom = r;
          else areas.push(run);
          i = j + 1;
        }
      }
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    };
    this.core.enqueue('Range.getSpecialCellsOrNullObject', cellType, () => undefined, { needs: '1.9' });
    return new ModelRangeAreas(this.core, resolve, '1.9');
  }

  /**
   * The merged areas whose top-left cell lies in the range, whole, as Excel answers (office-js issue 3611).
   * More than 512 areas in one answer fail with GeneralException. No Microsoft page states a limit for
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13); 512 is the model's stand-in for the limits Excel
   * is known to put on multi-area objects without documenting them — Worksheet.getRanges failing on
   * some lists of 513 areas (office-js issue 5198) and "Limitations of working with multiple ranges"
   * (office-js-docs-pr issue 2255) — and what issue 11 met at 50,000 indicators. The adapter reads
   * merged areas in windows it sizes to stay under it (read-workbook.ts).
   */
  getMergedAreasOrNullObject(): ModelRangeAreas {
    const resolve: Resolver = () => {
      const t = need(this.resolve);
      const a = t.areas[0];
      const inside = t.sheet.merges.filter(
        (m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right,
      );
      if (inside.length > 512) throw new ExcelModelError('GeneralException', 'More than 512 merged areas.');
      return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
    };
    // In the call log as getSpecialCellsOrNullObject is, so a test can tell the two RangeAreas apart.
    this.core.enqueue('Range.getMergedAreasOrNullObject', null, () => undefined, { needs: '1.13' });
    return new ModelRangeAreas(this.core, resolve, '1.13');
  }

  getIntersection(other: string | ModelRange): ModelRange {
    return new ModelRange(this.core, () => {
      const t = need(this.resolve);
      const b = typeof other === 'string' ? areaOf(other) : need(other.resolve).areas[0];
      const i = intersection(t.areas[0], b);
      if (i === null)
        throw new ExcelModelError('ItemNotFound', "The requested resource doesn't exist (no intersection).");
      return { sheet: t.sheet, areas: [i] };
    });
  }

  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): "the range object that represents the rectangular
   * intersection of the given ranges. If no intersection is found, then this method returns an object
   * with its isNullObject property set to true"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)).
   * On a null object (a used range of an empty sheet, a sheet past the last) it is a null object too:
   * *OrNullObject calls chain ("OrNullObject methods and properties",
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
   */
  getIntersectionOrNullObject(other: string | ModelRange): ModelRange {
    this.core.enqueue('Range.getIntersectionOrNullObject', typeof other === 'string' ? other : null, () => undefined, {
      needs: '1.4',
    });
    return new ModelRange(this.core, () => {
      const t = this.resolve();
      if (!t) return null;
      const b = typeof other === 'string' ? areaOf(other) : other.resolve()?.areas[0];
      if (!b) return null;
      const i = intersection(t.areas[0], b);
      return i === null ? null : { sheet: t.sheet, areas: [i] };
    });
  }

  /**
   * Range.merge: the range becomes one merged area and, as in Excel, only its upper-left cell keeps its
   * value — "Only the data in the upper-left cell will remain when you merge multiple cells. Contents
   * of the other cells that you merge are deleted" ("Merge and unmerge cells",
   * https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf).
   * (`across`, one merged area per row, is not modelled: the adapter never asks for it.)
   */
  merge(across = false): void {
    this.core.enqueue(
      'Range.merge',
      across,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        unmergeOver(t);
        const a = t.areas[0];
        for (const [r, c] of cellsOf(a)) {
          if (r === a.top && c === a.left) continue;
          const cell = t.sheet.cell(r, c);
          if (!cell) continue;
          cell.value = null;
          delete cell.formula;
          delete cell.textRuns;
        }
        t.sheet.merges.push({ ...a });
      },
      { write: true },
    );
  }

  unmerge(): void {
    this.core.enqueue(
      'Range.unmerge',
      null,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        unmergeOver(t);
      },
      { write: true },
    );
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    // Only cells that exist can change: a blank cell cleared stays blank (the model does not create it).
    this.core.enqueue(
      'Range.clear',
      applyTo,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        for (const a of t.areas) {
          const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
          const keys =
            cells > t.sheet.cells.size ? [...t.sheet.cells.keys()] : [...cellsOf(a)].map(([r, c]) => `${r},${c}`);
          for (const key of keys) {
            const cell = t.sheet.cells.get(key);
            if (!cell) continue;
            const [r, c] = key.split(',').map(Number);
            if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
            if (applyTo === 'Contents') {
              cell.value = null;
              delete cell.formula;
              delete cell.textRuns;
            } else if (applyTo === 'Formats') {
              Object.assign(cell, { ...blankCell(), value: cell.value, formula: cell.formula });
              for (const k of ['fillBy', 'fontBy', 'fillPattern', 'patternColor'] as const) delete cell[k];
            } else t.sheet.cells.delete(key);
          }
        }
      },
      { write: true },
    );
  }
}

export class ModelRangeAreas extends ModelObject {
  readonly format: ModelRangeFormat;

  constructor(
    core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly needs?: string,
  ) {
    super(core, 'RangeAreas');
    this.format = new ModelRangeFormat(core, resolve, 'RangeAreas');
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }

  protected override loadNeeds(): string | undefined {
    return this.needs;
  }

  protected readNow(props: string[]): Record<string, unknown> {
    const t = this.resolve();
    if (!t) return { isNullObject: true, ...Object.fromEntries(props.map((p) => [p, null])) };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'address') out.address = fullAddress(t);
      else if (p === 'areaCount') out.areaCount = t.areas.length;
      else throw new ExcelModelError('InvalidArgument', `The model does not load RangeAreas.${p}.`);
    }
    return out;
  }
}
