/**
 * Sheets holding the same indicators, one per organisation or business unit (fresh user 6, session 11: a
 * housing group's board KPI pack, one sheet per subsidiary, each with the Tenant Satisfaction Measures
 * TP01, RP01, BS01 …). Each sheet was read right, but every ref on the second and third sheet was a
 * "duplicate" Check (22 of them), and a banner or title line they share would have put all of them under one
 * priority, adding three landlords' figures into one count.
 *
 * Decision: such sheets are **parallel returns**. Each sheet is a priority of its own (the subsidiary or
 * business unit whose figures it holds: its counts are what a board compares), and a ref repeated between
 * them is the same measure for another organisation, not a duplicate. A ref repeated within one sheet is
 * still a duplicate. Theme band rows inside them ("Homes", "Tenants") stay sub-headings: counted under
 * the sheet, since "Tenants" across three subsidiaries is not one priority.
 *
 * Parallel: two sheets sharing at least three refs, which are at least half the refs of the sheet with
 * fewer, and holding the same periods; a group is every sheet joined to another by that. One stray ref
 * repeated on another sheet is still a duplicate, and so are refs on sheets named after a period ("Q1
 * 2025-26"): one organisation's quarters, not organisations.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { listed } from '../words';
import { indicatorKey } from './support-sheets';

/** The fewest refs two sheets must share to be parallel. */
const SHARED_REFS = 3;

/**
 * A sheet's name that names a period: "Q3 2025-26", "Quarter 2", "Dec 2025", "2024/25". Sheets of the same
 * indicators named so are the same organisation's periods (one sheet a quarter), not organisations: their
 * repeated refs stay duplicates, a Check each, as before.
 */
const PERIOD_NAME =
  /\b(?:q[1-4]|qtr\s*[1-4]|quarter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|month|m\d{1,2}|ytd|(?:19|20)\d{2})\b|\b\d{2}\s*[-/]\s*\d{2}\b/i;

/** Which months a table has figures for, as a key: sheets of one organisation each hold the same periods. */
function periodsKey(t: IndicatorTable): string {
  let key = '';
  for (const c of t.monthColumns) key += c === null ? '0' : '1';
  return key;
}

