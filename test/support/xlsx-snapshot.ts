/**
 * A picture of an .xlsx workbook read with ExcelJS, in the front-end-neutral shape of
 * workbook-snapshot.ts (value, formula, number format, fill, font colour, bold per cell), plus each
 * cell's full style for the strictest comparisons.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/model';
import { cellAddress } from '../../src/core/a1';
import { cellFormula, cellValue, colourHex, fillHex, mergedAreas, themeColours, usesDate1904 } from '../../src/xlsx';
import { areaAddress } from '../../src/core/a1';
import type { CellSnap, SheetSnap, WorkbookSnap } from './workbook-snapshot';

export async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function cellSnap(cell: ExcelJS.Cell, theme: string[], date1904: boolean): CellSnap {
  const style = cell.style ?? {};
  const snap: CellSnap = {
    value: cellValue(cell, date1904),
    numberFormat: style.numFmt || 'General',
    fill: fillHex(style.fill, theme),
    fontColor: colourHex(style.font?.color, theme),
    bold: Boolean(style.font?.bold),
  };
  if (style.alignment?.shrinkToFit) snap.shrinkToFit = true;
  const formula = cellFormula(cell);
  if (formula) snap.formula = formula;
  return snap;
}

function isPlain(s: CellSnap): boolean {
  return (
    s.value === null &&
    !s.formula &&
    s.numberFormat === 'General' &&
    s.fill === null &&
    s.fontColor === null &&
    !s.bold &&
    !s.shrinkToFit
  );
}

export function snapshotSheet(sheet: ExcelJS.Worksheet, theme: string[], date1904 = false): SheetSnap {
  const cells: Record<string, CellSnap> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const snap = cellSnap(cell, theme, date1904);
      if (!isPlain(snap)) cells[cell.address] = snap;
    });
  });
  return {
    name: sheet.name,
    visibility: sheet.state === 'veryHidden' ? 'veryHidden' : sheet.state === 'hidden' ? 'hidden' : 'visible',
    cells,
    merges: mergedAreas(sheet).map(areaAddress).sort(),
  };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnap {
  const theme = themeColours(wb);
  const date1904 = usesDate1904(wb);
  return wb.worksheets.map((s) => snapshotSheet(s, theme, date1904));
}

/** Every cell's value by A1 address, blanks left out. */
export function sheetValues(sheet: ExcelJS.Worksheet): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (v !== null && v !== '') out.set(cellAddress(r - 1, c - 1), v);
    });
  });
  return out;
}

/** A style as plain sorted JSON, to compare two cells' whole formats (font, fill, borders, alignment …). */
export function styleJson(cell: ExcelJS.Cell): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, sort(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(cell.style ?? {}));
}

/** Every cell's whole style by A1 address (cells with no style left out). */
export function sheetStyles(sheet: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const s = styleJson(cell);
      if (s !== '{}') out.set(cell.address, s);
    });
  });
  return out;
}
