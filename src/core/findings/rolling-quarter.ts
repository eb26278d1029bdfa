/**
 * The Note on quarters headed as rolling figures ("Q1 rolling | Q2 rolling"; read/rolling-quarter.ts): each
 * is read as its quarter's figure, a rolling year reported at that quarter, and DOT compares rolling years.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { columnLetters } from '../a1';
import { listed } from '../words';

/** One Note a table whose quarter columns are headed as rolling figures; none where there are none. */
export function rollingQuartersNote(table: IndicatorTable): Finding[] {
  const cols = table.rollingQuarterHeaders;
  if (cols === undefined || cols.length === 0) return [];
  const letters = cols.map((c) => columnLetters(c.col));
  const headers = cols.map((c) => `"${c.header.replace(/\s+/g, ' ')}"`);
  return [
    finding({
      kind: 'rolling-quarters-read',
      at: { sheet: table.sheet, row: table.headerRow, col: cols[0].col },
      ref: null,
      sheet: table.sheet,
      columns: listed(letters),
      headers: headers.join(', '),
      count: cols.length,
    }),
  ];
}
