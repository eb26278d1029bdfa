/**
 * An ExcelJS cell's value as the engine reads it: what the cell holds, text kept as text.
 * Rich text → its plain text; a formula → its cached result; a hyperlink → its text;
 * a date → its Excel serial number; an error → its text ("#N/A").
 */
import ExcelJS from 'exceljs';
import { DATE_1904_OFFSET, type CellValue } from '../core';

const MS_PER_DAY = 24 * 3600 * 1000;
/** 1970-01-01 as an Excel serial number (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;

/** A JavaScript date as Excel's serial number (days since 1899-12-30, or 1904-01-01). */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

type Raw = ExcelJS.CellValue | ExcelJS.CellRichTextValue['richText'] | undefined;

export function plainValue(v: Raw, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (Array.isArray(v)) return v.map((run) => run.text).join('');
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map((run) => run.text).join('');
  if ('hyperlink' in v) return plainValue(v.text as Raw, date1904);
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result as Raw, date1904);
  return null;
}

/** Whether the cell is part of a merged area but not its top-left cell (it holds nothing of its own). */
export function isMergedAway(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge && cell.master !== cell;
}

/** The value the cell itself holds; a merged area's other cells hold nothing. */
export function cellValue(cell: ExcelJS.Cell, date1904 = false): CellValue {
  if (isMergedAway(cell)) return null;
  return plainValue(cell.value, date1904);
}

/** The cell's formula as Excel shows it ("=SUM(A1:A3)"), shared formulas translated; undefined if none. */
export function cellFormula(cell: ExcelJS.Cell): string | undefined {
  if (isMergedAway(cell) || cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const f = cell.formula;
  return f ? `=${f}` : undefined;
}
