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

/**
 * The median of the first `n` numbers of `xs`, sorted in `scratch` (insertion sort, stable as
 * Array.prototype.sort is: a series has at most twelve figures, so no array is made per indicator).
 */
function medianOf(xs: Float64Array, n: number, scratch: Float64Array): number {
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && scratch[j] - x > 0) {
      scratch[j + 1] = scratch[j];
      j--;
    }
    scratch[j + 1] = x;
  }
  const mid = n >> 1;
  return n % 2 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
}

/** Work space for a series of at most twelve figures (a year of months), reused row after row (issue 11). */
const VALUES = new Float64Array(12);
const DEVIATIONS = new Float64Array(12);
const SORTED = new Float64Array(12);

/**
 * A value far out of line with its series: a robust test (median and median absolute deviation) that
 * a steady rise, such as a year-to-date count, never trips. Needs five figures or more.
 */
export function outliersOf(points: Point[]): Point[] {
  if (points.length < 5) return [];
  // Loops over reused typed arrays, not closures or new arrays: this runs for every indicator (issue 11).
  const n = points.length;
  const values = n <= 12 ? VALUES : new Float64Array(n);
  const deviations = n <= 12 ? DEVIATIONS : new Float64Array(n);
  const sorted = n <= 12 ? SORTED : new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = points[i].value;
  const mid = medianOf(values, n, sorted);
  for (let i = 0; i < n; i++) deviations[i] = Math.abs(values[i] - mid);
  const mad = medianOf(deviations, n, sorted);
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
