/**
 * A shared service's sheet giving each quarter's figures for two or more councils side by side (fresh user
 * 15: Ashdown Vale District Council's revenues and benefits service, shared with Weald Hill): either
 * - `Q1` merged over two columns with the councils' names under it (`Ashdown Vale | Weald Hill`), `Q2`
 *   likewise (**merged**), or
 * - one header row naming both the quarter and the council in each column: `Q1 Ashdown Vale | Q1 Weald Hill |
 *   Q2 Ashdown Vale | Q2 Weald Hill` (**one row**).
 * Read as it was, the merged layout scored the first column under each quarter, whatever it was headed —
 * the partner's figures, silently, when the partner's column came first — and the one-row layout refused
 * the whole workbook as "a comparison table" with no mapping suggested.
 *
 * Decision: one council's figures are scored on the sheet — a row has one RAG, DOT and % Variance cell —
 * and it is the workbook's own council: the one the workbook's other sheets name (their names and the text
 * at their top: "Ashdown Vale District Council — Corporate Plan priority: Homes") without naming another of
 * the councils. A Note says whose figures were scored, whose were not, and how to score the other's
 * (`{"figuresOf": {"<sheet>": "<council>"}}`, the mapping). Where the workbook names none of them, or more
 * than one, that sheet alone is not scored, with a Check giving the mapping that would score it; the other
 * sheets are scored. The partner's figures are not scored as area breakdowns (read/area-sheets.ts): a
 * partner council is no part of the owner's whole, and its RAG would have no cell of its own to go in.
 */
import type { ColumnMapping, ColumnRole, Finding, IndicatorTable, SheetGrid } from '../model';
import type { GridView } from './grid';
import type { HeaderReader } from './mapping';
import { finding } from '../catalogue';
import { columnLetters, sameSheetName } from '../a1';
import { quarterEndMonth } from '../periods';
import { readPeriodValue } from './values';
import { listed, plural } from '../words';

/** One council's column under one period. */
export interface CouncilColumn {
  /** 0-based month index (a quarter stands for its last month). */
  month: number;
  col: number;
  /** The period's header as the analyst sees it ("Q1"), and the column's own ("Q1 Ashdown Vale" or "Ashdown Vale"). */
  period: string;
  header: string;
}

/** A table whose periods each give a column for each of two or more councils (see above). */
export interface CouncilColumns {
  layout: 'merged' | 'one-row';
  /** The row (0-based) naming the councils: the row under the header (merged) or the header row. */
  labelRow: number;
  /** The councils' names as typed, in the order of their columns under the first period. */
  labels: string[];
  /** Each council's columns, by its label. */
  columns: Map<string, CouncilColumn[]>;
}

/** Words that say what a figure is, not whose: "Actual | Target", "No. | %", "YTD" … (never a council's name). */
const FIGURE_WORD =
  /\b(?:actual|actuals|target|targets|tgt|plan|value|result|score|ytd|year to date|forecast|outturn|projected|number|no|count|rate|percent|percentage|budget|cumulative|rolling|last year|previous|prior|var|variance|change|diff|difference|rag|status|dot|trend|direction|commentary|comments?|notes?|baseline|benchmark|median|average|avg|quartile|rank|england|wales|national|regional)\b/i;

