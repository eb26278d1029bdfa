/** Opening an .xlsx file with ExcelJS; every way it can fail is told as an InputError. */
import ExcelJS from 'exceljs';
import { InputError } from '../core';
import { checkWorkbookBytes } from './file-kind';
import { rememberDefaultFont } from './default-font';
import { rememberProtection } from './protection';
import { keepPrintSetup } from './print-setup';
export { readFileBytes } from './read-file';

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file as read, to copy it unchanged when scoring again changes nothing. */
  bytes: Buffer;
  /** What the workbook holds that the scored copy will not (charts, pivot tables, macros …). */
  unkept: string[];
}

export async function loadWorkbook(bytes: Buffer, shownPath: string): Promise<OpenedWorkbook> {
  const { unkept } = checkWorkbookBytes(bytes, shownPath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(
      `'${shownPath}' is damaged and cannot be read as an Excel workbook (${reason}): open it in Excel, let it repair the file, save it and try again.`,
    );
  }
  rememberDefaultFont(workbook, bytes);
  rememberProtection(workbook, bytes);
  keepPrintSetup(workbook, bytes);
  return { workbook, bytes, unkept };
}
