/**
 * Following the owned cells by identity (issue 8): each owned cell is known by its sheet's stable id,
 * its indicator (ref, or name where there is none) and its column role, so that after the analyst
 * inserts or deletes rows, renames a sheet or moves a column, undo and rescoring find the cell where
 * that indicator and role now are, not at the address the scoring wrote to.
 */
import type { IndicatorRow, IndicatorTable, SheetGrid } from '../model';
import { rowKey } from '../read/support-sheets';
import { sameSheetName } from '../a1';
import { OWNED_ROLES as ROLES, type OwnedRole } from '../plan/types';
import type { JournalCell } from './state';

/**
 * "ref:cyp-41", or "name:…" where the row has no ref (case and spacing ignored, as the reader does: the
 * row's own key, `rowKey`, where it is its ref's, not worked out again, issue 11).
 */
function baseIdentity(row: IndicatorRow): string {
  const ref = row.ref;
  return ref && ref.trim() ? `ref:${rowKey(row)}` : `name:${normIdentity(row.name)}`;
}

/** Trimmed, lower case, white space as single spaces. */
function normIdentity(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Where one indicator is now: its row and its table's owned columns. */
export interface IndicatorPlace {
  row: number;
  columns: Partial<Record<OwnedRole, number>>;
}

/** One sheet as it is now: its name, id, and its indicators by identity. */
export interface SheetPlaces {
  name: string;
  id?: string;
  indicators: Map<string, IndicatorPlace>;
  /**
   * The indicator at each row (the inverse of `indicators`), indexed by row: an array, not a map — the
   * rows of a sheet's tables are mostly consecutive, and a map of 50,000 rows cost a hash and a few
   * cache misses per look-up (issue 11). Undefined at a row of no indicator.
   */
  byRow: (string | undefined)[];
}

/**
 * Every sheet's indicators by identity, in the tables as read. A ref repeated on a sheet is told
 * apart by its order ("ref:cyp-41#2" is the second).
 */
export function sheetPlaces(grids: SheetGrid[], tables: IndicatorTable[]): SheetPlaces[] {
  const out = new Map<string, SheetPlaces>();
  for (const g of grids)
    out.set(g.name, {
      name: g.name,
      ...(g.id !== undefined ? { id: g.id } : {}),
      indicators: new Map(),
      byRow: [],
    });
  for (const t of tables) {
    const sheet = out.get(t.sheet);
    if (!sheet) continue;
    const columns: Partial<Record<OwnedRole, number>> = {};
    for (const role of ROLES) if (t.columns[role] !== undefined) columns[role] = t.columns[role];
    for (let i = 0; i < t.rows.length; i++) {
      const r = t.rows[i];
      const base = baseIdentity(r);
      let id = base;
      for (let n = 2; sheet.indicators.has(id); n++) id = `${base}#${n}`;
      sheet.indicators.set(id, { row: r.row, columns });
      sheet.byRow[r.row] = id;
    }
  }
  return [...out.values()];
}

/** The place a journal cell has now, or why it has none. */
export type Located =
  | { kind: 'found'; sheet: string; row: number; col: number }
  /** Its sheet, row or column was deleted: there is no cell to put back. */
  | { kind: 'gone'; why: 'sheet' | 'indicator' | 'column' };

/** A journal sheet as recorded: its name and id at the scoring. */
interface RecordedSheet {
  name: string;
  id?: string;
}

/**
 * The sheet a journal's sheet is now: the sheet with its id; else (a journal from the other front end,
 * whose ids differ) the sheet of the same name; else the one sheet holding every one of its indicators.
 * Null when none is (the sheet was deleted).
 */
export function findSheet(recorded: RecordedSheet, indicators: string[], sheets: SheetPlaces[]): SheetPlaces | null {
  if (recorded.id !== undefined) {
    const byId = sheets.find((s) => s.id === recorded.id);
    if (byId) return byId;
  }
  const byName = sheets.find((s) => sameSheetName(s.name, recorded.name));
  if (byName) return byName;
  if (indicators.length === 0) return null;
  const holding = sheets.filter((s) => indicators.every((i) => s.indicators.has(i)));
  return holding.length === 1 ? holding[0] : null;
}

/** Locates every cell of a journal in the sheets as they are now (a /1 cell, without identity, stays at its address). */
export function locateCells(
  cells: JournalCell[],
  sheets: SheetPlaces[],
  parse: (a1: string) => { row: number; col: number } | null,
): Located[] {
  const groups = new Map<string, { recorded: RecordedSheet; indicators: Set<string> }>();
  const groupKey = (c: JournalCell) => `${c.sheet}\u0000${c.sheetId ?? ''}`;
  for (const c of cells) {
    const k = groupKey(c);
    const g = groups.get(k) ?? {
      recorded: { name: c.sheet, ...(c.sheetId !== undefined ? { id: c.sheetId } : {}) },
      indicators: new Set<string>(),
    };
    if (c.indicator !== undefined) g.indicators.add(c.indicator);
    groups.set(k, g);
  }
  const found = new Map<string, SheetPlaces | null>();
  for (const [k, g] of groups) found.set(k, findSheet(g.recorded, [...g.indicators], sheets));
  return cells.map((c): Located => {
    const sheet = found.get(groupKey(c));
    if (!sheet) return { kind: 'gone', why: 'sheet' };
    if (c.indicator === undefined || c.role === undefined) {
      const at = parse(c.cell);
      return at ? { kind: 'found', sheet: sheet.name, row: at.row, col: at.col } : { kind: 'gone', why: 'indicator' };
    }
    const place = sheet.indicators.get(c.indicator);
    if (!place) return { kind: 'gone', why: 'indicator' };
    const col = place.columns[c.role];
    if (col === undefined) return { kind: 'gone', why: 'column' };
    return { kind: 'found', sheet: sheet.name, row: place.row, col };
  });
}

/** The identity of an owned cell at (sheet, row) of the tables read now: its indicator, or undefined. */
export function indicatorAt(places: Map<string, SheetPlaces>, sheet: string, row: number): string | undefined {
  return places.get(sheet)?.byRow[row];
}
