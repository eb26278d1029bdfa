/**
 * The Note on a row with no figure for the quarter in its months but one in a rolling-year column beside
 * them (read/rolling-year.ts): the rolling year was there, and why it was not scored in the quarter's place.
 * Fresh user 12's police pack, SV2.5 "Other sexual offences – charge/summons rate (%)": September "TBC",
 * 10.9% in "Rolling 12 months to Sep-25" — a data gap, with nothing said of the figure beside it.
 */
import type { Finding, IndicatorRow, IndicatorScore } from '../model';
import { finding } from '../catalogue';
import { quote, who } from '../words';

/** The Note, or none (the row has a figure for the quarter, or no rolling-year figure). */
export function rollingYearFindings(row: IndicatorRow, score: IndicatorScore, quarter: number): Finding[] {
  const rolling = row.rollingYear;
  if (!rolling || score.status !== 'data gap') return [];
  return [
    finding({
      kind: 'rolling-year-not-quarter',
      at: { sheet: row.sheet, row: row.row, col: rolling.col },
      ref: row.ref,
      who: who(row),
      quarter,
      header: quote(rolling.header),
      value: rolling.text,
    }),
  ];
}
