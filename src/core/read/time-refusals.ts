/**
 * Tables whose periods cannot be placed in the financial year, or whose every figure is last year's
 * (helper multiyear). docs/workbook.md, "Two years in one table, and calendar years".
 *
 * A workbook whose every figure is of last year: the period headers carry years, the
 * latest year's columns are laid out but empty ("Q4 2024/25 | Q1 2025/26 | Q2 2025/26" with only Q4
 * filled; a calendar-year sheet "Jan-25 … Dec-25" filled to March). The year scored is the latest in the
 * headers, so every indicator was a data gap in Q1 2025/26, silently. Refused, with the mapping that
 * leaves the empty year's columns out, so that last year's figures are scored as their own year.
 */
import type { ColumnMapping, IndicatorTable, MappingHint } from '../model';
import { InputError } from '../errors';
import { financialYearLabel, findFinancialYear, yearFromShortLabel } from '../periods';
import type { GridView } from './grid';
import { describeRole, recogniseHeader } from './headers';

/**
 * A period column's header as the analyst sees it: the month under a quarter label, else the header
 * row's cell; a month Excel keeps as a date, as its month and financial year ("Apr 2025/26"). Null for a
 * date, as `typed`: a mapping cannot name it by its text.
 */
function periodHeader(view: GridView, t: IndicatorTable, col: number, typed = false): string | null {
  const raw = [t.subHeaderRow, t.headerRow].map((r) => (r === null ? null : view.raw(r, col))).find((v) => v !== null);
  if (typeof raw !== 'number') return String(raw ?? '').trim();
  const role = typed ? null : recogniseHeader(raw);
  return role ? describeRole(role) : null;
}

function listed(texts: string[]): string {
  const q = texts.map((x) => `"${x}"`);
  return q.length <= 3 ? q.join(', ') : `${q.slice(0, 2).join(', ')} … ${q[q.length - 1]}`;
}

/**
 * The refusal when no indicator of any table has a figure in the year scored, while some table's
 * last-year columns hold figures; else null. Not where the analyst mapped the table (their columns stand).
 * The mapping suggested sets this year's period columns to "ignore", where each header is a text that no
 * other column of its header row shares; else none is suggested.
 */
export function emptyYearRefusal(
  tables: readonly IndicatorTable[],
  views: Map<string, GridView>,
  mapping: ColumnMapping | null,
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  const withRows = tables.filter((t) => t.rows.length > 0);
  if (withRows.length === 0) return null;
  if (withRows.some((t) => t.rows.some((r) => r.periods.some((p) => p.kind === 'number')))) return null;
  const lastYears = withRows.filter(
    (t) =>
      (t.yearFrom === 'periods' || t.calendarOrder?.repeats === true) &&
      !t.mapped &&
      t.rows.some((r) => r.previousYear?.some((p) => p.kind === 'number')),
  );
  if (lastYears.length === 0) return null;
  const t = lastYears[0];
  const view = views.get(t.sheet)!;
  const known = t.yearFrom === 'periods' && t.yearLabel !== null;
  const year = known ? t.yearLabel! : 'this year';
  const previous = known ? financialYearLabel(Number(year.slice(0, 4)) - 1) : '';
  const yearS = known ? `${year}'s` : "this year's";
  const cols = t.monthColumns.filter((c): c is number => c !== null);
  const headers = cols.map((c) => periodHeader(view, t, c, true));
  // Each empty column named by a header text of its own, so that "ignore" leaves only it out.
  const texts = view.filledColumns(t.subHeaderRow ?? t.headerRow).map((c) => periodHeader(view, t, c, true));
  const unique = headers.every((h) => h && texts.filter((x) => x === h).length === 1);
  const hint = hintAt(t.sheet, t.headerRow);
  const suggested: ColumnMapping | null = unique
    ? {
        ...(mapping ?? {}),
        sheets: {
          ...(mapping?.sheets ?? {}),
          [t.sheet]: {
            headerRow: (t.subHeaderRow ?? t.headerRow) + 1,
            columns: Object.fromEntries(headers.map((h) => [h!, 'ignore'])),
          },
        },
      }
    : null;
  const previousWords = known ? previous : 'last year';
  const fix = unique
    ? `to score ${previousWords}, leave ${yearS} columns out with the mapping ${JSON.stringify(suggested)}, or score again once ${yearS} figures are in`
    : `to score ${previousWords}, delete ${yearS} empty columns, or score again once its figures are in`;
  return new InputError(
    `'${t.sheet}' row ${t.headerRow + 1}: ${known ? `the ${year}` : "this year's"} columns (${listed(cols.map((c) => periodHeader(view, t, c) ?? ''))}) hold no figures yet and every figure in the workbook is ${known ? `of ${previous}` : "last year's"}, so every indicator would be a data gap ${known ? `in ${year}` : 'this year'} and nothing was scored; ${fix}.`,
    { ...hint, suggestedMapping: suggested },
  );
}

