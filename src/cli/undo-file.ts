/** Undoing the last scoring of an .xlsx file into another: the undo command without its console. */
import { summariseUndo, type UndoOutcome } from '../core';
import { checkWorkbookBytes } from '../xlsx/file-kind';
import { readFileBytes } from '../xlsx/read-file';
import { PackageFallback, undoPackage } from '../xlsx/package/session';
import { writeFilesAtomically } from './atomic-write';
import { checkOutputs } from './paths';

export interface UndoFileRequest {
  input: string;
  output: string;
  outputNamed: boolean;
  at: Date;
  progress?: (step: string) => void;
  /** As for scoreFile: 'package' (the default) undoes by editing the zip (byte for byte when the package path scored it). */
  writer?: 'exceljs' | 'package' | 'package-only';
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
}

export async function undoFile(req: UndoFileRequest): Promise<UndoFileOutcome> {
  const step = req.progress ?? (() => undefined);
  checkOutputs(req.input, { workbook: req.output }, req.outputNamed);
  step(`Reading ${req.input}`);
  const bytes = await readFileBytes(req.input);
  const writer = req.writer ?? process.env.SCORECARD_WRITER ?? 'package';
  if (writer !== 'exceljs') {
    checkWorkbookBytes(bytes, req.input);
    try {
      step('Undoing the last scoring');
      const { outcome, bytes: out } = undoPackage(bytes, req.input, req.at);
      step(`Writing ${req.output}`);
      await writeFilesAtomically([{ path: req.output, bytes: out }]);
      return describe(outcome, []);
    } catch (e) {
      if (!(e instanceof PackageFallback) || writer === 'package-only') throw e;
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed
  const { loadWorkbook, undoInPlace, workbookBytes } = require('../xlsx') as typeof import('../xlsx');
  const { workbook, unkept } = await loadWorkbook(bytes, req.input);
  step('Undoing the last scoring');
  const { outcome } = undoInPlace(workbook);
  step(`Writing ${req.output}`);
  workbook.modified = req.at;
  await writeFilesAtomically([{ path: req.output, bytes: await workbookBytes(workbook) }]);
  return describe(outcome, unkept);
}

/** The command's words for an undo: the core's one summary (summariseUndo), with what ExcelJS could not keep. */
function describe(outcome: UndoOutcome, unkept: string[]): UndoFileOutcome {
  const s = summariseUndo(outcome);
  return {
    quarter: s.quarter,
    cells: s.cells,
    deleted: s.sheetsRemoved,
    restored: s.sheetsRestored,
    unkept,
    changedSince: s.changedSince,
  };
}
