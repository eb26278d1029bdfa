/** Carrying out a SheetPatch: the owned cells of one sheet of indicator tables, values then formats. */
import ExcelJS from 'exceljs';
import { cellAddress, type CellValue, type SheetPatch } from '../core';
import { applyFormatGroups } from './apply-format';
import { writeBlock } from './write-values';

/**
 * Excel stores a formula filled down a column once, on its first cell. Before that cell is
 * overwritten, every cell sharing its formula gets the formula written out in full, so the cells
 * the product does not own keep theirs.
 */
export function detachSharedFormulas(sheet: ExcelJS.Worksheet, overwritten: Set<string>): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const v = cell.value as ExcelJS.CellSharedFormulaValue | ExcelJS.CellFormulaValue;
      const master = 'sharedFormula' in v ? v.sharedFormula : null;
      if (master && overwritten.has(master) && !overwritten.has(cell.address)) {
        cell.value = { formula: cell.formula, result: v.result, date1904: false } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

export function carryOutPatch(
  sheet: ExcelJS.Worksheet,
  patch: SheetPatch,
  cachedResult?: (row: number, col: number) => CellValue,
): void {
  const overwritten = new Set<string>();
  for (const block of patch.values) {
    block.values.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== null) overwritten.add(cellAddress(block.top + r, block.left + c));
      }),
    );
  }
  detachSharedFormulas(sheet, overwritten);
  for (const block of patch.values) writeBlock(sheet, block, cachedResult);
  applyFormatGroups(sheet, patch.formats);
}
