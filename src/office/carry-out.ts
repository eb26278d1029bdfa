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
import { writeFormats, writeValues } from './write-cells';

/** The owned cells of a sheet of indicator tables: value blocks, then formats by group. */
async function writePatch(batch: WriteBatch, context: Excel.RequestContext, patch: SheetPatch, rangeAreas: boolean): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(patch.sheet);
  for (const block of patch.values) await writeValues(batch, sheet, block);
  await writeFormats(batch, sheet, patch.formats, rangeAreas);
}

/**
 * The state sheet: added when missing, else its contents replaced. It is made very hidden only when it
 * is not already: hiding is a change of the workbook's structure, which a protected structure refuses.
 */
async function writeState(batch: WriteBatch, context: Excel.RequestContext, state: WorkbookState, book: WorkbookRead): Promise<void> {
  const existing = book.sheets.find((s) => sameName(s.name, STATE_SHEET));
  const rows = encodeState(state);
  await batch.reserve(callBytes(STATE_SHEET) * 3);
  const sheet = existing ? context.workbook.worksheets.getItem(STATE_SHEET) : context.workbook.worksheets.add(STATE_SHEET);
  if (existing) sheet.getUsedRange(false).clear('Contents');
  await writeValues(batch, sheet, { top: 0, left: 0, values: rows });
  if (existing?.visibility === 'VeryHidden') return;
  await batch.reserve(callBytes('VeryHidden'));
  sheet.visibility = 'VeryHidden';
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function has(names: string[], name: string): boolean {
  return names.some((n) => sameName(n, name));
}

/**
 * Deletes sheets (a run: the previous backups; undo: the sheets the run made) and gives the sheet order
 * left. Excel refuses, by design, to delete a very hidden sheet (office-js issue 365), and every backup
 * is very hidden: such a sheet is made merely hidden first, in the same request.
 */
async function deleteSheets(batch: WriteBatch, context: Excel.RequestContext, book: WorkbookRead, names: string[]): Promise<string[]> {
  for (const name of names) {
    const veryHidden = book.sheets.some((s) => sameName(s.name, name) && s.visibility === 'VeryHidden');
    await batch.reserve(callBytes(name) * (veryHidden ? 2 : 1));
    const sheet = context.workbook.worksheets.getItem(name);
    if (veryHidden) sheet.visibility = 'Hidden';
    sheet.delete();
  }
  return book.sheets.map((s) => s.name).filter((n) => !has(names, n));
}

export async function carryOutRun(context: Excel.RequestContext, abilities: HostAbilities, book: WorkbookRead, outcome: RunOutcome): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas);
  const sheets = context.workbook.worksheets;
  let order = await deleteSheets(batch, context, book, outcome.deleteSheets);
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
  await writeState(batch, context, outcome.state, book);
  await batch.flush();
  return batch.requests;
}

export async function carryOutUndo(context: Excel.RequestContext, abilities: HostAbilities, book: WorkbookRead, undo: UndoOutcome): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas);
  const sheets = context.workbook.worksheets;
  const placeOf = new Map(undo.restoreSheets.map((r) => [r.backup, book.sheets.findIndex((s) => sameName(s.name, r.name))]));
  for (const patch of undo.patches) await writePatch(batch, context, patch, abilities.rangeAreas);
  let order = await deleteSheets(batch, context, book, undo.deleteSheets);
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
  await writeState(batch, context, undo.state, book);
  await batch.flush();
  return batch.requests;
}
