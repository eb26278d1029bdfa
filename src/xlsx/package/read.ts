/**
 * Reading a workbook's package for the engine (issue 10 item 2): the sheets the workbook lists (name,
 * part, state), shared strings, the number formats, fills and font colours of its cell styles, each
 * sheet's values and merged areas, the date system and protection — streamed with saxes, with no model
 * of every cell's style.
 */
import * as path from 'path';
import {
  InputError,
  NumberFormatsBuilder,
  parseAreaAddress,
  parseCellAddress,
  type Area,
  type CellValue,
  type SheetGrid,
} from '../../core';
import { INDEXED, OFFICE_THEME, parseThemeColours, withTint } from '../colours';
import { entryText, readZip, type ZipEntry } from './zip';
import {
  PACKAGE_REL_NS,
  REL_NS,
  STRICT_REL_NS,
  elementPrefix,
  nsAttribute,
  parseXml,
  unescapeExcel,
  type Root,
} from './xml';

/**
 * The styles part written into a workbook that has none, when a scoring adds its first style: what
 * Excel itself writes for a new workbook, cut to what ECMA-376 Part 1 §18.8.39 requires (one font,
 * the two reserved fills, one border, the Normal style). Cell style 0 means the same with or without it.
 */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

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
  /** Its attributes by name as written, its `<alignment>`'s, and its `<protection>` element as written. */
  attributes: Record<string, string>;
  alignment: Record<string, string> | null;
  protection: string;
}

export interface Styles {
  xml: string;
  /** The part's name, or null when the workbook has none (it is then written, from this minimal one). */
  part: string | null;
  /** The prefix the part writes SpreadsheetML elements with ("x:"), or "" (the default namespace). */
  prefix: string;
  /** The namespace bindings of its root element (to read one of its elements, `fillXml`, `fontXml`, alone). */
  ns: Record<string, string>;
  numFmts: Map<number, string>;
  xfs: CellStyle[];
  /** Font colour RRGGBB (null automatic) by font index; fill RRGGBB (null none) by fill index. */
  fontColours: (string | null)[];
  fills: (string | null)[];
  fontXml: string[];
  /** Each font's child elements (`b`, `sz`, `color` …) by local name, as written. */
  fontChildren: { name: string; xml: string }[][];
  fillXml: string[];
  /** The size of font 0 (the workbook's default font), in points. */
  defaultFontSize: number;
  /** How many `<border>` elements the part has. */
  borderCount: number;
  /** Where the lists new entries are added to are (numFmts, fonts, fills, borders, cellXfs). */
  lists: Map<string, StyleList>;
}

/** One list of styles.xml: its start tag's place and attributes, and where its end tag starts (or -1: `<fonts/>`). */
export interface StyleList {
  start: number;
  tagEnd: number;
  closeAt: number;
  attributes: Record<string, string>;
}

const STYLE_LISTS = new Set(['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']);

export interface Package {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookXml: string;
  /** The prefixes and namespace bindings of workbook.xml's and its relationships' root elements. */
  workbookRoot: Root;
  relsXml: string;
  relsRoot: Root;
  sheets: PackageSheet[];
  date1904: boolean;
  structureLocked: boolean;
  sharedStrings: string[];
  /**
   * The shared strings' `<si>` elements as written, with the part's bindings, when any of them is rich
   * text (has runs); else null (then no shared-string cell has runs to keep).
   */
  richSharedStrings: { items: string[]; ns: Record<string, string> } | null;
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

/** A relationship target of a part in `base` as a zip part name: relative to `base`, or absolute from the root. */
export function partFor(target: string, base = 'xl/'): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? t.slice(1) : path.posix.normalize(`${base}${t}`);
}