/** A council's name under or beside a period: words, no digits, no figure word, not a header the reader knows. */
function councilLabel(text: string, roleOf: (t: string) => ColumnRole | null): boolean {
  const t = text.trim();
  if (t.length < 2 || /\d|%|#/.test(t) || !/[a-z]/i.test(t)) return false;
  if (FIGURE_WORD.test(t)) return false;
  return roleOf(t) === null;
}

/** The quarter or month a header names alone ("Q1", "Quarter 1", "Sep"), as a 0-based month index. */
function periodMonth(role: ColumnRole | null): number | null {
  if (!role) return null;
  if (role.kind === 'quarter') return quarterEndMonth(role.quarter) - 1;
  if (role.kind === 'month') return role.month - 1;
  return null;
}

/** True when every label lists the same periods, two or more labels, and each period has each label once. */
function sameEach(columns: Map<string, CouncilColumn[]>): boolean {
  if (columns.size < 2) return false;
  const keys = [...columns.values()].map((cs) =>
    cs
      .map((c) => c.month)
      .sort((a, b) => a - b)
      .join(','),
  );
  return keys.every((k) => k === keys[0]) && keys[0] !== '';
}

function add(columns: Map<string, CouncilColumn[]>, label: string, c: CouncilColumn): boolean {
  const key = label.trim().replace(/\s+/g, ' ');
  const list = columns.get(key) ?? [];
  if (list.some((x) => x.month === c.month)) return false;
  list.push(c);
  columns.set(key, list);
  return true;
}

/**
 * The councils' columns of a table (see above), or null when its periods are not so laid out.
 * @param view the sheet
 * @param table the table as read (its header row, period columns and the headers it did not understand)
 * @param reader the sheet's header reader (the mapping's roles, then recognition)
 */
export function councilColumnsOf(view: GridView, table: IndicatorTable, reader: HeaderReader): CouncilColumns | null {
  const roleOf = (t: string) => reader.roleOf(t);
  return mergedLayout(view, table, roleOf) ?? oneRowLayout(table, roleOf);
}

function mergedLayout(
  view: GridView,
  table: IndicatorTable,
  roleOf: (t: string) => ColumnRole | null,
): CouncilColumns | null {
  const row = table.headerRow;
  const below = row + 1;
  if (below >= view.rowCount) return null;
  // The row under the header names councils, not an indicator: nothing under the name column.
  const nameCol = table.columns.name;
  if (nameCol !== undefined && view.text(below, nameCol) !== '' && view.mergeOf(below, nameCol) === undefined)
    return null;
  const owned = new Set(Object.values(table.columns));
  const columns = new Map<string, CouncilColumn[]>();
  const labels: string[] = [];
  const seen = new Set<number>();
  for (let m = 0; m < 12; m++) {
    const c = table.monthColumns[m];
    if (c === null || seen.has(c)) continue;
    seen.add(c);
    // The columns the period's label spans: merged across, or blank headers to its right with a name under each.
    let right = c;
    for (let x = c + 1; x < view.colCount; x++) {
      const area = view.mergeOf(row, x);
      const merged = area !== undefined && area.top <= row && area.left === c;
      if (!merged && (view.text(row, x) !== '' || owned.has(x) || view.text(below, x) === '')) break;
      right = x;
    }
    if (right === c) continue;
    for (let x = c; x <= right; x++) {
      const text = view.text(below, x);
      if (!councilLabel(text, roleOf)) return null;
      if (!add(columns, text, { month: m, col: x, period: view.text(row, c), header: text })) return null;
      if (!labels.includes(text.trim().replace(/\s+/g, ' '))) labels.push(text.trim().replace(/\s+/g, ' '));
    }
  }
  return sameEach(columns) ? { layout: 'merged', labelRow: below, labels, columns } : null;
}

function oneRowLayout(table: IndicatorTable, roleOf: (t: string) => ColumnRole | null): CouncilColumns | null {
  const columns = new Map<string, CouncilColumn[]>();
  const labels: string[] = [];
  for (const u of table.unrecognised) {
    const words = u.header.trim().split(/\s+/);
    let found: { month: number; period: string; label: string } | null = null;
    for (let n = 1; n <= Math.min(3, words.length - 1) && found === null; n++) {
      for (const [period, label] of [
        [words.slice(0, n).join(' '), words.slice(n).join(' ')],
        [words.slice(words.length - n).join(' '), words.slice(0, words.length - n).join(' ')],
      ]) {
        const month = periodMonth(roleOf(period));
        const cleaned = label.replace(/^[-–—:(]+|[-–—:)]+$/g, '').trim();
        if (month !== null && councilLabel(cleaned, roleOf)) {
          found = { month, period, label: cleaned };
          break;
        }
      }
    }
    if (!found) continue;
    if (!add(columns, found.label, { month: found.month, col: u.col, period: found.period, header: u.header }))
      return null;
    if (!labels.includes(found.label)) labels.push(found.label);
  }
  return sameEach(columns) ? { layout: 'one-row', labelRow: table.headerRow, labels, columns } : null;
}

/** Lower case, words only: "Ashdown Vale District Council — …" → " ashdown vale district council … ". */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Rows and columns looked at, at the top of each other sheet, for the council's name (as read/workbook.ts's naming texts). */
const TOP_ROWS = 8;
const TOP_COLUMNS = 6;

/**
 * The workbook's own council among `labels`: the one named — by a sheet's name or a text at its top — on
 * one of the workbook's other sheets where no other of the labels is named. Null when none is, or more than one.
 * @param labels the councils' names over the shared sheet's columns
 * @param grids every sheet of the workbook
 * @param sheet the shared sheet itself (its own title names every council, so it is left out)
 */
export function ownCouncil(labels: readonly string[], grids: readonly SheetGrid[], sheet: string): string | null {
  const keys = labels.map(words);
  const named = new Set<number>();
  for (const grid of grids) {
    if (sameSheetName(grid.name, sheet) || grid.hidden) continue;
    const texts = [grid.name];
    for (let r = 0; r < Math.min(TOP_ROWS, grid.values.length); r++)
      for (let c = 0; c < Math.min(TOP_COLUMNS, grid.values[r].length); c++) {
        const v = grid.values[r][c];
        if (typeof v === 'string') texts.push(v);
      }
    for (const t of texts) {
      const w = words(t);
      const hits = keys.map((k, i) => (w.includes(k) ? i : -1)).filter((i) => i >= 0);
      if (hits.length === 1) named.add(hits[0]);
    }
  }
  return named.size === 1 ? labels[[...named][0]] : null;
}

