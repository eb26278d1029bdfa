/**
 * A blank sheet to lay tables out on: put values and formats cell by cell, then hand over the whole
 * sheet as one value block and formats grouped for bulk writing.
 */
import type { Area } from '../model';
import { FormatCollector } from './group';
import type { CellFormat, CellLink, PlanValue, SheetContent } from './types';
import { HEADER_FILL, LINK_COLOUR, TITLE_COLOUR, withFormat } from './styles';

const HEADER: CellFormat = Object.freeze({
  bold: true,
  fill: HEADER_FILL,
  border: 'thin',
  wrap: true,
  vAlign: 'center',
});
const BODY: CellFormat = Object.freeze({ border: 'thin', vAlign: 'center' });
/** No format of its own; and the headings' and notes' formats, made once: combined by identity, not by key (issue 11). */
const NO_FORMAT: CellFormat = Object.freeze({});
const NOTE: CellFormat = Object.freeze({ italic: true, fontColor: '595959' });
const HEADINGS = new Map<number, CellFormat>();
const HEADERS_ALIGNED = new Map<NonNullable<CellFormat['hAlign']>, CellFormat>();

/** Excel's Hyperlink style: blue and underlined, so a link looks like one in every front end. */
const LINK: CellFormat = Object.freeze({ fontColor: LINK_COLOUR, underline: true });

export interface TableColumn {
  header: string;
  width?: number;
  /** Format of this column's body cells (e.g. centred, a number format). */
  format?: CellFormat;
}

export interface StyledCell {
  value: PlanValue;
  format?: CellFormat;
  link?: { sheet: string; cell: string };
}
export type TableCell = PlanValue | StyledCell;

/** The most characters Excel lets a cell hold. */
export const MAX_CELL_TEXT = 32767;

/** Text cut to what a cell can hold, ending in "…" where it was cut (never inside a character). */
export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

function isStyled(cell: TableCell): cell is StyledCell {
  return typeof cell === 'object' && 'value' in cell;
}

export class SheetCanvas {
  private readonly values: PlanValue[][] = [];
  private readonly formats: CellFormat[][] = [];
  private readonly merges: Area[] = [];
  private readonly links: CellLink[] = [];
  private readonly widths: number[] = [];
  private maxRow = 0;
  private maxCol = 0;
  private freeze: SheetContent['freeze'] = null;

  put(row: number, col: number, value: PlanValue, format?: CellFormat): void {
    (this.values[row] ??= [])[col] = typeof value === 'string' ? fitCell(value) : value;
    if (format) this.format(row, col, format);
    this.maxRow = Math.max(this.maxRow, row);
    this.maxCol = Math.max(this.maxCol, col);
  }

  format(row: number, col: number, format: CellFormat): void {
    const row_ = (this.formats[row] ??= []);
    const current = row_[col];
    row_[col] = current ? withFormat(current, format) : format;
  }

  merge(area: Area): void {
    this.merges.push(area);
  }

  link(row: number, col: number, sheet: string, cell: string): void {
    this.links.push({ row, col, sheet, cell });
  }

  width(col: number, chars: number): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, chars);
  }

  freezeRows(rows: number, cols = 0): void {
    this.freeze = { rows, cols };
  }

  /** A heading: bold, larger, in the title colour. */
  heading(row: number, text: string, size = 13): void {
    let format = HEADINGS.get(size);
    if (!format) HEADINGS.set(size, (format = Object.freeze({ bold: true, fontSize: size, fontColor: TITLE_COLOUR })));
    this.put(row, 0, text, format);
  }

  note(row: number, text: string): void {
    this.put(row, 0, text, NOTE);
  }

  /** A bordered table with a shaded header row; returns the row after it. */
  table(top: number, left: number, columns: TableColumn[], rows: TableCell[][]): number {
    columns.forEach((c, i) => {
      const hAlign = c.format?.hAlign;
      let aligned = hAlign ? HEADERS_ALIGNED.get(hAlign) : undefined;
      if (hAlign && !aligned) HEADERS_ALIGNED.set(hAlign, (aligned = withFormat(HEADER, { hAlign })));
      this.put(top, left + i, c.header, aligned ?? HEADER);
      if (c.width) this.width(left + i, c.width);
    });
    const bases = columns.map((c) => withFormat(BODY, c.format ?? NO_FORMAT));
    // Loops, and no object made for a plain cell: a list may have thousands of rows (issue 11). Each
    // row's values and formats are written straight into the canvas's rows (as put and format would).
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      const row = top + 1 + r;
      const values = (this.values[row] ??= []);
      const formats = (this.formats[row] ??= []);
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        const col = left + i;
        const base = bases[i] ?? BODY;
        let value: PlanValue;
        let format: CellFormat;
        const styled = isStyled(cell);
        if (!styled) {
          value = cell;
          format = base;
        } else {
          value = cell.value;
          format = cell.format ? withFormat(base, cell.format) : base;
        }
        values[col] = typeof value === 'string' && value.length > MAX_CELL_TEXT ? fitCell(value) : value;
        const current = formats[col];
        formats[col] = current ? withFormat(current, format) : format;
        if (styled && cell.link) {
          this.link(row, col, cell.link.sheet, cell.link.cell);
          this.format(row, col, LINK);
        }
      }
      if (cells.length > 0) {
        this.maxRow = Math.max(this.maxRow, row);
        this.maxCol = Math.max(this.maxCol, left + cells.length - 1);
      }
    }
    return top + 1 + rows.length;
  }

  /** Each column's width from A to the last column written, 10 characters where none was set. */
  private columnWidths(): number[] {
    const out = new Array<number>(this.maxCol + 1);
    for (let i = 0; i <= this.maxCol; i++) out[i] = this.widths[i] ?? 10;
    return out;
  }

  finish(name: string, role: SheetContent['role'], tabColor: string | null = null): SheetContent {
    // The canvas's own rows become the values block, each filled out to the last column with blanks
    // where nothing was put: not copied into new rows (issue 11). The canvas is done with after this.
    const block: (PlanValue | null)[][] = this.values;
    const width = this.maxCol + 1;
    block.length = this.maxRow + 1;
    for (let r = 0; r <= this.maxRow; r++) {
      const row = block[r];
      if (row === undefined) {
        const blank: (PlanValue | null)[] = new Array(width);
        for (let c = 0; c < width; c++) blank[c] = '';
        block[r] = blank;
      } else for (let c = 0; c < width; c++) row[c] ??= '';
    }
    const formats = new FormatCollector();
    for (let r = 0; r < this.formats.length; r++) {
      const row = this.formats[r];
      if (row) for (let c = 0; c < row.length; c++) if (row[c]) formats.add(r, c, row[c]);
    }
    return {
      name,
      role,
      values: { top: 0, left: 0, values: block },
      formats: formats.groups(),
      merges: this.merges,
      columnWidths: this.columnWidths(),
      freeze: this.freeze,
      links: this.links,
      tabColor,
    };
  }
}
