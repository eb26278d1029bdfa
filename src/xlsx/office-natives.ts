/**
 * What an add-in journal kept of an owned cell beyond its value and format (CellSnapshot.native of kind
 * 'office', issue 8 item 6) — its hyperlink, its fill pattern, its rich text — in the file's terms, so the
 * command line's undo of a scoring made by the add-in gives them back as the add-in's own undo does.
 */
import type ExcelJS from 'exceljs';
import type { OfficeFillPattern, OfficeHyperlink, OfficeTextRun } from '../core';
import { INDEXED, OFFICE_THEME, withTint } from './colours';
import { escapeAttr, excelText } from './package/xml';

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

/** XML's five entities and character references, read back (the text of a `<t>` element). */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}

/** The value of an element's `val` attribute in `xml` (`<sz val="11"/>` → "11"), or undefined when absent. */
function valOf(xml: string, tag: string): string | undefined | null {
  const m = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)/?>`).exec(xml);
  if (!m) return undefined;
  return /\bval="([^"]*)"/.exec(m[1])?.[1] ?? null;
}

/** On/off elements (`<b/>`, `<b val="0"/>`): true, false, or undefined when absent. */
function flagOf(xml: string, tag: string): boolean | undefined {
  const v = valOf(xml, tag);
  return v === undefined ? undefined : !(v === '0' || v === 'false');
}

const UNDERLINE_OFFICE: Record<string, string> = {
  single: 'Single',
  double: 'Double',
  singleAccounting: 'SingleAccountant',
  doubleAccounting: 'DoubleAccountant',
  none: 'None',
};

/** A run's `<rPr>` as Excel.CellPropertiesFont (the properties it sets). */
function officeFontOf(rPr: string, theme: string[]): Record<string, string | number | boolean> {
  const font: Record<string, string | number | boolean> = {};
  for (const [tag, key] of [
    ['b', 'bold'],
    ['i', 'italic'],
    ['strike', 'strikethrough'],
  ] as const) {
    const f = flagOf(rPr, tag);
    if (f !== undefined) font[key] = f;
  }
  const u = valOf(rPr, 'u');
  if (u !== undefined) font.underline = UNDERLINE_OFFICE[u ?? 'single'] ?? 'Single';
  const sz = valOf(rPr, 'sz');
  if (sz) font.size = Number(sz);
  const name = valOf(rPr, 'rFont');
  if (name) font.name = name;
  const colour = colourOfElement(rPr, 'color', theme);
  if (colour) font.color = `#${colour}`;
  const vert = valOf(rPr, 'vertAlign');
  if (vert === 'superscript') font.superscript = true;
  if (vert === 'subscript') font.subscript = true;
  return font;
}

/**
 * A rich string of the file (the content of a shared string's `<si>` or an inline `<is>`: runs
 * `<r><rPr>…</rPr><t>…</t></r>`) as the add-in keeps rich text (issue 8 item 6, OfficeTextRun): each run's
 * text, and of its font only the properties that differ between the runs, a property a run does not set
 * being the cell's own (false, "None"). Undefined for plain text or a single run, or when nothing differs.
 * Phonetic runs (`<rPh>`) are not text of the cell.
 */
export function officeRunsOf(richXml: string, theme: string[] = OFFICE_THEME): OfficeTextRun[] | undefined {
  const body = richXml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  const runs: { text: string; font: Record<string, string | number | boolean> }[] = [];
  for (const m of body.matchAll(/<(?:\w+:)?r>([\s\S]*?)<\/(?:\w+:)?r>/g)) {
    const rPr = /<(?:\w+:)?rPr\b[\s\S]*?<\/(?:\w+:)?rPr>/.exec(m[1])?.[0] ?? '';
    const t = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/.exec(m[1]);
    runs.push({ text: unescapeExcelText(unescapeXml(t?.[1] ?? '')), font: officeFontOf(rPr, theme) });
  }
  if (runs.length < 2) return undefined;
  const unset: Record<string, string | boolean> = {
    bold: false,
    italic: false,
    strikethrough: false,
    underline: 'None',
    superscript: false,
    subscript: false,
  };
  const keys = new Set(runs.flatMap((r) => Object.keys(r.font)));
  const of = (r: (typeof runs)[number], k: string) => r.font[k] ?? unset[k];
  const differ = [...keys].filter((k) => new Set(runs.map((r) => JSON.stringify(of(r, k)))).size > 1);
  if (differ.length === 0) return undefined;
  return runs.map((r) => {
    const font: Record<string, string | number | boolean> = {};
    for (const k of differ) if (of(r, k) !== undefined) font[k] = of(r, k)!;
    return Object.keys(font).length ? { text: r.text, font } : { text: r.text };
  });
}

