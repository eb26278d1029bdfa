/**
 * The cells a scoring will likely own on one sheet, known from that sheet's grid alone — so that the
 * add-in can read their "before" picture in the same requests as the rest of the workbook, instead of
 * in requests of their own once every sheet is read and scored (issue 11 item 2).
 */
import type { RunOverrides } from './run';
import { productSheetNames } from './run';
import type { SheetGrid } from '../model';
import type { WorkbookState } from './state';
import { readWorkbook } from '../read/workbook';

/** A column block of one sheet: rows `top` to `bottom` (0-based, inclusive) of column `col`. */
export interface OwnedBlock {
  col: number;
  top: number;
  bottom: number;
}

/** The owned columns of a table (ownedCellsOf's): variance, status, DOT, trend and quartile. */
const OWNED_FIELDS = ['variance', 'status', 'dot', 'trend', 'quartile'] as const;

/**
 * The owned column blocks of one sheet's indicator tables, read with the run's column mapping (the
 * analyst's override, else the saved one): every indicator row of every owned column, consecutive rows
 * joined. A superset of what `prepareRun` gives as `ownedCells` for the sheet (it leaves out rows it
 * cannot score and cells merged away), and empty for the product's own sheets, hidden sheets and
 * support sheets. A guess only: the adapter reads any owned cell it missed afterwards.
 */
export function ownedBlocksAhead(grid: SheetGrid, state: WorkbookState, overrides: RunOverrides = {}): OwnedBlock[] {
  const mapping = overrides.mapping !== undefined ? overrides.mapping : state.settings.mapping;
  const quarter = overrides.quarter !== undefined ? overrides.quarter : state.settings.quarter;
  const read = readWorkbook([grid], { mapping, quarter, skipSheets: productSheetNames(state) });
  const blocks: OwnedBlock[] = [];
  for (const table of read.tables) {
    const rows = table.rows.map((r) => r.row).sort((a, b) => a - b);
    for (const field of OWNED_FIELDS) {
      const col = table.columns[field];
      if (col === undefined) continue;
      for (const row of rows) {
        const last = blocks[blocks.length - 1];
        if (last && last.col === col && last.bottom + 1 === row) last.bottom = row;
        else if (!(last && last.col === col && last.bottom >= row)) blocks.push({ col, top: row, bottom: row });
      }
    }
  }
  return blocks;
}
