/**
 * Undoing the last scoring (issue 8 item 1, issue 9 items 2 and 5): every owned cell is followed by
 * identity to where its indicator and column are now, and put back only where it still holds what the
 * scoring wrote; a cell the analyst has changed since is left alone and listed. Where the layout can no
 * longer be matched, undo refuses in one sentence and changes nothing. The product's sheets the scoring
 * regenerated get their previous content back in the same sheet; the ones it created are deleted.
 * A journal left incomplete by a run that failed part-way is undone the same way, a cell still holding
 * what it held before counting as put back.
 */
import type { CellValue, SheetGrid } from '../model';
import { InputError } from '../errors';
import { cellAddress, sameSheetName } from '../a1';
import { groupFormats } from '../plan/group';
import type { OwnedCell, PlanValue, SheetContent, SheetPatch, ValueBlock } from '../plan/types';
import { sameValue } from './compare';
import { plural } from '../words';
import { locateJournal, ownedToCellFormat, productSheetNames, snapshotKey, tablesNow } from './run';
import { sameMapping } from '../read/mapping';
import type { CellSnapshot, JournalCell, ProductSheet, WorkbookState } from './state';
import { refuseUndoWhenMoved } from './moved-cells';
import { followRenamedProductSheets } from './renamed-sheets';
import { markRestoredFindings, staleOnUndo, staleSentence } from './undo-inputs';

export interface UndoOutcome {
  /** The owned cells to put back, at the places their indicators and columns are now. */
  patches: SheetPatch[];
  /** What each cell put back held (a formula's cached result with it), by snapshotKey of its place now. */
  shown: Map<string, CellSnapshot>;
  /** Sheets the scoring created: delete them (and, for a /1 journal, the sheets it regenerated). */
  deleteSheets: string[];
  /** /1 journals: backups to put back — rename `backup` to `name` and make it visible again. */
  restoreSheets: { backup: string; name: string }[];
  /** Sheets the scoring regenerated in place: clear each and write its previous content into it. */
  rewriteSheets: SheetContent[];
  /** Owned cells the analyst changed after the scoring: left as they are ("P1 Children!T12"). */
  changedSince: string[];
  /** Owned cells whose sheet, row or column has been deleted since the scoring. */
  gone: number;
  state: WorkbookState;
  quarter: string;
  /** True when the journal belonged to a run that did not finish (it failed part-way). */
  unfinished: boolean;
  /**
   * The indicators (ref, else name) whose figures the analyst changed after the scoring put back was
   * worked out: its results for them are out of date (undo-inputs.ts). Empty when none, or not known.
   */
  stale: string[];
  /** A sheet written back only to carry the Check line naming `stale` (not one the scoring had replaced). */
  markedOnly?: string;
}

/**
 * Undo of the last scoring (docs/architecture.md, "A scoring run", step 5): the owned cells put back
 * as they were (followed by identity when rows moved or sheets were renamed), the generated sheets
 * removed or their previous content written back, and the state without the journal.
 * @param state the workbook's decoded state, whose journal is undone
 * @param grids every sheet's grid as read now
 * @returns what to write and delete, the new state, the quarter undone, the cells the analyst changed
 *   since (left as they are), and whether the run undone had not finished
 * @param leave owned cells (by snapshotKey of their place now) to leave as they are and list with the
 *   cells changed since: the add-in's, for cells that have become part of a dynamic array's results
 *   since the scoring (writing into them would break the analyst's formula: office/scoring.ts)
 * @throws InputError when there is no scoring to undo, or when cells of the journal can no longer be
 *   found in the workbook (one sentence saying which).
 */
