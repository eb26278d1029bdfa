/**
 * A scoring run, as pure steps both adapters follow:
 *   1. prepareRun: grids + saved state → scores and the plan (and which owned cells to snapshot);
 *   2. the adapter reads the owned cells' current value and format;
 *   3. commitRun: → what to write, the new state with its undo journal — or nothing, when scoring
 *      again would change nothing;
 *   4. the adapter carries it out (the Office adapter writes the journal first: see docs/architecture.md).
 * Undo: undo.ts. Comparing cells: compare.ts. Following cells by identity: identity.ts.
 */
import { conditionalFormatFindings } from '../plan/conditional-formats';
import type {
  CellValue,
  ColumnMapping,
  DotComparison,
  QuarterNumber,
  ScoreResult,
  Settings,
  SheetGrid,
  ToleranceMode,
} from '../model';
import { cellAddress, parseCellAddress, sameSheetName } from '../a1';
import { sameMapping, validateMapping } from '../read/mapping';
import { readWorkbook, type ReadResult } from '../read/workbook';
import { scoreWorkbook } from '../score/score-workbook';
import { checkSettings, DEFAULT_DOT, DEFAULT_TOLERANCE_MODE } from '../settings';
import { nothingColouredSentence, sheetPatches, withoutMergedAway } from '../plan/owned-cells';
import {
  generatedSheetRole,
  highlightsSheet,
  findingsSheet,
  summarySheet,
  type SheetNames,
} from '../plan/summary-sheets';
import { chooseSheetNames } from '../plan/sheet-names';
import { ownedFormulasConflict } from '../plan/owned-conflicts';
import type { CellFormat, OwnedCell, Plan, SheetContent, SheetPatch } from '../plan/types';
import { samePrint, sheetPrint } from './hash';
import { sheetsEditedByHand } from './hand-edits';
import { sameColour, sameValue } from './compare';
import { locateCells, sheetPlaces, type Located, type SheetPlaces } from './identity';
import { contentFromSheet } from './sheet-layout';
import { sameGridForTables, type SheetAhead } from './owned-ahead';
import { refuseScoringWhenMoved } from './moved-cells';
import { followRenamedProductSheets } from './renamed-sheets';
import { followRetypedRefs } from './retyped-refs';
import { alignedDigests, comparable, digestsWhereNow, keptWhereNow, readDigests, type ByIndicator } from './inputs';
import { withoutStaleTypedFindings } from './stale-typed';
import { withTypedDotsBack } from './typed-dot-back';
import { supportSheetKind } from '../read/support-sheets';
import { statusCellKey } from '../read/status-column';
import { groupFormats } from '../plan/group';
import {
  STATE_SHEET,
  type CellSnapshot,
  type Journal,
  type JournalCell,
  type OwnedFormat,
  type ProductSheet,
  type ReplacedSheet,
  type WorkbookState,
} from './state';

export { sameValue } from './compare';

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
function ruleSettings(
  overrides: RunOverrides,
  saved: Settings,
): Pick<Settings, 'toleranceMode' | 'greenBand' | 'amberBand' | 'dot'> {
  const out: Pick<Settings, 'toleranceMode' | 'greenBand' | 'amberBand' | 'dot'> = {};
  const mode = overrides.toleranceMode ?? saved.toleranceMode;
  if (mode !== undefined && mode !== DEFAULT_TOLERANCE_MODE) out.toleranceMode = mode;
  const green = overrides.greenBand !== undefined ? overrides.greenBand : saved.greenBand;
  if (green !== undefined && green !== null) out.greenBand = green;
  const amber = overrides.amberBand !== undefined ? overrides.amberBand : saved.amberBand;
  if (amber !== undefined && amber !== null) out.amberBand = amber;
  const dot = overrides.dot ?? saved.dot;
  if (dot !== undefined && dot !== DEFAULT_DOT) out.dot = dot;
  return out;
}

