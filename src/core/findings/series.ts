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

function ascending(a: number, b: number): number {
  return a - b;
}

function median(xs: number[]): number {
  const s = xs.slice().sort(ascending);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A value far out of line with its series: a robust test (median and median absolute deviation) that
 * a steady rise, such as a year-to-date count, never trips. Needs five figures or more.
 */
export function outliersOf(points: Point[]): Point[] {
  if (points.length < 5) return [];
  // Loops, not closures: this runs for every indicator (issue 11).
  const values: number[] = new Array<number>(points.length);
  for (let i = 0; i < points.length; i++) values[i] = points[i].value;
  const mid = median(values);
  const deviations: number[] = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i] - mid);
  const mad = median(deviations);
  if (mad === 0) return [];
  const out: Point[] = [];
  for (const p of points) {
    const dev = Math.abs(p.value - mid);
    if ((0.6745 * dev) / mad > 5 && dev > 0.5 * Math.abs(mid)) out.push(p);
  }
  return out;
}

/** The column of a month (1 = Apr) in a table, 0 where it has none. */
function monthColumn(table: IndicatorTable, m: number): number {
  return table.monthColumns[m - 1] ?? 0;
}

/** The values of a series but one point. */
function othersOf(points: Point[], p: Point): number[] {
  const out: number[] = [];
  for (const q of points) if (q !== p) out.push(q.value);
  return out;
}

export function seriesFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  quarter: QuarterNumber,
): Finding[] {
  const out: Finding[] = [];
  const points = numbersUpTo(row, quarter);
  for (const p of outliersOf(points)) {
    const rest = othersOf(points, p);
    out.push(
      finding({
        kind: 'outlier',
        at: { sheet: row.sheet, row: row.row, col: monthColumn(table, p.month) },
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
    // Figures per quarter (1–4): quarterly reporting is one figure in each quarter that has any.
    const perQuarter = [0, 0, 0, 0, 0];
    let offCycle: Point | null = null;
    for (const p of points) {
      perQuarter[quarterOfMonth(p.month)]++;
      if (offCycle === null && p.month % 3 !== 0) offCycle = p;
    }
    const quarterly = perQuarter[1] <= 1 && perQuarter[2] <= 1 && perQuarter[3] <= 1 && perQuarter[4] <= 1;
    if (quarterly && offCycle !== null) {
      const months = points.map((p) => spokenMonth(p.month));
      const when =
        months.length === 1
          ? `only in ${months[0]}`
          : `in ${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
      out.push(
        finding({
          kind: 'off-cycle',
          at: { sheet: row.sheet, row: row.row, col: monthColumn(table, offCycle.month) },
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
          at: { sheet: row.sheet, row: row.row, col: monthColumn(table, last.month) },
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
