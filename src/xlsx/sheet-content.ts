/**
 * Writing a sheet the product generates (SheetContent) in full: values (text always as text),
 * formats, merged areas, column widths, frozen rows, tab colour, links to cells — and, for people
 * reading it in any spreadsheet program, row heights for wrapped text and a print setup (landscape,
 * fit to the page width).
 */
import type ExcelJS from 'exceljs';
import { quoteSheetName, type SheetContent } from '../core';
import { applyFormatGroups, argb } from './apply-format';
import { fitWrappedRows } from './row-heights';
import { writeValue } from './write-values';

/** A reference Excel follows inside the workbook: #'Sheet name'!A5. */
export function internalLink(sheet: string, cell: string): string {
  return `#${quoteSheetName(sheet, 'always')}!${cell}`;
}

export function writeSheetContent(sheet: ExcelJS.Worksheet, content: SheetContent): void {
  const { top, left, values } = content.values;
  values.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null || v === '') return;
      writeValue(sheet.getCell(top + r + 1, left + c + 1), v);
    }),
  );
  for (const link of content.links) {
    const cell = sheet.getCell(link.row + 1, link.col + 1);
    if (cell.value === null || cell.value === undefined || cell.value === '') continue;
    cell.value = { text: String(cell.value), hyperlink: internalLink(link.sheet, link.cell) };
  }
  applyFormatGroups(sheet, content.formats);
  for (const m of content.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  content.columnWidths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  fitWrappedRows(sheet, content.merges);
  if (content.freeze && (content.freeze.rows > 0 || content.freeze.cols > 0)) {
    sheet.views = [{ state: 'frozen', xSplit: content.freeze.cols, ySplit: content.freeze.rows }];
  }
  if (content.tabColor) sheet.properties.tabColor = { argb: argb(content.tabColor) };
  sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
