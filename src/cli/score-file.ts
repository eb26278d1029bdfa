/**
 * Scoring an .xlsx file into another, and the result as JSON: the score command without its console.
 * Everything is checked and prepared before anything is written, and the files are written whole
 * or not at all. The workbook is read and written by editing its zip package (src/xlsx/package,
 * issue 10): this path never loads ExcelJS (test/cli/no-exceljs.test.ts).
 */
import { resultToJson, type RunOverrides, type ScoreResult, type SheetNames } from '../core';
import { checkWorkbookBytes } from '../xlsx/file-kind';
import { readFileBytes } from '../xlsx/read-file';
import { scorePackage, type Observer } from '../xlsx/package/session';
import { inflatedSize } from '../xlsx/package/zip';
import { capYoungGeneration, fitCompilerTo, fitHeapTo } from './heap';
import type { ScoringSummary } from '../xlsx/package/digest';
import { writeFilesAtomically, type OutputFile } from './atomic-write';
import { checkOutputs, samePath, checkReplaceable } from './paths';

export interface ScoreFileRequest {
  input: string;
  output: string;
  /** True when the output was named with -o (only then may it be the input). */
  outputNamed: boolean;
  json?: string;
  overrides: RunOverrides;
  at: Date;
  progress?: (step: string) => void;
  /** Told of each sheet part the package path parses (tests count them). */
  observe?: Observer;
}

export interface ScoreFileOutcome {
  result: ScoreResult;
  names: SheetNames;
  /** False when the workbook already held this scoring: the output is a copy of the input. */
  changed: boolean;
  /** Owned cells written, and the sheets with indicator tables they are on. */
  cells: number;
  tableSheets: string[];
  /** Why no cell of the analyst's tables was coloured (no table has a column for the scores); absent otherwise. */
  uncoloured?: string;
  /** Sheets of the analyst's whose names the summaries would have taken (so they got others). */
  namesTaken: string[];
  /**
   * What the input holds that the output cannot: always empty, since the package path copies every
   * part it does not own (kept for the commands' note, which the ExcelJS path used to give).
   */
  unkept: string[];
  /** Product sheets regenerated because they had been edited by hand (RunOutcome.editedSheets). */
  editedSheets: string[];
  /**
   * False when no workbook was written: nothing changed and the output was not named with -o (an
   * identical copy under a made-up name is clutter), or -o named the input itself (left as it is).
   * A named other file is written even then: a script that gave -o expects to find it.
   */
  written: boolean;
}

export async function scoreFile(req: ScoreFileRequest): Promise<ScoreFileOutcome> {
  const step = req.progress ?? (() => undefined);
  checkOutputs(req.input, { workbook: req.output, json: req.json }, req.outputNamed);
  step(`Reading ${req.input}`);
  const bytes = await readFileBytes(req.input);
  // The sheet parts are checked as they are read (a no-change rescore reads none of them).
  checkWorkbookBytes(bytes, req.input, { sheetParts: false });
  fitHeapTo(inflatedSize(bytes));
  const size = inflatedSize(bytes);
  fitCompilerTo(size, 'read');
  step('Scoring');
  // Once the sheets and the state are read, the compiler is fitted to the engine's stage and the write (heap.ts).
  // The young generation of a large package is held to its cap as the read goes, and stops growing when it ends (heap.ts).
  const observe: Observer = {
    ...req.observe,
    pulse: () => {
      req.observe?.pulse?.();
      capYoungGeneration();
    },
    stage: (name, ms) => {
      req.observe?.stage?.(name, ms);
      if (name === 'read') capYoungGeneration(true);
    },
    // Fitted to what the engine reads, not the whole package: a rescore's package holds the product's
    // sheets too, which would turn TurboFan on at 10,000 indicators (a rescore's engine stage 23% more CPU).
    engineInput: (bytes) => {
      req.observe?.engineInput?.(bytes);
      fitCompilerTo(bytes, 'engine');
    },
  };
  const done = scorePackage(bytes, req.input, req.overrides, {
    at: req.at.toISOString(),
    now: req.at,
    observe,
  });
  return finish(req, done.summary, done.changed, done.bytes, done.editedSheets ?? []);
}

async function finish(
  req: ScoreFileRequest,
  summary: ScoringSummary,
  changed: boolean,
  out: Buffer,
  editedSheets: string[],
): Promise<ScoreFileOutcome> {
  const written = changed || (req.outputNamed && !samePath(req.input, req.output));
  const files: OutputFile[] = written ? [{ path: req.output, bytes: out }] : [];
  if (req.json) files.push({ path: req.json, bytes: `${JSON.stringify(resultToJson(summary.result), null, 2)}\n` });
  if (written) checkReplaceable(req.output, req.outputNamed, out);
  await writeFilesAtomically(files);
  return { ...summary, changed, unkept: [], editedSheets, written };
}
