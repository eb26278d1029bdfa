/**
 * What each scored indicator's results were worked out from (a fresh user's finding): a short
 * digest of its inputs per scoring, so that an undo that puts an earlier scoring back can tell which
 * indicators' figures have changed since that scoring — their restored variances, colours, arrows and
 * summary lines no longer match the figures beside them — and say so, rather than show a silent wrong number.
 *
 * An indicator's inputs are the cells of its row that the scoring reads, by what they are (not where they
 * are, so moving or inserting columns changes nothing): its recognised fields other than its ref and the
 * columns the product writes (% variance, Status, DOT, Trend; the quartile's value is the analyst's and is
 * read; so are its name and last year's outturn, from DIGEST_VERSION 3), its period figures and period targets up to the end of the quarter scored (figures typed for
 * later months do not change that quarter's scores), its "Actual" column, last year's figures, and its
 * row on a Targets or Last year sheet. Settings are not inputs here: undo puts the earlier scoring's back.
 *
 * Stored compactly (docs/workbook.md, "Undo after the figures changed"): six characters an indicator, in the
 * order of the journal's indicators (each indicator's first cell), so no identity is stored twice.
 */
import type { CellValue, IndicatorRow, IndicatorTable, QuarterNumber, SheetGrid, WorkbookModel } from '../model';
import { FIELDS } from '../model';
import { rowKey } from '../read/support-sheets';
import { normaliseText } from '../read/values';
import { sameSheetName } from '../a1';
import type { SheetPlaces, Located } from './identity';
import type { JournalCell } from './state';
import { encodeInts, decodeInts, encodeTexts, decodeTexts } from './columns';

/** Characters of one indicator's digest. */
export const DIGEST_LENGTH = 6;
/** An indicator whose digest is not known (not scored then, or scored by a version that kept none). */
export const UNKNOWN_DIGEST = '-'.repeat(DIGEST_LENGTH);
/**
 * Characters of one indicator's outturn digest (DIGEST_VERSION 3, `InputDigests.o`): last year's outturn
 * hashed on its own, so that a changed outturn is named and a deleted outturn column is not (see NOT_INPUTS).
 */
export const OUTTURN_LENGTH = 2;
/** No outturn digest: the table had no outturn column (or the indicator's digest is not known). */
export const NO_OUTTURN = '-'.repeat(OUTTURN_LENGTH);
/** A list of outturn digests none of which is known. */
const NO_OUTTURNS = /^-*$/;
/** 36^2: the outturn digest is two base-36 characters. */
const OUTTURN_RANGE = 1296;

/**
 * How the digests are worked out: 3 — as 2, and the indicator's name and last year's outturn are inputs
 * too (the name decides a time's or a cumulative count's reading, the outturn whether months are a year's
 * shares, and both change scores), and a figure is hashed to 15 significant digits, never finer than 1e-10
 * (sameFigure); 2 — the cells as the reader reads them (mixCell), figures bit for bit; 1 (kept without `v`)
 * — the cells as typed. A journal's digests of version 2 are still compared, worked out again the version
 * 2 way (`comparable`, `readDigests`' `version`): an older workbook still undoes and still names what that
 * version could see. Digests of version 1 are not compared: undoing a scoring made then says nothing of
 * figures changed, as a state from before digests does.
 */
export const DIGEST_VERSION = 3;
/** The versions whose digests can still be worked out again and compared. */
const COMPARABLE_VERSIONS = new Set([2, 3]);

/**
 * One scoring's input digests, in the order of a journal's indicators (`journalIndicators`): `q` the
 * quarter scored (1–4), `d` DIGEST_LENGTH characters an indicator (UNKNOWN_DIGEST where not known), `v`
 * DIGEST_VERSION (absent: 1).
 */
export interface InputDigests {
  q: QuarterNumber;
  d: string;
  v?: number;
  /**
   * From version 3: OUTTURN_LENGTH characters an indicator, in the same order, its outturn's digest
   * (NO_OUTTURN where its table had no outturn column).
   */
  o?: string;
}

/**
 * The digests where they can be compared with digests worked out now (this DIGEST_VERSION or one that can
 * still be worked out again: COMPARABLE_VERSIONS; read `v` to work them out the same way), else null.
 */
export function comparable<T extends InputDigests>(digests: T | null | undefined): T | null {
  return digests && digests.v !== undefined && COMPARABLE_VERSIONS.has(digests.v) ? digests : null;
}

