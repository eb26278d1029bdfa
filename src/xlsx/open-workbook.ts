/** Opening an .xlsx file with ExcelJS; every way it can fail is told as an InputError. */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { InputError } from '../core';
import { checkWorkbookBytes } from './file-kind';
import { rememberDefaultFont } from './default-font';
import { rememberProtection } from './protection';
import { keepPrintSetup } from './print-setup';

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file as read, to copy it unchanged when scoring again changes nothing. */
  bytes: Buffer;
  /** What the workbook holds that the scored copy will not (charts, pivot tables, macros …). */
  unkept: string[];
}

export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.promises.stat(path);
    if (stat.isDirectory()) throw new InputError(`'${path}' is a folder, not an Excel workbook.`);
    return await fs.promises.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Cannot find '${path}': check the file name and folder.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Cannot read '${path}': permission denied.`);
    if (code === 'EBUSY') throw new InputError(`Cannot read '${path}': another program (Excel?) has it locked; close it and try again.`);
    throw e;
  }
}

export async function loadWorkbook(bytes: Buffer, shownPath: string): Promise<OpenedWorkbook> {
  const { unkept } = checkWorkbookBytes(bytes, shownPath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
    throw new InputError(`'${shownPath}' is damaged and cannot be read as an Excel workbook (${reason}): open it in Excel, let it repair the file, save it and try again.`);
  }
  rememberDefaultFont(workbook, bytes);
  rememberProtection(workbook, bytes);
  keepPrintSetup(workbook, bytes);
  return { workbook, bytes, unkept };
}
