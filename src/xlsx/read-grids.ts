/** Every sheet of an ExcelJS workbook as the engine's grids: values from A1 and merged areas. */
import type ExcelJS from 'exceljs';
import { parseAreaAddress, type Area, type CellValue, type SheetGrid } from '../core';
import { cellValue } from './cell-values';

export function usesDate1904(workbook: ExcelJS.Workbook): boolean {
  return Boolean(workbook.properties?.date1904);
}

/** Merged areas, 0-based inclusive. */
export function mergedAreas(sheet: ExcelJS.Worksheet): Area[] {
  const merges: string[] = sheet.model.merges ?? [];
  return merges.map((m) => parseAreaAddress(m)).filter((a): a is Area => a !== null);
}

/** One sheet's grid. Rows end at their last cell; rows with nothing are empty. */
export function sheetGrid(sheet: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValue(cell, date1904);
      if (v === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = v;
    });
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = cells;
  });
  const grid: SheetGrid = { name: sheet.name, values, merges: mergedAreas(sheet) };
  if (sheet.state === 'hidden' || sheet.state === 'veryHidden') grid.hidden = true;
  return grid;
}

/** Every sheet, hidden and very hidden ones too, in workbook order. */
export function readGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  const date1904 = usesDate1904(workbook);
  return workbook.worksheets.map((s) => sheetGrid(s, date1904));
}
