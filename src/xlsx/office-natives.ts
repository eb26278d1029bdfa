/**
 * What an add-in journal kept of an owned cell beyond its value and format (CellSnapshot.native of kind
 * 'office', issue 8 item 6) — its hyperlink, its fill pattern, its rich text — in the file's terms, so the
 * command line's undo of a scoring made by the add-in gives them back as the add-in's own undo does.
 */
import type ExcelJS from 'exceljs';
import type { OfficeFillPattern, OfficeHyperlink, OfficeTextRun } from '../core';
import { INDEXED, OFFICE_THEME, withTint } from './colours';

/**
 * Excel.FillPattern (Office.js, ExcelApi 1.9) → the file's ST_PatternType (ECMA-376 §18.18.55), as Excel
 * pairs them in Format Cells > Fill > Pattern Style (the VBA XlPattern of the same names): Gray75 is "75%
 * Gray" (darkGray), Gray16 "12.5% Gray" (gray125), Gray8 "6.25% Gray" (gray0625), Checker "Diagonal
 * crosshatch" (darkGrid), SemiGray75 "Thick diagonal crosshatch" (darkTrellis), Grid "Thin horizontal
 * crosshatch" (lightGrid), CrissCross "Thin diagonal crosshatch" (lightTrellis); Down / Up are the
 * reverse diagonal and diagonal stripes.
 */
export const OOXML_PATTERN: Readonly<Record<string, string>> = {
  Solid: 'solid',
  Gray75: 'darkGray',
  Gray50: 'mediumGray',
  Gray25: 'lightGray',
  Gray16: 'gray125',
  Gray8: 'gray0625',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
};

/** The file's ST_PatternType → Excel.FillPattern (the inverse of OOXML_PATTERN). */
export const OFFICE_PATTERN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(OOXML_PATTERN).map(([office, ooxml]) => [ooxml, office]),
);

/**
 * A pattern fill over the fill colour `fill` (RRGGBB, null: white) as an ExcelJS fill: in the file the
 * pattern's colour is the fill's foreground (automatic: indexed 64) and the colour under it the
 * background. Undefined for a pattern name Office.js does not give.
 */
export function patternFillOf(pattern: OfficeFillPattern, fill: string | null): ExcelJS.FillPattern | undefined {
  const type = OOXML_PATTERN[pattern.pattern];
  if (!type) return undefined;
  return {
    type: 'pattern',
    pattern: type as ExcelJS.FillPatterns,
    fgColor: pattern.patternColor ? { argb: `FF${pattern.patternColor}` } : ({ indexed: 64 } as Partial<ExcelJS.Color>),
    bgColor: { argb: `FF${fill ?? 'FFFFFF'}` },
  };
}

/** A `<fgColor>` / `<bgColor>` element's colour as RRGGBB; null for automatic (indexed 64, 65) or none. */
function colourOfElement(xml: string, tag: string, theme: string[]): string | null {
  const m = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)/?>`).exec(xml);
  if (!m) return null;
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
  const rgb = attr('rgb');
  if (rgb && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) return rgb.slice(-6).toUpperCase();
  const t = attr('theme');
  if (t !== undefined && theme[Number(t)]) return withTint(theme[Number(t)], Number(attr('tint') ?? 0));
  const i = attr('indexed');
  return i !== undefined && Number(i) < 64 ? (INDEXED[Number(i)] ?? null) : null;
}

/**
 * A fill of styles.xml (`<fill><patternFill patternType="lightGray">…`) as the add-in keeps a pattern
 * (OfficeFillPattern) and the fill colour under it (its background; white or automatic: null, as Office.js
 * reads no fill), so that either front end's undo puts back a pattern the command line's scoring overwrote.
 * Undefined for a solid fill, no fill, or a gradient. Colours by theme are taken in Office's default theme.
 */
export function officePatternOf(
  fillXml: string | undefined,
  theme: string[] = OFFICE_THEME,
): { pattern: OfficeFillPattern; under: string | null } | undefined {
  if (!fillXml) return undefined;
  const type = /<(?:\w+:)?patternFill\b[^>]*?\bpatternType="([^"]+)"/.exec(fillXml)?.[1];
  const office = type ? OFFICE_PATTERN[type] : undefined;
  if (!office || office === 'Solid') return undefined;
  const colour = colourOfElement(fillXml, 'fgColor', theme);
  const under = colourOfElement(fillXml, 'bgColor', theme);
  return {
    pattern: colour && colour !== '000000' ? { pattern: office, patternColor: colour } : { pattern: office },
    under: under === 'FFFFFF' ? null : under,
  };
}

/** A link as the add-in kept it (an address, or a place in the workbook) as an ExcelJS hyperlink target. */
export function linkTargetOf(link: OfficeHyperlink): string | undefined {
  if (link.address) return link.address;
  if (link.documentReference) return `#${link.documentReference}`;
  return undefined;
}

/** Excel.RangeUnderlineStyle → ExcelJS's underline. */
const UNDERLINE: Record<string, ExcelJS.Font['underline']> = {
  None: 'none',
  Single: 'single',
  Double: 'double',
  SingleAccountant: 'singleAccounting',
  DoubleAccountant: 'doubleAccounting',
};

/**
 * Runs of fonts as the add-in kept them (Excel.RangeTextRun, ExcelApi 1.18: only the font properties
 * that differ between the runs) as ExcelJS rich text over the cell's own font `base`.
 */
export function richTextOf(runs: OfficeTextRun[], base: Partial<ExcelJS.Font> | undefined): ExcelJS.CellRichTextValue {
  return {
    richText: runs.map((r) => {
      const font: Partial<ExcelJS.Font> = { ...(base ?? {}) };
      const f = r.font ?? {};
      if (typeof f.bold === 'boolean') font.bold = f.bold;
      if (typeof f.italic === 'boolean') font.italic = f.italic;
      if (typeof f.strikethrough === 'boolean') font.strike = f.strikethrough;
      if (typeof f.size === 'number') font.size = f.size;
      if (typeof f.name === 'string') font.name = f.name;
      if (typeof f.color === 'string') font.color = { argb: `FF${f.color.replace(/^#/, '').toUpperCase()}` };
      if (typeof f.underline === 'string' && UNDERLINE[f.underline]) font.underline = UNDERLINE[f.underline];
      if (f.superscript === true) font.vertAlign = 'superscript';
      else if (f.subscript === true) font.vertAlign = 'subscript';
      return { text: r.text, font };
    }),
  };
}