/** The council the mapping says to score on `sheet` ({"figuresOf": {"<sheet>": "<council>"}}), if any. */
export function mappedCouncil(mapping: ColumnMapping | null, sheet: string): string | null {
  const of = mapping?.figuresOf;
  if (!of) return null;
  for (const [s, council] of Object.entries(of)) if (sameSheetName(s, sheet)) return council;
  return null;
}

/**
 * The label among `labels` the mapping's council names (case and spaces aside), or null: the same words, else
 * the one label whose words the council's name holds ("Ashdown Vale District Council" names "Ashdown Vale").
 */
export function labelNamed(labels: readonly string[], council: string): string | null {
  const named = words(council);
  const same = labels.find((l) => words(l) === named);
  if (same !== undefined) return same;
  const within = labels.filter((l) => named.includes(words(l)));
  return within.length === 1 ? within[0] : null;
}

/**
 * Scores `council`'s columns: each period column of the table becomes that council's, and every row's
 * figures for those periods are read again from them (the merged layout; the one-row layout is read again
 * with a mapping instead, `councilMapping`). Changes `table` and its rows.
 */
export function scoreCouncilColumns(view: GridView, table: IndicatorTable, columns: readonly CouncilColumn[]): void {
  for (const { month, col } of columns) {
    table.monthColumns[month] = col;
    for (const r of table.rows) {
      r.periods[month] = readPeriodValue(view.raw(r.row, col));
      r.periodColumns[month] = col;
      r.shown = undefined; // how its figures are shown is worked out again (number-formats.ts)
    }
  }
}

/**
 * The mapping that reads the one-row layout's `council` columns as the periods they name: the analyst's
 * mapping with, for the sheet, each of those headers mapped to its period ("Q1 Ashdown Vale" → Q1).
 */
export function councilMapping(
  mapping: ColumnMapping | null,
  sheet: string,
  columns: readonly CouncilColumn[],
): ColumnMapping {
  const base = mapping ?? {};
  const own = base.sheets?.[sheet] ?? {};
  const added: Record<string, string> = {};
  for (const c of columns) added[c.header] = c.period;
  return { ...base, sheets: { ...base.sheets, [sheet]: { ...own, columns: { ...own.columns, ...added } } } };
}

/** "columns E and G" */
function columnWords(cs: readonly CouncilColumn[]): string {
  const letters = cs.map((c) => columnLetters(c.col));
  return `${plural.word(letters.length, 'column', 'columns')} ${listed(letters)}`;
}

/** The mapping that scores `label`'s figures on `sheet`, as JSON. */
export function figuresOfJson(sheet: string, label: string): string {
  return JSON.stringify({ figuresOf: { [sheet]: label } });
}

/**
 * The Note saying whose figures were scored on the sheet and whose were not, or the Check saying the
 * sheet was not scored because whose to score cannot be told (`chosen` null).
 * @param why how the council scored was chosen: the workbook's other sheets name it, or the mapping does
 */
export function councilColumnsFinding(
  table: IndicatorTable,
  found: CouncilColumns,
  chosen: string | null,
  why: 'workbook' | 'mapping',
): Finding {
  const periods = [...new Set(found.columns.get(found.labels[0])!.map((c) => c.period))];
  const others = found.labels.filter((l) => l !== chosen);
  const quoted = (ls: readonly string[]) => ls.map((l) => `"${l}"`);
  const list = listed;
  return finding({
    kind: 'council-columns',
    at: { sheet: table.sheet, row: found.labelRow, col: found.columns.get(found.labels[0])![0].col },
    ref: null,
    sheet: table.sheet,
    row: found.labelRow + 1,
    councils: list(quoted(found.labels)),
    periods: list(periods),
    chosen,
    chosenColumns: chosen ? columnWords(found.columns.get(chosen)!) : '',
    why,
    others: list(others),
    otherColumns: columnWords(others.flatMap((l) => found.columns.get(l)!)),
    mapping: figuresOfJson(table.sheet, chosen === null ? found.labels[0] : others[0]),
    first: chosen === null ? found.labels[0] : others[0],
    // One header row: the pane's column mapping can say the same, header by header ("Q1 Ashdown Vale" to Q1).
    ...(chosen === null && found.layout === 'one-row'
      ? {
          byColumn: listed(
            found.columns.get(found.labels[0])!.map((c) => `"${c.header.replace(/\s+/g, ' ')}" to ${c.period}`),
          ),
        }
      : {}),
  });
}
