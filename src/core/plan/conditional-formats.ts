/**
 * The analyst's own conditional formatting over the cells the product colours (session 10, item 2).
 * Excel draws a conditional format's colours over the cell's own fill and font colour whenever its rule
 * applies ("Conditional formatting does not change the format properties of the cell", VBA
 * Range.DisplayFormat, https://learn.microsoft.com/office/vba/api/excel.range.displayformat), so an
 * analyst's RAG rule over the % variance column shows its colour, not the scoring's, and the two can
 * contradict each other. Decision: a Check naming the covered cells, never a rule changed or removed —
 * the rules are the analyst's, and the scores, arrows and words are right either way. Only rules that
 * cover cells the product colours count: a rule elsewhere on the sheet contradicts nothing.
 */
import type { Area, Finding, SheetGrid } from '../model';
import type { SheetPatch } from './types';
import { areaAddress } from '../a1';
import { finding } from '../catalogue';

/** The most ranges a finding names; the rest are counted ("and 3 more"). */
const NAMED_RANGES = 4;

/**
 * One Check per sheet whose owned cells (the patch's cells: variance, DOT, Trend, quartile, Status)
 * some of the analyst's conditional formats cover (SheetGrid.conditionalFormats, 0-based areas). The
 * covered cells are named column by column as A1 ranges ("T5:T30"), so both front ends say the same
 * whatever way their reader splits the rules' ranges. Points at the first covered cell. Empty when no
 * grid has conditional formats.
 */
export function conditionalFormatFindings(grids: SheetGrid[], patches: SheetPatch[]): Finding[] {
  const out: Finding[] = [];
  for (const patch of patches) {
    const areas = grids.find((g) => g.name === patch.sheet)?.conditionalFormats;
    if (!areas || areas.length === 0) continue;
    const covered = new Map<number, Set<number>>();
    for (const cell of patch.cells) {
      if (!areas.some((a) => inside(a, cell.row, cell.col))) continue;
      if (!covered.has(cell.col)) covered.set(cell.col, new Set());
      covered.get(cell.col)!.add(cell.row);
    }
    if (covered.size === 0) continue;
    const runs: Area[] = [];
    for (const col of [...covered.keys()].sort((a, b) => a - b)) {
      const rows = [...covered.get(col)!].sort((a, b) => a - b);
      for (let i = 0; i < rows.length;) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        runs.push({ top: rows[i], left: col, bottom: rows[j], right: col });
        i = j + 1;
      }
    }
    const named = runs.slice(0, NAMED_RANGES).map(areaAddress);
    const more = runs.length - named.length;
    const ranges =
      more > 0
        ? `${named.join(', ')} and ${more} more`
        : named.length > 1
          ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
          : named[0];
    const first = runs.reduce((a, b) => (b.top < a.top || (b.top === a.top && b.left < a.left) ? b : a));
    out.push(
      finding({
        kind: 'conditional-format-over-scores',
        at: { sheet: patch.sheet, row: first.top, col: first.left },
        ref: null,
        sheet: patch.sheet,
        ranges,
      }),
    );
  }
  return out;
}

function inside(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}
