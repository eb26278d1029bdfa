/**
 * The fields every finding about a table's header row carries (session 14: the same four lines were written
 * out in nine findings; read/budget-lines.ts keeps its own, as core/read may not import findings): the header
 * cell as `at` (0-based row and column, as the model's cells are), no ref, the sheet's name, and the header
 * row's number as the analyst sees it (1-based).
 */
import type { IndicatorTable } from '../model';

/** `{ at, ref: null, sheet, headerRow }` for `table`'s header cell in column `col` (0-based; 0, column A, by default). */
export function headerCellFields(
  table: Pick<IndicatorTable, 'sheet' | 'headerRow'>,
  col = 0,
): { at: { sheet: string; row: number; col: number }; ref: null; sheet: string; headerRow: number } {
  return {
    at: { sheet: table.sheet, row: table.headerRow, col },
    ref: null,
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
  };
}
