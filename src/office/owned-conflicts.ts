/**
 * Owned cells the add-in must not write (the core's ownedCellsConflict says why, and the sentence):
 * cells inside a dynamic array's spilled results, and cells holding a linked data type or a picture.
 * Asked of Excel only where the reads already point at them, so that a workbook with neither costs no
 * request:
 *   - spills (ExcelApi 1.12): the bands of rows whose Range.hasSpill was not false
 *     (WorkbookRead.spillBands, read with the values); each owned cell written to inside one is asked
 *     for its getSpillParentOrNullObject() — the cell of the formula whose results it is in, or a null
 *     object. Past MAX_CELL_CALLS such cells, each owned column block's hasSpill is asked first (one
 *     request more) and only the cells of the blocks that have one after.
 *   - rich values: an owned cell that reads "#VALUE!" (what `values` gives for an entity or a picture:
 *     its basicValue, *Excel JavaScript API data types core concepts*) is asked its `valueTypes`
 *     ("RichValue" for a data type: Excel.RangeValueType.richValue, ExcelApi 1.1).
 * Both questions travel in one request, only when there is something to ask.
 */
import type { Area, CellValue, PreparedRun, RichValueCell, SheetPatch, SpillArea } from '../core';
import { ownedCellsConflict, parseAreaAddress, sameSheetName } from '../core';
import type { HostAbilities } from './host';
import type { WorkbookRead } from './read-workbook';

/** The most cells asked one by one in a request (a call each). */
const MAX_CELL_CALLS = 2000;

interface Candidate {
  sheet: string;
  row: number;
  col: number;
}

/**
 * Throws the core's InputError when an owned cell the run writes a value to is part of a dynamic
 * array's results or holds a rich value; otherwise returns, having made no request, one, or (past
 * MAX_CELL_CALLS spilled candidates) two.
 */
export async function requireOwnedCellsFree(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  run: Pick<PreparedRun, 'plan'>,
  book: Pick<WorkbookRead, 'spillBands' | 'arrayBands' | 'grids'>,
): Promise<void> {
  const { spills, richValues } = await ownedCellsTaken(context, abilities, run.plan.patches, book);
  const problem = ownedCellsConflict(run.plan.patches, spills, richValues);
  if (problem) throw problem;
}

/**
 * The cells of `patches` given a value that are part of a dynamic array's results (each as a one-cell
 * SpillArea with its formula's cell) or hold a rich value — found as requireOwnedCellsFree finds them,
 * in no request, one or two. Undo uses it to leave such cells as they are (undoLastScoring).
 */
export async function ownedCellsTaken(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  patches: SheetPatch[],
  book: Pick<WorkbookRead, 'spillBands' | 'arrayBands' | 'grids'>,
): Promise<{ spills: SpillArea[]; richValues: RichValueCell[] }> {
  let spilled: Candidate[] = [];
  const rich: Candidate[] = [];
  const arrayed: Candidate[] = [];
  const inside = (bands: Area[], c: { row: number; col: number }) =>
    bands.some((b) => c.row >= b.top && c.row <= b.bottom && c.col >= b.left && c.col <= b.right);
  for (const patch of patches) {
    const bands = abilities.spills ? (book.spillBands?.get(patch.sheet) ?? []) : [];
    const arrays = abilities.spills ? (book.arrayBands?.get(patch.sheet) ?? []) : [];
    const grid = book.grids.find((g) => sameSheetName(g.name, patch.sheet));
    for (const c of patch.cells) {
      if (c.value === null) continue;
      if (inside(bands, c)) spilled.push({ sheet: patch.sheet, row: c.row, col: c.col });
      if (inside(arrays, c)) arrayed.push({ sheet: patch.sheet, row: c.row, col: c.col });
      const value: CellValue = grid?.values[c.row]?.[c.col] ?? null;
      if (value === '#VALUE!') rich.push({ sheet: patch.sheet, row: c.row, col: c.col });
    }
  }
  if (spilled.length === 0 && rich.length === 0 && arrayed.length === 0) return { spills: [], richValues: [] };
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  if (spilled.length > MAX_CELL_CALLS) {
    // Each column's run of candidates asked as one range first.
    const runs = columnRuns(spilled).map((r) => ({
      run: r,
      range: sheetOf(r.sheet)
        .getRangeByIndexes(r.top, r.col, r.bottom - r.top + 1, 1)
        .load('hasSpill'),
    }));
    await context.sync();
    const kept = runs.filter((r) => r.range.hasSpill !== false).map((r) => r.run);
    spilled = spilled.filter((c) =>
      kept.some((r) => r.sheet === c.sheet && r.col === c.col && c.row >= r.top && c.row <= r.bottom),
    );
    if (spilled.length > MAX_CELL_CALLS) spilled = spilled.slice(0, MAX_CELL_CALLS);
  }
  const parents = spilled.map((c) => ({
    cell: c,
    parent: sheetOf(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).getSpillParentOrNullObject().load('address'),
  }));
  const types = rich.slice(0, MAX_CELL_CALLS).map((c) => ({
    cell: c,
    range: sheetOf(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).load('valueTypes'),
  }));
  // Legacy array formulas (Ctrl+Shift+Enter): each candidate's savedAsArray and formula, in the same request.
  const arrayReads = arrayed.slice(0, MAX_CELL_CALLS).map((c) => ({
    cell: c,
    range: sheetOf(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).load('savedAsArray,formulas'),
  }));
  if (parents.length + types.length + arrayReads.length > 0) await context.sync();
  const spills: SpillArea[] = [];
  for (const { cell, parent } of parents) {
    if (parent.isNullObject) continue;
    const at = parseAreaAddress(parent.address.replace(/^.*!/, ''));
    if (!at) continue;
    spills.push({
      sheet: cell.sheet,
      anchor: { row: at.top, col: at.left },
      area: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col },
    });
  }
  spills.push(...legacyArrays(arrayReads, spills));
  const richValues: RichValueCell[] = types
    .filter((t) => t.range.valueTypes[0]?.[0] === 'RichValue')
    .map((t) => ({ ...t.cell }));
  return { spills, richValues };
}

