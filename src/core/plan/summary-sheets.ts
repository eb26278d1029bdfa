/**
 * The sheets scoring generates (SPEC §4), laid out for people: headings, bordered tables, words as
 * well as colours. "Q3 Summary" holds the count tables, "Q3 Highlights" the Tier 1 table, the two
 * highlight tables and every indicator, "Q3 Findings" the data-quality findings.
 */
import type { CountTable, Finding, IndicatorScore, ScoreResult } from '../model';
import { cellAddress } from '../a1';
import { plural, targetColumns, targetCounts } from '../vocabulary';
import { ukNumber } from '../words';
import { SheetCanvas, type TableCell, type TableColumn } from './canvas';
import {
  COLOURS, DIRECTION_WORDS, QUARTILE_WORDS, STATUS_WORDS, SYMBOL, VARIANCE_NUMBER_FORMAT, quartileFill, ragFill, ragText,
} from './styles';
import type { CellFormat, SheetContent } from './types';
import { isStrongPerformance, isTier1, oneToleranceForAll, requiresImprovement, rulesSentence, workbookToleranceWords } from '../score/summaries';

export interface SheetNames {
  summary: string;
  highlights: string;
  findings: string;
}

const CENTRE: CellFormat = { hAlign: 'center' };
const BOLD: CellFormat = { bold: true };
const TAB_COLOUR = '1F4E78';

/** "a 5% tolerance" as before; "a tolerance of 1 percentage point" in another mode (issue 7). */
function toleranceNote(result: ScoreResult): string {
  return (result.toleranceMode ?? 'relative') === 'relative' ? `a ${result.tolerancePct}% tolerance` : `a tolerance of ${workbookToleranceWords(result)}`;
}

function targetHeaders(result: ScoreResult): string[] {
  return targetColumns(result, 'sheet').map((c) => c.header);
}

function countsRow(c: CountTable): number[] {
  return [...targetCounts(c), c.dotTotal, c.dotImproving, c.dotWorsening, c.dotSame, c.trendTotal, c.trendImproving, c.trendWorsening, c.trendSame];
}

export function summarySheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const ex = result.executiveSummary;
  const priorityCount = result.priorities.length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  s.heading(0, `Performance Scorecard – ${result.quarter}`, 16);
  const rules = rulesSentence(result);
  s.note(1, `${plural(ex.total, 'indicator')} in ${plural(priorityCount, 'priority', 'priorities')}, scored against ${toleranceNote(result)}. ${rules ? `${rules} ` : ''}Every colour is also written in words.`);
  s.note(2, `Tier 1 and the highlight tables are on '${names.highlights}'; ${plural(result.findings.length, 'data-quality finding')} (${warnings} to check) on '${names.findings}'.`);

  s.heading(4, 'Executive summary – the whole council');
  // The council's tables start in column B, under the same columns as the priority table below.
  const rag = (c: keyof typeof COLOURS): CellFormat => ({ fill: COLOURS[c].fill, fontColor: COLOURS[c].text });
  const councilTable = (top: number, headers: string[], counts: number[]) =>
    s.table(top, 0, [{ header: '' }, ...headers.map((header) => ({ header, format: CENTRE }))], [[{ value: 'Whole council', format: BOLD }, ...counts]]);
  let row = councilTable(5, targetHeaders(result), targetCounts(ex));
  s.format(5, 2, rag('green'));
  s.format(5, 3, rag('amber'));
  s.format(5, 4, rag('red'));
  row = councilTable(row + 1, ['Total PIs where DOT can be determined', 'Improving', 'Worsening', 'Same'], [ex.dotTotal, ex.dotImproving, ex.dotWorsening, ex.dotSame]);
  row = councilTable(row + 1, ['Total PIs where Trend can be determined', 'Improving', 'Worsening', 'Same'], [ex.trendTotal, ex.trendImproving, ex.trendWorsening, ex.trendSame]);

  row += 1;
  s.heading(row, 'Performance by priority');
  s.note(row + 1, 'The whole-council row is the sum of the priorities above it.');
  const headers = ['Priority', ...targetHeaders(result),
    'DOT can be determined', 'DOT improving', 'DOT worsening', 'DOT same', 'Trend can be determined', 'Trend improving', 'Trend worsening', 'Trend same'];
  const top = row + 2;
  const body: TableCell[][] = result.priorities.map((p) => [{ value: p.priorityName, format: { wrap: true, hAlign: 'left' } }, ...countsRow(p)]);
  body.push([{ value: 'Whole council', format: { ...BOLD, hAlign: 'left' } }, ...countsRow(ex).map((n) => ({ value: n, format: BOLD }))]);
  row = s.table(top, 0, headers.map((header, i) => ({ header, format: i === 0 ? undefined : CENTRE })), body);
  s.format(top, 2, rag('green'));
  s.format(top, 3, rag('amber'));
  s.format(top, 4, rag('red'));

  row += 1;
  s.heading(row, 'Key');
  const key: [string, CellFormat][] = [
    ['On or better than target', ragFill('green')],
    ...amberAndRedKey(result),
    ['↑ Better than the last reported outturn', {}],
    ['↓ Worse than the last reported outturn', {}],
    ['↔ No change from the last reported outturn', {}],
    ['■ First reported period', {}],
    ['1st Quartile (top 25%)', quartileFill(1)],
    ['2nd Quartile', quartileFill(2)],
    ['3rd Quartile', quartileFill(3)],
    ['4th Quartile (bottom 25%)', quartileFill(4)],
  ];
  key.forEach(([text, format], i) => s.put(row + 1 + i, 0, text, { border: 'thin', ...format }));

  s.width(0, 44);
  for (let c = 1; c < headers.length; c++) s.width(c, 12);
  s.freezeRows(1);
  return s.finish(names.summary, 'summary', TAB_COLOUR);
}