/** Each sheet's refs, lower case, in sheet order; sheets named after a period, or whose periods differ from the first sheet's, left out. */
function refsBySheet(tables: readonly IndicatorTable[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const periods = new Map<string, string>();
  for (const t of tables) {
    if (PERIOD_NAME.test(t.sheet)) continue;
    // Tables with other periods (one sheet a quarter, each its "Actual") are one organisation's periods.
    const key = periodsKey(t);
    if ((periods.get(t.sheet) ?? key) !== key) continue;
    periods.set(t.sheet, key);
    let set = refs.get(t.sheet);
    if (!set) refs.set(t.sheet, (set = new Set()));
    for (let i = 0; i < t.rows.length; i++) {
      const ref = t.rows[i].ref;
      if (ref !== null) set.add(lowerRef(ref));
    }
  }
  return refs;
}

/**
 * A ref trimmed and in lower case: its key (`indicatorKey`, remembered for each ref read) where that has
 * no space, as it then is the same text; made afresh only for a ref with spaces inside, which the key
 * squeezes (issue 11: two texts made and hashed for every row).
 */
function lowerRef(ref: string): string {
  const key = indicatorKey(ref);
  return key.indexOf(' ') < 0 ? key : ref.trim().toLowerCase();
}

/**
 * How many refs two sheets share, counted along the smaller set only as far as it decides whether they
 * are parallel (`SHARED_REFS`, and half the refs of the sheet with fewer): the count so far once it
 * reaches that, or once the refs left could not (issue 11: sheets of different refs were compared ref by
 * ref to the end, every pair of sheets).
 */
function sharedAsFarAsItDecides(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const needed = Math.max(SHARED_REFS, Math.ceil(small.size / 2));
  let shared = 0;
  let left = small.size;
  for (const r of small) {
    left--;
    if (large.has(r)) shared++;
    if (shared >= needed || shared + left < needed) break;
  }
  return shared;
}

/**
 * The groups of parallel sheets (see above), each with the refs its sheets share, in sheet order; sheets
 * in no group are left out.
 * @param tables the workbook's tables as read
 */
export function parallelSheetGroups(tables: readonly IndicatorTable[]): { sheets: string[]; shared: string[] }[] {
  const refs = refsBySheet(tables);
  const sheets = [...refs.keys()];
  const periodsOf = new Map<string, string>();
  for (const t of tables) if (!periodsOf.has(t.sheet)) periodsOf.set(t.sheet, periodsKey(t));
  if (sheets.length < 2) return [];
  const group = new Map<string, number>();
  const groups: Set<string>[] = [];
  for (let i = 0; i < sheets.length; i++)
    for (let j = i + 1; j < sheets.length; j++) {
      const a = refs.get(sheets[i])!;
      const b = refs.get(sheets[j])!;
      const shared = sharedAsFarAsItDecides(a, b);
      if (shared < SHARED_REFS || shared * 2 < Math.min(a.size, b.size)) continue;
      if (periodsOf.get(sheets[i]) !== periodsOf.get(sheets[j])) continue;
      const gi = group.get(sheets[i]);
      const gj = group.get(sheets[j]);
      if (gi === undefined && gj === undefined) {
        group.set(sheets[i], groups.length).set(sheets[j], groups.length);
        groups.push(new Set([sheets[i], sheets[j]]));
      } else if (gi !== undefined && gj === undefined) {
        group.set(sheets[j], gi);
        groups[gi].add(sheets[j]);
      } else if (gj !== undefined && gi === undefined) {
        group.set(sheets[i], gj);
        groups[gj].add(sheets[i]);
      } else if (gi !== gj) {
        for (const s of groups[gj!]) {
          group.set(s, gi!);
          groups[gi!].add(s);
        }
        groups[gj!].clear();
      }
    }
  return groups
    .filter((g) => g.size > 1)
    .map((g) => {
      const names = sheets.filter((s) => g.has(s));
      const first = refs.get(names[0])!;
      const shared = [...first].filter((r) => names.slice(1).some((s) => refs.get(s)!.has(r)));
      return { sheets: names, shared };
    });
}

/**
 * Parallel sheets read as one priority each: a table on one of them whose priority name another group
 * member's table shares (the group's banner, "Tenant Satisfaction Measures") is named after its sheet
 * instead, and rows under a shared band priority likewise. One Note a group says so. Changes `tables`.
 * @returns the Notes, and the groups (parallelSheetGroups: for read/parallel-targets.ts)
 */
export function readParallelSheets(
  tables: IndicatorTable[],
  found?: { of: readonly IndicatorTable[]; groups: { sheets: string[]; shared: string[] }[] },
): {
  notes: Finding[];
  groups: { sheets: string[]; shared: string[] }[];
} {
  const out: Finding[] = [];
  // Found already for the very same tables (read/area-sheets.ts, whose marks change no sheet, period or ref): used.
  const groups = found && sameTables(found.of, tables) ? found.groups : parallelSheetGroups(tables);
  for (const g of groups) {
    const members = tables.filter((t) => g.sheets.includes(t.sheet));
    for (const t of members) t.parallelSheet = true;
    const sheetsOf = new Map<string, Set<string>>();
    for (const t of members) {
      const key = t.priorityName.trim().toLowerCase();
      (sheetsOf.get(key) ?? sheetsOf.set(key, new Set()).get(key)!).add(t.sheet);
    }
    for (const t of members) {
      if (sheetsOf.get(t.priorityName.trim().toLowerCase())!.size > 1) t.priorityName = t.sheet;
    }
    // A band row's priority ("Theme 1: Homes") on each sheet: the sheet's own, "Riverside Living – Homes".
    const bandSheets = new Map<string, Set<string>>();
    for (const t of members)
      for (const r of t.rows)
        if (r.priorityName !== undefined) {
          const key = r.priorityName.trim().toLowerCase();
          (bandSheets.get(key) ?? bandSheets.set(key, new Set()).get(key)!).add(t.sheet);
        }
    for (const t of members)
      for (const r of t.rows)
        if (r.priorityName !== undefined && bandSheets.get(r.priorityName.trim().toLowerCase())!.size > 1)
          r.priorityName = `${t.sheet} – ${r.priorityName}`;
    const refsOf = (t: IndicatorTable) => t.rows.find((r) => r.ref !== null)?.ref;
    const examples = members
      .flatMap((t) => t.rows.map((r) => r.ref))
      .filter((r): r is string => r !== null && g.shared.includes(r.trim().toLowerCase()));
    const unique = [...new Set(examples)];
    const first = members.find((t) => refsOf(t) !== undefined) ?? members[0];
    out.push(
      finding({
        kind: 'parallel-sheets',
        at: { sheet: first.sheet, row: first.headerRow, col: 0 },
        ref: null,
        sheets: listed(g.sheets.map((s) => `'${s}'`)),
        refs: g.shared.length,
        examples: unique.slice(0, 4).join(', ') + (unique.length > 4 ? ' …' : ''),
      }),
    );
  }
  return { notes: out, groups };
}

/** True when both lists hold the same table objects in the same order. */
function sameTables(a: readonly IndicatorTable[], b: readonly IndicatorTable[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
