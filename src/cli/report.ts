/**
 * The scoring result as the terminal shows it: the executive summary's count tables, the count
 * tables by priority, and the findings — aligned plain-text tables, words rather than colours.
 */
import { SEVERITY_WORDS, withinToleranceLabel, workbookToleranceWords, type CountTable, type Finding, type ScoreResult } from '../core';
import { textTable, textTableParts } from './text-table';
import { styleFor, type Style } from './style';

export interface ReportOptions {
  style?: Style;
  /** Wrap findings to this many characters (a terminal's width); no wrapping when absent. */
  width?: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function targetRow(c: CountTable): number[] {
  return [c.total, c.onTarget, c.withinTolerance, c.offTarget, c.dataGaps, c.noTarget];
}

function directionRow(c: CountTable): number[] {
  return [c.dotTotal, c.dotImproving, c.dotWorsening, c.dotSame, c.trendTotal, c.trendImproving, c.trendWorsening, c.trendSame];
}

function targetHeaders(result: ScoreResult): string[] {
  return ['Total PIs', 'On target', withinToleranceLabel(result, true), 'Off target', 'Data gaps', 'No target'];
}

export function headline(result: ScoreResult): string {
  const mode = result.toleranceMode ?? 'relative';
  const tolerance = mode === 'relative' ? `a ${result.tolerancePct}% tolerance` : `a tolerance of ${workbookToleranceWords(result)}`;
  const dot = result.dotComparison === 'period' ? ', DOT against the previous reported period' : '';
  return `${result.quarter}: ${plural(result.executiveSummary.total, 'indicator')} in ${plural(result.priorities.length, 'priority', 'priorities')}, scored against ${tolerance}${dot}.`;
}

export function executiveLines(result: ScoreResult, style: Style): string[] {
  const ex = result.executiveSummary;
  return [
    style.heading('Executive summary (the whole council)'),
    ...textTable(targetHeaders(result), [targetRow(ex)]),
    '',
    ...textTable(
      ['', 'Can be determined', 'Improving', 'Worsening', 'Same'],
      [
        ['Direction of travel', ex.dotTotal, ex.dotImproving, ex.dotWorsening, ex.dotSame],
        ['Trend', ex.trendTotal, ex.trendImproving, ex.trendWorsening, ex.trendSame],
      ],
    ),
  ];
}

export function priorityLines(result: ScoreResult, style: Style): string[] {
  const code = (n: number) => `P${n}`;
  const ex = result.executiveSummary;
  return [
    style.heading('By priority'),
    ...result.priorities.map((p) => `  ${code(p.priority)}  ${p.priorityName}`),
    '',
    ...textTable(
      ['Against target', ...targetHeaders(result)],
      [...result.priorities.map((p) => [code(p.priority), ...targetRow(p)]), ['Whole council', ...targetRow(ex)]],
    ),
    '',
    ...textTable(
      ['DOT and Trend', 'DOT determined', 'Improving', 'Worsening', 'Same', 'Trend determined', 'Improving', 'Worsening', 'Same'],
      [...result.priorities.map((p) => [code(p.priority), ...directionRow(p)]), ['Whole council', ...directionRow(ex)]],
    ),
  ];
}

export function findingLines(findings: Finding[], style: Style, width?: number): string[] {
  const checks = findings.filter((f) => f.severity === 'warning').length;
  const title = `Findings: ${findings.length === 0 ? 'none' : `${plural(checks, 'to check', 'to check')}, ${plural(findings.length - checks, 'note')}`}`;
  if (findings.length === 0) return [style.heading(title), '  Nothing to check before the report goes to Cabinet.'];
  const { header, body } = textTableParts(
    ['', 'Cell', 'Ref', 'Finding'],
    findings.map((f) => [SEVERITY_WORDS[f.severity], f.cell, f.ref ?? '', f.message]),
    { indent: 4, width },
  );
  const lines = [style.heading(title), header];
  findings.forEach((f, i) => {
    if (i === 0 || findings[i - 1].sheet !== f.sheet) lines.push(`  ${f.sheet}`);
    lines.push(...body[i]);
  });
  return lines;
}

/** Everything `scorecard score` prints about the result. */
export function reportLines(result: ScoreResult, options: ReportOptions = {}): string[] {
  const style = options.style ?? styleFor(false, {});
  return [
    headline(result),
    '',
    ...executiveLines(result, style),
    '',
    ...priorityLines(result, style),
    '',
    ...findingLines(result.findings, style, options.width),
  ];
}