/**
 * Quarters numbered under a calendar year ("2025" over Q1 … Q4): January to March, as a calendar
 * quarter, or April to June, as a financial one? Read as financial quarters, a calendar year's Q1 figure
 * was scored as June's (helper multiyear). Refused, as "Q1 2025" in a header is; the sentence says how to
 * head them. Null when no table has such quarters or the analyst mapped the table.
 */
export function calendarQuartersRefusal(
  tables: readonly IndicatorTable[],
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  const t = tables.find((x) => x.calendarQuarters !== undefined && !x.mapped && x.rows.length > 0);
  if (!t) return null;
  const { label, headers } = t.calendarQuarters!;
  const y = Number(label);
  return new InputError(
    `'${t.sheet}' row ${t.headerRow + 1}: the quarters ${listed(headers)} stand under the calendar year "${label}", so whether "${headers[0]}" is January to March or April to June cannot be told and nothing was scored; head them as "Q1 ${financialYearLabel(y)}" or as "Jan-Mar ${y}".`,
    { ...hintAt(t.sheet, t.headerRow), suggestedMapping: null },
  );
}

/** The financial year a header names ("2024/25 Target", "Target 24/25"), by its first calendar year; null if none. */
function yearInHeader(text: string): number | null {
  const fy = findFinancialYear(text)?.year;
  if (fy !== undefined) return fy;
  const short = yearFromShortLabel(text);
  return short ? Number(short.slice(0, 4)) : null;
}

const SAID_BY: Record<'periods' | 'title' | 'above', string> = {
  periods: 'its period headers say so',
  title: 'its title says so',
  above: 'the table above says so',
};

/**
 * A table's only target column headed with another financial year than its figures' ("2024/25 Target"
 * beside Q1 … Q3 2025/26, or under a title "… 2025/26"; "Target 2026/27" beside them): this year's
 * figures were measured against last (or next) year's targets, with no finding (helper multiyear).
 * Which is stale, the header or the targets, cannot be told: refused, with the mapping that takes the
 * column as this year's target. Where a target column of the year scored is there too, it is used, as
 * before (header-band.ts). Not where the analyst mapped the table.
 */
export function targetOfAnotherYearRefusal(
  tables: readonly IndicatorTable[],
  views: Map<string, GridView>,
  mapping: ColumnMapping | null,
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  for (const t of tables) {
    const col = t.columns.target;
    if (col === undefined || t.mapped || t.rows.length === 0 || t.yearLabel === null) continue;
    if (t.yearFrom !== 'periods' && t.yearFrom !== 'title' && t.yearFrom !== 'above') continue;
    const view = views.get(t.sheet)!;
    const header = view.text(t.headerRow, col).trim();
    const year = yearInHeader(header);
    // An academic year's table: its target is the academic year's ("Target 2025/26"; read/school-terms.ts).
    const scored = Number((t.academicYear ?? t.yearLabel).slice(0, 4));
    if (year === null || year === scored) continue;
    const suggested: ColumnMapping = {
      ...(mapping ?? {}),
      sheets: {
        ...(mapping?.sheets ?? {}),
        [t.sheet]: {
          headerRow: t.headerRow + 1,
          columns: { ...(mapping?.sheets?.[t.sheet]?.columns ?? {}), [header]: 'target' },
        },
      },
    };
    const which = year < scored ? 'last' : 'next';
    return new InputError(
      `'${t.sheet}' row ${t.headerRow + 1}: the target column "${header}" is ${financialYearLabel(year)}'s, but the figures are ${t.yearLabel}'s (${SAID_BY[t.yearFrom]}), so nothing was scored rather than measure them against ${which} year's targets; add a "${t.yearLabel} Target" column, or, if "${header}" holds ${t.yearLabel}'s targets, map it to target.`,
      { ...hintAt(t.sheet, t.headerRow), suggestedMapping: suggested },
    );
  }
  return null;
}