export function readStyles(xml: string, theme: string[], part: string | null = 'xl/styles.xml'): Styles {
  const styles: Styles = {
    xml,
    part,
    prefix: '',
    ns: {},
    numFmts: new Map(),
    xfs: [],
    fontColours: [],
    fills: [],
    fontXml: [],
    fontChildren: [],
    fillXml: [],
    defaultFontSize: 11,
    borderCount: 0,
    lists: new Map(),
  };
  const stack: string[] = [];
  let start = 0;
  let childStart = -1;
  let fontColour: string | null = null;
  let fill: string | null = null;
  let solid = false;
  let children: { name: string; xml: string }[] = [];
  let protectionStart = -1;
  const root = parseXml(xml, {
    open(tag, at, tagEnd) {
      const a = tag.attributes;
      const parent = stack[stack.length - 1];
      stack.push(tag.name);
      if (STYLE_LISTS.has(tag.name) && parent === 'styleSheet')
        styles.lists.set(tag.name, { start: at, tagEnd, closeAt: -1, attributes: { ...a } });
      if (tag.name === 'border' && parent === 'borders') styles.borderCount++;
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
        children = [];
        if (tag.name === 'xf')
          styles.xfs.push({
            numFmtId: Number(a.numFmtId ?? 0),
            fontId: Number(a.fontId ?? 0),
            fillId: Number(a.fillId ?? 0),
            xml: '',
            attributes: { ...a },
            alignment: null,
            protection: '',
          });
      }
      const grand = stack[stack.length - 3];
      if (parent === 'font' && grand === 'fonts') {
        childStart = at;
        if (tag.name === 'sz' && styles.fontXml.length === 0 && Number(a.val) > 0)
          styles.defaultFontSize = Number(a.val);
      }
      if (parent === 'xf' && grand === 'cellXfs') {
        const xf = styles.xfs[styles.xfs.length - 1];
        if (tag.name === 'alignment') xf.alignment = { ...a };
        if (tag.name === 'protection') protectionStart = at;
      }
      if (tag.name === 'color' && parent === 'font') fontColour = colour(a, theme);
      if (tag.name === 'patternFill') solid = a.patternType === 'solid';
      if (tag.name === 'fgColor' && solid) fill = colour(a, theme);
    },
    close(name, end) {
      stack.pop();
      const parent = stack[stack.length - 1];
      const grand = stack[stack.length - 2];
      const list = parent === 'styleSheet' ? styles.lists.get(name) : undefined;
      if (list && end > list.tagEnd) list.closeAt = xml.lastIndexOf('<', end - 1);
      if (parent === 'font' && grand === 'fonts') children.push({ name, xml: xml.slice(childStart, end) });
      if (name === 'protection' && parent === 'xf' && grand === 'cellXfs' && protectionStart >= 0) {
        styles.xfs[styles.xfs.length - 1].protection = xml.slice(protectionStart, end);
        protectionStart = -1;
      }
      if (name === 'font' && parent === 'fonts') {
        styles.fontColours.push(fontColour);
        styles.fontXml.push(xml.slice(start, end));
        styles.fontChildren.push(children);
      }
      if (name === 'fill' && parent === 'fills') {
        styles.fills.push(fill);
        styles.fillXml.push(xml.slice(start, end));
      }
      if (name === 'xf' && parent === 'cellXfs') styles.xfs[styles.xfs.length - 1].xml = xml.slice(start, end);
    },
  });
  styles.prefix = elementPrefix(root);
  styles.ns = root.ns;
  return styles;
}

/**
 * The shared strings' text, and — when any item is rich (has `<r>` runs) — every `<si>` element as
 * written with the part's root bindings (to read the runs of one, office-natives.ts officeRunsOf), in one parse.
 */