/** The key's amber and red rows: "within 5%" when one tolerance applies to all, else in words that are true of every indicator. */
function amberAndRedKey(result: ScoreResult): [string, CellFormat][] {
  if ((result.toleranceMode ?? 'relative') === 'relative' && oneToleranceForAll(result)) {
    return [
      [`Off target, within ${result.tolerancePct}%`, ragFill('amber')],
      [`Worse than target by more than ${result.tolerancePct}%`, ragFill('red')],
    ];
  }
  return [
    ['Off target, within tolerance (close to target: within the amber band)', ragFill('amber')],
    ['Worse than target by more than the tolerance (close to target: beyond the amber band)', ragFill('red')],
  ];
}

const LIST_COLUMNS: TableColumn[] = [
  { header: 'Priority', width: 34, format: { wrap: true } },
  { header: 'Ref', width: 10 },
  { header: 'Performance Indicator', width: 46, format: { wrap: true } },
  { header: 'Latest value', width: 11, format: CENTRE },
  { header: 'Period', width: 8, format: CENTRE },
  { header: 'Target', width: 10, format: CENTRE },
  { header: '% Variance from Target', width: 11, format: { ...CENTRE, numberFormat: VARIANCE_NUMBER_FORMAT } },
  { header: 'Performance vs Target', width: 20, format: CENTRE },
  { header: 'DOT', width: 15 },
  { header: 'Trend', width: 15 },
  { header: 'Comparative Performance', width: 16, format: CENTRE },
];

/** A figure with the unit it was typed with, shown back as typed: "21 days", "£1,204,330" (issue 7). */
function withUnit(value: number, unit: string): string {
  const shown = ukNumber(6).format(Number(value.toPrecision(12)));
  if (/^[£$€]$/.test(unit)) return value < 0 ? `-${unit}${shown.slice(1)}` : `${unit}${shown}`;
  return `${shown} ${unit}`;
}

