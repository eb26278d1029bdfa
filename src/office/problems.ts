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

/**
 * Excel refused a request or a response for its size: over Excel on the web's 5 MB cap
 * (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded) or a range over the cells one
 * read may hold (RangeExceedsLimit) — the documented codes ("Error handling with the Excel JavaScript
 * API", Microsoft Learn).
 */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'PayloadTooLarge' ||
    code === 'RangeExceedsLimit'
  );
}

/**
 * Excel on the web has also been seen to answer an oversized request with a bare internal error:
 * `GeneralException` ("An internal error has occurred.") over an HTTP 500 from the service (office-js
 * issues 1314, 1012, 261). Such a failure is taken for "too large" only for a request that was large
 * (`large`): anywhere else it stays the unexpected problem it is.
 */
export function isInternalError(e: unknown): boolean {
  const err = e as { code?: unknown; httpStatusCode?: unknown; message?: unknown } | null;
  return err?.code === 'GeneralException' || err?.code === 'InternalServerError' || err?.httpStatusCode === 500;
}

export function isTooLarge(e: unknown, large: boolean): boolean {
  return isPayloadTooLarge(e) || (large && isInternalError(e));
}

export const NOTHING_CHANGED = 'Nothing was changed.';

export function protectedSheetProblem(sheet: string): OfficeProblem {
  return new OfficeProblem(
    `The sheet '${sheet}' is protected, so Performance Scorecard cannot write its scores there. Unprotect it (Review › Unprotect Sheet) and try again. ${NOTHING_CHANGED}`,
  );
}

export function protectedWorkbookProblem(): OfficeProblem {
  return new OfficeProblem(
    `The workbook's structure is protected, so Performance Scorecard cannot add or replace its summary sheets. Unprotect it (Review › Protect Workbook) and try again. ${NOTHING_CHANGED}`,
  );
}

export function unsupportedHostProblem(): OfficeProblem {
  return new OfficeProblem(
    `This version of Excel is too old for Performance Scorecard. It needs Excel 2019 or later, Microsoft 365, or Excel on the web. ${NOTHING_CHANGED}`,
  );
}

/**
 * A sheet whose used range is too large to read even in bands on this host: almost always a stray
 * value (or a space) typed far below or to the right of the tables.
 */
export function strayCellsProblem(sheet: string, lastCell: string): OfficeProblem {
  return new OfficeProblem(
    `The sheet '${sheet}' has something in a cell far from its tables (its used range runs to ${lastCell}), too much for Excel to read. Press Ctrl+End on that sheet to find it, clear it, and try again. ${NOTHING_CHANGED}`,
  );
}

/** A sheet the scoring writes to has rows hidden by a filter (guards.ts, requireUnfiltered). */
export function filteredSheetProblem(sheet: string, by: 'sheet' | 'table'): OfficeProblem {
  const clear =
    by === 'table' ? "the table's filter (its header's filter button › Clear Filter)" : 'the filter (Data › Clear)';
  return new OfficeProblem(
    `The sheet '${sheet}' has a filter hiding some of its rows, and Excel can put values in the wrong rows when it writes across a filter. Clear ${clear} and try again; you can filter again afterwards. ${NOTHING_CHANGED}`,
  );
}

/** Excel refused a write request as too large part-way through a run (see WriteBatch). */
export function writeTooLargeProblem(): OfficeProblem {
  return new OfficeProblem(
    'Excel refused part of the scoring as too large to send, so it stopped part-way. Score again; if it happens again, open the workbook in Excel on the desktop, or score the file with the scorecard command.',
  );
}

export function tooLargeProblem(): OfficeProblem {
  return new OfficeProblem(
    `This workbook is too large for Excel on the web to score in one go. Open it in Excel on the desktop, or score it with the scorecard command. ${NOTHING_CHANGED}`,
  );
}

/**
 * Excel refuses every request while the analyst is typing in a cell (the task pane's buttons can be
 * clicked then): the batch fails with this code (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11,
 * would instead wait, silently, for the edit to end).
 */
export function isCellEditMode(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'InvalidOperationInCellEditMode';
}

/**
 * Excel refused to change the workbook at all: AccessDenied ("You cannot perform the requested
 * operation", Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes) — a
 * workbook open for viewing only (Excel on the web's View mode, office-js issues 5148 and 6209), one whose
 * permissions or sensitivity label forbid editing, or a sheet protected by someone else after the
 * scoring read it (the add-in checks protection before it writes); or WriteNotSupportedWhenModalDialogOpen
 * (OfficeExtension.ErrorCodes; office-js issue 5313: Excel on the web refuses writes while a dialog is open).
 */
