/**
 * A quarter's figures against a year's target (rules/quarter-share.ts; helper layouts6): the indicator was
 * not rated, and this Check says why, with the quarter's target the year's comes to.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { figureText } from '../read/number-formats-text';
import { quote, who } from '../words';
import { QUARTER_SHARE, quarterShareOfTarget } from '../rules/quarter-share';

/** `explicit`: the month targets a Targets sheet or a quarter's target column gives (index 0 = April). */
export function quarterShareFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  explicit: (number | null)[] | null,
): Finding[] {
  if (score.reason !== QUARTER_SHARE || row.annualTarget === null) return [];
  const share = quarterShareOfTarget(row, explicit);
  if (share === null) return [];
  const shown = (n: number) => figureText(n, score.latestFormat);
  return [
    finding({
      kind: 'quarter-share',
      at: { sheet: row.sheet, row: row.row, col: table.columns.target ?? table.columns.name ?? 0 },
      ref: row.ref,
      who: who(row),
      low: shown(share.low),
      high: shown(share.high),
      target: figureText(row.annualTarget, score.targetFormat),
      quarterTarget: figureText(share.quarterTarget, score.targetFormat),
      evidence: share.evidence,
      ...(share.evidence === 'toDate' && row.toDate
        ? { header: quote(row.toDate.header), figure: shown(row.toDate.value) }
        : {}),
      ...(share.evidence === 'outturn' && row.outturnPrevYear !== null ? { outturn: shown(row.outturnPrevYear) } : {}),
    }),
  ];
}
