/**
 * The add-in's two actions on the open workbook, as docs/architecture.md lays them out:
 * score a quarter (read → prepareRun → snapshots → commitRun → carry out) and undo the last scoring.
 * A problem the analyst can meet throws an InputError or OfficeProblem before anything is written.
 */
import type { RunOutcome, RunOverrides, ScoreResult, Settings, SheetNames, UndoSummary } from '../core';
import {
  InputError,
  STATE_SHEET,
  commitRun,
  decodeState,
  defaultState,
  planUndo,
  prepareRun,
  sameSheetName,
  sheetAhead,
  snapshotKey,
  summariseUndo,
  guessStands,
  type CellValue,
  type SheetAhead,
  type WorkbookState,
} from '../core';
import type { Recovery } from './recovery';
import { carryOutRun, carryOutUndo } from './carry-out';
import { requireSupportedHost, requireUnfiltered, requireWritable } from './guards';
import { UndoGroupDeclined, abilitiesOf, runAsOneUndoStep, type ExcelHost } from './host';
import { readExcelGrids, type OwnedAhead, type WorkbookRead } from './read-workbook';
import { readSnapshots } from './snapshots';
import { ownedCellsTaken, requireOwnedCellsFree } from './owned-conflicts';
import { PAYLOAD_BUDGET } from './payload';
import { estimatedBatches, reportingWrites, type ScoringProgress } from './progress';

export interface ScoringOutcome {
  result: ScoreResult;
  /** False when the workbook already showed this scoring: nothing was written. */
  changed: boolean;
  settings: Settings;
  sheets: SheetNames;
  /** Owned cells the run covers. */
  cells: number;
  /** Product sheets regenerated because they had been edited by hand (RunOutcome.editedSheets). */
  editedSheets?: string[];
  /** Why no cell of the analyst's tables was coloured (PreparedRun.uncoloured); absent otherwise. */
  uncoloured?: string;
  /**
   * Sheets whose scored columns have conditional formats of their own, which Excel shows over the
   * scoring's colours (carry-out.ts, askConditionalFormats); absent when none, or nothing was written.
   */
  conditionalFormats?: string[];
  /**
   * True when the run wrote but Excel would not say whether a filter hides rows on the sheets
   * (WorkbookRead.filtersUnchecked): the outcome message says so (outcome-message.ts).
   */
  filtersUnchecked?: boolean;
}

/**
 * What the add-in's undo did: the core's summary, as the command line reports it too; and, as for a
 * scoring, whether the filters could not be checked.
 */
export type UndoResult = UndoSummary & { filtersUnchecked?: boolean };

/**
 * Scores the quarter in the open workbook (the Office.js adapter's whole run: read, prepareRun, read the
 * owned cells, commitRun, write), in as few syncs as the host allows.
 * @param overrides the analyst's choices for this run (quarter, tolerance, mapping …), saved with the state
 * @param now the clock for the journal's time (tests pass a fixed one)
 * @returns the result, whether anything changed (false: nothing was written), the settings used, the
 *   generated sheets' names and the number of owned cells the run covers
 * @throws InputError (one sentence, shown as is) for everything prepareRun refuses and for a workbook
 *   the host cannot write (protected, too large); other errors are Office.js's own.
 *
 * `recover` puts back a run that failed part-way before scoring (the task pane passes
 * putBackHalfDoneRun); without it such a workbook is refused in one sentence (the ribbon commands).
 * `progress` (the task pane's) is told each phase as it starts: reading, scoring N sheets, reading the
 * owned cells of N indicators, writing request n of about m (src/office/progress.ts).
 */
