/**
 * Carrying out what the core decided, exactly in the order docs/architecture.md gives:
 *   a run:  delete old backups → rename each regenerated sheet to its backup, very hidden → write the
 *           new sheets → the owned cells → the state sheet (very hidden);
 *   undo:   the owned cells → delete the sheets the run created or regenerated → put each backup back
 *           under its name, visible → the state sheet.
 * Everything goes through one WriteBatch: as few requests as the payload budget allows.
 */
import type { RunOutcome, SheetPatch, UndoOutcome, WorkbookState } from '../core';
import { STATE_SHEET, encodeState } from '../core';
import type { HostAbilities } from './host';
import { callBytes } from './payload';
import type { WorkbookRead } from './read-workbook';
import { WriteBatch } from './write-batch';
import { writeSheet } from './write-sheet';
import { writeFormatGroups, writeNumberFormats, writeValues } from './write-cells';

export async function writePatch(batch: WriteBatch, context: Excel.RequestContext, patch: SheetPatch, rangeAreas: boolean): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(patch.sheet);
  for (const block of patch.values) await writeValues(batch, sheet, block);
  const numberFormats = patch.cells.flatMap((c) => (c.format.numberFormat !== undefined ? [{ row: c.row, col: c.col, numberFormat: c.format.numberFormat }] : []));
  await writeNumberFormats(batch, sheet, numberFormats);
  await writeFormatGroups(batch, sheet, patch.formats, rangeAreas);
}

async function writeState(batch: WriteBatch, context: Excel.RequestContext, state: WorkbookState, exists: boolean): Promise<void> {
  const rows = encodeState(state);
  await batch.reserve(callBytes(STATE_SHEET) * 3);
  const sheet = exists ? context.workbook.worksheets.getItem(STATE_SHEET) : context.workbook.worksheets.add(STATE_SHEET);
  if (exists) sheet.getUsedRange(false).clear('Contents');
  await writeValues(batch, sheet, { top: 0, left: 0, values: rows });
  await batch.reserve(callBytes('VeryHidden'));
  sheet.visibility = 'VeryHidden';
}

function has(names: string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

export async function carryOutRun(context: Excel.RequestContext, abilities: HostAbilities, book: WorkbookRead, outcome: RunOutcome): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas);
  const sheets = context.workbook.worksheets;
  let order = book.sheets.map((s) => s.name);
  for (const name of outcome.deleteSheets) {
    await batch.reserve(callBytes(name));
    sheets.getItem(name).delete();
    order = order.filter((n) => n.toLowerCase() !== name.toLowerCase());
  }
  for (const { name, backup } of outcome.backups) {
    await batch.reserve(callBytes(name) * 2);
    const sheet = sheets.getItem(name);
    sheet.name = backup;
    sheet.visibility = 'VeryHidden';
    order = order.map((n) => (n === name ? backup : n));
  }
  for (const content of outcome.sheets) {
    const replaced = outcome.backups.find((b) => b.name === content.name);
    let position: number | undefined;
    if (replaced) {
      position = order.indexOf(replaced.backup);
      order.splice(position, 0, content.name);
    } else order.push(content.name);
    await writeSheet(batch, context, content, abilities.rangeAreas, position);
  }
  for (const patch of outcome.patches) await writePatch(batch, context, patch, abilities.rangeAreas);
  await writeState(batch, context, outcome.state, has(order, STATE_SHEET));
  await batch.flush();
  return batch.requests;
}

export async function carryOutUndo(context: Excel.RequestContext, abilities: HostAbilities, book: WorkbookRead, undo: UndoOutcome): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas);
  const sheets = context.workbook.worksheets;
  let order = book.sheets.map((s) => s.name);
  const placeOf = new Map(undo.restoreSheets.map((r) => [r.backup, order.findIndex((n) => n.toLowerCase() === r.name.toLowerCase())]));
  for (const patch of undo.patches) await writePatch(batch, context, patch, abilities.rangeAreas);
  for (const name of undo.deleteSheets) {
    await batch.reserve(callBytes(name));
    sheets.getItem(name).delete();
    order = order.filter((n) => n.toLowerCase() !== name.toLowerCase());
  }
  for (const { backup, name } of undo.restoreSheets) {
    await batch.reserve(callBytes(name) * 3);
    const sheet = sheets.getItem(backup);
    sheet.name = name;
    sheet.visibility = 'Visible';
    const was = placeOf.get(backup) ?? -1;
    if (was >= 0) {
      order = order.filter((n) => n !== backup);
      const at = Math.min(was, order.length);
      order.splice(at, 0, name);
      sheet.position = at;
    }
  }
  await writeState(batch, context, undo.state, has(order, STATE_SHEET));
  await batch.flush();
  return batch.requests;
}