export function isEditRefused(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    code === 'AccessDenied' || code === 'InsufficientPermissions' || code === 'WriteNotSupportedWhenModalDialogOpen'
  );
}

/**
 * What to say when Excel refused a write request (isEditRefused). `partWay`: an earlier request of the
 * same run had already written (its journal, marked incomplete, says what), so the next scoring or Undo
 * puts it back; else the refused request was the first, and a workbook that refuses every change has
 * had none.
 */
export function editRefusedProblem(e: unknown, partWay: boolean): OfficeProblem {
  const code = (e as { code?: unknown } | null)?.code;
  const why =
    code === 'WriteNotSupportedWhenModalDialogOpen'
      ? 'Excel does not let add-ins change a workbook while a dialog is open. Close the dialog and try again.'
      : 'Excel would not let Performance Scorecard change this workbook: it may be open for viewing only, or a sheet may have been protected while it was scoring. Choose Editing (or Edit Workbook), or save a copy you can edit, and try again.';
  const after = partWay
    ? ' It stopped part-way: once you can edit the workbook, open the task pane and choose Undo last scoring to put back what was written.'
    : ` ${NOTHING_CHANGED}`;
  return new OfficeProblem(`${why}${after}`);
}

/** A finding or indicator on a sheet Excel cannot show: hidden, or no longer in the workbook. */
export function sheetNotShownProblem(sheet: string, visibility: string | null): OfficeProblem {
  return new OfficeProblem(
    visibility === null
      ? `The sheet '${sheet}' is no longer in the workbook: it was renamed or deleted since the scoring. Score again to bring the list up to date.`
      : `The sheet '${sheet}' is hidden, so Excel cannot go to it. Unhide it (right-click a sheet tab › Unhide) and try again.`,
  );
}

export const CELL_EDIT_MESSAGE =
  'Excel is busy while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.';

/**
 * Another workbook came to the front while a run was under way: Excel answers InactiveWorkbook
 * ("Excel.ErrorCodes": "multiple workbooks are open and the workbook being called by this API has lost
 * focus"). A run stopped part-way leaves its journal marked incomplete, which the next scoring or Undo
 * puts back first (docs/architecture.md, "Write-ahead").
 */
export const INACTIVE_WORKBOOK_MESSAGE =
  'Excel stopped Performance Scorecard because another workbook came to the front while it was working. Go back to this workbook and try again; if it had started writing, the next scoring or Undo last scoring in the task pane puts back what was written first.';

/**
 * The add-in's way to map a table's columns by hand, after a refusal whose sentence ends "map the columns
 * by hand" (`InputError.mapByHand`; the command line names `--map mapping.json` instead): the task pane's
 * column mapping panel, which opens on the header row the refusal names. `where`: the sentence is shown in
 * the task pane (the panel is below it) or by a ribbon command (the pane is to be opened). Noticed item 3,
 * session 6: "map the columns by hand" without saying how.
 */
export function mapByHandWords(
  e: { mapByHand?: boolean; mappingHint?: { sheet: string } },
  where: 'pane' | 'ribbon',
): string {
  if (!e.mapByHand) return '';
  const sheet = e.mappingHint?.sheet;
  if (sheet === undefined)
    return where === 'pane'
      ? ' To map them here, type "Performance Indicator" over the heading of the column that names the indicators, then press Score this quarter: the column mapping panel then opens below for the other columns.'
      : ' To map them, type "Performance Indicator" over the heading of the column that names the indicators, then open Scorecard on the Home tab: its column mapping panel opens for the other columns.';
  return where === 'pane'
    ? ` Map them below, under "Map the columns of '${sheet}'", and save the mapping.`
    : ` Open Scorecard on the Home tab and map them under "Map the columns of '${sheet}'".`;
}

/**
 * What to tell the analyst about an error: plain messages as they are, anything else as a defect.
 * `where` the message is shown: a refusal that asks for a mapping by hand says how, in the pane or from
 * the ribbon (mapByHandWords).
 */
export function plainMessage(e: unknown, where: 'pane' | 'ribbon' = 'ribbon'): string {
  if (isInputError(e)) return e.message + mapByHandWords(e, where);
  if (isOfficeProblem(e)) return e.message;
  if (isCellEditMode(e)) return CELL_EDIT_MESSAGE;
  if ((e as { code?: unknown } | null)?.code === 'InactiveWorkbook') return INACTIVE_WORKBOOK_MESSAGE;
  const detail = e instanceof Error ? e.message : String(e);
  return `Performance Scorecard hit an unexpected problem and stopped: ${detail}`;
}
