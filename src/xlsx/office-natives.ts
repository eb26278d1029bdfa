/**
 * What an add-in journal kept of an owned cell beyond its value and format (CellSnapshot.native of kind
 * 'office', issue 8 item 6) — its hyperlink, its fill pattern, its rich text — in the file's terms, so the
 * command line's undo of a scoring made by the add-in gives them back as the add-in's own undo does.
 */
import type ExcelJS from 'exceljs';
import type { OfficeFillPattern, OfficeHyperlink, OfficeTextRun } from '../core';
import { INDEXED, OFFICE_THEME, withTint } from './colours';
import { escapeAttr, excelText, parseXml, startTag, unescapeExcel } from './package/xml';

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

/** A `<fgColor>` / `<bgColor>` / `<color>` element's colour (its attributes) as RRGGBB; null for automatic (indexed 64, 65) or none. */
function colourOf(a: Record<string, string> | undefined, theme: string[]): string | null {
  if (!a) return null;
  const rgb = a.rgb;
  if (rgb && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) return rgb.slice(-6).toUpperCase();
  const t = a.theme;
  if (t !== undefined && theme[Number(t)]) return withTint(theme[Number(t)], Number(a.tint ?? 0));
  const i = a.indexed;
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
  bindings?: Record<string, string>,
): { pattern: OfficeFillPattern; under: string | null } | undefined {
  if (!fillXml) return undefined;
  let type: string | undefined;
  const colours: Record<string, Record<string, string>> = {};
  parseXml(
    fillXml,
    {
      open(tag) {
        if (tag.name === 'patternFill') type = tag.attribute('patternType');
        if ((tag.name === 'fgColor' || tag.name === 'bgColor') && !colours[tag.name])
          colours[tag.name] = tag.attributes;
      },
    },
    undefined,
    bindings,
  );
  const office = type ? OFFICE_PATTERN[type] : undefined;
  if (!office || office === 'Solid') return undefined;
  const colour = colourOf(colours.fgColor, theme);
  const under = colourOf(colours.bgColor, theme);
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

/** On/off elements (`<b/>`, `<b val="0"/>`): true, false, or undefined when absent. */
function flagOf(children: Map<string, Record<string, string>>, tag: string): boolean | undefined {
  const a = children.get(tag);
  if (!a) return undefined;
  return !(a.val === '0' || a.val === 'false');
}

const UNDERLINE_OFFICE: Record<string, string> = {
  single: 'Single',
  double: 'Double',
  singleAccounting: 'SingleAccountant',
  doubleAccounting: 'DoubleAccountant',
  none: 'None',
};

/** A run's `<rPr>` (its children by local name, their attributes) as Excel.CellPropertiesFont (the properties it sets). */
function officeFontOf(
  rPr: Map<string, Record<string, string>>,
  theme: string[],
): Record<string, string | number | boolean> {
  const font: Record<string, string | number | boolean> = {};
  for (const [tag, key] of [
    ['b', 'bold'],
    ['i', 'italic'],
    ['strike', 'strikethrough'],
  ] as const) {
    const f = flagOf(rPr, tag);
    if (f !== undefined) font[key] = f;
  }
  const u = rPr.get('u');
  if (u) font.underline = UNDERLINE_OFFICE[u.val ?? 'single'] ?? 'Single';
  const sz = rPr.get('sz')?.val;
  if (sz) font.size = Number(sz);
  const name = rPr.get('rFont')?.val;
  if (name) font.name = name;
  const colour = colourOf(rPr.get('color'), theme);
  if (colour) font.color = `#${colour}`;
  const vert = rPr.get('vertAlign')?.val;
  if (vert === 'superscript') font.superscript = true;
  if (vert === 'subscript') font.subscript = true;
  return font;
}

/**
 * A rich string of the file (a shared string's `<si>` or a cell's `<c>`/`<is>`, one element: runs
 * `<r><rPr>…</rPr><t>…</t></r>`) as the add-in keeps rich text (issue 8 item 6, OfficeTextRun): each run's
 * text, and of its font only the properties that differ between the runs, a property a run does not set
 * being the cell's own (false, "None"). Undefined for plain text or a single run, or when nothing differs.
 * Phonetic runs (`<rPh>`) are not text of the cell. Read with the package's parser (saxes), SpreadsheetML's
 * elements by namespace; `bindings`: the namespaces of the part the element comes from (its root's).
 * @throws the parser's error on XML that is not well formed
 */
export function officeRunsOf(
  richXml: string,
  theme: string[] = OFFICE_THEME,
  bindings?: Record<string, string>,
): OfficeTextRun[] | undefined {
  const runs: { text: string; font: Record<string, string | number | boolean> }[] = [];
  let run: { text: string; rPr: Map<string, Record<string, string>> } | null = null;
  let rph = 0;
  let inRPr = false;
  let inT = false;
  parseXml(
    richXml,
    {
      open(tag) {
        if (tag.name === 'rPh') rph++;
        if (rph) return;
        if (tag.name === 'r' && !run) run = { text: '', rPr: new Map() };
        else if (run && tag.name === 'rPr') inRPr = !tag.isSelfClosing;
        else if (run && inRPr) run.rPr.set(tag.name, tag.attributes);
        else if (run && tag.name === 't') inT = !tag.isSelfClosing;
      },
      close(name) {
        if (name === 'rPh') rph--;
        if (rph) return;
        if (name === 'rPr') inRPr = false;
        if (name === 't') inT = false;
        if (name === 'r' && run) {
          runs.push({ text: unescapeExcel(run.text), font: officeFontOf(run.rPr, theme) });
          run = null;
        }
      },
      text(t) {
        if (run && inT) run.text += t;
      },
    },
    undefined,
    bindings,
  );
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

/** Excel.RangeUnderlineStyle → the file's ST_UnderlineValues. */
const UNDERLINE_FILE: Record<string, string> = {
  Single: 'single',
  Double: 'double',
  SingleAccountant: 'singleAccounting',
  DoubleAccountant: 'doubleAccounting',
};

/**
 * A run's `<rPr>`: the cell's own font (`fontXml`, a `<font>` of styles.xml read with the styles part's
 * `bindings`, its `name` as `rFont`) with the run's properties over it — a run's properties stand alone in
 * the file, so those it does not set are the cell's rather than Excel's defaults. Written with the sheet
 * part's prefix `p` ("x:" or "").
 */
export function runPropertiesXml(
  fontXml: string | undefined,
  font: OfficeTextRun['font'],
  p = '',
  bindings?: Record<string, string>,
): string {
  const children = new Map<string, string>();
  if (fontXml) {
    let depth = 0;
    parseXml(
      fontXml,
      {
        open(tag) {
          // The font's own children (all empty elements in CT_Font), by local name; none of another namespace.
          if (depth === 1 && !tag.name.startsWith('{')) {
            const name = tag.name === 'name' ? 'rFont' : tag.name;
            children.set(name, startTag(p, name, tag.attributes, true));
          }
          if (!tag.isSelfClosing) depth++;
        },
        close(_name, _end, self) {
          if (!self) depth--;
        },
      },
      undefined,
      bindings,
    );
  }
  const f = font ?? {};
  const flag = (tag: string, v: unknown) => {
    if (typeof v !== 'boolean') return;
    if (v) children.set(tag, `<${p}${tag}/>`);
    else children.delete(tag);
  };
  flag('b', f.bold);
  flag('i', f.italic);
  flag('strike', f.strikethrough);
  if (typeof f.underline === 'string') {
    const u = UNDERLINE_FILE[f.underline];
    if (u) children.set('u', u === 'single' ? `<${p}u/>` : `<${p}u val="${u}"/>`);
    else children.delete('u');
  }
  if (typeof f.size === 'number') children.set('sz', `<${p}sz val="${f.size}"/>`);
  if (typeof f.name === 'string') children.set('rFont', `<${p}rFont val="${escapeAttr(f.name)}"/>`);
  if (typeof f.color === 'string')
    children.set('color', `<${p}color rgb="FF${f.color.replace(/^#/, '').toUpperCase()}"/>`);
  if (f.superscript === true) children.set('vertAlign', `<${p}vertAlign val="superscript"/>`);
  else if (f.subscript === true) children.set('vertAlign', `<${p}vertAlign val="subscript"/>`);
  else if (f.superscript === false || f.subscript === false) children.delete('vertAlign');
  return `<${p}rPr>${[...children.values()].join('')}</${p}rPr>`;
}

/** An inline rich string's content (`<is>…</is>`) of the runs, each over the cell's font; `p` the sheet part's prefix. */
export function richInlineXml(
  runs: OfficeTextRun[],
  fontXml: string | undefined,
  p = '',
  bindings?: Record<string, string>,
): string {
  return `<${p}is>${runs.map((r) => `<${p}r>${runPropertiesXml(fontXml, r.font, p, bindings)}<${p}t xml:space="preserve">${excelText(r.text)}</${p}t></${p}r>`).join('')}</${p}is>`;
}
