/**
 * A quarter scored on part of its months (fresh user 4, session 10): a police force's workbook, April to
 * October filled in November, was scored as Q3 — the quarter most indicators have reached — on October's
 * figures alone, with nothing said, so its counts read as a whole quarter's. Where the quarter was found,
 * not asked for, one Check per table says which months it was scored on and which have no figures yet
 * (docs/workbook.md, "The quarter scored").
 */
import type { Finding, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import { finding } from '../catalogue';
import { monthsOfQuarter } from '../periods';

/** Months in full, for a sentence naming a quarter's months ("October", "November and December"). */
const MONTHS_IN_FULL = [
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'January',
  'February',
  'March',
];

/**
 * One Check for a table of months whose figures in the scored quarter stop before its last month: some
 * row has a figure in its first (or second) month, and no row has one in the months after (or the table
 * has no column for them: a police report headed "April to October"). Null otherwise — also for a table of quarters or years, and where the table has a
 * column of the quarter's own figures beside the months (read/quarter-columns.ts) or an "Actual" column. At
 * the header of the first month with no figures, else of the last month reached. `quarter`: 1–4, Q1 = April to June.
 */
export function partQuarterFinding(table: IndicatorTable, quarter: QuarterNumber): Finding | null {
  if (table.cadence !== 'monthly' || table.quarterColumns?.[quarter - 1] || table.currentColumn != null) return null;
  const months = monthsOfQuarter(quarter);
  let reached = 0;
  for (const m of months) {
    if (table.monthColumns[m - 1] === null || table.monthColumns[m - 1] === undefined) continue;
    for (let i = 0; i < table.rows.length; i++)
      if (table.rows[i].periods[m - 1]?.kind === 'number') {
        reached = m;
        break;
      }
  }
  const end = months[2];
  if (reached === 0 || reached === end) return null;
  if (academicYearEnds(table, reached)) return null;
  const missing: MonthNumber[] = [];
  for (let m = reached + 1; m <= end; m++) missing.push(m as MonthNumber);
  const scoredOn = months.filter((m) => m <= reached).map((m) => MONTHS_IN_FULL[m - 1]);
  return finding({
    kind: 'part-quarter',
    at: {
      sheet: table.sheet,
      row: table.subHeaderRow ?? table.headerRow,
      col: table.monthColumns[missing[0] - 1] ?? table.monthColumns[reached - 1]!,
    },
    ref: null,
    quarter,
    scoredOn: scoredOn.join(' and '),
    missing: missing.map((m) => MONTHS_IN_FULL[m - 1]).join(' and '),
    last: MONTHS_IN_FULL[end - 1],
  });
}

/**
 * An academic year's table (September to August, read/school-terms.ts) reached to its last column: the
 * year's end, "Sum 2" or "Jul", is in, and the quarter's later months are the summer holiday and the next
 * academic year, which this table has no columns for. "Score again when September is in" said otherwise
 * (fresh user 16).
 */
function academicYearEnds(table: IndicatorTable, reached: MonthNumber | number): boolean {
  if (!table.calendarOrder?.academic) return false;
  const col = table.monthColumns[reached - 1];
  return (
    col !== null && col !== undefined && table.monthColumns.every((c) => c === null || c === undefined || c <= col)
  );
}
