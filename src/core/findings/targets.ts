/** Findings about targets: missing, or taken from the Targets sheet where the table's cell is blank. */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { figure, finding, quote, who } from './finding';

export function targetFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore, targetsSheet: string | null): Finding[] {
  const col = table.columns.target ?? table.columns.name ?? 0;
  if (score.status === 'data gap') return [];
  // The target cell said there is none ("TBC", "Data only" …): the reading finding says so, once (issue 7).
  if (score.periodTarget === null && row.noTargetStated) return [];
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
