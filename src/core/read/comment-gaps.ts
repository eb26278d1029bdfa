/**
 * A row's Comments (Notes) cell saying its figure for a quarter or a month is missing — "No Q2 figure -
 * summer holiday", "Q3 data not yet available", "No Sept return" — read as the words typed in that
 * period's blank cell would be: the period says why there is no figure, so an earlier quarter's figure is
 * not carried forward as its figure and the quarter is a data gap with those words as its reason
 * (rules/latest.ts `saidSince`; docs/workbook.md, "Carried forward, or a data gap").
 *
 * *Why* (fresh-user check 8): persistent absence, reported termly, Comments "No Q2 figure - summer
 * holiday", had June's 18.2 carried into Q2, scored amber and counted as a Q2 result. The analyst had said
 * there is no Q2 figure — only not in the month cell.
 */
import type { IndicatorTable, MonthNumber } from '../model';
import { MONTH_NAMES, parseMonthLabel } from '../periods';
import type { GridView } from './grid';
import { looseWords } from './values';
import { dueQuarter } from './frequency';
import { headerInEnglish } from './welsh';

/** Headers of the column where an analyst writes remarks on a row (also read/cumulative-words.ts's, among others). */
export const COMMENT_WORDS = String.raw`comments?|notes?|commentary|remarks?|narrative|explanatory notes?`;
const HEADERS = new RegExp(`^(?:${COMMENT_WORDS})$`);

const PERIOD = String.raw`(q[1-4]|qtr\s*[1-4]|quarter\s*[1-4]|[a-z]{3,9})`;
const FIGURE = String.raw`(?:figure|data|return|result|value|update|submission)s?`;
const NO_PERIOD_FIGURE = new RegExp(String.raw`\bno\s+${PERIOD}\s+${FIGURE}\b`, 'i');
const PERIOD_FIGURE_MISSING = new RegExp(
  String.raw`\b${PERIOD}\s+${FIGURE}\s+(?:(?:is|are)\s+)?(?:not\s+(?:yet\s+)?(?:available|published|reported|received|collected)|unavailable|awaited|delayed|to follow|missing)\b`,
  'i',
);

/** A table's Comments (Notes, Commentary …) columns: those it did not read as anything else, or mapped to notes. */
export function commentColumns(table: IndicatorTable): IndicatorTable['unrecognised'] {
  return table.unrecognised.filter((u) => u.notes || HEADERS.test(looseWords(headerInEnglish(u.header))));
}

/** The month (1 = April) whose figure the words say is missing: a quarter's last month; null if none. */
export function periodSaidMissing(text: string): { month: MonthNumber; quarter: boolean } | null {
  const m = NO_PERIOD_FIGURE.exec(text) ?? PERIOD_FIGURE_MISSING.exec(text);
  if (!m) return null;
  const p = m[1].toLowerCase().replace(/\s+/g, '');
  const q = /^(?:q|qtr|quarter)([1-4])$/.exec(p);
  if (q) return { month: (Number(q[1]) * 3) as MonthNumber, quarter: true };
  const month = parseMonthLabel(p);
  return month === null ? null : { month, quarter: false };
}

/**
 * Marks the blank period cell each row's Comments cell says has no figure: it says why, in the comment's
 * words (`PeriodValue` empty with `said`), and `saidInComments` keeps where they are. Rows changed.
 */
export function quarterGapsInComments(grid: GridView, tables: readonly IndicatorTable[]): void {
  for (const table of tables) {
    const cols = commentColumns(table);
    if (cols.length === 0) continue;
    for (const row of table.rows) {
      for (const { col, header } of cols) {
        const v = grid.raw(row.row, col);
        if (typeof v !== 'string') continue;
        if (row.annual) dueFromComment(row, v);
        // "Contextual — no target" (fresh user 15): there is no target on purpose, said in the Notes.
        if (NO_TARGET_SAID.test(v) && !NOT_YET.test(v) && row.noTargetSaid === undefined)
          row.noTargetSaid = { row: row.row, col, header, text: v.trim() };
        const said = periodSaidMissing(v);
        if (said === null) continue;
        const p = row.periods[said.month - 1];
        if (p === undefined || p.kind !== 'empty' || p.said !== undefined) continue;
        const text = v.trim();
        row.periods[said.month - 1] = { kind: 'empty', said: text };
        row.saidInComments = { row: row.row, col, header, month: said.month, monthName: MONTH_NAMES[said.month - 1] };
        break;
      }
    }
  }
}

/**
 * A Comments (Notes) cell saying the indicator has no target on purpose: "Contextual — no target", "No target
 * set: monitored for context", "Monitor only" (fresh user 15: it still had the missing-target Check).
 */
const NO_TARGET_SAID =
  /\bno (?:numerical |numeric )?targets?\b|^\s*(?:contextual|context only|monitor(?:ing)? only|for information(?: only)?|data only)\b/i;

/** "No target yet", "no target agreed yet", "to be set": a target still to come, not none on purpose. */
const NOT_YET = /\b(?:yet|to be (?:set|agreed|confirmed)|tbc|awaited|pending)\b/i;

/** "Annual survey - reported Q3", "ONS release Mar": when it is reported, said with a verb. */
const REPORTED_IN =
  /\b(?:reported|published|released?|due|available|collected|reports?)\b(?:\s+(?:in|at|by|from|each|every))?\s+(?:q[1-4]|quarter\s*[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * An annual indicator whose Frequency cell names no quarter ("Annual", so due in Q4) and whose Comments
 * say when it is reported ("Annual survey - reported Q3"): due in that quarter (fresh-user check 8: the
 * adult social care survey was "due in Q4" whatever its comment said). The row, changed.
 */
function dueFromComment(row: IndicatorTable['rows'][number], text: string): void {
  const annual = row.annual!;
  if (dueQuarter(annual.text.toLowerCase()) !== 4 || /\bq4\b|quarter\s*4/i.test(annual.text)) return;
  const m = REPORTED_IN.exec(text);
  if (!m) return;
  row.annual = { due: dueQuarter(m[0].toLowerCase()), text: text.trim() };
}
