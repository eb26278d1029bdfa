/**
 * Journals written by the command line before issue 10 (its ExcelJS path) keep, for an owned cell
 * whose value or style the portable snapshot would lose, ExcelJS's own picture of it
 * (`native: { kind: 'exceljs', value, style }`, src/xlsx/snapshots.ts): a formula with its cached
 * result, rich text, a hyperlink, an error, and a font or fill by theme, palette index, tint, pattern
 * or gradient. Undo on the package writes that picture back as SpreadsheetML, as ExcelJS's own writer
 * would (its FontXform, FillXform, RichTextXform and HyperlinkXform), so such a journal is undone as
 * exactly as that path undid it — without ExcelJS.
 */
import { escapeAttr, excelText } from './xml';

/** A colour as ExcelJS models it (`argb`, `theme` with `tint`, `indexed`). */
interface ExcelJSColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

interface ExcelJSFont {
  name?: string;
  size?: number;
  family?: number;
  scheme?: string;
  charset?: number;
  color?: ExcelJSColour;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean | string;
  vertAlign?: string;
  strike?: boolean;
  outline?: boolean;
}

interface ExcelJSFill {
  type?: string;
  pattern?: string;
  fgColor?: ExcelJSColour;
  bgColor?: ExcelJSColour;
  gradient?: string;
  degree?: number;
  center?: { left?: number; right?: number; top?: number; bottom?: number };
  stops?: { position: number; color: ExcelJSColour }[];
}

interface RichRun {
  text: string;
  font?: ExcelJSFont;
}

/** What undo writes for a cell the journal pictured: its `<c>` content, and its font, fill and link, each when pictured. */
export interface PicturedCell {
  /** The `<c>` element's type attribute (`t`) and content, or null when the value is not pictured. */
  value: { type: string | null; inner: string } | null;
  font?: string;
  fill?: string;
  hyperlink?: { target: string; tooltip?: string };
}

function colourAttributes(c: ExcelJSColour | undefined): string {
  if (!c) return '';
  let out = '';
  if (c.argb !== undefined) out += ` rgb="${escapeAttr(c.argb)}"`;
  if (c.theme !== undefined) out += ` theme="${c.theme}"`;
  if (c.tint !== undefined) out += ` tint="${c.tint}"`;
  if (c.indexed !== undefined) out += ` indexed="${c.indexed}"`;
  return out;
}

/** A font's children in ExcelJS's order; `nameTag` is `name` in a `<font>`, `rFont` in a rich text run's `<rPr>`. */
function fontChildren(f: ExcelJSFont, p: string, nameTag: 'name' | 'rFont'): string {
  let out = '';
  if (f.bold) out += `<${p}b/>`;
  if (f.italic) out += `<${p}i/>`;
  if (f.strike) out += `<${p}strike/>`;
  if (f.outline) out += `<${p}outline/>`;
  if (f.underline)
    out +=
      f.underline === true || f.underline === 'single'
        ? `<${p}u/>`
        : `<${p}u val="${escapeAttr(String(f.underline))}"/>`;
  if (f.vertAlign) out += `<${p}vertAlign val="${escapeAttr(f.vertAlign)}"/>`;
  if (f.size !== undefined) out += `<${p}sz val="${f.size}"/>`;
  if (f.color) out += `<${p}color${colourAttributes(f.color)}/>`;
  if (f.name !== undefined) out += `<${p}${nameTag} val="${escapeAttr(f.name)}"/>`;
  if (f.family !== undefined) out += `<${p}family val="${f.family}"/>`;
  if (f.charset !== undefined) out += `<${p}charset val="${f.charset}"/>`;
  if (f.scheme !== undefined) out += `<${p}scheme val="${escapeAttr(f.scheme)}"/>`;
  return out;
}

export function fontXml(f: ExcelJSFont, p: string): string {
  return `<${p}font>${fontChildren(f, p, 'name')}</${p}font>`;
}

