/**
 * `scorecard reset-state`: removes the very hidden Scorecard_State sheet (and the very hidden backup
 * sheets of regenerated summaries, "~1 Q3 Summary"), which Excel's own menus cannot show or delete,
 * so a workbook whose state sheet is damaged can be scored again (issue 8). The analyst's sheets and
 * the summary sheets already written stay as they are; the saved settings and the undo of the last
 * scoring are gone.
 */
import type ExcelJS from 'exceljs';
import { InputError, STATE_SHEET } from '../core';
import { loadWorkbook, readFileBytes, workbookBytes } from '../xlsx';
import { isStructureLocked } from '../xlsx/protection';
import { deleteSheet, keepActiveSheetVisible } from '../xlsx/sheets';
import { writeFilesAtomically } from './atomic-write';
import { checkOutputs } from './paths';

export interface ResetStateRequest {
  input: string;
  output: string;
  outputNamed: boolean;
  at: Date;
}

export interface ResetStateOutcome {
  /** The very hidden backup sheets removed with the state sheet. */
  backups: string[];
  unkept: string[];
}

/** A backup the product made of a summary sheet it regenerated: very hidden, named "~1 Q3 Summary". */
function isProductBackup(sheet: ExcelJS.Worksheet): boolean {
  return sheet.state === 'veryHidden' && /^~\d+ /.test(sheet.name);
}

export async function resetStateFile(req: ResetStateRequest): Promise<ResetStateOutcome> {
  checkOutputs(req.input, { workbook: req.output }, req.outputNamed);
  const { workbook, unkept } = await loadWorkbook(await readFileBytes(req.input), req.input);
  const state = workbook.worksheets.find((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
  if (!state) throw new InputError(`'${req.input}' has no ${STATE_SHEET} sheet: there is nothing to reset.`);
  if (state.state === 'visible' && state.getCell(1, 1).value !== 'format') {
    throw new InputError(`The sheet '${state.name}' in '${req.input}' is a visible sheet that Performance Scorecard did not write; it is left alone. Rename it in Excel (right-click its tab > Rename) instead.`);
  }
  if (isStructureLocked(workbook)) {
    throw new InputError(`The workbook's structure is protected, so the ${STATE_SHEET} sheet cannot be removed. Unprotect it in Excel (Review > Protect Workbook), save it and try again.`);
  }
  const backups = workbook.worksheets.filter(isProductBackup).map((s) => s.name);
  for (const name of [state.name, ...backups]) deleteSheet(workbook, name);
  if (!workbook.worksheets.some((s) => s.state === 'visible' || s.state === undefined)) {
    throw new InputError(`'${req.input}' has no visible sheet besides ${STATE_SHEET}; it is left as it is.`);
  }
  keepActiveSheetVisible(workbook);
  workbook.modified = req.at;
  await writeFilesAtomically([{ path: req.output, bytes: await workbookBytes(workbook) }]);
  return { backups, unkept };
}
