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
import { escapeAttr, parseXml } from './xml';

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

interface XfParts {
  attrs: Record<string, string>;
  alignment: Record<string, string> | null;
  protection: string;
}

function xfParts(xml: string): XfParts {
  const out: XfParts = { attrs: {}, alignment: null, protection: '' };
  let protStart = -1;
  parseXml(xml, {
    open(tag, at) {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'xf') out.attrs = { ...a };
      if (tag.name === 'alignment') out.alignment = { ...a };
      if (tag.name === 'protection') protStart = at;
    },
    close(name, end) {
      if (name === 'protection' && protStart >= 0) out.protection = xml.slice(protStart, end);
    },
  });
  return out;
}

function attrs(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
}

const V_ALIGN = { top: 'top', center: 'center', bottom: 'bottom' } as const;

export class StyleAdder {
  private readonly added = new Map<string, number>();
  private readonly newXfs: string[] = [];
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

  constructor(private readonly styles: Styles) {
    this.nextNumFmt = Math.max(163, ...styles.numFmts.keys()) + 1;
    for (const [id, code] of styles.numFmts) this.numFmtIndex.set(code, id);
    this.fontCount = styles.fontXml.length;
    this.fillCount = styles.fillXml.length;
    styles.fillXml.forEach((x, i) => this.fillIndex.set(x, i));
    styles.fontXml.forEach((x, i) => this.fontIndex.set(x, i));
    this.borderCount = (/<(?:\w+:)?borders\b[^>]*\bcount="(\d+)"/.exec(styles.xml)?.[1] ?? '1') as unknown as number;
  }

