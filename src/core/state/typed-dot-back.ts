/**
 * The DOT the analyst typed, kept where the product gives none because the earlier period has no target of
 * its own (rules/earlier-target.ts): the plan leaves the cell alone (plan/owned-cells.ts, value null). Where an
 * earlier scoring wrote its own arrow over the analyst's (fresh user 15: "↑" over the officer's correct "↓")
 * and the cell still shows it, leaving the cell alone would leave the product's wrong arrow: the cell gets back
 * what the analyst had — its very picture (value or formula, format) where the journal keeps it from before
 * the product first wrote it, else the value typed.
 */
import type { Journal } from './state';
import type { SheetGrid } from '../model';
import type { SheetPatch } from '../plan/types';
import { groupFormats } from '../plan/group';
import { sameValue } from './compare';
import { ownedToCellFormat } from './run';
import type { Located } from './identity';
import { statusCellKey } from '../read/status-column';

/**
 * Puts the analyst's DOT back into the planned DOT cells left alone (value null) that still show the arrow an
 * earlier scoring wrote over it. Mutates and returns `patches`.
 * @param grids every sheet as read (not the analyst's view: the cells as they are)
 * @param prior the last scoring's journal; `located` its cells found in the grids (state/identity.ts)
 */
export function withTypedDotsBack(
  patches: SheetPatch[],
  grids: readonly SheetGrid[],
  prior: Journal | null,
  located: readonly Located[],
): SheetPatch[] {
  if (!prior) return patches;
  const written = new Map<string, Journal['cells'][number]>();
  const byName = new Map(grids.map((g) => [g.name, g]));
  prior.cells.forEach((c, i) => {
    const at = located[i];
    if (c.role !== 'dot' || !at || at.kind !== 'found' || sameValue(c.afterValue, c.original)) return;
    const now = byName.get(at.sheet)?.values[at.row]?.[at.col] ?? null;
    if (sameValue(now, c.afterValue)) written.set(statusCellKey(at.sheet, at.row, at.col), c);
  });
  if (written.size === 0) return patches;
  for (const patch of patches) {
    let changed = false;
    for (const cell of patch.cells) {
      if (cell.role !== 'dot' || cell.value !== null) continue;
      const kept = written.get(statusCellKey(patch.sheet, cell.row, cell.col));
      if (!kept) continue;
      const b = kept.before;
      const picture = sameValue(b.value, kept.original);
      cell.value = !picture
        ? (kept.original ?? '')
        : b.formula
          ? { formula: b.formula }
          : b.error && typeof b.value === 'string'
            ? { error: b.value }
            : (b.value ?? '');
      if (picture) cell.format = ownedToCellFormat(b.format);
      let inBlock = false;
      for (const block of patch.values)
        if (block.left === cell.col && cell.row >= block.top && cell.row < block.top + block.values.length) {
          block.values[cell.row - block.top] = [cell.value]; // a row of its own: text rows are shared (sheetPatches)
          inBlock = true;
        }
      // A column of cells all left alone has no block (sheetPatches): one of its own for this cell.
      if (!inBlock) patch.values.push({ top: cell.row, left: cell.col, values: [[cell.value]] });
      changed = true;
    }
    if (changed) patch.formats = groupFormats(patch.cells);
  }
  return patches;
}
