/**
 * Format groups regrouped by single property value: the plan gives one group per distinct format
 * (border + centred + green fill …); applied as is, a property shared by many groups (the thin border
 * of every table cell) is sent once per group, over scattered areas. Regrouped, each distinct property
 * value is one call per sheet over the union of its cells, merged into as few rectangles as they
 * allow (whole tables for the border), so the calls and address lists stay short however many
 * indicators there are. The cells end up with exactly the same formats: every cell belongs to one
 * group, and each property is set once per cell.
 */
import type { Area, CellFormat, FormatGroup } from '../core';

type Key = keyof CellFormat;

export function regroupByProperty(groups: FormatGroup[]): FormatGroup[] {
  const byValue = new Map<string, { format: CellFormat; cells: Map<number, Set<number>> }>();
  for (const g of groups) {
    for (const key of Object.keys(g.format) as Key[]) {
      const value = g.format[key];
      const id = `${key}=${JSON.stringify(value)}`;
      let entry = byValue.get(id);
      if (!entry) {
        entry = { format: { [key]: value } as CellFormat, cells: new Map() };
        byValue.set(id, entry);
      }
      for (const a of g.areas) {
        for (let c = a.left; c <= a.right; c++) {
          const rows = entry.cells.get(c) ?? new Set<number>();
          for (let r = a.top; r <= a.bottom; r++) rows.add(r);
          entry.cells.set(c, rows);
        }
      }
    }
  }
  return [...byValue.values()].map((e) => ({ format: e.format, areas: rectangles(e.cells) }));
}

/** Cells (column → rows) as rectangles: runs of rows per column, neighbouring columns with the same run merged. */
export function rectangles(cells: Map<number, Set<number>>): Area[] {
  const out: Area[] = [];
  const open = new Map<string, Area>();
  for (const col of [...cells.keys()].sort((a, b) => a - b)) {
    const rows = [...cells.get(col)!].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const top = rows[start];
      const bottom = rows[i - 1];
      const key = `${top}:${bottom}`;
      const prev = open.get(key);
      if (prev && prev.right === col - 1) prev.right = col;
      else {
        const area = { top, left: col, bottom, right: col };
        open.set(key, area);
        out.push(area);
      }
      start = i;
    }
  }
  return out;
}
