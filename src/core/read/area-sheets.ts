/**
 * Sheets that repeat another sheet's indicators with one area's figures (fresh user 12, variant C): a
 * police force's performance pack with the whole force's sheets ("P1 Preventing Crime", "P3 Responsive
 * Policing") and a sheet for each Basic Command Unit ("North BCU", "South BCU", "Central BCU") giving the
 * same refs with that BCU's figures. They were read as parallel returns (read/parallel-sheets.ts: each
 * sheet an organisation, a priority of its own), so the force's summary counted 53 indicators where it has
 * 38: each BCU's 5 were added in as more indicators. A county's sheet per district repeating the county's
 * refs, an NHS trust's sheet per site or division, were read the same way.
 *
 * Decision: such sheets are an **area breakdown** of the whole. Each breakdown row is scored and
 * formatted on its own sheet, as the analyst reads the BCU's RAG there, but it is not counted: the count
 * tables, highlights and Tier 1 list count each indicator once, from the whole's figure. The breakdowns
 * are stated in one Note, not listed as count tables of their own: a count table per area beside the
 * force's would be read as more of the force's indicators — the very fault — and the area's colours are
 * on its sheet already. A row of such a sheet whose ref is not the whole's is the area's own indicator and
 * is counted, under the sheet.
 *
 * Recognised, in this order:
 * 1. **by name**: the sheet's name, or a heading or title on it, names an area — BCU, LPA, district,
 *    division, site, locality, ward, borough, neighbourhood, sector, hospital, place (`namesArea`) — and
 *    not the whole ("Force-wide", "All districts", "Total") — and some of its refs are on a sheet that
 *    names none (the whole's). Its figures are compared with the whole's (`figuresFit`): where an area's
 *    figures neither add up to the whole's with the other areas' nor sit near it, a Check names them,
 *    since the names alone decided; they are still not counted (never counted twice);
 * 2. **by figures**: among sheets holding the same indicators (read/parallel-sheets.ts), one whose figures
 *    are the others' added up, ref by ref (at least two refs adding up, none far from it), is the whole and
 *    the others its breakdown, whatever their names ("Ashford", "Canterbury" and "Dover" under "County");
 * 3. **neither**: sheets holding the same indicators where one holds all the others' refs and more (a whole
 *    by its shape) but neither names nor figures tell: kept as returns of their own, counted, with a Check
 *    saying how to map them as breakdowns. Peers holding the same refs (a housing group's subsidiaries)
 *    have no whole by shape, and stay returns, as before.
 * A Targets or Last year sheet row is found by ref, so it is the whole's: where the areas' figures for a ref add
 * up to the whole's (a part of its count), it is not used for the areas' rows (`IndicatorRow.areaPart`), and a
 * Note says so (`areaSupportRowsNote`); where they sit near it (a rate), the whole's target is the areas' too.
 * The mapping decides over all of it: {"breakdownSheets": [...]} reads sheets as breakdowns of the sheets
 * holding the same refs, {"returnSheets": [...]} as returns of their own, counted, whatever their names.
 */
import type { ColumnMapping, Finding, IndicatorRow, IndicatorTable, WorkbookModel } from '../model';
import { rowKey } from './support-sheets';
import type { GridView } from './grid';
import { finding } from '../catalogue';
import { sameSheetName } from '../a1';
import { figure, listed } from '../words';
import { spokenMonth } from '../periods';
import { normaliseText } from './values';
import { parallelSheetGroups } from './parallel-sheets';
import { sheetHeading } from './directorate-sheets';

/** A word naming an area of a force, county or trust: "North BCU", "Ashford district", "Whiston site". */
const AREA_WORD =
  /\b(?:bcus?|basic command units?|lpas?|local policing areas?|policing areas?|districts?|divisions?|sites?|localit(?:y|ies)|wards?|boroughs?|neighbourhoods?|sectors?|hospitals?|place)\b/i;

/** Words naming the whole, not an area of it: "Force-wide", "All districts", "County total", "Trust overall". */
const WHOLE_WORD =
  /\b(?:all|whole|total|totals|overall|combined|force|force-?wide|county-?wide|trust-?wide|borough-?wide|district-?wide|summary)\b/i;

