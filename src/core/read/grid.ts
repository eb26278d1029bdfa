/**
 * Looking at a sheet's grid: values, with merged cells answering for their whole area. A view can be
 * narrowed to a band of columns (a table beside another sees only its own columns).
 */
import type { Area, CellValue, SheetGrid } from '../model';
import { cellText } from './values';
import { numberFormatOf } from './number-formats';

export class GridView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  /** For each cell inside a merged area (but not its top-left): the area. */
  private readonly mergedInto: Map<number, Area>;
  private readonly merges: Area[];
  /** The columns this view sees; cells outside read as blank. */
  private readonly left: number;
  private readonly right: number;
  /** The sheet as read, for its number formats. */
  private readonly source: SheetGrid;

  constructor(
    grid: SheetGrid,
    columns?: { left: number; right: number; mergedInto: Map<number, Area>; merges: Area[] },
  ) {
    this.name = grid.name;
    this.source = grid;
    this.values = grid.values;
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((n, row) => Math.max(n, row.length), 0);
    this.left = columns?.left ?? 0;
    this.right = columns?.right ?? Number.MAX_SAFE_INTEGER;
    this.mergedInto = columns?.mergedInto ?? new Map();
    this.merges = columns?.merges ?? grid.merges ?? [];
    if (columns) return;
    for (const area of this.merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r !== area.top || c !== area.left) this.mergedInto.set(this.key(r, c), area);
        }
      }
    }
  }

  /** The same sheet seen through columns left … right only. */
  columns(left: number, right: number): GridView {
    return new GridView(this.source, { left, right, mergedInto: this.mergedInto, merges: this.merges });
  }

  /** The last row reached by the cells of `row` merged downwards (the row itself when none is). */
  mergedDownTo(row: number): number {
    let bottom = row;
    for (const a of this.merges) if (a.top === row && this.sees(a.left)) bottom = Math.max(bottom, a.bottom);
    return bottom;
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  private sees(col: number): boolean {
    return col >= this.left && col <= this.right;
  }

  /** The value the cell itself holds (a merged area's other cells hold nothing). */
  raw(row: number, col: number): CellValue {
    if (!this.sees(col)) return null;
    const v = this.values[row]?.[col];
    return v === undefined ? null : v;
  }

  /** The value the analyst sees: a merged area's cells all show its top-left value. */
  shown(row: number, col: number): CellValue {
    const area = this.mergeOf(row, col);
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  /** The merged area the cell is part of (not its top-left), if any. */
  mergeOf(row: number, col: number): Area | undefined {
    return this.sees(col) ? this.mergedInto.get(this.key(row, col)) : undefined;
  }

  /** Whether the column is hidden in Excel (SheetGrid.hiddenColumns; false where not known). */
  isHiddenColumn(col: number): boolean {
    return this.source.hiddenColumns?.includes(col) ?? false;
  }

  /** The number format of a number cell ("0.0%"), or null for General or not known. */
  formatOf(row: number, col: number): string | null {
    return this.sees(col) ? numberFormatOf(this.source, row, col) : null;
  }

  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  isBlankRow(row: number): boolean {
    const cells = this.values[row] ?? [];
    const last = Math.min(cells.length - 1, this.right);
    for (let c = this.left; c <= last; c++) if (isFilled(cells[c])) return false;
    return true;
  }

  /**
   * Columns of the non-blank cells of a row; into `into` when given (emptied first), so that a reader
   * going down thousands of rows reuses one array (issue 11).
   */
  filledColumns(row: number, into?: number[]): number[] {
    const cells = this.values[row] ?? [];
    const out: number[] = into ?? [];
    const last = Math.min(cells.length - 1, this.right);
    // Written over in place and cut to length at the end: emptying the array first (`length = 0`) lets
    // V8 drop its storage, and every row would grow it again.
    let n = 0;
    for (let c = this.left; c <= last; c++) {
      if (!isFilled(cells[c])) continue;
      if (n < out.length) out[n] = c;
      else out.push(c);
      n++;
    }
    if (out.length !== n) out.length = n;
    return out;
  }
}

/** Not blank: `cellText(v) !== ''` without making a string of every number (issue 11). */
function isFilled(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number' || typeof v === 'boolean') return true;
  return cellText(v) !== '';
}
