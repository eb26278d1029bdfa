/**
 * Scoring by editing the workbook's package (issue 10): read the parts the engine needs, score, and
 * write a new zip in which every part the product does not own is copied as its compressed bytes.
 * The owned cells' `<c>` elements are rewritten in place in the sheet parts that hold them; the
 * generated sheets and the state sheet are written from the plan; workbook.xml, its relationships,
 * [Content_Types].xml and styles.xml get small additive edits.
 *
 * It is the command line's only reader and writer of workbooks (issue 10): nothing here loads ExcelJS.
 */
import * as path from 'path';
import * as zlib from 'zlib';
import {
  InputError,
  STATE_SHEET,
  cellAddress,
  commitRun,
  parseCellAddress,
  encodeState,
  planUndo,
  prepareRun,
  productSheetNames,
  ownedCellsConflict,
  snapshotKey,
  type CellSnapshot,
  type Journal,
  type OwnedCell,
  type RunOverrides,
  type SheetGrid,
  type UndoOutcome,
  type RunOutcome,
  type PreparedRun,
  type SheetNames,
  type WorkbookState,
  defaultSheetNames,
  sameSheetName,
  parseAreaAddress,
  type OfficeHyperlink,
  type OfficeTextRun,
  type Area,
} from '../../core';
import type { RunMeta, UndoDone } from '../session';
import { isEmptyState, readState } from '../state-sheet';
import { checkSheetParts } from '../package-parts';
import { officePatternOf, officeRunsOf, richInlineXml } from '../office-natives';
import {
  gridOf,
  mergedAwayTest,
  numberFormatOf,
  readPackage,
  readSheet,
  type Package,
  type PackageSheet,
  type RawCell,
  type SheetRead,
  type Styles,
} from './read';
import { contentSheetBytes, cellXml, stateSheetXml, withStateRows } from './sheet-xml';
import { StyleAdder } from './styles';
import { entryText, newEntry, writeZip, type ZipEntry } from './zip';
import { digestRows, unchangedScoring, type ScoringSummary } from './digest';
import {
  CONTENT_TYPES_NS,
  PACKAGE_REL_NS,
  REL_NS,
  STRICT_MAIN_NS,
  STRICT_REL_NS,
  attributesXml,
  elementPrefix,
  escapeAttr,
  excelText,
  nsAttribute,
  parseXml,
  prefixFor,
  startTag,
  utf8Of,
} from './xml';
import { slideFormula } from './formulas';
import { picturedCell } from './exceljs-journal';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELS_CONTENT = 'application/vnd.openxmlformats-package.relationships+xml';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

interface Loaded {
  pkg: Package;
  reads: Map<string, SheetRead>;
  grids: SheetGrid[];
}

/**
 * What the package path tells an observer: each sheet part it parses (tests count them: a no-change
 * rescore parses none), and the milliseconds of each stage of a scoring (the bench, issue 10):
 * `read` (zip and XML read), `engine` (the core: prepare, commit, encoding the state), `write` (XML
 * written and the zip).
 */
export interface Observer {
  partParsed?(part: string): void;
  /** Told every 4,096 cells a sheet part's read gives (the command fits its heap as the read goes: src/cli/heap.ts). */
  pulse?(): void;
  stage?(name: 'read' | 'engine' | 'write', ms: number): void;
  /**
   * Told once the state is read, before the engine's stage runs: the inflated bytes of the package
   * without the product's own sheets and the state sheet (`engineBytes`), what the engine's work grows
   * with. The command fits its compiler to it (src/cli/heap.ts): a rescore's package also holds the
   * Summary, Highlights and Findings sheets (4 MB more at 10,000 indicators), which the engine reads
   * only to compare, so the whole package's size would take a rescore of 10,000 indicators for a
   * workbook twice as large.
   */
  engineInput?(inflatedBytes: number): void;
}

/** The inflated bytes of the package's parts, without the parts of the sheets named (engineInput). */
function engineBytes(pkg: Package, without: readonly string[]): number {
  const skip = new Set<string>();
  for (const s of pkg.sheets) if (without.some((n) => sameSheetName(n, s.name))) skip.add(s.part);
  let n = 0;
  for (const e of pkg.entries) if (!skip.has(e.name)) n += e.size;
  return n;
}

function clock(observe: Observer | undefined, name: 'read' | 'engine' | 'write', since: number): number {
  const now = performance.now();
  observe?.stage?.(name, now - since);
  return now;
}

function damaged(e: unknown, shownPath: string): never {
  if (e instanceof InputError) throw e;
  const reason = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
  throw new InputError(
    `'${shownPath}' is damaged and cannot be read as an Excel workbook (${reason}): open it in Excel, let it repair the file, save it and try again.`,
  );
}

function load(bytes: Buffer, shownPath: string, observe: Observer = {}, read?: Package): Loaded {
  try {
    return loadParts(read ?? readPackage(bytes, shownPath), bytes, shownPath, observe);
  } catch (e) {
    damaged(e, shownPath);
  }
}

function loadParts(pkg: Package, bytes: Buffer, shownPath: string, observe: Observer): Loaded {
  const reads = new Map<string, SheetRead>();
  const grids = pkg.sheets.map((s) => {
    const entry = pkg.byName.get(s.part);
    let xml: string;
    try {
      if (!entry) throw new Error('missing');
      xml = entryText(entry);
    } catch {
      // The sentence naming the sheet whose part is missing or unreadable (issue 8).
      checkSheetParts(
        bytes,
        pkg.entries.map((e) => e.name),
        shownPath,
      );
      throw new Error(`the sheet '${s.name}' (${s.part}) cannot be read`);
    }
    observe.partParsed?.(s.part);
    const read = readSheet(xml, pkg.sharedStrings, pkg.date1904, observe.pulse);
    reads.set(s.name, read);
    return gridOf(s, read, pkg.styles, pkg.date1904);
  });
  return { pkg, reads, grids };
}

const masters = new WeakMap<SheetRead, Map<number, RawCell>>();

/** A cell's own formula: a shared formula's dependent gets its master's, moved to it. */
function formulaOf(read: SheetRead, raw: RawCell): string {
  if (raw.formulaKind !== 'dependent') return raw.formula ?? '';
  let bySi = masters.get(read);
  if (!bySi) {
    bySi = new Map(read.cells.filter((c) => c.formulaKind === 'master').map((c) => [c.sharedIndex!, c]));
    masters.set(read, bySi);
  }
  const master = bySi.get(raw.sharedIndex!);
  if (!master?.formula)
    throw new InputError(
      `The cell ${cellAddress(raw.row, raw.col)} shares a formula with a cell the sheet does not hold, so the file is damaged: open it in Excel, let it repair the file, save it and try again.`,
    );
  return slideFormula(master.formula, cellAddress(master.row, master.col), cellAddress(raw.row, raw.col));
}

/** The `<c>` element with its shared formula written out in full (its master is being overwritten). */
function detachedXml(read: SheetRead, raw: RawCell): string {
  const f = raw.formulaAt!;
  const p = read.prefix;
  return `${read.xml.slice(raw.start, f.start)}<${p}f>${excelText(formulaOf(read, raw))}</${p}f>${read.xml.slice(f.end, raw.end)}`;
}

const awayTests = new WeakMap<SheetRead, (row: number, col: number) => boolean>();

/** Whether the cell is covered by a merged area without being its first cell (the test built once per sheet). */
function mergedAway(read: SheetRead, row: number, col: number): boolean {
  let test = awayTests.get(read);
  if (!test) awayTests.set(read, (test = mergedAwayTest(read.merges)));
  return test(row, col);
}

/** A sheet's cells by place (row × 16,384 + column). */
interface CellLookup {
  get(key: number): RawCell | undefined;
  /**
   * Where a new cell of row `r` at column `col` goes: the start of the first cell of that row to its
   * right, or -1 when none is (before `</row>` then). No RawCell made (issue 10: a row's cells made as
   * objects for each row scoring adds cells to were most of the write's garbage at 10,000 indicators).
   */
  startAfter(r: number, col: number): number;
}

const indexes = new WeakMap<SheetRead, CellLookup>();

/**
 * A sheet's cells by place, made once per parsed sheet. Cells in the part's order (rows and columns
 * ascending, as Excel writes them) are found through a table of where each row's cells begin (one
 * Int32Array entry per row number up to the last) and a search within the row, with no map of every
 * cell (300,000 entries at 10,000 indicators); otherwise a map is made.
 */
