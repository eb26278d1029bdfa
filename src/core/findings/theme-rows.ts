/**
 * The sub-heading rows of a table on one of several parallel sheets (one sheet per subsidiary or business
 * unit: read/parallel-sheets.ts), said in one Note: they are the pack's themes ("Homes", "Tenants",
 * "Neighbourhoods", "Finance"), and the indicators under them are counted under the sheet's priority.
 * One Note per band row, on every subsidiary's sheet, was twelve Notes saying the same (fresh user 6, session 11).
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { listed, quote } from '../words';

/** The Note for a table's sub-headings, or none. */
export function themeRowsNote(table: IndicatorTable): Finding[] {
  const rows = (table.skippedRows ?? []).filter((s) => s.why === 'subheading');
  if (rows.length === 0) return [];
  const numbers = rows.map((s) => s.row + 1);
  const texts = rows.slice(0, 6).map((s) => quote(s.text));
  return [
    finding({
      kind: 'theme-rows',
      at: { sheet: table.sheet, row: rows[0].row, col: 0 },
      ref: null,
      sheet: table.sheet,
      rows: numbers.length === 1 ? `row ${numbers[0]}` : `rows ${listed(numbers.map(String))}`,
      texts: texts.join(', ') + (rows.length > texts.length ? ' …' : ''),
      one: rows.length === 1,
      priority: table.priorityName,
    }),
  ];
}
