/**
 * A budget monitoring table beside the indicators (fresh user 14's housing board pack, 'Money' rows 11–17:
 * "Budget line | Annual budget £k | Budget YTD £k | Actual YTD £k | Variance £k | Variance %", £k, lines of
 * income and of spending).
 *
 * - Not mapped, it is no indicator table (no indicator or period columns the reader knows) and was skipped
 *   without a word: `unreadBudgetTables` finds a header naming a budget and an actual with figures under it,
 *   outside every table read, and a Note says it was not read and how to map it.
 * - Mapped (a label column as the name, the budget to date as the target, the actual as the figure), every line
 *   was scored higher-is-better under one table-wide "no polarity column" Check: responsive repairs' overspend,
 *   5,420 against 4,900, was "on target, +10.61%". Decision (`readBudgetLines`): in a table whose target column
 *   is headed as a budget and that has no Higher / Lower column, each line's label says which way is better —
 *   income (income, rent, receipts, collected, grants, sales, fees, surplus) higher is better, as income below
 *   budget is a shortfall; every other line is spending (costs, repairs, maintenance, pay …: a budget is a limit
 *   on spending), lower is better, so an overspend is off target and an underspend on target. One Note a table
 *   lists which lines were read which way and how to say otherwise (a Polarity column). An underspend the
 *   analyst calls slippage keeps their typed RAG, with its own Check where the figures disagree.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { quote } from '../words';
import type { GridView } from './grid';
import { normaliseText } from './values';

/** A header naming a budget: "Budget", "Annual budget £k", "Budget YTD", "Revised budget". */
const BUDGET_HEADER = /\bbudget\b/;
/** A header naming what was spent or received: "Actual", "Actual YTD £k", "Spend to date", "Outturn", "Forecast". */
const ACTUAL_HEADER = /\bactuals?\b|\bspend\b|\boutturn\b|\bforecast\b|\bexpenditure\b/;
/** A line's label naming income, not spending: "Rental income", "Service charge income", "Rent collected", "Operating surplus". */
const INCOME_LABEL =
  /\bincome\b|\brents?\b|\brental\b|\breceipts?\b|\bcollected\b|\bcollection\b|\bgrants?\b|\bsales\b|\bfees\b|\bsurplus\b|\brevenue\b|\bsubsid(?:y|ies)\b/;

/** Which way is better for a budget line, by its label: income higher, anything else (spending) lower. */
export function budgetLinePolarity(label: string): 'higher' | 'lower' {
  return INCOME_LABEL.test(normaliseText(label)) ? 'higher' : 'lower';
}

/**
 * Budget lines read by label (see above): in each table whose target column is headed as a budget and that has
 * no Higher / Lower column, each row whose polarity was assumed gets its label's (`polaritySource` 'label'), and
 * the table keeps the lines read each way (`budgetLines`) for its Note. Changes the tables and their rows.
 * @param grid the sheet
 * @param tables the sheet's tables, rows read
 */
export function readBudgetLines(grid: GridView, tables: readonly IndicatorTable[]): void {
  for (const table of tables) {
    const target = table.columns.target;
    if (target === undefined || table.columns.polarity !== undefined) continue;
    if (!BUDGET_HEADER.test(normaliseText(grid.text(table.headerRow, target).replace(/\s+/g, ' ')))) continue;
    const lines = { income: [] as string[], spending: [] as string[], target: grid.text(table.headerRow, target) };
    for (const row of table.rows) {
      if (row.polaritySource !== 'assumed' && row.polaritySource !== undefined) continue;
      if (row.targetRange) continue;
      const polarity = budgetLinePolarity(row.name);
      row.polarity = polarity;
      row.polaritySource = 'label';
      (polarity === 'higher' ? lines.income : lines.spending).push(row.ref ?? row.name);
    }
    if (lines.income.length + lines.spending.length > 0) table.budgetLines = lines;
  }
}

/** A budget table not read: its header row, last row, headers as typed, and which header is the budget and the actual. */
export interface UnreadBudgetTable {
  headerRow: number;
  lastRow: number;
  headers: string[];
  name: string | null;
  budget: string;
  actual: string;
}

