/**
 * What the product keeps in the workbook, readable by both the add-in and the command line:
 * the settings (quarter, tolerance, column mapping), the list of sheets it generated, and the undo
 * journal of the last scoring. Stored on a very hidden sheet as key / value rows; long JSON values
 * are split over several rows of the same key (a cell holds at most 32,767 characters).
 */
import type { CellValue, QuarterNumber, Settings } from '../model';
import { InputError } from '../errors';
import { OWNED_ROLES as ROLES, type OwnedRole, type SheetContent } from '../plan/types';
import { packText, unpackText } from './pack';
import { defaultSettings } from '../settings';
import { cellsToColumns, columnsToCells, type CellColumns } from './journal-columns';
import { layoutOf, readLayout, storeLayout, type SheetLayout, type StoredLayout } from './sheet-layout';
import type { InputDigests, KeptInputs } from './inputs';

export const STATE_SHEET = 'Scorecard_State';
/**
 * The state's shape. /2 (issues 8 and 9): journal cells carry their sheet's identity, their indicator and
 * column role; regenerated sheets keep their previous content in the journal rather than on a backup sheet;
 * a journal is written before the changes it describes (`complete` false) and marked complete after.
 * /1 is still read (its journal is undone by address, its backups renamed back).
 */
export const STATE_FORMAT = 'performance-scorecard-state/3';
/**
 * /3 (issues 10 item 5 and 11 item 1): the state is small by construction — the journal's cells as
 * columns (journal-columns.ts), a generated sheet kept as its layout and a fingerprint of its values
 * (sheet-layout.ts), the values being in the sheet itself. /2 (the journal's cells as tuples, the
 * generated sheets' content packed in full) is still read, and so is /1.
 */
export const STATE_FORMAT_2 = 'performance-scorecard-state/2';
export const STATE_FORMAT_1 = 'performance-scorecard-state/1';
const CHUNK = 30000;

/** The formatting the product sets on the cells it owns, as read back before writing (for undo). */
export interface OwnedFormat {
  numberFormat: string;
  /** RRGGBB, or null for no fill. */
  fill: string | null;
  /** RRGGBB, or null for automatic. */
  fontColor: string | null;
  /**
   * Whether the cell shrank its text to fit (CellFormat.shrinkToFit), read only for the cells whose write
   * sets it (a zero target's words): absent where it was not read — every other cell, journals written
   * before it was kept, and the add-in below ExcelApi 1.9 — and then neither compared nor put back.
   */
  shrinkToFit?: boolean;
}

/**
 * A patterned fill as Office.js reads and writes it (ExcelApi 1.9, Excel.RangeFill pattern and
 * patternColor, https://learn.microsoft.com/javascript/api/excel/excel.rangefill): the pattern other
 * than "None" or "Solid" ("Gray25", …) drawn over the cell's fill colour, and its colour as RRGGBB
 * (absent when automatic).
 */
export interface OfficeFillPattern {
  pattern: string;
  patternColor?: string;
}

/**
 * A run of characters of a rich-text cell sharing one font, as Office.js reads and writes it (ExcelApi
 * 1.18, Excel.RangeTextRun, https://learn.microsoft.com/javascript/api/excel/excel.rangetextrun): its
 * text and its font's properties as Excel.CellPropertiesFont gives them (bold, color "#RRGGBB", italic,
 * name, size, strikethrough, subscript, superscript, tintAndShade, underline).
 */
export interface OfficeTextRun {
  text: string;
  font?: Record<string, string | number | boolean>;
}

/** A hyperlink as Office.js reads and writes it (Excel.RangeHyperlink): the parts set. */
export interface OfficeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellSnapshot {
  value: CellValue;
  /** The cell's formula (starting "="), when it holds one rather than a typed value. */
  formula?: string;
  /** True when the value is one of Excel's error values ("#N/A"), not text: undo puts the error back. */
  error?: true;
  format: OwnedFormat;
  /**
   * The cell exactly as one kind of adapter sees it, where the fields above lose something (issue 8
   * item 6): for ExcelJS, a hyperlink, rich text, an error, a formula with its cached result (an error
   * too), and fills and font colours by theme, index or pattern. Only that kind of adapter writes it
   * back; the other one puts back the fields above. For Office.js (kind 'office'), the cell's
   * hyperlink as Range.hyperlink / getCellProperties reads it (ExcelApi 1.7 / 1.9), and its fill pattern
   * (ExcelApi 1.9; absent in journals written before it was kept), and a rich-text cell's runs of
   * fonts (ExcelApi 1.18; only where the runs differ, absent before 1.18 and in older journals).
   */
  native?:
    | { kind: 'exceljs'; value?: unknown; style?: unknown }
    | { kind: 'office'; hyperlink?: OfficeHyperlink; fill?: OfficeFillPattern; textRuns?: OfficeTextRun[] };
}

