/**
 * What is said of, and done after scoring, an indicator whose target is said to be the year's beside month (or
 * quarter) figures (rules/annual-to-date.ts; fresh user 12): a Note saying the year to date was measured against
 * the year's share elapsed ("WS5.9: its Comments cell says "Annual budget £1.2m", so its target 1,200 is the
 * year's … the year to date, 1,433 (Apr–Sept added up), is measured against … 6/12 of it, 600"), or a Check where
 * it is not rated: what each reading would measure and the one-column fixes, or the month missing.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { quote, ukNumber, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming } from '../periods';
import { cumulativeTarget } from '../rules/targets';
import { ANNUAL_MONTH_MISSING, ANNUAL_UNSURE, type YearToDateOfAnnual } from '../rules/annual-to-date';
import { notRatedBecause } from '../rules/quarter-to-date';
import { headerCellFields } from './header-cell';

/** Not rated where the rule could not tell the figure (`YearToDateOfAnnual.outcome`): the score, changed. */
export function notRatedForAnnual(score: IndicatorScore, read: YearToDateOfAnnual): IndicatorScore {
  return notRatedBecause(score, read.outcome === 'missing' ? ANNUAL_MONTH_MISSING : ANNUAL_UNSURE);
}

/** "its Comments cell says "Annual budget £1.2m"", "its target column is headed "Annual target"", "its name says so". */
function saidWords(row: IndicatorRow): string {
  const s = row.annualSaid!;
  if (s.where === 'name') return 'its name says so';
  if (s.where === 'header') return `its target column is headed ${quote(s.text)}`;
  return `its ${s.header} cell says ${quote(s.text)}`;
}

const WHY: Record<NonNullable<YearToDateOfAnnual['evidence']>, string> = {
  flow: 'a budget or spend is spent over its year',
  outturn: "last year's outturn is about twelve of them",
  toDate: 'its year-to-date column adds them up',
  lastYearToDate: 'its same-period-last-year column is about as large as them added up',
  typed: 'its period header says its figures are to date',
};

/**
 * The Note or Check for one row. `row`: the row as read (its own figures); `read`: what the rule made of it;
 * `score`: its score. None where the row is a data gap or not due, or another rule set it aside.
 */
export function annualToDateFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  read: YearToDateOfAnnual,
  score: IndicatorScore,
): Finding[] {
  if (score.latestValue === null || score.latestMonth === null || !row.annualSaid) return [];
  const annual = row.annualTarget!;
  const naming = periodNaming(table);
  const figure = (n: number) => figureText(n, score.latestFormat);
  const targetText = (n: number) => {
    const shown = figureText(n, score.targetFormat ?? score.latestFormat);
    return Number(shown.replace(/[^0-9.-]/g, '')) === n ? shown : ukNumber(4).format(n);
  };
  const own = row.periods[read.latest - 1];
  const common = {
    ref: row.ref,
    who: who(row),
    said: saidWords(row),
    target: targetText(annual),
  };
  if (read.outcome === 'missing') {
    if (score.reason !== ANNUAL_MONTH_MISSING) return [];
    return [
      finding({
        kind: 'annual-to-date-gap',
        at: { sheet: row.sheet, row: row.row, col: row.periodColumns[read.missing! - 1] ?? table.columns.target ?? 0 },
        ...common,
        missing: periodName(read.missing!, naming),
      }),
    ];
  }
  const at = { sheet: row.sheet, row: row.row, col: table.columns.target ?? row.annualSaid.col };
  if (read.outcome === 'unsure') {
    if (score.reason !== ANNUAL_UNSURE) return [];
    return [
      finding({
        kind: 'annual-to-date-unsure',
        at,
        ...common,
        low: figure(read.low),
        high: figure(read.high),
        times: ukNumber(1).format(read.times),
        value: figure(read.sum),
        period: periodName(read.latest, naming),
        periodValue: own?.kind === 'number' ? figure(own.value) : '',
        month: read.latest,
        profiled: targetText(cumulativeTarget(annual, read.latest as never)),
        each: read.quarters ? 'quarter' : 'month',
      }),
    ];
  }
  if (score.periodTarget === null) return [];
  const first = read.quarters ? 3 : 1;
  const band = scaledBand(score, row.polarity, read.toleranceScale, targetText);
  // A budget table's lines typed to date under one "Annual budget" header: one Note for the table (layouts7).
  if (read.evidence === 'typed' && row.annualSaid.where === 'header' && !band) {
    let lines = TYPED_LINES.get(table);
    if (!lines) TYPED_LINES.set(table, (lines = []));
    lines.push({
      name: row.ref ?? row.name,
      value: figure(score.latestValue),
      profiled: targetText(score.periodTarget),
      month: read.latest,
      period: periodName(read.latest, naming),
      header: row.annualSaid.text,
    });
    return [];
  }
  return [
    finding({
      kind: 'annual-to-date',
      at: { sheet: row.sheet, row: row.row, col: row.annualSaid.where === 'column' ? row.annualSaid.col : at.col },
      ...common,
      why:
        read.quarters && read.evidence === 'outturn'
          ? "last year's outturn is about four of them"
          : WHY[read.evidence!],
      value: figure(read.sum),
      periods: `${periodName(first, naming)}–${periodName(read.latest, naming)}`,
      period: periodName(read.latest, naming),
      periodValue: own?.kind === 'number' ? figure(own.value) : '',
      month: read.latest,
      profiled: targetText(score.periodTarget),
      ...(band ? { band } : {}),
      ...(read.evidence === 'typed' ? { typed: quote(table.ytdHeader ?? '') } : {}),
    }),
  ];
}

/** A budget table's lines typed to date, each measured against its year's share elapsed (annualToDateFindings). */
interface TypedLine {
  name: string;
  value: string;
  profiled: string;
  month: number;
  period: string;
  header: string;
}
const TYPED_LINES = new WeakMap<IndicatorTable, TypedLine[]>();

/**
 * The one Note on a budget table whose lines are typed to date under an "Annual budget" header ("Annual budget £k
 * | Actual YTD £k"): each line measured against the year's share elapsed, said once for the table, with up to
 * three lines as examples (session 14's hunt, layouts7: it was said once a line). None where no line was.
 */
export function typedBudgetNote(table: IndicatorTable): Finding[] {
  const lines = TYPED_LINES.get(table);
  TYPED_LINES.delete(table);
  if (!lines || lines.length === 0) return [];
  const shown = lines.slice(0, 3).map((l) => `"${l.name}" ${l.value} against ${l.profiled}`);
  const more = lines.length - shown.length;
  const months = new Set(lines.map((l) => l.month));
  return [
    finding({
      kind: 'annual-to-date-typed-table',
      ...headerCellFields(table, table.columns.target ?? 0),
      header: quote(lines[0].header),
      typed: quote(table.ytdHeader ?? ''),
      count: lines.length,
      share: months.size === 1 ? `${lines[0].month}/12 of its budget by ${lines[0].period}` : 'the months elapsed',
      examples: shown.join('; ') + (more > 0 ? `; and ${more} more` : ''),
    }),
  ];
}
