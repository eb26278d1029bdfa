/** Undoing the last scoring of an .xlsx file into another, by editing its package: the undo command without its console. */
import { summariseUndo, type UndoOutcome } from '../core';
import { checkWorkbookBytes } from '../xlsx/file-kind';
import { readFileBytes } from '../xlsx/read-file';
import { undoPackage } from '../xlsx/package/session';
import { inflatedSize } from '../xlsx/package/zip';
import { fitCompilerTo, fitHeapTo } from './heap';
import { writeFilesAtomically } from './atomic-write';
import { checkOutputs, checkReplaceable } from './paths';

export interface UndoFileRequest {
  input: string;
  output: string;
  outputNamed: boolean;
  at: Date;
  progress?: (step: string) => void;
}

export interface UndoFileOutcome {
  /** The quarter whose scoring was undone ("Q3 2020/21"). */
  quarter: string;
  cells: number;
  deleted: string[];
  restored: string[];
  unkept: string[];
  /** Owned cells the analyst changed after the scoring, left as they are ("P1!T12"). */
  changedSince: string[];
  /** Indicators whose restored results were worked out before their figures were changed (UndoSummary.stale). */
  stale: string[];
}

export async function undoFile(req: UndoFileRequest): Promise<UndoFileOutcome> {
  const step = req.progress ?? (() => undefined);
  checkOutputs(req.input, { workbook: req.output }, req.outputNamed);
  step(`Reading ${req.input}`);
  const bytes = await readFileBytes(req.input);
  checkWorkbookBytes(bytes, req.input);
  fitHeapTo(inflatedSize(bytes));
  fitCompilerTo(inflatedSize(bytes), 'read');
  step('Undoing the last scoring');
  const { outcome, bytes: out } = undoPackage(bytes, req.input, req.at);
  step(`Writing ${req.output}`);
  checkReplaceable(req.output, req.outputNamed, out);
  await writeFilesAtomically([{ path: req.output, bytes: out }]);
  return describe(outcome);
}

/** The command's words for an undo: the core's one summary (summariseUndo). */
function describe(outcome: UndoOutcome): UndoFileOutcome {
  const s = summariseUndo(outcome);
  return {
    quarter: s.quarter,
    cells: s.cells,
    deleted: s.sheetsRemoved,
    restored: s.sheetsRestored,
    unkept: [],
    changedSince: s.changedSince,
    stale: s.stale,
  };
}
