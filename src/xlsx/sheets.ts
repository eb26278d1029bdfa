/**
 * Sheet-level steps of a run and of its undo: delete a sheet, put a regenerated sheet aside as a very
 * hidden backup, bring a backup back, add a generated sheet where the one it replaces stood — and keep
 * the sheet Excel opens on a visible one.
 */
import type ExcelJS from 'exceljs';
import { sameSheetName } from '../core';

type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** Sheet names are case-insensitive in Excel. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => sameSheetName(s.name, name));
}

export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((s) => s.name);
}

export function deleteSheet(workbook: ExcelJS.Workbook, name: string): void {
  const sheet = findSheet(workbook, name);
  if (sheet) workbook.removeWorksheet(sheet.id);
}

function setSelected(sheet: ExcelJS.Worksheet, selected: boolean): void {
  if (sheet.views?.length) sheet.views = sheet.views.map((v, i) => (i === 0 ? { ...v, tabSelected: selected } : v));
}

export function bringBack(workbook: ExcelJS.Workbook, backup: string, name: string): void {
  const sheet = findSheet(workbook, backup);
  if (!sheet) return;
  sheet.name = name;
  sheet.state = 'visible';
}

/**
 * A product sheet regenerated in place (issue 9): the same worksheet — its id (the file's sheetId),
 * name, position and visibility kept — emptied of cells, merges, column widths, frozen panes and tab
 * colour, ready to be written afresh. ExcelJS has no call for this: its row, column and merge stores
 * are reset as a new worksheet starts them.
 */
export function emptySheet(sheet: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const internals = sheet as unknown as { _rows: unknown[]; _columns: unknown; _merges: Record<string, unknown> };
  internals._rows = [];
  internals._columns = null;
  internals._merges = {};
  sheet.views = (sheet.views ?? []).map((v) => {
    const { xSplit: _x, ySplit: _y, topLeftCell: _t, ...rest } = v as unknown as Record<string, unknown>;
    return { ...rest, state: 'normal' } as unknown as ExcelJS.WorksheetView;
  });
  (sheet.properties as { tabColor?: unknown }).tabColor = undefined;
  return sheet;
}

/** A new sheet: at the end, or just before `before` (the backup of the sheet it replaces). */
export function addSheet(workbook: ExcelJS.Workbook, name: string, before?: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name) as Ordered;
  if (before) sheet.orderNo = (before as Ordered).orderNo - 0.5;
  renumber(workbook);
  return sheet;
}

function renumber(workbook: ExcelJS.Workbook): void {
  workbook.worksheets.forEach((s, i) => {
    (s as Ordered).orderNo = i;
  });
}

/** Excel must open on a visible sheet: when the active one is hidden now, the first visible one is. */
export function keepActiveSheetVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const visible = sheets.map((s) => s.state === 'visible' || s.state === undefined);
  const first = visible.indexOf(true);
  if (first < 0) return;
  const view = workbook.views?.[0];
  const active = view?.activeTab ?? 0;
  if (visible[active] && (!view || visible[view.firstSheet ?? 0])) return;
  const target = visible[active] ? active : first;
  const base = view ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' };
  workbook.views = [{ ...base, activeTab: target, firstSheet: first }];
  sheets.forEach((s, i) => setSelected(s, i === target));
}
