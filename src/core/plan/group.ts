/** Turning cell-by-cell writes into blocks and format groups an adapter can carry out in few calls. */
import { cellsToAreas } from '../a1';
import type { CellFormat, FormatGroup } from './types';
import { formatKey } from './styles';

/** Cells sharing a format, each format once, areas as few rectangles as the cells allow. */
export function groupFormats(cells: { row: number; col: number; format: CellFormat }[]): FormatGroup[] {
  const groups = new Map<string, { format: CellFormat; cells: { row: number; col: number }[] }>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isEmpty(c.format)) continue;
    const key = formatKey(c.format);
    const g = groups.get(key);
    if (g) g.cells.push(c);
    else groups.set(key, { format: c.format, cells: [{ row: c.row, col: c.col }] });
  }
  return [...groups.values()].map((g) => ({ format: g.format, areas: cellsToAreas(g.cells) }));
}

/** No property at all (as `Object.keys(f).length === 0`, without making the array for every cell). */
function isEmpty(f: CellFormat): boolean {
  for (const k in f) if (Object.prototype.hasOwnProperty.call(f, k)) return false;
  return true;
}
