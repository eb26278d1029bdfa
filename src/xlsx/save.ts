/** The workbook as the bytes of an .xlsx file. */
import type ExcelJS from 'exceljs';
import { keepDefaultFont } from './default-font';

interface ZipWriterPrototype {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

let zipPatched = false;

/**
 * ExcelJS hands each part to JSZip as a JavaScript string, and JSZip cuts strings into blocks of 16,384
 * UTF-16 code units before encoding them as UTF-8: a character outside the Basic Multilingual Plane
 * (an emoji, 𝔸) that straddles a block boundary has its surrogate pair split, and both halves are
 * written as U+FFFD — an analyst's "🏠-220" comes back as "��-220" (found by the corpus, issue 8).
 * The parts are handed over as UTF-8 bytes instead, as ExcelJS already does in the browser.
 */
function encodePartsAsBytes(): void {
  if (zipPatched) return;
  zipPatched = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ZipWriter } = require('exceljs/lib/utils/zip-stream') as { ZipWriter: { prototype: ZipWriterPrototype } };
  const append = ZipWriter.prototype.append;
  ZipWriter.prototype.append = function (this: ZipWriterPrototype, data, options) {
    const bytes = typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data;
    append.call(this, bytes, options);
  };
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  encodePartsAsBytes();
  keepDefaultFont(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