export interface PreparedRun {
  settings: Settings;
  model: ReadResult;
  result: ScoreResult;
  plan: Plan;
  names: SheetNames;
  /**
   * Every owned cell the plan writes, by sheet (the cells of `plan.patches`, in their order): the adapter
   * reads their value and format first. Made on first use: the adapters walk `plan.patches` instead, so a
   * run at county scale does not make and keep an object per owned cell for it (issue 11).
   */
  readonly ownedCells: { sheet: string; row: number; col: number }[];
  /** How many owned cells the plan writes (`ownedCells.length`, without making the list). */
  ownedCellCount: number;
  /** Each sheet's id, where the front end gives one. */
  sheetIds: Map<string, string>;
  /** The indicators of each sheet by identity, as read now. */
  places: Map<string, SheetPlaces>;
  /** The last journal's cells where they are now (in the journal's order). */
  previous: Located[];
  /**
   * The product sheets' values as they are now: a sheet regenerated in place keeps them in the journal
   * (the state keeps only their layout, sheet-layout.ts; a /1 sheet not even that). Adapters must read
   * the product sheets' values with the others.
   */
  productGrids: Map<string, SheetGrid>;
  /**
   * Why no cell of the analyst's tables was coloured (their tables have no column for the scores) — or,
   * where only some tables lack one, which sheets' indicators went to the summary sheets only — in one
   * sentence for both front ends to show; absent otherwise (plan/owned-cells.ts, nothingColouredSentence).
   */
  uncoloured?: string;
  /**
   * The state with the product's sheets the analyst renamed listed under their names now
   * (renamed-sheets.ts); commitRun goes on from it. Absent when none was renamed.
   */
  followedState?: WorkbookState;
  /**
   * What each indicator scored was worked out from (inputs.ts), by (sheet, identity): made
   * when first asked (commitRun asks only when the run writes), then kept.
   */
  digests(): ByIndicator<string>;
  /**
   * Owned cells (`sheet!A1`) whose typed value an earlier quarter's scoring replaced: their Checks were
   * dropped, and commitRun forgets the typed value (stale-typed.ts; fresh-user check 8).
   */
  staleTyped?: Set<string>;
}

/**
 * The sheets that look like the product's generated sheets (generatedSheetRole: their title and headers)
 * but that the state does not list — it was removed (`scorecard reset-state`), or the sheet was copied:
 * never read as indicator tables nor written to; the new sheets get other names (chooseSheetNames). A
 * leftover undo copy ('~1 Q3 Summary') is among them but `quiet` (no Note is given for it).
 */
export function unlistedProductSheets(grids: SheetGrid[], state: WorkbookState): { named: string[]; quiet: string[] } {
  const listed = new Set(productSheetNames(state));
  const named: string[] = [];
  const quiet: string[] = [];
  for (const g of grids)
    if (!listed.has(g.name) && generatedSheetRole(g.values) !== null)
      (/^~\d+ /.test(g.name) ? quiet : named).push(g.name);
  return { named, quiet };
}

/** Sheets that are the product's own: never read as indicator tables. */
export function productSheetNames(state: WorkbookState): string[] {
  return [
    STATE_SHEET,
    ...state.productSheets.map((p) => p.name),
    ...(state.journal?.replaced.flatMap((r) => (r.backup ? [r.backup] : [])) ?? []),
  ];
}

/**
 * The analyst's sheets read as tables now, for following the journal's cells (and, in an undo, for
 * checking the figures of the scoring put back: undo-inputs.ts): hidden sheets are read as if shown (the
 * analyst may have hidden a scored sheet since). Null when nothing can be read (no table: none of the
 * journal's indicators is found).
 */
export function tablesNow(userGrids: SheetGrid[], mapping: ColumnMapping | null): ReadResult | null {
  if (userGrids.length === 0) return null;
  try {
    return readWorkbook(
      userGrids.map((g) => (g.hidden ? { ...g, hidden: false } : g)),
      { mapping },
    );
  } catch {
    return null;
  }
}

/**
 * The tables as they are now, for following the journal's cells (tablesNow), by sheet.
 * `ahead` (the add-in's guesses, sheetAhead's, by sheet name) gives a sheet's tables without finding
 * them again, where they are what this read would find: the same grid (sameGridForTables), the same
 * mapping, a sheet the guess did not skip as the product's, a visible sheet (a hidden one is read here as if shown) and not a
 * Targets or Last year sheet (of which only the first is taken as one: a question of the whole
 * workbook). Their order within the sheet is the read's, and a table's places depend on its own sheet
 * only (sheetPlaces), so the places are the same either way (issue 11 item 2).
 * `read`, instead: every sheet's tables read already under `mapping` (tablesNow, asked for at most once:
 * an undo reads the sheets once for this and for its check of the figures).
 */
