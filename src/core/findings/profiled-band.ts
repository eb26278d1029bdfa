/**
 * An amber band in the unit on a row whose target is profiled to date from the year's (a Profile column saying
 * Cumulative, or its name or words making it so), scaled to the target to date as the target is
 * (rules/added-up-tolerance.ts `profiledToDateScale`; session 14's hunt, layouts7: no Note named it, so "within 60"
 * typed beside 1,200 for the year read as 60 at Q2, where it was 30).
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { who } from '../words';
import { figureText } from '../read/number-formats-text';

/**
 * The Note, or none where the band is not an amount in the unit or another Note already says it (months the
 * analyst's "cumulative" made running totals: findings/cumulative-said.ts).
 * @param scale the target to date over the year's (0.5 at Q2)
 */
export function profiledBandFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  scale: number,
): Finding[] {
  if (row.addedToDate || row.annualTarget === null || score.periodTarget === null) return [];
  const text = (n: number) => figureText(n, score.targetFormat ?? score.latestFormat);
  const band = scaledBand(score, row.polarity, scale, text);
  if (!band || scale === 1) return [];
  return [
    finding({
      kind: 'profiled-band',
      at: { sheet: row.sheet, row: row.row, col: table.columns.tolerance ?? table.columns.target ?? 0 },
      ref: row.ref,
      who: who(row),
      target: text(row.annualTarget),
      profiled: text(score.periodTarget),
      band,
    }),
  ];
}
