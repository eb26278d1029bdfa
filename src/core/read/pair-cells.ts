/**
 * Two figures in each period cell, "45 / 50" — the figure and its target in one cell, as a town council's
 * or a parish's small table keeps them under "Q1 (Actual / Target)" (session 12, helper layouts5). The
 * refusal for a header the reader did not understand said to map "Q1 (Actual / Target)" to Q1; mapped so,
 * every cell was a note, and **every indicator a data gap** (the quarter scored Q1, its figures "45 / 50"
 * named as notes). Refused now, changing nothing, in one sentence saying to put the targets in their own
 * column: which of the two figures is the figure cannot be told for certain from the cell (the header may
 * say "Target / Actual"), and a target per period is read from a column of its own ("Q1 Target").
 *
 * Only where every filled period cell of the table's rows is such a pair (or blank, or a dash): a table
 * with figures and a stray "3/4" scores its figures and names the note, as before.
 */
import { InputError } from '../errors';
import { columnLetters } from '../a1';
import type { IndicatorTable, MappingHint } from '../model';
import type { GridView } from './grid';

/** "45 / 50", "3/4", "92% / 95%", "1,200 / 1,500": two figures either side of a slash. */
const PAIR = /^\s*[£$€]?-?\d[\d,]*(?:\.\d+)?%?\s*\/\s*[£$€]?-?\d[\d,]*(?:\.\d+)?%?\s*$/;

/**
 * The refusal for the first table whose period cells all hold two figures, or null.
 * @param tables the tables read
 * @param views each sheet's grid, by name
 * @param hintAt the mapping hint for a header row
 */
export function pairCellsRefusal(
  tables: readonly IndicatorTable[],
  views: Map<string, GridView>,
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  for (const t of tables) {
    const view = views.get(t.sheet);
    if (!view || t.rows.length === 0) continue;
    const cols = [...new Set([...t.monthColumns, t.currentColumn ?? null].filter((c): c is number => c !== null))];
    if (cols.length === 0) continue;
    const pairs: { col: number; text: string }[] = [];
    let other = false;
    for (const r of t.rows) {
      for (const c of cols) {
        const v = view.raw(r.row, c);
        if (v === null || (typeof v === 'string' && /^\s*[-–—]?\s*$/.test(v))) continue;
        if (typeof v === 'string' && PAIR.test(v)) pairs.push({ col: c, text: v.trim() });
        else other = true;
      }
      if (other) break;
    }
    if (other || pairs.length < 2) continue;
    const columns = [...new Set(pairs.map((p) => p.col))].sort((a, b) => a - b);
    const headers = columns.map((c) => `"${view.text(t.headerRow, c).replace(/\s+/g, ' ')}"`);
    return new InputError(
      `'${t.sheet}' holds two figures in each period cell ("${pairs[0].text}" in column ${columnLetters(pairs[0].col)}, under ${headers.slice(0, 3).join(', ')}${headers.length > 3 ? ' …' : ''}), such as a figure and its target, but one figure is read from each cell, so every indicator would be a data gap and nothing was scored; keep the figures in those columns and put the targets in columns of their own, headed with their period (such as "Q1 Target"), then score again.`,
      { ...hintAt(t.sheet, t.headerRow), suggestedMapping: null },
    );
  }
  return null;
}
