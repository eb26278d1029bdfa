/**
 * The bulk writes both patches and generated sheets are made of, each reserving its size in the
 * write batch: value blocks (strings kept as text), formats by group — number formats as 2D arrays
 * (null = leave alone), the rest one call per distinct property value per sheet through RangeAreas
 * (ExcelApi 1.9; one range per area below 1.9) — and hyperlinks (one setCellProperties per column,
 * 1.9; one per link below).
 */
import type { CellLink, FormatGroup, PlanValue, ValueBlock } from '../core';
import { areaAddress, cellAddress } from '../core';
import { cellInput } from './cell-input';
import { applyStyle, hasStyle, styleBytes } from './formats';
import { addressChunks, callBytes, rowChunks } from './payload';
import { regroupByProperty } from './regroup';
import { sheetRef } from './addresses';
import type { WriteBatch } from './write-batch';

function span(rows: Iterable<number>): [number, number] {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of rows) {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
  }
  return [top, bottom];
}

function rangeOf(sheet: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Excel.Range {
  return sheet.getRange(areaAddress({ top, left, bottom: top + rows - 1, right: left + cols - 1 }));
}

/** A 2D property (values or numberFormat) written in row chunks within the budget. */
async function writeMatrix(batch: WriteBatch, sheet: Excel.Worksheet, top: number, left: number, rows: (string | number | boolean | null)[][], prop: 'values' | 'numberFormat'): Promise<void> {
  if (rows.length === 0 || rows[0].length === 0) return;
  for (const chunk of rowChunks(rows, batch.budget * 0.9)) {
    await batch.reserve(callBytes(chunk.rows) + callBytes('A1:B2'));
    const range = rangeOf(sheet, top + chunk.offset, left, chunk.rows.length, rows[0].length);
    if (prop === 'values') range.values = chunk.rows;
    else range.numberFormat = chunk.rows as string[][];
  }
}

export async function writeValues(batch: WriteBatch, sheet: Excel.Worksheet, block: ValueBlock): Promise<void> {
  const rows = block.values.map((r) => r.map((v: PlanValue | null) => cellInput(v)));
  await writeMatrix(batch, sheet, block.top, block.left, rows, 'values');
}

/**
 * A sheet's formats, by format group: the number formats as 2D arrays (RangeAreas has no
 * numberFormat), everything else through writeFormatGroups.
 */
export async function writeFormats(batch: WriteBatch, sheet: Excel.Worksheet, groups: FormatGroup[], rangeAreas: boolean): Promise<void> {
  await writeNumberFormats(batch, sheet, numberFormatCells(groups));
  await writeFormatGroups(batch, sheet, groups, rangeAreas);
}

/** Number formats of cells, one 2D array per column (null between the cells that set one). */
async function writeNumberFormats(batch: WriteBatch, sheet: Excel.Worksheet, cells: { row: number; col: number; numberFormat: string }[]): Promise<void> {
  const byCol = new Map<number, Map<number, string>>();
  for (const c of cells) {
    const col = byCol.get(c.col) ?? new Map<number, string>();
    col.set(c.row, c.numberFormat);
    byCol.set(c.col, col);
  }
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const [top, bottom] = span(rows.keys());
    const matrix: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) matrix.push([rows.get(r) ?? null]);
    await writeMatrix(batch, sheet, top, col, matrix, 'numberFormat');
  }
}

/** The number formats a list of format groups sets, cell by cell. */
function numberFormatCells(groups: FormatGroup[]): { row: number; col: number; numberFormat: string }[] {
  const out: { row: number; col: number; numberFormat: string }[] = [];
  for (const g of groups) {
    const nf = g.format.numberFormat;
    if (nf === undefined) continue;
    for (const a of g.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push({ row: r, col: c, numberFormat: nf });
  }
  return out;
}

/** Fill, font, alignment and borders: one call per distinct property value (per address chunk) on 1.9; per area below. */
async function writeFormatGroups(batch: WriteBatch, sheet: Excel.Worksheet, groups: FormatGroup[], rangeAreas: boolean): Promise<void> {
  for (const g of regroupByProperty(groups)) {
    if (!hasStyle(g.format)) continue;
    if (rangeAreas) {
      for (const address of addressChunks(g.areas)) {
        await batch.reserve(callBytes(address) + styleBytes(g.format));
        applyStyle(sheet.getRanges(address).format, g.format);
      }
    } else {
      for (const a of g.areas) {
        const address = areaAddress(a);
        await batch.reserve(callBytes(address) + styleBytes(g.format));
        applyStyle(sheet.getRange(address).format, g.format);
      }
    }
  }
}

function linkOf(l: CellLink, text: string): Excel.RangeHyperlink {
  return { documentReference: `${sheetRef(l.sheet)}!${l.cell}`, textToDisplay: text };
}

/** Links to places in the workbook: one setCellProperties per column (1.9), else one call per link. */
export async function writeLinks(batch: WriteBatch, sheet: Excel.Worksheet, links: CellLink[], textAt: (row: number, col: number) => string, rangeAreas: boolean): Promise<void> {
  if (!rangeAreas) {
    for (const l of links) {
      const link = linkOf(l, textAt(l.row, l.col));
      await batch.reserve(callBytes(link));
      sheet.getRange(cellAddress(l.row, l.col)).hyperlink = link;
    }
    return;
  }
  const byCol = new Map<number, Map<number, CellLink>>();
  for (const l of links) byCol.set(l.col, (byCol.get(l.col) ?? new Map()).set(l.row, l));
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const [top, bottom] = span(rows.keys());
    const matrix: Excel.SettableCellProperties[][] = [];
    for (let r = top; r <= bottom; r++) {
      const l = rows.get(r);
      matrix.push([l ? { hyperlink: linkOf(l, textAt(r, col)) } : {}]);
    }
    for (const chunk of rowChunks(matrix, batch.budget * 0.9)) {
      await batch.reserve(callBytes(chunk.rows));
      rangeOf(sheet, top + chunk.offset, col, chunk.rows.length, 1).setCellProperties(chunk.rows);
    }
  }
}