function cellIndex(read: SheetRead): CellLookup {
  let index = indexes.get(read);
  if (index) return index;
  const cells = read.cells;
  const { row: rows, col: cols } = cells;
  if (cells.inOrder()) {
    const n = cells.length;
    const last = n > 0 ? rows[n - 1] : -1;
    // firstOf[r]: the index of the first cell at or after row r (n past the last; rows ascend), when
    // the rows are not too sparse for a table (a cell typed in row 1,048,576 of a small sheet).
    const firstOf = last < 8 * n + 4096 ? new Int32Array(last + 2) : null;
    if (firstOf)
      for (let r = 0, i = 0; r <= last + 1; r++) {
        while (i < n && rows[i] < r) i++;
        firstOf[r] = i;
      }
    /** The index of the first cell at or after row `r`, column `c` (n when none). */
    const lowerBound = (r: number, c: number) => {
      // Binary search (within the row when the table is there), rows and columns compared in place
      // with no call per step (the write runs without the optimising compiler, src/cli/heap.ts).
      if (firstOf && r > last) return n;
      let lo = firstOf ? firstOf[r] : 0;
      let hi = firstOf ? firstOf[r + 1] : n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const rm = rows[mid];
        if (rm < r || (rm === r && cols[mid] < c)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    index = {
      get(key) {
        const r = Math.floor(key / 16384);
        const c = key - r * 16384;
        const i = lowerBound(r, c);
        return i < n && rows[i] === r && cols[i] === c ? cells.at(i) : undefined;
      },
      startAfter(r, col) {
        const i = lowerBound(r, col + 1);
        return i < n && rows[i] === r ? cells.start[i] : -1;
      },
    };
  } else {
    const all = cells.all();
    const map = new Map(all.map((c) => [c.row * 16384 + c.col, c]));
    const row = (r: number) => all.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    index = {
      get: (key) => map.get(key),
      startAfter: (r, col) => row(r).find((c) => c.col > col)?.start ?? -1,
    };
  }
  indexes.set(read, index);
  return index;
}

const fillPatterns = new WeakMap<Styles, Map<number, ReturnType<typeof officePatternOf>>>();

/**
 * The pattern of a fill of styles.xml (officePatternOf), read once per fill rather than once per owned
 * cell: a parser for each of 30,000 owned cells cost more than reading every sheet of a small workbook.
 */
function fillPatternOf(styles: Styles, fillId: number): ReturnType<typeof officePatternOf> {
  let byFill = fillPatterns.get(styles);
  if (!byFill) fillPatterns.set(styles, (byFill = new Map()));
  if (byFill.has(fillId)) return byFill.get(fillId);
  const pattern = officePatternOf(styles.fillXml[fillId], undefined, styles.ns);
  byFill.set(fillId, pattern);
  return pattern;
}

/** An xsd:boolean attribute set ("1" or "true"). */
function isOn(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** What an owned cell holds before scoring, as cellSnapshot gives it from ExcelJS. */
function snapshotOf(
  pkg: Package,
  read: SheetRead,
  raw: RawCell | undefined,
  row: number,
  col: number,
  part?: string,
  shrink?: boolean,
): CellSnapshot {
  if (!raw)
    return {
      value: null,
      format: shrink
        ? { numberFormat: 'General', fill: null, fontColor: null, shrinkToFit: false }
        : { numberFormat: 'General', fill: null, fontColor: null },
    };
  // ExcelJS gives a cell of style 0 no style at all (no font colour, no fill): the journal says the same.
  const xf = raw.style ? pkg.styles.xfs[raw.style] : undefined;
  const snap: CellSnapshot = {
    value: mergedAway(read, row, col) ? null : raw.value,
    format: {
      numberFormat: numberFormatOf(pkg.styles, raw.style),
      fill: xf ? (pkg.styles.fills[xf.fillId] ?? null) : null,
      fontColor: xf ? (pkg.styles.fontColours[xf.fontId] ?? null) : null,
    },
  };
  // Shrink to fit, where the cell's write sets it (a zero target's words): the journal puts the cell's own back.
  if (shrink) snap.format.shrinkToFit = isOn(xf?.alignment?.shrinkToFit);
  if (raw.formula !== undefined && !mergedAway(read, row, col)) snap.formula = `=${formulaOf(read, raw)}`;
  // A pattern fill (issue 8 item 6): kept as the add-in keeps one, so an undo that cannot put the <c> element
  // back verbatim (rows moved since, or the add-in's undo) still gives back the pattern over its fill colour.
  const pattern = xf ? fillPatternOf(pkg.styles, xf.fillId) : undefined;
  if (pattern) {
    snap.format.fill = pattern.under;
    snap.native = { kind: 'office', fill: pattern.pattern };
  }
  // Rich text likewise (the runs as the add-in keeps them), for the add-in's undo and this path's after edits.
  const textRuns = typeof snap.value === 'string' ? richTextAt(pkg, read, raw) : undefined;
  if (textRuns) snap.native = { ...(snap.native ?? { kind: 'office' }), kind: 'office', textRuns };
  // And its hyperlink, so that a link the analyst removes after the scoring comes back with the undo.
  const links = part ? linksOf(pkg, read, part) : undefined;
  const hyperlink = links?.size ? links.get(cellAddress(row, col)) : undefined;
  if (hyperlink) snap.native = { ...(snap.native ?? { kind: 'office' }), kind: 'office', hyperlink };
  return snap;
}

/** Each sheet's hyperlinks by cell, as the add-in keeps a link (OfficeHyperlink): read once, when asked. */
const linkCache = new WeakMap<SheetRead, Map<string, OfficeHyperlink>>();

/**
 * A sheet part's `<hyperlink>` elements (its `<hyperlinks>`, read with the part's bindings): each one's
 * area, its relationship id (`r:id`, by namespace, whatever its prefix), `location` and `tooltip`.
 */
function hyperlinkElements(read: SheetRead): { area: Area; id?: string; location?: string; tooltip?: string }[] {
  const h = read.hyperlinks;
  if (!h || h.closeAt < 0) return [];
  const out: { area: Area; id?: string; location?: string; tooltip?: string }[] = [];
  parseXml(
    read.xml.slice(h.start, read.xml.indexOf('>', h.closeAt) + 1),
    {
      open(tag) {
        if (tag.name !== 'hyperlink') return;
        const area = parseAreaAddress(tag.attribute('ref') ?? '');
        if (!area) return;
        out.push({
          area,
          id: nsAttribute(tag, [REL_NS, STRICT_REL_NS], 'id'),
          location: tag.attribute('location'),
          tooltip: tag.attribute('tooltip'),
        });
      },
    },
    undefined,
    read.ns,
  );
  return out;
}

/** A relationships part's targets by id (`Target`, as written). */
function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(
    xml,
    {
      open(tag) {
        const id = tag.attribute('Id');
        const target = tag.attribute('Target');
        if (tag.name === 'Relationship' && id && target !== undefined) targets.set(id, target);
      },
    },
    [PACKAGE_REL_NS],
  );
  return targets;
}

/**
 * A sheet part's `<hyperlinks>` by cell: an address from the sheet's relationship (`r:id`, with its
 * `location` after "#" when it has one), else a place in the workbook (`location`), and its screen tip.
 */
function linksOf(pkg: Package, read: SheetRead, part: string): Map<string, OfficeHyperlink> {
  const known = linkCache.get(read);
  if (known) return known;
  const links = new Map<string, OfficeHyperlink>();
  linkCache.set(read, links);
  const elements = hyperlinkElements(read);
  if (elements.length === 0) return links;
  const relsEntry = pkg.byName.get(relsPartOf(part));
  const targets = relsEntry ? relationshipTargets(entryText(relsEntry)) : new Map<string, string>();
  for (const { area, id, location, tooltip } of elements) {
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 10000) continue;
    const target = id ? targets.get(id) : undefined;
    const link: OfficeHyperlink = target
      ? { address: location ? `${target}#${location}` : target }
      : location
        ? { documentReference: location }
        : {};
    if (!link.address && !link.documentReference) continue;
    if (tooltip) link.screenTip = tooltip;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) links.set(cellAddress(r, c), link);
  }
  return links;
}

/** A `<c>` element's start-tag attributes, whether it holds runs, and its `<v>` text, read with the part's bindings. */
function cellParts(
  xml: string,
  ns: Record<string, string>,
): { attributes: Record<string, string>; runs: boolean; v: string } {
  let attributes: Record<string, string> = {};
  let runs = false;
  let depth = 0;
  let inV = false;
  let v = '';
  parseXml(
    xml,
    {
      open(tag) {
        if (depth === 0) attributes = tag.attributes;
        if (tag.name === 'r' && depth === 2) runs = true;
        if (tag.name === 'v' && depth === 1) inV = true;
        if (!tag.isSelfClosing) depth++;
      },
      close(name, _end, self) {
        if (!self) depth--;
        if (name === 'v') inV = false;
      },
      text(t) {
        if (inV) v += t;
      },
    },
    undefined,
    ns,
  );
  return { attributes, runs, v };
}

/**
 * A rich-text cell's runs (an inline `<is>` or a shared `<si>` with runs), as the add-in keeps them
 * (office-natives.ts officeRunsOf), where their text is the cell's value; else undefined.
 */
function richTextAt(pkg: Package, read: SheetRead, raw: RawCell): OfficeTextRun[] | undefined {
  // Most cells have no runs: inline text without an <r>, or a shared string where no string is rich.
  if (!raw.runs && (pkg.richSharedStrings === null || (raw.plainType !== null && raw.plainType !== 's')))
    return undefined;
  const xml = read.xml.slice(raw.start, raw.end);
  const cell = cellParts(xml, read.ns);
  let runs: OfficeTextRun[] | undefined;
  if (cell.attributes.t === 'inlineStr') runs = cell.runs ? officeRunsOf(xml, undefined, read.ns) : undefined;
  else if (cell.attributes.t === 's') {
    const strings = pkg.richSharedStrings;
    const at = strings && /^\s*\d+\s*$/.test(cell.v) ? strings.items[Number(cell.v)] : undefined;
    runs = at !== undefined ? officeRunsOf(at, undefined, strings!.ns) : undefined;
  }
  return runs && runs.map((r) => r.text).join('') === raw.value ? runs : undefined;
}

/**
 * `<c>` elements with their style index replaced (content as they were): each start tag written
 * again from its attributes as the parser read them (with the part's own bindings), `s` after `r`.
 * All of a sheet's are parsed in one pass (a parser each would cost more than the rest of the write).
 */
