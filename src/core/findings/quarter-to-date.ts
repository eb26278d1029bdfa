/**
 * What is said of an indicator whose quarter targets are cumulative (rules/quarter-to-date.ts; a fresh
 * user's housing association board KPI pack): a Note where its figure to date was scored ("CH01: its Q2
 * target of 20 is half the year's 40, a target for the year to date, so Q2's figure to date, 23.8 …, is
 * measured against it, not Q2's own 12.6"), a Check where it could not be told and the indicator is not rated.
 */
import type { Finding, IndicatorScore, IndicatorTable, MonthNumber, QuarterNumber, IndicatorRow } from '../model';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { quote, ukNumber, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { monthNumber, quarterOfMonth } from '../periods';
import type { QuarterToDate } from '../rules/quarter-to-date';

/**
 * The Note or Check for one row. `row`: the row as read (the quarters' own figures); `toDate`: what
 * rules/quarter-to-date.ts made of it; `score`: its score. None where the row is a data gap or not due.
 */
export function quarterToDateFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  toDate: QuarterToDate,
  score: IndicatorScore,
): Finding[] {
  if (score.latestMonth === null || score.latestValue === null || row.annualTarget === null) return [];
  const month = monthNumber(score.latestMonth);
  const quarter = quarterOfMonth(month as MonthNumber);
  const figure = (n: number) => figureText(n, score.latestFormat);
  // A target worked out (7.5, a quarter of 30) is never shown rounded to its column's format ("8").
  const target = (n: number) => {
    const shown = figureText(n, score.targetFormat);
    return Number(shown.replace(/[^0-9.-]/g, '')) === n || shown.includes('%') ? shown : ukNumber(4).format(n);
  };
  const targetOf = (q: QuarterNumber) => toDate.explicit[3 * q - 1]!;
  const shownCol = table.quarterTargetColumns?.[toDate.shownBy - 1];
  const at = {
    sheet: row.sheet,
    row: row.row,
    col: shownCol ?? table.columns.target ?? table.columns.name ?? 0,
  };
  const common = {
    who: who(row),
    quarter,
    target: target(targetOf(quarter)),
    derived: toDate.derived.includes(quarter),
    annual: target(row.annualTarget),
    shownBy: toDate.shownBy,
    shownTarget: target(targetOf(toDate.shownBy)),
  };
  const typed: string[] = [];
  let sum = 0;
  let last = 0;
  for (let q = 1; q <= 4; q++) {
    const f = toDate.own[q - 1];
    if (f === null) continue;
    typed.push(`Q${q} ${figure(f)}`);
    sum = Number((sum + f).toPrecision(15));
    last = q;
  }
  const ytd = row.toDate;
  if (toDate.unclear) {
    if (score.reason === undefined) return [];
    const missing = toDate.own.findIndex((f) => f === null) + 1;
    return [
      finding({
        kind: 'quarter-to-date-unclear',
        at,
        ref: row.ref,
        ...common,
        // A rate's quarters are never added up: not even their sum is shown.
        why: toDate.unclear,
        figures: typed.join(', '),
        sum: figure(sum),
        last,
        lastValue: figure(toDate.own[last - 1] ?? 0),
        ...(ytd ? { header: quote(ytd.header), ytd: figure(ytd.value) } : {}),
        ...(toDate.unclear === 'gap' && missing > 0 ? { missing } : {}),
      }),
    ];
  }
  // The quarters scored through: those up to the one scored.
  const added: string[] = [];
  for (let q = 1; q <= quarter; q++) {
    const f = toDate.own[q - 1];
    if (f !== null) added.push(`Q${q} ${figure(f)}`);
  }
  const own = toDate.own[quarter - 1];
  const previous = score.previous;
  const prevMonth = previous ? monthNumber(previous.month) : 0;
  const prevQuarter = prevMonth > 0 && !previous?.lastYear ? quarterOfMonth(prevMonth as MonthNumber) : null;
  return [
    finding({
      kind: 'quarter-to-date',
      at: { sheet: row.sheet, row: row.row, col: row.periodColumns[month - 1] ?? at.col },
      ref: row.ref,
      ...common,
      // Q1's figure is its figure to date, however the later ones were told.
      evidence: quarter === 1 ? 'first' : toDate.evidence,
      value: figure(score.latestValue),
      own: figure(own ?? score.latestValue),
      sum: added.join(' + '),
      ...(ytd ? { header: quote(ytd.header) } : {}),
      band: scaledBand(score, row.polarity, toDate.toleranceScale, target),
      ...(prevQuarter !== null && previous && previous.periodTarget !== null
        ? {
            previous: {
              quarter: prevQuarter,
              value: figure(previous.value),
              target: target(previous.periodTarget),
              derived: toDate.derived.includes(prevQuarter),
            },
          }
        : {}),
    }),
  ];
}
