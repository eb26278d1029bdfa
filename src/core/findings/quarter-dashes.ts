/**
 * A quarter typed as dashes ("-", "–") in every row, the quarter after the one scored (session 13's hunt, left
 * item; helper loose): "Q1 | Q2" with 120 and "-" was scored as Q1 — the quarter most indicators have reached
 * (score-workbook.ts `reportingQuarter`) — and nothing named the dashes, where "n/a" is named as a note. A
 * dash is read as no figure (read/values.ts), as a blank is, so Q1 is the latest quarter with figures.
 *
 * Decision: scored as Q1, with one Check naming the dashes, not refused. A row of dashes laid out for
 * quarters not yet reached is a common template (Q2 to Q4 all "-" in June), and refusing it would refuse
 * every such workbook; the report is headed Q1, so no figure is shown under Q2's name. What the analyst may
 * not expect is that the quarter they typed something in is not the one scored: the Check says so, and what
 * to type to report it. Only where the quarter was found, not asked for (asked for, the quarter-without-figures
 * Check or refusal says it), and at least half the indicators with a figure, annual ones apart, hold
 * nothing but dashes in its cells.
 */
import type { Finding, QuarterNumber, WorkbookModel } from '../model';
import { finding } from '../catalogue';
import { monthsOfQuarter } from '../periods';
import { quote } from '../words';

/** A cell typed as a dash or dashes: hyphen, en and em dash, minus sign. */
const DASH = /^[-\u2013\u2014\u2212]+$/;

/**
 * One Check where the quarter after `quarter` (scored, found not asked for) holds only dashes in at least
 * half the indicators' rows (annual ones and rows with no figure apart); null otherwise. At the first such
 * cell. `model.sheetCells` gives the cells as typed; without it, null.
 */
export function dashedNextQuarterFinding(model: WorkbookModel, quarter: QuarterNumber): Finding | null {
  if (quarter >= 4 || !model.sheetCells) return null;
  const next = (quarter + 1) as QuarterNumber;
  const months = monthsOfQuarter(next);
  let counted = 0;
  let dashed = 0;
  const marks: string[] = [];
  let at: { sheet: string; row: number; col: number } | null = null;
  for (const t of model.tables) {
    for (const r of t.rows) {
      if (r.annual || !r.periods.some((p) => p.kind === 'number')) continue;
      counted++;
      let columns = 0;
      let dashes = 0;
      let first: number | null = null;
      for (const m of months) {
        const col = r.periodColumns[m - 1];
        if (col === null || col === undefined) continue;
        columns++;
        const p = r.periods[m - 1];
        const raw = model.sheetCells.get(r.sheet)?.raw(r.row, col);
        if (p?.kind !== 'empty' || p.said !== undefined || p.suppressed || typeof raw !== 'string') continue;
        const typed = raw.trim();
        if (!DASH.test(typed)) continue;
        dashes++;
        first ??= col;
        if (!marks.includes(typed)) marks.push(typed);
      }
      if (columns === 0 || dashes < columns) continue;
      dashed++;
      at ??= { sheet: r.sheet, row: r.row, col: first! };
    }
  }
  if (dashed === 0 || at === null || dashed * 2 < counted) return null;
  return finding({
    kind: 'quarter-dashes',
    at,
    ref: null,
    quarter,
    next,
    marks: marks.map(quote).join(' and '),
    dashed,
    counted,
  });
}
