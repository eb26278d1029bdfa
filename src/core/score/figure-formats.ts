/**
 * How an indicator's latest value and target are shown in the workbook (their cells' number formats),
 * kept on its score so that the generated sheets copy them with their formats and the findings write
 * them as the analyst sees them ("02:10", "95.5%", "£480,000"). Source: the fresh user's council
 * workbook, whose Highlights sheet showed 02:10 as 0.0015 (docs/workbook.md, "What the generated sheets show").
 */
import type { IndicatorRow, IndicatorScore, IndicatorTable, WorkbookModel } from '../model';
import { monthNumber } from '../periods';
import { heldFigureFormat } from '../read/number-formats-text';

/**
 * The cell a month's target came from and the figure held for it: the table's "Q3 Target" / "Dec Target"
 * column, else the Targets sheet's cell, else the table's annual target cell (the annual target held,
 * whatever its profile makes of it for the month). Left in `TARGET_CELL` (read at once by the caller, an
 * object made once, issue 11: one a scored indicator was made and dropped); false when the cell cannot be
 * found.
 */
function targetCell(
  model: WorkbookModel,
  table: IndicatorTable,
  row: IndicatorRow,
  key: string,
  explicit: (number | null)[] | null,
  m: number,
): boolean {
  const at = TARGET_CELL;
  const month = explicit?.[m - 1];
  if (month !== undefined && month !== null) {
    if (row.periodTargets?.[m - 1] != null) {
      const col = table.monthTargetColumns?.[m - 1] ?? (m % 3 === 0 ? table.quarterTargetColumns?.[m / 3 - 1] : null);
      if (col == null) return false;
      at.sheet = row.sheet;
      at.row = row.row;
      at.col = col;
      at.held = month;
      return true;
    }
    const sheet = model.supportSheets.targets;
    const found = model.explicitTargetRows.get(key);
    const col = model.explicitTargetColumns?.[m - 1];
    if (sheet === null || !found || col == null) return false;
    at.sheet = sheet;
    at.row = found.row;
    at.col = col;
    at.held = month;
    return true;
  }
  const col = row.targetColumn ?? table.columns.target;
  if (col === undefined || row.annualTarget === null) return false;
  at.sheet = row.sheet;
  at.row = row.row;
  at.col = col;
  at.held = row.annualTarget;
  return true;
}

/** Where targetCell found the target's cell: its sheet, row, column and the figure held for it. */
const TARGET_CELL = { sheet: '', row: 0, col: 0, held: 0 };

/**
 * Sets `latestFormat` and `targetFormat` on a score (absent where the cell is in General, or text without
 * a percent sign): a few look-ups an indicator, nothing made where the workbook has no number formats.
 * `key`: the row's key; `explicit`: the month targets it was scored against (its own and the Targets sheet's).
 */
export function setFigureFormats(
  score: IndicatorScore,
  model: WorkbookModel,
  table: IndicatorTable,
  row: IndicatorRow,
  key: string,
  explicit: (number | null)[] | null,
): void {
  if (score.latestMonth === null || score.latestValue === null || !model.sheetCells) return;
  const cells = model.sheetCells.get(row.sheet);
  const m = monthNumber(score.latestMonth);
  const col = row.periodColumns[m - 1];
  if (cells && col !== null && col !== undefined) {
    const f = heldFigureFormat(cells.raw(row.row, col), cells.formatOf(row.row, col), score.latestValue);
    if (f) score.latestFormat = f;
  }
  if (score.periodTarget === null) return;
  if (!targetCell(model, table, row, key, explicit, m)) return;
  const at = TARGET_CELL;
  const sheet = model.sheetCells.get(at.sheet);
  if (!sheet) return;
  const f = heldFigureFormat(sheet.raw(at.row, at.col), sheet.formatOf(at.row, at.col), at.held);
  if (f) score.targetFormat = f;
}
