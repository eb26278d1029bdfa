/**
 * What the product keeps in the workbook, readable by both the add-in and the command line:
 * the settings (quarter, tolerance, column mapping), the list of sheets it generated, and the undo
 * journal of the last scoring. Stored on a very hidden sheet as key / value rows; long JSON values
 * are split over several rows of the same key (a cell holds at most 32,767 characters).
 */
import type { CellValue, QuarterNumber, Settings } from '../model';
import { InputError } from '../errors';
import type { SheetContent } from '../plan/types';

export const STATE_SHEET = 'Scorecard_State';
export const STATE_FORMAT = 'performance-scorecard-state/1';
const CHUNK = 30000;

/** The formatting the product sets on the cells it owns, as read back before writing (for undo). */
export interface OwnedFormat {
  numberFormat: string;
  /** RRGGBB, or null for no fill. */
  fill: string | null;
  /** RRGGBB, or null for automatic. */
  fontColor: string | null;
}

export interface CellSnapshot {
  value: CellValue;
  /** The cell's formula (starting "="), when it holds one rather than a typed value. */
  formula?: string;
  format: OwnedFormat;
}

export interface JournalCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  before: CellSnapshot;
  /** The value the scoring wrote (what the cell holds while the analyst leaves it alone). */
  afterValue: CellValue;
  /** What the analyst had typed before the product first wrote the cell (for the typed-value checks). */
  original: CellValue;
}

export interface ProductSheet {
  name: string;
  role: SheetContent['role'];
  quarter: QuarterNumber;
  /** Fingerprint of the content written, to know when regenerating would change nothing. */
  fingerprint: string;
}

export interface Journal {
  /** ISO time of the scoring, and which front end did it. */
  at: string;
  by: 'add-in' | 'command line';
  quarter: string;
  cells: JournalCell[];
  /** Sheets the scoring created: undo deletes them. */
  created: string[];
  /** Sheets the scoring regenerated: the previous content waits on a very hidden backup sheet. */
  replaced: { name: string; backup: string }[];
  /** The list of product sheets before the scoring. */
  productSheetsBefore: ProductSheet[];
  /** The settings before the scoring: undo puts them back too (absent in journals of version 0.1). */
  settingsBefore?: Settings;
}

export interface WorkbookState {
  settings: Settings;
  productSheets: ProductSheet[];
  journal: Journal | null;
}

export function defaultState(): WorkbookState {
  return { settings: { quarter: null, tolerancePct: 5, mapping: null }, productSheets: [], journal: null };
}

/** The state as rows of the state sheet: [key, value] pairs, long values split over rows. */
export function encodeState(state: WorkbookState): string[][] {
  const rows: string[][] = [
    ['Performance Scorecard keeps its settings and undo journal here. Written by the add-in and the scorecard command: please do not edit.', ''],
    ['format', STATE_FORMAT],
  ];
  const put = (key: string, value: unknown) => {
    const text = JSON.stringify(value);
    let i = 0;
    do {
      let end = Math.min(i + CHUNK, text.length);
      // Never between the two halves of a character outside the BMP (an emoji): a cell cannot keep half.
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
      rows.push([key, text.slice(i, end)]);
      i = end;
    } while (i < text.length);
  };
  put('settings', state.settings);
  put('productSheets', state.productSheets);
  put('journal', state.journal ? compactJournal(state.journal) : null);
  return rows;
}