export function planUndo(state: WorkbookState, grids: SheetGrid[], leave?: ReadonlySet<string>): UndoOutcome {
  state = followRenamedProductSheets(state, grids);
  const journal = state.journal;
  if (!journal) throw new InputError(nothingToUndo(state));
  const existing = grids.map((g) => g.name);
  const exists = (name: string) => existing.some((e) => sameSheetName(e, name));
  const unfinished = journal.complete === false;
  const own = new Set(productSheetNames(state));
  const userGrids = grids.filter((g) => !own.has(g.name));
  // The analyst's sheets are read as tables once, when first needed: to follow the cells, and to check the
  // figures of the scoring put back where its mapping is the same (undo-inputs.ts).
  const mapping = state.settings.mapping;
  const settingsBefore = journal.settingsBefore ?? state.settings;
  const read = once(() => tablesNow(userGrids, mapping));
  const located = locateJournal(journal, userGrids, mapping, undefined, read);
  refuseWhenUnmatched(journal.cells, located);
  refuseUndoWhenMoved(journal.cells, located, userGrids);

  const byName = new Map(grids.map((g) => [g.name, g]));
  const valueAt = (sheet: string, row: number, col: number): CellValue => byName.get(sheet)?.values[row]?.[col] ?? null;
  const restored = new Map<string, OwnedCell[]>();
  const shown = new Map<string, CellSnapshot>();
  const changedSince: string[] = [];
  const taken = new Set<string>();
  const earlier: JournalCell[] = [];
  let gone = 0;
  journal.cells.forEach((c, i) => {
    const at = located[i];
    if (!at || at.kind === 'gone') {
      gone++;
      return;
    }
    const key = snapshotKey(at.sheet, at.row, at.col);
    if (taken.has(key)) throw unmatched(at.sheet);
    taken.add(key);
    const now = valueAt(at.sheet, at.row, at.col);
    const untouched = sameValue(now, c.afterValue) || (unfinished && sameValue(now, c.before.value));
    if (!untouched || leave?.has(key)) {
      changedSince.push(`${at.sheet}!${cellAddress(at.row, at.col)}`);
      return;
    }
    const list = restored.get(at.sheet) ?? [];
    list.push({ row: at.row, col: at.col, value: restoredValue(c.before), format: ownedToCellFormat(c.before.format) });
    restored.set(at.sheet, list);
    shown.set(key, c.before);
    // Put back to what an earlier scoring wrote (not what the analyst typed): kept, so the next scoring
    // reads the analyst's value under it (state.earlier).
    if (!sameValue(c.before.value, c.original)) earlier.push(earlierCell(c, at.sheet, at.row, at.col));
  });
  const patches: SheetPatch[] = [...restored].map(([sheet, cells]) => ({
    sheet,
    cells,
    values: cellBlocks(cells),
    formats: groupFormats(cells),
  }));

  const legacy = journal.replaced.filter((r) => r.backup !== undefined);
  const restoreSheets = legacy.filter((r) => exists(r.backup!)).map((r) => ({ backup: r.backup!, name: r.name }));
  let rewriteSheets = journal.replaced.flatMap((r) =>
    r.backup === undefined && r.content && exists(r.name) ? [{ ...r.content, name: r.name }] : [],
  );
  const contentOf = (p: ProductSheet): ProductSheet => {
    const replaced = journal.replaced.find((r) => sameSheetName(r.name, p.name) && r.content);
    const current = state.productSheets.find((q) => sameSheetName(q.name, p.name));
    const content = replaced?.content ?? current?.content;
    if (content) return { ...p, content };
    return current?.layout ? { ...p, layout: current.layout } : p;
  };
  let productSheets = journal.productSheetsBefore.map(contentOf);
  // The scoring put back, checked against the figures as they are now (undo-inputs.ts).
  const readBefore = sameMapping(settingsBefore.mapping, mapping)
    ? read
    : once(() => tablesNow(userGrids, settingsBefore.mapping));
  const check = staleOnUndo(journal, located, userGrids, readBefore);
  let markedOnly: string | null = null;
  // A run that failed part-way is put back to exactly the workbook before it (write-ahead recovery): the
  // analyst did not ask to go back, and the next scoring brings every indicator up to date.
  if (unfinished && check) check.stale = [];
  // The restored Findings sheet says which indicators are out of date; where none is (a figure set back to
  // what the scoring put back was worked out from), a line an earlier undo wrote on it is taken off.
  if (check && !unfinished) {
    const marked = markRestoredFindings(check.q, staleSentence(check.stale), productSheets, rewriteSheets, grids);
    productSheets = marked.productSheets;
    rewriteSheets = marked.rewriteSheets;
    markedOnly = marked.markedOnly;
  }
  const outcome: UndoOutcome = {
    patches,
    shown,
    deleteSheets: [...journal.created, ...legacy.map((r) => r.name)].filter(exists),
    restoreSheets,
    rewriteSheets,
    changedSince,
    gone,
    state: {
      settings: settingsBefore,
      productSheets,
      journal: null,
      ...(earlier.length > 0 ? { earlier } : {}),
      ...(check?.kept ? { inputs: check.kept } : {}),
    },
    quarter: journal.quarter,
    unfinished,
    stale: check?.stale ?? [],
  };
  if (markedOnly !== null) outcome.markedOnly = markedOnly;
  return outcome;
}

/** What an undo did, as both front ends report it (the task pane's message, `scorecard undo`'s lines). */
export interface UndoSummary {
  /** The quarter whose scoring was undone ("Q3 2020/21"). */
  quarter: string;
  /** Owned cells put back. */
  cells: number;
  /** Sheets the scoring had added, deleted by the undo (not those put back under their name). */
  sheetsRemoved: string[];
  /** Sheets the scoring had replaced, given their previous content back (in place, or from a /1 backup). */
  sheetsRestored: string[];
  /** Owned cells the analyst changed after the scoring, left as they are ("P1!T12"). */
  changedSince: string[];
  /** True when the scoring undone had not finished (it failed part-way). */
  unfinished: boolean;
  /** The indicators whose restored results were worked out before their figures were changed (UndoOutcome.stale). */
  stale: string[];
}

