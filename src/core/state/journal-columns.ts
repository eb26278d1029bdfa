/**
 * The undo journal's cells as columns (state format /3; issue 10 item 5, issue 11 item 1): one column per
 * field rather than one record per cell, each in the form of columns.ts, so that the journal grows with
 * what varies — the values before and after, the indicators' identities — and not with a record's
 * punctuation per cell. At 10,000 indicators (40,000 owned cells) the /2 tuples took 1.4 MB; these
 * columns take a small fraction (`npx tsx scripts/bench/state-size.ts` prints both).
 */
import type { CellValue } from '../model';
import { cellAddress } from '../a1';
import { OWNED_ROLES as ROLES } from '../plan/types';
import {
  decodeInts,
  decodeTexts,
  decodeValues,
  encodeInts,
  encodeTexts,
  encodeValues,
  type ValueColumn,
} from './columns';
import type { CellSnapshot, JournalCell } from './state';

/** The journal's cells as stored in /3. */
export interface CellColumns {
  count: number;
  /** Each sheet as [name at the scoring, id or null]. */
  sheets: [string, string | null][];
  /**
   * Each distinct "before" format as [number format, fill, font colour], and a fourth, 1 or 0, where the
   * cell's shrink to fit was read (OwnedFormat.shrinkToFit; absent before it was kept, and for other cells).
   */
  formats: [string, string | null, string | null, (0 | 1)?][];
  /** The indicators' identities, front-coded (encodeTexts), and how many. */
  indicators: string;
  indicatorCount: number;
  /** Integer columns (encodeInts): sheet and format by index, row and column (0-based) of the address at the scoring, indicator by index (-1 none), role by OWNED_ROLES index (-1 none). */
  sheet: string;
  row: string;
  col: string;
  indicator: string;
  role: string;
  format: string;
  before: ValueColumn;
  after: ValueColumn;
  /** What the analyst had typed: mostly the value before (written as "the same", encodeValues's `same`). */
  original: ValueColumn;
  /** Sparse, by cell index: the formula the cell held, the cells holding an error value, the adapters' exact pictures, addresses that are not A1 (none are written; kept for safety). */
  formulas?: Record<number, string>;
  errors?: number[];
  natives?: Record<number, CellSnapshot['native']>;
  addresses?: Record<number, string>;
}

/** canonicalAddress packs an address as row × COLUMNS + column: more than three letters' columns (ZZZ). */
const COLUMNS = 32768;

/** Index of a key in a list, added when new. */
function indexer<K>(list: K[]): (key: string, item: K) => number {
  const map = new Map<string, number>();
  return (key, item) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(item);
      map.set(key, i);
    }
    return i;
  };
}

/**
 * An A1 address written as cellAddress writes it (capital letters, then a row number without a leading
 * zero) as 0-based row and column, packed as row × 16384 + column; -1 for any other text. Parsed by
 * hand, and nothing made: it runs for every owned cell (issue 11).
 */
function canonicalAddress(a: string): number {
  let i = 0;
  let col = 0;
  while (i < a.length && i < 3) {
    const ch = a.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
    i++;
  }
  if (i === 0 || i === a.length || a.charCodeAt(i) === 48 /* 0 */) return -1;
  let row = 0;
  for (let j = i; j < a.length; j++) {
    const ch = a.charCodeAt(j);
    if (ch < 48 || ch > 57 || j - i >= 7) return -1;
    row = row * 10 + (ch - 48);
  }
  return (row - 1) * COLUMNS + (col - 1);
}

