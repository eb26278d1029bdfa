/**
 * Writing the plan's values into ExcelJS cells. A string is always text (never taken for a formula
 * or a number, even "=1+1" or "1,350"); "" clears the cell; { formula } is the analyst's own formula
 * put back by undo, with the value it showed as its cached result.
 */
import ExcelJS from 'exceljs';
import type { CellValue, PlanValue, ValueBlock } from '../core';
import { isMergedAway } from './cell-values';

export function writeValue(cell: ExcelJS.Cell, value: PlanValue, cachedResult: CellValue = null): void {
  if (isMergedAway(cell)) return; // ExcelJS would write the merged area's top-left cell instead
  if (typeof value === 'object' && 'error' in value) {
    cell.value = { error: value.error as ExcelJS.CellErrorValue['error'] };
    return;
  }
  if (typeof value === 'object') {
    const formula = value.formula.replace(/^=/, '');
    cell.value =
      cachedResult === null ? { formula, date1904: false } : { formula, result: cachedResult, date1904: false };
    return;
  }
  cell.value = value === '' ? null : value;
}

/** A block of values from its top-left cell; null leaves a cell as it is. */
export function writeBlock(
  sheet: ExcelJS.Worksheet,
  block: ValueBlock,
  cachedResult?: (row: number, col: number) => CellValue,
): void {
  block.values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null) return;
      const row = block.top + r;
      const col = block.left + c;
      writeValue(sheet.getCell(row + 1, col + 1), value, cachedResult ? cachedResult(row, col) : null);
    });
  });
}
