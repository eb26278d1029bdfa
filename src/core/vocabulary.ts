/**
 * The presentation vocabulary, one home for the words and numbers every front end shows (issue 13
 * item 8, issue 12 item 2): the count tables' columns (key and header), the status and direction
 * words, and plurals. The summary sheets, the command line's report, the outcome message and the task
 * pane all take them from here, so "Within 5%" or "Data gaps" cannot drift apart between them.
 */
import type { CountTable, ScoreResult, Status } from './model';
import { withinToleranceLabel } from './score/summaries';

export { STATUS_WORDS, DIRECTION_WORDS, QUARTILE_WORDS, SYMBOL } from './plan/styles';

/** "1 finding", "2 findings", "3 priorities". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One column of a count table: which count, the status it counts (none for the total), its header. */
export interface CountColumn {
  key: keyof CountTable;
  status: Status | null;
  header: string;
}

/**
 * The target count columns, in the report's order: Total PIs, On target, Within N% (of target), Off
 * target, Data gaps, No target. `form` 'sheet' is the summary sheets' wording ("Within 5% of target"),
 * 'short' the command line's and the pane's ("Within 5%"); "Within tolerance" when the indicators'
 * tolerances differ (withinToleranceLabel, issue 7).
 */
export function targetColumns(result: ScoreResult, form: 'sheet' | 'short'): CountColumn[] {
  return [
    { key: 'total', status: null, header: 'Total PIs' },
    { key: 'onTarget', status: 'on target', header: 'On target' },
    { key: 'withinTolerance', status: 'within tolerance', header: withinToleranceLabel(result, form === 'short') },
    { key: 'offTarget', status: 'off target', header: 'Off target' },
    { key: 'dataGaps', status: 'data gap', header: 'Data gaps' },
    { key: 'noTarget', status: 'no target', header: 'No target' },
  ];
}

/** The target counts of a count table, in targetColumns' order. */
export function targetCounts(c: CountTable): number[] {
  return (['total', 'onTarget', 'withinTolerance', 'offTarget', 'dataGaps', 'noTarget'] as const).map((k) => c[k]);
}
