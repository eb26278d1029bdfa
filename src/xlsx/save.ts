/** The workbook as the bytes of an .xlsx file. */
import type ExcelJS from 'exceljs';
import { keepDefaultFont } from './default-font';

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  keepDefaultFont(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
