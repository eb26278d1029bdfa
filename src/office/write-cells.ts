/**
 * The bulk writes both patches and generated sheets are made of, each reserving its size in the
 * write batch: value blocks (strings kept as text), formats by group — number formats as 2D arrays
 * (null = leave alone), the rest one call per distinct property value per sheet through RangeAreas
 * (ExcelApi 1.9; one range per area below 1.9) — and hyperlinks (one setCellProperties per column,
 * 1.9; one per link below).
 */
import type { CellFormat, CellLink, FormatGroup, PlanValue, ValueBlock } from '../core';
import { areaAddress, cellAddress, quoteSheetName } from '../core';
import { cellInput } from './cell-input';
import { applyStyle, cellFormatProperties, hasStyle, styleBytes } from './formats';
import { CALL_OVERHEAD, addressChunks, callBytes, jsonBytes } from './payload';
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

/**
 * A 2D block written in row chunks, each cut to fill what the current request has room for (a
 * new request once less than MIN_CHUNK is left), so the requests go out full: syncs follow the bytes.
 */
async function writeMatrix<T>(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: T[][],
  set: Setter<T>,
): Promise<void> {
  if (rows.length === 0 || rows[0].length === 0) return;
  const framing = callBytes('A1:B2') + CALL_OVERHEAD;
  let start = 0;
  while (start < rows.length) {
    if (batch.room() < MIN_CHUNK) await batch.flush();
    const room = batch.room() - framing;
    let end = start;
    let bytes = 2;
    while (end < rows.length) {
      const b = jsonBytes(rows[end]) + 1;
      if (end > start && bytes + b > room) break;
      bytes += b;
      end++;
    }
    const chunk = rows.slice(start, end);
    await batch.reserve(bytes + framing);
    set(rangeOf(sheet, top + start, left, chunk.length, rows[0].length), chunk);
    start = end;
  }
}

/** Less room than this left in a request: a block starts a new one rather than be cut into slivers. */
const MIN_CHUNK = 64 * 1024;

/** Cells as one one-column block per column, from its first cell to its last, `blank` between them. */
function columnBlocks<T>(
  cells: { row: number; col: number; item: T }[],
  blank: T,
): { top: number; col: number; rows: T[][] }[] {
  const byCol = new Map<number, Map<number, T>>();
  for (const c of cells) byCol.set(c.col, (byCol.get(c.col) ?? new Map<number, T>()).set(c.row, c.item));
  return [...byCol]
    .sort((a, b) => a[0] - b[0])
    .map(([col, items]) => {
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
export async function writeFormats(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  groups: FormatGroup[],
  rangeAreas: boolean,
): Promise<void> {
  await writeNumberFormats(batch, sheet, groups);
  await writeFormatGroups(batch, sheet, groups, rangeAreas);
}

/** The number formats the groups set, one 2D array per column (null, leave alone, between the cells that set one). */
async function writeNumberFormats(batch: WriteBatch, sheet: Excel.Worksheet, groups: FormatGroup[]): Promise<void> {
  const cells: { row: number; col: number; item: string | null }[] = [];
  for (const g of groups) {
    const nf = g.format.numberFormat;
    if (nf === undefined) continue;
    for (const a of g.areas)
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) cells.push({ row: r, col: c, item: nf });
  }
  for (const b of columnBlocks(cells, null)) await writeMatrix(batch, sheet, b.top, b.col, b.rows, setNumberFormats);
}

/**
 * A property value whose cells make at most this many rectangles on a sheet (a table's border, its
 * header's bold, a column's alignment) is one RangeAreas call over their short address list; one
 * spread over more (the RAG fill and font colours of thousands of indicators) goes into the cells'
 * per-cell properties instead, so neither the calls nor the address lists grow with the indicators.
 */
export const COMPACT_AREAS = 8;

/**
 * Fill, font, alignment and borders. On ExcelApi 1.9: each distinct property value over few rectangles
 * is one RangeAreas call (worksheet.getRanges); the rest are written per column block as one
 * Range.setCellProperties of a 2-D array of formats (issue 11 item 3), so the calls per sheet stay flat
 * from 60 to 50,000 indicators and the bytes follow the cells. Below 1.9 (no RangeAreas, no cell
 * properties) one range per area and property, and no shrink to fit (a 1.9 property).
 */
async function writeFormatGroups(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  groups: FormatGroup[],
  rangeAreas: boolean,
): Promise<void> {
  const regrouped = regroupByProperty(groups).filter((g) => hasStyle(g.format));
  if (!rangeAreas) {
    for (const g of regrouped) {
      // Shrink to fit is ExcelApi 1.9 (RangeFormat.shrinkToFit): below it a zero target's words stay as
      // they were written before (cut off in a narrow column), and the snapshots did not read it either.
      if (g.format.shrinkToFit !== undefined) continue;
      for (const a of g.areas) {
        const address = areaAddress(a);
        await batch.reserve(callBytes(address) + styleBytes(g.format));
        applyStyle(sheet.getRange(address).format, g.format);
      }
    }
    return;
  }
  const scattered: { row: number; col: number; item: CellFormat }[] = [];
  const byCell = new Map<string, CellFormat>();
  for (const g of regrouped) {
    if (g.areas.length <= COMPACT_AREAS) {
      for (const address of addressChunks(g.areas)) {
        await batch.reserve(callBytes(address) + styleBytes(g.format));
        applyStyle(sheet.getRanges(address).format, g.format);
      }
      continue;
    }
    for (const a of g.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const key = `${r},${c}`;
          let f = byCell.get(key);
          if (!f) {
            f = {};
            byCell.set(key, f);
            scattered.push({ row: r, col: c, item: f });
          }
          Object.assign(f, g.format);
        }
      }
    }
  }
  const cells = scattered.map((c) => ({
    row: c.row,
    col: c.col,
    item: { format: cellFormatProperties(c.item) } as Excel.SettableCellProperties,
  }));
  for (const b of columnBlocks(cells, {})) await writeMatrix(batch, sheet, b.top, b.col, b.rows, setCellProperties);
}

/** A link to a cell: its sheet always quoted (unquoted, a sheet named like a cell, "P1", is not found). */
function linkOf(l: CellLink, text: string): Excel.RangeHyperlink {
  return { documentReference: `${quoteSheetName(l.sheet, 'always')}!${l.cell}`, textToDisplay: text };
}

/** Links to places in the workbook: one setCellProperties per column (1.9), else one call per link. */
export async function writeLinks(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  links: CellLink[],
  textAt: (row: number, col: number) => string,
  rangeAreas: boolean,
): Promise<void> {
  if (!rangeAreas) {
    for (const l of links) {
      const link = linkOf(l, textAt(l.row, l.col));
      await batch.reserve(callBytes(link));
      sheet.getRange(cellAddress(l.row, l.col)).hyperlink = link;
    }
    return;
  }
  const cells = links.map((l) => ({
    row: l.row,
    col: l.col,
    item: { hyperlink: linkOf(l, textAt(l.row, l.col)) } as Excel.SettableCellProperties,
  }));
  for (const b of columnBlocks(cells, {})) await writeMatrix(batch, sheet, b.top, b.col, b.rows, setCellProperties);
}