/** True when a text names an area and not the whole (see AREA_WORD, WHOLE_WORD). */
export function namesArea(text: string): boolean {
  return AREA_WORD.test(text) && !WHOLE_WORD.test(text);
}

/** How far an area's figure may sit from the whole's and still be "near" it: a rate, a percentage (25%). */
const NEAR = 0.25;
/** How far the areas' figures added up may be from the whole's and still "add up": 2%, or rounding. */
const ADDS_UP = 0.02;

/** How areas' figures for one month stand to the whole's. */
export type Fit = 'adds up' | 'near' | 'neither';

/**
 * How the areas' figures for one indicator and month stand to the whole's: they add up to it (within 2%,
 * or half a unit an area, as each area's figure is rounded), or each sits near it (within 25%: a rate,
 * a percentage, an average), or neither.
 * @param whole the whole's figure
 * @param parts each area's figure, for the same month
 */
export function figuresFit(whole: number, parts: readonly number[]): Fit {
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.length >= 2 && Math.abs(sum - whole) <= Math.max(ADDS_UP * Math.abs(whole), 0.5 * parts.length))
    return 'adds up';
  if (parts.every((p) => Math.abs(p - whole) <= NEAR * Math.abs(whole))) return 'near';
  return 'neither';
}

const refKey = (ref: string) => ref.trim().toLowerCase();

/** The same indicator: the same ref, and, for a bare number ("1", "2.1"), the same name too. */
function sameIndicator(a: IndicatorRow, b: IndicatorRow): boolean {
  if (a.ref === null || b.ref === null || refKey(a.ref) !== refKey(b.ref)) return false;
  return /[a-z]/i.test(a.ref) || normaliseText(a.name) === normaliseText(b.name);
}

/** A row's figure for month index m (0 = April), or null. */
function figureAt(row: IndicatorRow, m: number): number | null {
  const p = row.periods[m];
  return p !== undefined && p.kind === 'number' ? p.value : null;
}

/** One indicator's figures compared: the latest month where the whole and every area have one. */
interface Compared {
  ref: string;
  fit: Fit | null;
  month?: number;
  whole?: number;
  parts?: number[];
}

function compare(whole: IndicatorRow, parts: readonly IndicatorRow[]): Compared {
  for (let m = 11; m >= 0; m--) {
    const w = figureAt(whole, m);
    if (w === null) continue;
    const ps = parts.map((p) => figureAt(p, m));
    if (ps.some((p) => p === null)) continue;
    return { ref: whole.ref!, fit: figuresFit(w, ps as number[]), month: m, whole: w, parts: ps as number[] };
  }
  return { ref: whole.ref!, fit: null };
}

/** What read the workbook's area sheets: the sheets read as breakdowns, and the findings saying so. */
export interface AreaSheets {
  /** The sheets read as breakdowns (their rows of the whole's refs carry `area`). */
  sheets: Set<string>;
  findings: Finding[];
  /**
   * The parallel sheets' groups of the tables step 2 looked at (`parallelSheetGroups` of `of`), for
   * read/parallel-sheets.ts to use where it is given the same tables rather than find them again (issue 11).
   */
  parallel?: { of: readonly IndicatorTable[]; groups: ReturnType<typeof parallelSheetGroups> };
}

function listedSheets(sheets: readonly string[]): string {
  return listed(sheets.map((s) => `'${s}'`));
}

function examples(refs: readonly string[]): string {
  return refs.slice(0, 4).join(', ') + (refs.length > 4 ? ' …' : '');
}

/** The texts naming a sheet: its name, its tables' titles and priorities, its heading. */
function namingTexts(sheet: string, own: readonly IndicatorTable[], view: GridView | undefined): string[] {
  const out = [sheet];
  for (const t of own) {
    if (t.title) out.push(t.title);
    out.push(t.priorityName);
  }
  const heading = view && own.length > 0 ? sheetHeading(view, own[0]) : null;
  if (heading) out.push(heading.name);
  return out;
}

/**
 * Finds the area sheets (see above), marks their rows of the whole's indicators with `area` (the
 * sheet's name), names each sheet's tables after it (`priorityName`, `parallelSheet`: a ref repeated
 * between areas is no duplicate) and says so. Changes `tables`.
 * @param tables the workbook's tables as read
 * @param views each sheet's cells, by name
 * @param mapping the analyst's mapping: `breakdownSheets`, `returnSheets`
 */
