/**
 * Carrying out a scoring run's outcome and an undo's, in the order docs/architecture.md gives, so
 * both adapters leave a workbook in the same state.
 */
import type ExcelJS from 'exceljs';
import { sameSheetName, snapshotKey, type CellSnapshot, type RunOutcome, type UndoOutcome } from '../core';
import { carryOutPatch } from './patch';
import { writeSheetContent } from './sheet-content';
import { addSheet, bringBack, deleteSheet, emptySheet, findSheet, keepActiveSheetVisible } from './sheets';
import { writeState } from './state-sheet';
import { linkTargetOf, patternFillOf, richTextOf } from './office-natives';

/** Run step 4. An unchanged outcome writes nothing at all. */
export function carryOutRun(workbook: ExcelJS.Workbook, outcome: RunOutcome): void {
  if (!outcome.changed) return;
  for (const name of outcome.deleteSheets) deleteSheet(workbook, name);
  for (const content of outcome.sheets) {
    const existing = outcome.inPlace.some((n) => sameSheetName(n, content.name))
      ? findSheet(workbook, content.name)
      : undefined;
    writeSheetContent(existing ? emptySheet(existing) : addSheet(workbook, content.name), content);
  }
  for (const patch of outcome.patches) {
    const sheet = findSheet(workbook, patch.sheet);
    if (sheet) carryOutPatch(sheet, patch);
  }
  writeState(workbook, outcome.state);
  keepActiveSheetVisible(workbook);
}

/**
 * What an add-in journal kept of a cell beyond its value and format (issue 8 item 6), put back over the
 * value and format just written, as the add-in's own undo does: its hyperlink (a link written with the
 * text the cell now holds; a number keeps no link in ExcelJS's model of a cell and is left plain), its
 * fill pattern over the fill colour, and its rich text where the cell holds the very text of the runs.
 */
function putBackOfficeNative(cell: ExcelJS.Cell, before: CellSnapshot): void {
  const native = before.native;
  if (native?.kind !== 'office') return;
  if (native.textRuns && native.textRuns.map((r) => r.text).join('') === before.value)
    cell.value = richTextOf(native.textRuns, cell.font);
  if (native.fill) {
    const fill = patternFillOf(native.fill, before.format.fill);
    if (fill) cell.style = { ...cell.style, fill };
  }
  const target = native.hyperlink && linkTargetOf(native.hyperlink);
  if (target && typeof before.value === 'string') {
    cell.value = {
      text: before.value,
      hyperlink: target,
      ...(native.hyperlink!.screenTip ? { tooltip: native.hyperlink!.screenTip } : {}),
    } as ExcelJS.CellHyperlinkValue;
  }
}

/** What the journal kept of a cell exactly (ExcelJS's own value and style parts), written back whole. */
function putBackExactly(cell: ExcelJS.Cell, before: CellSnapshot | undefined): void {
  const native = before?.native;
  if (native?.kind === 'office') putBackOfficeNative(cell, before!);
  if (!native || native.kind !== 'exceljs') return;
  if (native.value !== undefined) cell.value = JSON.parse(JSON.stringify(native.value)) as ExcelJS.CellValue;
  if (native.style) {
    const style = JSON.parse(JSON.stringify(native.style)) as Partial<ExcelJS.Style>;
    cell.style = {
      ...cell.style,
      ...(style.fill ? { fill: style.fill } : {}),
      ...(style.font ? { font: style.font } : {}),
    };
  }
}

/**
 * Undo: owned cells back as they were (a formula with the value it showed), at the places their
 * indicators are now; the sheets the scoring created deleted, the regenerated ones written back with
 * their previous content in place (/1 journals: brought back from their backups).
 */
export function carryOutUndo(workbook: ExcelJS.Workbook, outcome: UndoOutcome): void {
  for (const patch of outcome.patches) {
    const sheet = findSheet(workbook, patch.sheet);
    if (!sheet) continue;
    carryOutPatch(sheet, patch, (row, col) => outcome.shown.get(snapshotKey(patch.sheet, row, col))?.value ?? null);
    for (const c of patch.cells)
      putBackExactly(sheet.getCell(c.row + 1, c.col + 1), outcome.shown.get(snapshotKey(patch.sheet, c.row, c.col)));
  }
  for (const name of outcome.deleteSheets) deleteSheet(workbook, name);
  for (const content of outcome.rewriteSheets) {
    const sheet = findSheet(workbook, content.name);
    if (sheet) writeSheetContent(emptySheet(sheet), content);
  }
  for (const { backup, name } of outcome.restoreSheets) bringBack(workbook, backup, name);
  writeState(workbook, outcome.state, true);
  keepActiveSheetVisible(workbook);
}
