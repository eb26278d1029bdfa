/**
 * Checks made before anything is written, so that a run that cannot finish changes nothing: the host
 * is recent enough, no sheet the plan writes to is protected, and the workbook's structure is not
 * locked when sheets must be added, renamed, hidden or deleted.
 */
import { STATE_SHEET, sameSheetName } from '../core';
import { MIN_EXCEL_API, type ExcelHost } from './host';
import { protectedSheetProblem, protectedWorkbookProblem, unsupportedHostProblem } from './problems';
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
