/**
 * The very hidden Scorecard_State sheet: settings, the product's sheets and the undo journal, in the
 * core's format (encodeState / decodeState), so the add-in and the command line read each other's.
 */
import type ExcelJS from 'exceljs';
import { STATE_SHEET, decodeState, defaultState, encodeState, type SheetGrid, type WorkbookState } from '../core';

export function readState(grids: SheetGrid[]): WorkbookState {
  const grid = grids.find((g) => g.name === STATE_SHEET);
  return grid ? decodeState(grid.values) : defaultState();
}

/** Nothing worth keeping: default settings, no product sheets, no journal. */
export function isEmptyState(state: WorkbookState): boolean {
  return JSON.stringify(state) === JSON.stringify(defaultState());
}

/**
 * Writes the state sheet afresh (very hidden, at the end of the workbook). With `dropWhenEmpty`, a
 * state with nothing to keep removes the sheet instead, so undoing the first scoring of a workbook
 * gives back exactly the sheets it had.
 */
export function writeState(workbook: ExcelJS.Workbook, state: WorkbookState, dropWhenEmpty = false): void {
  const old = workbook.getWorksheet(STATE_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (dropWhenEmpty && isEmptyState(state)) return;
  const sheet = workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  encodeState(state).forEach((row, r) => {
    row.forEach((text, c) => {
      if (text !== '') sheet.getCell(r + 1, c + 1).value = text;
    });
  });
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 120;
}
