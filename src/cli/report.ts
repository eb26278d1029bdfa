/**
 * The scoring result as the terminal shows it: the executive summary's count tables, the count
 * tables by priority, and the findings — aligned plain-text tables, words rather than colours.
 */
import {
  DIRECTION_MEASURES,
  SEVERITY_WORDS,
  directionColumns,
  directionCounts,
  organisationWords,
  plural,
  targetColumns,
  targetCounts,
  toleranceHeadline,
  type CountTable,
  type DirectionMeasure,
  type Finding,
  type ScoreResult,
  breakdownSentence,
  quarterWords,
} from '../core';
import { textTable, textTableParts } from './text-table';
import { styleFor, type Style } from './style';

export interface ReportOptions {
  style?: Style;
  /** Wrap findings to this many characters (a terminal's width); no wrapping when absent. */
  width?: number;
}

/** A count table's target counts, under targetHeaders' columns (with Not rated where the result has it). */
function targetRow(c: CountTable, result: ScoreResult): number[] {
  return targetCounts(c, targetColumns(result, 'short'));
}

function directionRow(c: CountTable): number[] {
  return [...directionCounts(c, 'dot'), ...directionCounts(c, 'trend')];
}

function directionHeaders(measure: DirectionMeasure, table: 'council' | 'priority'): string[] {
  return directionColumns(measure, 'short', table).map((c) => c.header);
}

function targetHeaders(result: ScoreResult): string[] {
  return targetColumns(result, 'short').map((c) => c.header);
}

export function headline(result: ScoreResult): string {
  const tolerance = toleranceHeadline(result);
  const dot = result.dotComparison === 'period' ? ', DOT against the previous reported period' : '';
  return `${quarterWords(result)}: ${plural(result.executiveSummary.total, 'indicator')} in ${plural(result.priorities.length, 'priority', 'priorities')}, scored against ${tolerance}${dot}.`;
}

export function executiveLines(result: ScoreResult, style: Style): string[] {
  const ex = result.executiveSummary;
  return [
    style.heading(`Executive summary (the whole ${organisationWords(result).noun})`),
    ...textTable(targetHeaders(result), [targetRow(ex, result)]),
    '',
    ...textTable(
      ['', ...directionHeaders('dot', 'council')],
      (['dot', 'trend'] as const).map((m) => [DIRECTION_MEASURES[m].name, ...directionCounts(ex, m)]),
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
      [
        ...result.priorities.map((p) => [code(p.priority), ...targetRow(p, result)]),
        [organisationWords(result).row, ...targetRow(ex, result)],
      ],
    ),
    '',
    ...textTable(
      [
        `${DIRECTION_MEASURES.dot.header} and ${DIRECTION_MEASURES.trend.header}`,
        ...directionHeaders('dot', 'priority'),
        ...directionHeaders('trend', 'priority'),
      ],
      [
        ...result.priorities.map((p) => [code(p.priority), ...directionRow(p)]),
        [organisationWords(result).row, ...directionRow(ex)],
      ],
    ),
  ];
}

/**
 * The findings as the terminal lists them; `before`: when to check them ("before the report goes to
 * Cabinet" for a council: vocabulary organisationWords).
 */
export function findingLines(
  findings: Finding[],
  style: Style,
  width?: number,
  before = organisationWords(null).before,
): string[] {
  const checks = findings.filter((f) => f.severity === 'warning').length;
  const title = `Findings: ${findings.length === 0 ? 'none' : `${plural(checks, 'to check', 'to check')}, ${plural(findings.length - checks, 'note')}`}`;
  if (findings.length === 0) return [style.heading(title), `  Nothing to check ${before}.`];
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
  // Areas' breakdowns, scored on their sheets and not counted, in one line under the headline (read/area-sheets.ts).
  const breakdowns = breakdownSentence(result.indicators);
  return [
    headline(result),
    ...(breakdowns === '' ? [] : [breakdowns]),
    '',
    ...executiveLines(result, style),
    '',
    ...priorityLines(result, style),
    '',
    ...findingLines(result.findings, style, options.width, organisationWords(result).before),
  ];
}