export async function scoreQuarter(
  host: ExcelHost,
  overrides: RunOverrides = {},
  now: () => Date = () => new Date(),
  recover?: Recovery,
  progress?: ScoringProgress,
): Promise<ScoringOutcome> {
  requireSupportedHost(host);
  const abilities = abilitiesOf(host);
  return runAsOneUndoStep(host, abilities, async (context, grouped) => {
    await progress?.({ phase: 'reading' });
    const ahead = ownedAhead(overrides);
    let book = await readExcelGrids(context, abilities, 'all', ahead);
    let state = decodeState(book.stateValues);
    if (state.journal?.complete === false) {
      // A run (or an undo) that failed part-way (write-ahead journal, issue 9): put the workbook back first.
      if (!recover)
        throw new InputError(
          'The last scoring of this workbook stopped part-way, so nothing was scored: open the task pane and choose Undo last scoring (or score there) to put the workbook back first.',
        );
      await recover(context, abilities, book, state, grouped);
      book = await readExcelGrids(context, abilities, 'all', ahead);
      state = decodeState(book.stateValues);
    }
    await progress?.({ phase: 'scoring', sheets: book.grids.length });
    const run = prepareRun(book.grids, state, overrides, ahead.found);
    // Owned cells in a dynamic array's results or holding a data type: refused before anything is read
    // or written for them (no request unless the reads point at some).
    await requireOwnedCellsFree(context, abilities, run, book);
    await progress?.({ phase: 'snapshots', indicators: run.result.indicators.length });
    const snapshots = await readSnapshots(context, abilities, run.plan.patches, book);
    const names = book.sheets.map((s) => s.name);
    const outcome = commitRun(run, snapshots, state, names, { at: now().toISOString(), by: 'add-in' });
    const seen: { conditionalFormats?: string[] } = {};
    if (outcome.changed) {
      // The product's sheets regenerated in place must be writable too: refuse before writing anything.
      // A refresh that only regenerates sheets in place changes no structure: it works under a protected structure.
      const stateSheet = book.sheets.find((s) => sameSheetName(s.name, STATE_SHEET));
      const changesSheets =
        outcome.sheets.length > outcome.inPlace.length ||
        outcome.deleteSheets.length > 0 ||
        stateSheet?.visibility !== 'VeryHidden';
      requireWritable(book, [...outcome.patches.map((p) => p.sheet), ...outcome.inPlace], changesSheets);
      requireUnfiltered(
        book,
        outcome.patches.map((p) => p.sheet),
        outcome.inPlace,
      );
      if (grouped) declineUndoGroupFor(book, outcome);
      if (progress) {
        const batches = estimatedBatches([outcome.sheets, outcome.patches], abilities.writeBudget ?? PAYLOAD_BUDGET);
        await reportingWrites(context, batches, progress, () => carryOutRun(context, abilities, book, outcome, seen));
      } else await carryOutRun(context, abilities, book, outcome, seen);
    }
    const scored: ScoringOutcome = {
      result: run.result,
      changed: outcome.changed,
      settings: run.settings,
      sheets: run.names,
      cells: run.ownedCellCount,
      editedSheets: outcome.editedSheets,
    };
    if (run.uncoloured) scored.uncoloured = run.uncoloured;
    if (seen.conditionalFormats?.length) scored.conditionalFormats = seen.conditionalFormats;
    if (outcome.changed && outcome.patches.length > 0 && book.filtersUnchecked) scored.filtersUnchecked = true;
    return scored;
  });
}

/**
 * The owned cells of each sheet guessed as soon as it is read, with the run's mapping (the analyst's, or
 * the one the state sheet saves), so that their "before" picture travels with the reads (issue 11 item 2);
 * `found` keeps each sheet's latest guess with its tables, for prepareRun (the core's SheetAhead).
 * Before the state sheet is read (a rescore, whose state rows come a request after their keys) a sheet
 * is guessed with the overrides and an empty state: no saved mapping, no product sheets; once the
 * state is read the core's guessStands says whether that guess stands. A state that cannot be decoded gives no guess here: prepareRun says
 * what is wrong with it.
 */
