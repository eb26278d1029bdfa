/**
 * What the state keeps of a sheet the product generated (issue 10 item 5, issue 11 item 1): not its
 * values — the sheet itself holds them — but its layout (formats, merges, widths, frozen panes, links,
 * tab colour) and a fingerprint of the values written. When a later scoring regenerates the sheet in
 * place, its undo journal needs the sheet's previous content: the values are taken from the sheet as it
 * is then (the adapter reads every sheet), the rest from the layout kept. A Highlights and Findings pair
 * of 10,000 indicators kept 0.6 MB of packed content in every state; its layout is a few kilobytes.
 *
 * Decision: where the analyst has edited a generated sheet since it was written (its values no longer
 * match the fingerprint), the previous content kept for undo is the sheet's values as the analyst left
 * them, with the product's formats: undo gives back the sheet as it was just before the rescore.
 */
import type { Area, CellValue, SheetGrid } from '../model';
import type { CellLink, FormatGroup, PlanValue, SheetContent } from '../plan/types';
import { decodeInts, decodeTexts, encodeInts, encodeTexts } from './columns';
import { fingerprint } from './hash';

/** A generated sheet's content without its values, and what tells whether the sheet still holds them. */
export interface SheetLayout extends Omit<SheetContent, 'values'> {
  /** The fingerprint of the values written (valuesPrint). */
  valuesPrint: string;
  /** The values block's rows and columns, as written. */
  size: [number, number];
}

/** A SheetLayout as stored in the state sheet: areas, links and merges as integer columns (columns.ts). */
export interface StoredLayout {
  formats: [FormatGroup['format'], string][];
  merges: string;
  columnWidths: number[];
  freeze: SheetContent['freeze'];
  links: { to: string[]; at: string; sheet: string; cell: string; count: number };
  tabColor: string | null;
  valuesPrint: string;
  size: [number, number];
}

