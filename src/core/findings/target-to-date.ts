/**
 * The Note on a table's target to date (read/target-to-date.ts; fresh user 14): the column used as given for
 * the last period with figures, or the Target column headed so and not profiled again. One a table, with the
 * first indicator whose target it changed as the example.
 */
import type { CellsWithFormats, FigureFormat, Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { columnLetters } from '../a1';
import { monthNumber, periodName, periodNaming } from '../periods';
import { TARGET_TO_LATER } from '../read/target-to-date';
import { figureText, heldFigureFormat } from '../read/number-formats-text';
import { quote, who } from '../words';

/**
 * How the row's annual target cell shows it (read/number-formats-text.ts `heldFigureFormat`): the target to
 * date and the profiled target are held on the annual target's scale (read/target-to-date.ts), so a
 * percentage's 0.95 is written 95% as the analyst sees it. Undefined: plain, or no cells.
 */
function targetFormat(
  cells: ReadonlyMap<string, CellsWithFormats> | undefined,
  table: IndicatorTable,
  row: IndicatorRow,
): FigureFormat | undefined {
  const sheet = cells?.get(row.sheet);
  const col = row.targetColumn ?? table.columns.target;
  if (!sheet || col === undefined || row.annualTarget === null) return undefined;
  return heldFigureFormat(sheet.raw(row.row, col), sheet.formatOf(row.row, col), row.annualTarget);
}

/**
 * The table's Note, or none where it has no target to date or no row used it.
 * @param cells the workbook's cells with their number formats (`WorkbookModel.sheetCells`): the example's
 *   figures are written as its target cell shows them (absent: plain figures)
 */
export function targetToDateNotes(table: IndicatorTable, cells?: ReadonlyMap<string, CellsWithFormats>): Finding[] {
  const toDate = table.targetToDate;
  if (!toDate || toDate.month === null) return [];
  const used = table.rows.filter((r) => r.targetToDate !== undefined);
  if (used.length === 0) return [];
  const changed = used.find((r) => r.targetToDate!.profiled !== undefined);
  const period = periodName(toDate.month, periodNaming(table));
  const format = changed && targetFormat(cells, table, changed);
  const shown = (v: number) => figureText(v, format);
  const fields = {
    at: { sheet: table.sheet, row: table.headerRow, col: toDate.col },
    ref: null,
    sheet: table.sheet,
    column: columnLetters(toDate.col),
    header: quote(toDate.header),
    period,
  };
  if (toDate.asTarget) {
    const example = changed
      ? ` (${who(changed)}: said to be cumulative, it would have been profiled to ` +
        `${shown(changed.targetToDate!.profiled!)}, not ${shown(changed.targetToDate!.value)})`
      : '';
    return [finding({ kind: 'target-to-date-as-target', ...fields, example })];
  }
  const annual = changed?.profile === 'cumulative' ? 'its annual target profiled pro rata' : 'its annual target';
  const example = changed
    ? ` (${who(changed)} against ${shown(changed.targetToDate!.value)}, where ${annual} gives ` +
      `${shown(changed.targetToDate!.profiled!)})`
    : '';
  return [finding({ kind: 'target-to-date-used', ...fields, example })];
}

/**
 * The Check on an indicator not rated because its Target column is the target to date of a later period than
 * the one scored (score/score-indicator.ts, `TARGET_TO_LATER`), or none.
 */
export function targetToDateLaterFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore): Finding[] {
  const toDate = table.targetToDate;
  if (score.reason !== TARGET_TO_LATER || !toDate || toDate.month === null || row.targetToDate === undefined) return [];
  const naming = periodNaming(table);
  const scoredMonth = monthNumber(score.latestMonth);
  return [
    finding({
      kind: 'target-to-date-later',
      at: { sheet: row.sheet, row: row.row, col: toDate.col },
      ref: row.ref,
      who: who(row),
      column: columnLetters(toDate.col),
      header: quote(toDate.header),
      period: periodName(row.targetToDate.month, naming),
      scored: scoredMonth > 0 ? periodName(scoredMonth, naming) : 'this period',
    }),
  ];
}
