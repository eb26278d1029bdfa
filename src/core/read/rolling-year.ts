/**
 * A rolling year beside the months ("Apr-25 … Sep-25 | Rolling 12 months to Sep-25": fresh user 12's
 * police pack). A rolling year's figure is its own figure — the 12 months to that month — not the month's:
 * read as a second September column, it raised a Check on each of five sheets ("column K … is a second Sep
 * column; column J is used"), a Check about nothing the analyst had got wrong (session 13).
 *
 * Decisions:
 * - **Beside month columns of its table**, a rolling-year column is not read as a period: the months are the
 *   table's figures, and the rolling year is a caveat column, known (read/known-columns.ts: no mapping asked
 *   for, no "not recognised" Note, no Check).
 * - **A row with no figure for the quarter in its months** but one in the rolling year (a charge rate "TBC"
 *   for September, 10.9% over the 12 months) is **not** scored on it: a rolling year to September is three
 *   quarters earlier months and one of this quarter's, a target set for the months' figures is not one for a
 *   year's, and DOT would compare a year with a month. The row stays a data gap, and a Note says the rolling
 *   year was there and why it was not used (findings/rolling-year.ts), and how to score on it (map it).
 * - **A table whose only period columns are rolling years** ("Rolling 12 months to Jun-25 | Rolling 12
 *   months to Sep-25") is read as before: each is the figure for the month it ends with — every row's
 *   figure is a rolling year, like with like, and that is how police and fire services report their
 *   quarter's position (read/headers.ts).
 */
import type { ColumnRole, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { readNumber } from './values';
import { isTimeFormat } from './number-formats';
import { figure } from '../words';

/**
 * A rolling year's header: "Rolling 12 months to Sep-25", "12 months ending Sep 2025", "R12M to Sep", "Year
 * to Jun-25", "Rolling 12 months", "R12M"; not "Year to date" nor "12 months to date" (a figure to date).
 */
export const ROLLING_YEAR_HEADER =
  /^\s*(?:rolling\s+)?(?:12\s+months?|twelve\s+months|year|r12m?)\s+(?:to|ending|ended)\b(?!\s*date\b)|^\s*rolling\s+(?:12\s+months?|twelve\s+months|year)\s*$|^\s*r12m\s*$/i;

/**
 * Month columns headed as rolling years where the table has month columns of its own too: their roles
 * taken away (`roles` changed in place), so they are not a second month. Returns the columns taken.
 */
export function rollingYearsBesideMonths(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
): number[] {
  const text = (c: number) => grid.text(row, c) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, c));
  const rolling: number[] = [];
  let plain = 0;
  for (const [c, r] of roles) {
    if (r.kind !== 'month') continue;
    if (ROLLING_YEAR_HEADER.test(text(c))) rolling.push(c);
    else plain++;
  }
  if (rolling.length === 0 || plain === 0) return [];
  for (const c of rolling) roles.delete(c);
  return rolling;
}

/** The table's rolling-year column left unread (among its unrecognised columns), by table. */
const rollingOfTable = new WeakMap<IndicatorTable, { col: number; header: string } | null>();

function rollingColumn(table: IndicatorTable): { col: number; header: string } | null {
  let found = rollingOfTable.get(table);
  if (found === undefined) {
    found = table.unrecognised.find((u) => ROLLING_YEAR_HEADER.test(u.header)) ?? null;
    rollingOfTable.set(table, found);
  }
  return found;
}

/**
 * A row's figure in the table's rolling-year column left unread (its first), or undefined where there is
 * none: for the Note on a row with no figure for the quarter (findings/rolling-year.ts). `text`: the figure
 * as the cell shows it (a percentage format as a percentage; a time format, whose fraction of a day says
 * nothing to the reader, as '').
 */
export function rollingYearOf(
  grid: GridView,
  table: IndicatorTable,
  r: number,
): { col: number; header: string; value: number; text: string } | undefined {
  if (table.unrecognised.length === 0) return undefined;
  const column = rollingColumn(table);
  if (column === null) return undefined;
  const raw = grid.raw(r, column.col);
  const value = readNumber(raw);
  if (value === null) return undefined;
  const format = grid.formatOf(r, column.col);
  const text =
    typeof raw === 'string'
      ? raw.trim()
      : format && isTimeFormat(format)
        ? ''
        : format && format.includes('%')
          ? `${figure(Number((value * 100).toPrecision(12)))}%`
          : figure(value);
  return { ...column, value, text };
}