export function currentPlaces(
  userGrids: SheetGrid[],
  mapping: ColumnMapping | null,
  ahead?: ReadonlyMap<string, SheetAhead>,
  read?: () => ReadResult | null,
): SheetPlaces[] {
  if (read) return sheetPlaces(userGrids, read()?.tables ?? []);
  const known = new Map<string, SheetAhead>();
  for (const g of userGrids) {
    const a = ahead?.get(g.name);
    if (a && !g.hidden && supportSheetKind(g.name) === null && sameGridForTables(a.grid, g))
      if (sameMapping(a.mapping, mapping) && !a.skipSheets.includes(g.name)) known.set(g.name, a);
  }
  const others = userGrids.filter((g) => !known.has(g.name));
  const tables = tablesNow(others, mapping)?.tables ?? [];
  return sheetPlaces(
    userGrids,
    known.size === 0 ? tables : [...tables, ...[...known.values()].flatMap((a) => a.tables)],
  );
}

/**
 * The cells the last scoring wrote, as a journal: the journal itself, else — after an undo — the cells
 * that still show an earlier scoring's values (`state.earlier`), so that a scoring after an undo reads
 * what the analyst typed under them, not what the product wrote. Null when there are neither.
 */
export function priorJournal(state: WorkbookState): Journal | null {
  if (state.journal) return state.journal;
  if (!state.earlier || state.earlier.length === 0) return null;
  return {
    at: '',
    by: 'command line',
    quarter: '',
    cells: state.earlier,
    created: [],
    replaced: [],
    productSheetsBefore: [],
  };
}

/** The journal's cells located in the grids as they are now (`ahead`, `read`: see currentPlaces). */
export function locateJournal(
  journal: Journal | null,
  userGrids: SheetGrid[],
  mapping: ColumnMapping | null,
  ahead?: ReadonlyMap<string, SheetAhead>,
  read?: () => ReadResult | null,
): Located[] {
  if (!journal || journal.cells.length === 0) return [];
  const identified = journal.cells.some((c) => c.indicator !== undefined);
  const places = identified ? currentPlaces(userGrids, mapping, ahead, read) : sheetPlaces(userGrids, []);
  // An indicator whose Ref was retyped since is followed to its row by the figure it shows (retyped-refs.ts).
  return followRetypedRefs(journal.cells, locateCells(journal.cells, places, parseCellAddress), places, userGrids);
}

/**
 * The grids as the analyst typed them: an owned cell that still holds what the last scoring wrote is
 * read as what it held before the product first wrote it, so checks of typed values (a typed ↑ the
 * data contradicts) give the same findings however often the workbook is scored. The cells are
 * followed by identity (`located`, from locateJournal).
 */
export function analystGrids(grids: SheetGrid[], journal: Journal | null, located: Located[]): SheetGrid[] {
  if (!journal || journal.cells.length === 0) return grids;
  const edits = new Map<string, { row: number; col: number; cell: JournalCell }[]>();
  journal.cells.forEach((c, i) => {
    const at = located[i];
    if (!at || at.kind !== 'found') return;
    const list = edits.get(at.sheet) ?? [];
    list.push({ row: at.row, col: at.col, cell: c });
    edits.set(at.sheet, list);
  });
  return grids.map((g) => {
    const cells = edits.get(g.name);
    if (!cells) return g;
    const values = g.values.map((r) => [...r]);
    for (const { row, col, cell } of cells) {
      if (!values[row]) continue;
      if (sameValue(values[row][col] ?? null, cell.afterValue)) values[row][col] = cell.original;
    }
    return { ...g, values };
  });
}

/**
 * Step 1 of a scoring run (docs/architecture.md, "A scoring run"): reads and scores the workbook and
 * plans what to write, without writing anything.
 * @param grids every sheet's grid, as the adapter read it (the product's own sheets included)
 * @param state the workbook's state sheet, decoded (`decodeState`; `defaultState()` when there is none)
 * @param overrides settings the analyst chose for this run (command-line options, the task pane's
 *   fields); each absent one is taken from the saved settings, else its default (src/core/settings.ts)
 * @returns the settings used, the tables read, the scores, the plan of writes, the generated sheets'
 *   names, and `ownedCells`: the cells whose value and format the adapter must read before step 2
 * @throws InputError, one sentence to show as it is, when the settings cannot be used (`checkSettings`:
 *   a tolerance or band out of range, an unknown mode), the column mapping does not fit the workbook,
 *   no indicator table is found, or cells of the last scoring cannot be followed. The only place a
 *   run's settings are refused.
 * @param ahead the add-in's owned-cell guesses by sheet (sheetAhead's, made while the workbook was being
 *   read): their tables are not found again where the last scoring's cells are followed (currentPlaces
 *   says when they are used). Optional: without it every table is found here, as the command line does.
 */
