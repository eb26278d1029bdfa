/** Findings about an indicator's series of figures: outliers, off-cycle reporting, values carried forward. */
import type {
  Finding,
  IndicatorRow,
  IndicatorScore,
  IndicatorTable,
  MonthNumber,
  QuarterNumber,
  WorkbookModel,
} from '../model';
import { periodName, periodNaming, quarterOfMonth, spokenMonth } from '../periods';
import { isCarriedForward, saidSince, suppressedBefore, suppressedSince } from '../rules/latest';
import { blankQuarterReason } from '../rules/quarter-due';
import { finding } from '../catalogue';
import { listed, quote, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { monthFigureFormat } from './figures';
import { quarterEndBlankFinding } from './quarter-end-blank';

interface Point {
  month: MonthNumber;
  value: number;
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
const DEVIATIONS = new Float64Array(12);
const SORTED = new Float64Array(12);

/**
 * Which of the first `n` figures of `values` are far out of line with the series: a robust test (median
 * and median absolute deviation) that a steady rise, such as a year-to-date count, never trips. Needs
 * five figures or more. Their indexes go in `found`, in order; returns how many.
 */
function outlierIndexes(values: Float64Array, n: number, found: Uint8Array): number {
  if (n < 5) return 0;
  // Loops over reused typed arrays, not closures or new arrays: this runs for every indicator (issue 11).
  const deviations = n <= 12 ? DEVIATIONS : new Float64Array(n);
  const sorted = n <= 12 ? SORTED : new Float64Array(n);
  const mid = medianOf(values, n, sorted);
  for (let i = 0; i < n; i++) deviations[i] = Math.abs(values[i] - mid);
  const mad = medianOf(deviations, n, sorted);
  if (mad === 0) return 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const dev = Math.abs(values[i] - mid);
    if ((0.6745 * dev) / mad > 5 && dev > 0.5 * Math.abs(mid)) found[count++] = i;
  }
  return count;
}

/** True when index `j` is among the first `count` of `found`. */
function isFound(found: Uint8Array, count: number, j: number): boolean {
  for (let k = 0; k < count; k++) if (found[k] === j) return true;
  return false;
}

/** A value far out of line with its series (see outlierIndexes). */
export function outliersOf(points: Point[]): Point[] {
  const values = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) values[i] = points[i].value;
  const found = new Uint8Array(points.length);
  const count = outlierIndexes(values, points.length, found);
  const out: Point[] = [];
  for (let k = 0; k < count; k++) out.push(points[found[k]]);
  return out;
}

/** The column of a month (1 = Apr) in a table, 0 where it has none. */
function monthColumn(table: IndicatorTable, m: number): number {
  return table.monthColumns[m - 1] ?? 0;
}

/** A row's months with a figure (1 = Apr) and the figures, up to the quarter scored, reused row after row. */
const MONTHS = new Uint8Array(12);
const FIGURES = new Float64Array(12);
const OUTLIERS = new Uint8Array(12);

/**
 * A figure of month m as the analyst sees it ("02:10", "95.5%"): looked up only when a finding names it
 * (a function of its own, not a closure made for every row: issue 11).
 */
function shownAt(
  model: Pick<WorkbookModel, 'sheetCells'> | undefined,
  row: IndicatorRow,
  m: number,
  value: number,
): string {
  // A figure typed with a mark ("79.0*", "98.7r") is quoted as typed: the Check is about what the analyst sees
  // (fresh user 6, session 11: "Dec's 79 is far out of line" left out the mark saying it was provisional).
  const p = row.periods[m - 1];
  if (p?.kind === 'number' && p.typed !== undefined) return quote(p.typed);
  return figureText(value, monthFigureFormat(model, row, m));
}

/**
 * The Note on the month whose words say why it has no figure (`said`: its month, 1 = April, and words, from
 * saidSince) after the latest figure (`latest`: its month and the figure as its cell shows it): a data gap
 * when that figure is an earlier quarter's, or the quarter's figure all the same when it is this quarter's.
 * Its words are quoted as typed ("Dec says "N/A""), never as a meaning the analyst did not give (sessions 8, 9).
 */
