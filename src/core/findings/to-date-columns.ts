/**
 * The columns a table does not recognise as one of its fields, less those it reads all the same: a "YTD"
 * or "Same period last year" column is read on every row as the figure to date and last year's for the same
 * months (read/rows.ts `withToDate`, evidence for the month-share rule), so the partly-recognised Note
 * listing it as "not recognised" told the analyst the product ignored what it used (fresh user 6, session 11).
 * Such a column is named among what was recognised instead.
 */
import type { IndicatorTable } from '../model';
import { toDateColumns } from '../read/rows';
import { quote } from '../words';

/**
 * `unrecognised`: `table.unrecognised` without the to-date columns the rows are read from (the same array
 * when there are none); `used`: those columns as the Note names them, `figure to date ("YTD")`.
 */
export function toDateColumnsUsed(table: IndicatorTable): {
  unrecognised: IndicatorTable['unrecognised'];
  used: string[];
} {
  if (table.unrecognised.length === 0) return { unrecognised: table.unrecognised, used: [] };
  const cols = toDateColumns(table);
  if (cols.toDate === undefined && cols.lastYearToDate === undefined)
    return { unrecognised: table.unrecognised, used: [] };
  const used: string[] = [];
  if (cols.toDate) used.push(`figure to date (${quote(cols.toDate.header)})`);
  if (cols.lastYearToDate) used.push(`last year's to date (${quote(cols.lastYearToDate.header)})`);
  const taken = [cols.toDate?.col, cols.lastYearToDate?.col];
  return { unrecognised: table.unrecognised.filter((u) => !taken.includes(u.col)), used };
}