export function prepareRun(
  grids: SheetGrid[],
  state: WorkbookState,
  overrides: RunOverrides = {},
  ahead?: ReadonlyMap<string, SheetAhead>,
): PreparedRun {
  const stateAsSaved = state;
  state = followRenamedProductSheets(state, grids);
  const settings: Settings = {
    quarter: overrides.quarter !== undefined ? overrides.quarter : state.settings.quarter,
    tolerancePct: overrides.tolerancePct ?? state.settings.tolerancePct,
    mapping: overrides.mapping !== undefined ? overrides.mapping : state.settings.mapping,
    ...ruleSettings(overrides, state.settings),
  };
  checkSettings(settings);
  const unlisted = unlistedProductSheets(grids, state);
  const ownSheets = new Set([...productSheetNames(state), ...unlisted.named, ...unlisted.quiet]);
  const userGrids = grids.filter((g) => !ownSheets.has(g.name));
  if (settings.mapping) validateMapping(settings.mapping, userGrids, overrides.mapping === undefined);
  const prior = priorJournal(state);
  const previous = locateJournal(prior, userGrids, state.settings.mapping, ahead);
  if (prior) refuseScoringWhenMoved(prior.cells, previous, userGrids);
  const productStatusCells = statusCellsWritten(grids, prior, previous);
  const { model, result } = scoreWorkbook(analystGrids(grids, prior, previous), {
    quarter: settings.quarter,
    // A quarter asked for that no indicator has reached is refused (fresh-user check 5).
    refuseQuarterNotReached: true,
    tolerancePct: settings.tolerancePct,
    toleranceMode: settings.toleranceMode,
    greenBand: settings.greenBand,
    amberBand: settings.amberBand,
    dot: settings.dot,
    mapping: settings.mapping,
    skipSheets: [...ownSheets].filter((n) => !unlisted.named.includes(n)),
    unlistedProductSheets: unlisted.named,
    productStatusCells,
  });
  // A typed value an earlier scoring replaced is no longer in any cell: not quoted again (fresh-user check 8).
  const stale = withoutStaleTypedFindings(result.findings, prior, previous, grids, result.quarter);
  result.findings = stale.findings;
  const names = chooseSheetNames(
    result.quarterNumber,
    grids.map((g) => g.name),
    state.productSheets,
  );
  const patches = withoutMergedAway(
    withTypedDotsBack(
      withHandedBackPictures(sheetPatches(model.tables, result.indicators), model.tables, prior, previous),
      grids,
      prior,
      previous,
    ),
    (sheet) => grids.find((g) => g.name === sheet)?.merges ?? [],
  );
  // The analyst's conditional formats over the cells about to be coloured: a Check, on the Findings sheet too.
  result.findings.push(...conditionalFormatFindings(grids, patches));
  const plan: Plan = {
    quarter: result.quarterNumber,
    quarterLabel: result.quarter,
    patches,
    sheets: [summarySheet(result, names), highlightsSheet(result, names), findingsSheet(result, names)],
  };
  let ownedCellCount = 0;
  for (let i = 0; i < plan.patches.length; i++) ownedCellCount += plan.patches[i].cells.length;
  const sheetIds = new Map(grids.flatMap((g) => (g.id !== undefined ? [[g.name, g.id] as [string, string]] : [])));
  const places = new Map(sheetPlaces(userGrids, model.tables).map((p) => [p.name, p]));
  const productGrids = new Map(grids.filter((g) => ownSheets.has(g.name)).map((g) => [g.name, g]));
  let digests: ByIndicator<string> | null = null;
  const run: PreparedRun = new Prepared(
    settings,
    model,
    result,
    plan,
    names,
    ownedCellCount,
    sheetIds,
    places,
    previous,
    productGrids,
    () => (digests ??= readDigests(model.tables, userGrids, places, model, result.quarterNumber)),
  );
  if (stale.stale.size > 0) run.staleTyped = stale.stale;
  const uncoloured = nothingColouredSentence(model.tables);
  if (uncoloured) run.uncoloured = uncoloured;
  if (state !== stateAsSaved) run.followedState = state;
  return run;
}

