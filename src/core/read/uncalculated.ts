/**
 * Formulas with no saved result (a file written by a program that does not calculate: ExcelJS, a script's
 * export), which the command line cannot calculate (`SheetGrid.uncalculated`). Issue 8 refused any, anywhere:
 * fresh user 14's board pack was refused for Money!E12, a budget line's variance in a table the product
 * neither reads nor writes.
 *
 * Decision: refused, in the sentence issue 8 chose, only where the product reads or writes the cell — inside
 * an indicator table (its title row or header to its last row, its header's first to last column: every
 * figure, target, note and owned cell is there) or anywhere on the Targets or Last year sheet. Elsewhere the
 * cell is left as it is, nothing is read from it, and one Note a sheet says so.
 */
import type { Finding, IndicatorTable, SheetGrid } from '../model';
import { InputError } from '../errors';
import { cellAddress, quoteSheetName } from '../a1';
import { finding } from '../catalogue';

/** True when the cell is inside a table: its title or header row to its last row, its header row's first to last filled column. */
function inTable(grid: SheetGrid, t: IndicatorTable, r: number, c: number): boolean {
  if (r < (t.titleRow ?? t.headerRow) || r > t.lastRow) return false;
  let first = Infinity;
  let last = -1;
  for (const hr of [t.headerRow, t.subHeaderRow]) {
    if (hr === null) continue;
    const row = grid.values[hr] ?? [];
    for (let k = 0; k < row.length; k++)
      if (row[k] !== null && row[k] !== '') {
        first = Math.min(first, k);
        last = Math.max(last, k);
      }
  }
  return c >= first && c <= last;
}

/**
 * The refusal where a formula with no saved result is in a cell the product reads or writes (null where none
 * is), and a Note for each sheet holding such formulas only elsewhere.
 * @param supportSheets the Targets and Last year sheets' names, where read
 */
export function uncalculatedCells(
  grids: readonly SheetGrid[],
  tables: readonly IndicatorTable[],
  supportSheets: readonly (string | null)[],
): { refusal: InputError | null; notes: Finding[] } {
  const notes: Finding[] = [];
  for (const grid of grids) {
    const cells = grid.uncalculated;
    if (!cells || cells.length === 0) continue;
    const own = tables.filter((t) => t.sheet === grid.name);
    const support = supportSheets.includes(grid.name);
    const read = cells.find(([r, c]) => support || own.some((t) => inTable(grid, t, r, c)));
    if (read)
      return {
        refusal: new InputError(
          `${quoteSheetName(grid.name)}!${cellAddress(read[0], read[1])} holds a formula whose result was never saved (the file was made by a program that does not calculate): open the workbook in Excel, save it, and try again.`,
        ),
        notes: [],
      };
    notes.push(
      finding({
        kind: 'uncalculated-outside-tables',
        at: { sheet: grid.name, row: cells[0][0], col: cells[0][1] },
        ref: null,
        sheet: grid.name,
        cell: cellAddress(cells[0][0], cells[0][1]),
        count: cells.length,
      }),
    );
  }
  return { refusal: null, notes };
}
