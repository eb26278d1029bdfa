/**
 * A scoring run and its undo, as pure steps both adapters follow:
 *   1. prepareRun: grids + saved state → scores and the plan (and which owned cells to snapshot);
 *   2. the adapter reads the owned cells' current value and format;
 *   3. commitRun: → what to write, the new state with its undo journal — or nothing, when scoring
 *      again would change nothing;
 *   4. the adapter carries it out. planUndo gives what to write to undo the last scoring.
 */
import type { CellValue, ColumnMapping, DotComparison, QuarterNumber, ScoreResult, Settings, SheetGrid, ToleranceMode } from '../model';
import { InputError } from '../errors';
import { cellAddress, parseCellAddress } from '../a1';
import { validateMapping } from '../read/mapping';
import type { ReadResult } from '../read/workbook';
import { scoreWorkbook, checkScoreSettings } from '../score/score-workbook';
import { sheetPatches } from '../plan/owned-cells';
import { highlightsSheet, findingsSheet, summarySheet, type SheetNames } from '../plan/summary-sheets';
import { backupName, chooseSheetNames } from '../plan/sheet-names';
import { groupFormats } from '../plan/group';
import type { CellFormat, OwnedCell, Plan, PlanValue, SheetContent, SheetPatch, ValueBlock } from '../plan/types';
import { sameFigure } from '../rules/rounding';
import { fingerprint } from './hash';
import { STATE_SHEET, type CellSnapshot, type Journal, type JournalCell, type OwnedFormat, type ProductSheet, type WorkbookState } from './state';

export interface RunOverrides {
  quarter?: QuarterNumber | null;
  tolerancePct?: number;
  mapping?: ColumnMapping | null;
  /** Issue 7 (saved like the others; null puts a band back to its default). */
  toleranceMode?: ToleranceMode;
  greenBand?: number | null;
  amberBand?: number | null;
  dot?: DotComparison;
}

/**
 * The issue-7 settings, from the overrides else the saved state, with defaults left out (relative,
 * quarter, no bands) so that a workbook scored with the defaults keeps the same settings as before.
 */
function ruleSettings(overrides: RunOverrides, saved: Settings): Pick<Settings, 'toleranceMode' | 'greenBand' | 'amberBand' | 'dot'> {
  const out: Pick<Settings, 'toleranceMode' | 'greenBand' | 'amberBand' | 'dot'> = {};
  const mode = overrides.toleranceMode ?? saved.toleranceMode;
  if (mode !== undefined && mode !== 'relative') out.toleranceMode = mode;
  const green = overrides.greenBand !== undefined ? overrides.greenBand : saved.greenBand;
  if (green !== undefined && green !== null) out.greenBand = green;
  const amber = overrides.amberBand !== undefined ? overrides.amberBand : saved.amberBand;
  if (amber !== undefined && amber !== null) out.amberBand = amber;
  const dot = overrides.dot ?? saved.dot;
  if (dot !== undefined && dot !== 'quarter') out.dot = dot;
  return out;
}

export interface PreparedRun {
  settings: Settings;
  model: ReadResult;
  result: ScoreResult;
  plan: Plan;
  names: SheetNames;
  /** Every owned cell the plan writes, by sheet: the adapter reads their value and format first. */
  ownedCells: { sheet: string; row: number; col: number }[];
}

/** Sheets that are the product's own: never read as indicator tables. */
export function productSheetNames(state: WorkbookState): string[] {
  return [STATE_SHEET, ...state.productSheets.map((p) => p.name), ...(state.journal?.replaced.map((r) => r.backup) ?? [])];
}

/**
 * The grids as the analyst typed them: an owned cell that still holds what the last scoring wrote is
 * read as what it held before the product first wrote it, so checks of typed values (a typed ↑ the
 * data contradicts) give the same findings however often the workbook is scored.
 */
export function analystGrids(grids: SheetGrid[], journal: Journal | null): SheetGrid[] {
  if (!journal || journal.cells.length === 0) return grids;
  const bySheet = groupBy(journal.cells, (c) => c.sheet);
  return grids.map((g) => {
    const cells = bySheet.get(g.name);
    if (!cells) return g;
    const values = g.values.map((r) => [...r]);
    for (const c of cells) {
      const at = parseCellAddress(c.cell);
      if (!at || !values[at.row]) continue;
      if (sameValue(values[at.row][at.col] ?? null, c.afterValue)) values[at.row][at.col] = c.original;
    }
    return { ...g, values };
  });
}

