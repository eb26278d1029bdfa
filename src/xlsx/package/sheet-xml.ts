/**
 * The XML of the sheets the product generates (summaries, Highlights, findings, the state sheet),
 * written directly from the plan (issue 10 item 1): values (text always as inline text), formats as
 * shared styles, merged areas, column widths, frozen rows, tab colour, links to cells, row heights
 * for wrapped text and a print setup (landscape, one page wide) — what sheet-content.ts gives the
 * ExcelJS path.
 */
import {
  cellAddress,
  areaAddress,
  quoteSheetName,
  type CellFormat,
  type PlanValue,
  type SheetContent,
} from '../../core';
import { charsPerLine, lineHeight, wrappedLines, MAX_ROW_HEIGHT } from '../row-heights';
import type { StyleAdder } from './styles';
import { MAIN_NS, REL_NS, escapeAttr, excelText } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * One cell's XML: a number, inline text, a boolean, a formula with its cached result, or style only.
 * `p` is the prefix the sheet part writes SpreadsheetML elements with ("x:"), "" for none.
 */
export function cellXml(
  ref: string,
  style: number,
  value: PlanValue | null,
  cached: PlanValue | null = null,
  p = '',
): string {
  const s = style ? ` s="${style}"` : '';
  const c = `${p}c`;
  if (value === null || value === '') return `<${c} r="${ref}"${s}/>`;
  if (typeof value === 'number')
    return `<${c} r="${ref}"${s}><${p}v>${Number.isFinite(value) ? String(value) : '0'}</${p}v></${c}>`;
  if (typeof value === 'boolean') return `<${c} r="${ref}"${s} t="b"><${p}v>${value ? '1' : '0'}</${p}v></${c}>`;
  if (typeof value === 'string')
    return `<${c} r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${excelText(value)}</${p}t></${p}is></${c}>`;
  if ('error' in value) return `<${c} r="${ref}"${s} t="e"><${p}v>${excelText(value.error)}</${p}v></${c}>`;
  const f = `<${p}f>${excelText(value.formula.replace(/^=/, ''))}</${p}f>`;
  if (cached === null || cached === '' || typeof cached === 'object') return `<${c} r="${ref}"${s}>${f}</${c}>`;
  if (typeof cached === 'number') return `<${c} r="${ref}"${s}>${f}<${p}v>${String(cached)}</${p}v></${c}>`;
  if (typeof cached === 'boolean') return `<${c} r="${ref}"${s} t="b">${f}<${p}v>${cached ? '1' : '0'}</${p}v></${c}>`;
  if (/^#[A-Z0-9/!?]+[!?]?$/.test(cached))
    return `<${c} r="${ref}"${s} t="e">${f}<${p}v>${excelText(cached)}</${p}v></${c}>`;
  return `<${c} r="${ref}"${s} t="str">${f}<${p}v>${excelText(cached)}</${p}v></${c}>`;
}

/**
 * The format groups that cover a generated sheet's cell, by row and column (sparse): one group's index,
 * a list of several (in plan order: later ones win), NO_GROUP for a cell with a value and no format,
 * undefined for no cell. Numbers rather than an object per cell (issue 10: the Highlights sheet at
 * 10,000 indicators has 180,000 cells, each an object and a list that lived until the sheet was written).
 */
type Groups = number | number[];
const NO_GROUP = -1;

/** A generated sheet's XML (contentSheetBytes as text). */
export function contentSheetXml(content: SheetContent, styles: StyleAdder, defaultSize: number): string {
  const pieces: string[] = [];
  writeContentSheet(content, styles, defaultSize, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * A generated sheet's XML as UTF-8 bytes, each row encoded into the buffer as it is made (issue 10: no
 * string of each row, nor of the sheet, kept until the end; the Highlights sheet at county scale).
 */
export function contentSheetBytes(content: SheetContent, styles: StyleAdder, defaultSize: number): Buffer {
  const out = new Utf8Writer();
  writeContentSheet(content, styles, defaultSize, (piece) => out.write(piece));
  return out.bytes();
}

/** Text encoded as UTF-8 into one growing buffer, piece by piece (a piece must not split a surrogate pair). */
export class Utf8Writer {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  write(piece: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: room for the worst case, so no piece is cut.
    const need = this.length + 3 * piece.length;
    if (need > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, 2 * this.buffer.length));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(piece, this.length, 'utf8');
  }
  /** The bytes written (a view of the buffer). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** A generated sheet's XML, told in pieces in order (the start, each row's parts, the end). */
function writeContentSheet(
  content: SheetContent,
  styles: StyleAdder,
  defaultSize: number,
  emit: (piece: string) => void,
): void {
  const cells: (Groups | undefined)[][] = [];
  const { top, left, values } = content.values;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cellRow = (cells[top + r] ??= []);
      cellRow[left + c] ??= NO_GROUP;
    }),
  );
  /** The cell's value as the plan gives it (null for none or empty text). */
  const valueAt = (r: number, c: number): PlanValue | null => {
    const v = r >= top && c >= left ? values[r - top]?.[c - left] : undefined;
    return v === undefined || v === '' ? null : v;
  };
  content.formats.forEach((group, g) => {
    for (const a of group.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        const cellRow = (cells[r] ??= []);
        for (let c = a.left; c <= a.right; c++) {
          const was = cellRow[c];
          if (was === undefined || was === NO_GROUP) cellRow[c] = g;
          else if (typeof was === 'number') cellRow[c] = [was, g];
          else was.push(g);
        }
      }
    }
  });
  // One merged format and one style per distinct combination of groups (a Highlights sheet at
  // county scale has 180,000 cells and a handful of combinations).
  const formatOf = new Map<string, CellFormat>();
  const styleOf = new Map<string, number>();
  const format = (groups: Groups): CellFormat | null => {
    if (groups === NO_GROUP) return null;
    const key = String(groups);
    let f = formatOf.get(key);
    if (!f) {
      f =
        typeof groups === 'number'
          ? content.formats[groups].format
          : Object.assign({}, ...groups.map((g) => content.formats[g].format));
      formatOf.set(key, f!);
    }
    return f!;
  };
  const style = (groups: Groups): number => {
    if (groups === NO_GROUP) return 0;
    const key = String(groups);
    let s = styleOf.get(key);
    if (s === undefined) styleOf.set(key, (s = styles.styleFor(0, format(groups)!)));
    return s;
  };
  const widths = content.columnWidths;
  const widthOf = (c: number) => widths[c] ?? 9;
  const heights = new Map<number, number>();
  const mergeAt = new Map(content.merges.map((m) => [`${m.top},${m.left}`, m]));
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const groups = row[c];
      if (groups === undefined) continue;
      const f = format(groups) ?? {};
      const size = f.fontSize ?? defaultSize;
      if (size > 11) heights.set(r, Math.max(heights.get(r) ?? 0, lineHeight(size) + 2));
      if (!f.wrap) continue;
      const value = valueAt(r, c);
      if (typeof value !== 'string' || !value) continue;
      const area = mergeAt.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c };
      let width = 0;
      for (let k = area.left; k <= area.right; k++) width += widthOf(k);
      const lines = wrappedLines(value, charsPerLine(width, size, Boolean(f.bold)));
      if (lines <= 1) continue;
      const perRow = (lines * lineHeight(size) + 3) / (area.bottom - area.top + 1);
      for (let k = area.top; k <= area.bottom; k++) heights.set(k, Math.max(heights.get(k) ?? 0, perRow));
    }
  }
  let lastRow = cells.length - 1;
  for (const r of heights.keys()) if (r > lastRow) lastRow = r;
  const sheetPr = `<sheetPr>${content.tabColor ? `<tabColor rgb="FF${content.tabColor.replace(/^#/, '').toUpperCase()}"/>` : ''}<pageSetUpPr fitToPage="1"/></sheetPr>`;
  let pane = '';
  const fr = content.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    const active = fr.rows > 0 && fr.cols > 0 ? 'bottomRight' : fr.rows > 0 ? 'bottomLeft' : 'topRight';
    pane = `<pane${fr.cols ? ` xSplit="${fr.cols}"` : ''}${fr.rows ? ` ySplit="${fr.rows}"` : ''} topLeftCell="${cellAddress(fr.rows, fr.cols)}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  emit(
    `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetPr}<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
  );
  // Styles are added as the cells are written, in order of row and column (their indices depend on it).
  for (let r = 0; r <= lastRow; r++) {
    const h = heights.get(r);
    const row = cells[r];
    if (!row && h === undefined) continue;
    const ht = h ? ` ht="${Math.min(MAX_ROW_HEIGHT, Math.ceil(h * 4) / 4)}" customHeight="1"` : '';
    emit(`<row r="${r + 1}"${ht}>`);
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const groups = row[c];
        if (groups !== undefined) emit(cellXml(cellAddress(r, c), style(groups), valueAt(r, c)));
      }
    }
    emit('</row>');
  }
  const merges = content.merges.length
    ? `<mergeCells count="${content.merges.length}">${content.merges.map((m) => `<mergeCell ref="${areaAddress(m)}"/>`).join('')}</mergeCells>`
    : '';
  const links = content.links.filter((l) => cells[l.row]?.[l.col] !== undefined && valueAt(l.row, l.col) !== null);
  const hyperlinks = links.length
    ? `<hyperlinks>${links.map((l) => `<hyperlink ref="${cellAddress(l.row, l.col)}" location="${escapeAttr(`${quoteSheetName(l.sheet, 'always')}!${l.cell}`)}" display="${escapeAttr(String(valueAt(l.row, l.col)))}"/>`).join('')}</hyperlinks>`
    : '';
  emit(
    `</sheetData>${merges}${hyperlinks}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`,
  );
}

/** Rows of the state sheet from row `from` (0-based) on. */
function stateRowsXml(rows: string[][], from: number): string {
  let body = '';
  rows.forEach((row, i) => {
    const r = from + i;
    let cells = '';
    row.forEach((text, c) => {
      if (text !== '') cells += cellXml(cellAddress(r, c), 0, text);
    });
    if (cells) body += `<row r="${r + 1}">${cells}</row>`;
  });
  return body;
}

/** The state sheet's XML (as stateSheetXml wrote it from `count` rows) with `more` rows after them. */
export function withStateRows(xml: string, count: number, more: string[][]): string {
  const at = xml.lastIndexOf('</sheetData>');
  return `${xml.slice(0, at)}${stateRowsXml(more, count)}${xml.slice(at)}`;
}

/** The state sheet's XML: key / value rows as text, column widths 16 and 120. */
export function stateSheetXml(rows: string[][]): string {
  const body = stateRowsXml(rows, 0);
  return `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="120" customWidth="1"/></cols><sheetData>${body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}
