/** Findings where what the analyst typed disagrees with what the figures give: DOT, Trend, % variance. */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { arrowAndWord, percent, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { monthNumber, periodName, periodNaming, type PeriodNaming, quarterOfMonth } from '../periods';

/**
 * Whether the % variance typed in a row's variance cell is the one the figures give (to 2 dp; a bare number
 * is read both ways, 5.28 and 0.0528 shown as 5.28%, `IndicatorRow.typedVariance`); null when nothing was
 * typed or the figures give no variance.
 */
export function typedVarianceAgrees(row: IndicatorRow, score: IndicatorScore): boolean | null {
  const readings = row.typedVariance.value ?? [];
  const pct = score.variancePct;
  if (readings.length === 0 || pct === null) return null;
  return readings.some((v) => Math.abs(v - pct) < 0.005 + 1e-9);
}

/** Whether the DOT arrow typed in a row is the one the figures give; null when none was typed or none is given. */
export function typedDotAgrees(row: IndicatorRow, score: IndicatorScore): boolean | null {
  const typed = row.typedDot.value;
  if (typed === null || score.dot === null) return null;
  return typed === score.dot;
}

/**
 * @param naming how the periods compared are named: the table's, else 'quarters' where a count's months
 *   were added up by quarter (rules/month-counts.ts)
 */
export function typedFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  naming: PeriodNaming = periodNaming(table),
): Finding[] {
  const out: Finding[] = [];
  const c = table.columns;
  const typedDot = row.typedDot.value;
  if (c.dot !== undefined && typedDotAgrees(row, score) === false && typedDot !== null) {
    out.push(
      finding({
        kind: 'typed-dot-disagrees',
        at: { sheet: row.sheet, row: row.row, col: c.dot },
        ref: row.ref,
        who: who(row),
        typed: arrowAndWord(typedDot),
        computed: arrowAndWord(score.dot!),
        evidence: dotEvidence(score, naming),
      }),
    );
  }
  const typedTrend = row.typedTrend.value;
  if (
    c.trend !== undefined &&
    score.trendSource === 'computed' &&
    typedTrend !== null &&
    score.trend !== null &&
    typedTrend !== score.trend
  ) {
    out.push(
      finding({
        kind: 'typed-trend-disagrees',
        at: { sheet: row.sheet, row: row.row, col: c.trend },
        ref: row.ref,
        who: who(row),
        typed: arrowAndWord(typedTrend),
        computed: arrowAndWord(score.trend),
      }),
    );
  }
  if (
    c.trend !== undefined &&
    typedTrend !== null &&
    typedTrend !== 'first' &&
    score.trendSource === null &&
    score.latestMonth !== null
  ) {
    // The typed arrow was not kept: the workbook holds no figure behind it (rules/trend.ts).
    const month = monthNumber(score.latestMonth);
    out.push(
      finding({
        kind: 'typed-trend-unsupported',
        at: { sheet: row.sheet, row: row.row, col: c.trend },
        ref: row.ref,
        who: who(row),
        typed: arrowAndWord(typedTrend),
        quarter: quarterOfMonth(month),
      }),
    );
  }
  if (c.variance !== undefined) {
    if (typedVarianceAgrees(row, score) === false) {
      out.push(
        finding({
          kind: 'typed-variance-disagrees',
          at: { sheet: row.sheet, row: row.row, col: c.variance },
          ref: row.ref,
          who: who(row),
          typed: typedVarianceText(row),
          computed: percent(score.variancePct!),
          latest: figureText(score.latestValue!, score.latestFormat),
          month: periodName(score.latestMonth!, periodNaming(table)),
          target: figureText(score.periodTarget!, score.targetFormat),
        }),
      );
    }
  }
  return out;
}

function dotEvidence(score: IndicatorScore, naming: PeriodNaming): string {
  const p = score.previous;
  // Compared with the same periods last year, the earlier period having no target of its own (rules/earlier-target.ts).
  const ly = score.dotEarlierTarget?.lastYear;
  if (p && ly)
    return `: against the same periods last year, ${periodName(p.month, naming)} ${percent(ly.beforeVariancePct)}, ${periodName(score.latestMonth!, naming)} ${percent(ly.nowVariancePct)}`;
  if (!p || p.variancePct === null || score.variancePct === null) return '';
  return `: ${periodName(p.month, naming, p.lastYear === true)} ${percent(p.variancePct)} against target, ${periodName(score.latestMonth!, naming)} ${percent(score.variancePct)}`;
}

function typedVarianceText(row: IndicatorRow): string {
  const raw = row.typedVariance.raw;
  if (typeof raw === 'number') return Math.abs(raw) < 1.5 ? percent(raw * 100) : percent(raw);
  return String(raw);
}
