/** Small workbooks and folders for the command line's and the adapter's tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Area, CellValue } from '../../src/core/model';
import { writeExample, EXAMPLE_WORKBOOK } from '../../examples/build/write-example';

export { EXAMPLE_WORKBOOK, writeExample };

export interface FixtureSheet {
  name: string;
  values: CellValue[][];
  merges?: Area[];
  state?: ExcelJS.WorksheetState;
}

/** A workbook holding the given values (and merged areas) as an .xlsx file's bytes. */
export async function xlsxFromGrids(sheets: FixtureSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2021-01-29T09:30:00Z');
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(prefix = 'scorecard-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The example workbook copied into a folder (so a test never writes beside the committed one). */
export function copyExample(dir: string, name = 'st-helens-2020-21.xlsx'): string {
  const file = path.join(dir, name);
  fs.copyFileSync(EXAMPLE_WORKBOOK, file);
  return file;
}

/** Files in a folder, sorted: to show that nothing was left behind. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
