/**
 * What the "Same period last year" column gave Trend (rules/same-period.ts; fresh user 12's police pack):
 * a Note naming the months compared, or a Check saying why no Trend was drawn from it.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import type { SamePeriodTrend } from '../rules/same-period';
import { finding } from '../catalogue';
import { quote, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming } from '../periods';

const WORDS = { up: 'improving', down: 'worsening', same: 'the same' } as const;

/**
 * One finding on the row's Trend (its name's cell): the months compared, or why none were.
 * @param months the row as read (before any adding up by quarter)
 */
export function samePeriodFindings(
  table: IndicatorTable,
  months: IndicatorRow,
  trend: SamePeriodTrend,
  score: IndicatorScore,
): Finding[] {
  const at = { sheet: months.sheet, row: months.row, col: table.columns.name ?? 0 };
  const naming = periodNaming(table);
  const monthName = (m: number) => periodName(m, naming);
  const span = trend.from === trend.to ? monthName(trend.from) : `${monthName(trend.from)} to ${monthName(trend.to)}`;
  const shown = (n: number) => figureText(n, score.latestFormat);
  const base = { at, ref: months.ref, who: who(months), header: quote(trend.header), months: span };
  if (trend.kind === 'compared')
    return [
      finding({
        kind: 'same-period-trend',
        ...base,
        sum: shown(trend.sum),
        lastYear: shown(trend.lastYear),
        named: trend.named,
        direction: WORDS[trend.direction as keyof typeof WORDS] ?? trend.direction,
      }),
    ];
  if (trend.kind === 'months-differ')
    return [finding({ kind: 'same-period-refused', ...base, latest: monthName(trend.latest) })];
  return [finding({ kind: 'same-period-refused', ...base, lastYear: shown(trend.lastYear) })];
}