function restyledAll(read: SheetRead, cells: { xml: string; style: number }[]): string[] {
  if (cells.length === 0) return [];
  const starts: number[] = [];
  let doc = '<w>';
  for (const c of cells) {
    starts.push(doc.length);
    doc += c.xml;
  }
  doc += '</w>';
  const tags: { attributes: Record<string, string>; tagEnd: number; self: boolean }[] = [];
  let depth = 0;
  parseXml(
    doc,
    {
      open(tag, _at, tagEnd) {
        if (depth === 1) tags.push({ attributes: tag.attributes, tagEnd, self: tag.isSelfClosing });
        if (!tag.isSelfClosing) depth++;
      },
      close(_name, _end, self) {
        if (!self) depth--;
      },
    },
    undefined,
    read.ns,
  );
  return cells.map((c, i) => {
    const { attributes, tagEnd, self } = tags[i];
    const a: Record<string, string> = {};
    if (attributes.r !== undefined) a.r = attributes.r;
    if (c.style) a.s = String(c.style);
    for (const k in attributes) if (k !== 'r' && k !== 's') a[k] = attributes[k];
    return `${startTag(read.prefix, 'c', a, self)}${c.xml.slice(tagEnd - starts[i])}`;
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text's pieces with the edits made, in order: what is kept between edits, and each edit's text. */
function editedPieces(xml: string, edits: Edit[]): string[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out;
}

function applyEdits(xml: string, edits: Edit[]): string {
  return editedPieces(xml, edits).join('');
}

/**
 * The text with the edits made, as UTF-8 bytes (utf8Of): a patched sheet part is never made as one
 * string first. The pieces are cut at element boundaries, so no surrogate pair is split between two.
 *
 * When the text is ASCII — as most sheet parts are, Excel keeping their words in the shared strings —
 * the stretches kept between edits are written as Latin-1 (the same bytes as UTF-8 for ASCII, and a
 * straight copy of V8's one-byte string), into a buffer sized for the worst case, with no pass to
 * measure each piece first (issue 10: about half the time of utf8Of on a sheet of 10,000 indicators).
 */
function editedBytes(xml: string, edits: Edit[]): Buffer {
  if (Buffer.byteLength(xml, 'utf8') !== xml.length) return utf8Of(editedPieces(xml, edits));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  // A UTF-16 code unit is at most 3 bytes of UTF-8.
  let size = xml.length;
  for (let i = 0; i < edits.length; i++) size += 3 * edits[i].text.length;
  const out = Buffer.allocUnsafe(size);
  // As editedPieces cuts the text: what is kept before each edit (none where edits overlap), the edit.
  // Indexed loops: the write runs without the optimising compiler (src/cli/heap.ts), where `for … of`
  // makes an object for each step (3 MB at 10,000 indicators here).
  let w = 0;
  let at = 0;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start > at) w += out.write(xml.slice(at, e.start), w, 'latin1');
    w += out.write(e.text, w, 'utf8');
    at = e.end;
  }
  if (xml.length > at) w += out.write(xml.slice(at), w, 'latin1');
  return out.subarray(0, w);
}

/**
 * What undo needs to give a sheet part back byte for byte: each owned cell's `<c>` element as it was
 * (null: there was none), the rows scoring added, and the empty rows (`<row/>`) it opened.
 */
export interface SheetUndo {
  cells: [string, string | null][];
  /**
   * Cells the product does not own that shared a formula with an owned cell it overwrote: the formula
   * written out in full in each ([address, `<c>` before, `<c>` written]); undo puts back those still as written.
   */
  detached?: [string, string, string][];
  addedRows: number[];
  selfClosingRows: [number, string][];
}

export interface PackageJournal {
  /** The journal's time: this package journal belongs to that scoring only. */
  at: string;
  sheets: Record<string, SheetUndo>;
  /**
   * The shared strings the journalled `<c>` elements refer to (index → text), as they were at the scoring:
   * a workbook saved since by Excel (or any other writer) has its shared strings renumbered — a string only
   * the scoring's journal still used is dropped — so those elements are put back verbatim only while every
   * index still holds its text. Absent in package journals written before it was kept.
   */
  strings?: Record<string, string>;
}

/**
 * The shared strings (index → text) the journalled `<c>` elements of a scoring refer to, each sheet's
 * elements read with the namespace bindings its part has (`bindingsOf`, by sheet name; a sheet with none,
 * no longer there, is passed over). Null when an element does not read as SpreadsheetML's `<c>` with them — the part saved since with
 * another prefix, or none (`<x:c>` in a part that no longer binds `x`) — as such elements cannot go back
 * verbatim.
 */
function journalStrings(
  pkg: Package,
  sheets: Record<string, SheetUndo>,
  bindingsOf: (sheet: string) => Record<string, string> | undefined,
): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [name, undo] of Object.entries(sheets)) {
    const bindings = bindingsOf(name);
    if (!bindings) continue;
    const elements: string[] = [];
    for (const [, xml] of undo.cells) if (xml) elements.push(xml);
    for (const [, xml] of undo.detached ?? []) if (xml) elements.push(xml);
    if (elements.length === 0) continue;
    // One parse of the sheet's elements side by side (a parser each would cost more than the rest).
    let depth = 0;
    let shared = false;
    let inV = false;
    let v = '';
    let foreign = false;
    try {
      parseXml(
        `<w>${elements.join('')}</w>`,
        {
          open(tag) {
            if (depth === 1) {
              if (tag.name !== 'c') foreign = true;
              shared = tag.attribute('t') === 's';
              v = '';
            }
            if (depth === 2 && tag.name === 'v') inV = !tag.isSelfClosing;
            if (!tag.isSelfClosing) depth++;
          },
          close(tagName, _end, self) {
            if (!self) depth--;
            if (tagName === 'v') inV = false;
            if (depth === 1 && tagName === 'c' && shared && /^\s*\d+\s*$/.test(v)) {
              const at = String(Number(v));
              out[at] = pkg.sharedStrings[Number(at)] ?? '';
            }
          },
          text(t) {
            if (inV) v += t;
          },
        },
        undefined,
        bindings,
      );
    } catch {
      return null;
    }
    if (foreign) return null;
  }
  return out;
}

const PACKAGE_JOURNAL = 'packageJournal';
const CHUNK = 30000;

/**
 * The package journal as rows of the state sheet (an extra key the core's decodeState passes over):
 * its JSON deflated and in base64, 30,000 characters a row (issue 10 item 5: the `<c>` elements of
 * 50,000 owned cells are 1.7 MB of JSON, about 0.1 MB so). Text, so it is written inline, never as
 * shared strings.
 */
export function packageJournalRows(journal: PackageJournal): string[][] {
  const text = zlib.deflateRawSync(Buffer.from(JSON.stringify(journal), 'utf8')).toString('base64');
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([PACKAGE_JOURNAL, text.slice(i, i + CHUNK)]);
  return rows;
}

/** The package journal kept on the state sheet: deflated base64, or (as first written) plain JSON. */
export function readPackageJournal(values: SheetGrid['values']): PackageJournal | null {
  const text = values
    .filter((r) => r[0] === PACKAGE_JOURNAL)
    .map((r) => String(r[1] ?? ''))
    .join('');
  if (!text) return null;
  try {
    const json = text.startsWith('{') ? text : zlib.inflateRawSync(Buffer.from(text, 'base64')).toString('utf8');
    return JSON.parse(json) as PackageJournal;
  } catch {
    return null;
  }
}

/** A sheet's relationships (`xl/worksheets/_rels/sheetN.xml.rels`) with links added to it by undo. */
class SheetLinks {
  private readonly part: string;
  private readonly xml: string | null;
  private readonly ids = new Set<string>();
  private readonly rels: string[] = [];
  private closeAt = -1;
  private prefix = '';
  private next = 1;

  /**
   * `xml`: the relationships part as it is now (one undo edited already), else the package's; `stem` the
   * start of the ids it makes.
   */
  constructor(
    pkg: Package,
    sheetPart: string,
    xml?: string | null,
    private readonly stem = 'rIdPS',
  ) {
    this.part = relsPartOf(sheetPart);
    const entry = pkg.byName.get(this.part);
    this.xml = xml ?? (entry ? entryText(entry) : null);
    if (this.xml !== null) {
      const xml = this.xml;
      const root = parseXml(
        xml,
        {
          open: (t) => t.name === 'Relationship' && this.ids.add(t.attributes.Id),
          close: (name, end) => {
            if (name === 'Relationships') this.closeAt = xml.lastIndexOf('<', end - 1);
          },
        },
        [PACKAGE_REL_NS],
      );
      this.prefix = elementPrefix(root);
    }
  }

  /** A new external link's relationship id. */
  add(target: string): string {
    let id = `${this.stem}${this.next++}`;
    while (this.ids.has(id)) id = `${this.stem}${this.next++}`;
    this.ids.add(id);
    this.rels.push(
      `<${this.prefix}Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escapeAttr(target)}" TargetMode="External"/>`,
    );
    return id;
  }

  /** The part with the links added (isNew: the sheet had none), or null when none was added. */
  written(): { part: string; xml: string; isNew: boolean } | null {
    if (this.rels.length === 0) return null;
    if (this.xml === null)
      return {
        part: this.part,
        xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">${this.rels.join('')}</Relationships>`,
        isNew: true,
      };
    const at = this.closeAt;
    return { part: this.part, xml: this.xml.slice(0, at) + this.rels.join('') + this.xml.slice(at), isNew: false };
  }
}

/**
 * The parts written afresh, each deflated as soon as it is made (issue 10 item 2): the XML of one
 * sheet at a time is alive, not every changed part's XML at once until the zip is written.
 */
class Replaced {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  constructor(private readonly now: Date) {}
  /** `keepText`: the XML is kept too, for an undo that edits the part again (text()). */
  set(part: string, xml: string | Buffer, keepText = false): void {
    this.entries.set(part, newEntry(part, xml, this.now));
    if (keepText) this.texts.set(part, typeof xml === 'string' ? xml : xml.toString('utf8'));
    else this.texts.delete(part);
  }
  get(part: string): ZipEntry | undefined {
    return this.entries.get(part);
  }
  /** The part's XML as last set, or undefined when it has not been. */
  text(part: string): string | undefined {
    const entry = this.entries.get(part);
    return this.texts.get(part) ?? (entry ? entryText(entry) : undefined);
  }
}

/** What undo tells patchSheet of the cells it puts back: the snapshot kept, and the id of a link's relationship. */
interface PuttingBack {
  shown(row: number, col: number): CellSnapshot | undefined;
  /** The relationship id (in the sheet's .rels part) of an external link to `target`. */
  linkId(target: string): string;
}

