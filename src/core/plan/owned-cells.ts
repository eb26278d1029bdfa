/**
 * The cells scoring owns in the indicator tables (docs/cli.md, “What the scored workbook holds”) and what goes in them: % variance with its
 * RAG fill, DOT and Trend symbols in the RAG colour, the quartile fill, an optional Status column.
 * Nothing else in a table is ever written.
 */
import type { Area, IndicatorScore, IndicatorTable, Rag } from '../model';
import { groupFormats } from './group';
import { ragFill, ragText, quartileFill, SYMBOL, VARIANCE_NUMBER_FORMAT } from './styles';
import type { CellFormat, OwnedCell, PlanValue, SheetPatch } from './types';
import { percent, plural, quote, statusWordsOf } from '../words';
import { percentAsFraction } from '../rules/rounding';

/** Text in the variance cell where there is no percentage: a gap, no target, or a target of 0. */
export const NO_VARIANCE = '-';
export function zeroTargetText(rag: Rag): string {
  return rag === 'green' ? 'Met (target 0)' : 'Missed (target 0)';
}

/** The variance cell's format for each RAG (and none), made once and shared by every cell (issue 11). */
const VARIANCE_FORMATS = new Map<Rag | null, CellFormat>(
  ([null, 'green', 'amber', 'red'] as (Rag | null)[]).map((r) => [
    r,
    Object.freeze({ numberFormat: VARIANCE_NUMBER_FORMAT, ...ragFill(r) }),
  ]),
);

/**
 * A target of 0's words ("Missed (target 0)") are wider than a narrow % Variance column (fresh user 10:
 * "Missed (targ" on the board's page, read as another word): the cell shrinks them to fit. The column's
 * width is the analyst's and stays; a figure (0.00%) fits and is written as before.
 */
const ZERO_TARGET_FORMATS = new Map<Rag, CellFormat>(
  (['green', 'amber', 'red'] as Rag[]).map((r) => [
    r,
    Object.freeze({ ...VARIANCE_FORMATS.get(r)!, shrinkToFit: true }),
  ]),
);

// Each owned cell is made once, field by field, with no intermediate object (issue 11).

function varianceCell(row: number, col: number, s: IndicatorScore): OwnedCell {
  if (s.variancePct === null && s.rag !== null)
    return { row, col, role: 'variance', value: zeroTargetText(s.rag), format: ZERO_TARGET_FORMATS.get(s.rag)! };
  const format = VARIANCE_FORMATS.get(s.rag)!;
  const value: PlanValue = s.variancePct !== null ? percentAsFraction(s.variancePct) : NO_VARIANCE;
  return { row, col, role: 'variance', value, format };
}

/**
 * The variance as its cell shows it — "−5.04%" (0.00%), "Met (target 0)", "Missed (target 0)" — or null where
 * the cell holds "-" (no variance). For lists beside the workbook (the task pane's) to say what the cell says:
 * the pane had rounded to one decimal, so EFF02's −5.04% (red) and EFF03's −5.00% (amber) both read "-5%"
 * (fresh user 11).
 */
export function varianceShown(s: Pick<IndicatorScore, 'variancePct' | 'rag'>): string | null {
  // 2 dp as the cell's 0.00% shows it, with the true minus sign the findings use (words.ts `percent`).
  if (s.variancePct !== null) return percent(s.variancePct);
  return s.rag !== null ? zeroTargetText(s.rag) : null;
}

/** Leaves a cell's format as it is (no property given). */
const AS_IT_IS: CellFormat = Object.freeze({});

function dotCell(
  row: number,
  col: number,
  s: IndicatorScore,
  typed: IndicatorTable['rows'][number]['typedDot'],
): OwnedCell {
  // No DOT because the earlier period has no target of its own: the analyst's own arrow is left as it is
  // (rules/earlier-target.ts; state/typed-dot-back.ts puts it back where an earlier scoring wrote over it).
  if (s.dot === null && s.dotEarlierTarget && typed.raw !== null)
    return { row, col, role: 'dot', value: null, format: AS_IT_IS };
  return { row, col, role: 'dot', value: s.dot ? SYMBOL[s.dot] : '', format: ragText(s.rag) };
}

