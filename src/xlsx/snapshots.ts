/**
 * What the owned cells hold before scoring writes them (step 3 of a run): value, formula, number
 * format, fill colour and font colour — the journal keeps them for undo, and comparing them with
 * what would be written tells whether scoring again changes anything.
 */
import type ExcelJS from 'exceljs';
import { snapshotKey, type CellSnapshot } from '../core';
import { cellFormula, cellValue } from './cell-values';
import { colourHex, fillHex, themeColours } from './colours';
import { usesDate1904 } from './read-grids';

export function cellSnapshot(cell: ExcelJS.Cell, theme: string[], date1904 = false): CellSnapshot {
  const style = cell.style ?? {};
  const snapshot: CellSnapshot = {
    value: cellValue(cell, date1904),
    format: {
      numberFormat: style.numFmt || 'General',
      fill: fillHex(style.fill, theme),
      fontColor: colourHex(style.font?.color, theme),
    },
  };
  const formula = cellFormula(cell);
  if (formula) snapshot.formula = formula;
  return snapshot;
}

/** Snapshots of the given cells, keyed by snapshotKey(sheet, row, col). Missing sheets are skipped. */
export function readSnapshots(workbook: ExcelJS.Workbook, cells: { sheet: string; row: number; col: number }[]): Map<string, CellSnapshot> {
  const theme = themeColours(workbook);
  const date1904 = usesDate1904(workbook);
  const out = new Map<string, CellSnapshot>();
  for (const { sheet, row, col } of cells) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    out.set(snapshotKey(sheet, row, col), cellSnapshot(ws.getCell(row + 1, col + 1), theme, date1904));
  }
  return out;
}
