/**
 * Carrying out a scoring run's outcome and an undo's, in the order docs/architecture.md gives, so
 * both adapters leave a workbook in the same state.
 */
import type ExcelJS from 'exceljs';
import { snapshotKey, type CellValue, type Journal, type RunOutcome, type UndoOutcome } from '../core';
import { carryOutPatch } from './patch';
import { writeSheetContent } from './sheet-content';
import { addSheet, bringBack, deleteSheet, findSheet, keepActiveSheetVisible, putAside } from './sheets';
import { writeState } from './state-sheet';

/** Run step 4. An unchanged outcome writes nothing at all. */
export function carryOutRun(workbook: ExcelJS.Workbook, outcome: RunOutcome): void {
  if (!outcome.changed) return;
  for (const name of outcome.deleteSheets) deleteSheet(workbook, name);
  const asideFor = new Map<string, ExcelJS.Worksheet>();
  for (const { name, backup } of outcome.backups) {
    const sheet = putAside(workbook, name, backup);
    if (sheet) asideFor.set(name.toLowerCase(), sheet);
  }
  for (const content of outcome.sheets) {
    writeSheetContent(addSheet(workbook, content.name, asideFor.get(content.name.toLowerCase())), content);
  }
  for (const patch of outcome.patches) {
    const sheet = findSheet(workbook, patch.sheet);
    if (sheet) carryOutPatch(sheet, patch);
  }
  writeState(workbook, outcome.state);
  keepActiveSheetVisible(workbook);
}

/**
 * Undo: owned cells back as they were (a formula with the value it showed), the sheets the scoring
 * created deleted, the regenerated ones brought back from their backups.
 */
export function carryOutUndo(workbook: ExcelJS.Workbook, outcome: UndoOutcome, journal: Journal): void {
  const shown = new Map<string, CellValue>(journal.cells.map((c) => [`${c.sheet}!${c.cell}`, c.before.value]));
  for (const patch of outcome.patches) {
    const sheet = findSheet(workbook, patch.sheet);
    if (!sheet) continue;
    carryOutPatch(sheet, patch, (row, col) => shown.get(snapshotKey(patch.sheet, row, col)) ?? null);
  }
  for (const name of outcome.deleteSheets) deleteSheet(workbook, name);
  for (const { backup, name } of outcome.restoreSheets) bringBack(workbook, backup, name);
  writeState(workbook, outcome.state, true);
  keepActiveSheetVisible(workbook);
}
