/**
 * Owned cells the product must not write (issue: spilled arrays and linked data types, session 7):
 * a cell that is part of a dynamic array's spilled results, and a cell holding a rich value (a linked
 * data type such as Stocks or Geography, or a picture in the cell). Writing a value into the first
 * blocks the array and turns its formula — a cell the product does not own — into #SPILL!; writing
 * into the second replaces the data type with plain text, and undo could give back only its #VALUE!.
 * Both front ends find such cells (the add-in through Range.hasSpill / getSpillParentOrNullObject,
 * Range.savedAsArray and valueTypes, the command line through the package's `<f t="array" ref>` — with the
 * anchor's `cm` for a dynamic array, without for a legacy Ctrl+Shift+Enter one — and `vm` cells) and
 * refuse the run with the one sentence made here for each kind, before anything is written.
 *
 * Decision: refuse the run rather than skip the cells with a Note. A column the analyst fills with a
 * dynamic array (or a data type) is one they are computing themselves: scoring round it would leave
 * a % variance column half the analyst's formula and half the product's values, and a skipped cell
 * is a score missing from the report. One sentence saying which cells and what to do keeps the rule
 * "bad input changes nothing"; turning the formula's results into values is one Paste Values away.
 */
import { areaAddress, cellAddress } from '../a1';
import { InputError } from '../errors';
import type { Area, CellValue } from '../model';
import { FIELD_LABELS } from '../read/headers';
import type { OwnedRole, PlanValue, SheetPatch } from './types';

/**
 * An array formula's area, 0-based: a dynamic array's spilled results (the anchor cell holding its
 * formula, and the area it fills), or with `legacy` a legacy array formula entered with Ctrl+Shift+Enter
 * (the anchor its first cell): Excel turns the first into #SPILL! and refuses to change part of the second.
 */
export interface SpillArea {
  sheet: string;
  anchor: { row: number; col: number };
  area: Area;
  /** A legacy (Ctrl+Shift+Enter) array formula, not a dynamic array: named so in the sentence (helper wording). */
  legacy?: true;
}

/** A cell holding a rich value (a linked data type or a picture in the cell), 0-based. */
export interface RichValueCell {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The refusal for the first owned cells (those the plan writes a value to, in plan order) inside a
 * spill or holding a rich value, or null when there are none. Cells whose format alone is set (a typed
 * Trend arrow kept and coloured) are not counted: formatting a spilled cell or a data type breaks
 * neither. The cells named are those of the first sheet and column met, as an A1 range when they run
 * down one column without a gap, else listed (the first five).
 */
export function ownedCellsConflict(
  patches: SheetPatch[],
  spills: SpillArea[],
  richValues: RichValueCell[],
): InputError | null {
  const inSpill = (sheet: string, row: number, col: number) =>
    spills.find(
      (s) =>
        s.sheet === sheet && row >= s.area.top && row <= s.area.bottom && col >= s.area.left && col <= s.area.right,
    );
  const rich = new Set(richValues.map((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}`));
  for (const p of patches) {
    for (const kind of ['spill', 'rich'] as const) {
      let first: { role: OwnedRole | undefined; anchor?: SpillArea } | null = null;
      const rows: number[] = [];
      let col = -1;
      for (const c of p.cells) {
        if (c.value === null) continue;
        const spill = kind === 'spill' ? inSpill(p.sheet, c.row, c.col) : undefined;
        const hit = kind === 'spill' ? spill !== undefined : rich.has(`${p.sheet}\u0000${c.row}\u0000${c.col}`);
        if (!hit) continue;
        if (!first) {
          first = { role: c.role, anchor: spill };
          col = c.col;
        }
        if (c.col === col) rows.push(c.row);
      }
      if (!first) continue;
      const what = first.role ? FIELD_LABELS[first.role] : 'scored';
      const cells = cellsWords(rows, col);
      const one = rows.length === 1;
      if (kind === 'spill') {
        const anchor = cellAddress(first.anchor!.anchor.row, first.anchor!.anchor.col);
        // A legacy array is not a dynamic array and does not spill: said so (helper wording, session 9:
        // the sentence called a Ctrl+Shift+Enter array "a dynamic array, such as =SORT or =FILTER").
        if (first.anchor!.legacy)
          return new InputError(
            `The ${what} ${one ? 'cell' : 'cells'} ${cells} on '${p.sheet}' ${one ? 'is' : 'are'} part of the array formula in ${anchor} (a legacy array formula, entered with Ctrl+Shift+Enter and shown in braces {=…}), and Excel does not let part of an array be changed: select the whole array and delete it, or turn its results into values (Copy, then Paste Values), and score again.`,
          );
        return new InputError(
          `The ${what} ${one ? 'cell' : 'cells'} ${cells} on '${p.sheet}' ${one ? 'is' : 'are'} part of the results the formula in ${anchor} spills (a dynamic array, such as =SORT or =FILTER), and writing the scores there would break that formula (#SPILL!): move the formula, or turn its results into values (Copy, then Paste Values), and score again.`,
        );
      }
      return new InputError(
        `The ${what} ${one ? 'cell' : 'cells'} ${cells} on '${p.sheet}' ${one ? 'holds a linked data type or a picture' : 'hold linked data types or pictures'} (such as Stocks or Geography), which scoring would replace with text and undo could not put back: convert ${one ? 'it' : 'them'} to text (Data Type › Convert to Text) or clear ${one ? 'it' : 'them'}, and score again.`,
      );
    }
  }
  return null;
}

