/**
 * The document behind the in-memory Excel model: sheets of cells with the values and formats the add-in
 * reads and writes. Plain data; the Office.js-like proxies in this folder read and change it at sync().
 */
import type { Area, CellValue } from '../../../src/core/model';
import { areaAddress, parseAreaAddress, parseCellAddress } from '../../../src/core/a1';
import { ExcelModelError } from './context';

export interface ModelBorder {
  style: string;
  color: string;
}

export interface ModelCell {
  value: CellValue;
  /** "=…" when the cell holds a formula (its value is then whatever was last computed; the model keeps null). */
  formula?: string;
  numberFormat: string;
  /** RRGGBB or null (no fill). */
  fill: string | null;
  /**
   * The fill's pattern (Excel.FillPattern: "Gray25", "Checker", …) drawn in `patternColor` over the fill
   * colour; absent for a plain fill ("Solid", or "None" when there is no fill). RangeFill.pattern and
   * patternColor, ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.rangefill).
   */
  fillPattern?: string;
  /** RRGGBB of the pattern, or absent for automatic. */
  patternColor?: string;
  /** RRGGBB or null (automatic). */
  fontColor: string | null;
  /**
   * Where the file gives the fill or font colour by theme (with a tint) or by the legacy palette's index
   * rather than as RGB. Office.js reports only the RGB Excel shows for it (`fill`, `fontColor`;
   * RangeFill.color and RangeFont.color are "#RRGGBB", https://learn.microsoft.com/javascript/api/excel/excel.rangefill),
   * and a colour written through Office.js is RGB: writing one drops this.
   */
  fillBy?: ModelColourRef;
  fontBy?: ModelColourRef;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fontSize: number;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  /**
   * Shrink to fit: the text drawn in a smaller font where it is wider than its column, the column's width
   * unchanged (RangeFormat.shrinkToFit, "Specifies if text automatically shrinks to fit in the available
   * column width", ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-shrinktofit-member).
   * Absent: off.
   */
  shrinkToFit?: boolean;
  borders: Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', ModelBorder>>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  /** True when the value was typed as text with a leading apostrophe. */
  quotePrefix?: boolean;
  /**
   * Rich text: the runs of a text cell whose characters do not all share the cell's font, as
   * Range.getCellProperties({ textRuns: true }) reads them and setCellProperties writes them (ExcelApi
   * 1.18, Excel.RangeTextRun, https://learn.microsoft.com/javascript/api/excel/excel.rangetextrun). Each
   * run's font holds only what differs from the cell's own font. Absent for plain text.
   */
  textRuns?: ModelTextRun[];
  /**
   * A rich value: a linked data type (Stocks, Geography, Organisation: an entity) or a picture in the
   * cell, shown as `text`. `values` gives "#VALUE!" for it — `values` "only returns one of the four basic
   * types: string, number, boolean, or error", and an entity's `basicValue`, what `values` returns, is
   * "#VALUE!" (*Excel JavaScript API data types core concepts*, EntityCellValue / LinkedEntityCellValue /
   * WebImageCellValue, https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts) —
   * and `valueTypes` "RichValue" (Excel.RangeValueType.richValue). Writing a value replaces it: the
   * data type is gone (its `value` here is "#VALUE!", what a read gives).
   */
  richValue?: { kind: 'entity' | 'image'; text: string };
}

/** A colour by theme slot (0 lt1 … 4 accent1 …) with a tint, or by the legacy palette's index, as a file gives it. */
export type ModelColourRef = { theme: number; tint?: number } | { indexed: number };

