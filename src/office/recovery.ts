/**
 * Putting back a run that failed part-way (write-ahead journal, issue 9 item 5), before the task pane
 * scores again. Kept apart from scoring.ts so that the ribbon commands' ES5 bundle, which must stay
 * small, does not carry undo: a ribbon command that meets a half-done run refuses in one sentence and
 * the analyst undoes it from the task pane.
 */
import { planUndo, type WorkbookState } from '../core';
import { carryOutUndo } from './carry-out';
import { requireWritable } from './guards';
import { UndoGroupDeclined, type HostAbilities } from './host';
import type { WorkbookRead } from './read-workbook';

export type Recovery = (
  context: Excel.RequestContext,
  abilities: HostAbilities,
  book: WorkbookRead,
  state: WorkbookState,
  grouped: boolean,
) => Promise<void>;

/** Undoes the incomplete journal in `state`, as Undo last scoring would. */
export const putBackHalfDoneRun: Recovery = async (context, abilities, book, state, grouped) => {
  const undo = planUndo(state, book.grids);
  requireWritable(
    book,
    [...undo.patches.map((p) => p.sheet), ...undo.rewriteSheets.map((s) => s.name)],
    undo.deleteSheets.length > 0 || undo.restoreSheets.length > 0,
  );
  if (grouped) throw new UndoGroupDeclined('puts back a run that failed part-way');
  await carryOutUndo(context, abilities, book, undo);
};
