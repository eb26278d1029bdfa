/**
 * A column of a table found by its header's words alone, once a table: the Unit column (unit-column.ts), the
 * Comments column (comment-frequency.ts). Read for one purpose each; the column is not written.
 */
import type { IndicatorTable } from '../model';
import type { GridView } from './grid';
import { normaliseText } from './values';
import { headerInEnglish } from './welsh';

/**
 * A finder of a table's first column (0-based) whose header, normalised (read/values.ts `normaliseText`:
 * lower case, spaces collapsed), matches `header`; null when none. Each table's answer is remembered, so a
 * reader asking once per row scans the header row once (issue 11: not a header scan per row).
 */
export function headedColumnFinder(header: RegExp): (grid: GridView, table: IndicatorTable) => number | null {
  const found = new WeakMap<IndicatorTable, number | null>();
  return (grid, table) => {
    let col = found.get(table);
    if (col !== undefined) return col;
    col = null;
    for (const c of grid.filledColumns(table.headerRow)) {
      const raw = grid.raw(table.headerRow, c);
      // A Welsh council's "Sylwadau / Notes" by its English words (welsh.ts).
      const english = typeof raw === 'string' ? headerInEnglish(raw) : null;
      if (header.test(normaliseText(raw)) || (english !== null && header.test(normaliseText(english)))) {
        col = c;
        break;
      }
    }
    found.set(table, col);
    return col;
  };
}