/** Trend: a computed arrow is written; a typed one is kept and coloured; none is left alone. */
function trendCell(row: number, col: number, s: IndicatorScore): OwnedCell {
  if (s.trendSource === 'computed' && s.trend)
    return { row, col, role: 'trend', value: SYMBOL[s.trend], format: ragText(s.rag) };
  return { row, col, role: 'trend', value: null, format: ragText(s.trendSource === 'typed' ? s.rag : null) };
}

function statusCell(row: number, col: number, s: IndicatorScore): OwnedCell {
  return { row, col, role: 'status', value: statusWordsOf(s), format: ragFill(s.rag) };
}

/** A Status cell given back to the analyst: the words they had typed, without the product's colours. */
const HANDED_BACK: CellFormat = Object.freeze({ fill: null, fontColor: null });

/**
 * The Status cell of a row whose status is not the product's (IndicatorRow.statusOwner,
 * read/status-column.ts): none for the analyst's own, the words they had typed for one handed back (the
 * state layer puts back the cell's own picture where the journal keeps it: state/run.ts).
 */
function analystStatusCell(row: IndicatorTable['rows'][number], col: number): OwnedCell | null {
  if (row.statusOwner !== 'handBack') return null;
  const raw = row.typedStatus?.raw ?? null;
  return { row: row.row, col, role: 'status', value: raw === null ? '' : raw, format: HANDED_BACK };
}

/**
 * Scores by sheet, each sheet's as an array indexed by row (rows of indicators are consecutive, so the
 * array is dense): a later score for the same sheet and row replaces an earlier one, as a map would.
 */
type ScoresByRow = (IndicatorScore | undefined)[];

/** The owned cells of one table, by column. */
export function ownedCellsOf(
  table: IndicatorTable,
  scores: Map<number, IndicatorScore> | ScoresByRow,
  into: OwnedCell[] = [],
): OwnedCell[] {
  const cells = into;
  const c = table.columns;
  const byRow = Array.isArray(scores) ? scores : null;
  const byMap = Array.isArray(scores) ? null : scores;
  // Indexed loops in functions run once a run: for…of there makes an object per step (issue 11).
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const s = byRow ? byRow[row.row] : byMap!.get(row.row);
    if (!s) continue;
    if (c.variance !== undefined) cells.push(varianceCell(row.row, c.variance, s));
    if (c.status !== undefined) {
      if (row.statusOwner === undefined) cells.push(statusCell(row.row, c.status, s));
      else {
        const back = analystStatusCell(row, c.status);
        if (back) cells.push(back);
      }
    }
    if (c.dot !== undefined) cells.push(dotCell(row.row, c.dot, s, row.typedDot));
    if (c.trend !== undefined) cells.push(trendCell(row.row, c.trend, s));
    if (c.quartile !== undefined)
      cells.push({ row: row.row, col: c.quartile, role: 'quartile', value: null, format: quartileFill(s.quartile) });
  }
  return cells;
}

/** The columns scoring writes to in the analyst's tables (the cells it owns). */
const OWNED_FIELDS = ['variance', 'status', 'dot', 'trend', 'quartile'] as const;

/**
 * Why no cell of the analyst's tables was coloured, in one plain sentence naming the columns to add —
 * or, when some tables have a column the scores go in and others do not, which sheets' (or tables')
 * indicators were scored into the summary sheets only and the columns to add there; undefined when
 * every table with indicators has such a column (then cells were scored, even if none changed). A table
 * of only Ref, Indicator, Target and Actual is still scored and counted, but its scores can only be on
 * the summary sheets; "0 cells scored on 0 sheets" did not say why, and "240 cells scored on 6 sheets"
 * did not say that a seventh sheet's indicators were not among them. Decided from the tables' columns,
 * never from a count of cells, so a rescore that changed nothing or only refreshed the summaries is not
 * taken for it. Both front ends say it (the command's closing lines, the add-in's result message).
 * A sheet is named when none of its tables has such a column; else the table, by its title or header
 * row. Source: noticed item 2, sessions 4 and 5 closing notes.
 */
