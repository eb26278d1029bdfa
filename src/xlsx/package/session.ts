/**
 * Scoring by editing the workbook's package (issue 10): read the parts the engine needs, score, and
 * write a new zip in which every part the product does not own is copied as its compressed bytes.
 * The owned cells' `<c>` elements are rewritten in place in the sheet parts that hold them; the
 * generated sheets and the state sheet are written from the plan; workbook.xml, its relationships,
 * [Content_Types].xml and styles.xml get small additive edits.
 *
 * What this path does not handle yet is refused with `PackageFallback`, and the command line then
 * scores with the ExcelJS path instead (see docs/cli.md).
 */
import * as path from 'path';
import * as zlib from 'zlib';
import {
  InputError,
  STATE_SHEET,
  cellAddress,
  commitRun,
  encodeState,
  planUndo,
  prepareRun,
  snapshotKey,
  type CellSnapshot,
  type CellValue,
  type Journal,
  type OwnedCell,
  type RunOverrides,
  type SheetGrid,
  type UndoOutcome,
  type PreparedRun,
  type SheetNames,
  type WorkbookState,
  defaultSheetNames,
  sameSheetName,
  parseAreaAddress,
  parseCellAddress,
  type OfficeFillPattern,
  type OfficeHyperlink,
  type OfficeTextRun,
} from '../../core';
import type { RunMeta, UndoDone } from '../session';
import { isEmptyState, readState } from '../state-sheet';
import { checkSheetParts } from '../package-parts';
import { officePatternOf, officeRunsOf, richInlineXml, withHyperlinks } from '../office-natives';
import {
  gridOf,
  numberFormatOf,
  readPackage,
  readSheet,
  type Package,
  type PackageSheet,
  type RawCell,
  type SheetRead,
} from './read';
import { contentSheetXml, cellXml, stateSheetXml } from './sheet-xml';
import { StyleAdder } from './styles';
import { entryText, newEntry, writeZip, type ZipEntry } from './zip';
import { digestRows, unchangedScoring, type ScoringSummary } from './digest';
import { escapeAttr, excelText, parseXml } from './xml';
import { slideFormula } from './formulas';

/** Something the package path does not handle yet: the ExcelJS path is used instead. */
export class PackageFallback extends Error {}

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

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
  stage?(name: 'read' | 'engine' | 'write', ms: number): void;
}

function clock(observe: Observer | undefined, name: 'read' | 'engine' | 'write', since: number): number {
  const now = performance.now();
  observe?.stage?.(name, now - since);
  return now;
}

function damaged(e: unknown, shownPath: string): never {
  if (e instanceof InputError || e instanceof PackageFallback) throw e;
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
      throw new PackageFallback(`part ${s.part} unreadable`);
    }
    if (/<\w+:sheetData\b/.test(xml)) throw new PackageFallback('prefixed sheet XML');
    observe.partParsed?.(s.part);
    const read = readSheet(xml, pkg.sharedStrings, pkg.date1904);
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
  if (!master?.formula) throw new PackageFallback('a shared formula without its master');
  return slideFormula(master.formula, cellAddress(master.row, master.col), cellAddress(raw.row, raw.col));
}

/** The `<c>` element with its shared formula written out in full (its master is being overwritten). */
function detachedXml(read: SheetRead, raw: RawCell): string {
  const xml = read.xml.slice(raw.start, raw.end);
  return xml.replace(/<f\b[^>]*?(\/>|>[\s\S]*?<\/f>)/, `<f>${excelText(formulaOf(read, raw))}</f>`);
}

function mergedAway(read: SheetRead, row: number, col: number): boolean {
  return read.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}

const indexes = new WeakMap<SheetRead, Map<number, RawCell>>();

/** A sheet's cells by place (row × 16,384 + column), built once per parsed sheet. */
function cellIndex(read: SheetRead): Map<number, RawCell> {
  let index = indexes.get(read);
  if (!index) {
    index = new Map(read.cells.map((c) => [c.row * 16384 + c.col, c]));
    indexes.set(read, index);
  }
  return index;
}

