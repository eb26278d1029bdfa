/**
 * Checks made before anything is written, so that a run that cannot finish changes nothing: the host
 * is recent enough, no sheet the plan writes to is protected, and the workbook's structure is not
 * locked when sheets must be added, renamed, hidden or deleted.
 */
import { STATE_SHEET, sameSheetName } from '../core';
import { MIN_EXCEL_API, type ExcelHost } from './host';
import {
  filteredSheetProblem,
  protectedSheetProblem,
  protectedWorkbookProblem,
  unsupportedHostProblem,
} from './problems';
import type { WorkbookRead } from './read-workbook';

export function requireSupportedHost(host: ExcelHost): void {
  if (!host.isSetSupported('ExcelApi', MIN_EXCEL_API)) throw unsupportedHostProblem();
}

export function requireWritable(
  book: Pick<WorkbookRead, 'sheets' | 'structureProtected'>,
  writesTo: string[],
  changesSheets: boolean,
): void {
  const targets = [...writesTo, STATE_SHEET];
  const locked = book.sheets.find((s) => s.protected && targets.some((t) => sameSheetName(t, s.name)));
  if (locked) throw protectedSheetProblem(locked.name);
  if (changesSheets && book.structureProtected) throw protectedWorkbookProblem();
}

/**
 * No write across rows a filter hides (ExcelApi 1.9, where Office.js says which sheets are filtered):
 * Excel was reported to misplace a range's values written across a filter (office-js issue 224, whose
 * workaround is to clear the filter first). A sheet of the analyst's (`theirs`) with a filter on is
 * refused, in one sentence, before anything is written: the filter is theirs to clear. A sheet of the
 * product's regenerated in place (`ours`) has its sheet AutoFilter removed by the write itself
 * (write-sheet.ts), since the whole sheet is rewritten anyway; an Excel table filtered on it is refused.
 */
export function requireUnfiltered(book: Pick<WorkbookRead, 'sheets'>, theirs: string[], ours: string[]): void {
  for (const s of book.sheets) {
    if (!s.filtered) continue;
    const mine = ours.some((n) => sameSheetName(n, s.name));
    if (mine ? s.filtered === 'table' : theirs.some((n) => sameSheetName(n, s.name)))
      throw filteredSheetProblem(s.name, s.filtered);
  }
}