export function prepareRun(grids: SheetGrid[], state: WorkbookState, overrides: RunOverrides = {}): PreparedRun {
  const settings: Settings = {
    quarter: overrides.quarter !== undefined ? overrides.quarter : state.settings.quarter,
    tolerancePct: overrides.tolerancePct ?? state.settings.tolerancePct,
    mapping: overrides.mapping !== undefined ? overrides.mapping : state.settings.mapping,
    ...ruleSettings(overrides, state.settings),
  };
  checkScoreSettings(settings);
  const ownSheets = new Set(productSheetNames(state));
  const userGrids = grids.filter((g) => !ownSheets.has(g.name));
  if (settings.mapping) validateMapping(settings.mapping, userGrids, overrides.mapping === undefined);
  const { model, result } = scoreWorkbook(analystGrids(grids, state.journal), {
    quarter: settings.quarter,
    tolerancePct: settings.tolerancePct,
    toleranceMode: settings.toleranceMode,
    greenBand: settings.greenBand,
    amberBand: settings.amberBand,
    dot: settings.dot,
    mapping: settings.mapping,
    skipSheets: [...ownSheets],
  });
  const names = chooseSheetNames(result.quarterNumber, grids.map((g) => g.name), state.productSheets);
  const plan: Plan = {
    quarter: result.quarterNumber,
    quarterLabel: result.quarter,
    patches: sheetPatches(model.tables, result.indicators),
    sheets: [summarySheet(result, names), highlightsSheet(result, names), findingsSheet(result, names)],
  };
  const ownedCells = plan.patches.flatMap((p) => p.cells.map((c) => ({ sheet: p.sheet, row: c.row, col: c.col })));
  return { settings, model, result, plan, names, ownedCells };
}

