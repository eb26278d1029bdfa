/** Findings about an indicator's series of figures: outliers, off-cycle reporting, values carried forward. */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, MonthNumber, QuarterNumber } from '../model';
import { quarterOfMonth, spokenMonth } from '../periods';
import { isCarriedForward } from '../rules/latest';
import { finding } from '../catalogue';
import { figure, who } from '../words';

interface Point {
  month: MonthNumber;
  value: number;
}

function numbersUpTo(row: IndicatorRow, quarter: QuarterNumber): Point[] {
  const out: Point[] = [];
  for (let m = 1; m <= 3 * quarter; m++) {
    const p = row.periods[m - 1];
    if (p.kind === 'number') out.push({ month: m as MonthNumber, value: p.value });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A value far out of line with its series: a robust test (median and median absolute deviation) that
 * a steady rise, such as a year-to-date count, never trips. Needs five figures or more.
 */
export function outliersOf(points: Point[]): Point[] {
  if (points.length < 5) return [];
  const values = points.map((p) => p.value);
  const mid = median(values);
  const mad = median(values.map((v) => Math.abs(v - mid)));
  if (mad === 0) return [];
  return points.filter((p) => {
    const dev = Math.abs(p.value - mid);
    return (0.6745 * dev) / mad > 5 && dev > 0.5 * Math.abs(mid);
  });
}

export function seriesFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  quarter: QuarterNumber,
): Finding[] {
  const out: Finding[] = [];
  const points = numbersUpTo(row, quarter);
  const col = (m: number) => table.monthColumns[m - 1] ?? 0;
  const others = (p: Point) => points.filter((q) => q !== p).map((q) => q.value);
  for (const p of outliersOf(points)) {
    const rest = others(p);
    out.push(
      finding({
        kind: 'outlier',
        at: { sheet: row.sheet, row: row.row, col: col(p.month) },
        ref: row.ref,
        who: who(row),
        month: spokenMonth(p.month),
        value: figure(p.value),
        low: figure(Math.min(...rest)),
        high: figure(Math.max(...rest)),
      }),
    );
  }
  if (table.cadence === 'monthly' && points.length > 0) {
    const perQuarter = new Map<number, number>();
    for (const p of points) perQuarter.set(quarterOfMonth(p.month), (perQuarter.get(quarterOfMonth(p.month)) ?? 0) + 1);
    const quarterly = [...perQuarter.values()].every((n) => n === 1);
    const offCycle = points.filter((p) => p.month % 3 !== 0);
    if (quarterly && offCycle.length > 0) {
      const months = points.map((p) => spokenMonth(p.month));
      const when =
        months.length === 1
          ? `only in ${months[0]}`
          : `in ${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
      out.push(
        finding({
          kind: 'off-cycle',
          at: { sheet: row.sheet, row: row.row, col: col(offCycle[0].month) },
          ref: row.ref,
          who: who(row),
          when,
        }),
      );
    }
  }
  if (score.latestMonth !== null && points.length > 0) {
    const last = points[points.length - 1];
    if (isCarriedForward(last, quarter)) {
      out.push(
        finding({
          kind: 'carried-forward',
          at: { sheet: row.sheet, row: row.row, col: col(last.month) },
          ref: row.ref,
          who: who(row),
          quarter,
          value: figure(last.value),
          month: spokenMonth(last.month),
        }),
      );
    }
  }
  return out;
}