function readSharedStrings(xml: string): {
  strings: string[];
  rich: { items: string[]; ns: Record<string, string> } | null;
} {
  const out: string[] = [];
  const bounds: number[] = [];
  let depthRph = 0;
  let inT = false;
  let current = '';
  let depth = 0;
  let start = 0;
  let rich = false;
  const root = parseXml(xml, {
    open(tag, at) {
      if (depth === 1 && tag.name === 'si') start = at;
      if (depth === 2 && tag.name === 'r') rich = true;
      if (!tag.isSelfClosing) depth++;
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') depthRph++;
      else if (tag.name === 't' && depthRph === 0) inT = true;
    },
    close(name, end, self) {
      if (!self) depth--;
      if (depth === 1 && name === 'si') bounds.push(start, end);
      if (name === 'si') out.push(unescapeExcel(current));
      else if (name === 'rPh') depthRph--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  if (!rich) return { strings: out, rich: null };
  const items: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) items.push(xml.slice(bounds[i], bounds[i + 1]));
  return { strings: out, rich: { items, ns: root.ns } };
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
  let stylesPart: string | null = null;
  const relsRoot = parseXml(
    relsXml,
    {
      open(tag) {
        const a = tag.attributes;
        if (tag.name !== 'Relationship' || a.TargetMode === 'External') return;
        targets.set(a.Id, partFor(a.Target));
        if (a.Type?.endsWith('/theme')) themePart = partFor(a.Target);
        if (a.Type?.endsWith('/sharedStrings')) sstPart = partFor(a.Target);
        if (a.Type?.endsWith('/styles')) stylesPart = partFor(a.Target);
      },
    },
    [PACKAGE_REL_NS],
  );
  // A workbook with no styles part (some generators write none): read as this one, written when a style is added.
  if (stylesPart === null && byName.has('xl/styles.xml')) stylesPart = 'xl/styles.xml';
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let structureLocked = false;
  const workbookRoot = parseXml(workbookXml, {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'sheet') {
        const rId = nsAttribute(tag, [REL_NS, STRICT_REL_NS], 'id') ?? '';
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
  let sharedStrings: ReturnType<typeof readSharedStrings> | null = null;
  const strings = () => {
    if (!sharedStrings) {
      const sst = text(sstPart);
      sharedStrings = sst ? readSharedStrings(sst) : { strings: [], rich: null };
    }
    return sharedStrings;
  };
  let styles: Styles | null = null;
  return {
    entries,
    byName,
    workbookXml,
    workbookRoot,
    relsXml,
    relsRoot,
    sheets,
    date1904,
    structureLocked,
    get sharedStrings(): string[] {
      return strings().strings;
    },
    get richSharedStrings() {
      return strings().rich;
    },
    get styles(): Styles {
      if (!styles) {
        const themeXml = themePart ? text(themePart) : null;
        const theme = (themeXml && parseThemeColours(themeXml)) || OFFICE_THEME;
        const xml = stylesPart ? text(stylesPart) : null;
        styles = xml !== null ? readStyles(xml, theme, stylesPart) : readStyles(MINIMAL_STYLES, theme, null);
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
  /** Where the `<c>` element is in the part's text, and where its start tag ends. */
  start: number;
  end: number;
  tagEnd: number;
  /**
   * The `t` attribute as written ('' when none), when `r`, `s` and `t` are the start tag's only
   * attributes; null when it has others (`cm`, `vm`, `ph`): a restyled cell's start tag is then parsed again.
   */
  plainType: string | null;
  /** The formula has no saved result. */
  uncalculated?: boolean;
  /** An `<r>` element is a grandchild of the `<c>` (rich inline text): only such a cell's runs are read again. */
  runs: boolean;
  /** A shared-string cell's index into the shared strings (its `<v>`, digits only), else -1. */
  sst: number;
  /** Where the cell's `<f>` element is in the part's text. */
  formulaAt?: { start: number; end: number };
}

/** What a `<f>` element says of its cell (only formula cells have one). */
interface FormulaFacts {
  formula?: string;
  formulaKind?: 'master' | 'dependent' | 'array';
  sharedIndex?: number;
  formulaAt?: { start: number; end: number };
}

/** The `t` attributes written most, by code (a start tag with other attributes: -1; any other type: kept in `otherTypes`). */
const TYPES = ['', 's', 'n', 'str', 'inlineStr', 'b', 'e', 'd'];
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

/**
 * A sheet's cells as read, in the part's order, held column by column in typed arrays (issue 10: no
 * object for each of the 300,000 cells of a 10,000-indicator workbook, so less memory and less garbage
 * collection): `at(i)` gives one as a RawCell, made when asked for. Formulas are kept for the cells
 * that have one only.
 */
export class SheetCells {
  length = 0;
  row: Int32Array;
  col: Int32Array;
  start: Int32Array;
  end: Int32Array;
  tagEnd: Int32Array;
  /** As read (a number that is not an integer, NaN, stays as it was). */
  style: Float64Array;
  sst: Int32Array;
  type: Int8Array;
  /** 1: runs; 2: uncalculated. */
  flags: Uint8Array;
  values: CellValue[] = [];
  readonly formulas = new Map<number, FormulaFacts>();
  readonly otherTypes = new Map<number, string>();
  private ordered: boolean | undefined;

  constructor(capacity = 1024) {
    this.row = new Int32Array(capacity);
    this.col = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.tagEnd = new Int32Array(capacity);
    this.style = new Float64Array(capacity);
    this.sst = new Int32Array(capacity);
    this.type = new Int8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Room for one more cell; its index. */
  add(): number {
    const n = this.length;
    if (n === this.row.length) {
      const grow = <T extends Int32Array | Float64Array | Int8Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.row = grow(this.row);
      this.col = grow(this.col);
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.tagEnd = grow(this.tagEnd);
      this.style = grow(this.style);
      this.sst = grow(this.sst);
      this.type = grow(this.type);
      this.flags = grow(this.flags);
    }
    this.length = n + 1;
    return n;
  }

  /** The start tag's `t` as written ('' none), or null when it has attributes besides `r`, `s` and `t`. */
  plainType(i: number): string | null {
    const code = this.type[i];
    if (code < 0) return null;
    return code < TYPES.length ? TYPES[code] : this.otherTypes.get(i)!;
  }

  setPlainType(i: number, t: string | null): void {
    if (t === null) this.type[i] = -1;
    else {
      const code = TYPE_CODE.get(t);
      if (code !== undefined) this.type[i] = code;
      else {
        this.type[i] = TYPES.length;
        this.otherTypes.set(i, t);
      }
    }
  }

  /** The cell at index `i`, as a RawCell. */
  at(i: number): RawCell {
    const cell: RawCell = {
      row: this.row[i],
      col: this.col[i],
      value: this.values[i],
      style: this.style[i],
      start: this.start[i],
      end: this.end[i],
      tagEnd: this.tagEnd[i],
      plainType: this.plainType(i),
      runs: (this.flags[i] & 1) !== 0,
      sst: this.sst[i],
    };
    const f = this.formulas.get(i);
    if (f) {
      if (f.formula !== undefined) cell.formula = f.formula;
      if (f.formulaKind !== undefined) cell.formulaKind = f.formulaKind;
      if (f.sharedIndex !== undefined) cell.sharedIndex = f.sharedIndex;
      if (f.formulaAt !== undefined) cell.formulaAt = f.formulaAt;
    }
    if (this.flags[i] & 2) cell.uncalculated = true;
    return cell;
  }

  /** Whether the cells are in the order of rows and then columns, strictly (as Excel writes them). */
  inOrder(): boolean {
    if (this.ordered === undefined) {
      let ok = true;
      for (let i = 1; i < this.length && ok; i++)
        ok = this.row[i] > this.row[i - 1] || (this.row[i] === this.row[i - 1] && this.col[i] > this.col[i - 1]);
      this.ordered = ok;
    }
    return this.ordered;
  }

  /** The cells' indices sorted by row and then column (a stable sort: of two cells at one place, the first stays first). */
  sortedOrder(): number[] {
    const order = Array.from({ length: this.length }, (_, i) => i);
    return order.sort((a, b) => this.row[a] - this.row[b] || this.col[a] - this.col[b]);
  }

  /** Every cell as a RawCell (for the few uses that need them all as objects). */
  all(): RawCell[] {
    const out: RawCell[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }

  *[Symbol.iterator](): IterableIterator<RawCell> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  find(test: (c: RawCell) => boolean): RawCell | undefined {
    for (let i = 0; i < this.length; i++) {
      const c = this.at(i);
      if (test(c)) return c;
    }
    return undefined;
  }

  filter(test: (c: RawCell) => boolean): RawCell[] {
    return this.all().filter(test);
  }

  map<T>(f: (c: RawCell) => T): T[] {
    return this.all().map(f);
  }
}

export interface SheetRead {
  xml: string;
  /** The prefix the part writes SpreadsheetML elements with ("x:"), or "" (the default namespace). */
  prefix: string;
  /** The namespace bindings of its root element. */
  ns: Record<string, string>;
  cells: SheetCells;
  merges: Area[];
  /** Whether the sheet is protected (`<sheetProtection sheet="1">`). */
  protected: boolean;
  /** Row elements: row number (0-based) → [start of `<row`, end of `</row>`, or -1 when self-closing]. */
  rows: Map<number, { start: number; end: number; selfClosing: boolean }>;
  /** Where `<sheetData>`'s content ends (before `</sheetData>`), or where `<sheetData/>` is. */
  sheetDataEnd: number;
  sheetDataSelfClosing: { start: number; end: number } | null;
  /** The `<hyperlinks>` element: where its start tag ends and its end tag starts (-1: written `<hyperlinks/>`). */
  hyperlinks: { start: number; tagEnd: number; closeAt: number } | null;
  /** Where a new `<hyperlinks>` goes (CT_Worksheet's order): the first element that follows it, else the root's end tag. */
  hyperlinksAt: number;
  /** Where the root element's start tag ends (after its `>`): a namespace it lacks is declared before that. */
  rootTagEnd: number;
  /**
   * Array formulas over more than one cell (`<f t="array" ref="T5:T14">` in the anchor cell, 0-based): a
   * dynamic array's spilled results (its anchor also carries `cm`, cell metadata naming the
   * XLDAPR dynamic-array properties in metadata.xml) or a legacy Ctrl+Shift+Enter array; Excel breaks
   * (#SPILL!) or refuses ("You can't change part of an array") a value written into either. The cells
   * of its area other than the anchor hold only cached values (ECMA-376 Part 1 §18.3.1.40, `ref`).
   * `legacy`: the anchor carries no `cm`, so it is a legacy array, not a dynamic one (the sentence names
   * which: plan/owned-conflicts.ts).
   */
  arrays: { anchor: { row: number; col: number }; area: Area; legacy?: true }[];
  /**
   * Cells holding a rich value (`vm`, a value-metadata index into metadata.xml's rich value data): a
   * linked data type (Stocks, Geography …) or a picture in the cell, stored as `t="e"` `#VALUE!` for
   * readers that do not know them (SheetJS issue 1733). 0-based.
   */
  richValues: { row: number; col: number }[];
  /** Hidden columns, 0-based (`<col min max hidden="1">`), for SheetGrid.hiddenColumns. Absent: none. */
  hiddenColumns?: number[];
  /**
   * The areas of the sheet's conditional formats (`<conditionalFormatting sqref="…">`), 0-based, for
   * SheetGrid.conditionalFormats. Absent: none.
   */
  conditionalFormats?: Area[];
}

/** The children of `<worksheet>` that come after `<hyperlinks>` (ECMA-376 Part 1 §18.3.1.99, CT_Worksheet). */
const AFTER_HYPERLINKS = new Set([
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/**
 * Parses one sheet part: every cell with its value and where it is, merged areas, rows. `pulse`, when
 * given, is told every 4,096 cells (between two elements: it must not touch the parse).
 */
export function readSheet(xml: string, sharedStrings: string[], date1904: boolean, pulse?: () => void): SheetRead {
  const cells = new SheetCells(Math.max(1024, xml.length >> 5));
  const merges: Area[] = [];
  const arrays: SheetRead['arrays'] = [];
  const richValues: SheetRead['richValues'] = [];
  const hiddenColumns: number[] = [];
  const conditionalFormats: Area[] = [];
  const rows = new Map<number, { start: number; end: number; selfClosing: boolean }>();
  /** The index of the cell being read, or -1; its formula facts, when it has a `<f>`. */
  let cell = -1;
  let formula: FormulaFacts | null = null;
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
  let formulaStart = -1;
  let depth = 0;
  let hyperlinks: SheetRead['hyperlinks'] = null;
  let hyperlinksAt = -1;
  let rootTagEnd = -1;
  let cellDepth = -1;
  /** Whether the cell's content as written came from a `<v>` (else an `<is>`). */
  let fromV = false;
  const root = parseXml(xml, {
    open(tag, at, tagEnd) {
      if (depth === 0) rootTagEnd = tagEnd;
      if (cell >= 0 && depth === cellDepth + 2 && tag.name === 'r') cells.flags[cell] |= 1;
      // Attributes read one by one (no record of them made for each of a sheet's elements).
      if (depth === 1 && hyperlinksAt < 0 && AFTER_HYPERLINKS.has(tag.name)) hyperlinksAt = at;
      if (depth === 1 && tag.name === 'hyperlinks') hyperlinks = { start: at, tagEnd, closeAt: -1 };
      if (!tag.isSelfClosing) depth++;
      switch (tag.name) {
        case 'sheetData':
          sheetDataStart = at;
          if (tag.isSelfClosing) sheetDataSelf = { start: at, end: -1 };
          break;
        case 'row':
          rowNumber = tag.attribute('r') ? Number(tag.attribute('r')) - 1 : rowNumber + 1;
          rowStart = at;
          rowSelf = tag.isSelfClosing;
          nextCol = 0;
          break;
        case 'c': {
          const r = tag.attribute('r');
          const ref = r ? cellRef(r) : false;
          const col = ref ? refCol : nextCol;
          nextCol = col + 1;
          cell = cells.add();
          if ((cell & 4095) === 4095 && pulse !== undefined) pulse();
          cells.row[cell] = ref ? refRow : rowNumber;
          cells.col[cell] = col;
          const s = tag.attribute('s');
          cells.style[cell] = s === undefined ? 0 : Number(s);
          cells.start[cell] = at;
          cells.tagEnd[cell] = tagEnd;
          cells.end[cell] = -1;
          cells.sst[cell] = -1;
          cells.flags[cell] = 0;
          // Each attribute looked up once: the type as written, and CT_Cell's others (plainType).
          const t = tag.attribute('t');
          const vm = tag.attribute('vm');
          cells.setPlainType(
            cell,
            vm !== undefined || tag.attribute('cm') !== undefined || tag.attribute('ph') !== undefined
              ? null
              : (t ?? ''),
          );
          formula = null;
          cellDepth = depth - (tag.isSelfClosing ? 0 : 1);
          cellType = t;
          cellText = null;
          if (vm !== undefined) richValues.push({ row: cells.row[cell], col: col });
          break;
        }
        case 'v':
          inV = true;
          fromV = true;
          text = '';
          break;
        case 'f':
          inF = true;
          text = '';
          formulaStart = at;
          if (cell >= 0) formula ??= {};
          if (formula && tag.attribute('t') === 'shared') {
            formula.formulaKind = tag.attribute('ref') ? 'master' : 'dependent';
            formula.sharedIndex = Number(tag.attribute('si'));
          }
          if (formula && tag.attribute('t') === 'array') {
            formula.formulaKind = 'array';
            const area = parseAreaAddress(tag.attribute('ref') ?? '');
            if (area && (area.bottom > area.top || area.right > area.left)) {
              const anchor = { row: cells.row[cell], col: cells.col[cell] };
              // A dynamic array's anchor carries cm (cell metadata: XLDAPR); a legacy array's does not.
              // Its start tag is looked at only here, for an array formula (none for other cells).
              const dynamic = /\scm\s*=/.test(xml.slice(cells.start[cell], cells.tagEnd[cell]));
              arrays.push(dynamic ? { anchor, area } : { anchor, area, legacy: true });
            }
          }
          if (formula && tag.isSelfClosing) formula.formula = formula.formula ?? '';
          break;
        case 'is':
          inIs = true;
          fromV = false;
          text = '';
          break;
        case 'rPh':
          rph++;
          break;
        case 't':
          if (inIs && rph === 0) inT = true;
          break;
        case 'mergeCell': {
          const ref = tag.attribute('ref');
          const area = ref ? parseAreaAddress(ref) : null;
          if (area) merges.push(area);
          break;
        }
        case 'col': {
          // A hidden column range (ECMA-376 Part 1 §18.3.1.13, CT_Col `hidden`), up to the sheet's last column.
          const hidden = tag.attribute('hidden');
          if (hidden === '1' || hidden === 'true') {
            const min = Number(tag.attribute('min'));
            const max = Math.min(Number(tag.attribute('max')), 16384);
            if (min >= 1 && max >= min) for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
          }
          break;
        }
        case 'conditionalFormatting': {
          // A conditional format's ranges (ECMA-376 Part 1 §18.3.1.18, CT_ConditionalFormatting `sqref`:
          // a space-separated list). Rules kept only in the extension list (x14, `<xm:sqref>` as text) are
          // not read: Excel writes those rules' ranges in the main part too, except for some data bars.
          const sqref = tag.attribute('sqref');
          for (const ref of (sqref ?? '').split(/\s+/)) {
            const area = ref ? parseAreaAddress(ref) : null;
            if (area) conditionalFormats.push(area);
          }
          break;
        }
        case 'sheetProtection':
          isProtected = tag.attribute('sheet') === '1' || tag.attribute('sheet') === 'true';
          break;
      }
    },
    close(name, end, selfClosing) {
      if (!selfClosing) depth--;
      if (depth === 0 && hyperlinksAt < 0) hyperlinksAt = xml.lastIndexOf('<', end - 1);
      if (depth === 1 && name === 'hyperlinks' && hyperlinks && !selfClosing)
        hyperlinks.closeAt = xml.lastIndexOf('<', end - 1);
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
          if (cell >= 0) cellText = text;
          break;
        case 'f':
          inF = false;
          if (formula && text) formula.formula = text;
          if (formula) formula.formulaAt = { start: formulaStart, end };
          break;
        case 'rPh':
          rph--;
          break;
        case 't':
          inT = false;
          break;
        case 'c':
          if (cell >= 0) {
            cells.end[cell] = end;
            // A shared string's index read once, digits only (most of a sheet's cells): as valueOf and DIGITS would.
            const index = cellType === 's' && cellText !== null ? plainIndex(cellText) : -1;
            if (index >= 0) {
              cells.values[cell] = sharedStrings[index] ?? null;
              if (fromV) cells.sst[cell] = index;
            } else {
              cells.values[cell] = valueOf(cellType, cellText, sharedStrings);
              if (cellType === 's' && cellText !== null && fromV && DIGITS.test(cellText))
                cells.sst[cell] = Number(cellText);
            }
            if (formula) {
              cells.formulas.set(cell, formula);
              if (formula.formula !== undefined && cellText === null) cells.flags[cell] |= 2;
            }
          }
          cell = -1;
          formula = null;
          break;
      }
    },
    text(t) {
      if (inV || inF || inT) text += t;
    },
  });
  void sheetDataStart;
  void date1904;
  return {
    xml,
    prefix: elementPrefix(root),
    ns: root.ns,
    cells,
    merges,
    protected: isProtected,
    rows,
    sheetDataEnd,
    sheetDataSelfClosing: sheetDataSelf,
    hyperlinks,
    hyperlinksAt,
    rootTagEnd,
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(conditionalFormats.length > 0 ? { conditionalFormats } : {}),
    arrays,
    richValues,
  };
}

const DIGITS = /^\s*\d+\s*$/;

/** A text of one to nine ASCII digits as its number (a shared string's index), else -1 (valueOf and DIGITS then decide). */
function plainIndex(v: string): number {
  const n = v.length;
  if (n === 0 || n > 9) return -1;
  let x = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    x = x * 10 + (c - 48);
  }
  return x;
}

let refRow = 0;
let refCol = 0;

/**
 * A cell's `r` ("AB12") read into refRow and refCol (0-based) without a match or an object for each
 * of a sheet's cells; false when it is not a plain reference (parseCellAddress then decides).
 */
function cellRef(r: string): boolean {
  let col = 0;
  let i = 0;
  let c = r.charCodeAt(0);
  while (c >= 65 && c <= 90 && i < 3) {
    col = col * 26 + (c - 64);
    c = r.charCodeAt(++i);
  }
  if (i === 0 || i === r.length) return fallbackRef(r);
  let row = 0;
  const digitsFrom = i;
  for (; i < r.length; i++) {
    c = r.charCodeAt(i);
    if (c < 48 || c > 57) return fallbackRef(r);
    row = row * 10 + (c - 48);
  }
  if (i - digitsFrom > 7 || row === 0) return fallbackRef(r);
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

function fallbackRef(r: string): boolean {
  const at = parseCellAddress(r);
  if (!at) return false;
  refRow = at.row;
  refCol = at.col;
  return true;
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

/**
 * Whether a cell is covered by a merged area without being its first cell: asked for each cell, so
 * the areas are listed by row (an area taller than 10,000 rows is checked for every cell instead).
 */
export function mergedAwayTest(merges: Area[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  const byRow = new Map<number, Area[]>();
  const tall: Area[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 10000) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const covers = (m: Area, r: number, c: number) =>
    r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left);
  // Loops, not `some` with an arrow: asked for every cell, and an arrow made for each call was 20 MB of garbage at 10,000 indicators.
  return (r, c) => {
    const list = byRow.get(r);
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (covers(list[i], r, c)) return true;
    for (let i = 0; i < tall.length; i++) if (covers(tall[i], r, c)) return true;
    return false;
  };
}

/** The grid the engine reads from a parsed sheet (as read-grids.ts gives it from ExcelJS). */
export function gridOf(sheet: PackageSheet, read: SheetRead, styles: Styles, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formats = new NumberFormatsBuilder();
  const away = mergedAwayTest(read.merges);
  const cells = read.cells;
  // Cells come in order in a well-formed part; sorted only when they do not.
  const order = cells.inOrder() ? null : cells.sortedOrder();
  let uncalculated: [number, number][] | undefined;
  for (let k = 0; k < cells.length; k++) {
    const i = order ? order[k] : k;
    const r = cells.row[i];
    const c = cells.col[i];
    // A formula with no saved result is blank here; the core refuses it where a table it reads holds it (read/uncalculated.ts).
    if (cells.flags[i] & 2) (uncalculated ??= []).push([r, c]);
    const v = cells.values[i];
    if (v === null) continue;
    if (read.merges.length && away(r, c)) continue;
    if (typeof v === 'number') {
      const code = numberFormatOf(styles, cells.style[i]);
      formats.add(r, c, code);
    }
    while (values.length <= r) values.push([]);
    const row = values[r];
    while (row.length < c) row.push(null);
    row[c] = v;
  }
  const grid: SheetGrid = { name: sheet.name, id: sheet.sheetId, values, merges: read.merges };
  if (sheet.state !== 'visible') grid.hidden = true;
  if (read.hiddenColumns) grid.hiddenColumns = read.hiddenColumns;
  if (read.conditionalFormats) grid.conditionalFormats = read.conditionalFormats;
  const numberFormats = formats.build();
  if (numberFormats) grid.numberFormats = numberFormats;
  if (date1904) grid.date1904 = true;
  if (uncalculated) grid.uncalculated = uncalculated;
  return grid;
}
