/** Every sheet of an ExcelJS workbook as the engine's grids: values from A1 and merged areas. */
import ExcelJS from 'exceljs';
import { NumberFormatsBuilder, parseAreaAddress, type Area, type CellValue, type SheetGrid } from '../core';
import { cellValue } from './cell-values';

export function usesDate1904(workbook: ExcelJS.Workbook): boolean {
  return Boolean(workbook.properties?.date1904);
}

/** Merged areas, 0-based inclusive. */
export function mergedAreas(sheet: ExcelJS.Worksheet): Area[] {
  const merges: string[] = sheet.model.merges ?? [];
  return merges.map((m) => parseAreaAddress(m)).filter((a): a is Area => a !== null);
}

/**
 * One sheet's grid. Rows end at their last cell; rows with nothing are empty. The number cells'
 * formats (`cell.numFmt`) go with it, and the workbook's date system when it is 1904.
 */
export function sheetGrid(sheet: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  const values: CellValue[][] = [];
  const formats = new NumberFormatsBuilder();
  const uncalculated: [number, number][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValue(cell, date1904);
      if (
        v === null &&
        cell.type === ExcelJS.ValueType.Formula &&
        (cell.value as ExcelJS.CellFormulaValue).result === undefined
      ) {
        uncalculated.push([rowNumber - 1, colNumber - 1]);
      }
      if (v === null) return;
      if (typeof v === 'number') formats.add(rowNumber - 1, colNumber - 1, cell.numFmt);
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = v;
    });
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = cells;
  });
  const grid: SheetGrid = { name: sheet.name, id: String(sheet.id), values, merges: mergedAreas(sheet) };
  if (sheet.state === 'hidden' || sheet.state === 'veryHidden') grid.hidden = true;
  const hiddenColumns = hiddenColumnsOf(sheet);
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  const numberFormats = formats.build();
  if (numberFormats) grid.numberFormats = numberFormats;
  if (date1904) grid.date1904 = true;
  if (uncalculated.length > 0) grid.uncalculated = uncalculated;
  return grid;
}

/**
 * The sheet's hidden columns, 0-based: the file's `<col min max hidden="1">` ranges as ExcelJS keeps them
 * (`worksheet.columns`, each `column.hidden`). Only those up to the sheet's last filled column matter.
 */
function hiddenColumnsOf(sheet: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  const columns: ({ hidden?: boolean } | undefined)[] = sheet.columns ?? [];
  columns.forEach((c, i) => {
    if (c?.hidden) out.push(i);
  });
  return out;
}

/**
 * Every sheet, hidden and very hidden ones too, in workbook order. A formula with no saved result is blank
 * in its grid and listed (`SheetGrid.uncalculated`): the core refuses the run where a table it reads or
 * writes holds one, as reading it as blank would give a wrong latest value without a word (issue 8).
 */
export function readGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  const date1904 = usesDate1904(workbook);
  const grids = workbook.worksheets.map((s) => sheetGrid(s, date1904));
  return grids;
}