/**
 * Owned cells in a legacy array formula over more than one cell, as spill areas of one cell each whose
 * anchor is the top of the array's run in that column — so the core's sentence names them as the
 * command line does for `<f t="array" ref>` (Excel will not change part of such an array).
 * Office.js cannot give a legacy array's extent except on the desktop (`Range.formulaArray`,
 * ExcelApiDesktop 1.1), nor does getSpillParentOrNullObject see one; what it gives everywhere from
 * ExcelApi 1.12 is `Range.savedAsArray`, and `Range.formulas` gives every cell of the array the same A1
 * formula (office-js issue 6176; `formulasR1C1` differs per cell). So: cells saved as an array formula,
 * not in a dynamic array's results (a dynamic anchor is saved as an array too), next to one another
 * down the column with the same formula, are one array. A lone such cell is a one-cell array, which
 * Excel lets a value replace whole, and is written as any cell (an array reaching it only from the side
 * is not seen: Excel would refuse that write, the run stopping part-way, which Undo puts back).
 */
function legacyArrays(reads: { cell: Candidate; range: Excel.Range }[], spills: SpillArea[]): SpillArea[] {
  const inSpill = (c: Candidate) =>
    spills.some(
      (s) =>
        s.sheet === c.sheet &&
        c.row >= s.area.top &&
        c.row <= s.area.bottom &&
        c.col >= s.area.left &&
        c.col <= s.area.right,
    );
  const cells = reads
    .filter((r) => r.range.savedAsArray === true && !inSpill(r.cell))
    .map((r) => ({ ...r.cell, formula: String(r.range.formulas[0]?.[0] ?? '') }))
    .sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const out: SpillArea[] = [];
  let run: typeof cells = [];
  const close = () => {
    if (run.length > 1)
      for (const c of run)
        out.push({
          sheet: c.sheet,
          anchor: { row: run[0].row, col: run[0].col },
          area: { top: c.row, left: c.col, bottom: c.row, right: c.col },
          legacy: true,
        });
    run = [];
  };
  for (const c of cells) {
    const last = run[run.length - 1];
    if (!(last && last.sheet === c.sheet && last.col === c.col && last.row === c.row - 1 && last.formula === c.formula))
      close();
    run.push(c);
  }
  close();
  return out;
}

/** Candidates as runs down one column without a gap. */
function columnRuns(cells: Candidate[]): { sheet: string; col: number; top: number; bottom: number }[] {
  const sorted = [...cells].sort((a, b) =>
    a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1,
  );
  const runs: { sheet: string; col: number; top: number; bottom: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.bottom === c.row - 1) last.bottom = c.row;
    else runs.push({ sheet: c.sheet, col: c.col, top: c.row, bottom: c.row });
  }
  return runs;
}
