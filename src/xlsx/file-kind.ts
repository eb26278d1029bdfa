/**
 * What kind of file the analyst gave: an Excel workbook (.xlsx), or something else told in one
 * plain-English sentence — an old .xls, a password-protected workbook, a damaged file, a text file.
 * Decided from the bytes, not the file name.
 */
import { InputError } from '../core';
import { zipEntryNames } from './package/zip';
import { checkSheetParts } from './package-parts';

/** Compound File Binary (OLE2): old .xls files, and .xlsx files encrypted with a password. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
/** An encrypted workbook keeps its encryption details in a stream of this name (UTF-16 in the directory). */
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

/** Parts a workbook can hold that the command line cannot carry over into the scored copy. */
const UNKEPT_PARTS: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: 'charts' },
  { pattern: /^xl\/(pivotTables|pivotCache)\//, what: 'pivot tables' },
  { pattern: /^xl\/slicers?\/|^xl\/slicerCaches\//, what: 'slicers' },
  { pattern: /^xl\/vbaProject\.bin$/, what: 'macros' },
  { pattern: /^xl\/externalLinks\//, what: 'links to other workbooks' },
  { pattern: /^xl\/ctrlProps\//, what: 'form controls' },
];

export interface WorkbookFile {
  /** Things in the workbook the scored copy will not have (ExcelJS cannot write them). */
  unkept: string[];
}

/**
 * Checks the bytes are an .xlsx workbook; throws an InputError saying what the file is otherwise.
 * With `sheetParts: false` the sheets' parts are not inflated here (the package path checks each as
 * it reads it, and a no-change rescore reads none).
 */
export function checkWorkbookBytes(
  bytes: Buffer,
  shownPath: string,
  check: { sheetParts?: boolean } = {},
): WorkbookFile {
  const name = `'${shownPath}'`;
  if (bytes.length === 0) throw new InputError(`${name} is empty: it is not an Excel workbook (.xlsx).`);
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    if (bytes.includes(ENCRYPTION_STREAM)) {
      throw new InputError(
        `${name} is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.`,
      );
    }
    throw new InputError(
      `${name} is an old-style Excel file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
    );
  }
  if (!bytes.subarray(0, 2).equals(ZIP_MAGIC)) {
    throw new InputError(
      `${name} is not an Excel workbook (.xlsx)${looksLikeText(bytes) ? ': it holds plain text' : ''}. Save it from Excel as an Excel Workbook (.xlsx) and try again.`,
    );
  }
  const parts = zipEntryNames(bytes);
  if (!parts)
    throw new InputError(
      `${name} is damaged and cannot be read as an Excel workbook: the file is incomplete or corrupt.`,
    );
  if (!parts.includes('xl/workbook.xml')) {
    throw new InputError(`${name} is a zip file but not an Excel workbook (.xlsx)${otherOfficeKind(parts)}.`);
  }
  // An .xlsx named .xls: Excel warns its format and extension do not match, and the scored copy was named
  // "f7.xls-scored.xlsx" (fresh-user check 7, item 10). Refused, plainly, before anything is written.
  if (/\.xls$/i.test(shownPath))
    throw new InputError(
      `${name} is named .xls, the old Excel format, but holds an .xlsx workbook: save it as .xlsx (or rename it so) and try again.`,
    );
  if (check.sheetParts !== false) checkSheetParts(bytes, parts, shownPath);
  const unkept = UNKEPT_PARTS.filter((u) => parts.some((p) => u.pattern.test(p))).map((u) => u.what);
  return { unkept };
}

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512);
  return !head.includes(0) && /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(head.toString('utf8'));
}

function otherOfficeKind(parts: string[]): string {
  if (parts.includes('word/document.xml')) return ' (it is a Word document)';
  if (parts.includes('ppt/presentation.xml')) return ' (it is a PowerPoint presentation)';
  if (parts.includes('content.xml')) return ' (it is an OpenDocument file: save it as .xlsx)';
  return '';
}