/**
 * The owned cells of one sheet written into its part: each `<c>` element rewritten (or inserted in
 * column order, in a new row where there was none). In an undo, `back` gives each cell's snapshot: a
 * formula is written with the result it showed, and what an old journal pictured exactly (ExcelJS's
 * picture: rich text, a link, a theme colour …) is written as that.
 */
function patchSheet(
  read: SheetRead,
  cells: OwnedCell[],
  styles: StyleAdder,
  back?: PuttingBack,
): { edits: Edit[]; formulasGone: boolean; undo: SheetUndo; strings: number[] } {
  const undo: SheetUndo = { cells: [], addedRows: [], selfClosingRows: [] };
  // The shared strings the journalled elements refer to (their indices, as read).
  const strings: number[] = [];
  const p = read.prefix;
  const index = cellIndex(read);
  const edits: Edit[] = [];
  const inserts = new Map<number, { col: number; xml: string }[]>();
  let formulasGone = false;
  // A shared formula's master about to be overwritten: every other cell sharing it gets the formula
  // written out in full first (what the ExcelJS path's detachSharedFormulas does), so it keeps its own.
  const overwritten = new Set<number>();
  const detachSi = new Set<number>();
  // Only a sheet with a shared formula's master has any to detach (most have none: no cell is looked up twice).
  let masters = false;
  for (const f of read.cells.formulas.values()) if (f.formulaKind === 'master') masters = true;
  for (const owned of masters ? cells : []) {
    if (owned.value === null || mergedAway(read, owned.row, owned.col)) continue;
    const key = owned.row * 16384 + owned.col;
    overwritten.add(key);
    const raw = index.get(key);
    if (raw?.formulaKind === 'master') detachSi.add(raw.sharedIndex!);
  }
  const detached = new Map<number, string>();
  if (detachSi.size) {
    for (const c of read.cells) {
      const key = c.row * 16384 + c.col;
      if (c.formulaKind !== 'dependent' || !detachSi.has(c.sharedIndex!) || overwritten.has(key)) continue;
      detached.set(key, detachedXml(read, c));
    }
  }
  const ownedKeys = new Set(detached.size ? cells.map((c) => c.row * 16384 + c.col) : []);
  for (const [key, xml] of detached) {
    if (ownedKeys.has(key)) continue;
    const c = index.get(key)!;
    edits.push({ start: c.start, end: c.end, text: xml });
    (undo.detached ??= []).push([cellAddress(c.row, c.col), read.xml.slice(c.start, c.end), xml]);
    if (c.sst >= 0) strings.push(c.sst);
  }
  const links: string[] = [];
  const restyles: { xml: string; style: number }[] = [];
  const restyledEdits: number[] = [];
  for (const owned of cells) {
    const raw = index.get(owned.row * 16384 + owned.col);
    const shown = back?.shown(owned.row, owned.col);
    const pictured = shown?.native ? picturedCell(shown.native, p) : null;
    const style = styles.styleFor(
      raw?.style ?? 0,
      owned.format,
      shown?.native?.kind === 'office' ? shown.native.fill : undefined,
      pictured && (pictured.font || pictured.fill) ? { font: pictured.font, fill: pictured.fill } : undefined,
    );
    const away = mergedAway(read, owned.row, owned.col);
    const ref = cellAddress(owned.row, owned.col);
    undo.cells.push([ref, raw ? read.xml.slice(raw.start, raw.end) : null]);
    if (raw && raw.sst >= 0) strings.push(raw.sst);
    let xml: string;
    if (pictured?.hyperlink && back) links.push(hyperlinkXml(read, ref, pictured.hyperlink, back));
    if (pictured?.value && !away) {
      if (raw?.formula !== undefined) formulasGone = true;
      const { type, inner } = pictured.value;
      const attrs = `${style ? ` s="${style}"` : ''}${type ? ` t="${type}"` : ''}`;
      xml = inner ? `<${p}c r="${ref}"${attrs}>${inner}</${p}c>` : `<${p}c r="${ref}"${attrs}/>`;
    } else if (owned.value === null || away) {
      const detachedXml = detached.get(owned.row * 16384 + owned.col);
      if (raw && raw.plainType !== null && detachedXml === undefined) {
        // The start tag had only r, s and t (as read): written again from them with the new style.
        const t = raw.plainType ? ` t="${escapeAttr(raw.plainType)}"` : '';
        const self = read.xml.charCodeAt(raw.tagEnd - 2) === 47; // "/>"
        xml = `<${p}c r="${ref}"${style ? ` s="${style}"` : ''}${t}${self ? '/>' : '>'}${read.xml.slice(raw.tagEnd, raw.end)}`;
      } else if (raw) {
        // Written once every such cell is known (restyledAll), in this edit.
        xml = '';
        restyles.push({ xml: detachedXml ?? read.xml.slice(raw.start, raw.end), style });
      } else xml = cellXml(cellAddress(owned.row, owned.col), style, null, null, p);
    } else {
      // An array formula's first cell overwritten: the other cells of its range keep their values, as values.
      if (raw?.formula !== undefined) formulasGone = true;
      xml = cellXml(
        cellAddress(owned.row, owned.col),
        style,
        owned.value,
        typeof owned.value === 'object' ? (shown?.value ?? null) : null,
        p,
      );
    }
    if (raw) {
      if (xml === '') restyledEdits.push(edits.length);
      edits.push({ start: raw.start, end: raw.end, text: xml });
    } else {
      const list = inserts.get(owned.row);
      if (list) list.push({ col: owned.col, xml });
      else inserts.set(owned.row, [{ col: owned.col, xml }]);
    }
  }
  restyledAll(read, restyles).forEach((xml, i) => (edits[restyledEdits[i]].text = xml));
  const rowNumbers = [...read.rows.keys()].sort((a, b) => a - b);
  for (const [r, list] of inserts) {
    list.sort((a, b) => a.col - b.col);
    const row = read.rows.get(r);
    if (row) {
      if (row.selfClosing) {
        undo.selfClosingRows.push([r, read.xml.slice(row.start, row.end)]);
        const open = read.xml.slice(row.start, row.end).replace(/\s*\/>$/, '>');
        edits.push({ start: row.start, end: row.end, text: `${open}${list.map((x) => x.xml).join('')}</${p}row>` });
        continue;
      }
      // Each new cell goes before the first existing cell to its right, else before </row>.
      const closeAt = read.xml.lastIndexOf('<', row.end - 1);
      const groups = new Map<number, string[]>();
      for (const x of list) {
        const next = index.startAfter(r, x.col);
        const at = next >= 0 ? next : closeAt;
        const g = groups.get(at);
        if (g) g.push(x.xml);
        else groups.set(at, [x.xml]);
      }
      for (const [at, xs] of groups) edits.push({ start: at, end: at, text: xs.join('') });
    } else {
      const next = rowNumbers.find((n) => n > r);
      const at = next !== undefined ? read.rows.get(next)!.start : read.sheetDataEnd;
      const text = `<${p}row r="${r + 1}">${list.map((x) => x.xml).join('')}</${p}row>`;
      undo.addedRows.push(r);
      if (at < 0) {
        const self = read.sheetDataSelfClosing;
        if (!self) throw new Error(`sheet part has no sheetData`);
        edits.push({ start: self.start, end: self.end, text: `<${p}sheetData>${text}</${p}sheetData>` });
      } else edits.push({ start: at, end: at, text });
    }
  }
  if (links.length) edits.push(hyperlinksEdit(read, p, links));
  // Rows written at one place in order of row number: inserts at the same point keep that order.
  return { edits, formulasGone, undo, strings };
}

/**
 * A `<hyperlink>` for a cell an old journal pictured with a link, as ExcelJS wrote one: a link within
 * the workbook ("#'P1'!A5") by its location, any other through an external relationship of the sheet.
 */
function hyperlinkXml(
  read: SheetRead,
  ref: string,
  link: { target: string; tooltip?: string },
  back: PuttingBack,
): string {
  const a: Record<string, string> = { ref };
  if (link.target.startsWith('#')) a.location = link.target.slice(1);
  else {
    const r = prefixFor(read.ns, [REL_NS, STRICT_REL_NS]);
    if (r) a[`${r}:id`] = back.linkId(link.target);
    else Object.assign(a, { 'xmlns:r': REL_NS, 'r:id': back.linkId(link.target) });
  }
  if (link.tooltip) a.tooltip = link.tooltip;
  return startTag(read.prefix, 'hyperlink', a, true);
}

function requireWritablePackage(
  pkg: Package,
  reads: Map<string, SheetRead>,
  writesTo: string[],
  changesSheets: boolean,
): void {
  for (const name of writesTo) {
    const read = [...reads].find(([n]) => sameSheetName(n, name))?.[1];
    if (read?.protected) {
      const sheet = pkg.sheets.find((s) => sameSheetName(s.name, name))!;
      throw new InputError(
        `The sheet '${sheet.name}' is protected, so its scores cannot be written there. Unprotect it in Excel (Review > Unprotect Sheet), save it and try again.`,
      );
    }
  }
  if (changesSheets && pkg.structureLocked) {
    throw new InputError(
      "The workbook's structure is protected, so the summary sheets cannot be added or replaced. Unprotect it in Excel (Review > Protect Workbook), save it and try again.",
    );
  }
}

interface SheetItem {
  xml: string;
  attributes: Record<string, string>;
  name: string;
  state: PackageSheet['state'];
  oldIndex: number | null;
  part: string;
}

/** A `<sheet>` element of workbook.xml from its attributes, with the prefix the part writes its elements with. */
function sheetElement(prefix: string, attributes: Record<string, string>): string {
  return startTag(prefix, 'sheet', attributes, true);
}