/** Reads the state sheet's values; a missing sheet gives the default state. */
export function decodeState(values: CellValue[][] | null): WorkbookState {
  if (!values) return defaultState();
  const parts = new Map<string, string>();
  for (const row of values) {
    const key = row[0];
    if (typeof key !== 'string' || row.length < 2) continue;
    const v = row[1] === null || row[1] === undefined ? '' : String(row[1]);
    parts.set(key, (parts.get(key) ?? '') + v);
  }
  const format = parts.get('format');
  if (format === undefined) {
    // Issue 8: not the product's sheet (a sheet of the analyst's with this name), or one whose format line is gone.
    throw new InputError(`The sheet '${STATE_SHEET}' was not written by Performance Scorecard, which keeps its settings under that name: if it is a sheet of yours, rename it (right-click its tab > Rename); if it is hidden, remove it with the command line's "scorecard reset-state <workbook.xlsx>". Then try again.`);
  }
  if (format !== STATE_FORMAT) {
    throw new InputError(`The ${STATE_SHEET} sheet was written by a newer or unknown version of Performance Scorecard (${format ?? 'no format'}); update the add-in or the scorecard command.`);
  }
  try {
    const state = defaultState();
    const settings = parts.get('settings');
    if (settings) state.settings = { ...state.settings, ...(JSON.parse(settings) as Settings) };
    const sheets = parts.get('productSheets');
    if (sheets) state.productSheets = JSON.parse(sheets) as ProductSheet[];
    const journal = parts.get('journal');
    if (journal) state.journal = expandJournal(JSON.parse(journal) as CompactJournal | null);
    return state;
  } catch {
    // Excel's own menus cannot show or delete a very hidden sheet (issue 8): say how it can be removed.
    throw new InputError(`The ${STATE_SHEET} sheet is damaged (its settings cannot be read) and must be removed before this workbook is scored again: run "scorecard reset-state <workbook.xlsx>", or in Excel for Windows or Mac press Alt+F11, pick ${STATE_SHEET} in the Project pane, set its Visible property to "-1 - xlSheetVisible", close the editor and delete the sheet (the saved settings and the undo of the last scoring are lost either way).`);
  }
}

/**
 * The journal as stored: cells as short tuples, sheet names and formats by index, so that a
 * workbook of 50,000 indicators keeps a journal of a few megabytes:
 *   [sheet, cell, beforeValue, format, afterValue, original?, formula?]
 * (original is left out when it equals beforeValue and there is no formula).
 */
interface CompactJournal extends Omit<Journal, 'cells'> {
  sheets: string[];
  formats: [string, string | null, string | null][];
  cells: (string | number | boolean | null)[][];
}

function compactJournal(j: Journal): CompactJournal {
  const sheets: string[] = [];
  const formats: CompactJournal['formats'] = [];
  const sheetIndex = new Map<string, number>();
  const formatIndex = new Map<string, number>();
  const index = <K>(map: Map<string, number>, list: K[], key: string, item: K) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(item);
      map.set(key, i);
    }
    return i;
  };
  const cells = j.cells.map((c) => {
    const f = c.before.format;
    const fi = index(formatIndex, formats, JSON.stringify([f.numberFormat, f.fill, f.fontColor]), [f.numberFormat, f.fill, f.fontColor] as [string, string | null, string | null]);
    const si = index(sheetIndex, sheets, c.sheet, c.sheet);
    const tuple: (string | number | boolean | null)[] = [si, c.cell, c.before.value, fi, c.afterValue];
    if (c.before.formula !== undefined) tuple.push(c.original, c.before.formula);
    else if (c.original !== c.before.value) tuple.push(c.original);
    return tuple;
  });
  const { cells: _omit, ...rest } = j;
  return { ...rest, sheets, formats, cells };
}

function expandJournal(c: CompactJournal | null): Journal | null {
  if (!c) return null;
  const { sheets, formats, cells, ...rest } = c;
  return {
    ...rest,
    cells: cells.map((t) => {
      const [numberFormat, fill, fontColor] = formats[t[3] as number];
      const before: CellSnapshot = { value: t[2], format: { numberFormat, fill, fontColor } };
      if (t.length >= 7) before.formula = String(t[6]);
      return { sheet: sheets[t[0] as number], cell: String(t[1]), before, afterValue: t[4], original: t.length >= 6 ? t[5] : t[2] };
    }),
  };
}