/** Each prepared run's owned cells, made on first use (Prepared.ownedCells). */
const OWNED_CELLS = new WeakMap<Prepared, PreparedRun['ownedCells']>();

/**
 * A PreparedRun as prepareRun makes it: its fields own properties in the order they have always had, and
 * `ownedCells` a getter on the class, made on first use. Decision: a class, not an object literal with a
 * getter — a literal's getter is a new function each run, so each run object had a shape of its own and
 * every function reading a run's fields saw a new one every run (measured: 16% slower at 60 indicators).
 */
class Prepared implements PreparedRun {
  declare uncoloured?: string;
  declare followedState?: WorkbookState;
  declare staleTyped?: Set<string>;
  constructor(
    public settings: Settings,
    public model: ReadResult,
    public result: ScoreResult,
    public plan: Plan,
    public names: SheetNames,
    public ownedCellCount: number,
    public sheetIds: Map<string, string>,
    public places: Map<string, SheetPlaces>,
    public previous: Located[],
    public productGrids: Map<string, SheetGrid>,
    public digests: () => ByIndicator<string>,
  ) {}

  get ownedCells(): PreparedRun['ownedCells'] {
    let cells = OWNED_CELLS.get(this);
    if (cells === undefined) OWNED_CELLS.set(this, (cells = ownedCellList(this.plan.patches)));
    return cells;
  }
}

/** The owned cells of the patches, by sheet, in the patches' order (PreparedRun.ownedCells). */
function ownedCellList(patches: readonly SheetPatch[]): PreparedRun['ownedCells'] {
  const out: PreparedRun['ownedCells'] = [];
  for (const p of patches) for (const c of p.cells) out.push({ sheet: p.sheet, row: c.row, col: c.col });
  return out;
}

/**
 * The Status cells the last scoring (or, after an undo, the one before it) wrote that still show what it
 * wrote, by statusCellKey: 'written' over something else, 'handedBack' where it wrote back what the analyst
 * had typed over its own words. read/status-column.ts decides from them whether a Status column is the
 * product's (it filled it from empty) or the analyst's (it wrote over their words, or handed them back).
 */
function statusCellsWritten(
  grids: SheetGrid[],
  prior: Journal | null,
  located: Located[],
): Map<string, 'written' | 'handedBack'> {
  const out = new Map<string, 'written' | 'handedBack'>();
  if (!prior) return out;
  const byName = new Map(grids.map((g) => [g.name, g]));
  prior.cells.forEach((c, i) => {
    const at = located[i];
    if (c.role !== 'status' || !at || at.kind !== 'found') return;
    const now = byName.get(at.sheet)?.values[at.row]?.[at.col] ?? null;
    if (!sameValue(now, c.afterValue)) return;
    if (!sameValue(c.afterValue, c.original)) out.set(statusCellKey(at.sheet, at.row, at.col), 'written');
    // Written back over the product's own words: the last scoring handed the cell back.
    else if (!sameValue(c.before.value, c.original)) out.set(statusCellKey(at.sheet, at.row, at.col), 'handedBack');
  });
  return out;
}

/**
 * Status cells handed back to the analyst (read/status-column.ts) get the very cell they had — value,
 * formula, format — where the journal keeps it: its picture before the scoring that first wrote over it
 * (a workbook scored once by an earlier version). Otherwise (scored more than once since) their typed
 * words without the product's colours, as planned. Mutates and returns `patches`.
 */
function withHandedBackPictures(
  patches: SheetPatch[],
  tables: ReadResult['tables'],
  prior: Journal | null,
  located: Located[],
): SheetPatch[] {
  const back = new Set<string>();
  for (const t of tables)
    if (t.columns.status !== undefined)
      for (const r of t.rows)
        if (r.statusOwner === 'handBack') back.add(statusCellKey(t.sheet, r.row, t.columns.status));
  if (back.size === 0 || !prior) return patches;
  const before = new Map<string, JournalCell>();
  prior.cells.forEach((c, i) => {
    const at = located[i];
    if (c.role === 'status' && at && at.kind === 'found' && sameValue(c.before.value, c.original))
      before.set(statusCellKey(at.sheet, at.row, at.col), c);
  });
  for (const patch of patches) {
    let changed = false;
    for (const cell of patch.cells) {
      const kept = cell.role === 'status' ? before.get(statusCellKey(patch.sheet, cell.row, cell.col)) : undefined;
      if (!kept || !back.has(statusCellKey(patch.sheet, cell.row, cell.col))) continue;
      const b = kept.before;
      cell.value = b.formula
        ? { formula: b.formula }
        : b.error && typeof b.value === 'string'
          ? { error: b.value }
          : (b.value ?? '');
      cell.format = ownedToCellFormat(b.format);
      for (const block of patch.values)
        if (block.left === cell.col && cell.row >= block.top && cell.row < block.top + block.values.length)
          block.values[cell.row - block.top] = [cell.value]; // a row of its own: text rows are shared (sheetPatches)
      changed = true;
    }
    if (changed) patch.formats = groupFormats(patch.cells);
  }
  return patches;
}