function relsPartOf(part: string): string {
  return `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
}

/**
 * Sheets of the analyst's whose names the summaries would have taken (so they got others): the
 * default names not used, and not the product's own sheets (listed by the state, or recognised by their
 * content: see the 'product-sheet-not-listed' Note).
 */
export function namesTakenBy(run: PreparedRun, productSheets: { name: string }[]): string[] {
  const ours = new Set(productSheets.map((p) => p.name.toLowerCase()));
  // A sheet that looks like the product's without the state listing it has its own Note: not "your own sheet".
  for (const f of run.result.findings) if (f.kind === 'product-sheet-not-listed') ours.add(f.sheet.toLowerCase());
  const defaults = defaultSheetNames(run.result.quarterNumber);
  // Only a sheet that is there takes a name: not one the product's own sheet had before the analyst renamed it.
  const sheets = new Set([...run.places.keys(), ...run.productGrids.keys()].map((n) => n.toLowerCase()));
  return (Object.keys(defaults) as (keyof SheetNames)[])
    .filter((k) => run.names[k] !== defaults[k] && !ours.has(defaults[k].toLowerCase()))
    .filter((k) => sheets.has(defaults[k].toLowerCase()))
    .map((k) => defaults[k]);
}

/** What the command prints about a run, as the digest keeps it for a no-change rescore. */
export function summaryOf(run: PreparedRun, state: WorkbookState): ScoringSummary {
  const summary: ScoringSummary = {
    result: run.result,
    names: run.names,
    cells: run.ownedCellCount,
    tableSheets: run.plan.patches.map((p) => p.sheet),
    namesTaken: namesTakenBy(run, state.productSheets),
  };
  // Only when no table has a column for the scores, so the digest of every other workbook is as before.
  if (run.uncoloured) summary.uncoloured = run.uncoloured;
  return summary;
}

/** A scoring by the package path: what the command prints, whether it changed anything, the new file. */
export interface PackageScoring {
  summary: ScoringSummary;
  changed: boolean;
  bytes: Buffer;
  /** Product sheets regenerated because they had been edited by hand (RunOutcome.editedSheets). */
  editedSheets?: string[];
}

/** What the engine's stage leaves for the write: the grids, snapshots and prepared run are let go before it. */
interface Scored {
  changed: boolean;
  reads: Map<string, SheetRead>;
  outcome: RunOutcome;
  stateRows: string[][];
  /** What the command prints, and what the digest keeps. */
  summary: ScoringSummary;
  digestSummary: ScoringSummary;
  /** When the engine's stage ended. */
  t: number;
}

/**
 * The sheets read, scored and committed (the read and engine stages of scorePackage), in a function of
 * its own so that what the write does not need — every sheet's grid, the owned cells' snapshots, the
 * prepared run — is garbage by the time it starts (peak memory, issue 10). 'unfinished': the state's
 * journal is an add-in run that failed part-way, to be undone first.
 */
function scoreParts(
  pkg: Package,
  bytes: Buffer,
  shownPath: string,
  overrides: RunOverrides,
  meta: RunMeta & { now: Date; observe?: Observer },
  since: number,
): Scored | 'unfinished' {
  let t = since;
  const { reads, grids } = load(bytes, shownPath, meta.observe, pkg);
  t = clock(meta.observe, 'read', t);
  const stateBefore = readState(grids);
  if (stateBefore.journal?.complete === false) return 'unfinished';
  meta.observe?.engineInput?.(engineBytes(pkg, productSheetNames(stateBefore)));
  const run = prepareRun(grids, stateBefore, overrides);
  // Owned cells inside an array formula's area or holding a data type: refused, as the add-in does.
  const conflict = ownedCellsConflict(
    run.plan.patches,
    run.plan.patches.flatMap((p) => (reads.get(p.sheet)?.arrays ?? []).map((a) => ({ sheet: p.sheet, ...a }))),
    run.plan.patches.flatMap((p) => (reads.get(p.sheet)?.richValues ?? []).map((c) => ({ sheet: p.sheet, ...c }))),
  );
  if (conflict) throw conflict;
  const snapshots = new Map<string, CellSnapshot>();
  for (const patch of run.plan.patches) {
    const read = reads.get(patch.sheet);
    if (!read) continue;
    const index = cellIndex(read);
    const sheetPart = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet))?.part;
    for (const c of patch.cells)
      snapshots.set(
        snapshotKey(patch.sheet, c.row, c.col),
        snapshotOf(
          pkg,
          read,
          index.get(c.row * 16384 + c.col),
          c.row,
          c.col,
          sheetPart,
          c.format.shrinkToFit !== undefined,
        ),
      );
  }
  const outcome = commitRun(
    run,
    snapshots,
    stateBefore,
    pkg.sheets.map((s) => s.name),
    { at: meta.at, by: meta.by ?? 'command line' },
  );
  const summary = { ...summaryOf(run, outcome.state), namesTaken: namesTakenBy(run, stateBefore.productSheets) };
  if (!outcome.changed) {
    t = clock(meta.observe, 'engine', t);
    return { changed: false, reads, outcome, stateRows: [], summary, digestSummary: summary, t };
  }
  requireWritablePackage(pkg, reads, [...outcome.patches.map((p) => p.sheet), ...outcome.inPlace], true);
  const stateRows = encodeState(outcome.state);
  t = clock(meta.observe, 'engine', t);
  // Sheets the scoring does not write are done with: their text and cells are let go now.
  for (const name of [...reads.keys()])
    if (!outcome.patches.some((p) => sameSheetName(p.sheet, name))) reads.delete(name);
  return { changed: true, reads, outcome, stateRows, summary, digestSummary: summaryOf(run, outcome.state), t };
}

/**
 * Scores the workbook's package. When the state's digest says the workbook already holds this
 * scoring (nothing changed since, the same options), says so having parsed no sheet but the state.
 * Throws InputError (one sentence) for what it refuses: a damaged file, protection, a formula with no saved result.
 */
export function scorePackage(
  bytes: Buffer,
  shownPath: string,
  overrides: RunOverrides,
  meta: RunMeta & { now: Date; observe?: Observer },
): PackageScoring {
  let t = performance.now();
  let pkg: Package;
  try {
    pkg = readPackage(bytes, shownPath);
  } catch (e) {
    damaged(e, shownPath);
  }
  const same = unchangedScoring(pkg, overrides);
  if (same) {
    clock(meta.observe, 'read', t);
    return { summary: same, changed: false, bytes };
  }
  const scored = scoreParts(pkg, bytes, shownPath, overrides, meta, t);
  // The add-in's run that failed part-way (write-ahead journal) is put back first, then the workbook scored.
  if (scored === 'unfinished')
    return scorePackage(undoPackage(bytes, shownPath, meta.now).bytes, shownPath, overrides, meta);
  if (!scored.changed) return { summary: scored.summary, changed: false, bytes };
  const { reads, outcome, stateRows, summary, digestSummary } = scored;
  t = scored.t;

  const styles = new StyleAdder(pkg.styles);
  const replaced = new Replaced(meta.now);
  const removed = new Set<string>();
  let formulasGone = false;
  const undoBySheet: Record<string, SheetUndo> = {};
  // The shared strings the journalled elements refer to (index → text), as journalStrings reads them.
  const journalled: Record<string, string> = {};
  for (const patch of outcome.patches) {
    const sheet = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet));
    const read = sheet && reads.get(sheet.name);
    if (!sheet || !read) continue;
    const done = patchSheet(read, patch.cells, styles);
    formulasGone ||= done.formulasGone;
    undoBySheet[sheet.name] = done.undo;
    for (const i of done.strings) journalled[i] = pkg.sharedStrings[i] ?? '';
    replaced.set(sheet.part, editedBytes(read.xml, done.edits));
    // The sheet's text and cells are done with: let them go before the next sheet is written.
    reads.delete(sheet.name);
  }

  const defaultSize = pkg.styles.defaultFontSize;
  // A product sheet that exists already is regenerated in place: the same sheet, its part written afresh.
  const added: WorkbookOps['sheets'] = [];
  for (const content of outcome.sheets) {
    const inPlace = outcome.inPlace.some((n) => sameSheetName(n, content.name));
    const sheet = inPlace ? pkg.sheets.find((s) => sameSheetName(s.name, content.name)) : undefined;
    if (sheet) replaced.set(sheet.part, contentSheetBytes(content, styles, defaultSize));
    else added.push({ name: content.name, xml: () => contentSheetBytes(content, styles, defaultSize) });
  }
  const bytesOut = rebuild(
    pkg,
    replaced,
    removed,
    styles,
    formulasGone,
    {
      deleteSheets: outcome.deleteSheets,
      restore: [],
      sheets: added,
      stateRows: [
        ...stateRows,
        ...packageJournalRows({
          at: meta.at,
          sheets: undoBySheet,
          strings: journalled,
        }),
      ],
      digest: (entries, statePart, stateXml) => digestRows(entries, statePart, stateXml, overrides, digestSummary),
    },
    meta.now,
  );
  clock(meta.observe, 'write', t);
  return { summary, changed: true, bytes: bytesOut, editedSheets: outcome.editedSheets };
}

export interface WorkbookOps {
  deleteSheets: string[];
  restore: { backup: string; name: string }[];
  /** Each sheet's XML, as text or as its UTF-8 bytes. */
  sheets: { name: string; xml: () => string | Buffer }[];
  /** The state sheet's new rows, or null to leave it out. */
  stateRows: string[][] | null;
  /** Parts to add besides sheets (a sheet's new .rels part), with their content types. */
  parts?: { part: string; xml: string; type: string }[];
  /** Rows to append to the state sheet, from the other entries of the new zip and the state's XML without them (the digest). */
  digest?: (entries: ZipEntry[], statePart: string, stateXml: string) => string[][];
  /** Parts new to the package whose content type its defaults give (a sheet's `.rels` made by undo for a link). */
  newParts?: { part: string; xml: string }[];
}

/**
 * The package once the sheet list changes: workbook.xml (sheets, sheet-scoped names, active tab), its
 * relationships and content types edited; parts in `replaced` written afresh, `removed` left out,
 * every other part copied as its compressed bytes in the order it had.
 */
function rebuild(
  pkg: Package,
  replaced: Replaced,
  removed: Set<string>,
  styles: StyleAdder | null,
  formulasGone: boolean,
  ops: WorkbookOps,
  now: Date,
): Buffer {
  // Parts added: deflated when made, but for the state sheet, whose XML the digest needs.
  const added: { part: string; type: string; entry: ZipEntry | null; xml: string }[] = [];
  const addPart = (part: string, xml: string | Buffer, type: string, keepXml = false) =>
    added.push({
      part,
      type,
      entry: keepXml ? null : newEntry(part, xml, now),
      xml: !keepXml ? '' : typeof xml === 'string' ? xml : xml.toString('utf8'),
    });
  // workbook.xml as the parser reads it: the sheet list, defined names, the first view; new elements
  // are written with the prefix its root element has (`<x:sheet>` where it is `<x:workbook>`).
  const wb = pkg.workbookXml;
  const wp = elementPrefix(pkg.workbookRoot);
  const relPrefix = prefixFor(pkg.workbookRoot.ns, [REL_NS, STRICT_REL_NS]);
  const elements: { start: number; end: number; attributes: Record<string, string> }[] = [];
  let sheetsRange: { start: number; tagEnd: number; end: number } | null = null;
  let namesRange: { start: number; end: number } | null = null;
  /** Each `<definedName>`: where it is, and its start tag's prefix and attributes (localSheetId: its sheet's index). */
  type DefinedName = {
    start: number;
    tagEnd: number;
    end: number;
    prefix: string;
    self: boolean;
    attrs: Record<string, string>;
  };
  const names: DefinedName[] = [];
  let view: { start: number; tagEnd: number; self: boolean; attrs: Record<string, string> } | null = null;
  let pending: Omit<DefinedName, 'end'> | null = null;
  const depth: string[] = [];
  parseXml(wb, {
    open(tag, at, tagEnd) {
      const a = tag.attributes;
      const parent = depth[depth.length - 1];
      depth.push(tag.name);
      if (tag.name === 'sheets' && parent === 'workbook') sheetsRange = { start: at, tagEnd, end: -1 };
      if (tag.name === 'sheet' && parent === 'sheets') elements.push({ start: at, end: -1, attributes: { ...a } });
      if (tag.name === 'definedNames' && parent === 'workbook') namesRange = { start: at, end: -1 };
      if (tag.name === 'definedName' && parent === 'definedNames')
        pending = { start: at, tagEnd, prefix: elementPrefix(tag), self: tag.isSelfClosing, attrs: { ...a } };
      if (tag.name === 'workbookView' && !view) view = { start: at, tagEnd, self: tag.isSelfClosing, attrs: { ...a } };
    },
    close(name, end) {
      depth.pop();
      const parent = depth[depth.length - 1];
      if (name === 'sheets' && parent === 'workbook' && sheetsRange) sheetsRange.end = end;
      if (name === 'sheet' && parent === 'sheets') elements[elements.length - 1].end = end;
      if (name === 'definedNames' && parent === 'workbook' && namesRange) namesRange.end = end;
      if (name === 'definedName' && parent === 'definedNames' && pending) {
        names.push({ ...pending, end });
        pending = null;
      }
    },
  });
  if (!sheetsRange || elements.length !== pkg.sheets.length)
    throw new InputError(
      "The workbook's list of sheets (xl/workbook.xml) is not as Excel writes it, so it cannot be changed safely: open the workbook in Excel, save it and try again.",
    );
  const sheetsAt = sheetsRange as { start: number; tagEnd: number; end: number };
  let items: SheetItem[] = pkg.sheets.map((s, i) => ({
    xml: wb.slice(elements[i].start, elements[i].end),
    attributes: elements[i].attributes,
    name: s.name,
    state: s.state,
    oldIndex: i,
    part: s.part,
  }));
  const find = (name: string) => items.find((it) => sameSheetName(it.name, name));
  const usedParts = new Set(pkg.entries.map((e) => e.name));
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => Number(s.sheetId) || 0)) + 1;
  let relCounter = 1;
  const relIds = new Set<string>();
  let relsCloseAt = -1;
  const relsXml = pkg.relsXml;
  parseXml(
    relsXml,
    {
      open: (t) => t.name === 'Relationship' && relIds.add(t.attributes.Id),
      close: (name, end) => {
        if (name === 'Relationships') relsCloseAt = relsXml.lastIndexOf('<', end - 1);
      },
    },
    [PACKAGE_REL_NS],
  );
  const rp = elementPrefix(pkg.relsRoot);
  const newRels: string[] = [];
  const newRelationship = (type: string, target: string): string => {
    let rId = `rIdPS${relCounter++}`;
    while (relIds.has(rId)) rId = `rIdPS${relCounter++}`;
    relIds.add(rId);
    newRels.push(`<${rp}Relationship Id="${rId}" Type="${type}" Target="${escapeAttr(target)}"/>`);
    return rId;
  };
  const dropRels = new Set<string>();
  const dropParts = (part: string) => {
    removed.add(part);
    removed.add(relsPartOf(part));
  };
  const remove = (it: SheetItem) => {
    items = items.filter((x) => x !== it);
    dropParts(it.part);
    const sheet = it.oldIndex !== null ? pkg.sheets[it.oldIndex] : null;
    if (sheet) dropRels.add(sheet.rId);
  };
  const addSheet = (name: string, xml: string | Buffer, state: PackageSheet['state']) => {
    let n = pkg.sheets.length + 1;
    while (usedParts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    usedParts.add(part);
    const rId = newRelationship(WORKSHEET_TYPE, `/${part}`);
    addPart(part, xml, WORKSHEET_CONTENT, name === STATE_SHEET && ops.digest !== undefined);
    const attributes: Record<string, string> = { name, sheetId: String(nextSheetId++) };
    if (state !== 'visible') attributes.state = state;
    // r:id with the prefix workbook.xml binds to the relationships namespace (declared here if it binds none).
    if (relPrefix) attributes[`${relPrefix}:id`] = rId;
    else Object.assign(attributes, { 'xmlns:r': REL_NS, 'r:id': rId });
    items.push({ xml: sheetElement(wp, attributes), attributes, name, state, oldIndex: null, part });
  };
  /** The item's `<sheet>` written again from its attributes, with a new name and state. */
  const rename = (it: SheetItem, name: string, state: PackageSheet['state']) => {
    const a: Record<string, string> = {};
    for (const k in it.attributes) if (k !== 'state') a[k] = k === 'name' ? name : it.attributes[k];
    if (state !== 'visible') a.state = state;
    it.name = name;
    it.state = state;
    it.attributes = a;
    it.xml = sheetElement(wp, a);
  };

  for (const name of ops.deleteSheets) {
    const it = find(name);
    if (it) remove(it);
  }
  for (const { backup, name } of ops.restore) {
    const it = find(backup);
    if (it) rename(it, name, 'visible');
  }
  for (const sheet of ops.sheets) addSheet(sheet.name, sheet.xml(), 'visible');
  const oldState = find(STATE_SHEET);
  if (oldState) remove(oldState);
  if (ops.stateRows !== null) addSheet(STATE_SHEET, stateSheetXml(ops.stateRows), 'veryHidden');

  for (const part of ops.parts ?? []) {
    usedParts.add(part.part);
    addPart(part.part, part.xml, part.type);
  }
  // A workbook with no styles part gets one when a style is added, with its relationship and content type.
  const stylesPart = pkg.styles.part;
  if (styles?.changed && stylesPart === null) {
    let part = 'xl/styles.xml';
    for (let n = 2; usedParts.has(part); n++) part = `xl/styles${n}.xml`;
    usedParts.add(part);
    newRelationship(STYLES_TYPE, part.slice('xl/'.length));
    addPart(part, styles.stylesXml(), STYLES_CONTENT);
  }

  // workbook.xml: the sheet list, sheet-scoped names and the active tab follow the sheets.
  const newIndex = new Map<number, number>();
  items.forEach((it, i) => it.oldIndex !== null && newIndex.set(it.oldIndex, i));
  const edits: Edit[] = [
    {
      start: sheetsAt.tagEnd,
      end: wb.lastIndexOf('<', sheetsAt.end - 1),
      text: items.map((it) => it.xml).join(''),
    },
  ];
  const nameEdits: Edit[] = [];
  for (const n of names) {
    const from = n.attrs.localSheetId;
    if (from === undefined) continue;
    const to = newIndex.get(Number(from));
    // A name of a sheet removed goes with it; one whose sheet moved has its start tag written with the new index.
    if (to === undefined) nameEdits.push({ start: n.start, end: n.end, text: '' });
    else if (String(to) !== from)
      nameEdits.push({
        start: n.start,
        end: n.tagEnd,
        text: startTag(n.prefix, 'definedName', { ...n.attrs, localSheetId: String(to) }, n.self),
      });
  }
  // Every name dropped: an empty <definedNames/> is invalid, so it goes too.
  const kept = names.length - nameEdits.filter((e) => e.text === '').length;
  if (namesRange && names.length > 0 && kept === 0) {
    const range = namesRange as { start: number; end: number };
    edits.push({ start: range.start, end: range.end, text: '' });
  } else edits.push(...nameEdits);
  const visible = items.map((it) => it.state === 'visible');
  const first = visible.indexOf(true);
  if (view && first >= 0) {
    const v = view as { start: number; tagEnd: number; self: boolean; attrs: Record<string, string> };
    const active = newIndex.get(Number(v.attrs.activeTab ?? 0)) ?? first;
    const target = visible[active] ? active : first;
    const firstSheet = newIndex.get(Number(v.attrs.firstSheet ?? 0)) ?? 0;
    const a = { ...v.attrs };
    if (target !== 0 || a.activeTab !== undefined) a.activeTab = String(target);
    if (!visible[firstSheet] || a.firstSheet !== undefined)
      a.firstSheet = String(visible[firstSheet] ? firstSheet : first);
    if (a.activeTab !== v.attrs.activeTab || a.firstSheet !== v.attrs.firstSheet)
      edits.push({
        start: v.start,
        end: v.tagEnd,
        text: startTag(wp, 'workbookView', a, v.self),
      });
  }
  const workbookXml = applyEdits(wb, edits);

  // Relationships and content types.
  const relEdits: Edit[] = [];
  parseXml(
    relsXml,
    {
      open(tag, at, tagEnd) {
        const a = tag.attributes;
        if (tag.name === 'Relationship' && dropRels.has(a.Id)) relEdits.push({ start: at, end: tagEnd, text: '' });
        if (tag.name === 'Relationship' && formulasGone && a.Type?.endsWith('/calcChain')) {
          relEdits.push({ start: at, end: tagEnd, text: '' });
          removed.add('xl/calcChain.xml');
        }
      },
    },
    [PACKAGE_REL_NS],
  );
  if (relsCloseAt >= 0) relEdits.push({ start: relsCloseAt, end: relsCloseAt, text: newRels.join('') });
  const rels = applyEdits(relsXml, relEdits);
  const typesEntry = pkg.byName.get('[Content_Types].xml');
  const typesXml = typesEntry ? entryText(typesEntry) : '';
  const typeEdits: Edit[] = [];
  let typesCloseAt = -1;
  const typesRoot = typesEntry
    ? parseXml(
        typesXml,
        {
          open(tag, at, tagEnd) {
            const a = tag.attributes;
            if (tag.name === 'Override' && removed.has(String(a.PartName).replace(/^\//, '')))
              typeEdits.push({ start: at, end: tagEnd, text: '' });
          },
          close(name, end) {
            if (name === 'Types') typesCloseAt = typesXml.lastIndexOf('<', end - 1);
          },
        },
        [CONTENT_TYPES_NS],
      )
    : null;
  if (typesRoot && typesCloseAt >= 0) {
    const tp = elementPrefix(typesRoot);
    typeEdits.push({
      start: typesCloseAt,
      end: typesCloseAt,
      text: added.map((a) => `<${tp}Override PartName="/${a.part}" ContentType="${a.type}"/>`).join(''),
    });
  }
  const types = applyEdits(typesXml, typeEdits);

  // The zip: every part not touched copied as its compressed bytes, in the order it had.
  replaced.set('xl/workbook.xml', workbookXml);
  replaced.set('xl/_rels/workbook.xml.rels', rels);
  if (typesEntry) replaced.set('[Content_Types].xml', types);
  if (styles?.changed && stylesPart !== null) replaced.set(stylesPart, styles.stylesXml());
  const out: ZipEntry[] = [];
  for (const e of pkg.entries) if (!removed.has(e.name)) out.push(replaced.get(e.name) ?? e);
  // The state sheet is the last sheet added; its digest covers every other entry.
  const state = added.find((a) => a.entry === null);
  for (const a of added) if (a.entry) out.push(a.entry);
  if (state && ops.digest && ops.stateRows)
    out.push(
      newEntry(state.part, withStateRows(state.xml, ops.stateRows.length, ops.digest(out, state.part, state.xml)), now),
    );
  return writeZip(out);
}

export { STATE_SHEET };

/** A sheet part given back as it was before the scoring, from its package journal. */
function unpatchSheet(read: SheetRead, undo: SheetUndo): string {
  const lookup = cellIndex(read);
  const index = {
    get(address: string): RawCell | undefined {
      const at = parseCellAddress(address);
      return at ? lookup.get(at.row * 16384 + at.col) : undefined;
    },
  };
  const whole = new Set([...undo.addedRows, ...undo.selfClosingRows.map(([r]) => r)]);
  const edits: Edit[] = [];
  for (const r of undo.addedRows) {
    const row = read.rows.get(r);
    if (row) edits.push({ start: row.start, end: row.end, text: '' });
  }
  for (const [r, xml] of undo.selfClosingRows) {
    const row = read.rows.get(r);
    if (row) edits.push({ start: row.start, end: row.end, text: xml });
  }
  for (const [address, original, written] of undo.detached ?? []) {
    const cell = index.get(address);
    if (cell && read.xml.slice(cell.start, cell.end) === written)
      edits.push({ start: cell.start, end: cell.end, text: original });
  }
  for (const [address, original] of undo.cells) {
    const cell = index.get(address);
    if (cell && whole.has(cell.row)) continue;
    if (cell) edits.push({ start: cell.start, end: cell.end, text: original ?? '' });
    // verbatim() saw every owned cell where the scoring left it: one missing here is a defect.
    else if (original !== null) throw new Error(`the owned cell ${address} is gone`);
  }
  return applyEdits(read.xml, edits);
}

/** Whether the package journal gives this undo back verbatim: every owned cell where the scoring left it, untouched since. */
function verbatim(
  pj: PackageJournal | null,
  journal: Journal,
  outcome: UndoOutcome,
  pkg: Package,
  reads: Map<string, SheetRead>,
): pj is PackageJournal {
  if (!pj || pj.at !== journal.at || outcome.unfinished) return false;
  // Shared strings renumbered since (the workbook saved again by Excel): the elements would show other text.
  // Every element read with its part's bindings as they are now: one that no longer reads as a <c> cannot go back.
  const now = journalStrings(pkg, pj.sheets, (name) => reads.get(name)?.ns);
  if (!now) return false;
  const strings = pj.strings ?? now;
  if (!pj.strings && Object.keys(strings).length > 0) return false;
  if (Object.entries(strings).some(([at, text]) => pkg.sharedStrings[Number(at)] !== text)) return false;
  const journalled = Object.values(pj.sheets).reduce((n, u) => n + u.cells.length, 0);
  const restored = outcome.patches.reduce((n, p) => n + p.cells.length, 0);
  const inPlace = outcome.patches.every((p) => {
    const addresses = new Set((pj.sheets[p.sheet]?.cells ?? []).map(([a]) => a));
    return p.cells.every((c) => addresses.has(cellAddress(c.row, c.col)));
  });
  return inPlace && restored === journalled && outcome.changedSince.length === 0 && outcome.gone === 0;
}

/**
 * What an add-in's journal kept of a sheet's owned cells beyond their value and format, put back into the
 * part `patchSheet` wrote (issue 8 item 6): rich text as an inline string of runs, each over the cell's own
 * font (the one its style now gives); a hyperlink no longer on its cell as a `<hyperlink>` — a place in the
 * workbook by its `location`, an address by a relationship of the sheet's (its `.rels` part edited, or made).
 * A link still on its cell is left as it is.
 */
function putBackOfficeNatives(
  pkg: Package,
  sheet: PackageSheet,
  xml: string,
  cells: OwnedCell[],
  shownAt: (row: number, col: number) => CellSnapshot | undefined,
  styles: StyleAdder,
  replaced: Replaced,
  newParts: { part: string; xml: string; type: string }[],
): string {
  const natives = cells.filter((c) => shownAt(c.row, c.col)?.native?.kind === 'office');
  if (natives.length === 0) return xml;
  // The part as written so far, read as every sheet part is (saxes, by namespace): where each cell and the links are.
  const read = readSheet(xml, [], false);
  const p = read.prefix;
  const byCell = new Map(read.cells.map((c) => [`${c.row},${c.col}`, c]));
  const linked = hyperlinkElements(read).map((l) => l.area);
  const edits: Edit[] = [];
  const links: string[] = [];
  const relsPart = relsPartOf(sheet.part);
  const rels = new SheetLinks(pkg, sheet.part, replaced.text(relsPart), 'rIdSC');
  // The relationships namespace's prefix on the part's root (`r`), declared there when it has none.
  let r = prefixFor(read.ns, [REL_NS, STRICT_REL_NS]) || null;
  for (const c of natives) {
    const shown = shownAt(c.row, c.col)!;
    const native = shown.native;
    if (native?.kind !== 'office') continue;
    const raw = byCell.get(`${c.row},${c.col}`);
    if (native.textRuns && typeof shown.value === 'string' && raw && raw.value === shown.value) {
      const cell = cellParts(xml.slice(raw.start, raw.end), read.ns);
      if (
        cell.attributes.t === 'inlineStr' &&
        !cell.runs &&
        native.textRuns.map((t) => t.text).join('') === shown.value
      ) {
        const { t: _t, ...attributes } = cell.attributes;
        const runs = richInlineXml(native.textRuns, styles.fontXmlOf(raw.style), p, pkg.styles.ns);
        edits.push({
          start: raw.start,
          end: raw.end,
          text: `<${p}c${attributesXml(attributes)} t="inlineStr">${runs}</${p}c>`,
        });
      }
    }
    const covered = linked.some((a) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right);
    if (native.hyperlink && !covered) {
      const link: OfficeHyperlink = native.hyperlink;
      const ref = cellAddress(c.row, c.col);
      const tip = link.screenTip ? ` tooltip="${escapeAttr(link.screenTip)}"` : '';
      if (link.address) {
        if (!r) {
          r = 'r';
          for (let n = 1; read.ns[r] !== undefined; n++) r = `r${n}`;
          const uri = prefixFor(read.ns, [STRICT_MAIN_NS]) !== null ? STRICT_REL_NS : REL_NS;
          const at = read.rootTagEnd - 1;
          edits.push({ start: at, end: at, text: ` xmlns:${r}="${uri}"` });
        }
        links.push(`<${p}hyperlink ref="${ref}" ${r}:id="${rels.add(link.address)}"${tip}/>`);
      } else if (link.documentReference)
        links.push(`<${p}hyperlink ref="${ref}" location="${escapeAttr(link.documentReference)}"${tip}/>`);
    }
  }
  if (links.length) edits.push(hyperlinksEdit(read, p, links));
  const written = rels.written();
  if (written?.isNew) newParts.push({ part: written.part, xml: written.xml, type: RELS_CONTENT });
  else if (written) replaced.set(written.part, written.xml);
  return edits.length ? applyEdits(xml, edits) : xml;
}

/**
 * The undo planned again leaving as they are the owned cells it would write that are now inside an array
 * formula's area (`<f t="array" ref>`: a dynamic array's results, or a legacy Ctrl+Shift+Enter array) —
 * typed over the scored column since the scoring, its results may equal the scores and read as
 * untouched; writing into them would break the formula (#SPILL!) or part of an array Excel will not let
 * be changed. They are listed with the cells changed since, as the add-in's undo lists them
 * (office/scoring.ts undoLastScoring; helper wording, session 9). The outcome as planned when there are none.
 */
function leavingArrays(
  outcome: UndoOutcome,
  state: WorkbookState,
  grids: SheetGrid[],
  reads: Map<string, SheetRead>,
): UndoOutcome {
  const leave = new Set<string>();
  for (const patch of outcome.patches) {
    const arrays = reads.get(patch.sheet)?.arrays ?? [];
    if (arrays.length === 0) continue;
    for (const c of patch.cells)
      if (
        arrays.some(
          (a) => c.row >= a.area.top && c.row <= a.area.bottom && c.col >= a.area.left && c.col <= a.area.right,
        )
      )
        leave.add(snapshotKey(patch.sheet, c.row, c.col));
  }
  return leave.size === 0 ? outcome : planUndo(state, grids, leave);
}

/**
 * Undoes the last scoring by editing the package. When the package journal gives the scoring back
 * verbatim (it was made by this path, and every owned cell is where it left it, untouched since),
 * each owned cell's `<c>` element is put back as it was, so the analyst's sheet parts come back byte
 * for byte. Otherwise (rows inserted, a sheet renamed, a figure retyped since, or a scoring made by
 * the add-in) undo follows the indicators (planUndo) and writes each cell's value, formula and
 * format back where its indicator is now — what the add-in's undo gives back, with the links, fill
 * patterns and rich text the journal kept (putBackOfficeNatives). Either way the sheets the scoring
 * made are removed, the ones it replaced brought back, the state written as it was.
 * A journal written by the command line before issue 10 (its ExcelJS path) is undone the second
 * way, with what it pictured exactly of a cell (rich text, a link, a font or fill by theme, pattern
 * or gradient) written back as that (exceljs-journal.ts); a link outside the workbook gets a
 * relationship in the sheet's .rels part (the part written when the sheet has none).
 */
export function undoPackage(bytes: Buffer, shownPath: string, now: Date): UndoDone & { bytes: Buffer } {
  const { pkg, reads, grids } = load(bytes, shownPath);
  const state = readState(grids);
  const outcome = leavingArrays(planUndo(state, grids), state, grids, reads);
  const journal = state.journal!;
  const stateGrid = grids.find((g) => g.name === STATE_SHEET);
  const pj = stateGrid ? readPackageJournal(stateGrid.values) : null;
  const exact = verbatim(pj, journal, outcome, pkg, reads);
  requireWritablePackage(
    pkg,
    reads,
    [...outcome.patches.map((p) => p.sheet), ...outcome.rewriteSheets.map((s) => s.name)],
    outcome.deleteSheets.length + outcome.restoreSheets.length > 0,
  );
  const replaced = new Replaced(now);
  const newParts: { part: string; xml: string; type: string }[] = [];
  const styles = new StyleAdder(pkg.styles);
  let formulasGone = false;
  if (exact) {
    for (const [name, undo] of Object.entries(pj.sheets)) {
      const sheet = pkg.sheets.find((s) => s.name === name);
      const read = reads.get(name);
      if (sheet && read) replaced.set(sheet.part, unpatchSheet(read, undo), true);
    }
    // The cells are as they were; a link the journal kept and the analyst removed since is added back.
    for (const patch of outcome.patches) {
      const sheet = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet));
      const read = sheet && reads.get(sheet.name);
      if (!sheet || !read) continue;
      const xml = replaced.text(sheet.part) ?? read.xml;
      const shown = (row: number, col: number) => outcome.shown.get(snapshotKey(patch.sheet, row, col));
      const linked = putBackOfficeNatives(pkg, sheet, xml, patch.cells, shown, styles, replaced, newParts);
      if (linked !== xml) replaced.set(sheet.part, linked);
    }
  } else {
    for (const patch of outcome.patches) {
      const sheet = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet));
      const read = sheet && reads.get(sheet.name);
      if (!sheet || !read) continue;
      const shown = (row: number, col: number) => outcome.shown.get(snapshotKey(patch.sheet, row, col));
      const links = new SheetLinks(pkg, sheet.part);
      const done = patchSheet(read, patch.cells, styles, { shown, linkId: (target) => links.add(target) });
      formulasGone ||= done.formulasGone;
      // An old ExcelJS-path journal's links (SheetLinks), or an add-in journal's (putBackOfficeNatives): one or the other.
      const rels = links.written();
      if (rels?.isNew) newParts.push({ part: rels.part, xml: rels.xml, type: RELS_CONTENT });
      else if (rels) replaced.set(rels.part, rels.xml, true);
      replaced.set(
        sheet.part,
        putBackOfficeNatives(
          pkg,
          sheet,
          applyEdits(read.xml, done.edits),
          patch.cells,
          shown,
          styles,
          replaced,
          newParts,
        ),
      );
    }
  }
  const defaultSize = pkg.styles.defaultFontSize;
  for (const content of outcome.rewriteSheets) {
    const sheet = pkg.sheets.find((s) => sameSheetName(s.name, content.name));
    if (sheet) replaced.set(sheet.part, contentSheetBytes(content, styles, defaultSize));
  }
  const out = rebuild(
    pkg,
    replaced,
    new Set(),
    styles,
    formulasGone,
    {
      deleteSheets: outcome.deleteSheets,
      restore: outcome.restoreSheets,
      sheets: [],
      stateRows: isEmptyState(outcome.state) ? null : encodeState(outcome.state),
      parts: newParts,
    },
    now,
  );
  return { outcome, journal, bytes: out };
}

/**
 * `scorecard reset-state` on the package: the very hidden Scorecard_State sheet and the very hidden
 * backups of regenerated summaries ("~1 Q3 Summary", /1 journals) left out of the zip, with their
 * workbook entries, relationships and content types; every other part copied as it was. Only the
 * state sheet's first cell is read (a visible sheet of the analyst's of that name is refused).
 * @returns the backups removed, and the new file's bytes
 * @throws InputError when there is no state sheet, when it is a visible sheet the product did not
 *   write, when the structure is protected, or when no visible sheet would be left
 */
export function resetStatePackage(
  bytes: Buffer,
  shownPath: string,
  now: Date,
): { backups: string[]; bytes: Buffer; sheets: string[] } {
  let pkg: Package;
  try {
    pkg = readPackage(bytes, shownPath);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      `'${shownPath}' is damaged and cannot be read as an Excel workbook: open it in Excel, let it repair the file, save it and try again.`,
    );
  }
  const state = pkg.sheets.find((s) => sameSheetName(s.name, STATE_SHEET));
  if (!state) throw new InputError(`'${shownPath}' has no ${STATE_SHEET} sheet: there is nothing to reset.`);
  if (state.state === 'visible') {
    const entry = pkg.byName.get(state.part);
    let read: SheetRead | null = null;
    try {
      read = entry ? readSheet(entryText(entry), pkg.sharedStrings, pkg.date1904) : null;
    } catch (e) {
      damaged(e, shownPath);
    }
    const a1 = read?.cells.find((c) => c.row === 0 && c.col === 0)?.value;
    if (a1 !== 'format') {
      throw new InputError(
        `The sheet '${state.name}' in '${shownPath}' is a visible sheet that Performance Scorecard did not write; it is left alone. Rename it in Excel (right-click its tab > Rename) instead.`,
      );
    }
  }
  if (pkg.structureLocked) {
    throw new InputError(
      `The workbook's structure is protected, so the ${STATE_SHEET} sheet cannot be removed. Unprotect it in Excel (Review > Protect Workbook), save it and try again.`,
    );
  }
  const backups = pkg.sheets.filter((s) => s.state === 'veryHidden' && /^~\d+ /.test(s.name)).map((s) => s.name);
  const gone = new Set([state.name, ...backups]);
  if (!pkg.sheets.some((s) => s.state === 'visible' && !gone.has(s.name))) {
    throw new InputError(`'${shownPath}' has no visible sheet besides ${STATE_SHEET}; it is left as it is.`);
  }
  const out = rebuild(
    pkg,
    new Replaced(now),
    new Set(),
    null,
    false,
    { deleteSheets: [state.name, ...backups], restore: [], sheets: [], stateRows: null },
    now,
  );
  return { backups, bytes: out, sheets: pkg.sheets.filter((s) => !gone.has(s.name)).map((s) => s.name) };
}

/**
 * The edit that adds `<hyperlink>` elements to a sheet part: inside its `<hyperlinks>` when it has one
 * (opening a self-closed one), else a new `<hyperlinks>` where the schema's order puts it. `p` is the
 * prefix the part's root uses ("" or "x:").
 */
function hyperlinksEdit(read: SheetRead, p: string, links: string[]): { start: number; end: number; text: string } {
  const h = read.hyperlinks;
  if (h && h.closeAt >= 0) return { start: h.closeAt, end: h.closeAt, text: links.join('') };
  const text = `<${p}hyperlinks>${links.join('')}</${p}hyperlinks>`;
  return h ? { start: h.start, end: h.tagEnd, text } : { start: read.hyperlinksAt, end: read.hyperlinksAt, text };
}