/** A value as the sheet shows it: "" and an absent cell are blank. */
function shown(v: PlanValue | CellValue | null | undefined): CellValue | string {
  if (v === undefined || v === '' || v === null) return null;
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

/** The values without trailing blanks and blank rows, blanks as null (figures as they are). */
function trimmed(values: readonly (readonly (PlanValue | CellValue | null)[])[]): (CellValue | string)[][] {
  const rows = values.map((r) => {
    const out = r.map(shown);
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** A figure as Excel shows it (15 significant digits), so 0.1 + 0.2 and 0.3 are one figure. */
function shownFigure(v: CellValue | string): CellValue | string {
  return typeof v === 'number' && Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

/**
 * A fingerprint of a sheet's values as the sheet shows them: blank cells, trailing blanks and an empty
 * text alike, figures to Excel's 15 significant digits; so the values written and the same values read
 * back give the same fingerprint. A formula or error in `values` counts as its own text (generated
 * sheets hold none: `PlanValue`'s formula is undo's, on the analyst's own cells).
 */
export function valuesPrint(values: readonly (readonly (PlanValue | CellValue | null)[])[]): string {
  return fingerprint(JSON.stringify(trimmed(values).map((r) => r.map(shownFigure))));
}

/** The fingerprint of a generated sheet's values, its block placed where it starts (valuesPrint). */
export function contentPrint(content: Pick<SheetContent, 'values'>): string {
  const { top, left, values } = content.values;
  if (top === 0 && left === 0) return valuesPrint(values);
  const pad = new Array<null>(left).fill(null);
  return valuesPrint([...new Array<PlanValue[]>(top).fill([]), ...values.map((r) => [...pad, ...r])]);
}

/**
 * THE test of whether a generated sheet still shows the values the product wrote — the one place this
 * is decided. Both the rescore's "edited by hand, so regenerate it and say so" (hand-edits.ts,
 * `editedByHand`) and the undo journal's "keep the values as written or as the analyst left them"
 * (`contentFromSheet`) ask it. Values only, as the analyst sees them (valuesPrint): a blank cell and an
 * empty text alike, trailing blank rows and columns ignored, figures to Excel's 15 significant digits; a
 * formula typed over a cell counts by the value it shows (the adapters read a formula's result), so one
 * showing the very figure written is no edit and one showing another figure is. Formats, widths and
 * links are not compared (a cell recoloured is not a wrong figure).
 * @param print the fingerprint of the values written (`valuesPrint`, `contentPrint`, a layout's `valuesPrint`)
 * @param grid the sheet as read now, its values from A1
 */
export function sheetShows(print: string, grid: SheetGrid): boolean {
  return valuesPrint(grid.values) === print;
}

/** The layout of a generated sheet's content. */
export function layoutOf(content: SheetContent): SheetLayout {
  const { values, ...rest } = content;
  const cols = values.values.reduce((n, r) => Math.max(n, r.length), 0);
  return { ...rest, valuesPrint: contentPrint(content), size: [values.values.length, cols] };
}

/**
 * The content a generated sheet holds now: its layout kept in the state, with the values read from the
 * sheet. Where the sheet still shows the values written, the block has the size written.
 * @param layout the layout kept
 * @param grid the sheet as read now; undefined when it was not read (no content then: null)
 */
export function contentFromSheet(layout: SheetLayout, grid: SheetGrid | undefined): SheetContent | null {
  if (!grid) return null;
  const { valuesPrint: print, size, ...rest } = layout;
  const now = trimmed(grid.values);
  let rows: (CellValue | string)[][] = now;
  if (sheetShows(print, grid)) {
    rows = [];
    for (let r = 0; r < Math.max(size[0], now.length); r++) {
      const row = now[r] ?? [];
      const width = Math.max(size[1], row.length);
      const out = new Array<CellValue>(width);
      for (let c = 0; c < width; c++) out[c] = row[c] ?? null;
      rows.push(out);
    }
  }
  return { ...rest, values: { top: 0, left: 0, values: rows } };
}

function areasToInts(areas: readonly Area[]): string {
  const flat: number[] = [];
  for (const a of areas) flat.push(a.top, a.left, a.bottom, a.right);
  return encodeInts(flat);
}

function intsToAreas(text: string): Area[] {
  const flat = decodeInts(text);
  if (flat.length % 4 !== 0) throw new Error('not a list of areas');
  const out: Area[] = [];
  for (let i = 0; i < flat.length; i += 4)
    out.push({ top: flat[i], left: flat[i + 1], bottom: flat[i + 2], right: flat[i + 3] });
  return out;
}

/** A layout as stored (its name and role are the product sheet's own). */
export function storeLayout(layout: SheetLayout): StoredLayout {
  const to: string[] = [];
  const toIndex = new Map<string, number>();
  const at: number[] = [];
  const sheet: number[] = [];
  const cells: string[] = [];
  for (const l of layout.links) {
    let i = toIndex.get(l.sheet);
    if (i === undefined) {
      i = to.length;
      to.push(l.sheet);
      toIndex.set(l.sheet, i);
    }
    at.push(l.row, l.col);
    sheet.push(i);
    cells.push(l.cell);
  }
  return {
    formats: layout.formats.map((g) => [g.format, areasToInts(g.areas)]),
    merges: areasToInts(layout.merges),
    columnWidths: layout.columnWidths,
    freeze: layout.freeze,
    links: { to, at: encodeInts(at), sheet: encodeInts(sheet), cell: encodeTexts(cells), count: cells.length },
    tabColor: layout.tabColor,
    valuesPrint: layout.valuesPrint,
    size: layout.size,
  };
}

/**
 * The layout storeLayout stored.
 * @throws Error on a stored layout it did not write (the state then reads as damaged)
 */
export function readLayout(name: string, role: SheetContent['role'], s: StoredLayout): SheetLayout {
  const at = decodeInts(s.links.at);
  const sheet = decodeInts(s.links.sheet);
  const cells = decodeTexts(s.links.cell, s.links.count);
  if (at.length !== 2 * cells.length || sheet.length !== cells.length) throw new Error('not a list of links');
  const links: CellLink[] = cells.map((cell, i) => {
    const to = s.links.to[sheet[i]];
    if (typeof to !== 'string') throw new Error('not a list of links');
    return { row: at[2 * i], col: at[2 * i + 1], sheet: to, cell };
  });
  return {
    name,
    role,
    formats: s.formats.map(([format, areas]) => ({ format, areas: intsToAreas(areas) })),
    merges: intsToAreas(s.merges),
    columnWidths: s.columnWidths,
    freeze: s.freeze,
    links,
    tabColor: s.tabColor,
    valuesPrint: s.valuesPrint,
    size: s.size,
  };
}
