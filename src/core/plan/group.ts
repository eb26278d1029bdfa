/** Turning cell-by-cell writes into blocks and format groups an adapter can carry out in few calls. */
import { columnsToAreas } from '../a1';
import type { CellFormat, FormatGroup } from './types';
import { formatKey } from './styles';

/**
 * Cells collected by the format object they are given, column by column (issue 11): most cells share a
 * handful of format objects, so a cell costs a map lookup by identity and a push, and no object of its
 * own; `groups` then joins formats that are equal but not the same object.
 */
export class FormatCollector {
  private readonly byFormat = new Map<CellFormat, number[][]>();

  add(row: number, col: number, format: CellFormat): void {
    let cols = this.byFormat.get(format);
    if (!cols) this.byFormat.set(format, (cols = []));
    const rows = cols[col];
    if (rows) rows.push(row);
    else cols[col] = [row];
  }

  /**
   * The cells' formats, each distinct format once in the order it was first given (the first object
   * given for it stands for it), formats with no property left out, areas as few rectangles as the
   * cells allow.
   */
  groups(): FormatGroup[] {
    const byKey = new Map<string, { format: CellFormat; cols: number[][] }>();
    for (const [format, cols] of this.byFormat) {
      if (isEmpty(format)) continue;
      const key = formatKey(format);
      const g = byKey.get(key);
      if (!g) {
        byKey.set(key, { format, cols });
        continue;
      }
      for (let c = 0; c < cols.length; c++) {
        const rows = cols[c];
        if (!rows) continue;
        const into = g.cols[c];
        if (!into) g.cols[c] = rows;
        else for (let i = 0; i < rows.length; i++) into.push(rows[i]);
      }
    }
    const out: FormatGroup[] = [];
    for (const g of byKey.values()) out.push({ format: g.format, areas: columnsToAreas(g.cols) });
    return out;
  }
}

/** Cells sharing a format, each format once, areas as few rectangles as the cells allow. */
export function groupFormats(cells: { row: number; col: number; format: CellFormat }[]): FormatGroup[] {
  const collector = new FormatCollector();
  for (let i = 0; i < cells.length; i++) collector.add(cells[i].row, cells[i].col, cells[i].format);
  return collector.groups();
}

/** No property at all (as `Object.keys(f).length === 0`, without making the array). */
function isEmpty(f: CellFormat): boolean {
  for (const k in f) if (Object.prototype.hasOwnProperty.call(f, k)) return false;
  return true;
}