/** The cells as columns. */
export function cellsToColumns(cells: readonly JournalCell[]): CellColumns {
  const n = cells.length;
  const sheets: CellColumns['sheets'] = [];
  const formats: CellColumns['formats'] = [];
  const indicators: string[] = [];
  const indicatorOf = indexer(indicators);
  // Sheets and formats by their fields, without a key made for every cell (issue 11).
  const formatIndex = new Map<string, Map<string | null, Map<string | null, number>>>();
  // The few formats whose shrink to fit was read (a zero target's words), by their fields as text.
  const shrinkIndex = new Map<string, number>();
  const formatOf = (f: JournalCell['before']['format']): number => {
    if (f.shrinkToFit !== undefined) {
      const shrink: 0 | 1 = f.shrinkToFit ? 1 : 0;
      const key = JSON.stringify([f.numberFormat, f.fill, f.fontColor, shrink]);
      let i = shrinkIndex.get(key);
      if (i === undefined) {
        i = formats.length;
        formats.push([f.numberFormat, f.fill, f.fontColor, shrink]);
        shrinkIndex.set(key, i);
      }
      return i;
    }
    let byFill = formatIndex.get(f.numberFormat);
    if (!byFill) formatIndex.set(f.numberFormat, (byFill = new Map()));
    let byFont = byFill.get(f.fill);
    if (!byFont) byFill.set(f.fill, (byFont = new Map()));
    let k = byFont.get(f.fontColor);
    if (k === undefined) {
      k = formats.length;
      formats.push([f.numberFormat, f.fill, f.fontColor]);
      byFont.set(f.fontColor, k);
    }
    return k;
  };
  let lastSheet: string | null = null;
  let lastId: string | undefined;
  let lastSheetIndex = -1;
  const sheet = new Array<number>(n);
  const row = new Array<number>(n);
  const col = new Array<number>(n);
  const indicator = new Array<number>(n);
  const role = new Array<number>(n);
  const format = new Array<number>(n);
  const before = new Array<CellValue>(n);
  const after = new Array<CellValue>(n);
  const original = new Array<CellValue>(n);
  const formulas: Record<number, string> = {};
  const natives: Record<number, CellSnapshot['native']> = {};
  const addresses: Record<number, string> = {};
  const errors: number[] = [];
  let anyFormula = false;
  let anyNative = false;
  let anyAddress = false;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (c.sheet !== lastSheet || c.sheetId !== lastId) {
      lastSheet = c.sheet;
      lastId = c.sheetId;
      lastSheetIndex = sheets.findIndex(([name, id]) => name === c.sheet && id === (c.sheetId ?? null));
      if (lastSheetIndex < 0) {
        lastSheetIndex = sheets.length;
        sheets.push([c.sheet, c.sheetId ?? null]);
      }
    }
    sheet[i] = lastSheetIndex;
    format[i] = formatOf(c.before.format);
    const at = canonicalAddress(c.cell);
    if (at >= 0) {
      row[i] = Math.floor(at / COLUMNS);
      col[i] = at % COLUMNS;
    } else {
      row[i] = -1;
      col[i] = -1;
      addresses[i] = c.cell;
      anyAddress = true;
    }
    indicator[i] = c.indicator === undefined ? -1 : indicatorOf(c.indicator, c.indicator);
    role[i] = c.role === undefined ? -1 : ROLES.indexOf(c.role);
    before[i] = c.before.value;
    after[i] = c.afterValue;
    original[i] = c.original;
    if (c.before.formula !== undefined) {
      formulas[i] = c.before.formula;
      anyFormula = true;
    }
    if (c.before.error) errors.push(i);
    if (c.before.native) {
      natives[i] = c.before.native;
      anyNative = true;
    }
  }
  return {
    count: n,
    sheets,
    formats,
    indicators: encodeTexts(indicators),
    indicatorCount: indicators.length,
    sheet: encodeInts(sheet),
    row: encodeInts(row),
    col: encodeInts(col),
    indicator: encodeInts(indicator),
    role: encodeInts(role),
    format: encodeInts(format),
    before: encodeValues(before),
    after: encodeValues(after),
    original: encodeValues(original, before),
    ...(anyFormula ? { formulas } : {}),
    ...(errors.length ? { errors } : {}),
    ...(anyNative ? { natives } : {}),
    ...(anyAddress ? { addresses } : {}),
  };
}

/**
 * The cells cellsToColumns stored.
 * @throws Error on columns it did not write (the state then reads as damaged)
 */
export function columnsToCells(c: CellColumns): JournalCell[] {
  const n = c.count;
  const ints = (text: string) => {
    const out = decodeInts(text);
    if (out.length !== n) throw new Error('journal column of the wrong length');
    return out;
  };
  const sheet = ints(c.sheet);
  const row = ints(c.row);
  const col = ints(c.col);
  const indicator = ints(c.indicator);
  const role = ints(c.role);
  const format = ints(c.format);
  const before = decodeValues(c.before, n);
  const after = decodeValues(c.after, n);
  const original = decodeValues(c.original, n, before);
  const indicators = decodeTexts(c.indicators, c.indicatorCount);
  const isError = new Set(c.errors ?? []);
  const has = (o: object | undefined, i: number) => o !== undefined && Object.prototype.hasOwnProperty.call(o, i);
  const out = new Array<JournalCell>(n);
  for (let i = 0; i < n; i++) {
    const s = c.sheets[sheet[i]];
    const f = c.formats[format[i]];
    if (!s || !f) throw new Error('journal index out of range');
    const snapshot: CellSnapshot = {
      value: before[i],
      format:
        f[3] === undefined
          ? { numberFormat: f[0], fill: f[1], fontColor: f[2] }
          : { numberFormat: f[0], fill: f[1], fontColor: f[2], shrinkToFit: f[3] === 1 },
    };
    if (has(c.formulas, i)) snapshot.formula = c.formulas![i];
    if (isError.has(i)) snapshot.error = true;
    if (has(c.natives, i)) snapshot.native = c.natives![i];
    const cell: JournalCell = {
      sheet: s[0],
      cell: has(c.addresses, i) ? c.addresses![i] : cellAddress(row[i], col[i]),
      before: snapshot,
      afterValue: after[i],
      original: original[i],
    };
    if (s[1] !== null) cell.sheetId = s[1];
    if (indicator[i] >= 0) {
      const id = indicators[indicator[i]];
      if (id === undefined) throw new Error('journal index out of range');
      cell.indicator = id;
    }
    if (role[i] >= 0) {
      const r = ROLES[role[i]];
      if (r === undefined) throw new Error('journal index out of range');
      cell.role = r;
    }
    out[i] = cell;
  }
  return out;
}
