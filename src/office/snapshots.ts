/**
 * The owned cells' "before" picture (value, formula, number format, fill and font colour), for the
 * undo journal and to know whether scoring again would change anything. Cells inside the window read
 * ahead with the values need no request; the rest are read per column block of a table in as few
 * syncs as the response budget allows: Range.getCellProperties (ExcelApi 1.9) for the colours of a
 * whole block, or, below 1.9, the fill and font of each cell.
 */
import type { CellSnapshot, CellValue, OfficeFillPattern, OfficeHyperlink, OfficeTextRun, SheetGrid } from '../core';
import { areaAddress, snapshotKey } from '../core';
import { isFormulaCell } from './cell-text';
import type { HostAbilities } from './host';
import type { FoldWindow, WorkbookRead } from './read-workbook';
import { CALL_OVERHEAD, PAYLOAD_BUDGET, utf8Bytes } from './payload';
import { isTooLarge } from './problems';

export interface OwnedRef {
  sheet: string;
  row: number;
  col: number;
}

/** Office gives "#FFFFFF" for no fill and "#000000" for automatic text: both mean "none" here. */
export function fillFrom(color: string | null | undefined): string | null {
  const c = (color ?? '').replace(/^#/, '').toUpperCase();
  return c === '' || c === 'FFFFFF' ? null : c;
}

export function fontFrom(color: string | null | undefined): string | null {
  const c = (color ?? '').replace(/^#/, '').toUpperCase();
  return c === '' || c === '000000' ? null : c;
}

/** Excel's error values, as Range.values gives them. */
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * A cell's before-picture from what Range.values, Range.formulas and the number format give.
 * - Quote-prefixed text ('=) reads back from Range.formulas as "=" (office-js #6687): kept as text
 *   (cell-text.ts), and undo puts it back as text.
 * - An error value typed in the cell (#N/A, not a formula's result) reads as its text in both: it is kept as
 *   an error, so undo puts the error back, not the text "#N/A" (issue 8 item 6) — unless the cell is
 *   formatted as text (@), where it can only be text.
 */
export function snapshotOf(
  value: CellValue,
  formula: unknown,
  numberFormat: unknown,
  fill: string | null | undefined,
  font: string | null | undefined,
  hyperlink?: unknown,
  fillRead?: unknown,
): CellSnapshot {
  const format = typeof numberFormat === 'string' ? numberFormat : 'General';
  const s: CellSnapshot = { value, format: { numberFormat: format, fill: fillFrom(fill), fontColor: fontFrom(font) } };
  if (isFormulaCell(formula, value)) s.formula = formula as string;
  else if (typeof value === 'string' && formula === value && ERROR_VALUES.has(value) && format !== '@') s.error = true;
  const link = linkOf(hyperlink);
  const pattern = patternOf(fillRead);
  if (link || pattern)
    s.native = { kind: 'office', ...(link ? { hyperlink: link } : {}), ...(pattern ? { fill: pattern } : {}) };
  return s;
}

/**
 * A fill pattern as getCellProperties({ format: { fill: { pattern: true, patternColor: true } } }) gives it
 * (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill), kept for
 * undo (issue 8 item 6): only a real pattern ("Gray25", not "None" or "Solid"), with its colour as RRGGBB
 * unless automatic ("#000000"). The fill colour under it is kept as the snapshot's fill.
 */
export function patternOf(fill: unknown): OfficeFillPattern | undefined {
  if (!fill || typeof fill !== 'object') return undefined;
  const { pattern, patternColor } = fill as { pattern?: unknown; patternColor?: unknown };
  if (typeof pattern !== 'string' || pattern === '' || pattern === 'None' || pattern === 'Solid') return undefined;
  const colour = fontFrom(typeof patternColor === 'string' ? patternColor : null);
  return colour ? { pattern, patternColor: colour } : { pattern };
}

/**
 * A hyperlink as Range.hyperlink (ExcelApi 1.7) or getCellProperties({ hyperlink: true }) (1.9) gives it,
 * kept for undo (issue 8 item 6): only its string parts, and only when it points somewhere.
 */
export function linkOf(h: unknown): OfficeHyperlink | undefined {
  if (!h || typeof h !== 'object') return undefined;
  const out: OfficeHyperlink = {};
  for (const k of ['address', 'documentReference', 'screenTip', 'textToDisplay'] as const) {
    const v = (h as Record<string, unknown>)[k];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out.address || out.documentReference ? out : undefined;
}

/**
 * What getCellProperties reads for a snapshot (ExcelApi 1.9): fill colour, pattern and pattern colour,
 * font colour, and the hyperlink. Below 1.9 nothing of patterns is read (RangeFill.pattern is 1.9 too).
 */
export const SNAPSHOT_CELL_PROPERTIES = {
  format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } },
  hyperlink: true,
} as const;

function gridValue(grids: Map<string, SheetGrid>, sheet: string, row: number, col: number): CellValue {
  return grids.get(sheet)?.values[row]?.[col] ?? null;
}

function fromFold(fold: FoldWindow | undefined, value: CellValue, row: number, col: number): CellSnapshot | null {
  if (!fold) return null;
  const r = row - fold.top;
  const c = col - fold.left;
  if (r < 0 || c < 0 || r >= fold.formulas.length || c >= (fold.formulas[0]?.length ?? 0)) return null;
  const colours = fold.colours[r][c];
  return snapshotOf(
    value,
    fold.formulas[r][c],
    fold.numberFormat[r][c],
    colours.fill,
    colours.font,
    colours.link,
    colours.pattern,
  );
}

/** The window read with the values that holds an owned cell, if one does. */
function foldAt(folds: WorkbookRead['folds'], sheet: string, row: number, col: number): FoldWindow | undefined {
  return folds
    .get(sheet)
    ?.find(
      (f) =>
        row >= f.top && row < f.top + f.formulas.length && col >= f.left && col < f.left + (f.formulas[0]?.length ?? 0),
    );
}

interface Block {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
}

/** Cells as column blocks: consecutive rows of one column of one sheet. */
function blocksOf(cells: OwnedRef[]): Block[] {
  const sorted = [...cells].sort((a, b) =>
    a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row,
  );
  const blocks: Block[] = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.bottom + 1 >= c.row)
      last.bottom = Math.max(last.bottom, c.row);
    else blocks.push({ sheet: c.sheet, col: c.col, top: c.row, bottom: c.row });
  }
  return blocks;
}

/**
 * What a cell's "before" picture weighs in the response, sized before it is asked for (issue 11 item 2):
 * its formulas entry (about its value's JSON), its number format ("General", 10 bytes), the cell
 * properties ({"format":{"fill":{"color":"#FFFFFF","pattern":"None","patternColor":"#000000"},
 * "font":{"color":"#000000"}}}, 104 bytes) and the brackets of three one-column arrays; the 1 MB between
 * the budget and Excel's 5 MB is the margin.
 */
function snapshotBytes(value: CellValue): number {
  return 126 + (value === null ? 2 : jsonBytesOf(value));
}

function jsonBytesOf(v: CellValue): number {
  return typeof v === 'string' ? utf8Bytes(v) + 2 : String(v).length;
}

/** The owned cells of a plan, by sheet: each patch's cells (`SheetPatch`, as prepareRun plans them). */
export type OwnedBySheet = readonly {
  sheet: string;
  cells: readonly { row: number; col: number; format?: { shrinkToFit?: boolean } }[];
}[];

/**
 * The owned cells whose write sets shrink to fit (a zero target's words), whose own setting the journal
 * keeps: none on a host below ExcelApi 1.9, which neither reads nor writes it.
 */
function shrinkCells(owned: OwnedBySheet, abilities: HostAbilities): OwnedRef[] {
  if (!abilities.rangeAreas) return [];
  const out: OwnedRef[] = [];
  for (const p of owned)
    for (const c of p.cells)
      if (c.format?.shrinkToFit !== undefined) out.push({ sheet: p.sheet, row: c.row, col: c.col });
  return out;
}

/**
 * Each shrink cell's own setting, asked with getCellProperties({ format: { shrinkToFit: true } }) (ExcelApi
 * 1.9, https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesformat) over column blocks of
 * such cells: queued here, delivered by the next sync (the snapshots' own, or one of its own where every
 * other cell came with the values). A few cells a workbook at most: about 40 bytes a cell.
 */
function queueShrinkReads(
  context: Excel.RequestContext,
  cells: OwnedRef[],
): { b: Block; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] {
  return blocksOf(cells).map((b) => ({
    b,
    props: context.workbook.worksheets
      .getItem(b.sheet)
      .getRange(areaAddress({ top: b.top, left: b.col, bottom: b.bottom, right: b.col }))
      .getCellProperties({ format: { shrinkToFit: true } }),
  }));
}

/**
 * Each owned cell's "before" picture, by snapshotKey: from the windows read with the bands where they
 * cover it, else read here. `owned`: the plan's patches (PreparedRun.plan.patches), walked as they are —
 * no list of the owned cells is made for the purpose, only of those still to read (issue 11).
 */
export async function readSnapshots(
  context: Excel.RequestContext,
  abilities: HostAbilities,
  owned: OwnedBySheet,
  book: Pick<WorkbookRead, 'grids' | 'folds' | 'textRuns'>,
): Promise<Map<string, CellSnapshot>> {
  const grids = new Map(book.grids.map((g) => [g.name, g]));
  const snapshots = new Map<string, CellSnapshot>();
  const missing: OwnedRef[] = [];
  for (const p of owned)
    for (const cell of p.cells) {
      const { row, col } = cell;
      const s = fromFold(foldAt(book.folds, p.sheet, row, col), gridValue(grids, p.sheet, row, col), row, col);
      if (s) snapshots.set(snapshotKey(p.sheet, row, col), s);
      else missing.push({ sheet: p.sheet, row, col });
    }
  const blocks = blocksOf(missing);
  const shrinkReads = queueShrinkReads(context, shrinkCells(owned, abilities));
  if (shrinkReads.length > 0 && blocks.length === 0) await context.sync();
  let start = 0;
  while (start < blocks.length) {
    // Each request filled to the budget: blocks taller than the room left are cut.
    const batch: Block[] = [];
    let bytes = 0;
    while (start < blocks.length) {
      const b = blocks[start];
      let rows = 0;
      let size = 0;
      while (b.top + rows <= b.bottom) {
        const cell = snapshotBytes(gridValue(grids, b.sheet, b.top + rows, b.col));
        if (bytes + size + cell + CALL_OVERHEAD * 4 > PAYLOAD_BUDGET && (rows > 0 || batch.length > 0)) break;
        size += cell;
        rows++;
      }
      if (rows === 0) break;
      bytes += size + CALL_OVERHEAD * 4;
      if (b.top + rows > b.bottom) {
        batch.push(b);
        start++;
      } else {
        batch.push({ ...b, bottom: b.top + rows - 1 });
        blocks[start] = { ...b, top: b.top + rows };
        break;
      }
    }
    const reads = batch.map((b) => {
      const sheet = context.workbook.worksheets.getItem(b.sheet);
      const range = sheet
        .getRange(areaAddress({ top: b.top, left: b.col, bottom: b.bottom, right: b.col }))
        .load('formulas,numberFormat');
      if (abilities.rangeAreas) {
        return { b, range, colours: range.getCellProperties(SNAPSHOT_CELL_PROPERTIES) };
      }
      const cells: { fill: Excel.RangeFill; font: Excel.RangeFont; cell: Excel.Range }[] = [];
      for (let r = 0; r <= b.bottom - b.top; r++) {
        const cell = range.getCell(r, 0);
        cells.push({
          fill: cell.format.fill.load('color'),
          font: cell.format.font.load('color'),
          cell: cell.load('hyperlink'),
        });
      }
      return { b, range, cells };
    });
    await context.sync();
    for (const read of reads) {
      const { b, range } = read;
      for (let r = 0; r <= b.bottom - b.top; r++) {
        const row = b.top + r;
        const colours =
          'colours' in read && read.colours
            ? {
                fill: read.colours.value[r][0].format?.fill?.color,
                font: read.colours.value[r][0].format?.font?.color,
                link: read.colours.value[r][0].hyperlink,
                pattern: read.colours.value[r][0].format?.fill,
              }
            : { fill: read.cells![r].fill.color, font: read.cells![r].font.color, link: read.cells![r].cell.hyperlink };
        snapshots.set(
          snapshotKey(b.sheet, row, b.col),
          snapshotOf(
            gridValue(grids, b.sheet, row, b.col),
            range.formulas[r][0],
            range.numberFormat[r][0],
            colours.fill,
            colours.font,
            colours.link,
            'pattern' in colours ? colours.pattern : undefined,
          ),
        );
      }
    }
  }
  // Read with the first batch's sync (or the one above): every snapshot is made by now.
  for (const { b, props } of shrinkReads)
    for (let r = 0; r <= b.bottom - b.top; r++) {
      const snapshot = snapshots.get(snapshotKey(b.sheet, b.top + r, b.col));
      const shrink = props.value[r]?.[0]?.format?.shrinkToFit;
      if (snapshot && typeof shrink === 'boolean') snapshot.format = { ...snapshot.format, shrinkToFit: shrink };
    }
  if (abilities.textRuns) {
    // The runs read with the "before" picture (read-workbook.ts); only the cells the guess missed are asked.
    const asked = book.textRuns ?? new Map<string, unknown>();
    const notAsked: OwnedRef[] = [];
    for (const p of owned)
      for (const c of p.cells) {
        const key = snapshotKey(p.sheet, c.row, c.col);
        if (asked.has(key)) keepTextRuns(snapshots.get(key), asked.get(key));
        else notAsked.push({ sheet: p.sheet, row: c.row, col: c.col });
      }
    await readTextRuns(context, notAsked, grids, snapshots);
  }
  return snapshots;
}

/**
 * What one text cell's runs weigh in the response, estimated from the cell's text alone (its runs are
 * not known before they are read): each run's text and its whole font ({"text":…,"font":{"bold":false,
 * "color":"#000000","italic":false,"name":"Calibri","size":11,"strikethrough":false,"subscript":false,
 * "superscript":false,"tintAndShade":0,"underline":"None"}}, about 190 bytes) and the brackets around
 * it — so 230 bytes for one run — plus the text's UTF-8 bytes twice, for what JSON escaping may add.
 * Sized as plain text is, one run: rich text is rare; the readers measure what comes back and weigh the
 * next cells at that, and ask again in halves when Excel refuses a response as too large.
 */
export function textRunBytes(value: string): number {
  return 230 + 2 * utf8Bytes(value);
}

/**
 * Whether an owned cell's runs are worth asking for, from its value alone: text of two characters or
 * more (two runs need two characters: the arrows the product writes, ↑ ↓ ↔ ■, are never asked about).
 */
export function asksTextRuns(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.length >= 2;
}

/** A snapshot given the runs Excel read for its cell, when they are rich (textRunsOf). */
function keepTextRuns(snapshot: CellSnapshot | undefined, runs: unknown): void {
  const kept = snapshot && !snapshot.formula && textRunsOf(snapshot.value, runs);
  if (!snapshot || !kept) return;
  snapshot.native = { ...(snapshot.native?.kind === 'office' ? snapshot.native : { kind: 'office' }), textRuns: kept };
}

/**
 * A rich-text cell's runs as getCellProperties({ textRuns: true }) gives them (ExcelApi 1.18,
 * https://learn.microsoft.com/javascript/api/excel/excel.rangetextrun), kept for undo (issue 8 item 6)
 * only when there are two or more whose text makes the cell's value (plain text reads as one run). Of
 * each run's font only the properties that differ between the runs are kept: those the runs share are
 * the cell's own font, which the scoring does not change but for its colour, kept in the snapshot's
 * format and put back with it.
 */
export function textRunsOf(value: CellValue, runs: unknown): OfficeTextRun[] | undefined {
  if (typeof value !== 'string' || !Array.isArray(runs) || runs.length < 2) return undefined;
  const read = runs as { text?: unknown; font?: Record<string, unknown> }[];
  if (read.some((r) => typeof r?.text !== 'string') || read.map((r) => r.text).join('') !== value) return undefined;
  const keys = new Set(read.flatMap((r) => Object.keys(r.font ?? {})));
  const differ = [...keys].filter((k) => new Set(read.map((r) => JSON.stringify(r.font?.[k]))).size > 1);
  if (differ.length === 0) return undefined;
  return read.map((r) => {
    const font: Record<string, string | number | boolean> = {};
    for (const k of differ) {
      const v = r.font?.[k];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') font[k] = v;
    }
    return Object.keys(font).length ? { text: r.text as string, font } : { text: r.text as string };
  });
}

/**
 * On ExcelApi 1.18 and later, the runs of fonts of the owned cells holding text of two characters or
 * more (not a formula's result), read with getCellProperties({ textRuns: true }) over column blocks of such cells only:
 * Excel answers every font property of every run, so asking it of the whole block would multiply the
 * read. Only the owned text cells whose runs did not come with the "before" picture (read-workbook.ts
 * reads those of the guessed owned blocks, and of the read-ahead, in the same requests): one more
 * request (or more, by the payload budget) only when the guess missed some; none else.
 */
async function readTextRuns(
  context: Excel.RequestContext,
  owned: OwnedRef[],
  grids: Map<string, SheetGrid>,
  snapshots: Map<string, CellSnapshot>,
): Promise<void> {
  const text = owned.filter(
    (c) =>
      asksTextRuns(gridValue(grids, c.sheet, c.row, c.col)) &&
      !snapshots.get(snapshotKey(c.sheet, c.row, c.col))?.formula,
  );
  const blocks = blocksOf(text);
  // Sized for plain text (one run a cell); a response Excel refuses as too large is asked again in halves.
  let budget = PAYLOAD_BUDGET;
  while (blocks.length > 0) {
    const batch: Block[] = [];
    let bytes = 0;
    while (blocks.length > 0) {
      const b = blocks[0];
      let rows = 0;
      while (b.top + rows <= b.bottom) {
        const cell = textRunBytes(String(gridValue(grids, b.sheet, b.top + rows, b.col)));
        if (bytes + cell + CALL_OVERHEAD > budget && (rows > 0 || batch.length > 0)) break;
        bytes += cell;
        rows++;
      }
      if (rows === 0) break;
      bytes += CALL_OVERHEAD;
      batch.push({ ...b, bottom: b.top + rows - 1 });
      if (b.top + rows > b.bottom) blocks.shift();
      else {
        blocks[0] = { ...b, top: b.top + rows };
        break;
      }
    }
    const reads = batch.map((b) => ({
      b,
      runs: context.workbook.worksheets
        .getItem(b.sheet)
        .getRange(areaAddress({ top: b.top, left: b.col, bottom: b.bottom, right: b.col }))
        .getCellProperties({ textRuns: true }),
    }));
    const cells = batch.reduce((n, b) => n + b.bottom - b.top + 1, 0);
    try {
      await context.sync();
    } catch (e) {
      if (cells <= 1 || !isTooLarge(e, true)) throw e;
      budget = Math.max(1, Math.floor(bytes / 2));
      blocks.unshift(...batch);
      continue;
    }
    for (const { b, runs } of reads) {
      for (let r = 0; r <= b.bottom - b.top; r++)
        keepTextRuns(snapshots.get(snapshotKey(b.sheet, b.top + r, b.col)), runs.value[r]?.[0]?.textRuns);
    }
  }
}