export function nothingColouredSentence(
  tables: (Pick<IndicatorTable, 'columns' | 'rows'> & Partial<Pick<IndicatorTable, 'sheet' | 'title' | 'headerRow'>>)[],
): string | undefined {
  const withRows = tables.filter((t) => t.rows.length > 0);
  if (withRows.length === 0) return undefined;
  // A Status column of the analyst's own (every row's kept as typed) is not one the scores go in.
  const hasColumn = (t: (typeof withRows)[number]) =>
    OWNED_FIELDS.some(
      (f) => t.columns[f] !== undefined && (f !== 'status' || t.rows.some((r) => r.statusOwner !== 'analyst')),
    );
  const uncoloured = withRows.filter((t) => !hasColumn(t));
  if (uncoloured.length === 0) return undefined;
  const add = 'add columns headed "% Variance from Target", "DOT" and "Trend" beside';
  // A Status column of the analyst's own is there, kept as typed: the sentence must not deny it (helper misread).
  const typedStatus = uncoloured.some((t) => t.columns.status !== undefined);
  const none = typedStatus
    ? 'no % Variance from Target, DOT, Trend or Comparative Performance column for the scores to go in, and a ' +
      'Status column holding words you typed is kept as typed'
    : 'no % Variance from Target, DOT, Trend, Status or Comparative Performance column for the scores to go in';
  if (uncoloured.length === withRows.length)
    return `No cells in your tables were coloured: they have ${none}, so the scores are on the summary sheets only; ${add} the figures and score again.`;
  // Some tables were coloured: name the others, by sheet where the whole sheet went uncoloured.
  const places: string[] = [];
  for (const t of uncoloured) {
    const sheet = t.sheet ?? '';
    const wholeSheet = !withRows.some((o) => o.sheet === sheet && hasColumn(o));
    const place = wholeSheet
      ? `'${sheet}'`
      : t.title
        ? `the table ${quote(t.title)} on '${sheet}'`
        : `the table headed in row ${(t.headerRow ?? 0) + 1} of '${sheet}'`;
    if (!places.includes(place)) places.push(place);
  }
  const indicators = uncoloured.reduce((n, t) => n + t.rows.length, 0);
  const listed = places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
  return (
    `The ${plural(indicators, 'indicator')} on ${listed} ${indicators === 1 ? 'was' : 'were'} scored into the summary sheets only: ` +
    `${indicators === 1 ? 'its' : 'their'} ${uncoloured.length === 1 ? 'table has' : 'tables have'} ${none}; ` +
    `${add} ${indicators === 1 ? 'its' : 'their'} figures and score again.`
  );
}

/** The one-cell rows of text (and of no value) made by one sheetPatches call, by their text. */
type SharedRows = Map<string | null, readonly (PlanValue | null)[]>;

/**
 * A value block's row of one cell. A text row (a DOT or Trend arrow, a Status's words, "-") is one
 * frozen row shared by every cell of the same text: the owned columns but % variance hold a handful of
 * texts, and a row each was an array kept to the end of the run for every owned cell (issue 11). A figure
 * (or a formula, an error) gets a row of its own. Nothing writes into a row: a change makes a new one.
 */
function rowOf(v: PlanValue | null | undefined, shared: SharedRows): (PlanValue | null)[] {
  if (v === undefined) v = null;
  if (v !== null && typeof v !== 'string') return [v];
  let row = shared.get(v);
  if (row === undefined) shared.set(v, (row = Object.freeze([v])));
  return row as (PlanValue | null)[];
}

/**
 * One patch per sheet: each owned column of each table as one value block (so the number of calls
 * does not grow with the number of indicators), formats grouped by identical format.
 */
