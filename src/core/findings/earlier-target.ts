/**
 * The Note on a table's indicators whose DOT was not worked out from % variances because the earlier period has
 * no target of its own (rules/earlier-target.ts; fresh user 15's collection rates, the target-to-date regression):
 * why, with the first as the example; which have no DOT (their DOT cells left as the analyst has them) and which
 * were compared with the same periods last year instead; and what would give DOT. One a table.
 */
import type { Finding, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { columnLetters } from '../a1';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming } from '../periods';
import { arrowAndWord, listed, percent, quote, who } from '../words';

/** The table's Note, or none where no indicator's earlier period lacked a target of its own. */
export function earlierTargetNote(table: IndicatorTable, scores: readonly IndicatorScore[]): Finding[] {
  const hit = scores.filter((s) => s.dotEarlierTarget !== undefined && s.previous && s.latestMonth !== null);
  if (hit.length === 0) return [];
  const naming = periodNaming(table);
  const first = hit[0];
  const row = table.rows.find((r) => r.row === first.row);
  const earlier = periodName(first.previous!.month, naming);
  const later = periodName(first.latestMonth!, naming);
  const value = (v: number, s: IndicatorScore) => figureText(v, s.latestFormat);
  const target =
    first.periodTarget === null ? '' : ` (${who(first)}: ${figureText(first.periodTarget, first.targetFormat)})`;
  const toDate = table.targetToDate;
  const annual = row?.annualTarget != null ? ` ${figureText(row.annualTarget, first.targetFormat)}` : '';
  const v = (x: number) => value(x, first);
  const example =
    first.dotEarlierTarget!.why === 'to-date' && toDate
      ? `Its target, column ${columnLetters(toDate.col)} (${quote(toDate.header)}), is the target to date of ${later}${target}, ` +
        `not ${earlier}'s, so ${earlier}'s ${v(first.previous!.value)} measured against it says nothing of how ${earlier} went`
      : `The table gives ${later} a target of its own${target}, unlike the year's${annual}, and ${earlier} none, so ` +
        `${earlier}'s ${v(first.previous!.value)} against the year's target and ${later}'s ${v(first.latestValue!)} ` +
        `against ${later}'s own are not like with like`;
  const none = hit.filter((s) => s.dot === null).map((s) => who(s));
  const againstLastYear = hit.filter((s) => s.dotEarlierTarget!.lastYear !== undefined);
  const ly = againstLastYear[0];
  const lyFigures = ly?.dotEarlierTarget!.lastYear;
  const lyText =
    ly === undefined || lyFigures === undefined
      ? ''
      : `For ${listed(againstLastYear.map((s) => who(s)))}, DOT compares each period with the same period last year instead` +
        (againstLastYear.length > 1 ? ` (${who(ly)}: ` : ': ') +
        `${periodName(ly.previous!.month, naming)} ${value(ly.previous!.value, ly)} against ${value(lyFigures.before, ly)} ` +
        `(${percent(lyFigures.beforeVariancePct)}), ${periodName(ly.latestMonth!, naming)} ${value(ly.latestValue!, ly)} ` +
        `against ${value(lyFigures.now, ly)} (${percent(lyFigures.nowVariancePct)}), so ${arrowAndWord(ly.dot!)}` +
        (againstLastYear.length > 1 ? ')' : '');
  const at = table.columns.dot ?? table.columns.target ?? 0;
  return [
    finding({
      kind: 'dot-earlier-no-target',
      at: { sheet: table.sheet, row: first.row, col: at },
      ref: first.ref,
      sheet: table.sheet,
      all: listed(hit.map((s) => who(s))),
      example,
      earlier,
      none: listed(none),
      noneCount: none.length,
      lastYear: lyText,
      dotColumn: table.columns.dot !== undefined,
    }),
  ];
}