export function readAreaSheets(
  tables: IndicatorTable[],
  views: ReadonlyMap<string, GridView>,
  mapping: ColumnMapping | null,
): AreaSheets {
  const out: AreaSheets = { sheets: new Set(), findings: [] };
  const bySheet = new Map<string, IndicatorTable[]>();
  for (const t of tables) (bySheet.get(t.sheet) ?? bySheet.set(t.sheet, []).get(t.sheet)!).push(t);
  if (bySheet.size < 2) return out;
  const listedIn = (list: string[] | undefined, sheet: string) => (list ?? []).some((s) => sameSheetName(s, sheet));
  const asReturn = (sheet: string) => listedIn(mapping?.returnSheets, sheet);
  const asBreakdown = (sheet: string) => listedIn(mapping?.breakdownSheets, sheet);
  // Texts every sheet shares (the force's banner) name no one sheet.
  const texts = new Map<string, string[]>();
  for (const [sheet, own] of bySheet) texts.set(sheet, namingTexts(sheet, own, views.get(sheet)));
  const everywhere = (text: string) => [...texts.values()].every((list) => list.includes(text));
  const named = new Set<string>();
  for (const [sheet, list] of texts) {
    if (asReturn(sheet)) continue;
    if (asBreakdown(sheet) || list.some((x) => !everywhere(x) && namesArea(x))) named.add(sheet);
  }

  // 1. By name: areas whose refs the other sheets hold.
  if (named.size > 0) {
    const wholeTables = tables.filter((t) => !named.has(t.sheet));
    const found = markBreakdowns(bySheet, named, wholeTables, asBreakdown);
    if (found.sheets.length > 0) {
      const mapped = found.sheets.every(asBreakdown);
      // Figures that neither add up nor sit near: only the names decided (the mapping's sheets, the analyst did).
      const bad = mapped ? [] : found.compared.filter((c) => c.fit === 'neither');
      const figuresSay = found.compared.some((c) => c.fit !== null) && bad.length === 0;
      out.findings.push(areaNote(found, bySheet, mapped ? 'mapping' : figuresSay ? 'names and figures' : 'names'));
      if (bad.length > 0) {
        const c = bad[0];
        out.findings.push(
          finding({
            kind: 'area-sheets-figures',
            at: { sheet: found.sheets[0], row: bySheet.get(found.sheets[0])![0].headerRow, col: 0 },
            ref: null,
            sheets: listedSheets(found.sheets),
            refs: listed(bad.map((b) => b.ref)),
            first: c.ref,
            count: bad.length,
            month: spokenMonth(c.month! + 1),
            whole: figure(c.whole!),
            parts: c.parts!.map(figure).join(' + '),
            names: JSON.stringify(found.sheets),
          }),
        );
      }
      for (const s of found.sheets) out.sheets.add(s);
    }
  }

  // 2 and 3. Sheets holding the same indicators, named after no area: a whole by its figures, or by its shape.
  const rest = tables.filter((t) => !out.sheets.has(t.sheet));
  const groups = parallelSheetGroups(rest);
  out.parallel = { of: rest, groups };
  for (const g of groups) {
    const members = g.sheets.filter((s) => !asReturn(s));
    const whole = members.find((w) => addsUpTo(bySheet, w, members));
    if (whole !== undefined) {
      const parts = new Set(members.filter((s) => s !== whole));
      const found = markBreakdowns(
        bySheet,
        parts,
        tables.filter((t) => !parts.has(t.sheet)),
        () => true,
      );
      if (found.sheets.length === 0) continue;
      for (const s of found.sheets) out.sheets.add(s);
      out.findings.push(areaNote(found, bySheet, 'figures'));
      continue;
    }
    // 3. A whole by its shape only: say so, and how to map it.
    const shape = wholeByShape(bySheet, g.sheets);
    if (shape === null) continue;
    const parts = g.sheets.filter((s) => s !== shape && !asReturn(s));
    if (parts.length === 0) continue;
    const refs = g.shared;
    out.findings.push(
      finding({
        kind: 'area-or-return',
        at: { sheet: parts[0], row: bySheet.get(parts[0])![0].headerRow, col: 0 },
        ref: null,
        sheets: listedSheets(parts),
        count: parts.length,
        whole: shape,
        refs: refs.length,
        examples: examples(originalRefs(bySheet.get(shape)!, refs)),
        names: JSON.stringify(parts),
      }),
    );
  }
  return out;
}