export function snapshotKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${cellAddress(row, col)}`;
}

export interface RunOutcome {
  /** False when scoring again would change nothing: write nothing at all. */
  changed: boolean;
  /** Backup sheets of the run before, no longer needed: delete them first. */
  deleteSheets: string[];
  /** Product sheets about to be regenerated: rename each to its backup name and make it very hidden. */
  backups: { name: string; backup: string }[];
  /** Sheets to write afresh (after the backups are out of the way). */
  sheets: SheetContent[];
  patches: SheetPatch[];
  state: WorkbookState;
}

export function commitRun(
  run: PreparedRun,
  snapshots: Map<string, CellSnapshot>,
  state: WorkbookState,
  existingSheets: string[],
  meta: { at: string; by: Journal['by'] },
): RunOutcome {
  const previous = new Map((state.journal?.cells ?? []).map((c) => [`${c.sheet}!${c.cell}`, c]));
  const cells: JournalCell[] = [];
  let cellsChange = false;
  for (const patch of run.plan.patches) {
    for (const owned of patch.cells) {
      const key = snapshotKey(patch.sheet, owned.row, owned.col);
      const before = snapshots.get(key) ?? { value: null, format: { numberFormat: 'General', fill: null, fontColor: null } };
      const after = applyOwned(before, owned);
      if (!sameSnapshot(before, after)) cellsChange = true;
      const prior = previous.get(key);
      const original = prior && sameValue(before.value, prior.afterValue) ? prior.original : before.value;
      cells.push({ sheet: patch.sheet, cell: cellAddress(owned.row, owned.col), before, afterValue: after.value, original });
    }
  }
  const exists = (name: string) => existingSheets.some((e) => e.toLowerCase() === name.toLowerCase());
  const fingerprints = run.plan.sheets.map((s) => ({ sheet: s, print: fingerprint(JSON.stringify(s)) }));
  const sheetsChange = fingerprints.some(({ sheet, print }) => {
    const ours = state.productSheets.find((p) => p.name === sheet.name);
    return !ours || ours.fingerprint !== print || !exists(sheet.name);
  });
  const settingsChange = JSON.stringify(state.settings) !== JSON.stringify(run.settings);
  if (!cellsChange && !sheetsChange && !settingsChange) {
    return { changed: false, deleteSheets: [], backups: [], sheets: [], patches: [], state };
  }
  const deleteSheets = (state.journal?.replaced ?? []).map((r) => r.backup).filter(exists);
  const planned = run.plan.sheets.map((s) => s.name);
  const taken = [...existingSheets.filter((e) => !deleteSheets.includes(e)), ...planned];
  const backups: { name: string; backup: string }[] = [];
  for (const name of planned.filter(exists)) {
    const backup = backupName(name, taken);
    taken.push(backup);
    backups.push({ name, backup });
  }
  const productSheetsBefore = state.productSheets.filter((p) => exists(p.name));
  const productSheets: ProductSheet[] = [
    ...productSheetsBefore.filter((p) => !planned.includes(p.name)),
    ...fingerprints.map(({ sheet, print }) => ({ name: sheet.name, role: sheet.role, quarter: run.plan.quarter, fingerprint: print })),
  ];
  const journal: Journal = {
    at: meta.at,
    by: meta.by,
    quarter: run.result.quarter,
    cells,
    created: planned.filter((n) => !exists(n)),
    replaced: backups,
    productSheetsBefore,
    settingsBefore: state.settings,
  };
  return {
    changed: true,
    deleteSheets,
    backups,
    sheets: run.plan.sheets,
    patches: run.plan.patches,
    state: { settings: run.settings, productSheets, journal },
  };
}

export interface UndoOutcome {
  patches: SheetPatch[];
  /** Sheets the scoring created or regenerated: delete them. */
  deleteSheets: string[];
  /** Backups to put back: rename `backup` to `name` and make it visible again. */
  restoreSheets: { backup: string; name: string }[];
  state: WorkbookState;
  quarter: string;
}

export function planUndo(state: WorkbookState, existingSheets: string[]): UndoOutcome {
  const journal = state.journal;
  if (!journal) throw new InputError('There is no scoring to undo in this workbook.');
  const exists = (name: string) => existingSheets.some((e) => e.toLowerCase() === name.toLowerCase());
  const restored: { sheet: string; cell: OwnedCell }[] = [];
  for (const c of journal.cells) {
    const at = parseCellAddress(c.cell);
    if (!at) continue;
    restored.push({ sheet: c.sheet, cell: { row: at.row, col: at.col, value: restoredValue(c.before), format: ownedToCellFormat(c.before.format) } });
  }
  const bySheet = groupBy(restored, (r) => r.sheet, (r) => r.cell);
  const patches: SheetPatch[] = [...bySheet]
    .filter(([sheet]) => exists(sheet))
    .map(([sheet, cells]) => ({ sheet, cells, values: cellBlocks(cells), formats: groupFormats(cells) }));
  const restoreSheets = journal.replaced.filter((r) => exists(r.backup)).map((r) => ({ backup: r.backup, name: r.name }));
  return {
    patches,
    deleteSheets: [...journal.created, ...journal.replaced.map((r) => r.name)].filter(exists),
    restoreSheets,
    state: { settings: journal.settingsBefore ?? state.settings, productSheets: journal.productSheetsBefore, journal: null },
    quarter: journal.quarter,
  };
}

/** Owned cells as value blocks: each run of consecutive rows in a column is one block. */
function cellBlocks(cells: OwnedCell[]): ValueBlock[] {
  const byCol = groupBy(cells.filter((c) => c.value !== null), (c) => c.col);
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

/** Items in lists by key, in their order (a list grows in place: journals hold many thousands of cells). */
function groupBy<T, K, V = T>(items: T[], key: (item: T) => K, value: (item: T) => V = (item) => item as unknown as V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}

function restoredValue(s: CellSnapshot): PlanValue {
  if (s.formula) return { formula: s.formula };
  return s.value === null ? '' : s.value;
}

export function ownedToCellFormat(f: OwnedFormat): CellFormat {
  return { numberFormat: f.numberFormat, fill: f.fill, fontColor: f.fontColor };
}

/** The cell as it will be once the owned write is applied. */
function applyOwned(before: CellSnapshot, owned: OwnedCell): CellSnapshot {
  const f = owned.format;
  const format: OwnedFormat = {
    numberFormat: f.numberFormat ?? before.format.numberFormat,
    fill: f.fill !== undefined ? f.fill : before.format.fill,
    fontColor: f.fontColor !== undefined ? f.fontColor : before.format.fontColor,
  };
  if (owned.value === null) return { ...before, format };
  const value = typeof owned.value === 'object' ? null : owned.value === '' ? null : owned.value;
  return { value, format };
}

function sameColour(a: string | null, b: string | null, automatic: string | null): boolean {
  const norm = (c: string | null) => (c === null ? automatic : c.replace(/^#/, '').toUpperCase().slice(-6));
  return norm(a) === norm(b);
}

function sameSnapshot(a: CellSnapshot, b: CellSnapshot): boolean {
  return (
    (a.formula ?? null) === (b.formula ?? null) &&
    sameValue(a.value, b.value) &&
    a.format.numberFormat === b.format.numberFormat &&
    sameColour(a.format.fill, b.format.fill, null) &&
    sameColour(a.format.fontColor, b.format.fontColor, '000000')
  );
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return sameFigure(a, b);
  return a === b;
}
