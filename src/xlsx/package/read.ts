/**
 * Reading a workbook's package for the engine (issue 10 item 2): the sheets the workbook lists (name,
 * part, state), shared strings, the number formats, fills and font colours of its cell styles, each
 * sheet's values and merged areas, the date system and protection — streamed with saxes, with no model
 * of every cell's style.
 */
import * as path from 'path';
import {
  InputError,
  cellAddress,
  NumberFormatsBuilder,
  parseAreaAddress,
  parseCellAddress,
  quoteSheetName,
  type Area,
  type CellValue,
  type SheetGrid,
} from '../../core';
import { INDEXED, OFFICE_THEME, parseThemeColours, withTint } from '../colours';
import { entryText, readZip, type ZipEntry } from './zip';
import { parseXml, unescapeExcel } from './xml';

export interface PackageSheet {
  name: string;
  sheetId: string;
  rId: string;
  /** Zip part name ("xl/worksheets/sheet1.xml"). */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface CellStyle {
  numFmtId: number;
  fontId: number;
  fillId: number;
  /** The `<xf>` element as written. */
  xml: string;
}

export interface Styles {
  xml: string;
  numFmts: Map<number, string>;
  xfs: CellStyle[];
  /** Font colour RRGGBB (null automatic) by font index; fill RRGGBB (null none) by fill index. */
  fontColours: (string | null)[];
  fills: (string | null)[];
  fontXml: string[];
  fillXml: string[];
}

export interface Package {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookXml: string;
  relsXml: string;
  sheets: PackageSheet[];
  date1904: boolean;
  structureLocked: boolean;
  sharedStrings: string[];
  styles: Styles;
}

/** Built-in number formats (ECMA-376 Part 1 §18.8.30), as ExcelJS names them. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function colour(attrs: Record<string, string>, theme: string[]): string | null {
  if (attrs.rgb && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(attrs.rgb)) return attrs.rgb.slice(-6).toUpperCase();
  if (attrs.theme !== undefined && theme[Number(attrs.theme)])
    return withTint(theme[Number(attrs.theme)], Number(attrs.tint ?? 0));
  if (attrs.indexed !== undefined) return INDEXED[Number(attrs.indexed)] ?? null;
  return null;
}

export function numberFormatOf(styles: Styles, s: number): string {
  const id = styles.xfs[s]?.numFmtId ?? 0;
  return styles.numFmts.get(id) ?? BUILT_IN[id] ?? 'General';
}

function partFor(target: string, base = 'xl/'): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? t.slice(1) : path.posix.normalize(`${base}${t}`);
}

export function readStyles(xml: string, theme: string[]): Styles {
  const styles: Styles = { xml, numFmts: new Map(), xfs: [], fontColours: [], fills: [], fontXml: [], fillXml: [] };
  const stack: string[] = [];
  let start = 0;
  let fontColour: string | null = null;
  let fill: string | null = null;
  let solid = false;
  parseXml(xml, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      const parent = stack[stack.length - 1];
      stack.push(tag.name);
      if (tag.name === 'numFmt' && parent === 'numFmts') styles.numFmts.set(Number(a.numFmtId), a.formatCode);
      if (
        (tag.name === 'font' && parent === 'fonts') ||
        (tag.name === 'fill' && parent === 'fills') ||
        (tag.name === 'xf' && parent === 'cellXfs')
      ) {
        start = at;
        fontColour = null;
        fill = null;
        solid = false;
        if (tag.name === 'xf')
          styles.xfs.push({
            numFmtId: Number(a.numFmtId ?? 0),
            fontId: Number(a.fontId ?? 0),
            fillId: Number(a.fillId ?? 0),
            xml: '',
          });
      }
      if (tag.name === 'color' && stack[stack.length - 2] === 'font') fontColour = colour(a, theme);
      if (tag.name === 'patternFill') solid = a.patternType === 'solid';
      if (tag.name === 'fgColor' && solid) fill = colour(a, theme);
    },
    close(name, end) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (name === 'font' && parent === 'fonts') {
        styles.fontColours.push(fontColour);
        styles.fontXml.push(xml.slice(start, end));
      }
      if (name === 'fill' && parent === 'fills') {
        styles.fills.push(fill);
        styles.fillXml.push(xml.slice(start, end));
      }
      if (name === 'xf' && parent === 'cellXfs') styles.xfs[styles.xfs.length - 1].xml = xml.slice(start, end);
    },
  });
  return styles;
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let depthRph = 0;
  let inT = false;
  let current = '';
  parseXml(xml, {
    open(tag) {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') depthRph++;
      else if (tag.name === 't' && depthRph === 0) inT = true;
    },
    close(name) {
      if (name === 'si') out.push(unescapeExcel(current));
      else if (name === 'rPh') depthRph--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}

/** Reads the package's structure and shared parts. Throws InputError when it cannot be read. */
export function readPackage(bytes: Buffer, shownPath: string): Package {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (e) {
    throw new InputError(
      `'${shownPath}' is damaged and cannot be read as an Excel workbook (${(e as Error).message}): open it in Excel, let it repair the file, save it and try again.`,
    );
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? entryText(e) : null;
  };
  const workbookXml = text('xl/workbook.xml') ?? '';
  const relsXml = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  let themePart: string | null = null;
  let sstPart = 'xl/sharedStrings.xml';
  let stylesPart = 'xl/styles.xml';
  parseXml(relsXml, {
    open(tag) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name !== 'Relationship' || a.TargetMode === 'External') return;
      targets.set(a.Id, partFor(a.Target));
      if (a.Type?.endsWith('/theme')) themePart = partFor(a.Target);
      if (a.Type?.endsWith('/sharedStrings')) sstPart = partFor(a.Target);
      if (a.Type?.endsWith('/styles')) stylesPart = partFor(a.Target);
    },
  });
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let structureLocked = false;
  parseXml(workbookXml, {
    open(tag) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'sheet') {
        const rId = Object.entries(a).find(([k]) => /(^|:)id$/.test(k))?.[1] ?? '';
        sheets.push({
          name: a.name,
          sheetId: a.sheetId,
          rId,
          part: targets.get(rId) ?? '',
          state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible',
        });
      }
      if (tag.name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (tag.name === 'workbookProtection') structureLocked = a.lockStructure === '1' || a.lockStructure === 'true';
    },
  });
  // Shared strings and styles are read when first asked for: a rescore with nothing changed needs neither.
  let sharedStrings: string[] | null = null;
  let styles: Styles | null = null;
  return {
    entries,
    byName,
    workbookXml,
    relsXml,
    sheets,
    date1904,
    structureLocked,
    get sharedStrings(): string[] {
      if (!sharedStrings) {
        const sst = text(sstPart);
        sharedStrings = sst ? readSharedStrings(sst) : [];
      }
      return sharedStrings;
    },
    get styles(): Styles {
      if (!styles) {
        const themeXml = themePart ? text(themePart) : null;
        styles = readStyles(text(stylesPart) ?? '', (themeXml && parseThemeColours(themeXml)) || OFFICE_THEME);
      }
      return styles;
    },
  };
}

