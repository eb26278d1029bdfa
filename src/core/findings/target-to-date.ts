/**
 * The Note on a table's target to date (read/target-to-date.ts; fresh user 14): the column used as given for
 * the last period with figures, or the Target column headed so and not profiled again. One a table, with the
 * first indicator whose target it changed as the example.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { columnLetters } from '../a1';
import { periodName, periodNaming } from '../periods';
import { figureText } from '../read/number-formats-text';
import { quote, who } from '../words';

/** The table's Note, or none where it has no target to date or no row used it. */
export function targetToDateNotes(table: IndicatorTable): Finding[] {
  const toDate = table.targetToDate;
  if (!toDate || toDate.month === null) return [];
  const used = table.rows.filter((r) => r.targetToDate !== undefined);
  if (used.length === 0) return [];
  const changed = used.find((r) => r.targetToDate!.profiled !== undefined);
  const period = periodName(toDate.month, periodNaming(table));
  const fields = {
    at: { sheet: table.sheet, row: table.headerRow, col: toDate.col },
    ref: null,
    sheet: table.sheet,
    column: columnLetters(toDate.col),
    header: quote(toDate.header),
    period,
  };
  if (toDate.asTarget) {
    const example = changed
      ? ` (${who(changed)}: said to be cumulative, it would have been profiled to ` +
        `${figureText(changed.targetToDate!.profiled!)}, not ${figureText(changed.targetToDate!.value)})`
      : '';
    return [finding({ kind: 'target-to-date-as-target', ...fields, example })];
  }
  const annual = changed?.profile === 'cumulative' ? 'its annual target profiled pro rata' : 'its annual target';
  const example = changed
    ? ` (${who(changed)} against ${figureText(changed.targetToDate!.value)}, where ${annual} gives ` +
      `${figureText(changed.targetToDate!.profiled!)})`
    : '';
  return [finding({ kind: 'target-to-date-used', ...fields, example })];
}
