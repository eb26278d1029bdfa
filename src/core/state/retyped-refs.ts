/**
 * An indicator whose Ref the analyst retyped after the scoring (helper "afterlife"): councils recode
 * indicators between quarters ("CYP-01" becomes "CYP-01a"). Undo and rescoring follow each owned cell
 * by its indicator's Ref (identity.ts), so the retyped row's cells were lost to them: a rescore read the
 * product's own % variance and DOT there as values the analyst had typed ("CYP-01a: % variance was typed
 * as 5.28% but the figures give 38.14%", false Checks, and those figures kept as the analyst's from then
 * on), and undo left the row's cells as the scoring wrote them.
 *
 * A journal indicator no longer on its sheet is followed to the one row of that sheet whose indicator is
 * new since the scoring and whose % variance cell still holds exactly the figure the scoring wrote for it
 * (to 12 significant digits; a figure no other indicator of that sheet was given): that is the same row
 * under its new Ref, and all its owned cells are located there. No such row, or more than one: it stays
 * gone, as before (nothing is guessed).
 */
import type { CellValue, SheetGrid } from '../model';
import type { Located, SheetPlaces } from './identity';
import type { JournalCell } from './state';

function figureKey(v: CellValue): string | null {
  return typeof v === 'number' && Number.isFinite(v) ? v.toPrecision(12) : null;
}

interface Group {
  /** The sheet's name now, from a cell of the group that was found. */
  sheet?: string;
  indicators: Set<string>;
  /** Indicators not found on the sheet: the indexes of their cells. */
  gone: Map<string, number[]>;
  /** Each variance figure written on the sheet: the indicator it was written for (null: more than one). */
  figures: Map<string, string | null>;
}

/**
 * `located` with the cells of each indicator whose Ref was retyped located on its row now (see above).
 * @param cells a journal's cells
 * @param located where locateCells found each (same order)
 * @param places every sheet's indicators now
 * @param grids every sheet as read now
 * @returns a new array where something was followed; `located` itself otherwise
 */
export function followRetypedRefs(
  cells: JournalCell[],
  located: Located[],
  places: SheetPlaces[],
  grids: SheetGrid[],
): Located[] {
  if (!located.some((l) => l.kind === 'gone' && l.why === 'indicator')) return located;
  const groups = new Map<string, Group>();
  cells.forEach((c, i) => {
    if (c.indicator === undefined) return;
    const key = `${c.sheet}\u0000${c.sheetId ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { indicators: new Set(), gone: new Map(), figures: new Map() }));
    g.indicators.add(c.indicator);
    const at = located[i];
    if (at?.kind === 'found') g.sheet = at.sheet;
    else if (at?.kind === 'gone' && at.why === 'indicator')
      g.gone.set(c.indicator, [...(g.gone.get(c.indicator) ?? []), i]);
    const figure = c.role === 'variance' ? figureKey(c.afterValue) : null;
    if (figure !== null) g.figures.set(figure, g.figures.has(figure) ? null : c.indicator);
  });
  let out: Located[] | null = null;
  for (const g of groups.values()) {
    if (g.sheet === undefined || g.gone.size === 0) continue;
    const place = places.find((p) => p.name === g.sheet);
    const grid = grids.find((s) => s.name === g.sheet);
    if (!place || !grid) continue;
    // Rows whose indicator is new since the scoring, by the figure their % variance cell holds.
    const newRows = new Map<string, { id: string }[]>();
    for (const [id, p] of place.indicators) {
      if (g.indicators.has(id) || p.columns.variance === undefined) continue;
      const figure = figureKey(grid.values[p.row]?.[p.columns.variance] ?? null);
      if (figure !== null) newRows.set(figure, [...(newRows.get(figure) ?? []), { id }]);
    }
    for (const [indicator, indexes] of g.gone) {
      const figure = [...g.figures].find(([, who]) => who === indicator)?.[0];
      const rows = figure === undefined ? undefined : newRows.get(figure);
      if (!rows || rows.length !== 1) continue;
      const now = place.indicators.get(rows[0].id)!;
      out ??= [...located];
      for (const i of indexes) {
        const role = cells[i].role;
        const col = role === undefined ? undefined : now.columns[role];
        out[i] =
          col === undefined ? { kind: 'gone', why: 'column' } : { kind: 'found', sheet: place.name, row: now.row, col };
      }
    }
  }
  return out ?? located;
}