function saidSinceFinding(
  kind: 'not-carried-forward' | 'latest-before-quarter-end',
  table: IndicatorTable,
  row: IndicatorRow,
  quarter: QuarterNumber,
  saidAt: { month: MonthNumber; text: string },
  latest: { month: MonthNumber; shown: string },
): Finding {
  const saidMonth = saidAt.month;
  const said = quote(saidAt.text);
  // Said in the row's Comments cell, not the month's (read/comment-gaps.ts; fresh-user check 8): the Comments
  // cell is named and linked, not the blank month, both after an earlier quarter's figure and after one earlier
  // in this quarter (fresh user 10: PRV06).
  const comment = row.saidInComments;
  if (comment !== undefined && comment.month === saidMonth)
    return finding({
      kind: kind === 'not-carried-forward' ? 'not-carried-forward-comment' : 'latest-before-quarter-end-comment',
      at: { sheet: row.sheet, row: comment.row, col: comment.col },
      ref: row.ref,
      who: who(row),
      header: comment.header,
      quarter,
      said,
      saidMonth: periodName(saidMonth, periodNaming(table)),
      value: latest.shown,
      month: periodName(latest.month, periodNaming(table)),
    });
  return finding({
    kind,
    at: { sheet: row.sheet, row: row.row, col: monthColumn(table, saidMonth) },
    ref: row.ref,
    who: who(row),
    quarter,
    said,
    saidMonth: periodName(saidMonth, periodNaming(table)),
    value: latest.shown,
    month: periodName(latest.month, periodNaming(table)),
    // The words are in an earlier quarter than the one scored (Sept's "n/a" when Q3 is scored): said so,
    // not as if the month were the quarter's (fresh-user check 5).
    ...(quarterOfMonth(saidMonth) < quarter ? { saidQuarter: quarterOfMonth(saidMonth) } : {}),
  });
}

