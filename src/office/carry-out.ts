/**
 * Carrying out what the core decided, exactly in the order docs/architecture.md gives. A run is
 * write-ahead (issue 9): the new state with its journal marked incomplete goes first (into the state
 * sheet's free pair of columns, then pointed at), then the changes, then the mark "complete" (one cell):
 *   a run:  the journal (incomplete) → delete /1 backups → regenerate the product's sheets in place (or
 *           add them) → the owned cells → "complete";
 *   undo:   "undoing" → the owned cells → delete the sheets the run created, write back the previous
 *           content of the ones it regenerated (/1: put backups back) → the state without the journal.
 * A failure at any sync leaves a journal that the next run or Undo finds and undoes. No sheet is
 * renamed or deleted in a normal refresh, so the analyst's formulas referring to the summaries keep
 * working, and Excel can group a scoring as one undo step.
 * Everything goes through one WriteBatch: as few requests as the payload budget allows.
 */
import type { RunOutcome, SheetPatch, UndoOutcome, WorkbookState } from '../core';
import {
  JOURNAL_STATUS_ROW,
  STATE_POINTER,
  STATE_SHEET,
  encodeState,
  stateColumn,
  columnLetters,
  cellAddress,
  snapshotKey,
  sameSheetName,
  areaAddress,
} from '../core';
import type { HostAbilities } from './host';
import { callBytes } from './payload';
import type { WorkbookRead } from './read-workbook';
import { WriteBatch } from './write-batch';
import { writeSheet } from './write-sheet';
import { writeFormats, writeValues } from './write-cells';

/** The owned cells of a sheet of indicator tables: value blocks, then formats by group. */
async function writePatch(
  batch: WriteBatch,
  context: Excel.RequestContext,
  patch: SheetPatch,
  rangeAreas: boolean,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(patch.sheet);
  for (const block of patch.values) await writeValues(batch, sheet, block);
  await writeFormats(batch, sheet, patch.formats, rangeAreas);
}

/**
 * The state sheet: added when missing (very hidden at once), the new state written into the pair of
 * columns not in use, then cell C2 pointed at it — so that until that one cell is written the previous
 * state stands whole. Returns where the state now lies (its first column). Hiding is a change of the
 * workbook's structure, which a protected structure refuses: done only when the sheet is not already.
 */
async function writeState(
  batch: WriteBatch,
  context: Excel.RequestContext,
  state: WorkbookState,
  book: WorkbookRead,
): Promise<number> {
  const existing = book.sheets.find((s) => sameSheetName(s.name, STATE_SHEET));
  const rows = encodeState(state);
  await batch.reserve(callBytes(STATE_SHEET) * 3);
  const sheet = existing
    ? context.workbook.worksheets.getItem(STATE_SHEET)
    : context.workbook.worksheets.add(STATE_SHEET);
  if (existing?.visibility !== 'VeryHidden') {
    await batch.reserve(callBytes('VeryHidden'));
    sheet.visibility = 'VeryHidden';
  }
  const pointer = cellAddress(STATE_POINTER.row, STATE_POINTER.col);
  // A new sheet: point at the empty D:E first, so a state half-written in A:B is never read.
  const inUse = existing ? stateColumn(book.stateValues) : 3;
  if (!existing) {
    await batch.reserve(callBytes(pointer) * 2);
    sheet.getRange(pointer).values = [['D']];
  }
  const left = inUse === 0 ? 3 : 0;
  const oldRows = book.stateValues?.length ?? 0;
  if (existing && oldRows > 0) {
    const area = `${columnLetters(left)}1:${columnLetters(left + 1)}${oldRows}`;
    await batch.reserve(callBytes(area) * 2);
    sheet.getRange(area).clear('Contents');
  }
  await writeValues(batch, sheet, { top: 0, left, values: rows });
  await batch.reserve(callBytes(pointer) * 2);
  sheet.getRange(pointer).values = [[left === 0 ? 'A' : 'D']];
  if (existing && oldRows > 1) {
    // The pair no longer in use says so where a version that knows only A:B reads its format, so that it
    // refuses ("written by a newer version") rather than acting on a state that is out of date.
    const stale = cellAddress(1, inUse + 1);
    await batch.reserve(callBytes(stale) * 2 + 60);
    sheet.getRange(stale).values = [['superseded (see cell C2)']];
  }
  return left;
}