export type { OwnedRole };

export interface JournalCell {
  /** The sheet's name at the scoring. */
  sheet: string;
  /**
   * The sheet's stable identity where the front end has one (Office.js `Worksheet.id`; ExcelJS's
   * worksheet id, the file's `sheetId`): it stays the same when the sheet is renamed or moved.
   */
  sheetId?: string;
  /** A1 address at the scoring. */
  cell: string;
  /** The indicator the cell belongs to ("ref:cyp-41", or "name:…" where there is no ref; "#2" for a repeat on the sheet). Absent in /1 journals. */
  indicator?: string;
  /** The owned column the cell is in. Absent in /1 journals. */
  role?: OwnedRole;
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
  /**
   * The content written (from /2): a later run that regenerates the sheet in place keeps it in its
   * journal, so undo can write it back into the same sheet. In memory after a run or an undo, and read
   * from /2 states; /3 states keep `layout` instead.
   */
  content?: SheetContent;
  /**
   * From /3: the content without its values, which the sheet itself holds (sheet-layout.ts); a later run
   * takes the values from the sheet as it reads it (`contentFromSheet`).
   */
  layout?: SheetLayout;
}

/** A product sheet a scoring regenerated. */
export interface ReplacedSheet {
  name: string;
  /** /1 journals: the very hidden sheet that keeps the previous content (undo renames it back). */
  backup?: string;
  /** /2 journals: the previous content, written back into the same sheet by undo (null: none known). */
  content?: SheetContent | null;
}

export interface Journal {
  /** ISO time of the scoring, and which front end did it. */
  at: string;
  by: 'add-in' | 'command line';
  quarter: string;
  cells: JournalCell[];
  /** Sheets the scoring created: undo deletes them. */
  created: string[];
  /** Sheets the scoring regenerated in place, with their previous content (or, in /1, its backup sheet). */
  replaced: ReplacedSheet[];
  /** The list of product sheets before the scoring. */
  productSheetsBefore: ProductSheet[];
  /** The settings before the scoring: undo puts them back too (absent in journals of version 0.1). */
  settingsBefore?: Settings;
  /**
   * Write-ahead (issue 9): false while the run that wrote this journal is under way. A journal still
   * incomplete when the state is next read belongs to a run that failed part-way: undo (or the next run)
   * puts the workbook back from it. Absent (complete) in /1 journals.
   */
  complete?: boolean;
  /**
   * What this scoring's indicators were worked out from (inputs.ts: a digest each, in the order of the
   * journal's indicators). Absent in journals written before it was kept.
   */
  inputs?: InputDigests;
  /**
   * The same for the scoring undo puts back (the one before this), where it was kept: undo compares it with
   * the figures as they are then, and names the indicators whose figures changed since. Absent when there
   * was none, or it kept no digests.
   */
  inputsBefore?: InputDigests;
}

export interface WorkbookState {
  settings: Settings;
  productSheets: ProductSheet[];
  journal: Journal | null;
  /**
   * After an undo (undo.ts): the owned cells that still show what an earlier scoring wrote — the values
   * undo put back — each with what the analyst had typed before the product first wrote it. Not undone by
   * anything (undo goes back one scoring), but the next scoring reads them as it reads the journal's cells
   * (run.ts, priorJournal), so its typed-value checks and the Status column's owner are judged on what the
   * analyst typed, not on the earlier scoring's arrows and words. Absent when there are none; dropped by
   * the next run that writes (its journal's `original`s carry them on). Stored under its own key, so a
   * version that does not know it reads the state as before.
   */
  earlier?: JournalCell[];
  /**
   * After an undo: what the scoring it put back had worked out its indicators from (inputs.ts), with the
   * indicators, so that the next scoring's journal keeps it for its own undo. Absent otherwise.
   */
  inputs?: KeptInputs;
}

export function defaultState(): WorkbookState {
  return { settings: defaultSettings(), productSheets: [], journal: null };
}