export function snapshotKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${cellAddress(row, col)}`;
}

export interface RunOutcome {
  /** False when scoring again would change nothing: write nothing at all. */
  changed: boolean;
  /** Backup sheets left by a run of version /1, no longer needed: delete them first. */
  deleteSheets: string[];
  /**
   * The product's sheets to write. One that exists already (`inPlace`) is regenerated in place: the
   * same sheet, its content cleared and written afresh — never renamed or deleted, so the analyst's
   * formulas that refer to it keep referring to it (issue 9). The others are added.
   */
  sheets: SheetContent[];
  inPlace: string[];
  patches: SheetPatch[];
  /** The new state, its journal complete (the Office adapter first writes it marked incomplete). */
  state: WorkbookState;
  /**
   * The product's sheets regenerated because they had been edited by hand (a count typed over) while
   * their figures had not changed: both front ends say so. Empty when none.
   */
  editedSheets: string[];
}

const PLAIN: OwnedFormat = { numberFormat: 'General', fill: null, fontColor: null };

/**
 * An owned cell the adapter gave no snapshot of: empty, in the plain format. One object shared by
 * every such cell of the journal (issue 11), frozen so that none can change it.
 */
const UNREAD: CellSnapshot = Object.freeze({
  value: null,
  format: Object.freeze({ numberFormat: PLAIN.numberFormat, fill: PLAIN.fill, fontColor: PLAIN.fontColor }),
});

/** A product sheet's content as its values only: for a sheet written by version /1, whose content the state does not keep. */
function valuesOnlyContent(name: string, role: SheetContent['role'], grid: SheetGrid | undefined): SheetContent | null {
  if (!grid) return null;
  return {
    name,
    role,
    values: { top: 0, left: 0, values: grid.values.map((r) => r.map((v) => (v === null ? null : v))) },
    formats: [],
    merges: grid.merges ?? [],
    columnWidths: [],
    freeze: null,
    links: [],
    tabColor: null,
  };
}

/**
 * Step 2 of a scoring run: compares the plan with what the owned cells hold now and gives what to
 * write, with the new state and its undo journal; `changed: false` when scoring again would change
 * nothing (the adapter then writes nothing at all).
 * @param run what prepareRun gave
 * @param snapshots each owned cell's value, formula and format as read, by `snapshotKey(sheet, row, col)`
 * @param state the state decoded before prepareRun
 * @param existingSheets every sheet's name in the workbook now
 * @param meta when the run happens (ISO 8601 text) and which front end runs it
 * Throws nothing for the analyst: its input was checked by prepareRun.
 */
export function commitRun(
  run: PreparedRun,
  snapshots: Map<string, CellSnapshot>,
  state: WorkbookState,
  existingSheets: string[],
  meta: { at: string; by: Journal['by'] },
): RunOutcome {
  // Owned cells holding the analyst's own formulas giving other figures, two or more down a column: refused first.
  const formulas = ownedFormulasConflict(run.plan.patches, (sheet, row, col) => {
    const cell = snapshots.get(snapshotKey(sheet, row, col));
    return cell?.formula ? { formula: cell.formula, value: cell.value } : undefined;
  });
  if (formulas) throw formulas;
  if (run.followedState) state = run.followedState;
  const previous = new Map<string, JournalCell>();
  (priorJournal(state)?.cells ?? []).forEach((c, i) => {
    const at = run.previous[i];
    if (!at || at.kind !== 'found') return;
    const key = snapshotKey(at.sheet, at.row, at.col);
    // A typed value an earlier quarter's scoring replaced is forgotten (stale-typed.ts; fresh-user check 8).
    previous.set(key, run.staleTyped?.has(key) ? { ...c, original: null } : c);
  });
  const cells: JournalCell[] = [];
  const change = { cells: false };
  // The key by address only where there is something to look up by it (issue 11).
  const lookUp = snapshots.size > 0 || previous.size > 0;
  for (const patch of run.plan.patches) {
    const sheetId = run.sheetIds.get(patch.sheet);
    const places = run.places.get(patch.sheet);
    // Each cell in a function of its own, and an indexed loop: commitRun runs once a run, so a loop body
    // inside it would run unoptimised for thousands of cells; a small function called for each cell is
    // optimised after a few hundred (issue 11).
    for (let i = 0; i < patch.cells.length; i++) {
      cells.push(journalCell(patch.sheet, sheetId, places, patch.cells[i], snapshots, previous, lookUp, change));
    }
  }
  const cellsChange = change.cells;
  const exists = (name: string) => existingSheets.some((e) => sameSheetName(e, name));
  const fingerprints = run.plan.sheets.map((sheet) => {
    const print = sheetPrint(sheet);
    const ours = state.productSheets.find((p) => p.name === sheet.name);
    const same = ours !== undefined && exists(sheet.name) && samePrint(ours.fingerprint, sheet, print);
    return { sheet, print, same };
  });
  const unchangedPlan = (f: (typeof fingerprints)[number]) => f.same;
  // A product sheet whose plan is unchanged but whose cells were typed over is regenerated too (hand-edits.ts).
  const editedSheets = sheetsEditedByHand(
    fingerprints.filter(unchangedPlan).map((f) => f.sheet),
    run.productGrids,
  );
  const sheetsChange = !fingerprints.every(unchangedPlan) || editedSheets.length > 0;
  const settingsChange = JSON.stringify(state.settings) !== JSON.stringify(run.settings);
  if (!cellsChange && !sheetsChange && !settingsChange) {
    return { changed: false, deleteSheets: [], sheets: [], inPlace: [], patches: [], state, editedSheets };
  }
  const deleteSheets = (state.journal?.replaced ?? []).flatMap((r) => (r.backup ? [r.backup] : [])).filter(exists);
  const planned = run.plan.sheets.map((s) => s.name);
  const inPlace = planned.filter(exists);
  const replaced: ReplacedSheet[] = inPlace.map((name) => {
    const ours = state.productSheets.find((p) => sameSheetName(p.name, name));
    const role = run.plan.sheets.find((s) => s.name === name)!.role;
    const grid = run.productGrids.get(name);
    const kept = ours?.content ?? (ours?.layout ? contentFromSheet(ours.layout, grid) : null);
    return { name, content: kept ?? valuesOnlyContent(name, role, grid) };
  });
  const productSheetsBefore = state.productSheets.filter((p) => exists(p.name));
  const productSheets: ProductSheet[] = [
    ...productSheetsBefore.filter((p) => !planned.includes(p.name)),
    ...fingerprints.map(({ sheet, print }) => ({
      name: sheet.name,
      role: sheet.role,
      quarter: run.plan.quarter,
      fingerprint: print,
      content: sheet,
    })),
  ];
  const journal: Journal = {
    at: meta.at,
    by: meta.by,
    quarter: run.result.quarter,
    cells,
    created: planned.filter((n) => !exists(n)),
    replaced,
    productSheetsBefore,
    settingsBefore: state.settings,
  };
  const inputs = alignedDigests(cells, run.plan.quarter, run.digests());
  if (inputs) journal.inputs = inputs;
  const inputsBefore = digestsOfPrior(state, run);
  if (inputsBefore) {
    const aligned = alignedDigests(cells, inputsBefore.q, inputsBefore.digests, inputsBefore.v);
    if (aligned) journal.inputsBefore = aligned;
  }
  return {
    changed: true,
    deleteSheets,
    sheets: run.plan.sheets,
    inPlace,
    patches: run.plan.patches,
    state: { settings: run.settings, productSheets, journal },
    editedSheets,
  };
}

/**
 * What the scoring the workbook shows now (the one the new journal's undo puts back) had worked out its
 * indicators from, by where they are now (inputs.ts): the last journal's digests, else those an undo kept.
 * Null when neither kept any (a workbook scored by a version before it, or never scored).
 */
function digestsOfPrior(
  state: WorkbookState,
  run: PreparedRun,
): { q: QuarterNumber; v: number; digests: ByIndicator<string> } | null {
  const j = state.journal;
  // Digests worked out as typed (DIGEST_VERSION 1) cannot be compared: none kept. Version 2's are carried
  // on as version 2 (undo works them out again that way: inputs.ts, comparable).
  const inputs = comparable(j?.inputs);
  if (j && inputs)
    return { q: inputs.q, v: inputs.v!, digests: digestsWhereNow(j.cells, inputs, run.previous, run.places) };
  const kept = comparable(state.inputs);
  if (!j && kept) return { q: kept.q, v: kept.v!, digests: keptWhereNow(kept, run.places) };
  return null;
}

/**
 * An owned cell's journal entry: what it held before (its snapshot, else empty), what it holds after,
 * and what it held before the product first wrote it (`previous`: the last journal's cells where they
 * are now). Sets `change.cells` when the write changes the cell.
 */
function journalCell(
  sheet: string,
  sheetId: string | undefined,
  places: SheetPlaces | undefined,
  owned: OwnedCell,
  snapshots: Map<string, CellSnapshot>,
  previous: Map<string, JournalCell>,
  lookUp: boolean,
  change: { cells: boolean },
): JournalCell {
  const address = cellAddress(owned.row, owned.col);
  const key = lookUp ? `${sheet}!${address}` : '';
  const before = (lookUp ? snapshots.get(key) : undefined) ?? UNREAD;
  const afterValue = ownedValueAfter(before, owned);
  if (!change.cells && ownedChanges(before, owned, afterValue)) change.cells = true;
  const prior = previous.size ? previous.get(key) : undefined;
  const original = prior && sameValue(before.value, prior.afterValue) ? prior.original : before.value;
  const indicator = places?.byRow[owned.row];
  const role = owned.role;
  // In one object literal where the cell has its sheet's id, or its indicator and role, or both (the
  // usual cases), in the order it has always had: not grown field by field, which reallocates its
  // properties' store (issue 11: the journal has a cell for every owned cell).
  if (indicator !== undefined && role !== undefined)
    return sheetId !== undefined
      ? { sheet, cell: address, before, afterValue, original, sheetId, indicator, role }
      : { sheet, cell: address, before, afterValue, original, indicator, role };
  return sheetId !== undefined
    ? { sheet, cell: address, before, afterValue, original, sheetId }
    : { sheet, cell: address, before, afterValue, original };
}

export function ownedToCellFormat(f: OwnedFormat): CellFormat {
  // Shrink to fit only where it was read (the cell's write set it): put back as it was.
  if (f.shrinkToFit !== undefined)
    return { numberFormat: f.numberFormat, fill: f.fill, fontColor: f.fontColor, shrinkToFit: f.shrinkToFit };
  return { numberFormat: f.numberFormat, fill: f.fill, fontColor: f.fontColor };
}

/** The value an owned cell holds once the owned write is applied (a format-only write keeps the value). */
function ownedValueAfter(before: CellSnapshot, owned: OwnedCell): CellValue {
  if (owned.value === null) return before.value;
  return typeof owned.value === 'object' ? null : owned.value === '' ? null : owned.value;
}

/**
 * Whether the owned write changes the cell as sameSnapshot compares cells (formula, error, value, number
 * format, fill, font colour), without making the cell after the write for every owned cell (issue 11):
 * a write of a value leaves no formula and no error; a format-only write changes the format only.
 */
function ownedChanges(before: CellSnapshot, owned: OwnedCell, afterValue: CellValue): boolean {
  const f = owned.format;
  const b = before.format;
  const sameFormat =
    (f.numberFormat ?? b.numberFormat) === b.numberFormat &&
    sameColour(f.fill !== undefined ? f.fill : b.fill, b.fill, null) &&
    sameColour(f.fontColor !== undefined ? f.fontColor : b.fontColor, b.fontColor, '000000') &&
    // Shrink to fit compared only where both say (the adapter read it for a cell whose write sets it).
    (f.shrinkToFit === undefined || b.shrinkToFit === undefined || f.shrinkToFit === b.shrinkToFit);
  if (!sameFormat) return true;
  // A format-only write keeps the formula, the error and the value.
  if (owned.value === null) return false;
  return (before.formula ?? null) !== null || Boolean(before.error) || !sameValue(before.value, afterValue);
}