/** What marking the breakdowns found (markBreakdowns). */
type Found = ReturnType<typeof markBreakdowns>;

/** The Note saying which sheets were read as breakdowns of which, and why (`by`). */
function areaNote(
  found: Found,
  bySheet: ReadonlyMap<string, IndicatorTable[]>,
  by: 'names' | 'names and figures' | 'figures' | 'mapping',
): Finding {
  return finding({
    kind: 'area-sheets',
    at: { sheet: found.sheets[0], row: bySheet.get(found.sheets[0])![0].headerRow, col: 0 },
    ref: null,
    sheets: listedSheets(found.sheets),
    count: found.sheets.length,
    refs: found.refs.length,
    examples: examples(found.refs),
    wholes: listedSheets(found.wholes),
    rows: found.rows,
    by,
    names: JSON.stringify(found.sheets),
  });
}

/** The refs as the whole's sheet writes them, for the given lower-case keys. */
function originalRefs(own: readonly IndicatorTable[], keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of own)
    for (const r of t.rows) if (r.ref !== null && keys.includes(refKey(r.ref)) && !out.includes(r.ref)) out.push(r.ref);
  return out;
}

/** Marks the rows of `parts`' sheets that are indicators of `wholeTables`, and tells what it found. */
function markBreakdowns(
  bySheet: ReadonlyMap<string, IndicatorTable[]>,
  parts: ReadonlySet<string>,
  wholeTables: readonly IndicatorTable[],
  anyShare: (sheet: string) => boolean,
): { sheets: string[]; refs: string[]; wholes: string[]; rows: number; compared: Compared[] } {
  // Each ref's row on the whole's sheets; a ref held by two of those sheets has no one whole (they may be the
  // areas, and the sheet taken for an area their whole: "Neighbourhood crime" over "Northton", "Southby" …).
  // Only the parts' refs are looked up: the whole's other rows are not keyed (every row of the workbook was).
  const partRefs = new Set<string>();
  for (const [sheet, own] of bySheet) {
    if (!parts.has(sheet)) continue;
    for (const t of own) for (const r of t.rows) if (r.ref !== null) partRefs.add(refKey(r.ref));
  }
  const wholeOf = new Map<string, IndicatorRow | null>();
  for (const t of wholeTables)
    for (const r of t.rows) {
      if (r.ref === null) continue;
      const k = refKey(r.ref);
      if (!partRefs.has(k)) continue;
      const seen = wholeOf.get(k);
      if (seen === undefined) wholeOf.set(k, r);
      else if (seen !== null && seen.sheet !== r.sheet) wholeOf.set(k, null);
    }
  const sheets: string[] = [];
  const refs: string[] = [];
  const wholes: string[] = [];
  const partsOf = new Map<string, IndicatorRow[]>();
  let rows = 0;
  for (const [sheet, own] of bySheet) {
    if (!parts.has(sheet)) continue;
    const mine = own
      .flatMap((t) => t.rows)
      .filter((r) => {
        const w = r.ref === null ? undefined : wholeOf.get(refKey(r.ref));
        return w !== undefined && w !== null && sameIndicator(r, w);
      });
    // Mostly the whole's refs (two at least, half its own): one ref repeated on a sheet whose heading happens to
    // name a place ("Safer Neighbourhoods") is still a duplicate. The mapping's sheets need only one.
    const ownRefs = own.reduce((n, t) => n + t.rows.filter((r) => r.ref !== null).length, 0);
    if (mine.length === 0 || (!anyShare(sheet) && (mine.length < 2 || mine.length * 2 < ownRefs))) continue;
    sheets.push(sheet);
    for (const t of own) {
      t.priorityName = sheet;
      t.parallelSheet = true;
    }
    for (const r of mine) {
      r.area = sheet;
      rows++;
      const w = wholeOf.get(refKey(r.ref!))!;
      if (!refs.includes(w.ref!)) refs.push(w.ref!);
      if (!wholes.includes(w.sheet)) wholes.push(w.sheet);
      const k = refKey(r.ref!);
      (partsOf.get(k) ?? partsOf.set(k, []).get(k)!).push(r);
    }
  }
  const compared = [...partsOf.entries()].map(([k, ps]) => {
    const c = compare(wholeOf.get(k)!, ps);
    // A part of the whole's count: the Targets and Last year sheets' rows for the ref are the whole's.
    if (c.fit === 'adds up') for (const r of ps) r.areaPart = true;
    return c;
  });
  // Whole sheets in workbook order.
  const order = [...bySheet.keys()];
  wholes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { sheets, refs, wholes, rows, compared };
}

