/**
 * Rows with no figure this year at all in a table whose other rows have figures: counted as data gaps,
 * but often annual measures (a benchmark published once a year) that a Frequency column would make "Not
 * yet due" in the quarters before their figure. One Check per table naming them, with that fix
 * (fresh-user check 7, item 2: ECON2, SW5, ENV7a had no 2025/26 figure and no word on them; the annual
 * LGBF rows whose Comments opened "Annual" are read so by read/comment-frequency.ts).
 *
 * Only for rows whose cells are all blank or "-" (words there have their own findings). Not for a row already read as annual (a Frequency cell, its name, its comment), nor for a table with no
 * figure at all (its own refusal or the quarter's finding says so).
 */
import { finding } from '../catalogue';
import type { Finding, IndicatorTable } from '../model';
import { who } from '../words';

/** The table's Check, or none. */
export function noFigureThisYearFindings(table: IndicatorTable): Finding[] {
  const none: string[] = [];
  let first: IndicatorTable['rows'][number] | null = null;
  let anyFigure = false;
  for (const row of table.rows) {
    const has = row.periods.some((p) => p.kind === 'number');
    // Cells that say why ("Data collection suspended", "n/a") have their own findings: only rows left blank or "-".
    const silent = row.periods.every((p) => p.kind === 'empty' && p.said === undefined);
    if (has) anyFigure = true;
    else if (!row.annual && silent) {
      none.push(who(row));
      first ??= row;
    }
  }
  if (!anyFigure || first === null) return [];
  return [
    finding({
      kind: 'no-figure-this-year',
      at: { sheet: first.sheet, row: first.row, col: table.columns.name ?? table.columns.ref ?? 0 },
      ref: none.length === 1 ? first.ref : null,
      names: none.join(', '),
      count: none.length,
    }),
  ];
}
