/** The workbook as the bytes of an .xlsx file. */
import type ExcelJS from 'exceljs';

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
