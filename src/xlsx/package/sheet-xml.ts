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

interface Cell {
  value: PlanValue | null;
  /** The format groups that cover the cell, in plan order (later ones win), or null. */
  groups: number[] | null;
}

/** A generated sheet's XML (contentSheetPieces joined). */
export function contentSheetXml(content: SheetContent, styles: StyleAdder, defaultSize: number): string {
  return contentSheetPieces(content, styles, defaultSize).join('');
}

/**
 * A generated sheet's XML in pieces (the start, each row, the end), for the writer to encode one by
 * one (utf8Of) rather than as one string (issue 10: the Highlights sheet at county scale).
 */
export function contentSheetPieces(content: SheetContent, styles: StyleAdder, defaultSize: number): string[] {
  // Rows of cells by index (sparse): walked in order of row and column, with no sorting.
  const cells: (Cell | undefined)[][] = [];
  const at = (r: number, c: number): Cell => {
    const row = (cells[r] ??= []);
    return (row[c] ??= { value: null, groups: null });
  };
  const { top, left, values } = content.values;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      at(top + r, left + c).value = v;
    }),
  );
  content.formats.forEach((group, g) => {
    for (const a of group.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const cell = at(r, c);
          if (cell.groups) cell.groups.push(g);
          else cell.groups = [g];
        }
      }
    }
  });
  // One merged format and one style per distinct combination of groups (a Highlights sheet at
  // county scale has 180,000 cells and a handful of combinations).
  const formatOf = new Map<string, CellFormat>();
  const styleOf = new Map<string, number>();
  const keyOf = (cell: Cell) =>
    cell.groups ? (cell.groups.length === 1 ? String(cell.groups[0]) : cell.groups.join(',')) : '';
  const format = (cell: Cell): CellFormat | null => {
    if (!cell.groups) return null;
    const key = keyOf(cell);
    let f = formatOf.get(key);
    if (!f) {
      f =
        cell.groups.length === 1
          ? content.formats[cell.groups[0]].format
          : Object.assign({}, ...cell.groups.map((g) => content.formats[g].format));
      formatOf.set(key, f!);
    }
    return f!;
  };
  const style = (cell: Cell): number => {
    if (!cell.groups) return 0;
    const key = keyOf(cell);
    let s = styleOf.get(key);
    if (s === undefined) styleOf.set(key, (s = styles.styleFor(0, format(cell)!)));
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
      const cell = row[c];
      if (!cell) continue;
      const f = format(cell) ?? {};
      const size = f.fontSize ?? defaultSize;
      if (size > 11) heights.set(r, Math.max(heights.get(r) ?? 0, lineHeight(size) + 2));
      if (!f.wrap || typeof cell.value !== 'string' || !cell.value) continue;
      const area = mergeAt.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c };
      let width = 0;
      for (let k = area.left; k <= area.right; k++) width += widthOf(k);
      const lines = wrappedLines(cell.value, charsPerLine(width, size, Boolean(f.bold)));
      if (lines <= 1) continue;
      const perRow = (lines * lineHeight(size) + 3) / (area.bottom - area.top + 1);
      for (let k = area.top; k <= area.bottom; k++) heights.set(k, Math.max(heights.get(k) ?? 0, perRow));
    }
  }
  let lastRow = cells.length - 1;
  for (const r of heights.keys()) if (r > lastRow) lastRow = r;
  const rows: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const h = heights.get(r);
    const row = cells[r];
    if (!row && h === undefined) continue;
    const ht = h ? ` ht="${Math.min(MAX_ROW_HEIGHT, Math.ceil(h * 4) / 4)}" customHeight="1"` : '';
    let inner = '';
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) inner += cellXml(cellAddress(r, c), style(cell), cell.value);
      }
    }
    rows.push(`<row r="${r + 1}"${ht}>${inner}</row>`);
  }
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
  const merges = content.merges.length
    ? `<mergeCells count="${content.merges.length}">${content.merges.map((m) => `<mergeCell ref="${areaAddress(m)}"/>`).join('')}</mergeCells>`
    : '';
  const links = content.links.filter((l) => {
    const v = cells[l.row]?.[l.col]?.value;
    return v !== null && v !== undefined && v !== '';
  });
  const hyperlinks = links.length
    ? `<hyperlinks>${links.map((l) => `<hyperlink ref="${cellAddress(l.row, l.col)}" location="${escapeAttr(`${quoteSheetName(l.sheet, 'always')}!${l.cell}`)}" display="${escapeAttr(String(cells[l.row]![l.col]!.value))}"/>`).join('')}</hyperlinks>`
    : '';
  return [
    `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetPr}<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    ...rows,
    `</sheetData>${merges}${hyperlinks}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`,
  ];
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
