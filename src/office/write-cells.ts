/**
 * The bulk writes both patches and generated sheets are made of, each reserving its size in the
 * write batch: value blocks (strings kept as text), formats by group — number formats as 2D arrays
 * (null = leave alone), the rest one call per distinct property value per sheet through RangeAreas
 * (ExcelApi 1.9; one range per area below 1.9) — and hyperlinks (one setCellProperties per column,
 * 1.9; one per link below).
 */
import type { CellLink, FormatGroup, PlanValue, ValueBlock } from '../core';
import { areaAddress, cellAddress, quoteSheetName } from '../core';
import { cellInput } from './cell-input';
import { applyStyle, hasStyle, styleBytes } from './formats';
import { addressChunks, callBytes, rowChunks } from './payload';
import { regroupByProperty } from './regroup';
import type { WriteBatch } from './write-batch';

function rangeOf(sheet: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Excel.Range {
  return sheet.getRange(areaAddress({ top, left, bottom: top + rows - 1, right: left + cols - 1 }));
}

/** What sets a 2D property of a range: values, number formats or cell properties. */
type Setter<T> = (range: Excel.Range, rows: T[][]) => void;
const setValues: Setter<string | number | boolean | null> = (range, rows) => (range.values = rows);
const setNumberFormats: Setter<string | null> = (range, rows) => (range.numberFormat = rows as string[][]);
const setCellProperties: Setter<Excel.SettableCellProperties> = (range, rows) => range.setCellProperties(rows);

/** A 2D block written in row chunks within the budget. */
async function writeMatrix<T>(batch: WriteBatch, sheet: Excel.Worksheet, top: number, left: number, rows: T[][], set: Setter<T>): Promise<void> {
  if (rows.length === 0 || rows[0].length === 0) return;
  for (const chunk of rowChunks(rows, batch.budget * 0.9)) {
    await batch.reserve(callBytes(chunk.rows) + callBytes('A1:B2'));
    set(rangeOf(sheet, top + chunk.offset, left, chunk.rows.length, rows[0].length), chunk.rows);
  }
}

/** Cells as one one-column block per column, from its first cell to its last, `blank` between them. */
function columnBlocks<T>(cells: { row: number; col: number; item: T }[], blank: T): { top: number; col: number; rows: T[][] }[] {
  const byCol = new Map<number, Map<number, T>>();
  for (const c of cells) byCol.set(c.col, (byCol.get(c.col) ?? new Map<number, T>()).set(c.row, c.item));
  return [...byCol].sort((a, b) => a[0] - b[0]).map(([col, items]) => {
    let top = Infinity;
    let bottom = -Infinity;
    for (const r of items.keys()) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
    }
    const rows: T[][] = [];
    for (let r = top; r <= bottom; r++) rows.push([items.has(r) ? items.get(r)! : blank]);
    return { top, col, rows };
  });
}

export async function writeValues(batch: WriteBatch, sheet: Excel.Worksheet, block: ValueBlock): Promise<void> {
  const rows = block.values.map((r) => r.map((v: PlanValue | null) => cellInput(v)));
  await writeMatrix(batch, sheet, block.top, block.left, rows, setValues);
}

/**
 * A sheet's formats, by format group: the number formats as 2D arrays (RangeAreas has no
 * numberFormat), everything else through writeFormatGroups.
 */
export async function writeFormats(batch: WriteBatch, sheet: Excel.Worksheet, groups: FormatGroup[], rangeAreas: boolean): Promise<void> {
  await writeNumberFormats(batch, sheet, groups);
  await writeFormatGroups(batch, sheet, groups, rangeAreas);
}

/** The number formats the groups set, one 2D array per column (null, leave alone, between the cells that set one). */
async function writeNumberFormats(batch: WriteBatch, sheet: Excel.Worksheet, groups: FormatGroup[]): Promise<void> {
  const cells: { row: number; col: number; item: string | null }[] = [];
  for (const g of groups) {
    const nf = g.format.numberFormat;
    if (nf === undefined) continue;
    for (const a of g.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.push({ row: r, col: c, item: nf });
  }
  for (const b of columnBlocks(cells, null)) await writeMatrix(batch, sheet, b.top, b.col, b.rows, setNumberFormats);
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

/** A link to a cell: its sheet always quoted (unquoted, a sheet named like a cell, "P1", is not found). */
function linkOf(l: CellLink, text: string): Excel.RangeHyperlink {
  return { documentReference: `${quoteSheetName(l.sheet, 'always')}!${l.cell}`, textToDisplay: text };
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
  const cells = links.map((l) => ({ row: l.row, col: l.col, item: { hyperlink: linkOf(l, textAt(l.row, l.col)) } as Excel.SettableCellProperties }));
  for (const b of columnBlocks(cells, {})) await writeMatrix(batch, sheet, b.top, b.col, b.rows, setCellProperties);
}
