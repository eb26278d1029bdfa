/**
 * Days lost per head that no word places (rules/days-per-head.ts): not rated, with a Check saying what each
 * reading would measure and the one-word fixes ("Sickness days per FTE", Q2's 4.3 against the year's 8.5).
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import { finding } from '../catalogue';
import { percent, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming } from '../periods';
import { cumulativeTarget } from '../rules/targets';
import { variancePct } from '../rules/variance';
import { notRatedBecause } from '../rules/quarter-to-date';
import { daysPerHeadUnsure, PER_HEAD_UNSURE } from '../rules/days-per-head';

/** "+49.41%", "−1.18%". */
const signed = (n: number) => (n > 0 ? '+' : '') + percent(n);

/**
 * Where the row is a days-per-head figure no word places and too small for a year's worth: the score made not
 * rated (`PER_HEAD_UNSURE`) and the Check; else nothing changed and no finding.
 * @param row the row as scored; `explicit` its month targets (index 0 = April); `quarter` the quarter scored
 */
export function daysPerHeadFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  explicit: readonly (number | null)[] | null,
  quarter: QuarterNumber,
): Finding[] {
  const doubt = daysPerHeadUnsure(row, explicit, quarter);
  if (doubt === null || score.latestValue === null || score.periodTarget === null || score.variancePct === null)
    return [];
  const whole = score.variancePct;
  notRatedBecause(score, PER_HEAD_UNSURE);
  const annual = row.annualTarget!;
  const month = doubt.latest as MonthNumber;
  const profiled = cumulativeTarget(annual, month);
  const shown = (n: number) => figureText(n, score.latestFormat);
  const target = (n: number) => figureText(n, score.targetFormat ?? score.latestFormat);
  const proRata = variancePct(score.latestValue, profiled, row.polarity);
  return [
    finding({
      kind: 'days-per-head-unsure',
      at: { sheet: row.sheet, row: row.row, col: table.columns.target ?? row.periodColumns[month - 1] ?? 0 },
      ref: row.ref,
      who: who(row),
      low: shown(doubt.low),
      high: shown(doubt.high),
      target: target(annual),
      period: periodName(month, periodNaming(table)),
      latest: shown(score.latestValue),
      whole: signed(whole),
      month,
      profiled: target(Number(profiled.toPrecision(15))),
      proRata: proRata === null ? '' : ` (${signed(proRata)})`,
    }),
  ];
}