/**
 * True when the other members' figures are `whole`'s added up: at least two of the refs they share with
 * it add up (`figuresFit`), and none is far from it (a rate sits near).
 */
function addsUpTo(bySheet: ReadonlyMap<string, IndicatorTable[]>, whole: string, members: readonly string[]): boolean {
  const parts = members.filter((s) => s !== whole);
  if (parts.length < 2) return false;
  const rowsOf = (sheet: string) => bySheet.get(sheet)!.flatMap((t) => t.rows);
  let adds = 0;
  for (const w of rowsOf(whole)) {
    if (w.ref === null) continue;
    const ps = parts.map((s) => rowsOf(s).find((r) => sameIndicator(r, w)));
    if (ps.some((p) => p === undefined)) continue;
    const c = compare(w, ps as IndicatorRow[]);
    if (c.fit === 'neither') return false;
    if (c.fit === 'adds up') adds++;
  }
  return adds >= 2;
}

/** The one member holding every other member's refs and more than any of them; else null. */
function wholeByShape(bySheet: ReadonlyMap<string, IndicatorTable[]>, members: readonly string[]): string | null {
  const refsOf = new Map<string, Set<string>>();
  for (const s of members) {
    const set = new Set<string>();
    for (const t of bySheet.get(s)!) for (const r of t.rows) if (r.ref !== null) set.add(refKey(r.ref));
    refsOf.set(s, set);
  }
  const wholes = members.filter((w) =>
    members.every(
      (s) =>
        s === w ||
        ([...refsOf.get(s)!].every((r) => refsOf.get(w)!.has(r)) && refsOf.get(s)!.size < refsOf.get(w)!.size),
    ),
  );
  return wholes.length === 1 ? wholes[0] : null;
}

/**
 * The Note on areas' rows whose Targets or Last year sheet row is the whole's (`IndicatorRow.areaPart`): a
 * BCU's count scored against the force's target, or its Trend against the force's last year, would be a
 * wrong colour on the BCU's sheet (a third of the force's crime always "on target"). Null where no such row
 * has one.
 */
export function areaSupportRowsNote(
  tables: readonly IndicatorTable[],
  model: Pick<WorkbookModel, 'explicitTargets' | 'lastYear' | 'supportSheets'>,
): Finding | null {
  const refs: string[] = [];
  const sheets: string[] = [];
  let first: IndicatorRow | null = null;
  const used = new Set<string>();
  for (const t of tables)
    for (const r of t.rows) {
      if (!r.areaPart) continue;
      const k = rowKey(r);
      const targets = model.explicitTargets.has(k);
      const lastYear = model.lastYear.has(k);
      if (!targets && !lastYear) continue;
      if (targets && model.supportSheets.targets) used.add(model.supportSheets.targets);
      if (lastYear && model.supportSheets.lastYear) used.add(model.supportSheets.lastYear);
      first ??= r;
      if (!refs.includes(r.ref!)) refs.push(r.ref!);
      if (!sheets.includes(r.sheet)) sheets.push(r.sheet);
    }
  if (first === null) return null;
  return finding({
    kind: 'area-support-rows',
    at: { sheet: first.sheet, row: first.row, col: 0 },
    ref: null,
    supportSheets: listed([...used].map((s) => `${s} sheet's`)),
    refs: examples(refs),
    sheets: listedSheets(sheets),
  });
}
