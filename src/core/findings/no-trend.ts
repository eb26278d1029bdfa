/**
 * Why a table's Trend (and, at Q1, its DOT) is blank (fresh user 14: at Q1 DOT was ■ "First reported period"
 * for every indicator though a 2024/25 outturn stood beside them, and Trend was empty for all 35, with no
 * finding saying why). The rules stand (docs/workbook.md, "DOT", "Trend"): DOT compares this year's reported
 * figures, Trend the same quarter last year, and a year's outturn is neither a previously reported quarter nor
 * a quarter's figure. One Note a table says so, and what would give them.
 */
import type { Finding, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { headerCellFields } from './header-cell';

/** The Note for a table none of whose scored indicators has a Trend; none where one has. */
export function noTrendNote(table: IndicatorTable, scores: readonly IndicatorScore[], quarter: number): Finding[] {
  const scored = scores.filter((s) => s.status !== 'not due' && s.status !== 'data gap');
  if (scored.length === 0 || scored.some((s) => s.trend !== null)) return [];
  const firstDot = quarter === 1 ? scored.filter((s) => s.dot === 'first' || s.dot === null).length : 0;
  const outturn = table.columns.outturn;
  return [
    finding({
      kind: 'no-trend-figures',
      ...headerCellFields(table, outturn ?? 0),
      count: scored.length,
      firstDot,
      outturn: outturn !== undefined,
    }),
  ];
}
