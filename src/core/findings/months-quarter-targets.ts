/**
 * What is said of, and done after scoring, an indicator of month figures whose quarter targets are to date
 * or a quarter's share (rules/months-quarter-targets.ts; fresh user 10): a Note saying which figure was
 * measured against which target ("PRV08: its target for Q2, 350 (the "Q2 Target" column), is the year to
 * date's, so the year to date, 510 (Apr–Sep added up, as its "YTD" column does), is measured against it,
 * not Sept's 61 alone"), or a Check where a month is missing and it is not rated.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { quote, ukNumber, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { monthName, spokenMonth } from '../periods';
import { MONTH_MISSING, type MonthsAgainstQuarterTargets } from '../rules/months-quarter-targets';
import { notRatedBecause } from '../rules/quarter-to-date';

/**
 * The period the figure scored stands for, for the Highlights sheet's Period column: the months added up
 * ("Apr–Sept" to date, "Jul–Aug" a part quarter), a whole quarter's months as the quarter ("Q2"), a
 * quarterly row's quarter; null where the latest month is none of the quarters' (1 = April).
 */
export function periodOfFigure(read: MonthsAgainstQuarterTargets, latestMonth: number): string | null {
  const q = read.quarters.find((f) => f.at === latestMonth);
  if (!q) return null;
  if (read.quarterly || (read.per === 'quarter' && q.from === 3 * q.quarter - 2 && q.at === 3 * q.quarter))
    return `Q${q.quarter}`;
  return q.from === q.at ? spokenMonth(q.at) : `${monthName(q.from)}–${spokenMonth(q.at)}`;
}

/** A missing month leaves the figure unknown: not rated, its reason `MONTH_MISSING`. The score, changed. */
export function notRatedForMissingMonth(score: IndicatorScore): IndicatorScore {
  return notRatedBecause(score, MONTH_MISSING);
}

/**
 * The Note or Check for one row. `row`: the row as read (its months); `read`: what the rule made of it;
 * `score`: its score. None where the row is a data gap or not due.
 */
export function monthsQuarterTargetFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  read: MonthsAgainstQuarterTargets,
  score: IndicatorScore,
): Finding[] {
  if (score.latestMonth === null || score.latestValue === null) return [];
  const month =
    read.quarters.find((q) => monthName(q.at) === score.latestMonth) ?? read.quarters[read.quarters.length - 1];
  const quarter = month.quarter;
  const figure = (n: number) => figureText(n, score.latestFormat);
  const targetText = (n: number) => {
    const shown = figureText(n, score.targetFormat);
    return Number(shown.replace(/[^0-9.-]/g, '')) === n ? shown : ukNumber(4).format(n);
  };
  const col = table.quarterTargetColumns?.[quarter - 1] ?? table.columns.target ?? table.columns.name ?? 0;
  const at = { sheet: row.sheet, row: row.row, col };
  if (read.missing !== undefined) {
    if (score.reason !== MONTH_MISSING) return [];
    return [
      finding({
        kind: 'months-quarter-target-gap',
        at: { sheet: row.sheet, row: row.row, col: row.periodColumns[read.missing - 1] ?? col },
        ref: row.ref,
        who: who(row),
        quarter,
        per: read.per,
        month: spokenMonth(read.missing),
        target: targetText(month.target),
      }),
    ];
  }
  const header = month.typed ? table.quarterTargetColumns?.[quarter - 1] : null;
  const annual = row.annualTarget === null ? '' : targetText(row.annualTarget);
  const share =
    read.per === 'toDate' ? ['a quarter of', 'half', 'three quarters of', 'all of'][quarter - 1] : 'a quarter of';
  const whole = month.at - month.from + 1 === (read.per === 'toDate' ? month.at : 3) || read.quarterly;
  const source = !whole
    ? `its share for ${spokenMonth(month.from)} to ${spokenMonth(month.at)}`
    : month.typed || header == null
      ? `${share} the year's ${annual}`
      : `${share} the year's ${annual}; the table gives no Q${quarter} target`;
  const prev = read.quarters.find((q) => q.quarter === quarter - 1);
  const latest = row.periods[month.at - 1];
  return [
    finding({
      kind: 'months-quarter-target',
      at,
      ref: row.ref,
      who: who(row),
      quarter,
      per: read.per,
      value: figure(month.sum),
      months: `${spokenMonth(month.from)}–${spokenMonth(month.at)}`,
      month: spokenMonth(month.at),
      monthValue: latest?.kind === 'number' ? figure(latest.value) : '',
      target: targetText(month.target),
      source,
      ...(read.ytd && month.at === lastMonth(row) ? { ytd: quote(read.ytd) } : {}),
      ...(prev && score.previous
        ? { previous: { quarter: prev.quarter, value: figure(prev.sum), target: targetText(prev.target) } }
        : {}),
      quarterly: read.quarterly,
      ...(month === read.quarters[read.quarters.length - 1]
        ? { band: scaledBand(score, row.polarity, read.toleranceScale, targetText) }
        : {}),
    }),
  ];
}

/** The row's last month with a figure (1 = April), 0 for none. */
function lastMonth(row: IndicatorRow): number {
  for (let m = 12; m >= 1; m--) if (row.periods[m - 1]?.kind === 'number') return m;
  return 0;
}