/** One cell as read from a sheet part. */
export interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  style: number;
  formula?: string;
  /** Shared formula: 'master' (holds the text) or 'dependent'; array formulas are 'array'. */
  formulaKind?: 'master' | 'dependent' | 'array';
  /** A shared formula's index (`si`), on its master and on every cell that shares it. */
  sharedIndex?: number;
  /** Where the `<c>` element is in the part's text. */
  start: number;
  end: number;
  /** The formula has no saved result. */
  uncalculated?: boolean;
}

export interface SheetRead {
  xml: string;
  cells: RawCell[];
  merges: Area[];
  /** Whether the sheet is protected (`<sheetProtection sheet="1">`). */
  protected: boolean;
  /** Row elements: row number (0-based) → [start of `<row`, end of `</row>`, or -1 when self-closing]. */
  rows: Map<number, { start: number; end: number; selfClosing: boolean }>;
  /** Where `<sheetData>`'s content ends (before `</sheetData>`), or where `<sheetData/>` is. */
  sheetDataEnd: number;
  sheetDataSelfClosing: { start: number; end: number } | null;
}

/** Parses one sheet part: every cell with its value and where it is, merged areas, rows. */
export function readSheet(xml: string, sharedStrings: string[], date1904: boolean): SheetRead {
  const cells: RawCell[] = [];
  const merges: Area[] = [];
  const rows = new Map<number, { start: number; end: number; selfClosing: boolean }>();
  let cell: RawCell | null = null;
  // The cell's type attribute and content as written, kept beside it (not on it, so every RawCell has one shape).
  let cellType: string | undefined;
  let cellText: string | null = null;
  let inV = false;
  let inF = false;
  let inIs = false;
  let rph = 0;
  let inT = false;
  let text = '';
  let rowNumber = -1;
  let rowStart = 0;
  let rowSelf = false;
  let nextCol = 0;
  let isProtected = false;
  let sheetDataEnd = -1;
  let sheetDataSelf: { start: number; end: number } | null = null;
  let sheetDataStart = -1;
  parseXml(xml, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      switch (tag.name) {
        case 'sheetData':
          sheetDataStart = at;
          if (tag.isSelfClosing) sheetDataSelf = { start: at, end: -1 };
          break;
        case 'row':
          rowNumber = a.r ? Number(a.r) - 1 : rowNumber + 1;
          rowStart = at;
          rowSelf = tag.isSelfClosing;
          nextCol = 0;
          break;
        case 'c': {
          const ref = a.r ? parseCellAddress(a.r) : null;
          const col = ref ? ref.col : nextCol;
          nextCol = col + 1;
          cell = { row: ref ? ref.row : rowNumber, col, value: null, style: Number(a.s ?? 0), start: at, end: -1 };
          cellType = a.t;
          cellText = null;
          break;
        }
        case 'v':
          inV = true;
          text = '';
          break;
        case 'f':
          inF = true;
          text = '';
          if (cell && a.t === 'shared') {
            cell.formulaKind = a.ref ? 'master' : 'dependent';
            cell.sharedIndex = Number(a.si);
          }
          if (cell && a.t === 'array') cell.formulaKind = 'array';
          if (cell && tag.isSelfClosing) cell.formula = cell.formula ?? '';
          break;
        case 'is':
          inIs = true;
          text = '';
          break;
        case 'rPh':
          rph++;
          break;
        case 't':
          if (inIs && rph === 0) inT = true;
          break;
        case 'mergeCell': {
          const area = a.ref ? parseAreaAddress(a.ref) : null;
          if (area) merges.push(area);
          break;
        }
        case 'sheetProtection':
          isProtected = a.sheet === '1' || a.sheet === 'true';
          break;
      }
    },
    close(name, end) {
      switch (name) {
        case 'sheetData':
          if (sheetDataSelf) sheetDataSelf.end = end;
          else sheetDataEnd = xml.lastIndexOf('<', end - 1);
          break;
        case 'row':
          rows.set(rowNumber, { start: rowStart, end, selfClosing: rowSelf });
          break;
        case 'v':
        case 'is':
          // A value, or inline text (its <t> runs joined): the cell's content as written.
          if (name === 'v') inV = false;
          else inIs = false;
          if (cell) cellText = text;
          break;
        case 'f':
          inF = false;
          if (cell && text) cell.formula = text;
          break;
        case 'rPh':
          rph--;
          break;
        case 't':
          inT = false;
          break;
        case 'c':
          if (cell) {
            cell.end = end;
            cell.value = valueOf(cellType, cellText, sharedStrings);
            if (cell.formula !== undefined && cellText === null) cell.uncalculated = true;
            cells.push(cell);
          }
          cell = null;
          break;
      }
    },
    text(t) {
      if (inV || inF || inT) text += t;
    },
  });
  void sheetDataStart;
  void date1904;
  return { xml, cells, merges, protected: isProtected, rows, sheetDataEnd, sheetDataSelfClosing: sheetDataSelf };
}