export function seriesFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  quarter: QuarterNumber,
  /** The workbook read, for how each figure named is shown (its cell's number format); absent: plainly. */
  model?: Pick<WorkbookModel, 'sheetCells'>,
): Finding[] {
  const out: Finding[] = [];
  // The figures up to the quarter, without an object per figure (issue 11).
  const months = MONTHS;
  const values = FIGURES;
  let n = 0;
  for (let m = 1; m <= 3 * quarter; m++) {
    const p = row.periods[m - 1];
    if (p.kind === 'number') {
      months[n] = m;
      values[n] = p.value;
      n++;
    }
  }
  if (n === 0) return out;
  const outliers = outlierIndexes(values, n, OUTLIERS);
  for (let k = 0; k < outliers; k++) {
    const i = OUTLIERS[k];
    // The lowest and highest of the others, as Math.min and Math.max of them: the figures out of line left
    // out, so that the range never holds the figure named (fresh user 10: "April's 4 is far out of line with
    // the rest of the series (1.96 to 6)", where the 6 was out of line too).
    let low = -1;
    let high = -1;
    for (let j = 0; j < n; j++) {
      if (j === i || isFound(OUTLIERS, outliers, j)) continue;
      if (low < 0 || values[j] < values[low]) low = j;
      if (high < 0 || values[j] > values[high]) high = j;
    }
    const month = months[i] as MonthNumber;
    out.push(
      finding({
        kind: 'outlier',
        at: { sheet: row.sheet, row: row.row, col: monthColumn(table, month) },
        ref: row.ref,
        who: who(row),
        month: periodName(month, periodNaming(table)),
        value: shownAt(model, row, month, values[i]),
        low: shownAt(model, row, months[low], values[low]),
        high: shownAt(model, row, months[high], values[high]),
      }),
    );
  }
  if (table.cadence === 'monthly') {
    // Figures per quarter: quarterly reporting is one figure in each quarter that has any.
    let q1 = 0;
    let q2 = 0;
    let q3 = 0;
    let q4 = 0;
    let offCycle = -1;
    for (let i = 0; i < n; i++) {
      const q = quarterOfMonth(months[i] as MonthNumber);
      if (q === 1) q1++;
      else if (q === 2) q2++;
      else if (q === 3) q3++;
      else q4++;
      if (offCycle < 0 && months[i] % 3 !== 0) offCycle = i;
    }
    const quarterly = q1 <= 1 && q2 <= 1 && q3 <= 1 && q4 <= 1;
    if (quarterly && offCycle >= 0) {
      const spoken: string[] = [];
      for (let i = 0; i < n; i++) spoken.push(spokenMonth(months[i] as MonthNumber));
      const when =
        spoken.length === 1
          ? `only in ${spoken[0]}`
          : `in ${spoken.slice(0, -1).join(', ')} and ${spoken[spoken.length - 1]}`;
      out.push(
        finding({
          kind: 'off-cycle',
          at: { sheet: row.sheet, row: row.row, col: monthColumn(table, months[offCycle]) },
          ref: row.ref,
          who: who(row),
          when,
        }),
      );
    }
  }
  // A quarterly indicator's own quarter column blank: a data gap, the quarter before not carried forward (rules/quarter-due.ts).
  if (score.latestMonth === null && n > 0 && score.reason === blankQuarterReason(quarter))
    out.push(
      finding({
        kind: 'quarter-blank-gap',
        at: {
          sheet: row.sheet,
          row: row.row,
          col: row.periodColumns[3 * quarter - 1] ?? monthColumn(table, months[n - 1]),
        },
        ref: row.ref,
        who: who(row),
        quarter,
        frequency: quote(row.everyQuarter ?? ''),
        before: periodName(months[n - 1] as MonthNumber, periodNaming(table)),
        value: shownAt(model, row, months[n - 1], values[n - 1]),
      }),
    );
  if (score.latestMonth === null && n > 0) {
    // A figure before, and words after it saying why there is none since ("not available"): a data gap.
    const said = saidSince(row.periods, months[n - 1], quarter);
    // A suppressed figure ("<5") is withheld, not missing: its own Note says so, without "leave it blank" (session 10).
    // A refused figure (7,120.0% for a percentage: read/over-hundred.ts) has its own Check saying so.
    const refused =
      said !== null &&
      row.periods[said.month - 1]?.kind === 'note' &&
      (row.periods[said.month - 1] as { refused?: true }).refused;
    if (said !== null && !isSuppressedAt(row, said.month) && !refused)
      out.push(
        saidSinceFinding('not-carried-forward', table, row, quarter, said, {
          month: months[n - 1] as MonthNumber,
          shown: shownAt(model, row, months[n - 1], values[n - 1]),
        }),
      );
  }
  if (score.latestMonth !== null) {
    const last: Point = { month: months[n - 1] as MonthNumber, value: values[n - 1] };
    // A figure in the quarter and words after it ("n/a" in December after November's 55): November's
    // figure is the quarter's, as designed (the latest in the quarter), and a Note says the last month said
    // why it has none — consistent with words after a figure of an earlier quarter (a data gap, above).
    const carried = isCarriedForward(last, quarter);
    const said = carried ? null : saidSince(row.periods, last.month, quarter);
    // Blank or "-" in the quarter's last month: said with a Check (quarter-end-blank.ts; fresh-user check 7, item 8).
    const blankEnd =
      carried || said !== null
        ? null
        : quarterEndBlankFinding(table, row, quarter, last.month, figureText(last.value, score.latestFormat));
    if (blankEnd) out.push(blankEnd);
    if (said !== null && !isSuppressedAt(row, said.month))
      out.push(
        saidSinceFinding('latest-before-quarter-end', table, row, quarter, said, {
          month: last.month,
          shown: figureText(last.value, score.latestFormat),
        }),
      );
    if (carried) {
      out.push(
        finding({
          // An annual indicator's one figure is the year's: a Note, not a Check asking for this quarter's.
          kind: row.annual ? 'annual-figure' : 'carried-forward',
          at: { sheet: row.sheet, row: row.row, col: monthColumn(table, last.month) },
          ref: row.ref,
          who: who(row),
          quarter,
          value: figureText(last.value, score.latestFormat),
          month: periodName(last.month, periodNaming(table)),
        }),
      );
    }
  }
  return out;
}

