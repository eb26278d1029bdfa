/** Findings about targets: missing, or taken from the Targets sheet where the table's cell is blank. */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { figure, finding, quote, who } from './finding';

export function targetFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore, targetsSheet: string | null): Finding[] {
  const col = table.columns.target ?? table.columns.name ?? 0;
  if (score.status === 'data gap') return [];
  if (score.periodTarget === null && row.noTargetStated && row.targetText !== null && !/^(tbc|tba|tbd|to be)/i.test(row.targetText)) {
    // "Data only", "For information", "N/A": the analyst says it has no target, so this is a Note (issue 7).
    return [finding('target-missing', 'info', row.sheet, row.row, col, row.ref,
      `${who(row)}: the target cell says ${quote(row.targetText)}, so it has no target: it is shown without colour and counted as "No target".`)];
  }
  if (score.periodTarget === null) {
    return [finding('target-missing', 'warning', row.sheet, row.row, col, row.ref,
      `${who(row)}: no target for ${score.latestMonth} (${row.targetText ? `the target cell says ${quote(row.targetText)}` : 'no annual target'}${targetsSheet ? ` and nothing on the ${targetsSheet} sheet` : ''}), so it is shown without colour and counted as "No target".`)];
  }
  if (row.annualTarget === null && table.columns.target !== undefined && targetsSheet) {
    return [finding('target-from-targets-sheet', 'info', row.sheet, row.row, col, row.ref,
      `${who(row)}: the table's target cell is blank; it is scored against the ${targetsSheet} sheet's ${score.latestMonth} target of ${figure(score.periodTarget)}.`)];
  }
  return [];
}
