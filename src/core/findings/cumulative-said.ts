/**
 * Findings on a figure that is, or may be, cumulative in a table with no Profile column (fresh-user check
 * 8; docs/workbook.md, "A cumulative figure without a Profile column"):
 * - the analyst's own words say it is (read/cumulative-words.ts): a Note that its target was profiled pro
 *   rata, and how to undo it;
 * - it may be and the RAG depends on it (rules/cumulative-unsure.ts): a Check that it is not rated, what it
 *   would be either way, and the one-column fix.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, MonthNumber, Rag } from '../model';
import { finding } from '../catalogue';
import { scaledBand } from './scaled-band';
import { quote, who, percent } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming, monthNumber } from '../periods';

const RAG_WORDS: Record<Rag, string> = { green: 'on target', amber: 'within tolerance', red: 'off target' };

/** "−0.89% (within tolerance)"; for a target of 0, the words alone. */
function judged(m: { variancePct: number | null; rag: Rag }): string {
  return m.variancePct === null ? RAG_WORDS[m.rag] : `${percent(m.variancePct)} (${RAG_WORDS[m.rag]})`;
}

/** The findings, or null when neither applies (findings/targets.ts `cumulativeFindings` goes on). */
export function cumulativeSaidFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
): Finding[] | null {
  const words = row.profileFromWords;
  const unsure = score.cumulativeUnsure;
  if (!words && !unsure) return null;
  if (score.latestMonth === null || row.annualTarget === null) return [];
  const month = monthNumber(score.latestMonth);
  const naming = periodNaming(table);
  const period = periodName(month, naming);
  const shownTarget = (n: number) => figureText(n, score.targetFormat ?? score.latestFormat);
  const target = shownTarget(row.annualTarget);
  if (words) {
    if (score.periodTarget === null) return [];
    const fell = row.addedToDate;
    const shown = (n: number) => figureText(n, score.latestFormat);
    const said =
      (words.where === 'column'
        ? `its ${words.header} cell says ${quote(words.text)}`
        : `the note ${quote(words.text)} under the table says so`) +
      (fell && score.latestValue !== null
        ? `, and its figures fall (${shown(fell.before)} then ${shown(fell.value)} in ${periodName(fell.month, naming)}), ` +
          `so each is a month's, not a running total: they are added up to date, ${shown(score.latestValue)} by ${period}`
        : '');
    return [
      finding({
        kind: 'cumulative-said',
        at: { sheet: row.sheet, row: words.row, col: words.col },
        ref: row.ref,
        who: who(row),
        said,
        target,
        period,
        month,
        profiled: shownTarget(score.periodTarget),
        // Its period target typed ("Q2 target" 290,000): that one is scored, not 6/12 of the year's (fresh user 15).
        ...(typedTarget(table, row, month, score.periodTarget) ? { typed: true } : {}),
        // Months added up to date: their band in the unit was scaled alike (rules/added-up-tolerance.ts).
        ...(fell ? { band: scaledBand(score, row.polarity, month / 12, shownTarget) } : {}),
      }),
    ];
  }
  const u = unsure!;
  const latest = score.latestValue === null ? '' : figureText(score.latestValue, score.latestFormat);
  return [
    finding({
      kind: 'cumulative-unsure',
      at: { sheet: row.sheet, row: row.row, col: table.columns.target ?? row.periodColumns[month - 1] ?? 0 },
      ref: row.ref,
      who: who(row),
      why:
        u.doubt === 'named'
          ? 'its name says it is cumulative and its figures build up'
          : risingWhy(row, month, score, naming),
      period,
      latest,
      target,
      whole: judged(u.whole),
      month: month as MonthNumber,
      profiled: shownTarget(u.proRata.target),
      proRata: judged(u.proRata),
    }),
  ];
}

/** "its figures only rise from 47.1 in April, as a count to date does". */
function risingWhy(
  row: IndicatorRow,
  month: number,
  score: IndicatorScore,
  naming: ReturnType<typeof periodNaming>,
): string {
  let first: { m: number; v: number } | null = null;
  for (let m = 1; m <= month && first === null; m++) {
    const p = row.periods[m - 1];
    if (p !== undefined && p.kind === 'number') first = { m, v: p.value };
  }
  if (first === null) return 'its figures only rise, as a count to date does';
  return `its figures only rise from ${figureText(first.v, score.latestFormat)} in ${periodName(first.m, naming)}, as a count to date does`;
}

/**
 * True when the period's target scored is one typed for it (a "Q2 target" or "Sep target" column), not the
 * annual target profiled: the Note then says so, not "6/12 of it" (fresh user 15: LE01's typed 290,000 was
 * called 6/12 of 600,000).
 */
function typedTarget(table: IndicatorTable, row: IndicatorRow, month: number, target: number): boolean {
  if (!table.quarterTargetColumns && !table.monthTargetColumns) return false;
  const typed = row.periodTargets?.[month - 1];
  return typed !== undefined && typed !== null && typed === target;
}