/**
 * An undo's outcome in the words both front ends report it (issue 12 item 2): a /1 journal's
 * regenerated sheet is deleted and its backup renamed back, so it is listed as put back, not as removed.
 */
export function summariseUndo(undo: UndoOutcome): UndoSummary {
  return {
    quarter: undo.quarter,
    cells: undo.patches.reduce((n, p) => n + p.cells.length, 0),
    sheetsRemoved: undo.deleteSheets.filter((n) => !undo.restoreSheets.some((r) => sameSheetName(r.name, n))),
    sheetsRestored: [
      ...undo.restoreSheets.map((r) => r.name),
      ...undo.rewriteSheets.map((s) => s.name).filter((n) => n !== undo.markedOnly),
    ],
    changedSince: undo.changedSince,
    unfinished: undo.unfinished,
    stale: undo.stale,
  };
}

function unmatched(sheet: string): InputError {
  return new InputError(
    `Undo cannot match the scored cells on '${sheet}' to its table any more (its indicators or columns have changed too much since the scoring), so nothing was changed.`,
  );
}

/**
 * Refuses when a sheet that is still there has none of its scored indicators where undo can find them:
 * its table can no longer be read as it was (headers changed, refs retyped), and putting anything back
 * by guesswork could overwrite the analyst's figures.
 */
function refuseWhenUnmatched(cells: JournalCell[], located: ReturnType<typeof locateJournal>): void {
  const bySheet = new Map<string, { found: number; lost: number; name: string }>();
  cells.forEach((c, i) => {
    if (c.indicator === undefined) return;
    const at = located[i];
    if (!at || (at.kind === 'gone' && at.why === 'sheet')) return;
    const key = `${c.sheet}\u0000${c.sheetId ?? ''}`;
    const tally = bySheet.get(key) ?? { found: 0, lost: 0, name: at.kind === 'found' ? at.sheet : c.sheet };
    if (at.kind === 'found') {
      tally.found++;
      tally.name = at.sheet;
    } else if (at.why === 'indicator') tally.lost++;
    bySheet.set(key, tally);
  });
  for (const t of bySheet.values()) if (t.found === 0 && t.lost > 0) throw unmatched(t.name);
}

/**
 * A cell undo put back to an earlier scoring's value, for `state.earlier`: where it is now, the value it
 * shows (as `afterValue`, what the earlier scoring wrote) and what the analyst had typed before the product
 * first wrote it. Its picture before is the value and format only: nothing undoes it.
 */
function earlierCell(c: JournalCell, sheet: string, row: number, col: number): JournalCell {
  const cell: JournalCell = {
    sheet,
    cell: cellAddress(row, col),
    before: { value: c.before.value, format: c.before.format },
    afterValue: c.before.value,
    original: c.original,
  };
  if (c.sheetId !== undefined) cell.sheetId = c.sheetId;
  if (c.indicator !== undefined) cell.indicator = c.indicator;
  if (c.role !== undefined) cell.role = c.role;
  return cell;
}

function restoredValue(s: CellSnapshot): PlanValue {
  if (s.formula) return { formula: s.formula };
  if (s.error && typeof s.value === 'string') return { error: s.value };
  return s.value === null ? '' : s.value;
}

/** Owned cells as value blocks: each run of consecutive rows in a column is one block. */
function cellBlocks(cells: OwnedCell[]): ValueBlock[] {
  const byCol = new Map<number, OwnedCell[]>();
  for (const c of cells) {
    if (c.value === null) continue;
    const list = byCol.get(c.col) ?? [];
    list.push(c);
    byCol.set(c.col, list);
  }
  const blocks: ValueBlock[] = [];
  for (const [col, list] of [...byCol].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let block: ValueBlock | null = null;
    for (const c of list) {
      if (block && block.top + block.values.length === c.row) block.values.push([c.value]);
      else {
        block = { top: c.row, left: col, values: [[c.value]] };
        blocks.push(block);
      }
    }
  }
  return blocks;
}

/**
 * Why there is nothing to undo, in one sentence. Undo keeps one journal, the last scoring's: once it is
 * undone, a scoring before it stays in the workbook (its cells coloured, its summary sheets) with nothing
 * to undo it by, which the analyst is told rather than "no scoring" (the session 5 fresh-user check).
 */
function nothingToUndo(state: WorkbookState): string {
  const sheets = state.productSheets.map((p) => `'${p.name}'`);
  if (sheets.length === 0) return 'There is no scoring to undo in this workbook.';
  return `There is no scoring left to undo: undo goes back one scoring only, so the scoring before it stays as it is (its cells and ${plural.word(sheets.length, 'the sheet', 'the sheets')} ${sheets.join(', ')}); to go further back, open a copy saved before it.`;
}

/** `make`'s result, made on the first call and kept for the others. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