/**
 * After an undo, the digests of the scoring put back, with the indicators they belong to (there is no
 * journal then to align them with): sheets as [name, id or null], each indicator's sheet index as
 * `encodeInts`, the indicators as `encodeTexts`, `n` of them.
 */
export interface KeptInputs extends InputDigests {
  sheets: [string, string | null][];
  at: string;
  ids: string;
  n: number;
}

/**
 * Fields that are not inputs of the main digest: the indicator's ref (its identity), the columns the product
 * writes, and last year's outturn, which from version 3 has a digest of its own (`outturnDigest`). Version 2
 * left out the name and the outturn (taken then to decide only whether a typed Trend arrow is kept); both
 * change scores (the outturn tells a month's share of a year's total, rules/month-share.ts; the name a time
 * or a cumulative count, read/time-name.ts), so a corrected outturn or a renamed indicator went unnamed by
 * undo (session 13). The outturn is digested apart so that deleting its column — a common tidy-up, which
 * changed none of St Helens' 60 scores — names nothing (test/cross/afterlife.test.ts), while a changed or
 * cleared outturn is named (`sameInputs`).
 */
const NOT_INPUTS = new Set<string>(['ref', 'variance', 'status', 'dot', 'trend', 'outturn']);
const NOT_INPUTS_V2 = new Set<string>(['ref', 'name', 'variance', 'status', 'dot', 'trend', 'outturn']);

// The running hash (cyrb53's two lanes, as hash.ts's sheetPrint): fed 32 bits at a time, never a text made
// to be hashed (building each row's text and hashing it cost a quarter of a scoring at 10,000 indicators).
const lanes = new Int32Array(2);
const scratch = new Float64Array(1);
const halves = new Uint32Array(scratch.buffer);

function mix(x: number): void {
  lanes[0] = Math.imul(lanes[0] ^ x, 2654435761);
  lanes[1] = Math.imul(lanes[1] ^ x, 1597334677);
}

/**
 * A figure as undo compares it (DIGEST_VERSION 3): its digits up to the 15th significant one, as Excel keeps
 * figures, and never finer than 1e-10 — written into `figure` as [the power of ten it was cut at, the whole
 * number of that unit], so that figures equal to that precision hash alike. Why 1e-10 for small figures:
 * a time ("mm:ss", a fraction of a day) goes through a date in ExcelJS (1899-12-30 00:05:00 and back), so a
 * workbook saved by an ExcelJS script holds 5:00 as 0.003472222222626442 where it held 0.003472222222222222
 * — the 15 significant digits of a date serial (25,569 days to 1970), about 1e-12 off, the 10th significant
 * digit of the time itself. Bit for bit (version 2), every such time was named as changed. A whole second is
 * 1.16e-5 of a day, so no time typed to the second, nor any figure a score is shown to, is lost at 1e-10.
 */
const figure = new Float64Array(2);
function cutFigure(v: number): void {
  const a = Math.abs(v);
  let e = 4;
  if (a >= 1e4 && Number.isFinite(a)) e = Math.floor(Math.log10(a));
  // A figure below 10,000: whole units of 1e-10 (fewer than 10^14 of them: exact); above, its first 15 digits.
  figure[0] = e;
  figure[1] = Math.round(v * (e === 4 ? 1e10 : 10 ** (14 - e))) + 0;
  if (!Number.isFinite(v)) figure[1] = v;
}

/** Whether mixCell hashes a figure as cut (cutFigure: DIGEST_VERSION 3) or bit for bit (version 2). */
let cutFigures = true;

/** A plain figure typed as text ("444", "1,350,000", " 12.5 "): read as the number it is (read/values.ts). */
const PLAIN_FIGURE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A cell's value into the hash as the reader reads it (DIGEST_VERSION 2): its kind, then its figure's 64
 * bits or its text's characters — a plain figure typed as text as its number, and a text in lower case with
 * its spaces folded (read/values.ts normaliseText), as the reader takes polarity, profile, quartile and tier
 * words. Version 1 hashed the cell as typed, so "Lower" retyped "lower", or 459.4 set back as the text
 * "459.4", named the indicator as changed though nothing it is scored on had.
 */
