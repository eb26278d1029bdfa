/** Findings about targets: missing, or taken from the Targets sheet where the table's cell is blank. */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { quote, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming } from '../periods';

/**
 * Findings about an indicator's target, one per target cell: where the cell holds text that is neither a
 * figure nor a word for "no target" ("Increase", "Top quartile") and the indicator is counted under No
 * target, the target-missing Check quotes the text and says so; where a Targets sheet or a quarter's
 * target column still gives the month's target, a Check says the text is not read. It was both, two
 * findings on one cell (helper misread).
 */
export function targetFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  targetsSheet: string | null,
): Finding[] {
  const found = targetMissingFindings(table, row, score, targetsSheet);
  if (row.targetText === null || row.noTargetStated || table.columns.target === undefined) return found;
  if (found.some((f) => f.kind === 'target-missing')) return found;
  // Scored against the Targets sheet: said in the same sentence (the cell is not blank, as that Note says).
  const fromSheet = found.length > 0 && found[0].kind === 'target-from-targets-sheet';
  return [
    finding({
      kind: 'target-text',
      at: { sheet: row.sheet, row: row.row, col: table.columns.target },
      ref: row.ref,
      who: who(row),
      text: quote(row.targetText),
      ...(fromSheet && score.periodTarget !== null && score.latestMonth !== null
        ? {
            scoredAgainst: `the ${targetsSheet} sheet's ${periodName(score.latestMonth, periodNaming(table))} target of ${figureText(score.periodTarget, score.targetFormat)}`,
          }
        : {}),
    }),
  ];
}

function targetMissingFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  targetsSheet: string | null,
): Finding[] {
  const col = table.columns.target ?? table.columns.name ?? 0;
  if (score.status === 'data gap') return [];
  // The target cell said there is none ("TBC", "Data only" …): the reading finding says so, once (issue 7).
  if (score.periodTarget === null && row.noTargetStated) return [];
  // A target on another scale from its values: the percentage-scales finding says so, once (noticed item 1, session 4).
  if (score.periodTarget === null && (row.scaleProblem || row.explicitScaleProblem)) return [];
  // A latest value written unlike the row's others (0.66 among 65s): the written-two-ways finding says why it is not rated (helper hunt3).
  if (score.periodTarget === null && row.mixedScale && row.annualTarget !== null) return [];
  if (score.periodTarget === null) {
    const because = `${row.targetText ? `the target cell says ${quote(row.targetText)}` : 'no annual target'}${targetsSheet ? ` and nothing on the ${targetsSheet} sheet` : ''}`;
    return [
      finding({
        kind: 'target-missing',
        at: { sheet: row.sheet, row: row.row, col },
        ref: row.ref,
        who: who(row),
        month: score.latestMonth === null ? null : periodName(score.latestMonth, periodNaming(table)),
        because,
      }),
    ];
  }
  if (row.annualTarget === null && table.columns.target !== undefined && targetsSheet) {
    return [
      finding({
        kind: 'target-from-targets-sheet',
        at: { sheet: row.sheet, row: row.row, col },
        ref: row.ref,
        who: who(row),
        targetsSheet,
        month: score.latestMonth === null ? null : periodName(score.latestMonth, periodNaming(table)),
        target: figureText(score.periodTarget, score.targetFormat),
      }),
    ];
  }
  return [];
}
