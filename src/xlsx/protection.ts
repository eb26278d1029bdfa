/**
 * Protection, as the add-in honours it: scoring never writes to a protected sheet, and never adds,
 * replaces or removes sheets in a workbook whose structure is protected (ExcelJS would also drop that
 * protection when writing). Refused in plain words, before anything is written.
 */
import type ExcelJS from 'exceljs';
import { InputError } from '../core';
import { readZipEntry } from './package/zip';

const structureLocked = new WeakMap<ExcelJS.Workbook, boolean>();

/** Remembers whether the workbook read from these bytes has its structure protected. */
export function rememberProtection(workbook: ExcelJS.Workbook, bytes: Buffer): void {
  const xml = readZipEntry(bytes, 'xl/workbook.xml')?.toString('utf8') ?? '';
  structureLocked.set(workbook, /<workbookProtection\b[^>]*\blockStructure="(1|true)"/.test(xml));
}

function isStructureLocked(workbook: ExcelJS.Workbook): boolean {
  return structureLocked.get(workbook) ?? false;
}

export function isSheetProtected(sheet: ExcelJS.Worksheet): boolean {
  const p = (sheet as unknown as { sheetProtection?: { sheet?: boolean | string | number } | null }).sheetProtection;
  return Boolean(p && p.sheet && p.sheet !== '0' && p.sheet !== 'false');
}

/** Throws an InputError when the writes would touch a protected sheet or a protected workbook structure. */
export function requireWritable(workbook: ExcelJS.Workbook, writesTo: string[], changesSheets: boolean): void {
  const targets = new Set(writesTo.map((s) => s.toLowerCase()));
  const locked = workbook.worksheets.find((s) => targets.has(s.name.toLowerCase()) && isSheetProtected(s));
  if (locked) {
    throw new InputError(
      `The sheet '${locked.name}' is protected, so its scores cannot be written there. Unprotect it in Excel (Review > Unprotect Sheet), save it and try again.`,
    );
  }
  if (changesSheets && isStructureLocked(workbook)) {
    throw new InputError(
      "The workbook's structure is protected, so the summary sheets cannot be added or replaced. Unprotect it in Excel (Review > Protect Workbook), save it and try again.",
    );
  }
}
