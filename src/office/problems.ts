/**
 * Problems the analyst can meet, told in plain English: the core's InputError (no table, a bad
 * tolerance, a mapping that does not fit) and the add-in's own (a protected sheet, an old Excel, a
 * workbook too large for Excel on the web). Anything else is a defect, reported as such.
 */
import { isInputError } from '../core';

export class OfficeProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfficeProblem';
  }
}

export function isOfficeProblem(e: unknown): e is OfficeProblem {
  return e instanceof Error && e.name === 'OfficeProblem';
}

/** Excel on the web refused a request or a response over its 5 MB cap. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

export const NOTHING_CHANGED = 'Nothing was changed.';

export function protectedSheetProblem(sheet: string): OfficeProblem {
  return new OfficeProblem(`The sheet '${sheet}' is protected, so Performance Scorecard cannot write its scores there. Unprotect it (Review › Unprotect Sheet) and try again. ${NOTHING_CHANGED}`);
}

export function protectedWorkbookProblem(): OfficeProblem {
  return new OfficeProblem(`The workbook's structure is protected, so Performance Scorecard cannot add or replace its summary sheets. Unprotect it (Review › Protect Workbook) and try again. ${NOTHING_CHANGED}`);
}

export function unsupportedHostProblem(): OfficeProblem {
  return new OfficeProblem(`This version of Excel is too old for Performance Scorecard. It needs Excel 2019 or later, Microsoft 365, or Excel on the web. ${NOTHING_CHANGED}`);
}

export function tooLargeProblem(): OfficeProblem {
  return new OfficeProblem(`This workbook is too large for Excel on the web to score in one go. Open it in Excel on the desktop, or score it with the scorecard command. ${NOTHING_CHANGED}`);
}

/**
 * Excel refuses every request while the analyst is typing in a cell (the task pane's buttons can be
 * clicked then): the batch fails with this code (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11,
 * would instead wait, silently, for the edit to end).
 */
export function isCellEditMode(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'InvalidOperationInCellEditMode';
}

export const CELL_EDIT_MESSAGE = 'Excel is busy while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.';

/** What to tell the analyst about an error: plain messages as they are, anything else as a defect. */
export function plainMessage(e: unknown): string {
  if (isInputError(e) || isOfficeProblem(e)) return e.message;
  if (isCellEditMode(e)) return CELL_EDIT_MESSAGE;
  const detail = e instanceof Error ? e.message : String(e);
  return `Performance Scorecard hit an unexpected problem and stopped: ${detail}`;
}