/** The state as rows of the state sheet: [key, value] pairs, long values split over rows. */
export function encodeState(state: WorkbookState): string[][] {
  const rows: string[][] = [
    [
      'Performance Scorecard keeps its settings and undo journal here. Written by the add-in and the scorecard command: please do not edit.',
      '',
    ],
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
  // The completion mark first, on its own row (JOURNAL_STATUS_ROW), so that marking a run complete is
  // one cell written.
  rows.push(['journalStatus', state.journal && state.journal.complete === false ? 'pending' : 'complete']);
  put('settings', state.settings);
  put('productSheets', state.productSheets.map(storeSheet));
  put('journal', state.journal ? columnarJournal(state.journal) : null);
  if (state.earlier && state.earlier.length > 0) put('earlier', cellsToColumns(state.earlier));
  if (state.inputs) put('inputs', state.inputs);
  return rows;
}

/**
 * The state sheet has room for two states: columns A:B and D:E. The add-in writes a new state into the
 * pair not in use and only then points cell C2 at it ("A" or "D", one cell written in one call), so a run
 * that fails while the state is being written leaves the previous state whole (issue 9). The command line
 * writes its file whole and always uses A:B.
 */
export const STATE_POINTER = { row: 1, col: 2 };

/** The first column (0 or 3) of the state in use. */
export function stateColumn(values: CellValue[][] | null): 0 | 3 {
  return values?.[STATE_POINTER.row]?.[STATE_POINTER.col] === 'D' ? 3 : 0;
}

/** Reads the state sheet's values; a missing (or empty) sheet gives the default state. */
export function decodeState(values: CellValue[][] | null): WorkbookState {
  if (!values) return defaultState();
  const left = stateColumn(values);
  const parts = new Map<string, string>();
  for (const row of values) {
    const key = row[left];
    if (typeof key !== 'string' || row.length < left + 2) continue;
    const v = row[left + 1] === null || row[left + 1] === undefined ? '' : String(row[left + 1]);
    parts.set(key, (parts.get(key) ?? '') + v);
  }
  // The add-in's first state, pointed at D:E before it is written (write-ahead): nothing kept yet.
  if (parts.size === 0 && left === 3) return defaultState();
  const format = parts.get('format');
  if (format === undefined) {
    // Issue 8: not the product's sheet (a sheet of the analyst's with this name), or one whose format line is gone.
    throw new InputError(
      `The sheet '${STATE_SHEET}' was not written by Performance Scorecard, which keeps its settings under that name: if it is a sheet of yours, rename it (right-click its tab > Rename); if it is hidden, remove it with the command line's "scorecard reset-state <workbook.xlsx>". Then try again.`,
    );
  }
  if (format !== STATE_FORMAT && format !== STATE_FORMAT_2 && format !== STATE_FORMAT_1) {
    throw new InputError(
      `The ${STATE_SHEET} sheet was written by a newer or unknown version of Performance Scorecard (${format ?? 'no format'}); update the add-in or the scorecard command.`,
    );
  }
  try {
    const state = defaultState();
    const settings = parts.get('settings');
    if (settings) state.settings = { ...state.settings, ...(JSON.parse(settings) as Settings) };
    const sheets = parts.get('productSheets');
    if (sheets) state.productSheets = (JSON.parse(sheets) as StoredProductSheet[]).map(unpackSheet);
    const journal = parts.get('journal');
    if (journal) {
      const stored = JSON.parse(journal) as CompactJournal | ColumnarJournal | null;
      state.journal = stored && 'columns' in stored ? expandColumnar(stored) : expandJournal(stored);
    }
    const earlier = parts.get('earlier');
    if (earlier) state.earlier = columnsToCells(JSON.parse(earlier) as CellColumns);
    const inputs = parts.get('inputs');
    if (inputs) state.inputs = JSON.parse(inputs) as KeptInputs;
    if (state.journal && format !== STATE_FORMAT_1 && parts.get('journalStatus') !== 'complete')
      state.journal.complete = false;
    return state;
  } catch {
    // Excel's own menus cannot show or delete a very hidden sheet (issue 8): say how it can be removed.
    throw new InputError(
      `The ${STATE_SHEET} sheet is damaged (its settings cannot be read) and must be removed before this workbook is scored again: run "scorecard reset-state <workbook.xlsx>", or in Excel for Windows or Mac press Alt+F11, pick ${STATE_SHEET} in the Project pane, set its Visible property to "-1 - xlSheetVisible", close the editor and delete the sheet (the saved settings and the undo of the last scoring are lost either way).`,
    );
  }
}

/**
 * A product sheet as stored: /3, its layout (sheet-layout.ts: a few kilobytes, the values being in the
 * sheet); /2, its content packed (pack.ts).
 */
type StoredProductSheet = Omit<ProductSheet, 'content' | 'layout'> & { packed?: string; layout?: StoredLayout };

function storeSheet(p: ProductSheet): StoredProductSheet {
  const { content, layout, ...rest } = p;
  const kept = content ? layoutOf(content) : layout;
  return kept ? { ...rest, layout: storeLayout(kept) } : rest;
}

function unpackSheet(p: StoredProductSheet): ProductSheet {
  const { packed, layout, ...rest } = p;
  if (layout) return { ...rest, layout: readLayout(rest.name, rest.role, layout) };
  return packed ? { ...rest, content: JSON.parse(unpackText(packed)) as SheetContent } : rest;
}

function packReplaced(r: ReplacedSheet): ReplacedSheet | (Omit<ReplacedSheet, 'content'> & { packed?: string }) {
  const { content, ...rest } = r;
  return content ? { ...rest, packed: packText(JSON.stringify(content)) } : rest;
}

function unpackReplaced(r: ReplacedSheet & { packed?: string }): ReplacedSheet {
  const { packed, ...rest } = r;
  return packed ? { ...rest, content: JSON.parse(unpackText(packed)) as SheetContent } : rest;
}

/** The state sheet's row (0-based) holding the journal's completion mark, in column B. */
export const JOURNAL_STATUS_ROW = 2;

/**
 * The journal as /2 stored it (read, no longer written): cells as short tuples, sheets, indicators and
 * formats by index:
 *   /2: [sheet, cell, beforeValue, format, afterValue, indicator, role, original?, formula?]
 *   /1: [sheet, cell, beforeValue, format, afterValue, original?, formula?]
 * (original is left out when it equals beforeValue and there is no formula; indicator and role are -1
 * when unknown). /2 sheets are [name, id or null]; /1 sheets are names.
 */
interface CompactJournal extends Omit<Journal, 'cells'> {
  sheets: (string | [string, string | null])[];
  indicators?: string[];
  formats: [string, string | null, string | null][];
  cells: (string | number | boolean | null)[][];
  /** /2: indexes of cells whose value was an error value. */
  errors?: number[];
  /** /2: the adapters' exact pictures of cells, by cell index. */
  natives?: Record<number, CellSnapshot['native']>;
}

/** A product sheet's entry without its content (the journal keeps content only for the sheets it replaced). */
export function withoutContent(p: ProductSheet): ProductSheet {
  const { content: _content, layout: _layout, ...rest } = p;
  return rest;
}

/** The journal as stored in /3: its cells as columns (journal-columns.ts), the replaced sheets' content packed. */
interface ColumnarJournal extends Omit<Journal, 'cells' | 'complete'> {
  columns: CellColumns;
}

function columnarJournal(j: Journal): ColumnarJournal {
  const { cells, complete: _complete, replaced, productSheetsBefore, ...rest } = j;
  return {
    ...rest,
    replaced: replaced.map(packReplaced) as ReplacedSheet[],
    productSheetsBefore: productSheetsBefore.map(withoutContent),
    columns: cellsToColumns(cells),
  };
}

function expandColumnar(c: ColumnarJournal): Journal {
  const { columns, replaced, ...rest } = c;
  return { ...rest, replaced: replaced.map(unpackReplaced), cells: columnsToCells(columns) };
}

function expandJournal(c: CompactJournal | null): Journal | null {
  if (!c) return null;
  const { sheets, formats, cells, indicators, replaced, errors, natives, ...rest } = c;
  const isError = new Set(errors ?? []);
  const v2 = indicators !== undefined;
  const extra = v2 ? 2 : 0;
  return {
    ...rest,
    replaced: replaced.map(unpackReplaced),
    cells: cells.map((t, i) => {
      const [numberFormat, fill, fontColor] = formats[t[3] as number];
      const before: CellSnapshot = { value: t[2], format: { numberFormat, fill, fontColor } };
      if (isError.has(i)) before.error = true;
      if (natives?.[i]) before.native = natives[i];
      if (t.length >= 7 + extra) before.formula = String(t[6 + extra]);
      const sheet = sheets[t[0] as number];
      const cell: JournalCell = {
        sheet: typeof sheet === 'string' ? sheet : sheet[0],
        cell: String(t[1]),
        before,
        afterValue: t[4],
        original: t.length >= 6 + extra ? t[5 + extra] : t[2],
      };
      if (typeof sheet !== 'string' && sheet[1] !== null) cell.sheetId = sheet[1];
      if (v2 && (t[5] as number) >= 0) cell.indicator = indicators[t[5] as number];
      if (v2 && (t[6] as number) >= 0) cell.role = ROLES[t[6] as number];
      return cell;
    }),
  };
}
