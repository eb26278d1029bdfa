/**
 * Quarter columns beside the months ("Apr | May | Jun | Q1 | Jul | Aug | Sep | Q2 …"; helper wording,
 * session 9: they went unread with no word said). A quarter column beside its months is the quarter's own
 * figure — the analyst's total or average of its months — so it is read into the row apart from the
 * months (`IndicatorRow.quarterFigures`) and compared with them (findings/quarter-columns.ts). The months
 * are scored where there are any; a quarter's column is scored only where that quarter's months are all
 * blank (nothing typed), the figure then standing for the quarter's last month as a quarterly table's does.
 */
import type { IndicatorRow, IndicatorTable, PeriodValue, QuarterNumber } from '../model';
import type { GridView } from './grid';
import { NO_FIGURE, readPeriodValue } from './values';

/**
 * Reads row `row`'s quarter columns (`table.quarterColumns`) into its `quarterFigures` (index 0 = Q1), and
 * puts a quarter's figure in its last month where its three months are blank, noting the quarter in
 * `quarterScored` (its column becomes that month's, for cell addresses and number formats).
 */
export function readQuarterFigures(grid: GridView, table: IndicatorTable, row: IndicatorRow): void {
  const columns = table.quarterColumns;
  if (!columns) return;
  const figures: PeriodValue[] = columns.map((c) =>
    c === null ? NO_FIGURE : readPeriodValue(grid.raw(row.row, c.col)),
  );
  row.quarterFigures = figures;
  for (let q = 1; q <= 4; q++) {
    const figure = figures[q - 1];
    const col = columns[q - 1]?.col;
    if (figure.kind !== 'number' || col === undefined) continue;
    let blank = true;
    for (let m = 3 * q - 2; m <= 3 * q; m++) {
      const p = row.periods[m - 1];
      if (p && !(p.kind === 'empty' && p.said === undefined)) blank = false;
    }
    if (!blank) continue;
    // The row's own copies: the periods and their columns may be shared (rows.ts periodColumnsOf).
    if (!row.quarterScored) {
      row.periods = [...row.periods];
      row.periodColumns = [...row.periodColumns];
      row.quarterScored = [];
    }
    row.periods[3 * q - 1] = figure;
    row.periodColumns[3 * q - 1] = col;
    row.quarterScored.push(q as QuarterNumber);
    row.shown = undefined; // how its figures are shown is worked out again (number-formats.ts)
  }
}