export function sheetPatches(tables: IndicatorTable[], scores: IndicatorScore[]): SheetPatch[] {
  const bySheetRow = new Map<string, ScoresByRow>();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    let m = bySheetRow.get(s.sheet);
    if (!m) bySheetRow.set(s.sheet, (m = []));
    m[s.row] = s;
  }
  const patches = new Map<string, SheetPatch>();
  const none: ScoresByRow = [];
  const shared: SharedRows = new Map();
  for (const table of tables) {
    const patch = patches.get(table.sheet) ?? { sheet: table.sheet, values: [], formats: [], cells: [] };
    // Straight into the patch's cells (not a spread: a table may own 200,000 cells).
    const start = patch.cells.length;
    ownedCellsOf(table, bySheetRow.get(table.sheet) ?? none, patch.cells);
    if (patch.cells.length === start) continue;
    patches.set(table.sheet, patch);
    // Each owned column's values from the first row to the last, as arrays by row: no map per column
    // (issue 11). A later cell of the same column and row replaces an earlier one; undefined: no value.
    const top = table.firstRow;
    const height = table.lastRow - top + 1;
    const byCol = new Map<number, (PlanValue | undefined)[]>();
    for (let i = start; i < patch.cells.length; i++) {
      const cell = patch.cells[i];
      if (cell.value === null) continue;
      let col = byCol.get(cell.col);
      if (!col) byCol.set(cell.col, (col = new Array<PlanValue | undefined>(Math.max(height, 0))));
      const at = cell.row - top;
      if (at >= 0 && at < height) col[at] = cell.value;
    }
    for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
      const values = byCol.get(col)!;
      const rows: (PlanValue | null)[][] = new Array<(PlanValue | null)[]>(values.length);
      for (let i = 0; i < values.length; i++) rows[i] = rowOf(values[i], shared);
      patch.values.push({ top, left: col, values: rows });
    }
  }
  for (const patch of patches.values()) patch.formats = groupFormats(patch.cells);
  return [...patches.values()];
}

/**
 * Owned cells inside a merged area but not at its top-left are left out (issue 8 item 5): Excel keeps a
 * merged area's value and format on its top-left cell only and shows the others blank, so writing them
 * would never show, and — read back as blank or, by some readers, as the top-left's value — they would
 * always look changed, rescoring the workbook for ever.
 */
export function withoutMergedAway(patches: SheetPatch[], mergesOf: (sheet: string) => Area[]): SheetPatch[] {
  return patches.map((patch) => {
    const sheetMerges = mergesOf(patch.sheet);
    if (sheetMerges.length === 0) return patch;
    // Only merged areas over an owned column can hide an owned cell. The owned columns are a handful: a
    // short list, looked along for each cell (issue 11: a set's add for each of 40,000 cells at 10,000
    // indicators was a hundredth of a run).
    const owned: number[] = [];
    for (let i = 0; i < patch.cells.length; i++) {
      const c = patch.cells[i].col;
      let k = 0;
      while (k < owned.length && owned[k] !== c) k++;
      if (k === owned.length) owned.push(c);
    }
    const cols = new Set<number>(owned);
    const overOwned = (m: Area) => {
      for (let c = m.left; c <= m.right; c++) if (cols.has(c)) return true;
      return false;
    };
    const merges = sheetMerges.filter((m) => (m.bottom > m.top || m.right > m.left) && overOwned(m));
    if (merges.length === 0) return patch;
    // The owned columns' cells the merged areas hide (all but each area's top-left), found once, not by
    // trying every area for every owned cell (issue 11). Only owned columns: the value blocks are theirs.
    const hidden = new Set<number>();
    for (const m of merges) {
      for (let c = m.left; c <= m.right; c++) {
        if (!cols.has(c)) continue;
        for (let r = m.top; r <= m.bottom; r++) if (r !== m.top || c !== m.left) hidden.add(r * 16384 + c);
      }
    }
    const away = (row: number, col: number) => hidden.has(row * 16384 + col);
    let any = false;
    for (let i = 0; i < patch.cells.length && !any; i++) any = away(patch.cells[i].row, patch.cells[i].col);
    if (!any) return patch;
    const cells = patch.cells.filter((c) => !away(c.row, c.col));
    const values = patch.values.map((b) => ({
      ...b,
      values: b.values.map((r, i) => r.map((v, j) => (away(b.top + i, b.left + j) ? null : v))),
    }));
    return { ...patch, cells, values, formats: groupFormats(cells) };
  });
}
