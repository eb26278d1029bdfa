/**
 * The sentence a ribbon command shows when it has scored: the quarter, the RAG counts, data gaps
 * (and indicators without a target, if any), and the findings to check — in words, no colour needed.
 */
import { editedSheetsSentence, plural, quarterWords, staleSentence, targetColumns } from '../core';
import type { ScoringOutcome, UndoResult } from './scoring';

export type CommandKind = 'score' | 'refresh';

export function countsPhrase(outcome: Pick<ScoringOutcome, 'result'>): string {
  const r = outcome.result;
  const c = r.executiveSummary;
  // Every status's count, in the count tables' order and words; "without a target" and "not rated" only when there are any.
  const columns = targetColumns(r, 'short').filter(
    (col) => col.status !== null && ((col.key !== 'noTarget' && col.key !== 'notRated') || c[col.key] > 0),
  );
  const parts = columns.map((col) => col.phrase(c[col.key]));
  return `${parts.join(', ')} — ${plural(r.findings.length, 'finding')}`;
}

/**
 * The ribbon's and the task pane's sentence after a scoring. Where no table has a column for the scores,
 * the core's sentence saying why no cell was coloured (and which columns to add) follows, as the command
 * line's closing lines give it (noticed item 2, session 4 closing note).
 */
export function outcomeMessage(
  outcome: Pick<
    ScoringOutcome,
    'result' | 'changed' | 'sheets' | 'editedSheets' | 'uncoloured' | 'conditionalFormats' | 'filtersUnchecked'
  >,
  kind: CommandKind,
): string {
  // "Q2 2026/27 – Summer 2 (Jul 2026)" where the figures are school terms (score/term-period.ts; fresh user 16).
  const q = quarterWords(outcome.result);
  const counts = countsPhrase(outcome);
  const uncoloured = outcome.uncoloured ? ` ${outcome.uncoloured}` : '';
  if (!outcome.changed) {
    return `${q}: nothing has changed since the last scoring, so the workbook was left as it is. ${counts}.${uncoloured}`;
  }
  const verb = kind === 'refresh' ? 'rescored and summaries refreshed' : 'scored';
  const edited = outcome.editedSheets?.length ? ` ${editedSheetsSentence(outcome.editedSheets)}` : '';
  return `${q} ${verb}: ${counts}. See '${outcome.sheets.summary}' and '${outcome.sheets.findings}'.${uncoloured}${edited}${conditionalSentence(outcome.conditionalFormats)}${uncheckedFilters(outcome.filtersUnchecked, 'scoring')}`;
}

/**
 * Where this Excel would not say whether a filter hides rows (read-workbook.ts, filterLoadRefused): the
 * run went ahead, since the filter check is a precaution that only ExcelApi 1.9 and up can take at all
 * (Excel 2019 never could), but the analyst is told it was not made, and what to do if a filter is on
 * (office-js issue 224: a write across a filter can land in the wrong rows).
 */
function uncheckedFilters(unchecked: boolean | undefined, what: 'scoring' | 'undo'): string {
  if (!unchecked) return '';
  const then =
    what === 'scoring'
      ? 'undo this scoring, clear the filter (Data › Clear) and score again'
      : 'clear the filter (Data › Clear) and check the cells put back';
  return ` This Excel would not say whether a filter is hiding rows on the scored sheets, so that could not be checked: if one is, ${then}, since Excel can put values in the wrong rows when it writes across a filter.`;
}

/**
 * Where the scored columns have conditional formats of their own (Home › Conditional Formatting), Excel
 * shows their colours, not the scoring's: said once, with the sheets, so that a RAG colour the analyst
 * sees is not taken for the scoring's. Decision: a note, not a refusal — the scores and arrows are right
 * and the analyst may mean to keep the rules; the product never removes what it does not own.
 */
function conditionalSentence(sheets: string[] | undefined): string {
  if (!sheets?.length) return '';
  const named = sheets.map((s) => `'${s}'`).join(', ');
  return ` The scored columns on ${named} have conditional formatting, which Excel shows instead of the scoring's colours: to see the RAG colours, clear those rules (Home › Conditional Formatting › Clear Rules).`;
}

/**
 * The sentence after an undo, for the task pane and anything else that undoes: the quarter, the cells
 * put back, and the sheets removed (those the scoring created) and put back (those it had replaced).
 */
export function undoMessage(
  u: Pick<UndoResult, 'quarter' | 'cells' | 'sheetsRemoved' | 'sheetsRestored' | 'filtersUnchecked'> & {
    changedSince?: string[];
    stale?: string[];
  },
): string {
  const parts = [`${plural(u.cells, 'cell')} put back`];
  if (u.sheetsRemoved.length)
    parts.push(
      `${plural(u.sheetsRemoved.length, 'sheet')} it added removed (${u.sheetsRemoved.map((s) => `'${s}'`).join(', ')})`,
    );
  if (u.sheetsRestored.length)
    parts.push(
      `${plural(u.sheetsRestored.length, 'sheet')} it replaced put back (${u.sheetsRestored.map((s) => `'${s}'`).join(', ')})`,
    );
  const changed = u.changedSince ?? [];
  const left = changed.length
    ? ` ${changed.length === 1 ? 'One cell' : plural(changed.length, 'cell')} you changed since the scoring ${plural.word(changed.length, 'was', 'were')} left as you have ${plural.word(changed.length, 'it', 'them')}: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ' …' : ''}.`
    : '';
  // The scoring put back was worked out before some figures were changed (core: state/undo-inputs.ts).
  const stale = u.stale?.length ? ` ${staleSentence(u.stale)}` : '';
  return `The scoring of ${u.quarter} was undone: ${parts.join('; ')}.${left}${stale}${uncheckedFilters(u.filtersUnchecked, 'undo')}`;
}