function valueOf(t: string | undefined, v: string | null, sharedStrings: string[]): CellValue {
  if (v === null) return null;
  switch (t) {
    case 's':
      return sharedStrings[Number(v)] ?? null;
    case 'inlineStr':
    case 'str':
      return unescapeExcel(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return v;
    case 'd': {
      const ms = Date.parse(v);
      return Number.isNaN(ms) ? v : 25569 + ms / 86400000;
    }
    default: {
      if (v === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/** The grid the engine reads from a parsed sheet (as read-grids.ts gives it from ExcelJS). */
export function gridOf(sheet: PackageSheet, read: SheetRead, styles: Styles, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formats = new NumberFormatsBuilder();
  const away = (r: number, c: number) =>
    read.merges.some(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  // Cells come in order in a well-formed part; sorted only when they do not.
  const inOrder = read.cells.every(
    (c, i) =>
      i === 0 || c.row > read.cells[i - 1].row || (c.row === read.cells[i - 1].row && c.col > read.cells[i - 1].col),
  );
  const ordered = inOrder ? read.cells : [...read.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of ordered) {
    if (cell.uncalculated) {
      throw new InputError(
        `${quoteSheetName(sheet.name)}!${cellAddress(cell.row, cell.col)} holds a formula whose result was never saved (the file was made by a program that does not calculate): open the workbook in Excel, save it, and try again.`,
      );
    }
    const v = cell.value;
    if (v === null) continue;
    if (read.merges.length && away(cell.row, cell.col)) continue;
    if (typeof v === 'number') {
      const code = numberFormatOf(styles, cell.style);
      formats.add(cell.row, cell.col, code);
    }
    while (values.length <= cell.row) values.push([]);
    const row = values[cell.row];
    while (row.length < cell.col) row.push(null);
    row[cell.col] = v;
  }
  const grid: SheetGrid = { name: sheet.name, id: sheet.sheetId, values, merges: read.merges };
  if (sheet.state !== 'visible') grid.hidden = true;
  const numberFormats = formats.build();
  if (numberFormats) grid.numberFormats = numberFormats;
  if (date1904) grid.date1904 = true;
  return grid;
}