function listRow(s: IndicatorScore, showPriority: boolean): TableCell[] {
  const at = { sheet: s.sheet, cell: cellAddress(s.row, 0) };
  const direction = (d: IndicatorScore['dot']): TableCell => (d ? { value: `${SYMBOL[d]} ${DIRECTION_WORDS[d]}`, format: ragText(s.rag) } : '');
  return [
    showPriority ? s.priorityName : '',
    { value: s.ref ?? '', link: at },
    s.name,
    s.latestValue === null ? '' : s.latestUnit ? withUnit(s.latestValue, s.latestUnit) : s.latestValue,
    s.latestMonth ?? '',
    s.periodTarget === null ? '' : Number(s.periodTarget.toPrecision(12)),
    s.variancePct === null ? '-' : Number((s.variancePct / 100).toPrecision(12)),
    { value: s.status === 'data gap' && s.reason ? `Data gap: ${s.reason}` : STATUS_WORDS[s.status], format: { ...ragFill(s.rag), wrap: true } },
    direction(s.dot),
    direction(s.trend),
    { value: s.quartile ? QUARTILE_WORDS[s.quartile] : 'N/A', format: quartileFill(s.quartile) },
  ];
}

/** Rows of a list; the priority is written on the first row of each priority's block, as the report does. */
function listRows(scores: IndicatorScore[], everyRow = false): TableCell[][] {
  return scores.map((s, i) => listRow(s, everyRow || i === 0 || scores[i - 1].priority !== s.priority));
}

function list(s: SheetCanvas, row: number, title: string, explanation: string, scores: IndicatorScore[], everyRow = false): number {
  s.heading(row, title);
  s.note(row + 1, explanation);
  if (scores.length === 0) {
    s.put(row + 2, 0, 'None this quarter.');
    return row + 4;
  }
  return s.table(row + 2, 0, LIST_COLUMNS, listRows(scores, everyRow)) + 1;
}

export function highlightsSheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const q = result.quarter;
  s.heading(0, `Tier 1 and highlights – ${q}`, 16);
  s.note(1, `From '${names.summary}'. Each Ref links to its indicator's row.`);
  let row = 3;
  row = list(s, row, `Tier 1 Performance – ${q}`, 'Every Tier 1 indicator: performance against target, direction of travel and comparative performance.', result.indicators.filter(isTier1));
  row = list(s, row, 'Strong performance', '1st or 2nd quartile, and direction of travel improving or the same.', result.indicators.filter(isStrongPerformance));
  row = list(s, row, 'Requires improvement', '3rd or 4th quartile, and direction of travel worsening or the same.', result.indicators.filter(requiresImprovement));
  list(s, row, 'All indicators', `Every indicator scored for ${q}, in workbook order.`, result.indicators, true);
  s.freezeRows(1);
  return s.finish(names.highlights, 'highlights', TAB_COLOUR);
}

export const SEVERITY_WORDS: Record<Finding['severity'], string> = { warning: 'Check', info: 'Note' };

export function findingsSheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const f = result.findings;
  s.heading(0, `Data-quality findings – ${result.quarter}`, 16);
  s.note(1, `${plural(f.length, 'finding')}. "Check" may change a figure or a colour in the report; "Note" is for information. Each cell address links to the cell.`);
  if (f.length === 0) {
    s.put(3, 0, 'No findings: nothing to check before the report goes to Cabinet.');
  } else {
    const columns: TableColumn[] = [
      { header: '#', width: 5, format: CENTRE },
      { header: 'Severity', width: 9, format: CENTRE },
      { header: 'Sheet', width: 26 },
      { header: 'Cell', width: 7, format: CENTRE },
      { header: 'Ref', width: 10 },
      { header: 'Finding', width: 100, format: { wrap: true } },
    ];
    const rows: TableCell[][] = f.map((x, i) => [
      i + 1,
      { value: SEVERITY_WORDS[x.severity], format: x.severity === 'warning' ? ragFill('amber') : {} },
      x.sheet,
      { value: x.cell, link: { sheet: x.sheet, cell: x.cell } },
      x.ref ?? '',
      x.message,
    ]);
    s.table(3, 0, columns, rows);
    s.freezeRows(4);
  }
  s.width(0, 5);
  return s.finish(names.findings, 'findings', TAB_COLOUR);
}
