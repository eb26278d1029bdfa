/**
 * The Notes on a target of 0 scored for a quarter (rules/zero-target.ts): the month scored as the quarter's
 * figure, named beside the other month of the quarter that made it so — one that missed the target earlier
 * though the quarter ends meeting it (fresh-user check 5), or one that missed it by more though the quarter
 * ends missing it (fresh user 14).
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, MonthNumber } from '../model';
import { finding } from '../catalogue';
import { monthNumber, periodName, periodNaming, quarterOfMonth } from '../periods';
import { ukNumber, who } from '../words';

/**
 * The Notes for one scored indicator, in this order: 'zero-target-quarter' where its figure is the worst
 * month of the quarter (`score.zeroMissedBefore`: the last figure met the target), 'zero-target-quarter-end'
 * where the quarter-end figure stands and an earlier month missed by more (`score.zeroWorseBefore`). Each
 * points at the scored figure's cell. None for an indicator with no figure, or neither.
 */
export function zeroTargetNotes(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore): Finding[] {
  const missed = score.zeroMissedBefore;
  const worse = score.zeroWorseBefore;
  if ((!missed && !worse) || score.latestMonth === null) return [];
  const m = monthNumber(score.latestMonth);
  const naming = periodNaming(table);
  const scored = {
    at: { sheet: row.sheet, row: row.row, col: row.periodColumns[m - 1] ?? 0 },
    ref: row.ref,
    who: who(row),
    quarter: quarterOfMonth(m as MonthNumber),
    month: periodName(m, naming),
    value: ukNumber(4).format(score.latestValue!),
  };
  const notes: Finding[] = [];
  if (missed) {
    notes.push(
      finding({
        kind: 'zero-target-quarter',
        ...scored,
        last: periodName(monthNumber(missed.month), naming),
        lastValue: ukNumber(4).format(missed.value),
      }),
    );
  }
  if (worse) {
    notes.push(
      finding({
        kind: 'zero-target-quarter-end',
        ...scored,
        worst: periodName(monthNumber(worse.month), naming),
        worstValue: ukNumber(4).format(worse.value),
      }),
    );
  }
  return notes;
}
