/** Looking at a sheet's grid: values, with merged cells answering for their whole area. */
import type { Area, CellValue, SheetGrid } from '../model';
import { cellText } from './values';

export class GridView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  /** For each cell inside a merged area (but not its top-left): the area. */
  private readonly mergedInto = new Map<number, Area>();

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.values = grid.values;
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((n, row) => Math.max(n, row.length), 0);
    for (const area of grid.merges ?? []) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r !== area.top || c !== area.left) this.mergedInto.set(this.key(r, c), area);
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The value the cell itself holds (a merged area's other cells hold nothing). */
  raw(row: number, col: number): CellValue {
    const v = this.values[row]?.[col];
    return v === undefined ? null : v;
  }

  /** The value the analyst sees: a merged area's cells all show its top-left value. */
  shown(row: number, col: number): CellValue {
    const area = this.mergedInto.get(this.key(row, col));
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  /** The merged area the cell is part of (not its top-left), if any. */
  mergeOf(row: number, col: number): Area | undefined {
    return this.mergedInto.get(this.key(row, col));
  }

  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  isBlankRow(row: number, fromCol = 0, toCol = this.colCount - 1): boolean {
    const cells = this.values[row];
    if (!cells) return true;
    for (let c = fromCol; c <= Math.min(toCol, cells.length - 1); c++) if (cellText(cells[c]) !== '') return false;
    return true;
  }

  hasNumber(row: number): boolean {
    return (this.values[row] ?? []).some((v) => typeof v === 'number');
  }

  /** Columns of the non-blank cells of a row. */
  filledColumns(row: number): number[] {
    const cells = this.values[row] ?? [];
    const out: number[] = [];
    cells.forEach((v, c) => {
      if (cellText(v) !== '') out.push(c);
    });
    return out;
  }
}
