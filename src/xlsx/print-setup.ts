/**
 * Print setup kept as the analyst left it (issue 8). ExcelJS reads a sheet's `<pageSetup>` filling in
 * every attribute the file left out with a default, and writes them all back: `horizontalDpi` and
 * `verticalDpi` 4294967295, `scale` 100, `copies` 1, and `firstPageNumber="1" useFirstPageNumber="1"` —
 * the last makes each sheet restart its page numbers at 1 when the whole workbook is printed. Right
 * after loading, the attributes the file did not have are taken out of the model again, so the sheet's
 * `<pageSetup>` is written back with the attributes it had. (Margins, print options, headers and
 * footers and fit-to-page come through ExcelJS unchanged; a sheet with no `<pageMargins>` gains
 * Excel's default "Normal" margins, which print the same.)
 */
import type ExcelJS from 'exceljs';
import { listedSheets } from './package-parts';
import { readZipEntry } from './package/zip';

/** pageSetup attributes (as in the file) → the ExcelJS model properties they become. */
const ATTRIBUTES: [string, string][] = [
  ['horizontalDpi', 'horizontalDpi'],
  ['verticalDpi', 'verticalDpi'],
  ['scale', 'scale'],
  ['fitToWidth', 'fitToWidth'],
  ['fitToHeight', 'fitToHeight'],
  ['firstPageNumber', 'firstPageNumber'],
  ['copies', 'copies'],
  ['paperSize', 'paperSize'],
  ['orientation', 'orientation'],
];

export function keepPrintSetup(workbook: ExcelJS.Workbook, bytes: Buffer): void {
  const workbookXml = readZipEntry(bytes, 'xl/workbook.xml')?.toString('utf8');
  const relsXml = readZipEntry(bytes, 'xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbookXml || !relsXml) return;
  for (const listed of listedSheets(workbookXml, relsXml)) {
    const sheet = workbook.getWorksheet(listed.name);
    if (!sheet || !listed.part) continue;
    const xml = readZipEntry(bytes, listed.part)?.toString('utf8') ?? '';
    const tag = /<(?:\w+:)?pageSetup\b[^>]*>/.exec(xml)?.[0] ?? '';
    const setup = sheet.pageSetup as unknown as Record<string, unknown>;
    for (const [attribute, property] of ATTRIBUTES) {
      if (!new RegExp(`\\s${attribute}\\s*=`).test(tag)) setup[property] = undefined;
    }
  }
}