function mixCell(v: CellValue | undefined): void {
  if (typeof v === 'string') {
    const t = normaliseText(v);
    if (PLAIN_FIGURE.test(t)) v = Number(t.replace(/,/g, ''));
    else v = t;
  }
  // The lanes are read once and written back once, held in local variables meanwhile (`mix`'s steps, the
  // same words: a text's characters were a typed array's two reads and two writes each, issue 11).
  let a = lanes[0];
  let b = lanes[1];
  if (v === null || v === undefined || v === '') {
    a = Math.imul(a ^ 0, 2654435761);
    b = Math.imul(b ^ 0, 1597334677);
  } else if (typeof v === 'number') {
    if (cutFigures) {
      cutFigure(v);
      a = Math.imul(a ^ (figure[0] + 400), 2654435761);
      b = Math.imul(b ^ (figure[0] + 400), 1597334677);
      scratch[0] = figure[1];
    } else scratch[0] = v;
    const lo = halves[0];
    const hi = halves[1];
    a = Math.imul(Math.imul(Math.imul(a ^ 1, 2654435761) ^ lo, 2654435761) ^ hi, 2654435761);
    b = Math.imul(Math.imul(Math.imul(b ^ 1, 1597334677) ^ lo, 1597334677) ^ hi, 1597334677);
  } else if (typeof v === 'boolean') {
    const w = v ? 2 : 3;
    a = Math.imul(a ^ w, 2654435761);
    b = Math.imul(b ^ w, 1597334677);
  } else {
    a = Math.imul(Math.imul(a ^ 4, 2654435761) ^ v.length, 2654435761);
    b = Math.imul(Math.imul(b ^ 4, 1597334677) ^ v.length, 1597334677);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
  }
  lanes[0] = a;
  lanes[1] = b;
}

/** The first `months` figures of a list (a blank as null), after a tag saying which list. */
function mixFigures(tag: number, list: readonly (number | null)[] | null | undefined, months: number): void {
  mix(tag);
  if (!list) return;
  for (let m = 0; m < months && m < list.length; m++) mixCell(list[m]);
}

/** What marks each kind of input, so that each is hashed as what it is, whatever its column. */
const TAG = { field: 1000, month: 2000, current: 3000, quarter: 4000, quarterTarget: 5000, monthTarget: 6000 };
const LIST_TAG = { lastYear: 7000, previousYear: 7001, targetsSheet: 7002, lastYearSheet: 7003 };
/** 36^6: the digest is six base-36 characters. */
const DIGEST_RANGE = 2176782336;

/**
 * Which cells of a table's rows are an indicator's inputs for quarter `q`, in the order they are hashed:
 * each as its tag and its column, pairs in one array. The same for every row of the table, so worked out
 * once a table (issue 11: the fields were tried against NOT_INPUTS for every row).
 */
function inputCells(table: IndicatorTable, q: QuarterNumber, version: number = DIGEST_VERSION): Int32Array {
  const months = 3 * q;
  const out: number[] = [];
  const notInputs = version === 2 ? NOT_INPUTS_V2 : NOT_INPUTS;
  for (let f = 0; f < FIELDS.length; f++) {
    const col = table.columns[FIELDS[f]];
    if (col === undefined || notInputs.has(FIELDS[f])) continue;
    out.push(TAG.field + f, col);
  }
  const monthColumns = table.monthColumns;
  for (let m = 0; m < months && m < monthColumns.length; m++) {
    const col = monthColumns[m];
    if (col === null || col === undefined) continue;
    out.push(TAG.month + m, col);
  }
  if (table.currentColumn !== null && table.currentColumn !== undefined) out.push(TAG.current, table.currentColumn);
  const quarters = table.quarterColumns;
  if (quarters)
    for (let k = 0; k < q && k < quarters.length; k++) {
      const c = quarters[k];
      if (!c) continue;
      out.push(TAG.quarter + k, c.col);
    }
  const quarterTargets = table.quarterTargetColumns;
  if (quarterTargets)
    for (let k = 0; k < q && k < quarterTargets.length; k++) {
      const c = quarterTargets[k];
      if (c === null || c === undefined) continue;
      out.push(TAG.quarterTarget + k, c);
    }
  const monthTargets = table.monthTargetColumns;
  if (monthTargets)
    for (let m = 0; m < months && m < monthTargets.length; m++) {
      const c = monthTargets[m];
      if (c === null || c === undefined) continue;
      out.push(TAG.monthTarget + m, c);
    }
  return new Int32Array(out);
}

