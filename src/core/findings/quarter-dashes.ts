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
import type { Finding, IndicatorRow, QuarterNumber, WorkbookModel } from '../model';
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
  // Indexed loops, the row's work in a function of its own: this runs once a run, over every row (issue 11).
  const tables = model.tables;
  for (let i = 0; i < tables.length; i++) {
    const rows = tables[i].rows;
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j];
      if (r.annual || !hasFigure(r.periods)) continue;
      counted++;
      const first = dashedColumn(r, months, model.sheetCells, marks);
      if (first === null) continue;
      dashed++;
      at ??= { sheet: r.sheet, row: r.row, col: first };
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

/** True when some period holds a figure. */
function hasFigure(periods: IndicatorRow['periods']): boolean {
  for (let m = 0; m < periods.length; m++) if (periods[m]?.kind === 'number') return true;
  return false;
}

/**
 * The first column of the row's cells in `months` where every one of them holds only dashes (each mark typed
 * added to `marks`); null where the row has no column there or one holds anything else.
 */
function dashedColumn(
  r: IndicatorRow,
  months: readonly number[],
  sheetCells: NonNullable<WorkbookModel['sheetCells']>,
  marks: string[],
): number | null {
  let columns = 0;
  let dashes = 0;
  let first: number | null = null;
  for (let k = 0; k < months.length; k++) {
    const m = months[k];
    const col = r.periodColumns[m - 1];
    if (col === null || col === undefined) continue;
    columns++;
    const p = r.periods[m - 1];
    if (p?.kind !== 'empty' || p.said !== undefined || p.suppressed) continue;
    const raw = sheetCells.get(r.sheet)?.raw(r.row, col);
    if (typeof raw !== 'string') continue;
    const typed = raw.trim();
    if (!DASH.test(typed)) continue;
    dashes++;
    first ??= col;
    if (!marks.includes(typed)) marks.push(typed);
  }
  return columns === 0 || dashes < columns ? null : first;
}