/** The journal's mark ("complete", "undoing"), one cell of the state in use at column `left`. */
async function markJournal(
  batch: WriteBatch,
  context: Excel.RequestContext,
  left: number,
  mark: string,
): Promise<void> {
  const address = cellAddress(JOURNAL_STATUS_ROW, left + 1);
  await batch.reserve(callBytes(address) * 2 + callBytes(mark));
  context.workbook.worksheets.getItem(STATE_SHEET).getRange(address).values = [[mark]];
}

/** A sheet whose AutoFilter hides rows (SheetInfo.filtered, ExcelApi 1.9). */
function filtered(book: WorkbookRead, name: string): boolean {
  return book.sheets.some((s) => sameSheetName(s.name, name) && s.filtered === 'sheet');
}

function has(names: string[], name: string): boolean {
  return names.some((n) => sameSheetName(n, name));
}

/**
 * Deletes sheets (a run: the previous backups; undo: the sheets the run made) and gives the sheet order
 * left. Excel refuses, by design, to delete a very hidden sheet (office-js issue 365), and every backup
 * is very hidden: such a sheet is made merely hidden first, in the same request.
 */
async function deleteSheets(
  batch: WriteBatch,
  context: Excel.RequestContext,
  book: WorkbookRead,
  names: string[],
): Promise<string[]> {
  for (const name of names) {
    const veryHidden = book.sheets.some((s) => sameSheetName(s.name, name) && s.visibility === 'VeryHidden');
    await batch.reserve(callBytes(name) * (veryHidden ? 2 : 1));
    const sheet = context.workbook.worksheets.getItem(name);
    if (veryHidden) sheet.visibility = 'Hidden';
    sheet.delete();
  }
  return book.sheets.map((s) => s.name).filter((n) => !has(names, n));
}

/**
 * Asks, in the request the writes begin with (no request of its own), whether the owned columns of each
 * sheet of indicator tables have conditional formats: Range.conditionalFormats.getCount() (ExcelApi 1.6).
 * Excel draws a conditional format's colours over the cell's own, so where one applies the analyst sees
 * it, not the scoring's RAG fill (RangeFill.color reads the cell's own fill whatever is shown). Returns,
 * once the batch has synced, the sheets that have one.
 */
async function askConditionalFormats(
  batch: WriteBatch,
  context: Excel.RequestContext,
  patches: SheetPatch[],
): Promise<() => string[]> {
  const asked: { sheet: string; count: OfficeExtension.ClientResult<number> }[] = [];
  for (const patch of patches) {
    const sheet = context.workbook.worksheets.getItem(patch.sheet);
    for (const b of patch.values) {
      if (b.values.length === 0 || b.values[0].length === 0) continue;
      const address = areaAddress({
        top: b.top,
        left: b.left,
        bottom: b.top + b.values.length - 1,
        right: b.left + b.values[0].length - 1,
      });
      await batch.reserve(callBytes(patch.sheet) + callBytes(address) + 60);
      asked.push({ sheet: patch.sheet, count: sheet.getRange(address).conditionalFormats.getCount() });
    }
  }
  return () => [...new Set(asked.filter((a) => a.count.value > 0).map((a) => a.sheet))];
}

/**
 * Carries out a run (see the top of this file). `seen`, when given, is told the sheets whose scored
 * columns have conditional formats Excel shows over the scoring's colours (askConditionalFormats).
 */
export async function carryOutRun(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  book: WorkbookRead,
  outcome: RunOutcome,
  seen?: { conditionalFormats?: string[] },
): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas, abilities.writeBudget);
  const journal = outcome.state.journal;
  const ahead: WorkbookState = journal ? { ...outcome.state, journal: { ...journal, complete: false } } : outcome.state;
  const left = await writeState(batch, context, ahead, book);
  const formatted = await askConditionalFormats(batch, context, outcome.patches);
  await deleteSheets(batch, context, book, outcome.deleteSheets);
  for (const content of outcome.sheets) {
    const inPlace = has(outcome.inPlace, content.name);
    await writeSheet(batch, context, content, abilities.rangeAreas, inPlace, inPlace && filtered(book, content.name));
  }
  for (const patch of outcome.patches) await writePatch(batch, context, patch, abilities.rangeAreas);
  const added = outcome.sheets.filter((s) => !has(outcome.inPlace, s.name)).length;
  if (added > 0 && !book.sheets.some((s) => sameSheetName(s.name, STATE_SHEET))) {
    // The state sheet, added first for the journal, goes back to the end, after the sheets added since.
    await batch.reserve(callBytes(STATE_SHEET) * 2);
    context.workbook.worksheets.getItem(STATE_SHEET).position = book.sheets.length + added;
  }
  if (journal) await markJournal(batch, context, left, 'complete');
  await batch.flush();
  if (seen) seen.conditionalFormats = formatted();
  return batch.requests;
}