/**
 * Budget tables on the sheet outside every table read (see above): a row of three or more headers, one naming a
 * budget and another an actual, with a row of two or more figures under it.
 * @param grid the sheet
 * @param tables the sheet's tables as read
 */
export function unreadBudgetTables(grid: GridView, tables: readonly IndicatorTable[]): UnreadBudgetTable[] {
  const inside = (r: number) => tables.some((t) => r >= (t.titleRow ?? t.headerRow) && r <= t.lastRow);
  const out: UnreadBudgetTable[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    if (inside(r)) continue;
    const cols = grid.filledColumns(r);
    if (cols.length < 3 || cols.some((c) => typeof grid.raw(r, c) !== 'string')) continue;
    const texts = cols.map((c) => grid.text(r, c).replace(/\s+/g, ' ').trim());
    const words = texts.map((t) => normaliseText(t));
    // Which columns hold figures on the row under the header ("Budget line" holds the labels, not a budget).
    const figures = cols.map((c) => typeof grid.raw(r + 1, c) === 'number');
    // The budget to date where there is one ("Budget YTD £k"), else the budget.
    const budgets = words
      .map((w, i) => (figures[i] && BUDGET_HEADER.test(w) && !ACTUAL_HEADER.test(w) ? i : -1))
      .filter((i) => i >= 0);
    const budget = budgets.find((i) => /\bytd\b|\bto date\b/.test(words[i])) ?? budgets[0];
    const actual = words.findIndex((w, i) => figures[i] && ACTUAL_HEADER.test(w) && !/\bvariance\b/.test(w));
    if (budget === undefined || actual < 0 || actual === budget) continue;
    let last = r;
    for (let below = r + 1; below < grid.rowCount && !grid.isBlankRow(below) && !inside(below); below++) {
      if (grid.filledColumns(below).filter((c) => typeof grid.raw(below, c) === 'number').length < 2) break;
      last = below;
    }
    if (last === r) continue;
    const nameAt = cols.findIndex((c) => typeof grid.raw(r + 1, c) === 'string');
    out.push({
      headerRow: r,
      lastRow: last,
      headers: texts,
      name: nameAt < 0 ? null : texts[nameAt],
      budget: texts[budget],
      actual: texts[actual],
    });
    r = last;
  }
  return out;
}

/** The Note on each budget table of the sheet not read (see `unreadBudgetTables`). */
export function unreadBudgetNotes(grid: GridView, tables: readonly IndicatorTable[]): Finding[] {
  return unreadBudgetTables(grid, tables).map((t) =>
    finding({
      kind: 'budget-table-not-read',
      at: { sheet: grid.name, row: t.headerRow, col: 0 },
      ref: null,
      sheet: grid.name,
      rows: `rows ${t.headerRow + 1}–${t.lastRow + 1}`,
      headers:
        t.headers.length > 4 ? `${t.headers.slice(0, 4).map(quote).join(', ')} …` : t.headers.map(quote).join(', '),
      headerRow: t.headerRow + 1,
      name: t.name === null ? 'its label column' : quote(t.name),
      budget: quote(t.budget),
      actual: quote(t.actual),
    }),
  );
}

/** The Note on a budget table whose lines were judged by their labels (`readBudgetLines`), or null. */
export function budgetLinesNote(table: IndicatorTable): Finding | null {
  const lines = table.budgetLines;
  if (!lines) return null;
  const list = (names: string[]) =>
    names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return finding({
    kind: 'budget-lines-by-label',
    at: { sheet: table.sheet, row: table.headerRow, col: table.columns.polarity ?? table.columns.name ?? 0 },
    ref: null,
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    target: quote(lines.target.replace(/\s+/g, ' ').trim()),
    income:
      lines.income.length === 0
        ? ''
        : `income (${list(lines.income)}) higher is better, as income under budget is a shortfall`,
    spending:
      lines.spending.length === 0
        ? ''
        : `spending (${list(lines.spending)}) lower is better, as a budget limits spending: an overspend is off target`,
  });
}