/** What an owned cell holds before scoring, as cellSnapshot gives it from ExcelJS. */
function snapshotOf(
  pkg: Package,
  read: SheetRead,
  raw: RawCell | undefined,
  row: number,
  col: number,
  part?: string,
): CellSnapshot {
  if (!raw) return { value: null, format: { numberFormat: 'General', fill: null, fontColor: null } };
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
  if (raw.formula !== undefined && !mergedAway(read, row, col)) snap.formula = `=${formulaOf(read, raw)}`;
  // A pattern fill (issue 8 item 6): kept as the add-in keeps one, so an undo that cannot put the <c> element
  // back verbatim (rows moved since, or the add-in's undo) still gives back the pattern over its fill colour.
  const pattern = xf ? officePatternOf(pkg.styles.fillXml[xf.fillId]) : undefined;
  if (pattern) {
    snap.format.fill = pattern.under;
    snap.native = { kind: 'office', fill: pattern.pattern };
  }
  // Rich text likewise (the runs as the add-in keeps them), for the add-in's undo and this path's after edits.
  const textRuns = typeof snap.value === 'string' ? richTextAt(pkg, read, raw) : undefined;
  if (textRuns) snap.native = { ...(snap.native ?? { kind: 'office' }), kind: 'office', textRuns };
  // And its hyperlink, so that a link the analyst removes after the scoring comes back with the undo.
  const hyperlink = part ? linksOf(pkg, read, part).get(cellAddress(row, col)) : undefined;
  if (hyperlink) snap.native = { ...(snap.native ?? { kind: 'office' }), kind: 'office', hyperlink };
  return snap;
}

/** Each sheet's hyperlinks by cell, as the add-in keeps a link (OfficeHyperlink): read once, when asked. */
const linkCache = new WeakMap<SheetRead, Map<string, OfficeHyperlink>>();

/**
 * A sheet part's `<hyperlinks>` by cell: an address from the sheet's relationship (`r:id`, with its
 * `location` after "#" when it has one), else a place in the workbook (`location`), and its screen tip.
 */
function linksOf(pkg: Package, read: SheetRead, part: string): Map<string, OfficeHyperlink> {
  const known = linkCache.get(read);
  if (known) return known;
  const links = new Map<string, OfficeHyperlink>();
  linkCache.set(read, links);
  const elements = [...read.xml.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)];
  if (elements.length === 0) return links;
  const relsEntry = pkg.byName.get(relsPartOf(part));
  const targets = new Map<string, string>();
  for (const m of (relsEntry ? entryText(relsEntry) : '').matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target !== undefined) targets.set(id, unescapeAttr(target));
  }
  for (const [, attrs] of elements) {
    const attr = (name: string) => {
      const v = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
      return v === undefined ? undefined : unescapeAttr(v);
    };
    const area = parseAreaAddress(attr('ref') ?? '');
    if (!area || (area.bottom - area.top + 1) * (area.right - area.left + 1) > 10000) continue;
    const id = attr('r:id');
    const location = attr('location');
    const target = id ? targets.get(id) : undefined;
    const link: OfficeHyperlink = target
      ? { address: location ? `${target}#${location}` : target }
      : location
        ? { documentReference: location }
        : {};
    if (!link.address && !link.documentReference) continue;
    const tip = attr('tooltip');
    if (tip) link.screenTip = tip;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) links.set(cellAddress(r, c), link);
  }
  return links;
}

/** An attribute's text with XML's entities read back. */
function unescapeAttr(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}

/** Each package's shared strings as their XML where any is rich (has runs), else null: read once, when asked. */
const richStringCache = new WeakMap<Package, string[] | null>();

function richStrings(pkg: Package): string[] | null {
  if (richStringCache.has(pkg)) return richStringCache.get(pkg)!;
  let part = 'xl/sharedStrings.xml';
  const target = /<Relationship\b[^>]*?Type="[^"]*\/sharedStrings"[^>]*>/.exec(pkg.relsXml)?.[0];
  const to = target && /\bTarget="([^"]+)"/.exec(target)?.[1];
  if (to) part = to.startsWith('/') ? to.slice(1) : path.posix.normalize(`xl/${to}`);
  const entry = pkg.byName.get(part);
  const xml = entry ? entryText(entry) : '';
  const list = /<(?:\w+:)?r>/.test(xml)
    ? [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => m[1] ?? '')
    : null;
  richStringCache.set(pkg, list);
  return list;
}

/**
 * A rich-text cell's runs (an inline `<is>` or a shared `<si>` with runs), as the add-in keeps them
 * (office-natives.ts officeRunsOf), where their text is the cell's value; else undefined.
 */
function richTextAt(pkg: Package, read: SheetRead, raw: RawCell): OfficeTextRun[] | undefined {
  const xml = read.xml.slice(raw.start, raw.end);
  let rich: string | undefined;
  if (/\bt="inlineStr"/.test(xml)) rich = xml;
  else if (/\bt="s"/.test(xml)) {
    const strings = richStrings(pkg);
    const at = strings ? /<(?:\w+:)?v>\s*(\d+)\s*<\/(?:\w+:)?v>/.exec(xml)?.[1] : undefined;
    rich = at !== undefined ? strings![Number(at)] : undefined;
  }
  const runs = rich ? officeRunsOf(rich) : undefined;
  return runs && runs.map((r) => r.text).join('') === raw.value ? runs : undefined;
}

