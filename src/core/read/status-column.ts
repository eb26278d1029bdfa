/**
 * Whose a Status / RAG column is (analyst's item 1). A council analyst's own RAG column ("RAG",
 * "Status", "RAG status") holds their typed words — "Amber", "G", "On track" — and a typed RAG may be a
 * judgement: an override carrying context the figures do not (a figure known to be revised, a target
 * agreed to be out of date). The product used to write its own words over them and fill the blanks.
 *
 * Decided on the column as the analyst typed it (the grid read through the journal: a cell still showing
 * what the product wrote is read as what it held before — state/run.ts, analystGrids) and on the cells
 * the product wrote over something at the last scoring and that still show it (`productStatusCells`):
 * - **the analyst's**, when it holds typed words and the product never wrote it: nothing is written in it,
 *   blanks stay blank, a Note on its header says so, and each typed status the figures disagree with is
 *   a Check ("… It is kept as you typed it");
 * - **handed back**, when the product wrote over typed words (a workbook scored by an earlier version):
 *   those cells get the analyst's words back (and the blanks it filled are cleared), with a Note; from
 *   then on it is the analyst's, as above;
 * - **the product's**, when it is empty, or the product filled it from empty: written at each scoring. A
 *   cell of it the analyst has typed over since is theirs: left as typed, with a Check where it disagrees.
 * A column the mapping names as `status` follows the same rules (the mapping says what it is, not whose).
 */
import type { Finding, IndicatorTable, SheetGrid } from '../model';
import { finding } from '../catalogue';
import { cellText } from './values';

/** The key of a Status cell in `productStatusCells`: sheet, 0-based row and column. */
export function statusCellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/**
 * Marks the rows of `table` whose Status cell is not the product's to write (`IndicatorRow.statusOwner`)
 * and gives the Note for a column of the analyst's; null when the column is the product's or there is none.
 * @param grid the sheet as the analyst typed it (analystGrids)
 * @param productStatusCells the Status cells the last scoring wrote, still showing it (statusCellKey):
 *   'written' over something else, 'handedBack' (the analyst's words written back over the product's)
 * Mutates the table's rows.
 */
export function statusColumnOwner(
  table: IndicatorTable,
  grid: SheetGrid,
  productStatusCells: ReadonlyMap<string, 'written' | 'handedBack'> | undefined,
): Finding | null {
  const col = table.columns.status;
  if (col === undefined) return null;
  const typed = (row: number) => cellText(grid.values[row]?.[col] ?? null).trim() !== '';
  const by = (row: number) => productStatusCells?.get(statusCellKey(table.sheet, row, col));
  let written = 0;
  let writtenOverTyped = 0;
  let handedBack = 0;
  let anyTyped = false;
  for (const r of table.rows) {
    const w = by(r.row);
    const t = typed(r.row);
    if (w === 'written') written++;
    if (w === 'written' && t) writtenOverTyped++;
    if (w === 'handedBack') handedBack++;
    if (t) anyTyped = true;
  }
  const header = cellText(grid.values[table.headerRow]?.[col] ?? null).trim() || 'Status';
  const at = { sheet: table.sheet, row: table.headerRow, col };
  if (writtenOverTyped > 0) {
    // An earlier version wrote over the analyst's words: every cell it wrote gets what was there back.
    for (const r of table.rows) r.statusOwner = by(r.row) === 'written' ? 'handBack' : 'analyst';
    return finding({ kind: 'status-column-handed-back', at, ref: null, sheet: table.sheet, header, cells: written });
  }
  if (handedBack > 0) {
    // The last scoring handed the column back: the analyst's, with the same Note while that scoring is
    // the last (so that scoring again with nothing changed changes nothing, the Findings sheet included).
    for (const r of table.rows) r.statusOwner = 'analyst';
    return finding({ kind: 'status-column-handed-back', at, ref: null, sheet: table.sheet, header, cells: handedBack });
  }
  if (written > 0) {
    // The product's column: a cell the analyst has typed over since is theirs.
    for (const r of table.rows) if (by(r.row) === undefined && typed(r.row)) r.statusOwner = 'analyst';
    return null;
  }
  if (!anyTyped) return null;
  for (const r of table.rows) r.statusOwner = 'analyst';
  // A column of RAG bands in words is the analyst's too, and its own Note says so (rag-bands.ts).
  if (table.ragBands?.col === col) return null;
  return finding({ kind: 'status-column-not-owned', at, ref: null, sheet: table.sheet, header });
}
