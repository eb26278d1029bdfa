/** Turning cell-by-cell writes into blocks and format groups an adapter can carry out in few calls. */
import { cellsToAreas } from '../a1';
import type { CellFormat, FormatGroup, PlanValue, ValueBlock } from './types';
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

/**
 * Values of one column from `top` to `bottom` as a one-column block; rows without a value are null
 * (left alone).
 */
export function columnBlock(col: number, top: number, bottom: number, values: Map<number, PlanValue>): ValueBlock {
  const rows: (PlanValue | null)[][] = [];
  for (let r = top; r <= bottom; r++) rows.push([values.has(r) ? values.get(r)! : null]);
  return { top, left: col, values: rows };
}