/**
 * An indicator's inputs for the scoring of quarter `q`, as a digest of DIGEST_LENGTH characters, followed
 * (version 3) by its outturn's digest of OUTTURN_LENGTH characters (NO_OUTTURN without an outturn column).
 * @param table the table the row is in (its columns say which cells are what)
 * @param row the indicator's row as read
 * @param values the row's sheet's cells (SheetGrid.values)
 * @param model the support sheets' figures (Targets, Last year) by indicator key
 * @param q the quarter scored: period columns after its last month are left out
 * @param inputs the table's input cells for `q` (inputCells), when the caller has them already
 * @param version the DIGEST_VERSION to work it out by (2: to compare with an older journal's digests)
 */
export function indicatorDigest(
  table: IndicatorTable,
  row: IndicatorRow,
  values: CellValue[][],
  model: Pick<WorkbookModel, 'explicitTargets' | 'lastYear'>,
  q: QuarterNumber,
  inputs: Int32Array = inputCells(table, q),
  version: number = DIGEST_VERSION,
): string {
  const cells = values[row.row] ?? [];
  const months = 3 * q;
  cutFigures = version !== 2;
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  for (let i = 0; i < inputs.length; i += 2) {
    mix(inputs[i]);
    mixCell(cells[inputs[i + 1]]);
  }
  mixFigures(LIST_TAG.lastYear, row.lastYear, months);
  const previous = row.previousYear;
  if (previous) {
    mix(LIST_TAG.previousYear);
    for (let m = 0; m < previous.length; m++) {
      const p = previous[m];
      if (p.kind === 'number') mixCell(p.value);
      else mixCell(p.kind);
    }
  }
  const key = rowKey(row);
  const own = row.ownSupportFigures;
  mixFigures(LIST_TAG.targetsSheet, own?.targets ?? model.explicitTargets.get(key), months);
  mixFigures(LIST_TAG.lastYearSheet, own?.lastYear ?? model.lastYear.get(key), months);
  let h1 = lanes[0];
  let h2 = lanes[1];
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = (4294967296 * (2097151 & h2) + (h1 >>> 0)) % DIGEST_RANGE;
  const main = n.toString(36).padStart(DIGEST_LENGTH, '0');
  if (version === 2) return main;
  const col = table.columns.outturn;
  return main + (col === undefined ? NO_OUTTURN : outturnDigest(cells[col]));
}

/** A cell's digest of OUTTURN_LENGTH characters (the outturn's, DIGEST_VERSION 3: as mixCell hashes it). */
function outturnDigest(v: CellValue | undefined): string {
  lanes[0] = 0x5bd1e995;
  lanes[1] = 0x27d4eb2f;
  mixCell(v);
  const h = Math.imul(lanes[0] ^ (lanes[1] >>> 15), 2246822507) >>> 0;
  return (h % OUTTURN_RANGE).toString(36).padStart(OUTTURN_LENGTH, '0');
}

/**
 * Whether an indicator's inputs then (`before`) and now are the same: their main digests alike, and their
 * outturns alike where both had an outturn column (a column deleted since, or a digest of version 2, which
 * has none, is no change of the outturn). Each as `indicatorDigest` gives it (main, then outturn's if any).
 */
export function sameInputs(before: string, now: string): boolean {
  if (before.slice(0, DIGEST_LENGTH) !== now.slice(0, DIGEST_LENGTH)) return false;
  const a = before.slice(DIGEST_LENGTH);
  const b = now.slice(DIGEST_LENGTH);
  return a.length !== OUTTURN_LENGTH || b.length !== OUTTURN_LENGTH || a === NO_OUTTURN || b === NO_OUTTURN || a === b;
}

/**
 * Values by indicator on a sheet: (sheet name, identity as in SheetPlaces) → T. Two maps, one a sheet, not
 * one map by a key joined from both: a joined key is a new text for every indicator, made and hashed at
 * each look-up, where the sheet's name and the identity are texts already hashed (SheetPlaces keeps the
 * identities in a map). Joining them cost a tenth of a first scoring at 10,000 indicators (issue 11).
 */
export class ByIndicator<T> {
  private readonly sheets = new Map<string, Map<string, T>>();
  private count = 0;

  get(sheet: string, indicator: string): T | undefined {
    return this.sheets.get(sheet)?.get(indicator);
  }

  set(sheet: string, indicator: string, value: T): void {
    let m = this.sheets.get(sheet);
    if (m === undefined) this.sheets.set(sheet, (m = new Map()));
    const before = m.size;
    m.set(indicator, value);
    this.count += m.size - before;
  }

  /** How many indicators have a value. */
  get size(): number {
    return this.count;
  }
}

