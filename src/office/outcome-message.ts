/**
 * The sentence a ribbon command shows when it has scored: the quarter, the RAG counts, data gaps
 * (and indicators without a target, if any), and the findings to check — in words, no colour needed.
 */
import type { ScoringOutcome } from './scoring';

export type CommandKind = 'score' | 'refresh';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countsPhrase(outcome: Pick<ScoringOutcome, 'result'>): string {
  const r = outcome.result;
  const c = r.executiveSummary;
  const parts = [`${c.onTarget} on target`, `${c.withinTolerance} within ${r.tolerancePct}%`, `${c.offTarget} off target`, plural(c.dataGaps, 'data gap')];
  if (c.noTarget > 0) parts.push(`${c.noTarget} without a target`);
  return `${parts.join(', ')} — ${plural(r.findings.length, 'finding')}`;
}

export function outcomeMessage(outcome: Pick<ScoringOutcome, 'result' | 'changed' | 'sheets'>, kind: CommandKind): string {
  const q = outcome.result.quarter;
  const counts = countsPhrase(outcome);
  if (!outcome.changed) {
    return `${q}: nothing has changed since the last scoring, so the workbook was left as it is. ${counts}.`;
  }
  const verb = kind === 'refresh' ? 'rescored and summaries refreshed' : 'scored';
  return `${q} ${verb}: ${counts}. See '${outcome.sheets.summary}' and '${outcome.sheets.findings}'.`;
}
