/** How a figure of an indicator's row is shown in the workbook, for a finding's sentence ("02:10", "95.5%"). */
import type { FigureFormat, IndicatorRow, WorkbookModel } from '../model';
import { heldFigureFormat } from '../read/number-formats-text';

/**
 * How a row's figure of month `m` (1 = April) is shown: its cell's number format (read/number-formats-text.ts,
 * `heldFigureFormat`); undefined for a plain figure, or without the model's cells.
 */
export function monthFigureFormat(
  model: Pick<WorkbookModel, 'sheetCells'> | undefined,
  row: IndicatorRow,
  m: number,
): FigureFormat | undefined {
  const p = row.periods[m - 1];
  const col = row.periodColumns[m - 1];
  const cells = model?.sheetCells?.get(row.sheet);
  if (!cells || !p || p.kind !== 'number' || col === null || col === undefined) return undefined;
  return heldFigureFormat(cells.raw(row.row, col), cells.formatOf(row.row, col), p.value);
}
