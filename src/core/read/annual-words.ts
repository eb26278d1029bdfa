/**
 * Words saying an indicator's target is the year's: its target column headed so ("Annual target", "Full year
 * budget", "Target for the year", "FY target"), its name ("Overtime spend vs annual budget", "… (annual target
 * 1,200)") or its Comments, Notes, Type or Frequency cell ("Annual budget £1.2m", "Budget £1.2m for the year").
 * Read only where the table has no Profile column and nothing has made the row cumulative: the rule that uses
 * it, rules/annual-to-date.ts, decides whether the row's month (or quarter) figures are measured year to date
 * against the share of the year elapsed, or not rated with a Check (fresh user 12's police pack: "Annual
 * budget £1.2m" beside overtime spend of about £220k a month was September's £220k against £1,200k, green).
 *
 * The row's own words come first: a name or Comments cell saying the target is a month's or a quarter's
 * ("Monthly target 50") outweighs an "Annual target" header.
 *
 * Also read: whether the words say the figure is money spent or a budget ("budget", "spend", "expenditure",
 * "cost(s)"): a budget is for a period and is spent over it, never a level held each month, so the months
 * are shares of a total (`IndicatorRow.annualSaid.flow`).
 */
import type { AnnualSaid, IndicatorRow, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { wordColumns } from './cumulative-words';

/** A target-like word: what a year's amount is called. */
const TARGET_WORD = String.raw`(?:target|budget|plan|allocation|ambition|trajectory|limit|forecast)`;

/**
 * "Annual target", "Full-year budget", "Whole year plan", "FY target", "Yearly target", "Year-end target",
 * "Annual revenue budget" (one word between), "Target for the year", "Budget £1.2m for year", "Budget per annum",
 * "Target (annual)", "Target – full year". Not "Monthly target", not "annual survey" (no target word).
 */
const SAYS_ANNUAL = new RegExp(
  String.raw`\b(?:annual|annually|annualised|annualized|full[\s-]*year|whole[\s-]*year|yearly|year[\s-]*end|fy)\b[\s-]*(?:[a-z£]+\s+)?${TARGET_WORD}\b` +
    String.raw`|\b${TARGET_WORD}\b(?:[^.;]|\.\d)*?\b(?:for|over|across)\s+(?:the\s+)?(?:whole\s+|full\s+|financial\s+)?year\b` +
    String.raw`|\b${TARGET_WORD}\b(?:[^.;]|\.\d)*?\b(?:per annum|p\.a\.|pa)\b` +
    String.raw`|\b${TARGET_WORD}\b\s*[(\-–—:]\s*(?:annual|full[\s-]*year|whole[\s-]*year|yearly|fy)\b`,
  'i',
);

/** Words that deny it: a month's or a quarter's target said as such. */
const SAYS_SHORTER = /\b(?:monthly|per month|a month|each month|quarterly|per quarter|a quarter|weekly)\b/i;

/** A row's own words saying its target is a shorter period's: "Monthly target 4,500", "Target 100 per quarter". */
const SAYS_SHORTER_TARGET = new RegExp(
  String.raw`\b(?:monthly|quarterly|weekly)\s+(?:[a-z]+\s+)?${TARGET_WORD}\b` +
    String.raw`|\b${TARGET_WORD}\b(?:[^.;]|\.\d)*?\b(?:per|a|each|every)\s+(?:month|quarter|week)\b`,
  'i',
);

/** Money for a period: a budget, spend, expenditure or costs. */
const SAYS_FLOW = /\bbudget\b|\bspend\b|\bspent\b|\bexpenditure\b|\bcosts?\b/i;

/** True when text says the target is the year's (see SAYS_ANNUAL). */
export function saysAnnualTarget(text: string): boolean {
  return SAYS_ANNUAL.test(text) && !SAYS_SHORTER.test(text);
}

/**
 * Marks each row of `tables` (one sheet's) whose target is said to be the year's (`IndicatorRow.annualSaid`):
 * only in a table with no Profile column, for a one-sided row with a target above 0 whose profile is still
 * flat (not made cumulative by its name or the analyst's words). The rows, changed.
 */
export function annualTargetByWords(grid: GridView, tables: readonly IndicatorTable[]): void {
  for (const table of tables) {
    if (table.columns.profile !== undefined) continue;
    const targetCol = table.columns.target;
    const targetHeader = targetCol === undefined ? '' : grid.text(table.headerRow, targetCol).trim();
    const headerSays = targetHeader !== '' && saysAnnualTarget(targetHeader);
    let cols: { col: number; header: string }[] | null = null;
    for (const row of table.rows) {
      if (row.annualTarget === null || !(row.annualTarget > 0) || row.profile !== 'flat') continue;
      // A target to date given beside the year's (read/target-to-date.ts) is the period's target as given.
      if (row.targetToDate !== undefined || table.targetToDate?.asTarget) continue;
      if (row.polarity !== 'higher' && row.polarity !== 'lower') continue;
      cols ??= wordColumns(grid, table);
      const said = saidOf(grid, table, row, cols, headerSays ? targetHeader : null);
      if (said) row.annualSaid = said;
    }
  }
}

function saidOf(
  grid: GridView,
  table: IndicatorTable,
  row: IndicatorRow,
  cols: readonly { col: number; header: string }[],
  targetHeader: string | null,
): AnnualSaid | null {
  const nameFlow = SAYS_FLOW.test(row.name);
  // The row's own words first (its name, its Comments cell), then the table's header.
  if (saysAnnualTarget(row.name))
    return {
      where: 'name',
      row: row.row,
      col: table.columns.name ?? 0,
      header: '',
      text: row.name.trim(),
      flow: nameFlow,
    };
  for (const { col, header } of cols) {
    const v = grid.raw(row.row, col);
    if (typeof v !== 'string' || !saysAnnualTarget(v)) continue;
    return { where: 'column', row: row.row, col, header, text: v.trim(), flow: nameFlow || SAYS_FLOW.test(v) };
  }
  // The row's own words saying its target is a month's or a quarter's outweigh the table's header.
  if (targetHeader === null || SAYS_SHORTER_TARGET.test(row.name)) return null;
  for (const { col } of cols) {
    const v = grid.raw(row.row, col);
    if (typeof v === 'string' && SAYS_SHORTER_TARGET.test(v)) return null;
  }
  return {
    where: 'header',
    row: table.headerRow,
    col: table.columns.target!,
    header: targetHeader,
    text: targetHeader,
    flow: nameFlow || SAYS_FLOW.test(targetHeader),
  };
}
