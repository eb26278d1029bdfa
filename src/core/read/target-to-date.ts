/**
 * A "Target to date" column beside the annual target (fresh user 14's housing board pack: "Target 2025/26 |
 * Target to date | Q1 | Q2", the rent collection row "Target 2025/26 99.5 | Target to date 98.8"). It is the
 * target for the period the table's figures run to, as the analyst's organisation set it (profiled for the
 * seasonal pattern, or pro rata): it was not read, so CH01 (1) was measured against 36 profiled pro rata, 18,
 * not its 17, and FIN03's 99.1 against the year's 99.5, amber, with a Check proposing a Cumulative profile that
 * would have halved a rate's target.
 *
 * Decision: the column's cell is the row's target for the last period the table has figures for (the latest
 * month, or quarter's last month, with a figure on any row), used as given — never profiled again, whatever
 * the row's Comments or name say about its figures being cumulative; the other periods keep the annual target
 * (profiled where the row says so). A Target column itself headed "Target to date" (mapped as the target, or so
 * recognised) is the target for the figures as they stand: the row's words ("Cumulative year to date") no
 * longer profile it (17 was halved to 8.5). One Note a table says which.
 */
import type { IndicatorRow, IndicatorTable, MonthNumber } from '../model';
import type { GridView } from './grid';
import { normaliseText, parseTargetCell } from './values';
import { cumulativeTarget } from '../rules/targets';

/** "Target to date", "Target YTD", "YTD target", "Year to date target", "Profiled target", "Plan to date". */
export const TARGET_TO_DATE_HEADER =
  /^(?:target|plan|profiled target) (?:to date|ytd|year to date)$|^(?:ytd|year to date|profiled|to date) (?:target|plan)$/;

/** Words in a Target column's header saying it is to date: "Budget YTD £k", "Target (year to date)". */
const TO_DATE_WORDS = /\bytd\b|\bto date\b|\byear to date\b/;

function headerSaysToDate(text: string): boolean {
  return TARGET_TO_DATE_HEADER.test(normaliseText(text.replace(/\s+/g, ' ')).replace(/[.:]/g, ''));
}

/**
 * The table's target-to-date column, or null: a column not otherwise understood headed "Target to date" in a
 * table with a Target column, or the Target column itself so headed (`asTarget`). The column is taken off
 * `table.unrecognised`. Changes `table`.
 * @param grid the sheet
 * @param table the table as read so far (its columns and the headers it did not understand)
 */
export function markTargetToDate(
  grid: GridView,
  table: Pick<IndicatorTable, 'columns' | 'headerRow' | 'unrecognised' | 'targetToDate'>,
): void {
  const target = table.columns.target;
  if (target === undefined) return;
  // The Target column itself: any header saying to date ("Target to date", "Budget YTD £k").
  const own = grid.text(table.headerRow, target);
  if (headerSaysToDate(own) || TO_DATE_WORDS.test(normaliseText(own.replace(/\s+/g, ' ')))) {
    table.targetToDate = { col: target, header: grid.text(table.headerRow, target), month: null, asTarget: true };
    return;
  }
  const beside = table.unrecognised.find((u) => headerSaysToDate(u.header));
  if (!beside) return;
  table.targetToDate = { col: beside.col, header: beside.header.replace(/\s+/g, ' ').trim(), month: null };
  table.unrecognised = table.unrecognised.filter((u) => u.col !== beside.col);
}

/**
 * Reads each row's target to date (see above), once its figures and annual target are read: the month the
 * table's figures run to gets the cell's figure as its own target (`periodTargets`), on the annual target's
 * scale; where the Target column is the target to date, words or a name saying cumulative no longer profile
 * it. Changes the rows.
 * @param grid the sheet
 * @param tables the sheet's tables, rows read (read/tables.ts, after read/cumulative-words.ts)
 */
export function readTargetsToDate(grid: GridView, tables: readonly IndicatorTable[]): void {
  for (const table of tables) {
    const toDate = table.targetToDate;
    if (!toDate) continue;
    const month = lastMonthWithFigures(table.rows);
    toDate.month = month;
    if (toDate.asTarget) {
      for (const row of table.rows) notProfiledAgain(row, month);
      continue;
    }
    if (month === null) continue;
    for (const row of table.rows) {
      if (row.periodTargets?.[month - 1] != null) continue;
      const value = onAnnualScale(grid, table, row, parseTargetCell(grid.raw(row.row, toDate.col)).value);
      if (value === null) continue;
      row.periodTargets ??= Array<number | null>(12).fill(null);
      row.periodTargets[month - 1] = value;
      const profiled =
        row.annualTarget === null
          ? null
          : row.profile === 'cumulative'
            ? cumulativeTarget(row.annualTarget, month as MonthNumber)
            : row.annualTarget;
      row.targetToDate = { value, month };
      if (profiled !== null && profiled !== value) row.targetToDate.profiled = profiled;
    }
  }
}

/**
 * Why an indicator is not rated where its Target column is the target to date of a later period than the one
 * scored (Q1 scored, the column the target to Q2): the column gives no earlier period's target (regress13,
 * session 13: fresh user 14's HR04, Q1's 3 had been measured against Q2's 5, green).
 */
export const TARGET_TO_LATER = 'its target is the target to date of a later period';

/**
 * The Target column is the target to date: the row's words or name saying cumulative no longer profile it, and
 * the row is marked so (`targetToDate.asTarget`; `profiled` where it was profiled before) for scoring to ask no
 * profile of it either (score/score-indicator.ts).
 */
function notProfiledAgain(row: IndicatorRow, month: number | null): void {
  if (row.annualTarget === null || month === null) return;
  const wasProfiled = row.profile === 'cumulative' && (row.profileFromWords || row.profileFromName);
  if (wasProfiled) row.profile = 'flat';
  if (row.profileFromWords || row.profileFromName) {
    delete row.profileFromWords;
    delete row.profileFromName;
  }
  delete row.cumulativeRate;
  row.targetToDate = { value: row.annualTarget, month, asTarget: true };
  const profiled = cumulativeTarget(row.annualTarget, month as MonthNumber);
  if (wasProfiled && profiled !== row.annualTarget) row.targetToDate.profiled = profiled;
}

/** The last month (1 = April) with a figure on any row of the table, or null. */
function lastMonthWithFigures(rows: readonly IndicatorRow[]): number | null {
  let last = -1;
  for (const row of rows)
    for (let i = row.periods.length - 1; i > last; i--) if (row.periods[i].kind === 'number') last = i;
  return last < 0 ? null : last + 1;
}

/**
 * The cell's figure on the scale the row's annual target was read on: a target read a hundredfold from its
 * cell (a fraction shown as % among percent units, or the other way) moves its target to date alike.
 */
function onAnnualScale(grid: GridView, table: IndicatorTable, row: IndicatorRow, value: number | null): number | null {
  if (value === null) return null;
  const col = table.columns.target;
  const typed = col === undefined ? null : parseTargetCell(grid.raw(row.row, col)).value;
  if (typed === null || row.annualTarget === null || typed === 0) return value;
  const factor = row.annualTarget / typed;
  if (Math.abs(factor - 100) < 1e-6) return Number((value * 100).toPrecision(15));
  if (Math.abs(factor - 0.01) < 1e-9) return Number((value / 100).toPrecision(15));
  return value;
}
