/**
 * The document behind the in-memory Excel model: sheets of cells with the values and formats the add-in
 * reads and writes. Plain data; the Office.js-like proxies in this folder read and change it at sync().
 */
import type { Area, CellValue } from '../../../src/core/model';
import { parseAreaAddress, parseCellAddress } from '../../../src/core/a1';

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
  /** RRGGBB or null (automatic). */
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fontSize: number;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  borders: Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', ModelBorder>>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
  /** True when the value was typed as text with a leading apostrophe. */
  quotePrefix?: boolean;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export function blankCell(): ModelCell {
  return { value: null, numberFormat: 'General', fill: null, fontColor: null, bold: false, italic: false, underline: false, fontSize: 11, hAlign: 'General', vAlign: 'Bottom', wrap: false, borders: {} };
}

/** True when the cell has nothing but defaults. */
export function isBlank(c: ModelCell): boolean {
  return (
    c.value === null && c.formula === undefined && c.numberFormat === 'General' && c.fill === null && c.fontColor === null && !c.bold && !c.italic && !c.underline &&
    c.fontSize === 11 && c.hAlign === 'General' && c.vAlign === 'Bottom' && !c.wrap && Object.keys(c.borders).length === 0 && !c.hyperlink
  );
}

let nextId = 1;

export class ModelSheet {
  readonly id = `{sheet-${nextId++}}`;
  visibility: Visibility = 'Visible';
  protected = false;
  tabColor = '';
  freeze: { rows: number; cols: number } | null = null;
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  merges: Area[] = [];
  readonly cells = new Map<string, ModelCell>();

  constructor(public name: string) {}

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

export class ModelWorkbook {
  sheets: ModelSheet[] = [];
  /** Workbook structure protection (no adding, deleting or renaming sheets). */
  structureProtected = false;
  /** The user is typing in a cell: Excel refuses every request (InvalidOperationInCellEditMode). */
  cellEditMode = false;
  /** The workbook counts dates from 1 January 1904 (old Mac files): a date's serial is 1,462 smaller. */
  date1904 = false;

  sheet(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string): ModelSheet {
    const s = new ModelSheet(name);
    this.sheets.push(s);
    return s;
  }
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
