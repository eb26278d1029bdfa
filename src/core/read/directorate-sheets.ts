/**
 * A directorate's sheet holding several small titled tables (fresh user 8's county workbook: "Children's"
 * holds "Children's Social Care" and "Education & SEND", "Growth & Environment" holds "Highways &
 * Transport" and "Waste", each sheet under its directorate's heading). Each table's title named a priority
 * of its own, so the Summary counted services and no directorate had a total: the county's report is by
 * directorate, and its analyst reads the sheet as the priority and the titles as groups within it.
 *
 * Decision: in a workbook whose indicator tables are on **two or more sheets**, a sheet holding tables
 * under **two or more titles** is one priority — the sheet's — and its titles are groups inside it,
 * unless the workbook says its titles are priorities:
 * - a title is labelled as one ("Priority 2 – Thriving Places", "Theme 1: …": read/titles.ts `priorityBandName`);
 * - a title also names a table on another sheet (the titles run across the sheets: tables with the same
 *   title are one priority);
 * - the sheet's name names no service, only the report or a period ("KPIs", "All priorities", "Q3 2025-26",
 *   "Sheet1"): a sheet that holds the report, not a directorate.
 * A workbook with one sheet of tables (St Helens' six priorities on one sheet, "All priorities") has only
 * its titles to name priorities by, so it is left as it was. The sheet's priority is named by its
 * **heading**, a name line above its first table's title ("Adult Social Care & Health", under the
 * council's banner, which is passed over), else by the sheet's name; then the other sheets of such a
 * workbook that have a heading above their one table's title are named by it too, so the Summary lists
 * the directorates alike ("Adult Social Care & Health", not its one table's "Adult Social Care").
 * With a heading, a Note says so; with the sheet's name alone it is a guess, and a Check says so and how
 * to count each table as a priority of its own (a sheet of its own). Parallel sheets (one per
 * organisation, read/parallel-sheets.ts) are already the sheet's priority and are left alone.
 */
import type { Finding, IndicatorTable, Organisation } from '../model';
import type { GridView } from './grid';
import { finding } from '../catalogue';
import { isReportWord, priorityBandName, priorityNameOf } from './titles';
import { listed, quote } from '../words';
import { isBanner } from './banner-lines';

/** Rows looked at above a sheet's first table title for the sheet's heading (the reader's own reach for a title). */
const HEADING_ROWS = 4;

/** Words of a sheet name that name no service: the workbook's own furniture ("Sheet1", "Data", "All priorities"). */
const FURNITURE_WORD =
  /^(?:sheet\d*|data|all|our|the|of|corporate|council|plan|priorities|priority|themes?|outcomes?|objectives?|main|master|inputs?|tables?|tracker|returns?|pis|kpis|\d+)$/;

/** True when a sheet's name names only the report, a period or the workbook's furniture, not a directorate. */
export function isGenericSheetName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[,()[\]:_]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-' && w !== '–' && w !== '—' && w !== '|' && w !== '&');
  return words.length === 0 || words.every((w) => isReportWord(w) || FURNITURE_WORD.test(w));
}

/**
 * The sheet's heading: the nearest line above the first table's title (within four rows) that names
 * something — a single piece of text that read/titles.ts takes as a name (a banner, "Source: …", a date,
 * a caveat on the figures are passed over, also several on one line: "Source: …" beside "Data not yet validated"). Null where there is none, or where the first table has no title.
 */
export function sheetHeading(
  view: GridView,
  first: IndicatorTable,
  banners?: ReadonlySet<string>,
): { name: string; row: number } | null {
  if (first.titleRow === null) return null;
  for (let r = first.titleRow - 1; r >= 0 && r >= first.titleRow - HEADING_ROWS; r--) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) continue;
    // A line that names nothing ("Source: …" beside "Data not yet validated", a caveat) is passed over.
    if (filled.every((c) => typeof view.raw(r, c) === 'string' && priorityNameOf(view.text(r, c)).name === null))
      continue;
    if (filled.length !== 1 || typeof view.raw(r, filled[0]) !== 'string') return null;
    // The workbook's banner, on every sheet, is no sheet's heading (read/banner-lines.ts).
    if (isBanner(banners, view.text(r, filled[0]))) continue;
    const said = priorityNameOf(view.text(r, filled[0]));
    if (said.name !== null) return { name: said.name, row: r };
  }
  return null;
}