/** Rows of one column as an A1 range when they run without a gap, else the first five listed. */
function cellsWords(rows: number[], col: number): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] - sorted[0] === sorted.length - 1)
    return areaAddress({ top: sorted[0], left: col, bottom: sorted[sorted.length - 1], right: col });
  const named = sorted.slice(0, 5).map((r) => cellAddress(r, col));
  return sorted.length > 5 ? `${named.join(', ')} …` : named.join(', ');
}

/**
 * Owned cells holding the analyst's own formulas that give other figures than the scores (fresh user 14: a
 * budget table's "Variance %" column, =E12/C12 …, +10.6% for an overspend the product scores −10.61%, had its
 * formulas replaced by values with no word). The product owns the derived columns (SPEC §4) and an analyst's
 * formulas there giving the same figures are written over and put back by undo, as before (issue 10: "% Variance
 * from Target" filled with =(G2-D2)/D2). But a column of a sheet where two or more of the cells the run writes a
 * value to hold formulas showing **other** figures is one the analyst computes for another purpose: the run is
 * refused with one sentence naming the cells, one formula and what to do, before anything is written — as a
 * spilled array is (above). A lone formula is written over and put back by undo, as before.
 * @param patches the plan's owned cells
 * @param formulaAt the formula an owned cell holds now and the value it shows, as read before writing (the
 *   snapshots), or undefined where it holds no formula
 */
export function ownedFormulasConflict(
  patches: SheetPatch[],
  formulaAt: (sheet: string, row: number, col: number) => { formula: string; value: CellValue } | undefined,
): InputError | null {
  for (const p of patches) {
    const byCol = new Map<number, { rows: number[]; role: OwnedRole | undefined; formula: string }>();
    for (const c of p.cells) {
      if (c.value === null) continue;
      const held = formulaAt(p.sheet, c.row, c.col);
      if (held === undefined || held.formula === '' || sameFigure(held.value, c.value)) continue;
      const seen = byCol.get(c.col) ?? byCol.set(c.col, { rows: [], role: c.role, formula: held.formula }).get(c.col)!;
      seen.rows.push(c.row);
    }
    for (const [col, seen] of byCol) {
      if (seen.rows.length < 2) continue;
      const what = seen.role ? FIELD_LABELS[seen.role] : 'scored';
      const formula = seen.formula.startsWith('=') ? seen.formula : `=${seen.formula}`;
      return new InputError(
        `The ${what} cells ${cellsWords(seen.rows, col)} on '${p.sheet}' hold formulas of yours giving other figures than the scores (such as ${formula} in ${cellAddress(Math.min(...seen.rows), col)}), and scoring would write its figures over them: map that column as "ignore" (the task pane's column mapping, or --map), or move the formulas to a column of their own, and score again.`,
      );
    }
  }
  return null;
}

/**
 * Whether a formula's shown value is the figure the plan writes: the same text, or numbers within half the last
 * place of a variance written to 2 dp of a percent (0.00005 as a fraction).
 */
function sameFigure(shown: CellValue, written: PlanValue): boolean {
  if (typeof shown === 'number' && typeof written === 'number') return Math.abs(shown - written) <= 0.00005 + 1e-12;
  if (typeof written === 'object' && written !== null) return false;
  return String(shown ?? '').trim() === String(written).trim();
}
