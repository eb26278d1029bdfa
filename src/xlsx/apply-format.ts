/**
 * Carrying out a CellFormat on an ExcelJS cell. Only the properties the format names are touched
 * (fill null = no fill; fontColor null = automatic, keeping the rest of the font).
 *
 * ExcelJS shares one style object between every cell read with the same style, so a style is never
 * mutated: the cell gets a new style object, and new font / alignment / fill objects.
 */
import type ExcelJS from 'exceljs';
import type { CellFormat, FormatGroup } from '../core';
import { defaultFont } from './default-font';
import { setsFont } from './package/styles';

type Style = Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const V_ALIGN: Record<NonNullable<CellFormat['vAlign']>, ExcelJS.Alignment['vertical']> = {
  top: 'top',
  center: 'middle',
  bottom: 'bottom',
};

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: argb(hex) },
    bgColor: { indexed: 64 } as Partial<ExcelJS.Color>,
  };
}

/**
 * The style a cell has once the format is applied (a new object; the old one is left as it was).
 * A cell without a font of its own gets one built on `baseFont`, the workbook's default.
 */
export function styleWith(style: Style, f: CellFormat, baseFont: Partial<ExcelJS.Font> = {}): Style {
  const next: Style = { ...style };
  if (f.numberFormat !== undefined) next.numFmt = f.numberFormat;
  if (f.fill !== undefined) {
    if (f.fill === null) delete next.fill;
    else next.fill = solidFill(f.fill);
  }
  if (setsFont(f)) {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? baseFont) };
    if (f.fontColor === null) delete font.color;
    else if (f.fontColor !== undefined) font.color = { argb: argb(f.fontColor) };
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    if (f.underline !== undefined) font.underline = f.underline ? 'single' : 'none';
    if (f.fontSize !== undefined) font.size = f.fontSize;
    if (Object.keys(font).length === 0) delete next.font;
    else next.font = font;
  }
  if (f.hAlign !== undefined || f.vAlign !== undefined || f.wrap !== undefined || f.shrinkToFit !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(style.alignment ?? {}) };
    if (f.hAlign !== undefined) alignment.horizontal = f.hAlign;
    if (f.vAlign !== undefined) alignment.vertical = V_ALIGN[f.vAlign];
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    if (f.shrinkToFit !== undefined) alignment.shrinkToFit = f.shrinkToFit;
    next.alignment = alignment;
  }
  if (f.border === 'thin') next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return next;
}

export function applyFormat(cell: ExcelJS.Cell, f: CellFormat): void {
  cell.style = styleWith(cell.style ?? {}, f, defaultFont(cell.worksheet.workbook)) as ExcelJS.Style;
}

/** Each group's format on every cell of its areas. */
export function applyFormatGroups(sheet: ExcelJS.Worksheet, groups: FormatGroup[]): void {
  for (const group of groups) {
    for (const area of group.areas) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) applyFormat(sheet.getCell(r + 1, c + 1), group.format);
      }
    }
  }
}