function ownedAhead(overrides: RunOverrides): OwnedAhead & { found: Map<string, SheetAhead> } {
  let decoded: { values: unknown; state: WorkbookState } | null = null;
  const stateOf = (values: CellValue[][] | null | undefined): WorkbookState => {
    if (values === undefined) return defaultState();
    if (decoded?.values !== values) decoded = { values, state: decodeState(values) };
    return decoded.state;
  };
  const found = new Map<string, SheetAhead>();
  return {
    found,
    guess(grid, stateValues) {
      const guess = sheetAhead(grid, stateOf(stateValues), overrides);
      found.set(grid.name, guess);
      return guess.blocks;
    },
    stands(sheet, stateValues) {
      const guess = found.get(sheet);
      return guess !== undefined && guessStands(guess, stateOf(stateValues), overrides);
    },
  };
}

export async function undoLastScoring(host: ExcelHost): Promise<UndoResult> {
  requireSupportedHost(host);
  const abilities = abilitiesOf(host);
  return runAsOneUndoStep(host, abilities, async (context, grouped) => {
    // Every sheet's values: undo follows the owned cells to where their indicators are now.
    const book = await readExcelGrids(context, abilities, 'all');
    const state = decodeState(book.stateValues);
    let undo = planUndo(state, book.grids);
    // Owned cells that have become part of a dynamic array's results since the scoring (a formula
    // typed over the scored column: its results may equal the scores, so they read as untouched) are
    // left as they are and listed with the cells changed since: writing into them would break the
    // formula (#SPILL!). A linked data type reads as #VALUE!, never what the scoring wrote, so it is
    // left already; asked all the same (no request unless the reads point at one).
    const taken = await ownedCellsTaken(context, abilities, undo.patches, book);
    if (taken.spills.length > 0 || taken.richValues.length > 0)
      undo = planUndo(
        state,
        book.grids,
        new Set([
          ...taken.spills.map((s) => snapshotKey(s.sheet, s.area.top, s.area.left)),
          ...taken.richValues.map((c) => snapshotKey(c.sheet, c.row, c.col)),
        ]),
      );
    requireWritable(
      book,
      [...undo.patches.map((p) => p.sheet), ...undo.rewriteSheets.map((s) => s.name)],
      undo.deleteSheets.length > 0 || undo.restoreSheets.length > 0,
    );
    requireUnfiltered(
      book,
      undo.patches.map((p) => p.sheet),
      undo.rewriteSheets.map((s) => s.name),
    );
    if (grouped && (undo.deleteSheets.length > 0 || undo.restoreSheets.length > 0))
      throw new UndoGroupDeclined('removes or restores sheets');
    await carryOutUndo(context, abilities, book, undo);
    const summary: UndoResult = summariseUndo(undo);
    if (undo.patches.length > 0 && book.filtersUnchecked) summary.filtersUnchecked = true;
    return summary;
  });
}

/** The saved settings, for the task pane's pickers (two syncs: the sheet list and the state sheet). */
export async function readSettings(host: ExcelHost): Promise<Settings> {
  requireSupportedHost(host);
  const abilities = abilitiesOf(host);
  return host.run(async (context) => {
    const book = await readExcelGrids(context, abilities, 'state');
    return decodeState(book.stateValues).settings;
  });
}

/**
 * Before writing a run that is to be one Ctrl+Z step: Excel cannot group deleting a sheet, nor (on
 * Windows and Mac) renaming, hiding or moving one, so such a run is declined here, before it writes, and
 * made the ordinary way (runAsOneUndoStep). Creating the state sheet (hidden once) is such a run, and so
 * is one that deletes the backups a version /1 refresh left. A refresh regenerates its sheets in place
 * (issue 9): it renames and deletes nothing, and is grouped.
 */
function declineUndoGroupFor(book: WorkbookRead, outcome: RunOutcome): void {
  if (outcome.deleteSheets.length > 0) throw new UndoGroupDeclined('deletes sheets');
  const state = book.sheets.find((s) => sameSheetName(s.name, STATE_SHEET));
  if (!state || state.visibility !== 'VeryHidden') throw new UndoGroupDeclined('hides its state sheet');
}