export function fillXml(f: ExcelJSFill, p: string): string | undefined {
  if (f.type === 'pattern') {
    const colours =
      (f.fgColor ? `<${p}fgColor${colourAttributes(f.fgColor)}/>` : '') +
      (f.bgColor ? `<${p}bgColor${colourAttributes(f.bgColor)}/>` : '');
    const type = ` patternType="${escapeAttr(f.pattern ?? 'none')}"`;
    return `<${p}fill>${colours ? `<${p}patternFill${type}>${colours}</${p}patternFill>` : `<${p}patternFill${type}/>`}</${p}fill>`;
  }
  if (f.type === 'gradient') {
    let attrs = '';
    if (f.gradient === 'path') {
      attrs = ' type="path"';
      const c = f.center ?? {};
      for (const side of ['left', 'right', 'top', 'bottom'] as const)
        if (c[side] !== undefined) attrs += ` ${side}="${c[side]}"`;
    } else if (f.degree !== undefined) attrs = ` degree="${f.degree}"`;
    const stops = (f.stops ?? [])
      .map((s) => `<${p}stop position="${s.position}"><${p}color${colourAttributes(s.color)}/></${p}stop>`)
      .join('');
    return `<${p}fill><${p}gradientFill${attrs}>${stops}</${p}gradientFill></${p}fill>`;
  }
  return undefined;
}

function textXml(text: string, p: string): string {
  return `<${p}t xml:space="preserve">${excelText(text)}</${p}t>`;
}

function richTextXml(runs: RichRun[], p: string): string {
  return runs
    .map(
      (r) =>
        `<${p}r>${r.font ? `<${p}rPr>${fontChildren(r.font, p, 'rFont')}</${p}rPr>` : ''}${textXml(r.text, p)}</${p}r>`,
    )
    .join('');
}

/** A plain value or rich text as `<c>` content (inline text, never shared strings: the journal's text is the product's to write). */
function valueXml(v: unknown, p: string): PicturedCell['value'] {
  if (v === null || v === undefined) return { type: null, inner: '' };
  if (typeof v === 'number') return { type: null, inner: `<${p}v>${Number.isFinite(v) ? v : 0}</${p}v>` };
  if (typeof v === 'boolean') return { type: 'b', inner: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (typeof v === 'string') return { type: 'inlineStr', inner: `<${p}is>${textXml(v, p)}</${p}is>` };
  if (typeof v === 'object') {
    const o = v as { richText?: RichRun[]; error?: string };
    if (Array.isArray(o.richText))
      return { type: 'inlineStr', inner: `<${p}is>${richTextXml(o.richText, p)}</${p}is>` };
    if (typeof o.error === 'string') return { type: 'e', inner: `<${p}v>${excelText(o.error)}</${p}v>` };
  }
  return null;
}

/** A formula's cached result as `<c>` type and `<v>` (a formula's text result is `str`, not inline text). */
function resultXml(r: unknown, p: string): { type: string | null; inner: string } {
  if (r === null || r === undefined) return { type: null, inner: '' };
  if (typeof r === 'number') return { type: null, inner: `<${p}v>${r}</${p}v>` };
  if (typeof r === 'boolean') return { type: 'b', inner: `<${p}v>${r ? 1 : 0}</${p}v>` };
  if (typeof r === 'object' && typeof (r as { error?: unknown }).error === 'string')
    return { type: 'e', inner: `<${p}v>${excelText((r as { error: string }).error)}</${p}v>` };
  return { type: 'str', inner: `<${p}v>${excelText(String(r))}</${p}v>` };
}

/**
 * What the journal pictured of a cell, as SpreadsheetML written with prefix `p` ("x:" or ""); null
 * when the picture is not ExcelJS's. A value this does not know (a kind ExcelJS added later) is left
 * to the portable snapshot (`value: null`).
 */
export function picturedCell(native: unknown, p: string): PicturedCell | null {
  const n = native as
    { kind?: string; value?: unknown; style?: { font?: ExcelJSFont; fill?: ExcelJSFill } } | undefined;
  if (!n || n.kind !== 'exceljs') return null;
  const out: PicturedCell = { value: null };
  const v = n.value as
    { formula?: string; result?: unknown; text?: unknown; hyperlink?: string; tooltip?: string } | undefined;
  if (v !== undefined) {
    if (v && typeof v === 'object' && typeof v.formula === 'string') {
      const r = resultXml(v.result, p);
      out.value = { type: r.type, inner: `<${p}f>${excelText(v.formula.replace(/^=/, ''))}</${p}f>${r.inner}` };
    } else if (v && typeof v === 'object' && typeof v.hyperlink === 'string') {
      out.value = valueXml(v.text, p);
      out.hyperlink = { target: v.hyperlink, ...(v.tooltip ? { tooltip: v.tooltip } : {}) };
    } else out.value = valueXml(v, p);
  }
  if (n.style?.font) out.font = fontXml(n.style.font, p);
  if (n.style?.fill) out.fill = fillXml(n.style.fill, p);
  return out;
}