/**
 * Every indicator of the tables read, by (sheet, identity as in `places`): its digest for quarter `q`.
 * `labels`, when given, is filled with how the analyst names each (its ref, else its name), for an undo's
 * sentence; a scoring asks for none (issue 11: an object an indicator, kept to the end of the run).
 * `version`: the DIGEST_VERSION to work them out by (an older journal's, to compare with it).
 */
export function readDigests(
  tables: IndicatorTable[],
  grids: readonly SheetGrid[],
  places: ReadonlyMap<string, SheetPlaces>,
  model: Pick<WorkbookModel, 'explicitTargets' | 'lastYear'>,
  q: QuarterNumber,
  labels?: ByIndicator<string>,
  version: number = DIGEST_VERSION,
): ByIndicator<string> {
  const out = new ByIndicator<string>();
  const byName = new Map(grids.map((g) => [g.name, g]));
  for (const t of tables) {
    const grid = byName.get(t.sheet);
    const sheet = places.get(t.sheet);
    if (!grid || !sheet) continue;
    const inputs = inputCells(t, q, version);
    for (const r of t.rows) {
      const id = sheet.byRow[r.row];
      if (id === undefined) continue;
      out.set(t.sheet, id, indicatorDigest(t, r, grid.values, model, q, inputs, version));
      if (labels) labels.set(t.sheet, id, r.ref && r.ref.trim() ? r.ref.trim() : r.name.trim());
    }
  }
  return out;
}

/**
 * A journal's indicators in order: each (sheet, indicator) once, with the index of its first cell.
 * A cell of the same sheet and indicator as the cell before it (an indicator's owned cells are mostly
 * side by side) is passed over at once, and the others are looked up by their identity in their sheet's
 * set (issue 11: a key joined for every owned cell was a twentieth of a first scoring).
 */
export function journalIndicators(
  cells: readonly JournalCell[],
): { first: number; sheet: string; indicator: string }[] {
  // The indicators seen, by sheet (its name and id): a set a sheet, looked up when the sheet changes.
  const seenBySheet = new Map<string, Set<string>>();
  let seen: Set<string> | undefined;
  const out: { first: number; sheet: string; indicator: string }[] = [];
  let last: JournalCell | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.indicator === undefined) continue;
    const sameSheet = last !== undefined && c.sheet === last.sheet && c.sheetId === last.sheetId;
    if (sameSheet && c.indicator === last!.indicator) continue;
    if (!sameSheet || seen === undefined) {
      const sheetKey = `${c.sheet}\u0000${c.sheetId ?? ''}`;
      seen = seenBySheet.get(sheetKey);
      if (seen === undefined) seenBySheet.set(sheetKey, (seen = new Set()));
    }
    last = c;
    if (seen.has(c.indicator)) continue;
    seen.add(c.indicator);
    out.push({ first: i, sheet: c.sheet, indicator: c.indicator });
  }
  return out;
}

/**
 * Digests in the order of a journal's indicators, from `known` (by the journal's own sheet names), worked
 * out by DIGEST_VERSION `version` (an older journal's digests carried on keep theirs). Null when none is known.
 */
export function alignedDigests(
  cells: readonly JournalCell[],
  q: QuarterNumber,
  known: ByIndicator<string>,
  version: number = DIGEST_VERSION,
): InputDigests | null {
  const indicators = journalIndicators(cells);
  // Joined once, not added one to another: a text of 10,000 pieces is kept in the journal (issue 11).
  const digests = new Array<string>(indicators.length);
  const outturns = version === 2 ? null : new Array<string>(indicators.length);
  let any = false;
  for (let i = 0; i < indicators.length; i++) {
    const found = known.get(indicators[i].sheet, indicators[i].indicator);
    if (found !== undefined) any = true;
    digests[i] = found !== undefined ? found.slice(0, DIGEST_LENGTH) : UNKNOWN_DIGEST;
    if (outturns)
      outturns[i] = found !== undefined && found.length > DIGEST_LENGTH ? found.slice(DIGEST_LENGTH) : NO_OUTTURN;
  }
  if (!any) return null;
  const o = outturns?.join('');
  // No outturn column anywhere: nothing kept for it (the state as large as version 2's).
  return o !== undefined && !NO_OUTTURNS.test(o)
    ? { q, d: digests.join(''), v: version, o }
    : { q, d: digests.join(''), v: version };
}

