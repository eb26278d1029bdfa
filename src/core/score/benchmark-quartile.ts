/**
 * An indicator's comparative quartile worked out from its benchmarking club's figures beside it (fresh user
 * 14: "HouseMark median 2024/25 | HouseMark upper quartile 2024/25" on four sheets; read/benchmark-columns.ts).
 * Comparative Performance was N/A for 23 indicators that had them.
 *
 * The rule, on the quarter's figure and the polarity (better is higher or lower):
 * - at or better than the better quartile's boundary: **1st**; at or better than the median: **2nd**;
 *   worse than the median, at or better than the worse quartile's boundary: **3rd**; worse than it: **4th**.
 * - The "upper" and "lower" quartile are taken by where their figures sit beside the median, not by their
 *   names: HouseMark's "upper quartile" of re-let days (26.4 under a median of 35.2) is the best performers'
 *   boundary, as a lower-is-better figure says; a club ranking by value would give it above the median, and
 *   the figure then bounds the worst quarter. Both on one side of the median: not placed.
 * - **Half known** (decision): with the median and no boundary on the figure's side, the quartile is one of
 *   two. It is not guessed: the indicator's quartile stays N/A and its Comparative Performance says "Below
 *   median" (or "Above median"), with no quartile's fill; a Note on the table names them. For the Highlights
 *   both halves are all the report's rule asks ("1st or 2nd quartile", "3rd or 4th quartile"), so "below
 *   median" and worsening or the same is listed under Requires improvement, as a 3rd or 4th quartile is.
 * - Not placed: a cumulative figure (the year to date against a year's benchmark), an indicator with no better
 *   direction, no figure or no median, or a figure on another scale from the median (20 times or more apart).
 * Only where the table has no quartile column: the analyst's quartile stands.
 */
import type {
  CellsWithFormats,
  Finding,
  IndicatorRow,
  IndicatorScore,
  IndicatorTable,
  Quartile,
  WorkbookModel,
} from '../model';
import { finding } from '../catalogue';
import { columnLetters } from '../a1';
import { benchmarkColumnsOf, type BenchmarkColumns } from '../read/benchmark-columns';
import { readNumber } from '../read/values';

/** What placing an indicator among the benchmarks gave: a quartile, a half, or why it was not placed. */
export type Placing =
  | { quartile: Quartile }
  | { half: 'above median' | 'below median' }
  | { notPlaced: 'to date' | 'no direction' | 'scale' | 'inconsistent' }
  | null;

/**
 * Where a figure stands among the benchmarks.
 * @param value the indicator's figure for the quarter
 * @param higherIsBetter its polarity
 * @param median the club's median; `upper`, `lower` its quartiles' boundaries (null where not given)
 */
export function quartileAmong(
  value: number,
  higherIsBetter: boolean,
  median: number,
  upper: number | null,
  lower: number | null,
): Placing {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const atOrBetter = (a: number, b: number) => a === b || better(a, b);
  let best: number | null = null;
  let worst: number | null = null;
  for (const b of [upper, lower]) {
    if (b === null || b === median) continue;
    if (better(b, median)) {
      if (best !== null) return { notPlaced: 'inconsistent' };
      best = b;
    } else {
      if (worst !== null) return { notPlaced: 'inconsistent' };
      worst = b;
    }
  }
  if (atOrBetter(value, median)) {
    if (best === null) return { half: 'above median' };
    return { quartile: atOrBetter(value, best) ? 1 : 2 };
  }
  if (worst === null) return { half: 'below median' };
  return { quartile: atOrBetter(value, worst) ? 3 : 4 };
}

/** The table's benchmark columns, by table (read once a run). */
const COLUMNS = new WeakMap<IndicatorTable, BenchmarkColumns | null>();

function columnsOf(table: IndicatorTable, cells?: CellsWithFormats): BenchmarkColumns | null {
  let c = COLUMNS.get(table);
  if (c === undefined) COLUMNS.set(table, (c = benchmarkColumnsOf(table, cells)));
  return c;
}