/** True when the row's cell in `month` (1 = April) holds a suppressed figure ("<5", "*", "c"). */
function isSuppressedAt(row: IndicatorRow, month: number): boolean {
  const p = row.periods[month - 1];
  return p !== undefined && p.kind === 'empty' && p.suppressed === true;
}

/**
 * One Note for a row with figures suppressed to protect small numbers ("<5", "*", "c") in months up to the
 * quarter's end (fresh user 4, session 10): which months, that they are withheld figures, not gaps to fill,
 * and what follows — the quarter has no figure to score (the latest is suppressed: a data gap, the earlier
 * figure not carried forward), or no DOT is worked out (the figure it would compare with is suppressed), or
 * they are simply left out of the scores. On the last suppressed cell. Before, each was a "holds the note"
 * Note, a suppressed latest month was a data gap advising "leave the month blank to carry it forward", and
 * DOT compared across them ("↔ Same" from May's 0 to Sept's 0 past June's "<5").
 */
export function suppressedFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  quarter: QuarterNumber,
  model?: Pick<WorkbookModel, 'sheetCells'>,
): Finding[] {
  const where: number[] = [];
  const marks: string[] = [];
  let lastFigure = 0;
  for (let m = 1; m <= 3 * quarter; m++) {
    const p = row.periods[m - 1];
    if (p.kind === 'number') lastFigure = m;
    if (p.kind !== 'empty' || !p.suppressed) continue;
    where.push(m);
    const mark = quote((p.said ?? '').trim());
    if (!marks.includes(mark)) marks.push(mark);
  }
  if (where.length === 0) return [];
  const naming = periodNaming(table);
  const named = where.map((m) => periodName(m, naming));
  const months = listed(named);
  let follows: string;
  if (score.latestMonth === null && suppressedSince(row.periods, lastFigure, quarter) !== null) {
    const latest = suppressedSince(row.periods, lastFigure, quarter)!;
    const earlier = lastFigure > 0 ? row.periods[lastFigure - 1] : null;
    follows =
      `${periodName(latest, naming)}'s is the latest, so there is no Q${quarter} figure to score: it is counted as a ` +
      `data gap, shown as suppressed` +
      (earlier !== null && earlier.kind === 'number'
        ? `, and ${periodName(lastFigure, naming)}'s ${shownAt(model, row, lastFigure, earlier.value)} is not carried forward.`
        : '.');
  } else if (score.latestMonth !== null && score.dot === null && score.status !== 'data gap') {
    const latestMonth = lastFigure as MonthNumber;
    const across = latestMonth > 0 ? suppressedBefore(row.periods, { month: latestMonth }, 'quarter') : null;
    const acrossPeriod = latestMonth > 0 ? suppressedBefore(row.periods, { month: latestMonth }, 'period') : null;
    const at = across ?? acrossPeriod;
    follows =
      at !== null
        ? `No DOT is worked out: the figure it would be compared with, ${periodName(at, naming)}'s, is suppressed.`
        : 'They are left out of the scores.';
  } else follows = 'They are left out of the scores.';
  return [
    finding({
      kind: 'suppressed',
      at: { sheet: row.sheet, row: row.row, col: monthColumn(table, where[where.length - 1] as MonthNumber) },
      ref: row.ref,
      who: who(row),
      months,
      marks: marks.join(' or '),
      many: where.length > 1,
      follows,
    }),
  ];
}
