/**
 * What every Note on a table's second column of one kind says and where it points (a second Target, a
 * second Apr: IndicatorTable.duplicates; findings/reading.ts and findings/standard-or-trajectory.ts).
 */
import type { IndicatorTable } from '../model';
import { columnLetters } from '../a1';
import type { At, SecondColumnFields } from '../catalogue';
import { quote } from '../words';
import { headerCellFields } from './header-cell';

/**
 * The fields a Note on the second column `d` of `table` shares with the others: the second column's header
 * cell (where it points), no ref, the sheet, the header row (1-based), and the letters and quoted headers of
 * the column used and the second one.
 */
export function secondColumnFields(
  table: IndicatorTable,
  d: IndicatorTable['duplicates'][number],
): { at: At; ref: null } & SecondColumnFields {
  return {
    ...headerCellFields(table, d.col),
    usedColumn: columnLetters(d.usedCol),
    usedHeader: quote(d.usedHeader),
    column: columnLetters(d.col),
    header: quote(d.header),
  };
}
