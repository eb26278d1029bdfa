/**
 * The Note on a count per month scored by quarter (rules/month-counts.ts; fresh user 8's county workbook):
 * what was added up, against what, and what told the months add up, so the analyst sees why the variance
 * is not the last month's against the month's target.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import type { MonthCounts } from '../rules/month-counts';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { quote, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { monthNumber, periodName, periodNaming } from '../periods';

/**
 * One Note on the row's Target cell (else its name): the scored quarter's months added up and its target
 * (`MonthCounts.quarters`), the last month's figure and target it replaces. None where the quarter scored
 * has no figure of its own (a data gap, or a figure carried forward: said elsewhere).
 * @param months the row as read (its months), for how each month is named and shown
 */
export function monthCountsFindings(
  table: IndicatorTable,
  months: IndicatorRow,
  counts: MonthCounts,
  score: IndicatorScore,
): Finding[] {
  const part = counts.quarters[counts.quarters.length - 1];
  const month = score.latestMonth === null ? 0 : monthNumber(score.latestMonth);
  if (score.latestValue === null || month !== part.at) return [];
  const naming = periodNaming(table);
  const shown = (n: number) => figureText(n, score.latestFormat);
  const target = (n: number) => figureText(n, score.targetFormat);
  const each = part.months.map((m, i) => `${periodName(m, naming)} ${shown(part.figures[i])}`).join(' + ');
  const told =
    counts.evidence === 'toDate'
      ? months.toDate
      : counts.evidence === 'lastYearToDate'
        ? months.lastYearToDate
        : undefined;
  const lastMonth = part.months.length;
  // No target: the quarter's months only (rules/month-counts.ts `noTarget`).
  if (counts.noTarget)
    return [
      finding({
        kind: 'month-counts',
        at: { sheet: months.sheet, row: months.row, col: table.columns.name ?? 0 },
        ref: months.ref,
        who: who(months),
        quarter: part.quarter,
        sum: shown(part.sum),
        each,
        target: '',
        targets: '',
        whole: part.months.length === 3,
        last: periodName(part.at, naming),
        lastFigure: shown(part.figures[lastMonth - 1]),
        lastTarget: '',
        evidence: counts.evidence === 'count' ? 'outturn' : counts.evidence,
        outturn: months.outturnPrevYear !== null ? shown(months.outturnPrevYear) : undefined,
        header: told ? quote(told.header) : undefined,
        noTarget: noTargetQuarters(counts, shown),
      }),
    ];
  return [
    finding({
      kind: 'month-counts',
      at: { sheet: months.sheet, row: months.row, col: table.columns.target ?? table.columns.name ?? 0 },
      ref: months.ref,
      who: who(months),
      quarter: part.quarter,
      sum: shown(part.sum),
      each,
      target: target(part.target),
      targets:
        counts.monthTarget !== null
          ? `${lastMonth} × ${target(counts.monthTarget)}`
          : part.months.map((m, i) => `${periodName(m, naming)} ${target(part.targets[i])}`).join(' + '),
      whole: part.months.length === 3,
      last: periodName(part.at, naming),
      lastFigure: shown(part.figures[lastMonth - 1]),
      lastTarget: target(part.targets[lastMonth - 1]),
      evidence: counts.evidence === 'count' ? 'outturn' : counts.evidence,
      outturn: months.outturnPrevYear !== null ? shown(months.outturnPrevYear) : undefined,
      header: told ? quote(told.header) : undefined,
      band: scaledBand(score, months.polarity, counts.toleranceScale, target),
    }),
  ];
}

/** A count with no target: the quarter before the scored one, added up, that its direction of travel compares with. */
function noTargetQuarters(
  counts: MonthCounts,
  shown: (n: number) => string,
): { previous?: string; previousQuarter?: number } {
  const before = counts.quarters[counts.quarters.length - 2];
  return before === undefined ? {} : { previous: shown(before.sum), previousQuarter: before.quarter };
}