/**
 * The digest of the i-th indicator of an aligned list, or null when not known: its main digest, followed by
 * its outturn's where the list keeps them (version 3), as `indicatorDigest` gives them.
 */
export function digestAt(d: InputDigests, i: number): string | null {
  const s = d.d.slice(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH);
  if (s.length !== DIGEST_LENGTH || s === UNKNOWN_DIGEST) return null;
  const o = d.o?.slice(i * OUTTURN_LENGTH, (i + 1) * OUTTURN_LENGTH);
  return o && o.length === OUTTURN_LENGTH ? s + o : s;
}

/**
 * The digests of a journal's aligned list by where the indicators are now: the journal's cells located
 * (`located`, locateJournal's, in the journal's order) and each indicator's identity now read from the
 * sheet's rows (`places`: a retyped Ref followed to its row is known by its new identity).
 */
export function digestsWhereNow(
  cells: readonly JournalCell[],
  digests: InputDigests,
  located: readonly (Located | undefined)[],
  places: ReadonlyMap<string, SheetPlaces>,
): ByIndicator<string> {
  const out = new ByIndicator<string>();
  journalIndicators(cells).forEach((x, i) => {
    const digest = digestAt(digests, i);
    const at = located[x.first];
    if (digest === null || !at || at.kind !== 'found') return;
    const id = places.get(at.sheet)?.byRow[at.row];
    if (id !== undefined) out.set(at.sheet, id, digest);
  });
  return out;
}

/** KeptInputs' digests by where their indicators are now: each sheet by its id, else its name. */
export function keptWhereNow(kept: KeptInputs, places: ReadonlyMap<string, SheetPlaces>): ByIndicator<string> {
  const out = new ByIndicator<string>();
  const sheets = kept.sheets.map(([name, id]) => {
    const all = [...places.values()];
    return (id !== null ? all.find((p) => p.id === id) : undefined) ?? all.find((p) => sameSheetName(p.name, name));
  });
  const at = decodeInts(kept.at);
  const ids = decodeTexts(kept.ids, kept.n);
  ids.forEach((id, i) => {
    const sheet = sheets[at[i]];
    const digest = digestAt(kept, i);
    if (sheet && digest !== null && sheet.indicators.has(id)) out.set(sheet.name, id, digest);
  });
  return out;
}

/** The outturn digests of `entries` (`InputDigests.o`), none where no indicator had an outturn column. */
function outturnsOf(entries: readonly { digest: string }[], version: number): { o?: string } {
  if (version === 2) return {};
  const o = entries.map((e) => (e.digest.length > DIGEST_LENGTH ? e.digest.slice(DIGEST_LENGTH) : NO_OUTTURN)).join('');
  return NO_OUTTURNS.test(o) ? {} : { o };
}

/** Digests with their indicators (sheet now, its id, identity now), for the state after an undo. */
export function keepInputs(
  q: QuarterNumber,
  entries: readonly { sheet: string; sheetId?: string; indicator: string; digest: string }[],
  version: number = DIGEST_VERSION,
): KeptInputs | null {
  if (entries.length === 0) return null;
  const sheets: [string, string | null][] = [];
  const index = new Map<string, number>();
  const at: number[] = [];
  for (const e of entries) {
    let i = index.get(e.sheet);
    if (i === undefined) {
      i = sheets.length;
      index.set(e.sheet, i);
      sheets.push([e.sheet, e.sheetId ?? null]);
    }
    at.push(i);
  }
  return {
    q,
    v: version,
    d: entries.map((e) => e.digest.slice(0, DIGEST_LENGTH)).join(''),
    ...outturnsOf(entries, version),
    sheets,
    at: encodeInts(at),
    ids: encodeTexts(entries.map((e) => e.indicator)),
    n: entries.length,
  };
}

/**
 * In one sentence, which restored indicators were worked out from figures changed since: "The restored
 * scores for CYP-41 and ASC-12 were worked out before their figures were changed; score again to bring
 * them up to date." Empty for none. At most five are named.
 */
export function staleSentence(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  const shown = labels.slice(0, 5);
  const rest = labels.length - shown.length;
  const named =
    rest > 0
      ? `${shown.join(', ')} and ${rest} other ${rest === 1 ? 'indicator' : 'indicators'}`
      : shown.length === 1
        ? shown[0]
        : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  const one = labels.length === 1;
  return `The restored scores for ${named} were worked out before ${one ? 'its' : 'their'} figures were changed; score again to bring ${one ? 'it' : 'them'} up to date.`;
}
