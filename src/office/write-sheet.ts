/**
 * A generated sheet written in full: values as one block, number formats, format groups, merges,
 * column widths, frozen panes, tab colour and links. A sheet that exists already is regenerated in
 * place (issue 9): the same sheet object, its used range unmerged and cleared of everything (values,
 * formats, links), then written — never renamed or deleted, because Excel moves the analyst's formulas
 * that refer to a renamed sheet along with it, and turns them into #REF! when it is deleted
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 ,
 * https://learn.microsoft.com/office/troubleshoot/excel/ref-error-when-deleting-sheet).
 */
import type { SheetContent } from '../core';
import { areaAddress, cellAddress } from '../core';
import { charsToPoints } from './formats';
import { callBytes } from './payload';
import type { WriteBatch } from './write-batch';
import { writeFormats, writeLinks, writeValues } from './write-cells';

export async function writeSheet(
  batch: WriteBatch,
  context: Excel.RequestContext,
  content: SheetContent,
  rangeAreas: boolean,
  inPlace = false,
  /** The sheet, regenerated in place, has an AutoFilter hiding rows: removed first (guards.ts, requireUnfiltered). */
  filtered = false,
): Promise<void> {
  await batch.reserve(callBytes(content.name) * 3);
  const sheet = inPlace
    ? context.workbook.worksheets.getItem(content.name)
    : context.workbook.worksheets.add(content.name);
  if (inPlace) {
    await batch.reserve(callBytes(content.name) * 4);
    if (filtered) sheet.autoFilter.remove();
    const used = sheet.getUsedRange(false);
    used.unmerge();
    used.clear('All');
    if (!content.freeze || (content.freeze.rows === 0 && content.freeze.cols === 0)) sheet.freezePanes.unfreeze();
    if (!content.tabColor) sheet.tabColor = '';
  }
  await writeValues(batch, sheet, content.values);
  await writeFormats(batch, sheet, content.formats, rangeAreas);
  for (const m of content.merges) {
    await batch.reserve(callBytes(areaAddress(m)));
    sheet.getRange(areaAddress(m)).merge(false);
  }
  await writeColumnWidths(batch, sheet, content.columnWidths);
  if (content.freeze && (content.freeze.rows > 0 || content.freeze.cols > 0)) {
    await batch.reserve(callBytes('A1:B2'));
    const { rows, cols } = content.freeze;
    if (cols === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(cols);
    else sheet.freezePanes.freezeAt(areaAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
  }
  if (content.tabColor) {
    await batch.reserve(callBytes(content.tabColor));
    sheet.tabColor = `#${content.tabColor}`;
  }
  const block = content.values;
  const textAt = (row: number, col: number) => {
    const v = block.values[row - block.top]?.[col - block.left];
    return v === null || v === undefined || typeof v === 'object' ? cellAddress(row, col) : String(v);
  };
  await writeLinks(batch, sheet, content.links, textAt, rangeAreas);
}

/** Neighbouring columns of the same width set together. */
async function writeColumnWidths(batch: WriteBatch, sheet: Excel.Worksheet, widths: number[]): Promise<void> {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const address = areaAddress({ top: 0, left: start, bottom: 0, right: c - 1 });
    await batch.reserve(callBytes(address));
    sheet.getRange(address).format.columnWidth = charsToPoints(widths[start]);
    start = c;
  }
}
