/**
 * A column naming each row's data period beside period columns (session 13's hunt, left item; helper loose):
 * "Ref | Indicator | Polarity | Target | Q1 | Q2 | Data period", a re-offending row's "Data period" saying
 * "Oct–Dec 24 (lagged)" or a survey's "Jul-25": the figure in the Q2 column is scored as Q2's, and the
 * partial-table Note named "Data period" only as not recognised. Where the column is read as each row's
 * period (a table of one "Latest" value column: read/tables.ts), this does not apply.
 *
 * Decision: a Check on each row whose data period is another period than the one its figure is scored as —
 * earlier where the years tell it — not a re-reading. Which column the lagged figure belongs in (last
 * year's Q3 has no column here) cannot be told, and the figure may be typed under this quarter on purpose as
 * the latest available; the analyst is told, in one sentence, the period the row says and the one scored.
 * A cell that is not a period ("Rolling 12 months", "Annual") says nothing here.
 */
import type {
  CellsWithFormats,
  Finding,
  IndicatorScore,
  IndicatorTable,
  MonthNumber,
  QuarterNumber,
  WorkbookModel,
} from '../model';
import { finding } from '../catalogue';
import {
  findFinancialYear,
  MONTH_NAMES,
  monthNumber,
  parsePeriodHeader,
  periodName,
  periodNaming,
  quarterOfMonth,
} from '../periods';
import { quote, who } from '../words';
import { commentColumns } from '../read/comment-gaps';

/** Headers of a column naming each row's data period. */
const DATA_PERIOD_HEADER =
  /^(?:data period|latest data period|period of data|date of data|time period|period covered|reporting period|data month|data quarter|period of latest data)$/;

/**
 * The Checks for one table, one a row whose data period (in a column the table did not read) ends in another
 * month than the figure scored — or, where both years are known, another financial year. `scores`: the
 * table's rows' scores, in order; `quarter`, the quarter scored (for the Notes saying the figures are in
 * arrears: `arrearsFindings`). None where the table has no such column or `model.sheetCells` is absent.
 */
export function dataPeriodFindings(
  table: IndicatorTable,
  scores: readonly IndicatorScore[],
  model: Pick<WorkbookModel, 'sheetCells'>,
  quarter?: QuarterNumber,
): Finding[] {
  const column = table.unrecognised.find((u) =>
    DATA_PERIOD_HEADER.test(u.header.toLowerCase().replace(/\s+/g, ' ').trim()),
  );
  const cells = model.sheetCells?.get(table.sheet);
  if (column === undefined) return cells && quarter !== undefined ? arrearsFindings(table, scores, cells, quarter) : [];
  if (!cells) return [];
  const tableYear = table.yearLabel === null ? null : (findFinancialYear(table.yearLabel)?.year ?? null);
  const naming = periodNaming(table);
  const out: Finding[] = [];
  for (let i = 0; i < table.rows.length && i < scores.length; i++) {
    const row = table.rows[i];
    const score = scores[i];
    if (score.latestMonth === null || score.latestValue === null) continue;
    const raw = cells.raw(row.row, column.col);
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    // "Oct–Dec 24 (lagged)": the period without its bracketed note; a dash of any width as a hyphen.
    const typed = raw
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[\u2013\u2014]/g, '-')
      .trim();
    const said = parsePeriodHeader(typed);
    if (said === null) continue;
    const end = said.kind === 'month' ? said.month : said.kind === 'quarter' ? 3 * said.quarter : 12;
    const month = monthNumber(score.latestMonth);
    const known = said.year !== undefined && tableYear !== null;
    const earlier = known ? said.year! * 12 + end < tableYear! * 12 + month : end < month;
    const other = known ? said.year! !== tableYear || end !== month : end !== month;
    if (!other) continue;
    out.push(
      finding({
        kind: 'data-period-other',
        at: { sheet: row.sheet, row: row.row, col: column.col },
        ref: row.ref,
        who: who(row),
        header: quote(column.header),
        text: quote(raw.trim()),
        period: periodName(month as MonthNumber, naming),
        earlier,
      }),
    );
  }
  return out;
}

/**
 * "Reported one quarter in arrears", "a quarter in arrears", "lagged by one quarter", "two months in arrears":
 * the lag, as a count of quarters or months (fresh user 15: a recycling rate's Notes said so and were not read).
 */
const ARREARS =
  /\b(?:(one|a|1|two|2|three|3)\s+(quarters?|months?)\s+(?:in arrears|behind|in lag)|in arrears by\s+(one|a|1|two|2|three|3)\s+(quarters?|months?)|lag(?:ged|s)?\s+(?:by\s+)?(one|a|1|two|2|three|3)\s+(quarters?|months?))\b/i;

const COUNT: Record<string, number> = { one: 1, a: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3 };

/** The lag in months that words such as "reported one quarter in arrears" give; null where they give none. */
export function monthsInArrears(text: string): number | null {
  const m = ARREARS.exec(text);
  if (!m) return null;
  const n = COUNT[(m[1] ?? m[3] ?? m[5]).toLowerCase()];
  const unit = (m[2] ?? m[4] ?? m[6]).toLowerCase();
  return unit.startsWith('quarter') ? 3 * n : n;
}

/**
 * The Checks on rows whose Comments (Notes) cell says the figures are reported in arrears (fresh user 15):
 * the figure in the scored period's column is for an earlier period, as a "Data period" column saying so is
 * (see above), and the same decision holds: a Check, not a re-reading. Only where the figure scored is in the
 * scored period's own column (a figure carried forward has its own Check).
 */
function arrearsFindings(
  table: IndicatorTable,
  scores: readonly IndicatorScore[],
  cells: CellsWithFormats,
  quarter: QuarterNumber,
): Finding[] {
  const columns = commentColumns(table);
  if (columns.length === 0) return [];
  const naming = periodNaming(table);
  const out: Finding[] = [];
  for (let i = 0; i < table.rows.length && i < scores.length; i++) {
    const row = table.rows[i];
    const score = scores[i];
    if (score.latestMonth === null || score.latestValue === null) continue;
    const month = MONTH_NAMES.indexOf(score.latestMonth as (typeof MONTH_NAMES)[number]) + 1;
    if (quarterOfMonth(month as MonthNumber) !== quarter) continue;
    for (const column of columns) {
      const raw = cells.raw(row.row, column.col);
      if (typeof raw !== 'string') continue;
      const lag = monthsInArrears(raw);
      if (lag === null) continue;
      const before = month - lag;
      out.push(
        finding({
          kind: 'data-period-arrears',
          at: { sheet: row.sheet, row: row.row, col: column.col },
          ref: row.ref,
          who: who(row),
          header: column.header.replace(/\s+/g, ' ').trim(),
          text: quote(raw.trim()),
          period: periodName(month as MonthNumber, naming),
          figureFor:
            before >= 1
              ? periodName(before as MonthNumber, naming)
              : `last year's ${periodName((before + 12) as MonthNumber, naming)}`,
        }),
      );
      break;
    }
  }
  return out;
}
