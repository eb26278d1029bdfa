/**
 * A planned CellFormat applied to a Range or RangeAreas format: fill, font, alignment, wrap, borders.
 * (Number formats are written as 2D arrays with the values: RangeAreas has no numberFormat.)
 * Absent properties are left alone; fill null clears the fill; font colour null is automatic (black).
 */
import type { CellFormat } from '../core';
import { callBytes } from './payload';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** True when the format sets anything besides the number format. */
export function hasStyle(f: CellFormat): boolean {
  return Object.keys(f).some((k) => k !== 'numberFormat');
}

/** How many calls applying the format queues (for payload estimates). */
export function styleCalls(f: CellFormat): number {
  let n = 0;
  for (const k of Object.keys(f)) if (k !== 'numberFormat') n += k === 'border' ? BORDER_EDGES.length * 2 : 1;
  return n;
}

export function styleBytes(f: CellFormat): number {
  return styleCalls(f) * callBytes('#FFFFFF');
}

export function applyStyle(format: Excel.RangeFormat, f: CellFormat): void {
  if (f.fill !== undefined) {
    if (f.fill === null) format.fill.clear();
    else format.fill.color = `#${f.fill}`;
  }
  if (f.fontColor !== undefined) format.font.color = f.fontColor === null ? '#000000' : `#${f.fontColor}`;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.underline !== undefined) format.font.underline = f.underline ? 'Single' : 'None';
  if (f.fontSize !== undefined) format.font.size = f.fontSize;
  if (f.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[f.hAlign];
  if (f.vAlign !== undefined) format.verticalAlignment = V_ALIGN[f.vAlign];
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  // ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-shrinktofit-member):
  // writeFormatGroups leaves it out below 1.9.
  if (f.shrinkToFit !== undefined) format.shrinkToFit = f.shrinkToFit;
  if (f.border === 'thin') {
    for (const edge of BORDER_EDGES) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#000000';
    }
  }
}

/** Column width: Excel's characters (of the default font) to the points Office.js sets. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A planned CellFormat (less its number format) as the `format` of Excel.SettableCellProperties, for
 * Range.setCellProperties (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesformat):
 * no fill is the fill pattern "None" (https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill),
 * automatic font colour is black as applyStyle writes it, a thin border is each cell's four edges.
 */
export function cellFormatProperties(f: CellFormat): Excel.CellPropertiesFormat {
  const out: Excel.CellPropertiesFormat = {};
  if (f.fill !== undefined) out.fill = f.fill === null ? { pattern: 'None' } : { color: `#${f.fill}` };
  const font: Excel.CellPropertiesFont = {};
  if (f.fontColor !== undefined) font.color = f.fontColor === null ? '#000000' : `#${f.fontColor}`;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.underline !== undefined) font.underline = f.underline ? 'Single' : 'None';
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (Object.keys(font).length > 0) out.font = font;
  if (f.hAlign !== undefined) out.horizontalAlignment = H_ALIGN[f.hAlign];
  if (f.vAlign !== undefined) out.verticalAlignment = V_ALIGN[f.vAlign];
  if (f.wrap !== undefined) out.wrapText = f.wrap;
  if (f.shrinkToFit !== undefined) out.shrinkToFit = f.shrinkToFit;
  if (f.border === 'thin') {
    const edge = { style: 'Continuous', color: '#000000' } as Excel.CellBorder;
    out.borders = { top: edge, bottom: edge, left: edge, right: edge };
  }
  return out;
}
