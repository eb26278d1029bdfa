/**
 * The cells a scoring will likely own on one sheet, known from that sheet's grid alone — so that the
 * add-in can read their "before" picture in the same requests as the rest of the workbook, instead of
 * in requests of their own once every sheet is read and scored (issue 11 item 2).
 */
import type { RunOverrides } from './run';
import { productSheetNames, unlistedProductSheets } from './run';
import type { ColumnMapping, IndicatorTable, SheetGrid } from '../model';
import type { WorkbookState } from './state';
import { readWorkbook } from '../read/workbook';
import { sameMapping } from '../read/mapping';

/** A column block of one sheet: rows `top` to `bottom` (0-based, inclusive) of column `col`. */
export interface OwnedBlock {
  col: number;
  top: number;
  bottom: number;
}

/**
 * One sheet's guess and the tables it was made from, handed back to `prepareRun` so that the tables
 * are not found a second time (issue 11 item 2): they stand in for the sheet's tables where prepareRun
 * follows the last scoring's cells to where their indicators are now (`currentPlaces`) — only for a
 * grid the same as the one they were found in (`sameGridForTables`) and when they were found with the
 * mapping and the product's sheets that the saved state gives.
 */
export interface SheetAhead {
  /** The grid the tables were found in. */
  grid: SheetGrid;
  blocks: OwnedBlock[];
  tables: IndicatorTable[];
  /** The column mapping the tables were found with, and the sheets skipped as the product's. */
  mapping: ColumnMapping | null;
  skipSheets: string[];
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
  return sheetAhead(grid, state, overrides).blocks;
}

/** ownedBlocksAhead's blocks with the tables they come from (see SheetAhead), for prepareRun. */
export function sheetAhead(grid: SheetGrid, state: WorkbookState, overrides: RunOverrides = {}): SheetAhead {
  const mapping = (overrides.mapping !== undefined ? overrides.mapping : state.settings.mapping) ?? null;
  const quarter = overrides.quarter !== undefined ? overrides.quarter : state.settings.quarter;
  const unlisted = unlistedProductSheets([grid], state);
  const skipSheets = [...productSheetNames(state), ...unlisted.named, ...unlisted.quiet];
  const read = readWorkbook([grid], { mapping, quarter, skipSheets });
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
  return { grid, blocks, tables: read.tables, mapping, skipSheets };
}

/**
 * Whether a sheet's tables found in `a` are those `b` holds: everything table finding reads of a grid
 * (GridView, inDateSystem1900) is the same — its name, the very values array (the adapter hands the
 * same one on), number formats, merged areas, the date system and whether it is hidden.
 */
export function sameGridForTables(a: SheetGrid, b: SheetGrid): boolean {
  const json = (x: unknown) => JSON.stringify(x ?? null);
  return (
    a.name === b.name &&
    a.values === b.values &&
    (a.hidden === true) === (b.hidden === true) &&
    (a.date1904 === true) === (b.date1904 === true) &&
    (a.numberFormats === b.numberFormats || json(a.numberFormats) === json(b.numberFormats)) &&
    json(a.merges?.length ? a.merges : null) === json(b.merges?.length ? b.merges : null)
  );
}

/**
 * Whether a guess made before the state sheet was read (with an empty state and the run's overrides)
 * is the one the state gives: the same column mapping, and its sheet not one of the product's. The
 * quarter is not compared: it changes only which month a value column headed "Actual" holds, not a
 * table's rows or owned columns.
 */
export function guessStands(guess: SheetAhead, state: WorkbookState, overrides: RunOverrides = {}): boolean {
  const mapping = (overrides.mapping !== undefined ? overrides.mapping : state.settings.mapping) ?? null;
  return sameMapping(mapping, guess.mapping) && !productSheetNames(state).includes(guess.grid.name);
}
