/**
 * A scoring run and an undo on an ExcelJS workbook, the steps of docs/architecture.md end to end:
 * read the grids and the state, prepare, snapshot the owned cells, commit, carry out.
 */
import type ExcelJS from 'exceljs';
import {
  STATE_SHEET,
  commitRun,
  planUndo,
  prepareRun,
  type Journal,
  type PreparedRun,
  type RunOutcome,
  type RunOverrides,
  type UndoOutcome,
  type WorkbookState,
} from '../core';
import { carryOutRun, carryOutUndo } from './carry-out';
import { readGrids, sheetGrid, usesDate1904 } from './read-grids';
import { requireWritable } from './protection';
import { readSnapshots } from './snapshots';
import { findSheet, sheetNames } from './sheets';
import { readState } from './state-sheet';

export interface ScoringDone {
  run: PreparedRun;
  outcome: RunOutcome;
  /** The state the workbook held before (settings, product sheets, journal). */
  stateBefore: WorkbookState;
}

export interface RunMeta {
  /** ISO time of the scoring, kept in the journal. */
  at: string;
  by?: Journal['by'];
}

/**
 * Scores the workbook in memory. Throws InputError for what the analyst can fix (no table, a bad
 * setting, a protected sheet it would write to) before changing anything.
 */
export function scoreInPlace(workbook: ExcelJS.Workbook, overrides: RunOverrides, meta: RunMeta): ScoringDone {
  let grids = readGrids(workbook);
  let stateBefore = readState(grids);
  if (stateBefore.journal?.complete === false) {
    // The add-in's run that failed part-way (write-ahead journal): put the workbook back first.
    undoInPlace(workbook);
    grids = readGrids(workbook);
    stateBefore = readState(grids);
  }
  const run = prepareRun(grids, stateBefore, overrides);
  const snapshots = readSnapshots(workbook, run.plan.patches);
  const outcome = commitRun(run, snapshots, stateBefore, sheetNames(workbook), {
    at: meta.at,
    by: meta.by ?? 'command line',
  });
  if (outcome.changed) requireWritable(workbook, [...outcome.patches.map((p) => p.sheet), ...outcome.inPlace], true);
  carryOutRun(workbook, outcome);
  return { run, outcome, stateBefore };
}

/** The state kept in the workbook (defaults when it has none). */
export function workbookState(workbook: ExcelJS.Workbook): WorkbookState {
  const sheet = findSheet(workbook, STATE_SHEET);
  return readState(sheet ? [sheetGrid(sheet, usesDate1904(workbook))] : []);
}

export interface UndoDone {
  outcome: UndoOutcome;
  journal: Journal;
}

/** Undoes the last scoring in memory. Throws InputError when there is none to undo. */
export function undoInPlace(workbook: ExcelJS.Workbook): UndoDone {
  const grids = readGrids(workbook);
  const state = readState(grids);
  const outcome = planUndo(state, grids);
  const journal = state.journal!;
  requireWritable(
    workbook,
    [...outcome.patches.map((p) => p.sheet), ...outcome.rewriteSheets.map((s) => s.name)],
    outcome.deleteSheets.length + outcome.restoreSheets.length > 0,
  );
  carryOutUndo(workbook, outcome);
  return { outcome, journal };
}