  /**
   * The xf index for a cell that had style `base` once `f` is applied; with `pattern` (an add-in
   * journal's fill pattern put back by undo, issue 8 item 6), that pattern drawn over `f`'s fill colour.
   */
  styleFor(base: number, f: CellFormat, pattern?: OfficeFillPattern): number {
    const type = pattern && OOXML_PATTERN[pattern.pattern];
    const key = `${base}|${JSON.stringify(f)}${type ? `|${JSON.stringify(pattern)}` : ''}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const from = this.styles.xfs[base] ?? this.styles.xfs[0];
    const parts = from
      ? xfParts(from.xml)
      : {
          attrs: { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0', xfId: '0' },
          alignment: null,
          protection: '',
        };
    const a = { ...parts.attrs };
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
    let alignment = parts.alignment;
    if (f.hAlign !== undefined || f.vAlign !== undefined || f.wrap !== undefined) {
      alignment = { ...(alignment ?? {}) };
      if (f.hAlign !== undefined) alignment.horizontal = f.hAlign;
      if (f.vAlign !== undefined) alignment.vertical = V_ALIGN[f.vAlign];
      if (f.wrap !== undefined) {
        if (f.wrap) alignment.wrapText = '1';
        else delete alignment.wrapText;
      }
      a.applyAlignment = '1';
    }
    if (f.border === 'thin') {
      a.borderId = String(this.thinBorder());
      a.applyBorder = '1';
    }
    const inner = `${alignment ? `<alignment${attrs(alignment)}/>` : ''}${parts.protection}`;
    const xml = inner ? `<xf${attrs(a)}>${inner}</xf>` : `<xf${attrs(a)}/>`;
    const index = this.styles.xfs.length + this.newXfs.push(xml) - 1;
    this.added.set(key, index);
    return index;
  }

  /** The `<font>` of styles.xml a cell of style `xf` (an existing one or one added) shows its text in. */
  fontXmlOf(xf: number): string | undefined {
    const xml = xf < this.styles.xfs.length ? this.styles.xfs[xf]?.xml : this.newXfs[xf - this.styles.xfs.length];
    const id = Number(/\bfontId="(\d+)"/.exec(xml ?? '')?.[1] ?? 0);
    return id < this.fontCount ? this.styles.fontXml[id] : this.newFonts[id - this.fontCount];
  }

  private numFmt(code: string): number {
    if (BUILT_IN_IDS[code] !== undefined) return BUILT_IN_IDS[code];
    const known = this.numFmtIndex.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtIndex.set(code, id);
    this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fill(hex: string): number {
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.replace(/^#/, '').toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
    const known = this.fillIndex.get(xml);
    if (known !== undefined) return known;
    const id = this.fillCount + this.newFills.push(xml) - 1;
    this.fillIndex.set(xml, id);
    return id;
  }

  /** A patterned fill: the pattern in its colour (automatic: indexed 64) over the fill colour (none: white). */
  private patternFill(type: string, fill: string | null, colour: string | undefined): number {
    const fg = colour ? `<fgColor rgb="FF${colour.toUpperCase()}"/>` : '<fgColor indexed="64"/>';
    const xml = `<fill><patternFill patternType="${type}">${fg}<bgColor rgb="FF${(fill ?? 'FFFFFF').toUpperCase()}"/></patternFill></fill>`;
    const known = this.fillIndex.get(xml);
    if (known !== undefined) return known;
    const id = this.fillCount + this.newFills.push(xml) - 1;
    this.fillIndex.set(xml, id);
    return id;
  }

  private font(baseId: number, f: CellFormat): number {
    const base =
      this.styles.fontXml[baseId] ?? this.styles.fontXml[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    // CT_Font is a choice of children in any order (ECMA-376 §18.8.22): the ones set are replaced.
    let inner = base.replace(/^<(?:\w+:)?font\b[^>]*?(\/>|>)/, '').replace(/<\/(?:\w+:)?font>$/, '');
    const drop = (tag: string) => {
      inner = inner.replace(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?(/>|>[\\s\\S]*?</(?:\\w+:)?${tag}>)`, 'g'), '');
    };
    const head: string[] = [];
    if (f.bold !== undefined) {
      drop('b');
      if (f.bold) head.push('<b/>');
    }
    if (f.italic !== undefined) {
      drop('i');
      if (f.italic) head.push('<i/>');
    }
    if (f.underline !== undefined) {
      drop('u');
      if (f.underline) head.push('<u/>');
    }
    if (f.fontSize !== undefined) {
      drop('sz');
      head.push(`<sz val="${f.fontSize}"/>`);
    }
    if (f.fontColor !== undefined) {
      drop('color');
      if (f.fontColor !== null) head.push(`<color rgb="FF${f.fontColor.replace(/^#/, '').toUpperCase()}"/>`);
    }
    const xml = `<font>${head.join('')}${inner}</font>`;
    const known = this.fontIndex.get(xml);
    if (known !== undefined) return known;
    const id = this.fontCount + this.newFonts.push(xml) - 1;
    this.fontIndex.set(xml, id);
    return id;
  }

  private thinBorder(): number {
    if (this.borderId < 0) {
      const side = (s: string) => `<${s} style="thin"><color indexed="64"/></${s}>`;
      this.newBorders.push(
        `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
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
    let xml = this.styles.xml;
    const append = (list: string, items: string[], before?: string) => {
      if (items.length === 0) return;
      const close = new RegExp(`</((?:\\w+:)?)${list}>`);
      const m = close.exec(xml);
      if (m) {
        xml = xml.slice(0, m.index) + items.join('') + xml.slice(m.index);
      } else {
        const empty = new RegExp(`<((?:\\w+:)?)${list}\\b([^>]*)/>`).exec(xml);
        if (empty)
          xml = `${xml.slice(0, empty.index)}<${empty[1]}${list}${empty[2]}>${items.join('')}</${empty[1]}${list}>${xml.slice(empty.index + empty[0].length)}`;
        else if (before) {
          const at = new RegExp(`<(?:\\w+:)?${before}\\b`).exec(xml);
          if (at) xml = `${xml.slice(0, at.index)}<${list} count="0">${items.join('')}</${list}>${xml.slice(at.index)}`;
        }
      }
      xml = xml.replace(
        new RegExp(`(<(?:\\w+:)?${list}\\b[^>]*?\\bcount=")(\\d+)(")`),
        (_, a: string, n: string, b: string) => `${a}${Number(n) + items.length}${b}`,
      );
    };
    append('numFmts', this.newNumFmts, 'fonts');
    append('fonts', this.newFonts);
    append('fills', this.newFills);
    append('borders', this.newBorders);
    append('cellXfs', this.newXfs);
    return xml;
  }
}
