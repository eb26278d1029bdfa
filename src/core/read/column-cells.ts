/**
 * The cells of a table's column: the rows under its header down to where the table ends, for the
 * header reader's looks at what a column holds (a "Benchmark" column of quartile words, a "Direction"
 * column of polarity words, a "Month" column naming each row's period, a later month with a figure).
 *
 * A table ends (as read/tables.ts ends it) after two blank rows in a row, or at the next table's header
 * row. *Why* (fresh-user check 8): two tables on one sheet, one blank row and a title between them, each
 * with a "CIPFA NN Quartile" column. The first table's column was walked on into the second table's
 * header, found the words "CIPFA NN Quartile" (no quartile), and was not read: every quartile of the
 * first table showed N/A, without a fill, and its indicators dropped out of the highlight tables. The
 * second table, whose walk met no other header, was read.
 */
import type { GridView } from './grid';
import type { HeaderReader } from './mapping';

/**
 * Whether `test` holds for a row of the table whose header ends at row `headerEnd` (0-based): rows are
 * walked down to two blank rows in a row or the next header row (`isAnotherHeader`), at most 1,000,
 * blank rows not asked; stops at the first that holds.
 */
export function someRowOfTable(
  grid: GridView,
  headerEnd: number,
  reader: HeaderReader,
  test: (row: number) => boolean,
  most = 1000,
): boolean {
  let blanks = 0;
  for (let r = headerEnd + 1; r < grid.rowCount && r <= headerEnd + most; r++) {
    if (grid.isBlankRow(r)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isAnotherHeader(grid, r, reader)) break;
    if (test(r)) return true;
  }
  return false;
}

/**
 * A row that heads a table of its own: it names the indicator column ("Indicator", "Measure", "KPI" …)
 * and at least one more column the reader knows (a ref, target, period …). Numbers count only for a
 * mapped reader (a month's date in the header), as in read/tables.ts `isHeaderRow`.
 */
export function isAnotherHeader(grid: GridView, row: number, reader: HeaderReader): boolean {
  let named = false;
  let others = 0;
  for (const c of grid.filledColumns(row)) {
    const v = grid.raw(row, c);
    if (typeof v === 'number' && !reader.mapped) continue;
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const role = reader.roleOf(v);
    if (role === null || role.kind === 'ignore') continue;
    if (role.kind === 'field' && role.field === 'name') named = true;
    else others++;
    if (named && others > 0) return true;
  }
  return false;
}
