/**
 * The Check for a time with no polarity that the reader did not already stop (rules/time-name.ts; session
 * 12): not rated against its month targets, or — with no target — given no DOT or Trend. Where the
 * annual target stopped it (`scaleProblem`), findings/reading.ts says so on the target cell.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import {
  TIME_WITHOUT_POLARITY,
  timeMeasureWithoutPolarity,
  timeMonthTargetsMessage,
  timeNoTargetMessage,
} from '../rules/time-name';
import { who } from '../words';

/** One Check on the row, or none (see the file's note). Shape: the row as read and its score. */
export function timeNameFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore): Finding[] {
  if (row.scaleProblem || !timeMeasureWithoutPolarity(row)) return [];
  const byName = row.timesWithoutTarget !== true;
  const message =
    score.reason === TIME_WITHOUT_POLARITY
      ? timeMonthTargetsMessage(byName)
      : score.periodTarget === null
        ? timeNoTargetMessage(byName)
        : null;
  if (message === null) return [];
  const c = table.columns;
  return [
    finding({
      kind: 'time-without-polarity',
      at: { sheet: row.sheet, row: row.row, col: c.polarity ?? c.name ?? 0 },
      ref: row.ref,
      who: who(row),
      message,
    }),
  ];
}