const key = (name: string) => name.trim().toLowerCase();

/** True when the workbook's banner (read/banner-lines.ts) stands above the table's title, where a heading would. */
function bannerAbove(view: GridView, first: IndicatorTable, banners: ReadonlySet<string> | undefined): boolean {
  if (first.titleRow === null || banners === undefined || banners.size === 0) return false;
  for (let r = first.titleRow - 1; r >= 0 && r >= first.titleRow - HEADING_ROWS; r--) {
    const filled = view.filledColumns(r);
    if (filled.length === 1 && isBanner(banners, view.text(r, filled[0]))) return true;
  }
  return false;
}

/**
 * Reads directorate sheets as one priority each (see above): their tables' `priorityName` set to the
 * sheet's heading (else its name). Changes `tables`.
 * @param tables the workbook's tables as read, parallel sheets marked (`parallelSheet`)
 * @param views each sheet's cells, by sheet name
 * @returns a Note (heading) or a Check (sheet name only) for each sheet read so
 */
export function readDirectorateSheets(
  tables: IndicatorTable[],
  views: ReadonlyMap<string, GridView>,
  banners?: ReadonlySet<string>,
  organisation: Organisation = 'council',
): Finding[] {
  const bySheet = new Map<string, IndicatorTable[]>();
  for (const t of tables) (bySheet.get(t.sheet) ?? bySheet.set(t.sheet, []).get(t.sheet)!).push(t);
  if (bySheet.size < 2) return [];
  const sheetsOfName = new Map<string, Set<string>>();
  for (const t of tables)
    (
      sheetsOfName.get(key(t.priorityName)) ??
      sheetsOfName.set(key(t.priorityName), new Set()).get(key(t.priorityName))!
    ).add(t.sheet);
  const directorates: string[] = [];
  for (const [sheet, own] of bySheet) {
    if (own.some((t) => t.parallelSheet) || isGenericSheetName(sheet)) continue;
    const titled = own.filter((t) => t.title !== null && key(t.priorityName) !== key(sheet));
    const names = new Set(titled.map((t) => key(t.priorityName)));
    if (names.size < 2) continue;
    if (titled.some((t) => priorityBandName(t.title!) !== null)) continue;
    if ([...names].some((n) => sheetsOfName.get(n)!.size > 1)) continue;
    directorates.push(sheet);
  }
  if (directorates.length === 0) return [];
  const out: Finding[] = [];
  for (const [sheet, own] of bySheet) {
    if (own.some((t) => t.parallelSheet)) continue;
    const view = views.get(sheet);
    const heading = view ? sheetHeading(view, own[0], banners) : null;
    if (!directorates.includes(sheet)) {
      // One title on the sheet: its heading, where it has one, names it as the directorates' do; where the
      // workbook's banner stands in the heading's place, the sheet's name does (fresh user 14: 'Money', not
      // its one table's "Income management", beside 'Homes & Safety' named so).
      const named = heading?.name ?? (view && bannerAbove(view, own[0], banners) ? sheet : null);
      if (named === null || isGenericSheetName(sheet)) continue;
      const names = new Set(own.map((t) => key(t.priorityName)));
      if (names.size === 1 && own[0].title !== null)
        for (const t of own) {
          if (key(t.priorityName) !== key(named)) t.groupName = t.priorityName;
          t.priorityName = named;
        }
      continue;
    }
    const titles: string[] = [];
    for (const t of own) if (t.title !== null && !titles.includes(t.priorityName)) titles.push(t.priorityName);
    const name = heading?.name ?? sheet;
    for (const t of own) {
      if (t.title !== null && key(t.priorityName) !== key(name)) t.groupName = t.priorityName;
      t.priorityName = name;
    }
    const first = own.find((t) => t.title !== null)!;
    out.push(
      finding({
        kind: 'sheet-priority',
        at: heading ? { sheet, row: heading.row, col: 0 } : { sheet, row: first.titleRow ?? first.headerRow, col: 0 },
        ref: null,
        sheet,
        titles: listed(titles.map(quote)),
        count: titles.length,
        priority: name,
        headingRow: heading ? heading.row + 1 : undefined,
        // A council's directorates; another organisation's service areas (fresh user 14, a housing association).
        ...(organisation === 'council' ? {} : { area: 'service area' }),
      }),
    );
  }
  return out;
}