/** Excel's escapes of characters XML cannot hold (_x0001_), read back. */
function unescapeExcelText(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** Excel.RangeUnderlineStyle → the file's ST_UnderlineValues. */
const UNDERLINE_FILE: Record<string, string> = {
  Single: 'single',
  Double: 'double',
  SingleAccountant: 'singleAccounting',
  DoubleAccountant: 'doubleAccounting',
};

/**
 * A run's `<rPr>`: the cell's own font (`fontXml`, a `<font>` of styles.xml, its `name` as `rFont`) with the
 * run's properties over it — a run's properties stand alone in the file, so those it does not set are the
 * cell's rather than Excel's defaults.
 */
export function runPropertiesXml(fontXml: string | undefined, font: OfficeTextRun['font']): string {
  const inner = (fontXml ?? '')
    .replace(/^<(?:\w+:)?font\b[^>]*?(\/>|>)/, '')
    .replace(/<\/(?:\w+:)?font>$/, '')
    .replace(/<(\/?)(?:\w+:)?name\b/g, '<$1rFont');
  const children = new Map<string, string>();
  for (const m of inner.matchAll(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)) children.set(m[1], m[0]);
  const f = font ?? {};
  const flag = (tag: string, v: unknown) => {
    if (typeof v !== 'boolean') return;
    if (v) children.set(tag, `<${tag}/>`);
    else children.delete(tag);
  };
  flag('b', f.bold);
  flag('i', f.italic);
  flag('strike', f.strikethrough);
  if (typeof f.underline === 'string') {
    const u = UNDERLINE_FILE[f.underline];
    if (u) children.set('u', u === 'single' ? '<u/>' : `<u val="${u}"/>`);
    else children.delete('u');
  }
  if (typeof f.size === 'number') children.set('sz', `<sz val="${f.size}"/>`);
  if (typeof f.name === 'string') children.set('rFont', `<rFont val="${escapeAttr(f.name)}"/>`);
  if (typeof f.color === 'string') children.set('color', `<color rgb="FF${f.color.replace(/^#/, '').toUpperCase()}"/>`);
  if (f.superscript === true) children.set('vertAlign', '<vertAlign val="superscript"/>');
  else if (f.subscript === true) children.set('vertAlign', '<vertAlign val="subscript"/>');
  else if (f.superscript === false || f.subscript === false) children.delete('vertAlign');
  return `<rPr>${[...children.values()].join('')}</rPr>`;
}

/** An inline rich string's content (`<is>…</is>`) of the runs, each over the cell's font. */
export function richInlineXml(runs: OfficeTextRun[], fontXml: string | undefined): string {
  return `<is>${runs.map((r) => `<r>${runPropertiesXml(fontXml, r.font)}<t xml:space="preserve">${excelText(r.text)}</t></r>`).join('')}</is>`;
}

/** CT_Worksheet's elements that come after `<hyperlinks>` (ECMA-376 §18.3.1.99): a new one goes before the first. */
const AFTER_HYPERLINKS = [
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** A sheet part with `<hyperlink>` elements added to its `<hyperlinks>` (made where there is none). */
export function withHyperlinks(sheetXml: string, links: string[]): string {
  if (links.length === 0) return sheetXml;
  const close = /<\/((?:\w+:)?)hyperlinks>/.exec(sheetXml);
  if (close) return sheetXml.slice(0, close.index) + links.join('') + sheetXml.slice(close.index);
  let at = -1;
  for (const tag of AFTER_HYPERLINKS) {
    const m = new RegExp(`<(?:\\w+:)?${tag}\\b`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf('</');
  return `${sheetXml.slice(0, at)}<hyperlinks>${links.join('')}</hyperlinks>${sheetXml.slice(at)}`;
}
