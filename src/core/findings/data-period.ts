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
import type { Finding, IndicatorScore, IndicatorTable, MonthNumber, WorkbookModel } from '../model';
import { finding } from '../catalogue';
import { findFinancialYear, monthNumber, parsePeriodHeader, periodName, periodNaming } from '../periods';
import { quote, who } from '../words';

/** Headers of a column naming each row's data period. */
const DATA_PERIOD_HEADER =
  /^(?:data period|latest data period|period of data|date of data|time period|period covered|reporting period|data month|data quarter|period of latest data)$/;

/**
 * The Checks for one table, one a row whose data period (in a column the table did not read) ends in another
 * month than the figure scored — or, where both years are known, another financial year. `scores`: the
 * table's rows' scores, in order. None where the table has no such column or `model.sheetCells` is absent.
 */
export function dataPeriodFindings(
  table: IndicatorTable,
  scores: readonly IndicatorScore[],
  model: Pick<WorkbookModel, 'sheetCells'>,
): Finding[] {
  const column = table.unrecognised.find((u) =>
    DATA_PERIOD_HEADER.test(u.header.toLowerCase().replace(/\s+/g, ' ').trim()),
  );
  const cells = model.sheetCells?.get(table.sheet);
  if (column === undefined || !cells) return [];
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