/** A run of characters sharing one font (Excel.RangeTextRun: text and Excel.CellPropertiesFont). */
export interface ModelTextRun {
  text: string;
  font?: {
    bold?: boolean;
    italic?: boolean;
    /** "#RRGGBB". */
    color?: string;
    size?: number;
    name?: string;
    /** Excel.RangeUnderlineStyle: "None", "Single", … */
    underline?: string;
    strikethrough?: boolean;
    subscript?: boolean;
    superscript?: boolean;
  };
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/**
 * Excel.WorksheetChangedEventArgs as the model raises it (ExcelApi 1.7; triggerSource 1.14): who made
 * the change — 'ThisLocalAddin' for this add-in's own writes, 'Unknown' for the analyst's typing.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
 */
export interface ModelChangedArgs {
  type: 'WorksheetChanged';
  source: 'Local';
  changeType: 'RangeEdited';
  worksheetId: string;
  address: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

export type ModelChangedHandler = (args: ModelChangedArgs) => Promise<unknown> | void;

export function blankCell(): ModelCell {
  return {
    value: null,
    numberFormat: 'General',
    fill: null,
    fontColor: null,
    bold: false,
    italic: false,
    underline: false,
    fontSize: 11,
    hAlign: 'General',
    vAlign: 'Bottom',
    wrap: false,
    borders: {},
  };
}

/** True when the cell has nothing but defaults. */
export function isBlank(c: ModelCell): boolean {
  return (
    c.value === null &&
    c.formula === undefined &&
    c.numberFormat === 'General' &&
    c.fill === null &&
    !c.fillPattern &&
    c.fontColor === null &&
    !c.bold &&
    !c.italic &&
    !c.underline &&
    c.fontSize === 11 &&
    c.hAlign === 'General' &&
    c.vAlign === 'Bottom' &&
    !c.wrap &&
    !c.shrinkToFit &&
    Object.keys(c.borders).length === 0 &&
    !c.hyperlink &&
    !c.textRuns
  );
}

let nextId = 1;

/**
 * Worksheet.id as Excel gives it: a GUID-like string, the same for the sheet's whole life — "the value
 * of the identifier remains the same even when the worksheet is renamed or moved"
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member).
 * Numbered per workbook, so two models built alike give the same ids.
 */
export function sheetIdFor(n: number): string {
  return `{00000000-0001-0000-${n.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
}

export class ModelSheet {
  readonly id: string;
  visibility: Visibility = 'Visible';
  protected = false;
  tabColor = '';
  freeze: { rows: number; cols: number } | null = null;
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /**
   * Hidden columns, 0-based (Home › Format › Hide Columns; the file's `<col hidden="1">`): Range.columnHidden
   * (ExcelApi 1.2) reads them, see range.ts.
   */
  readonly hiddenColumns = new Set<number>();
  merges: Area[] = [];
  readonly cells = new Map<string, ModelCell>();
  /**
   * The sheet's AutoFilter (Data › Filter, Worksheet.autoFilter, ExcelApi 1.9): its range and the rows
   * its criteria hide (0-based); null when the sheet has none.
   */
  autoFilter: { area: Area; hiddenRows: number[] } | null = null;
  /** The sheet's Excel tables (ListObjects) and the rows each one's own filter hides (Table.autoFilter, 1.9). */
  tables: { name: string; area: Area; hiddenRows: number[] }[] = [];

  /**
   * Conditional formats (Home › Conditional Formatting): each rule's range and the fill or font colour it
   * draws over the cells' own (see filters.ts, ModelConditionalFormatCollection). The model applies a
   * rule to every cell of its range, whatever its criteria.
   */
  conditionalFormats: { area: Area; fill?: string; fontColor?: string }[] = [];

  /**
   * Dynamic arrays (*Handle dynamic arrays and spilling using the Excel JavaScript API*,
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays): a formula
   * in `anchor` (its cell's `formula`) whose results fill `area` ("spill"); the other cells of the area
   * hold the results as their `value` and no formula of their own. A value written into one of them
   * blocks the array: its formula shows #SPILL! and its other results go (Excel: "#SPILL! … the spill
   * range isn't blank"); a value written over the anchor replaces the formula and its results go. See
   * writeOverSpills; Range.hasSpill and getSpillParentOrNullObject (ExcelApi 1.12) in range.ts.
   */
  spills: { anchor: { row: number; col: number }; area: Area }[] = [];

  /**
   * Legacy array formulas (entered with Ctrl+Shift+Enter, shown as {=…}): one formula over `area`, every
   * cell of which holds it (its `formula`, the same A1 text in each: `Range.formulas` gives it so, while
   * `formulasR1C1` is adjusted per cell, office-js issue 6176) and one of its results as its value.
   * Excel will not change part of one ("You can't change part of an array", Excel's own message; what
   * Office.js answers is not documented, the model fails the request with InvalidOperation), nor is
   * one a spill: getSpillParentOrNullObject / hasSpill do not see it. What Office.js does expose is
   * `Range.savedAsArray` (ExcelApi 1.12: "true if all cells would be saved as an array formula …
   * null if some cells would be saved as an array formula and some would not be",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-savedasarray-member),
   * true for a legacy array's cells and a dynamic array's anchor; `Range.formulaArray` exists only in
   * ExcelApiDesktop 1.1, so the add-in cannot ask for an array's extent on the web. See range.ts.
   */
  arrays: { area: Area }[] = [];

  /** The legacy array formula whose area holds a cell, if any. */
  arrayAt(row: number, col: number): ModelSheet['arrays'][number] | undefined {
    return this.arrays.find(
      (a) => row >= a.area.top && row <= a.area.bottom && col >= a.area.left && col <= a.area.right,
    );
  }

  /**
   * Throws as Excel refuses a write into part of a legacy array (`written`: the cells given a value or a
   * formula); a write covering a whole array replaces it (it is an array no more).
   */
  writeOverArrays(written: { row: number; col: number }[]): void {
    for (const array of [...this.arrays]) {
      const hits = written.filter((w) => this.arrayAt(w.row, w.col) === array);
      if (hits.length === 0) continue;
      const a = array.area;
      if (hits.length < (a.bottom - a.top + 1) * (a.right - a.left + 1))
        throw new ExcelModelError('InvalidOperation', "You can't change part of an array.");
      this.arrays = this.arrays.filter((x) => x !== array);
    }
  }

  /** The spill whose area holds a cell, if any. */
  spillAt(row: number, col: number): ModelSheet['spills'][number] | undefined {
    return this.spills.find(
      (s) => row >= s.area.top && row <= s.area.bottom && col >= s.area.left && col <= s.area.right,
    );
  }

  /**
   * What writing values into `written` (cells given a value) does to the dynamic arrays it meets: one
   * written over its anchor ends (the formula replaced, its other results cleared); one written into
   * elsewhere is blocked (its anchor shows #SPILL!, its other results cleared).
   */
  writeOverSpills(written: { row: number; col: number }[]): void {
    for (const spill of [...this.spills]) {
      const hits = written.filter((w) => this.spillAt(w.row, w.col) === spill);
      if (hits.length === 0) continue;
      const overAnchor = hits.some((w) => w.row === spill.anchor.row && w.col === spill.anchor.col);
      const keep = new Set(hits.map((w) => `${w.row},${w.col}`));
      for (let r = spill.area.top; r <= spill.area.bottom; r++)
        for (let c = spill.area.left; c <= spill.area.right; c++) {
          if (keep.has(`${r},${c}`) || (r === spill.anchor.row && c === spill.anchor.col)) continue;
          const cell = this.cell(r, c);
          if (cell) cell.value = null;
        }
      if (!overAnchor) {
        const anchor = this.cell(spill.anchor.row, spill.anchor.col);
        if (anchor) anchor.value = '#SPILL!';
      }
      this.spills = this.spills.filter((s) => s !== spill);
    }
  }

  /** Rows hidden by a filter (the sheet's AutoFilter or a table's), not rows the analyst hid by hand. */
  filteredRows(): Set<number> {
    const rows = new Set<number>(this.autoFilter?.hiddenRows ?? []);
    for (const t of this.tables) for (const r of t.hiddenRows) rows.add(r);
    return rows;
  }

  constructor(
    public name: string,
    id?: string,
  ) {
    this.id = id ?? `{sheet-${nextId++}}`;
  }

  /**
   * The analyst inserts (count > 0) or deletes (count < 0) whole rows at `at`: the cells and merged
   * areas below move, as in Excel. (Formulas that refer to moved cells are not rewritten by the model.)
   */
  shiftRows(at: number, count: number): void {
    this.shift(at, count, true);
  }

  /** The analyst inserts (count > 0) or deletes (count < 0) whole columns at `at`. */
  shiftColumns(at: number, count: number): void {
    this.shift(at, count, false);
  }

  private shift(at: number, count: number, rows: boolean): void {
    const moved = new Map<string, ModelCell>();
    for (const [key, c] of this.cells) {
      const [r, col] = key.split(',').map(Number);
      const i = rows ? r : col;
      if (count < 0 && i >= at && i < at - count) continue;
      const j = i >= at ? i + count : i;
      moved.set(rows ? `${j},${col}` : `${r},${j}`, c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    const move = (i: number) => (i >= at ? i + count : i);
    this.merges = this.merges
      .filter((m) => count > 0 || !(rows ? m.top >= at && m.bottom < at - count : m.left >= at && m.right < at - count))
      .map((m) =>
        rows ? { ...m, top: move(m.top), bottom: move(m.bottom) } : { ...m, left: move(m.left), right: move(m.right) },
      );
  }

  /**
   * The analyst sorts the rows of `area` (Data › Sort, or Range.sort.apply, ExcelApi 1.2): each row's
   * cells in the area's columns, values and formats alike, move together to their new row; cells outside
   * the area stay where they are. A sort of a selection that stops short of the table's last columns
   * ("Sort Warning … Continue with the current selection", *Sort data in a range or table*,
   * https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654)
   * leaves those columns' cells on rows that now hold other records; a sort of the whole table moves them
   * with their rows. `order[i]` is the area row (0-based within the area) that ends up i-th.
   */
  sortRows(area: Area, order: number[]): void {
    const rows: Map<number, ModelCell>[] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row = new Map<number, ModelCell>();
      for (let c = area.left; c <= area.right; c++) {
        const cell = this.cells.get(`${r},${c}`);
        if (cell) row.set(c, cell);
        this.cells.delete(`${r},${c}`);
      }
      rows.push(row);
    }
    order.forEach((from, i) => {
      for (const [c, cell] of rows[from]) this.cells.set(`${area.top + i},${c}`, cell);
    });
  }

  cell(row: number, col: number): ModelCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell, created blank when missing (for writing). */
  edit(row: number, col: number): ModelCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = blankCell();
      this.cells.set(key, c);
    }
    return c;
  }

  /** The used range: every cell with a value (valuesOnly) or with anything at all; A1 when none. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of this.cells) {
      const used = valuesOnly ? c.value !== null || c.formula !== undefined : !isBlank(c);
      if (!used) continue;
      const [r, col] = key.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }
}

export class ModelDocument {
  sheets: ModelSheet[] = [];
  /** Workbook structure protection (no adding, deleting or renaming sheets). */
  structureProtected = false;
  /** The user is typing in a cell: Excel refuses every request (InvalidOperationInCellEditMode). */
  cellEditMode = false;
  /**
   * The workbook cannot be changed by this user: opened for viewing only in Excel on the web (View mode,
   * "Always open view-only", a link shared as view-only, office-js issue 5148) or with a sensitivity label
   * or permissions that forbid editing. Reads work; every call that would change the workbook fails at
   * sync with AccessDenied ("Excel.ErrorCodes", https://learn.microsoft.com/javascript/api/excel/excel.errorcodes;
   * office-js issue 6209 shows AccessDenied where Office.context.document.mode is "readOnly"). The exact
   * code Excel on the web gives a write in View mode is not documented. (Excel on Windows or Mac opening
   * a read-only file still lets the workbook change in memory, to be saved as a copy: not this flag.)
   */
  readOnly = false;
  /** The workbook counts dates from 1 January 1904 (old Mac files): a date's serial is 1,462 smaller. */
  date1904 = false;
  /** The active sheet (Worksheet.activate), by name; null until something activates one. */
  activeSheet: string | null = null;
  /** The selection (Range.select, which also activates the range's sheet): sheet and A1 address. */
  selection: { sheet: string; address: string } | null = null;
  /** Worksheet.onChanged handlers, by sheet (ExcelApi 1.7). */
  readonly changeHandlers = new Map<ModelSheet, Set<ModelChangedHandler>>();
  /** Every WorksheetChanged event raised, in order. */
  readonly changeEvents: (ModelChangedArgs & { sheet: string })[] = [];

  /**
   * Raises WorksheetChanged for a change of values or formulas in `area` of `sheet`. Excel raises it after
   * the change is made, asynchronously (never inside the batch that made it), and for the add-in's own
   * writes too, told apart by triggerSource.
   */
  raiseChanged(sheet: ModelSheet, area: Area, triggerSource: ModelChangedArgs['triggerSource']): void {
    const args: ModelChangedArgs = {
      type: 'WorksheetChanged',
      source: 'Local',
      changeType: 'RangeEdited',
      worksheetId: sheet.id,
      address: areaAddress(area),
      triggerSource,
    };
    this.changeEvents.push({ ...args, sheet: sheet.name });
    const handlers = [...(this.changeHandlers.get(sheet) ?? [])];
    if (handlers.length) setTimeout(() => handlers.forEach((h) => void h(args)), 0);
  }

  /** The analyst types a value in a cell (not through the add-in): the cell changes and WorksheetChanged is raised. */
  userEdit(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const a = areaOf(address);
    const cell = sheet.edit(a.top, a.left);
    cell.value = value;
    delete cell.formula;
    this.raiseChanged(sheet, a, 'Unknown');
  }

  private added = 0;

  sheet(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string): ModelSheet {
    const s = new ModelSheet(name, sheetIdFor(this.added++));
    this.sheets.push(s);
    return s;
  }

  /**
   * Renames a sheet as Excel does: every formula in the workbook that refers to it now refers to it under
   * its new name ("when you rename a worksheet, formulas that refer to it are updated" —
   * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9). This is
   * why a product sheet must never be renamed aside: the analyst's `='Q3 Summary'!C5` would follow it.
   */
  rename(sheet: ModelSheet, name: string): void {
    const pattern = sheetRefPattern(sheet.name);
    for (const s of this.sheets) {
      for (const c of s.cells.values())
        if (c.formula) c.formula = c.formula.replace(pattern, `${formulaSheetName(name)}!`);
    }
    sheet.name = name;
  }

  /**
   * Deletes a sheet as Excel does: formulas that referred to it now hold #REF! in its place, and show
   * the #REF! error (https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf29-ec4b8c5ff4be).
   */
  remove(sheet: ModelSheet): void {
    const pattern = sheetRefPattern(sheet.name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const s of this.sheets) {
      for (const c of s.cells.values()) if (c.formula) c.formula = c.formula.replace(pattern, '#REF!');
    }
  }

  /**
   * What a formula shows. The model computes constant arithmetic ("=1+1"), a reference to one cell
   * ("=C5", "='Q3 Summary'!C5", "=Sheet2!$C$5") and #REF! for a reference to a deleted sheet; any other
   * formula shows its last stored value.
   */
  shown(sheet: ModelSheet, cell: ModelCell, depth = 0): CellValue {
    if (cell.formula === undefined) return cell.value;
    if (cell.formula.includes('#REF!')) return '#REF!';
    const ref = /^=(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?\$?([A-Z]{1,3})\$?(\d+)$/i.exec(cell.formula);
    if (!ref || depth > 20) return cell.value;
    const target =
      ref[1] !== undefined ? this.sheet(ref[1].replace(/''/g, "'")) : ref[2] !== undefined ? this.sheet(ref[2]) : sheet;
    if (!target) return '#REF!';
    const at = parseCellAddress(`${ref[3]}${ref[4]}`);
    const c = at ? target.cell(at.row, at.col) : undefined;
    return c ? this.shown(target, c, depth + 1) : 0;
  }
}

/** How a formula names a sheet: bare when it can be, else in apostrophes. */
function formulaSheetName(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A reference to the sheet in a formula, quoted or not: "'Q3 Summary'!" or "Data!". */
function sheetRefPattern(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(${quoted}|(?<![\\w'.])${bare})!`, 'gi');
}

/** "B7", "B7:D9", "'My sheet'!B7" → area (sheet part ignored). Throws on anything else. */
export function areaOf(address: string): Area {
  const a = parseAreaAddress(address);
  if (!a) throw new Error(`not an address: ${address}`);
  return a;
}

export function isCellAddress(address: string): boolean {
  return parseCellAddress(address) !== null;
}

export function* cellsOf(a: Area): Generator<[number, number]> {
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}
