/**
 * Styles the package path adds to styles.xml (issue 10 item 1): one `<xf>` per distinct (style the
 * cell had, format the plan sets), built on the cell's own xf so its font, borders, alignment and
 * protection stay; fonts, fills, borders and number formats added once each and shared. Nothing in
 * styles.xml is changed or removed: new entries go at the end of their lists, so every index the
 * workbook already uses keeps its meaning.
 */
import type { CellFormat, OfficeFillPattern } from '../../core';
import { OOXML_PATTERN } from '../office-natives';
import type { Styles } from './read';
import { escapeAttr } from './xml';

/** Whether a format changes anything of the font (colour, bold, italic, underline, size): both writers ask. */
export function setsFont(f: CellFormat): boolean {
  return (
    f.fontColor !== undefined ||
    f.bold !== undefined ||
    f.italic !== undefined ||
    f.underline !== undefined ||
    f.fontSize !== undefined
  );
}

const BUILT_IN_IDS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

function attrs(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
}

const V_ALIGN = { top: 'top', center: 'center', bottom: 'bottom' } as const;

export class StyleAdder {
  private readonly added = new Map<string, number>();
  /** The plain case (no pattern, no exact picture) by the format object and the base style: the plan shares one format among many cells. */
  private readonly byFormat = new Map<CellFormat, Map<number, number>>();
  private readonly newXfs: string[] = [];
  /** Each added xf's font (index into the fonts, existing or added). */
  private readonly newXfFonts: number[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newBorders: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly fontIndex = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private readonly numFmtIndex = new Map<string, number>();
  private borderId = -1;
  private nextNumFmt: number;
  private readonly fontCount: number;
  private readonly fillCount: number;
  private readonly borderCount: number;

  /** The prefix the styles part writes its elements with ("x:" or ""). */
  private readonly p: string;

  constructor(private readonly styles: Styles) {
    this.p = styles.prefix;
    this.nextNumFmt = Math.max(163, ...styles.numFmts.keys()) + 1;
    for (const [id, code] of styles.numFmts) this.numFmtIndex.set(code, id);
    this.fontCount = styles.fontXml.length;
    this.fillCount = styles.fillXml.length;
    styles.fillXml.forEach((x, i) => this.fillIndex.set(x, i));
    styles.fontXml.forEach((x, i) => this.fontIndex.set(x, i));
    this.borderCount = styles.borderCount;
  }

  /**
   * The xf index for a cell that had style `base` once `f` is applied; with `pattern` (an add-in
   * journal's fill pattern put back by undo, issue 8 item 6), that pattern drawn over `f`'s fill colour;
   * `exact` gives the cell's font and fill as whole `<font>` / `<fill>` elements instead (an old
   * ExcelJS-path journal's picture of the cell, issue 10).
   */
  styleFor(base: number, f: CellFormat, pattern?: OfficeFillPattern, exact?: { font?: string; fill?: string }): number {
    if (pattern === undefined && exact === undefined) {
      let bases = this.byFormat.get(f);
      if (!bases) this.byFormat.set(f, (bases = new Map()));
      let index = bases.get(base);
      if (index === undefined) bases.set(base, (index = this.styleForKey(base, f)));
      return index;
    }
    return this.styleForKey(base, f, pattern, exact);
  }

  private styleForKey(
    base: number,
    f: CellFormat,
    pattern?: OfficeFillPattern,
    exact?: { font?: string; fill?: string },
  ): number {
    const type = pattern && OOXML_PATTERN[pattern.pattern];
    const key = `${base}|${JSON.stringify(f)}${type ? `|${JSON.stringify(pattern)}` : ''}${exact ? `|${exact.font ?? ''}|${exact.fill ?? ''}` : ''}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const from = this.styles.xfs[base] ?? this.styles.xfs[0];
    const parts = from ?? {
      attributes: { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0', xfId: '0' },
      alignment: null,
      protection: '',
    };
    const a = { ...parts.attributes };
    if (f.numberFormat !== undefined) {
      a.numFmtId = String(this.numFmt(f.numberFormat));
      a.applyNumberFormat = '1';
    }
    if (f.fill !== undefined) {
      a.fillId = String(f.fill === null ? 0 : this.fill(f.fill));
      a.applyFill = '1';
    }
    if (type) {
      a.fillId = String(this.patternFill(type, f.fill ?? null, pattern!.patternColor));
      a.applyFill = '1';
    }
    if (setsFont(f)) {
      a.fontId = String(this.font(Number(a.fontId ?? 0), f));
      a.applyFont = '1';
    }
    if (exact?.font !== undefined) {
      a.fontId = String(this.fontFrom(exact.font));
      a.applyFont = '1';
    }
    if (exact?.fill !== undefined) {
      a.fillId = String(this.fillFrom(exact.fill));
      a.applyFill = '1';
    }
    let alignment = parts.alignment;
    if (f.hAlign !== undefined || f.vAlign !== undefined || f.wrap !== undefined || f.shrinkToFit !== undefined) {
      alignment = { ...(alignment ?? {}) };
      if (f.hAlign !== undefined) alignment.horizontal = f.hAlign;
      if (f.vAlign !== undefined) alignment.vertical = V_ALIGN[f.vAlign];
      if (f.wrap !== undefined) {
        if (f.wrap) alignment.wrapText = '1';
        else delete alignment.wrapText;
      }
      // <alignment shrinkToFit="1"/> (ECMA-376 §18.8.1): the text drawn smaller, the column's width kept.
      if (f.shrinkToFit !== undefined) {
        if (f.shrinkToFit) alignment.shrinkToFit = '1';
        else delete alignment.shrinkToFit;
      }
      a.applyAlignment = '1';
    }
    if (f.border === 'thin') {
      a.borderId = String(this.thinBorder());
      a.applyBorder = '1';
    }
    const inner = `${alignment ? `<${p}alignment${attrs(alignment)}/>` : ''}${parts.protection}`;
    const xml = inner ? `<${p}xf${attrs(a)}>${inner}</${p}xf>` : `<${p}xf${attrs(a)}/>`;
    const index = this.styles.xfs.length + this.newXfs.push(xml) - 1;
    this.newXfFonts.push(Number(a.fontId ?? 0));
    this.added.set(key, index);
    return index;
  }

  /** The `<font>` of styles.xml a cell of style `xf` (an existing one or one added) shows its text in. */
  fontXmlOf(xf: number): string | undefined {
    const id =
      (xf < this.styles.xfs.length ? this.styles.xfs[xf]?.fontId : this.newXfFonts[xf - this.styles.xfs.length]) ?? 0;
    return id < this.fontCount ? this.styles.fontXml[id] : this.newFonts[id - this.fontCount];
  }

  private numFmt(code: string): number {
    if (BUILT_IN_IDS[code] !== undefined) return BUILT_IN_IDS[code];
    const known = this.numFmtIndex.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtIndex.set(code, id);
    this.newNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fill(hex: string): number {
    const p = this.p;
    const xml = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex.replace(/^#/, '').toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    return this.fillFrom(xml);
  }

  /** A patterned fill: the pattern in its colour (automatic: indexed 64) over the fill colour (none: white). */
  private patternFill(type: string, fill: string | null, colour: string | undefined): number {
    const p = this.p;
    const fg = colour ? `<${p}fgColor rgb="FF${colour.toUpperCase()}"/>` : `<${p}fgColor indexed="64"/>`;
    return this.fillFrom(
      `<${p}fill><${p}patternFill patternType="${type}">${fg}<${p}bgColor rgb="FF${(fill ?? 'FFFFFF').toUpperCase()}"/></${p}patternFill></${p}fill>`,
    );
  }

  private font(baseId: number, f: CellFormat): number {
    const p = this.p;
    const base = this.styles.fontChildren[baseId] ??
      this.styles.fontChildren[0] ?? [
        { name: 'sz', xml: `<${p}sz val="11"/>` },
        { name: 'name', xml: `<${p}name val="Calibri"/>` },
      ];
    // CT_Font is a choice of children in any order (ECMA-376 §18.8.22): the ones set are replaced.
    const replaced = new Set<string>();
    const head: string[] = [];
    if (f.bold !== undefined) {
      replaced.add('b');
      if (f.bold) head.push(`<${p}b/>`);
    }
    if (f.italic !== undefined) {
      replaced.add('i');
      if (f.italic) head.push(`<${p}i/>`);
    }
    if (f.underline !== undefined) {
      replaced.add('u');
      if (f.underline) head.push(`<${p}u/>`);
    }
    if (f.fontSize !== undefined) {
      replaced.add('sz');
      head.push(`<${p}sz val="${f.fontSize}"/>`);
    }
    if (f.fontColor !== undefined) {
      replaced.add('color');
      if (f.fontColor !== null) head.push(`<${p}color rgb="FF${f.fontColor.replace(/^#/, '').toUpperCase()}"/>`);
    }
    const kept = base.filter((c) => !replaced.has(c.name)).map((c) => c.xml);
    return this.fontFrom(`<${p}font>${head.join('')}${kept.join('')}</${p}font>`);
  }

  /** The index of this `<font>` element: one already in the part or added before, else added. */
  fontFrom(xml: string): number {
    const known = this.fontIndex.get(xml);
    if (known !== undefined) return known;
    const id = this.fontCount + this.newFonts.push(xml) - 1;
    this.fontIndex.set(xml, id);
    return id;
  }

  /** The index of this `<fill>` element: one already in the part or added before, else added. */
  fillFrom(xml: string): number {
    const known = this.fillIndex.get(xml);
    if (known !== undefined) return known;
    const id = this.fillCount + this.newFills.push(xml) - 1;
    this.fillIndex.set(xml, id);
    return id;
  }

  private thinBorder(): number {
    if (this.borderId < 0) {
      const p = this.p;
      const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
      this.newBorders.push(
        `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
      );
      this.borderId = Number(this.borderCount);
    }
    return this.borderId;
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  /** styles.xml with the new entries at the end of their lists, and the lists' counts updated. */
  stylesXml(): string {
    const xml = this.styles.xml;
    const p = this.p;
    const edits: { at: number; end: number; text: string }[] = [];
    const append = (name: string, items: string[], before?: string) => {
      if (items.length === 0) return;
      const list = this.styles.lists.get(name);
      if (!list) {
        const next = before ? this.styles.lists.get(before) : undefined;
        if (next)
          edits.push({
            at: next.start,
            end: next.start,
            text: `<${p}${name} count="${items.length}">${items.join('')}</${p}${name}>`,
          });
        return;
      }
      const a = { ...list.attributes };
      if (a.count !== undefined) a.count = String(Number(a.count) + items.length);
      const open = `<${p}${name}${attrs(a)}>`;
      if (list.closeAt < 0)
        edits.push({ at: list.start, end: list.tagEnd, text: `${open}${items.join('')}</${p}${name}>` });
      else {
        edits.push({ at: list.start, end: list.tagEnd, text: open });
        edits.push({ at: list.closeAt, end: list.closeAt, text: items.join('') });
      }
    };
    append('numFmts', this.newNumFmts, 'fonts');
    append('fonts', this.newFonts);
    append('fills', this.newFills);
    append('borders', this.newBorders);
    append('cellXfs', this.newXfs);
    edits.sort((x, y) => x.at - y.at);
    let out = '';
    let at = 0;
    for (const e of edits) {
      out += xml.slice(at, e.at) + e.text;
      at = e.end;
    }
    return out + xml.slice(at);
  }
}