/** The `<c>` element with its style index replaced (content as it was). */
function restyled(xml: string, style: number): string {
  return xml.replace(/^<c\b([^>]*?)(\/?)>/, (_, attrs: string, self: string) => {
    const rest = attrs.replace(/\ss="\d*"/, '');
    const m = /^(\s+r="[^"]*")([\s\S]*)$/.exec(rest);
    const s = style ? ` s="${style}"` : '';
    return m ? `<c${m[1]}${s}${m[2]}${self}>` : `<c${s}${rest}${self}>`;
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(xml: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join('');
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

/** The shared strings (index → text) the journalled `<c>` elements of a scoring refer to. */
function journalStrings(pkg: Package, sheets: Record<string, SheetUndo>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const undo of Object.values(sheets))
    for (const [, xml] of [...undo.cells, ...(undo.detached ?? []).map(([a, before]) => [a, before] as const)]) {
      if (!xml || !/^<c\b[^>]*\bt="s"/.test(xml)) continue;
      const at = /<(?:\w+:)?v>\s*(\d+)\s*<\/(?:\w+:)?v>/.exec(xml)?.[1];
      if (at !== undefined) out[at] = pkg.sharedStrings[Number(at)] ?? '';
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

/**
 * The owned cells of one sheet written into its part: each `<c>` element rewritten (or inserted in
 * column order, in a new row where there was none). `cached` gives the result a formula put back by
 * undo showed (written as its cached value).
 */
function patchSheet(
  read: SheetRead,
  cells: OwnedCell[],
  styles: StyleAdder,
  cached?: (row: number, col: number) => CellValue,
  pattern?: (row: number, col: number) => OfficeFillPattern | undefined,
): { xml: string; formulasGone: boolean; undo: SheetUndo } {
  const undo: SheetUndo = { cells: [], addedRows: [], selfClosingRows: [] };
  const index = cellIndex(read);
  const byRow = new Map<number, RawCell[]>();
  for (const c of read.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const edits: Edit[] = [];
  const inserts = new Map<number, { col: number; xml: string }[]>();
  let formulasGone = false;
  // A shared formula's master about to be overwritten: every other cell sharing it gets the formula
  // written out in full first (what the ExcelJS path's detachSharedFormulas does), so it keeps its own.
  const overwritten = new Set<number>();
  const detachSi = new Set<number>();
  for (const owned of cells) {
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
  const ownedKeys = new Set(cells.map((c) => c.row * 16384 + c.col));
  for (const [key, xml] of detached) {
    if (ownedKeys.has(key)) continue;
    const c = index.get(key)!;
    edits.push({ start: c.start, end: c.end, text: xml });
    (undo.detached ??= []).push([cellAddress(c.row, c.col), read.xml.slice(c.start, c.end), xml]);
  }
  for (const owned of cells) {
    const raw = index.get(owned.row * 16384 + owned.col);
    const style = styles.styleFor(raw?.style ?? 0, owned.format, pattern?.(owned.row, owned.col));
    const away = mergedAway(read, owned.row, owned.col);
    undo.cells.push([cellAddress(owned.row, owned.col), raw ? read.xml.slice(raw.start, raw.end) : null]);
    let xml: string;
    if (owned.value === null || away) {
      xml = raw
        ? restyled(detached.get(owned.row * 16384 + owned.col) ?? read.xml.slice(raw.start, raw.end), style)
        : cellXml(cellAddress(owned.row, owned.col), style, null);
    } else {
      // An array formula's first cell overwritten: the other cells of its range keep their values, as values.
      if (raw?.formula !== undefined) formulasGone = true;
      xml = cellXml(
        cellAddress(owned.row, owned.col),
        style,
        owned.value,
        typeof owned.value === 'object' && cached ? cached(owned.row, owned.col) : null,
      );
    }
    if (raw) edits.push({ start: raw.start, end: raw.end, text: xml });
    else {
      const list = inserts.get(owned.row);
      if (list) list.push({ col: owned.col, xml });
      else inserts.set(owned.row, [{ col: owned.col, xml }]);
    }
  }
  const rowNumbers = [...read.rows.keys()].sort((a, b) => a - b);
  for (const [r, list] of inserts) {
    list.sort((a, b) => a.col - b.col);
    const row = read.rows.get(r);
    if (row) {
      const existing = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
      if (row.selfClosing) {
        undo.selfClosingRows.push([r, read.xml.slice(row.start, row.end)]);
        const open = read.xml.slice(row.start, row.end).replace(/\s*\/>$/, '>');
        edits.push({ start: row.start, end: row.end, text: `${open}${list.map((x) => x.xml).join('')}</row>` });
        continue;
      }
      // Each new cell goes before the first existing cell to its right, else before </row>.
      const closeAt = read.xml.lastIndexOf('<', row.end - 1);
      const groups = new Map<number, string[]>();
      for (const x of list) {
        const next = existing.find((c) => c.col > x.col);
        const at = next ? next.start : closeAt;
        const g = groups.get(at);
        if (g) g.push(x.xml);
        else groups.set(at, [x.xml]);
      }
      for (const [at, xs] of groups) edits.push({ start: at, end: at, text: xs.join('') });
    } else {
      const next = rowNumbers.find((n) => n > r);
      const at = next !== undefined ? read.rows.get(next)!.start : read.sheetDataEnd;
      const text = `<row r="${r + 1}">${list.map((x) => x.xml).join('')}</row>`;
      undo.addedRows.push(r);
      if (at < 0) {
        const self = read.sheetDataSelfClosing;
        if (!self) throw new PackageFallback('no sheetData');
        edits.push({ start: self.start, end: self.end, text: `<sheetData>${text}</sheetData>` });
      } else edits.push({ start: at, end: at, text });
    }
  }
  // Rows written at one place in order of row number: inserts at the same point keep that order.
  return { xml: applyEdits(read.xml, edits), formulasGone, undo };
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
  name: string;
  state: PackageSheet['state'];
  oldIndex: number | null;
  part: string;
}

function sheetElement(name: string, sheetId: number, rId: string, state: PackageSheet['state']): string {
  return `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state === 'visible' ? '' : ` state="${state}"`} r:id="${rId}"/>`;
}

function relsPartOf(part: string): string {
  return `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
}

/**
 * Sheets of the analyst's whose names the summaries would have taken (so they got others): the
 * default names not used, and not the product's own sheets.
 */
export function namesTakenBy(run: PreparedRun, productSheets: { name: string }[]): string[] {
  const ours = new Set(productSheets.map((p) => p.name.toLowerCase()));
  const defaults = defaultSheetNames(run.result.quarterNumber);
  return (Object.keys(defaults) as (keyof SheetNames)[])
    .filter((k) => run.names[k] !== defaults[k] && !ours.has(defaults[k].toLowerCase()))
    .map((k) => defaults[k]);
}

/** What the command prints about a run, as the digest keeps it for a no-change rescore. */
export function summaryOf(run: PreparedRun, state: WorkbookState): ScoringSummary {
  return {
    result: run.result,
    names: run.names,
    cells: run.ownedCells.length,
    tableSheets: run.plan.patches.map((p) => p.sheet),
    namesTaken: namesTakenBy(run, state.productSheets),
  };
}

/** A scoring by the package path: what the command prints, whether it changed anything, the new file. */
export interface PackageScoring {
  summary: ScoringSummary;
  changed: boolean;
  bytes: Buffer;
  /** Product sheets regenerated because they had been edited by hand (RunOutcome.editedSheets). */
  editedSheets?: string[];
}

/**
 * Scores the workbook's package. When the state's digest says the workbook already holds this
 * scoring (nothing changed since, the same options), says so having parsed no sheet but the state.
 * Throws InputError as the ExcelJS path does, PackageFallback for what it leaves to that path.
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
  const { reads, grids } = load(bytes, shownPath, meta.observe, pkg);
  t = clock(meta.observe, 'read', t);
  const stateBefore = readState(grids);
  // The add-in's run that failed part-way (write-ahead journal) is put back first, then the workbook scored.
  if (stateBefore.journal?.complete === false)
    return scorePackage(undoPackage(bytes, shownPath, meta.now).bytes, shownPath, overrides, meta);
  const run = prepareRun(grids, stateBefore, overrides);
  const snapshots = new Map<string, CellSnapshot>();
  for (const patch of run.plan.patches) {
    const read = reads.get(patch.sheet);
    if (!read) continue;
    const index = cellIndex(read);
    const sheetPart = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet))?.part;
    for (const c of patch.cells)
      snapshots.set(
        snapshotKey(patch.sheet, c.row, c.col),
        snapshotOf(pkg, read, index.get(c.row * 16384 + c.col), c.row, c.col, sheetPart),
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
    clock(meta.observe, 'engine', t);
    return { summary, changed: false, bytes };
  }
  requireWritablePackage(pkg, reads, [...outcome.patches.map((p) => p.sheet), ...outcome.inPlace], true);
  const stateRows = encodeState(outcome.state);
  t = clock(meta.observe, 'engine', t);

  const styles = new StyleAdder(pkg.styles);
  const replaced = new Map<string, string>();
  const removed = new Set<string>();
  let formulasGone = false;
  const undoBySheet: Record<string, SheetUndo> = {};
  for (const patch of outcome.patches) {
    const sheet = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet));
    const read = sheet && reads.get(sheet.name);
    if (!sheet || !read) continue;
    const done = patchSheet(read, patch.cells, styles);
    formulasGone ||= done.formulasGone;
    undoBySheet[sheet.name] = done.undo;
    replaced.set(sheet.part, done.xml);
  }

  const defaultSize = Number(/<sz val="([\d.]+)"/.exec(pkg.styles.fontXml[0] ?? '')?.[1] ?? 11);
  // A product sheet that exists already is regenerated in place: the same sheet, its part written afresh.
  const added: WorkbookOps['sheets'] = [];
  for (const content of outcome.sheets) {
    const inPlace = outcome.inPlace.some((n) => sameSheetName(n, content.name));
    const sheet = inPlace ? pkg.sheets.find((s) => sameSheetName(s.name, content.name)) : undefined;
    if (sheet) replaced.set(sheet.part, contentSheetXml(content, styles, defaultSize));
    else added.push({ name: content.name, xml: () => contentSheetXml(content, styles, defaultSize) });
  }
  const bytesOut = rebuild(
    pkg,
    replaced,
    removed,
    styles,
    formulasGone,
    {
      deleteSheets: outcome.deleteSheets,
      backups: [],
      restore: [],
      sheets: added,
      stateRows: [
        ...stateRows,
        ...packageJournalRows({ at: meta.at, sheets: undoBySheet, strings: journalStrings(pkg, undoBySheet) }),
      ],
      digest: (entries, statePart, stateXml) =>
        digestRows(entries, statePart, stateXml, overrides, summaryOf(run, outcome.state)),
    },
    meta.now,
  );
  clock(meta.observe, 'write', t);
  return { summary, changed: true, bytes: bytesOut, editedSheets: outcome.editedSheets };
}

export interface WorkbookOps {
  deleteSheets: string[];
  backups: { name: string; backup: string }[];
  restore: { backup: string; name: string }[];
  sheets: { name: string; xml: () => string }[];
  /** The state sheet's new rows, or null to leave it out. */
  stateRows: string[][] | null;
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
  replaced: Map<string, string>,
  removed: Set<string>,
  styles: StyleAdder | null,
  formulasGone: boolean,
  ops: WorkbookOps,
  now: Date,
): Buffer {
  const added: { part: string; xml: string }[] = [];
  // The sheet list, in order, as it will be.
  const wb = pkg.workbookXml;
  const elements: { start: number; end: number }[] = [];
  let sheetsRange: { start: number; end: number } | null = null;
  let sheetsOpenEnd = -1;
  const names: { start: number; end: number; localSheetId?: string }[] = [];
  let view: { start: number; end: number; attrs: Record<string, string> } | null = null;
  let pending: { start: number; localSheetId?: string } | null = null;
  parseXml(wb, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'sheets') {
        sheetsRange = { start: at, end: -1 };
        sheetsOpenEnd = wb.indexOf('>', at) + 1;
      }
      if (tag.name === 'sheet') elements.push({ start: at, end: -1 });
      if (tag.name === 'definedName') pending = { start: at, localSheetId: a.localSheetId };
      if (tag.name === 'workbookView' && !view) view = { start: at, end: -1, attrs: { ...a } };
    },
    close(name, end) {
      if (name === 'sheets' && sheetsRange) sheetsRange.end = end;
      if (name === 'sheet') elements[elements.length - 1].end = end;
      if (name === 'definedName' && pending) {
        names.push({ ...pending, end });
        pending = null;
      }
      if (name === 'workbookView' && view && view.end < 0) view.end = end;
    },
  });
  if (!sheetsRange || elements.length !== pkg.sheets.length || /<\w+:sheets\b/.test(wb))
    throw new PackageFallback('workbook.xml not as expected');
  let items: SheetItem[] = pkg.sheets.map((s, i) => ({
    xml: wb.slice(elements[i].start, elements[i].end),
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
  parseXml(pkg.relsXml, {
    open: (t) => t.name === 'Relationship' && relIds.add((t.attributes as Record<string, string>).Id),
  });
  const newRels: string[] = [];
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
  const addSheet = (name: string, xml: string, state: PackageSheet['state'], before?: SheetItem) => {
    let n = pkg.sheets.length + 1;
    while (usedParts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    usedParts.add(part);
    let rId = `rIdPS${relCounter++}`;
    while (relIds.has(rId)) rId = `rIdPS${relCounter++}`;
    relIds.add(rId);
    newRels.push(`<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="/${part}"/>`);
    added.push({ part, xml });
    const item: SheetItem = { xml: sheetElement(name, nextSheetId++, rId, state), name, state, oldIndex: null, part };
    const at = before ? items.indexOf(before) : -1;
    if (at >= 0) items.splice(at, 0, item);
    else items.push(item);
  };

  for (const name of ops.deleteSheets) {
    const it = find(name);
    if (it) remove(it);
  }
  const asideFor = new Map<string, SheetItem>();
  for (const { name, backup } of ops.backups) {
    const it = find(name);
    if (!it) continue;
    it.name = backup;
    it.state = 'veryHidden';
    it.xml = it.xml
      .replace(/\sname="[^"]*"/, ` name="${escapeAttr(backup)}"`)
      .replace(/\sstate="[^"]*"/, '')
      .replace(/^<sheet\b/, '<sheet state="veryHidden"');
    const partXml = replaced.get(it.part) ?? entryText(pkg.byName.get(it.part)!);
    if (/tabSelected="(1|true)"/.test(partXml))
      replaced.set(it.part, partXml.replace(/tabSelected="(1|true)"/, 'tabSelected="0"'));
    asideFor.set(name.toLowerCase(), it);
  }
  for (const { backup, name } of ops.restore) {
    const it = find(backup);
    if (!it) continue;
    it.name = name;
    it.state = 'visible';
    it.xml = it.xml.replace(/\sname="[^"]*"/, ` name="${escapeAttr(name)}"`).replace(/\sstate="[^"]*"/, '');
  }
  for (const sheet of ops.sheets) addSheet(sheet.name, sheet.xml(), 'visible', asideFor.get(sheet.name.toLowerCase()));
  const oldState = find(STATE_SHEET);
  if (oldState) remove(oldState);
  if (ops.stateRows !== null) addSheet(STATE_SHEET, stateSheetXml(ops.stateRows), 'veryHidden');

  // workbook.xml: the sheet list, sheet-scoped names and the active tab follow the sheets.
  const newIndex = new Map<number, number>();
  items.forEach((it, i) => it.oldIndex !== null && newIndex.set(it.oldIndex, i));
  const edits: Edit[] = [
    {
      start: sheetsOpenEnd,
      end: wb.lastIndexOf('<', (sheetsRange as { end: number }).end - 1),
      text: items.map((it) => it.xml).join(''),
    },
  ];
  for (const n of names) {
    if (n.localSheetId === undefined) continue;
    const to = newIndex.get(Number(n.localSheetId));
    const text = wb.slice(n.start, n.end);
    edits.push({
      start: n.start,
      end: n.end,
      text: to === undefined ? '' : text.replace(/localSheetId="\d+"/, `localSheetId="${to}"`),
    });
  }
  const visible = items.map((it) => it.state === 'visible');
  const first = visible.indexOf(true);
  if (view && first >= 0) {
    const v = view as { start: number; end: number; attrs: Record<string, string> };
    const active = newIndex.get(Number(v.attrs.activeTab ?? 0)) ?? first;
    const target = visible[active] ? active : first;
    const firstSheet = newIndex.get(Number(v.attrs.firstSheet ?? 0)) ?? 0;
    let tag = wb.slice(v.start, v.end);
    const set = (attr: string, value: number) => {
      tag = new RegExp(`\\s${attr}="`).test(tag)
        ? tag.replace(new RegExp(`\\s${attr}="\\d*"`), ` ${attr}="${value}"`)
        : tag.replace(/^<(\w+:)?workbookView\b/, (m) => `${m} ${attr}="${value}"`);
    };
    if (target !== 0 || v.attrs.activeTab !== undefined) set('activeTab', target);
    if (!visible[firstSheet] || v.attrs.firstSheet !== undefined)
      set('firstSheet', visible[firstSheet] ? firstSheet : first);
    edits.push({ start: v.start, end: v.end, text: tag });
  }
  if (names.length && edits.slice(1).every((e) => e.text === '' || !e.text.startsWith('<definedName'))) {
    // every sheet-scoped name dropped: an empty <definedNames/> is invalid, so it goes too
  }
  let workbookXml = applyEdits(wb, edits).replace(/<definedNames>\s*<\/definedNames>/, '');

  // Relationships and content types.
  let rels = pkg.relsXml;
  const relEdits: Edit[] = [];
  parseXml(rels, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'Relationship' && dropRels.has(a.Id))
        relEdits.push({ start: at, end: rels.indexOf('>', at) + 1, text: '' });
      if (tag.name === 'Relationship' && formulasGone && a.Type?.endsWith('/calcChain')) {
        relEdits.push({ start: at, end: rels.indexOf('>', at) + 1, text: '' });
        removed.add('xl/calcChain.xml');
      }
    },
  });
  rels = applyEdits(rels, relEdits);
  rels = rels.replace(/<\/((?:\w+:)?)Relationships>\s*$/, (m) => `${newRels.join('')}${m}`);
  const typesEntry = pkg.byName.get('[Content_Types].xml');
  let types = typesEntry ? entryText(typesEntry) : '';
  const typeEdits: Edit[] = [];
  parseXml(types, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'Override' && removed.has(String(a.PartName).replace(/^\//, '')))
        typeEdits.push({ start: at, end: types.indexOf('>', at) + 1, text: '' });
    },
  });
  types = applyEdits(types, typeEdits).replace(
    /<\/Types>\s*$/,
    (m) => `${added.map((a) => `<Override PartName="/${a.part}" ContentType="${WORKSHEET_CONTENT}"/>`).join('')}${m}`,
  );
  workbookXml = workbookXml.replace(/(<(?:\w+:)?calcPr\b[^>]*?)\s*\/>/, '$1/>');

  // The zip: every part not touched copied as its compressed bytes, in the order it had.
  replaced.set('xl/workbook.xml', workbookXml);
  replaced.set('xl/_rels/workbook.xml.rels', rels);
  if (typesEntry) replaced.set('[Content_Types].xml', types);
  if (styles?.changed) {
    const stylesPart = pkg.entries.find((e) => e.name === 'xl/styles.xml');
    if (!stylesPart) throw new PackageFallback('no styles part');
    replaced.set('xl/styles.xml', styles.stylesXml());
  }
  const out: ZipEntry[] = [];
  for (const e of pkg.entries) {
    if (removed.has(e.name)) continue;
    const text = replaced.get(e.name);
    out.push(text === undefined ? e : newEntry(e.name, text, now));
  }
  const statePart = ops.stateRows !== null ? added[added.length - 1] : null;
  for (const a of added) if (a !== statePart || !ops.digest) out.push(newEntry(a.part, a.xml, now));
  for (const p of ops.newParts ?? []) out.push(newEntry(p.part, p.xml, now));
  if (statePart && ops.digest && ops.stateRows)
    out.push(
      newEntry(
        statePart.part,
        stateSheetXml([...ops.stateRows, ...ops.digest(out, statePart.part, statePart.xml)]),
        now,
      ),
    );
  return writeZip(out);
}

export { STATE_SHEET };

/** A sheet part given back as it was before the scoring, from its package journal. */
function unpatchSheet(read: SheetRead, undo: SheetUndo): string {
  const index = new Map(read.cells.map((c) => [cellAddress(c.row, c.col), c]));
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
    else if (original !== null) throw new PackageFallback(`the owned cell ${address} is gone`);
  }
  return applyEdits(read.xml, edits);
}

/** Whether the package journal gives this undo back verbatim: every owned cell where the scoring left it, untouched since. */
function verbatim(
  pj: PackageJournal | null,
  journal: Journal,
  outcome: UndoOutcome,
  pkg: Package,
): pj is PackageJournal {
  if (!pj || pj.at !== journal.at || outcome.unfinished) return false;
  // Shared strings renumbered since (the workbook saved again by Excel): the elements would show other text.
  const strings = pj.strings ?? journalStrings(pkg, pj.sheets);
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
 * PackageFallback to the ExcelJS path for a journal of that path holding its own exact picture of a cell
 * (`native` of kind 'exceljs': a hyperlink, rich text, a theme colour), which that path puts back. What an
 * add-in journal kept (kind 'office') this path puts back itself (putBackOfficeNatives, and a fill pattern
 * with the cell's style, StyleAdder.styleFor).
 */
function requireNoExcelJsPicture(outcome: UndoOutcome): void {
  for (const snapshot of outcome.shown.values())
    if (snapshot.native && snapshot.native.kind !== 'office')
      throw new PackageFallback('an ExcelJS picture of a cell to put back');
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
  replaced: Map<string, string>,
  newParts: { part: string; xml: string }[],
): string {
  const links: string[] = [];
  const external: { id: string; target: string }[] = [];
  const relsPart = relsPartOf(sheet.part);
  const existingRels =
    replaced.get(relsPart) ?? (pkg.byName.get(relsPart) ? entryText(pkg.byName.get(relsPart)!) : null);
  let counter = 1;
  const newId = () => {
    let id = `rIdSC${counter++}`;
    while (existingRels?.includes(`Id="${id}"`)) id = `rIdSC${counter++}`;
    return id;
  };
  for (const c of cells) {
    const shown = shownAt(c.row, c.col);
    const native = shown?.native;
    if (native?.kind !== 'office') continue;
    const ref = cellAddress(c.row, c.col);
    if (
      native.textRuns &&
      typeof shown!.value === 'string' &&
      native.textRuns.map((r) => r.text).join('') === shown!.value
    ) {
      const m = new RegExp(
        `<c r="${ref}"( s="(\\d+)")? t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>`,
      ).exec(xml);
      if (m) {
        const rich = `<c r="${ref}"${m[1] ?? ''} t="inlineStr">${richInlineXml(native.textRuns, styles.fontXmlOf(Number(m[2] ?? 0)))}</c>`;
        xml = xml.slice(0, m.index) + rich + xml.slice(m.index + m[0].length);
      }
    }
    if (native.hyperlink && !hasLink(xml, ref)) {
      const link: OfficeHyperlink = native.hyperlink;
      const tip = link.screenTip ? ` tooltip="${escapeAttr(link.screenTip)}"` : '';
      if (link.address) {
        const id = newId();
        external.push({ id, target: link.address });
        links.push(`<hyperlink ref="${ref}" r:id="${id}"${tip}/>`);
      } else if (link.documentReference)
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(link.documentReference)}"${tip}/>`);
    }
  }
  if (external.length) {
    if (!/<(?:\w+:)?worksheet\b[^>]*\bxmlns:r=/.test(xml))
      xml = xml.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${REL_NS}"`);
    const rels = external
      .map(
        (e) =>
          `<Relationship Id="${e.id}" Type="${HYPERLINK_TYPE}" Target="${escapeAttr(e.target)}" TargetMode="External"/>`,
      )
      .join('');
    if (existingRels !== null)
      replaced.set(
        relsPart,
        existingRels.replace(/<\/((?:\w+:)?)Relationships>\s*$/, (m) => `${rels}${m}`),
      );
    else
      newParts.push({
        part: relsPart,
        xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      });
  }
  return withHyperlinks(xml, links);
}

/** Whether a sheet part's `<hyperlinks>` hold one for the cell (a single cell or a range over it). */
function hasLink(xml: string, address: string): boolean {
  const at = parseCellAddress(address)!;
  for (const m of xml.matchAll(/<(?:\w+:)?hyperlink\b[^>]*?\bref="([^"]+)"/g)) {
    const area = parseAreaAddress(m[1]);
    if (area && at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right) return true;
  }
  return false;
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
 * PackageFallback only for a journal of the ExcelJS path holding its own exact picture of a cell (a
 * hyperlink, rich text, a theme colour), which that path puts back.
 */
export function undoPackage(bytes: Buffer, shownPath: string, now: Date): UndoDone & { bytes: Buffer } {
  const { pkg, reads, grids } = load(bytes, shownPath);
  const state = readState(grids);
  const outcome = planUndo(state, grids);
  const journal = state.journal!;
  const stateGrid = grids.find((g) => g.name === STATE_SHEET);
  const pj = stateGrid ? readPackageJournal(stateGrid.values) : null;
  const exact = verbatim(pj, journal, outcome, pkg);
  if (!exact) requireNoExcelJsPicture(outcome);
  requireWritablePackage(
    pkg,
    reads,
    [...outcome.patches.map((p) => p.sheet), ...outcome.rewriteSheets.map((s) => s.name)],
    outcome.deleteSheets.length + outcome.restoreSheets.length > 0,
  );
  const replaced = new Map<string, string>();
  const newParts: { part: string; xml: string }[] = [];
  const styles = new StyleAdder(pkg.styles);
  let formulasGone = false;
  if (exact) {
    for (const [name, undo] of Object.entries(pj.sheets)) {
      const sheet = pkg.sheets.find((s) => s.name === name);
      const read = reads.get(name);
      if (sheet && read) replaced.set(sheet.part, unpatchSheet(read, undo));
    }
    // The cells are as they were; a link the journal kept and the analyst removed since is added back.
    for (const patch of outcome.patches) {
      const sheet = pkg.sheets.find((s) => sameSheetName(s.name, patch.sheet));
      const read = sheet && reads.get(sheet.name);
      if (!sheet || !read) continue;
      const xml = replaced.get(sheet.part) ?? read.xml;
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
      const done = patchSheet(
        read,
        patch.cells,
        styles,
        (row, col) => shown(row, col)?.value ?? null,
        (row, col) => {
          const native = shown(row, col)?.native;
          return native?.kind === 'office' ? native.fill : undefined;
        },
      );
      formulasGone ||= done.formulasGone;
      replaced.set(
        sheet.part,
        putBackOfficeNatives(pkg, sheet, done.xml, patch.cells, shown, styles, replaced, newParts),
      );
    }
  }
  const defaultSize = Number(/<sz val="([\d.]+)"/.exec(pkg.styles.fontXml[0] ?? '')?.[1] ?? 11);
  for (const content of outcome.rewriteSheets) {
    const sheet = pkg.sheets.find((s) => sameSheetName(s.name, content.name));
    if (sheet) replaced.set(sheet.part, contentSheetXml(content, styles, defaultSize));
  }
  const out = rebuild(
    pkg,
    replaced,
    new Set(),
    styles,
    formulasGone,
    {
      deleteSheets: outcome.deleteSheets,
      backups: [],
      restore: outcome.restoreSheets,
      sheets: [],
      stateRows: isEmptyState(outcome.state) ? null : encodeState(outcome.state),
      newParts,
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
export function resetStatePackage(bytes: Buffer, shownPath: string, now: Date): { backups: string[]; bytes: Buffer } {
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
    new Map(),
    new Set(),
    null,
    false,
    { deleteSheets: [state.name, ...backups], backups: [], restore: [], sheets: [], stateRows: null },
    now,
  );
  return { backups, bytes: out };
}
