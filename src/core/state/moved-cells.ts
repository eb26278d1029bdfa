/**
 * Scored cells no longer on their indicators' rows (helper "afterlife"): the analyst sorted the rows of a
 * scored table without its scored columns — Excel's Sort Warning, "Continue with the current selection",
 * or a sort of a selection that stops left of the % Variance column — so each row now shows another
 * indicator's variance and DOT. Undo and rescoring follow every owned cell by its indicator
 * (identity.ts): they would find each indicator's cell holding what the scoring wrote for another one, and
 * read it as a value the analyst typed (a rescore gave ~30 false "% variance was typed as …" Checks on the
 * St Helens P1 sheet and kept the product's numbers as the analyst's from then on), or put back some
 * cells and leave the rest as "changed since" (undo). The product cannot tell which cell is whose, so it
 * refuses in one sentence and says how to put the rows back.
 *
 * The evidence: % variance cells (figures to 12 significant digits, distinctive) that hold, in place of
 * what the scoring wrote for their own indicator, exactly what it wrote for another indicator of the same
 * sheet (a figure no other indicator of that sheet was given). Two such cells or more on a sheet: its rows
 * moved under its scored cells. One is left alone (a figure copied by hand), as are arrows and words
 * (too few to tell indicators apart).
 */
import type { CellValue, SheetGrid } from '../model';
import { InputError } from '../errors';
import type { Located } from './identity';
import type { JournalCell } from './state';

/** How many misplaced variance figures on one sheet show that its rows moved under its scored cells. */
const MOVED_AT_LEAST = 2;

function figureKey(v: CellValue): string | null {
  return typeof v === 'number' && Number.isFinite(v) ? v.toPrecision(12) : null;
}

/**
 * The sheets (their names now) whose % variance cells hold other indicators' scored figures.
 * @param cells the last scoring's journal cells (or `state.earlier`'s)
 * @param located where each is now (locateJournal, in the same order)
 * @param grids every sheet as read now
 */
export function sheetsWithMovedCells(cells: JournalCell[], located: Located[], grids: SheetGrid[]): string[] {
  // Each recorded sheet's variance figures: which indicator was given each (null: more than one was).
  const givenTo = new Map<string, Map<string, string | null>>();
  const recorded = (c: JournalCell) => `${c.sheet}\u0000${c.sheetId ?? ''}`;
  for (const c of cells) {
    const key = c.role === 'variance' && c.indicator !== undefined ? figureKey(c.afterValue) : null;
    if (key === null) continue;
    const figures = givenTo.get(recorded(c)) ?? new Map<string, string | null>();
    figures.set(key, figures.has(key) && figures.get(key) !== c.indicator ? null : c.indicator!);
    givenTo.set(recorded(c), figures);
  }
  if (givenTo.size === 0) return [];
  const byName = new Map(grids.map((g) => [g.name, g]));
  const misplaced = new Map<string, number>();
  cells.forEach((c, i) => {
    const at = located[i];
    if (c.role !== 'variance' || c.indicator === undefined || !at || at.kind !== 'found') return;
    const own = figureKey(c.afterValue);
    const now = figureKey(byName.get(at.sheet)?.values[at.row]?.[at.col] ?? null);
    if (now === null || now === own) return;
    const other = givenTo.get(recorded(c))?.get(now);
    if (other === undefined || other === null || other === c.indicator) return;
    misplaced.set(at.sheet, (misplaced.get(at.sheet) ?? 0) + 1);
  });
  return [...misplaced].filter(([, n]) => n >= MOVED_AT_LEAST).map(([sheet]) => sheet);
}

const quoted = (sheets: string[]) => sheets.map((s) => `'${s}'`).join(', ');
const why = (sheets: string[]) =>
  `the rows of ${quoted(sheets)} seem to have been sorted (or moved) without the scored columns, so indicators' scored cells are now on other indicators' rows`;

/**
 * Refuses undo when scored cells are no longer on their indicators' rows (sheetsWithMovedCells).
 * @throws InputError, one sentence: what happened, that nothing was changed, and what to do
 */
export function refuseUndoWhenMoved(cells: JournalCell[], located: Located[], grids: SheetGrid[]): void {
  const sheets = sheetsWithMovedCells(cells, located, grids);
  if (sheets.length === 0) return;
  throw new InputError(
    `Undo cannot tell which scored cell is whose, so nothing was changed: ${why(sheets)}. Put the rows back in their order at the scoring (Excel's Undo, or sort them back) and undo again.`,
  );
}

/**
 * Refuses a scoring when the last scoring's cells are no longer on their indicators' rows: the run could
 * not tell the analyst's own entries in the scored columns from the product's figures for other rows.
 * @throws InputError, one sentence: what happened, that nothing was scored, and the two ways on
 */
export function refuseScoringWhenMoved(cells: JournalCell[], located: Located[], grids: SheetGrid[]): void {
  const sheets = sheetsWithMovedCells(cells, located, grids);
  if (sheets.length === 0) return;
  throw new InputError(
    `Nothing was scored: ${why(sheets)}, and the product cannot tell your own entries there from its figures for other rows. Put the rows back in their order at the last scoring (Excel's Undo, or sort them back) and score again; or, to score the rows as they are now, first clear the % variance and DOT cells the last scoring wrote on ${sheets.length === 1 ? 'that sheet' : 'those sheets'}.`,
  );
}