/**
 * What an owned cell held besides its value and format, put back after the patch wrote them (issue 8
 * item 6), one range per cell since such cells are rare:
 * - its hyperlink, with Range.hyperlink (ExcelApi 1.7) without its text to display, so the value just
 *   written stays as it is (a linked number stays a number). Excel keeps a cell's link when its value is
 *   written, so this matters when the analyst or the other front end removed it since;
 * - its fill pattern, over the fill colour the patch just wrote: RangeFill.pattern and patternColor
 *   (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.rangefill). Below 1.9
 *   (`rangeAreas` false) none are written;
 * - its rich text, last, over the text and font the patch just wrote: setCellProperties' `textRuns`
 *   (ExcelApi 1.18, https://learn.microsoft.com/javascript/api/excel/excel.rangetextrun), only where the
 *   cell is given back the very text the runs make. Below 1.18 (a workbook scored in Excel on the web,
 *   undone in Excel 2019) the text comes back in the cell's own font.
 */
async function putBackLinksAndPatterns(
  batch: WriteBatch,
  context: Excel.RequestContext,
  patch: SheetPatch,
  undo: UndoOutcome,
  abilities: HostAbilities,
): Promise<void> {
  const patterns = abilities.rangeAreas;
  for (const c of patch.cells) {
    const shown = undo.shown.get(snapshotKey(patch.sheet, c.row, c.col));
    const native = shown?.native;
    if (native?.kind !== 'office') continue;
    const address = cellAddress(c.row, c.col);
    if (native.hyperlink) {
      const { textToDisplay: _text, ...link } = native.hyperlink;
      await batch.reserve(callBytes(link) + callBytes(patch.sheet) + callBytes(address));
      context.workbook.worksheets.getItem(patch.sheet).getRange(address).hyperlink = link;
    }
    if (patterns && native.fill) {
      await batch.reserve(callBytes(native.fill) + callBytes(patch.sheet) + callBytes(address));
      const fill = context.workbook.worksheets.getItem(patch.sheet).getRange(address).format.fill;
      fill.pattern = native.fill.pattern as Excel.FillPattern;
      if (native.fill.patternColor) fill.patternColor = `#${native.fill.patternColor}`;
    }
    if (abilities.textRuns && native.textRuns && native.textRuns.map((r) => r.text).join('') === shown!.value) {
      const item = { textRuns: native.textRuns } as Excel.SettableCellProperties;
      await batch.reserve(callBytes(item) + callBytes(patch.sheet) + callBytes(address));
      context.workbook.worksheets
        .getItem(patch.sheet)
        .getRange(address)
        .setCellProperties([[item]]);
    }
  }
}

export async function carryOutUndo(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  book: WorkbookRead,
  undo: UndoOutcome,
): Promise<number> {
  const batch = new WriteBatch(context, abilities.rangeAreas, abilities.writeBudget);
  const sheets = context.workbook.worksheets;
  // Should this undo fail part-way, the next one takes cells already put back as put back.
  if (!undo.unfinished) await markJournal(batch, context, stateColumn(book.stateValues), 'undoing');
  const placeOf = new Map(
    undo.restoreSheets.map((r) => [r.backup, book.sheets.findIndex((s) => sameSheetName(s.name, r.name))]),
  );
  for (const patch of undo.patches) {
    await writePatch(batch, context, patch, abilities.rangeAreas);
    await putBackLinksAndPatterns(batch, context, patch, undo, abilities);
  }
  let order = await deleteSheets(batch, context, book, undo.deleteSheets);
  for (const content of undo.rewriteSheets)
    await writeSheet(batch, context, content, abilities.rangeAreas, true, filtered(book, content.name));
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