/**
 * Places one scored indicator among its table's benchmarks: sets `score.quartile` (1st … 4th) or
 * `score.benchmarkHalf`, where its quartile is not otherwise known. Returns the placing, or null where the
 * table has no benchmarks or the indicator is not scored this quarter.
 */
export function placeAmongBenchmarks(
  model: WorkbookModel,
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
): Placing {
  const cells = model.sheetCells?.get(table.sheet);
  const cols = columnsOf(table, cells);
  if (cols === null || score.quartile !== null || score.latestValue === null || score.status === 'not due') return null;
  if (!cells) return null;
  const figure = (c: { col: number } | undefined): number | null => {
    if (!c) return null;
    const v = readNumber(cells.raw(row.row, c.col));
    if (v === null) return null;
    const format = cells.formatOf(row.row, c.col);
    return score.latestFormat?.percentUnits && format !== null && format.includes('%') ? v * 100 : v;
  };
  const median = figure(cols.median);
  if (median === null) return null;
  if (row.profile === 'cumulative') return { notPlaced: 'to date' };
  if (score.polarity === 'close' || row.noBetterDirection !== undefined || row.polarity === 'close')
    return { notPlaced: 'no direction' };
  const value = score.latestValue;
  const far = (a: number, b: number) => a !== 0 && b !== 0 && Math.max(Math.abs(a / b), Math.abs(b / a)) >= 20;
  if (far(value, median)) return { notPlaced: 'scale' };
  const placing = quartileAmong(value, row.polarity === 'higher', median, figure(cols.upper), figure(cols.lower));
  if (placing && 'quartile' in placing) score.quartile = placing.quartile;
  else if (placing && 'half' in placing) score.benchmarkHalf = placing.half;
  return placing;
}

/** The Note on a table whose indicators were placed among benchmarks (none where none were). */
export function benchmarksNote(
  table: IndicatorTable,
  placed: readonly { score: IndicatorScore; placing: Placing }[],
  quarter: string,
): Finding[] {
  const cols = columnsOf(table);
  if (cols === null || placed.length === 0) return [];
  const given = [cols.median, cols.upper, cols.lower].filter((c): c is { col: number; header: string } => !!c);
  given.sort((a, b) => a.col - b.col);
  const names = (kind: (p: Placing) => boolean) =>
    placed.filter((p) => kind(p.placing)).map((p) => p.score.ref ?? p.score.name);
  return [
    finding({
      kind: 'benchmarks-read',
      at: { sheet: table.sheet, row: table.headerRow, col: cols.median.col },
      ref: null,
      sheet: table.sheet,
      columns: given.map((c) => columnLetters(c.col)).join(given.length === 2 ? ' and ' : ', '),
      headers: given.map((c) => `"${c.header}"`).join(', '),
      count: given.length,
      quarter,
      quartiles: names((p) => p !== null && 'quartile' in p).length,
      upper: cols.upper !== undefined || cols.lower !== undefined,
      below: names((p) => p !== null && 'half' in p && p.half === 'below median'),
      above: names((p) => p !== null && 'half' in p && p.half === 'above median'),
      toDate: names((p) => p !== null && 'notPlaced' in p && p.notPlaced === 'to date'),
      noDirection: names((p) => p !== null && 'notPlaced' in p && p.notPlaced === 'no direction'),
      otherScale: names(
        (p) => p !== null && 'notPlaced' in p && (p.notPlaced === 'scale' || p.notPlaced === 'inconsistent'),
      ),
    }),
  ];
}

/** Places a table's scored indicators among its benchmarks (in place) and gives the table's Note. */
export function benchmarkQuartiles(
  model: WorkbookModel,
  table: IndicatorTable,
  scores: readonly IndicatorScore[],
  quarter: string,
): Finding[] {
  if (columnsOf(table, model.sheetCells?.get(table.sheet)) === null) return [];
  const placed: { score: IndicatorScore; placing: Placing }[] = [];
  for (let i = 0; i < scores.length; i++) {
    const placing = placeAmongBenchmarks(model, table, table.rows[i], scores[i]);
    if (placing !== null) placed.push({ score: scores[i], placing });
  }
  return benchmarksNote(table, placed, quarter);
}
