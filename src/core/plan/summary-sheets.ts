/**
 * The sheets scoring generates (README.md, "What it reads, what it writes"), laid out for people: headings, bordered tables, words as
 * well as colours. "Q3 Summary" holds the count tables, "Q3 Highlights" the Tier 1 table, the two
 * highlight tables and every indicator, "Q3 Findings" the data-quality findings.
 */
import type {
  CellValue,
  CountTable,
  FigureFormat,
  Finding,
  IndicatorScore,
  Rag,
  ScoreResult,
  Organisation,
} from '../model';
import { percentAsFraction, toSignificant } from '../rules/rounding';
import { cellAddress } from '../a1';
import {
  directionColumns,
  directionCounts,
  dotKeyWords,
  organisationWords,
  plural,
  targetColumns,
  targetCounts,
} from '../vocabulary';
import { reasonWords, statusWordsOf, ukNumber } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName } from '../periods';
import { highlightsRule, improvementNeeded, strongPerformers } from '../score/highlights';
import { breakdownSentence, countedIndicators } from '../score/area-breakdowns';
import { zeroTargetText } from './owned-cells';
import { SheetCanvas, type TableCell, type TableColumn } from './canvas';
import {
  DIRECTION_WORDS,
  QUARTILE_WORDS,
  STATUS_WORDS,
  SYMBOL,
  VARIANCE_NUMBER_FORMAT,
  quartileFill,
  ragFill,
  ragText,
} from './styles';
import type { CellFormat, SheetContent } from './types';
import {
  groupByPriority,
  isTier1,
  namedTolerance,
  noneListed,
  rulesSentence,
  toleranceHeadline,
} from '../score/summaries';
import { quarterWords } from '../score/term-period';

export interface SheetNames {
  summary: string;
  highlights: string;
  findings: string;
}

/**
 * Each generated sheet's title, in A1, for a quarter label ("Q3 2020/21"): written by the sheets below
 * and read back by `generatedSheetRole`, which recognises the product's sheets by their content.
 */
export const SHEET_TITLES: Record<SheetContent['role'], (quarter: string) => string> = {
  summary: (q) => `Performance Scorecard – ${q}`,
  highlights: (q) => `Tier 1 and highlights – ${q}`,
  findings: (q) => `Data-quality findings – ${q}`,
};
/** The Summary's first heading: "Executive summary – the whole council" (or force, service … : vocabulary organisationWords). */
const executiveHeading = (result: ScoreResult) => `Executive summary – the whole ${organisationWords(result).noun}`;
const EXECUTIVE_HEADING = /^Executive summary – the whole [a-z]+$/;
/** The Findings sheet's line when there are none: "… before the report goes to Cabinet." for a council. */
const noFindings = (result: ScoreResult) => `No findings: nothing to check ${organisationWords(result).before}.`;
const NO_FINDINGS = /^No findings: nothing to check before the report goes /;

const CENTRE: CellFormat = { hAlign: 'center' };
/** Centred and wrapped: a word too long for its column ("Missed (target 0)" under % Variance). */
const WRAPPED_CENTRE: CellFormat = Object.freeze({ hAlign: 'center', wrap: true });
const BOLD: CellFormat = { bold: true };
/**
 * The Summary's own cell formats, made once (issue 11): a format made afresh on every run is keyed
 * afresh by withFormat and the format groups; one made once is found by identity.
 */
const PRIORITY_NAME: CellFormat = Object.freeze({ wrap: true, hAlign: 'left' });
const COUNCIL_NAME: CellFormat = Object.freeze({ ...BOLD, hAlign: 'left' });
const ITALIC: CellFormat = Object.freeze({ italic: true });
const NO_KEY_COLOUR: CellFormat = Object.freeze({});
const KEY_FORMATS = new WeakMap<CellFormat, CellFormat>();
const WRAPPED_KEY_FORMATS = new WeakMap<CellFormat, CellFormat>();
/** Column A's width in characters: the key's boxes and the priorities' names. */
const KEY_WIDTH = 44;

/**
 * A row of the key: bordered, in its colours; wrapped where its text is longer than column A is wide, so
 * that it stays inside its box (the adapters give a wrapped row its height) rather than spilling over the
 * next columns (seen rendering with LibreOffice: "Off target, within tolerance (close to target: …)").
 * Text that fits is not wrapped, so a key that always fitted (the St Helens example's) is written as before.
 */
function keyFormat(format: CellFormat, text: string): CellFormat {
  const wrap = text.length > KEY_WIDTH;
  const cache = wrap ? WRAPPED_KEY_FORMATS : KEY_FORMATS;
  let f = cache.get(format);
  if (!f) cache.set(format, (f = Object.freeze({ border: 'thin', ...format, ...(wrap ? { wrap: true } : {}) })));
  return f;
}
const TAB_COLOUR = '1F4E78';

/** "a 5% tolerance" as before; "a tolerance of 1 percentage point" in another mode (issue 7). */
function toleranceNote(result: ScoreResult): string {
  return toleranceHeadline(result);
}

function targetHeaders(result: ScoreResult): string[] {
  return targetColumns(result, 'sheet').map((c) => c.header);
}

function countsRow(c: CountTable, result: ScoreResult): number[] {
  return [
    ...targetCounts(c, targetColumns(result, 'sheet')),
    ...directionCounts(c, 'dot'),
    ...directionCounts(c, 'trend'),
  ];
}

/** A sentence followed by a space, or nothing where it is empty. */
const withSpace = (sentence: string) => (sentence === '' ? '' : `${sentence} `);

export function summarySheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const ex = result.executiveSummary;
  const priorityCount = result.priorities.length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  s.heading(0, SHEET_TITLES.summary(quarterWords(result)), 16);
  const rules = rulesSentence(result);
  s.note(
    1,
    `${plural(ex.total, 'indicator')} in ${plural(priorityCount, 'priority', 'priorities')}, scored against ${toleranceNote(result)}. ${rules ? `${rules} ` : ''}${withSpace(breakdownSentence(result.indicators))}Every colour is also written in words.`,
  );
  s.note(
    2,
    `Tier 1 and the highlight tables are on '${names.highlights}'; ${plural(result.findings.length, 'data-quality finding')} (${warnings} to check) on '${names.findings}'.`,
  );

  const words = organisationWords(result);
  s.heading(4, executiveHeading(result));
  // The council's tables start in column B, under the same columns as the priority table below.
  // Excel's Good / Neutral / Bad colours, the shared RAG fills ({ fill, fontColor }, as COLOURS gives them).
  const rag = (c: Rag): CellFormat => ragFill(c);
  const councilTable = (top: number, headers: string[], counts: number[]) =>
    s.table(
      top,
      0,
      [{ header: '' }, ...headers.map((header) => ({ header, format: CENTRE }))],
      [[{ value: words.row, format: BOLD }, ...counts]],
    );
  let row = councilTable(5, targetHeaders(result), targetCounts(ex, targetColumns(result, 'sheet')));
  s.format(5, 2, rag('green'));
  s.format(5, 3, rag('amber'));
  s.format(5, 4, rag('red'));
  for (const m of ['dot', 'trend'] as const)
    row = councilTable(
      row + 1,
      directionColumns(m, 'sheet', 'council', words.total).map((c) => c.header),
      directionCounts(ex, m),
    );

  row += 1;
  s.heading(row, 'Performance by priority');
  s.note(row + 1, `The whole-${words.noun} row is the sum of the priorities above it.`);
  const directionHeaders = (['dot', 'trend'] as const).flatMap((m) =>
    directionColumns(m, 'sheet', 'priority').map((c) => c.header),
  );
  const headers = ['Priority', ...targetHeaders(result), ...directionHeaders];
  const top = row + 2;
  const body: TableCell[][] = result.priorities.map((p) => [
    { value: p.priorityName, format: PRIORITY_NAME },
    ...countsRow(p, result),
  ]);
  body.push([
    { value: words.row, format: COUNCIL_NAME },
    ...countsRow(ex, result).map((n) => ({ value: n, format: BOLD })),
  ]);
  row = s.table(
    top,
    0,
    headers.map((header, i) => ({ header, format: i === 0 ? undefined : CENTRE })),
    body,
  );
  s.format(top, 2, rag('green'));
  s.format(top, 3, rag('amber'));
  s.format(top, 4, rag('red'));

  row += 1;
  s.heading(row, 'Key');
  const key: [string, CellFormat][] = [
    ['On or better than target', ragFill('green')],
    ...amberAndRedKey(result),
    ...dotKeyWords(result).map((text): [string, CellFormat] => [text, NO_KEY_COLOUR]),
    ['■ First reported period', NO_KEY_COLOUR],
    ['1st Quartile (top 25%)', quartileFill(1)],
    ['2nd Quartile', quartileFill(2)],
    ['3rd Quartile', quartileFill(3)],
    ['4th Quartile (bottom 25%)', quartileFill(4)],
    ...notRatedKey(result, names),
  ];
  key.forEach(([text, format], i) => s.put(row + 1 + i, 0, text, keyFormat(format, text)));

  s.width(0, KEY_WIDTH);
  for (let c = 1; c < headers.length; c++) s.width(c, 12);
  s.freezeRows(1);
  return s.finish(names.summary, 'summary', TAB_COLOUR);
}

/**
 * Where some indicator is not rated, what No target and Not rated each count, so that neither is read as
 * the other (session 9 closing note, noticed item 3). None otherwise: the St Helens example's key is as it was.
 */
function notRatedKey(result: ScoreResult, names: SheetNames): [string, CellFormat][] {
  if (!(result.executiveSummary.notRated > 0)) return [];
  return [
    ['No target: none is set for the quarter', NO_KEY_COLOUR],
    [
      `Not rated: it has a target but cannot be judged against it this quarter; why is on '${names.highlights}', what to do on '${names.findings}'`,
      NO_KEY_COLOUR,
    ],
  ];
}

/**
 * The key's amber and red rows: "within 5%" (or "within 1 percentage point" in points mode) when one
 * tolerance applies to all, else in words that are true of every indicator.
 */
function amberAndRedKey(result: ScoreResult): [string, CellFormat][] {
  const named = namedTolerance(result);
  if (named !== null) {
    return [
      [`Off target, within ${named}`, ragFill('amber')],
      [`Worse than target by more than ${named}`, ragFill('red')],
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

/** The status cell's format for each RAG (and none): made once and shared, so that it is combined with its column's by identity (issue 11). */
const STATUS_FORMATS = new Map<Rag | null, CellFormat>(
  ([null, 'green', 'amber', 'red'] as (Rag | null)[]).map((r) => [r, Object.freeze({ ...ragFill(r), wrap: true })]),
);

function statusFormat(rag: Rag | null): CellFormat {
  return STATUS_FORMATS.get(rag)!;
}

/** A number format's cell format, made once per code and shared, so that it is combined by identity (issue 11). */
const NUMBER_FORMATS = new Map<string, CellFormat>();

/**
 * A figure copied from the analyst's workbook, as its cell shows it: the cell's number format kept
 * ("02:10" stays mm:ss, 95.5% stays 0.0%, £480,000 stays £#,##0), the figure as the cell holds it
 * (a percentage held in percent units written as the fraction the format shows), not rounded, so that
 * the copy equals its source cell. `plain`: the figure without a format, as before.
 */
function asShown(value: number, format: FigureFormat | undefined, plain: number): TableCell {
  if (!format) return plain;
  let numberFormat = NUMBER_FORMATS.get(format.code);
  if (!numberFormat) NUMBER_FORMATS.set(format.code, (numberFormat = Object.freeze({ numberFormat: format.code })));
  return { value: format.percentUnits ? percentAsFraction(value) : value, format: numberFormat };
}

/**
 * The lists' DOT and Trend cells by direction and RAG, their Comparative Performance cells by quartile
 * and their status cells (without a reason) by status and RAG: a handful of cells, made once and shared
 * by every row (issue 11); read only (SheetCanvas.table copies what it needs).
 */
const DIRECTION_CELLS = new Map<IndicatorScore['dot'], Map<Rag | null, TableCell>>();
const QUARTILE_CELLS = new Map<IndicatorScore['quartile'], TableCell>();
const STATUS_CELLS = new Map<IndicatorScore['status'], Map<Rag | null, TableCell>>();

function directionCell(d: IndicatorScore['dot'], rag: Rag | null): TableCell {
  if (!d) return '';
  let byRag = DIRECTION_CELLS.get(d);
  if (!byRag) DIRECTION_CELLS.set(d, (byRag = new Map()));
  let cell = byRag.get(rag);
  if (!cell)
    byRag.set(rag, (cell = Object.freeze({ value: `${SYMBOL[d]} ${DIRECTION_WORDS[d]}`, format: ragText(rag) })));
  return cell;
}

function quartileCell(q: IndicatorScore['quartile']): TableCell {
  let cell = QUARTILE_CELLS.get(q);
  if (!cell)
    QUARTILE_CELLS.set(q, (cell = Object.freeze({ value: q ? QUARTILE_WORDS[q] : 'N/A', format: quartileFill(q) })));
  return cell;
}

/** "Below median" / "Above median" (score/benchmark-quartile.ts): words only, no quartile's fill. */
function halfCell(half: 'above median' | 'below median'): TableCell {
  return half === 'above median' ? 'Above median' : 'Below median';
}

function statusCell(s: IndicatorScore): TableCell {
  if (s.reason) return { value: `${statusWordsOf(s)}: ${reasonWords(s.reason)}`, format: statusFormat(s.rag) };
  let byRag = STATUS_CELLS.get(s.status);
  if (!byRag) STATUS_CELLS.set(s.status, (byRag = new Map()));
  let cell = byRag.get(s.rag);
  if (!cell) byRag.set(s.rag, (cell = Object.freeze({ value: STATUS_WORDS[s.status], format: statusFormat(s.rag) })));
  return cell;
}

function listRow(s: IndicatorScore, showPriority: boolean): TableCell[] {
  return [
    showPriority ? s.priorityName : '',
    { value: s.ref ?? '', link: { sheet: s.sheet, cell: cellAddress(s.row, 0) } },
    s.name,
    s.latestValue === null
      ? ''
      : s.latestUnit
        ? withUnit(s.latestValue, s.latestUnit)
        : asShown(s.latestValue, s.latestFormat, s.latestValue),
    s.latestPeriod ?? (s.latestMonth === null ? '' : periodName(s.latestMonth)),
    s.periodTarget === null ? '' : asShown(s.periodTarget, s.targetFormat, toSignificant(s.periodTarget, 12)),
    // A target of 0 judged (met or missed) says so, as the variance cell on the analyst's sheet does:
    // "-" read as no target (session 9, fresh-user check 3; docs/workbook.md, "Target 0").
    // Wrapped, in the narrow variance column: "Missed (target 0)" was cut off (fresh-user check 7, item 10).
    s.variancePct === null
      ? s.rag !== null
        ? { value: zeroTargetText(s.rag), format: WRAPPED_CENTRE }
        : '-'
      : percentAsFraction(s.variancePct),
    statusCell(s),
    directionCell(s.dot, s.rag),
    directionCell(s.trend, s.rag),
    s.quartile === null && s.benchmarkHalf ? halfCell(s.benchmarkHalf) : quartileCell(s.quartile),
  ];
}

/** Columns of LIST_COLUMNS that hold figures copied from the analyst's cells: Latest value, Target. */
const LATEST_COLUMN = 3;
const TARGET_COLUMN = 5;

/** The characters a copied figure takes as its format shows it; 0 for a figure in General (never "###"). */
function shownWidth(value: number, format: FigureFormat | undefined, unit: string | null = null): number {
  if (unit) return withUnit(value, unit).length;
  return format ? figureText(value, format).length : 0;
}

/**
 * Widens a list's Latest value and Target columns to its widest figure as the figure's format shows it
 * (plus two characters), so that Excel never shows "###" for a formatted figure too wide for its column
 * (a £25,000,000 target in the 10-character Target column; session 7 fresh-user check). A figure in
 * General never needs it: Excel shows it in fewer digits. Widths only grow (SheetCanvas.width). `scores`:
 * the indicators whose rows the list writes.
 */
function fitFigureColumns(s: SheetCanvas, scores: IndicatorScore[]): void {
  let latest = 0;
  let target = 0;
  for (let i = 0; i < scores.length; i++) {
    const x = scores[i];
    if (x.latestValue !== null) latest = Math.max(latest, shownWidth(x.latestValue, x.latestFormat, x.latestUnit));
    if (x.periodTarget !== null) target = Math.max(target, shownWidth(x.periodTarget, x.targetFormat));
  }
  if (latest > 0) s.width(LATEST_COLUMN, Math.min(latest + 2, 40));
  if (target > 0) s.width(TARGET_COLUMN, Math.min(target + 2, 40));
}

/** Rows of a list; the priority is written on the first row of each priority's block, as the report does. */
function listRows(scores: IndicatorScore[], everyRow = false): TableCell[][] {
  return scores.map((s, i) => listRow(s, everyRow || i === 0 || scores[i - 1].priority !== s.priority));
}

/**
 * How the Highlights sheet stays useful at county scale (issue 10 item 5; docs/workbook.md, "The
 * Highlights sheet at county scale"): a priority's block in the Tier 1, strong performance and
 * requires improvement lists shows at most this many indicators, the most notable first, and says how
 * many more there are and where; and every indicator is listed only up to ALL_INDICATORS_LISTED.
 */
export const HIGHLIGHTS_PER_PRIORITY = 25;
export const ALL_INDICATORS_LISTED = 1000;

/** The order of "most notable first" within a priority's block of a list that is cut. */
export type Notable = (a: IndicatorScore, b: IndicatorScore) => number;

const STATUS_RANK: Record<IndicatorScore['status'], number> = {
  'off target': 0,
  'within tolerance': 1,
  'data gap': 2,
  'no target': 3,
  'not rated': 3,
  'on target': 4,
  'not due': 5,
};
/** By variance, `sign` 1 lowest first, -1 highest first; no variance last. */
function byVariance(a: IndicatorScore, b: IndicatorScore, sign: 1 | -1): number {
  if (a.variancePct === null || b.variancePct === null)
    return (a.variancePct === null ? 1 : 0) - (b.variancePct === null ? 1 : 0);
  return sign * (a.variancePct - b.variancePct);
}
const worstVariance: Notable = (a, b) => byVariance(a, b, 1);
const bestVariance: Notable = (a, b) => byVariance(a, b, -1);
const DOT_RANK = (d: IndicatorScore['dot'], first: IndicatorScore['dot']) => (d === first ? 0 : 1);

/** Tier 1: worst against target first (off target, within tolerance, data gaps, no target, on target), furthest below target first. */
export const WORST_AGAINST_TARGET: Notable = (a, b) =>
  STATUS_RANK[a.status] - STATUS_RANK[b.status] || worstVariance(a, b);
/** Strong performance: 1st quartile before 2nd, improving before the same, then furthest above target. */
export const BEST_FIRST: Notable = (a, b) =>
  (a.quartile ?? 5) - (b.quartile ?? 5) || DOT_RANK(a.dot, 'up') - DOT_RANK(b.dot, 'up') || bestVariance(a, b);
/** Requires improvement: 4th quartile before 3rd, worsening before the same, then furthest below target. */
export const WORST_FIRST: Notable = (a, b) =>
  (b.quartile ?? 0) - (a.quartile ?? 0) || DOT_RANK(a.dot, 'down') - DOT_RANK(b.dot, 'down') || worstVariance(a, b);

function list(
  s: SheetCanvas,
  row: number,
  title: string,
  explanation: string,
  scores: IndicatorScore[],
  cut?: { what: string; notable: Notable; order: string },
  everyRow = false,
  none = 'None this quarter.',
): number {
  s.heading(row, title);
  if (scores.length === 0) {
    s.note(row + 1, explanation);
    s.put(row + 2, 0, none);
    return row + 4;
  }
  const blocks = cut ? [...groupByPriority(scores).values()] : [];
  if (!cut || blocks.every((b) => b.length <= HIGHLIGHTS_PER_PRIORITY)) {
    s.note(row + 1, explanation);
    fitFigureColumns(s, scores);
    return s.table(row + 2, 0, LIST_COLUMNS, listRows(scores, everyRow)) + 1;
  }
  s.note(
    row + 1,
    `${explanation} Where a priority has more than ${HIGHLIGHTS_PER_PRIORITY}, ${cut.order} are listed and the rest counted.`,
  );
  const rows: TableCell[][] = [];
  for (const block of blocks) {
    const shown =
      block.length <= HIGHLIGHTS_PER_PRIORITY ? block : mostNotable(block, cut.notable, HIGHLIGHTS_PER_PRIORITY);
    // Fitted to the figures written, not to every indicator of a county's list (issue 11).
    fitFigureColumns(s, shown);
    rows.push(...listRows(shown));
    if (block.length > shown.length) rows.push(moreRow(block, block.length - shown.length, cut.what));
  }
  return s.table(row + 2, 0, LIST_COLUMNS, rows) + 1;
}

/**
 * The first `count` of a block in `notable` order, ties in workbook order: the same as a stable sort of
 * the whole block cut to `count`, without sorting thousands of indicators to show 25 (issue 11). Each
 * indicator is compared with the last of those kept so far, and put in its place among them only when
 * it comes before it.
 */
export function mostNotable(scores: IndicatorScore[], notable: Notable, count: number): IndicatorScore[] {
  const kept: IndicatorScore[] = [];
  for (let i = 0; i < scores.length; i++) {
    const x = scores[i];
    // Strictly before: an equal one later in the workbook comes after (a stable sort's order).
    if (kept.length === count && !(notable(x, kept[count - 1]) < 0)) continue;
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && notable(x, kept[at - 1]) < 0) at--;
    if (kept.length === count) kept.pop();
    kept.splice(at, 0, x);
  }
  return kept;
}

/** "… and 1,142 more Tier 1 indicators in this priority, scored on their rows of 'P1 Children'." */
function moreRow(block: IndicatorScore[], more: number, what: string): TableCell[] {
  const sheets = [...new Set(block.map((x) => x.sheet))];
  const where = sheets.length <= 3 ? sheets.map((n) => `'${n}'`).join(', ') : `${sheets.length} sheets`;
  const text = `… and ${ukNumber(0).format(more)} more ${what} in this priority (${ukNumber(0).format(block.length)} in all), scored on their rows of ${where}.`;
  return ['', '', { value: text, format: ITALIC }, '', '', '', '', '', '', '', ''];
}

/**
 * Why an indicator off target is among the strong performers: the report's rule looks at the comparative
 * quartile and the direction of travel only (SPEC §3; the St Helens report's "1st or 2nd quartile, and
 * where direction of travel is showing improvement or remaining the same"), so a red one can be listed.
 * Said where one is (fresh-user check 7, item 7: ECON1, 54.67% below target, 2nd quartile and improving,
 * was listed with nothing said); empty otherwise.
 */
export function offTargetYetStrong(strong: readonly IndicatorScore[]): string {
  const off = strong.filter((i) => i.status === 'off target').map((i) => i.ref ?? i.name);
  if (off.length === 0) return '';
  const shown = off.length <= 5 ? off.join(', ') : `${off.slice(0, 5).join(', ')} and ${off.length - 5} more`;
  return ` Listed for comparison with other authorities, whatever the performance against target (the report's rule): ${shown} ${off.length === 1 ? 'is' : 'are'} off target.`;
}

/**
 * How the strong performance and requires improvement lists are chosen, in the report's words (SPEC §3;
 * core/score/summaries.ts isStrongPerformance, requiresImprovement): the Highlights sheet's notes and the
 * task pane's lists say the same.
 */
export const HIGHLIGHT_RULES = {
  strong: '1st or 2nd quartile, and direction of travel improving or the same.',
  improvement: '3rd or 4th quartile, and direction of travel worsening or the same.',
  // No quartile anywhere: chosen against target (core/score/highlights.ts; fresh user 10).
  strongByTarget:
    'No indicator has a quartile, so chosen against target: on target, and direction of travel improving or the same. A Quartile column chooses by comparison with others instead.',
  improvementByTarget:
    'No indicator has a quartile, so chosen against target: off target, and direction of travel worsening or the same. A Quartile column chooses by comparison with others instead.',
  // Some indicators with a quartile and some without, outside a council (core/score/highlights.ts; fresh user 14).
  strongMixed:
    'On target, in the 1st or 2nd quartile (or above the benchmark median) or with no quartile, and direction of travel improving or the same. Some indicators have no quartile, so none below its target is listed here.',
  improvementMixed:
    'Off target, or in the 3rd or 4th quartile (or below the benchmark median), and direction of travel worsening or the same. Some indicators have no quartile, so every one off target is considered, with a quartile or without.',
} as const;

/** The words above the strong performance ('strong') or requires improvement list of these indicators. */
export function highlightRule(
  indicators: readonly IndicatorScore[],
  which: 'strong' | 'improvement',
  organisation?: Organisation,
): string {
  const rule = highlightsRule(indicators, organisation);
  return HIGHLIGHT_RULES[
    rule === 'target' ? (`${which}ByTarget` as const) : rule === 'mixed' ? (`${which}Mixed` as const) : which
  ];
}

export function highlightsSheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const q = result.quarter;
  // Areas' breakdowns are on their sheets, not in Tier 1 or the highlights (score/area-breakdowns.ts).
  const counted = countedIndicators(result.indicators);
  s.heading(0, SHEET_TITLES.highlights(q), 16);
  s.note(1, `From '${names.summary}'. Each Ref links to its indicator's row.`);
  let row = 3;
  row = list(
    s,
    row,
    `Tier 1 Performance – ${q}`,
    'Every Tier 1 indicator: performance against target, direction of travel and comparative performance.',
    counted.filter(isTier1),
    {
      what: 'Tier 1 indicators',
      notable: WORST_AGAINST_TARGET,
      order: `the ${HIGHLIGHTS_PER_PRIORITY} worst against target`,
    },
  );
  const strong = strongPerformers(counted, result.organisation);
  row = list(
    s,
    row,
    'Strong performance',
    highlightRule(counted, 'strong', result.organisation) + offTargetYetStrong(strong),
    strong,
    {
      what: 'strong performers',
      notable: BEST_FIRST,
      order: `the ${HIGHLIGHTS_PER_PRIORITY} best (1st quartile and improving first)`,
    },
    false,
    noneListed(result, `'${names.findings}'`),
  );
  row = list(
    s,
    row,
    'Requires improvement',
    highlightRule(counted, 'improvement', result.organisation),
    improvementNeeded(counted, result.organisation),
    {
      what: 'indicators requiring improvement',
      notable: WORST_FIRST,
      order: `the ${HIGHLIGHTS_PER_PRIORITY} worst (4th quartile and worsening first)`,
    },
    false,
    noneListed(result, `'${names.findings}'`),
  );
  if (result.indicators.length <= ALL_INDICATORS_LISTED) {
    list(
      s,
      row,
      'All indicators',
      `Every indicator scored for ${q}, in workbook order.`,
      result.indicators,
      undefined,
      true,
    );
  } else {
    s.heading(row, 'All indicators');
    s.note(
      row + 1,
      `${ukNumber(0).format(result.indicators.length)} indicators were scored for ${q}: too many to repeat here (they are listed in full up to ${ukNumber(0).format(ALL_INDICATORS_LISTED)}). ` +
        `Each is scored on its own row of its table (% variance, DOT, Trend and quartile), the counts are on '${names.summary}' and the findings on '${names.findings}'.`,
    );
  }
  s.freezeRows(1);
  return s.finish(names.highlights, 'highlights', TAB_COLOUR);
}

const FINDING_COLUMNS: TableColumn[] = [
  { header: '#', width: 5, format: CENTRE },
  { header: 'Severity', width: 9, format: CENTRE },
  { header: 'Sheet', width: 26 },
  { header: 'Cell', width: 7, format: CENTRE },
  { header: 'Ref', width: 10 },
  { header: 'Finding', width: 100, format: { wrap: true } },
];

export const SEVERITY_WORDS: Record<Finding['severity'], string> = { warning: 'Check', info: 'Note' };

/** No format of its own: one object, shared and frozen, so that combining it is looked up by identity (issue 11). */
const NO_FORMAT: CellFormat = Object.freeze({});

export function findingsSheet(result: ScoreResult, names: SheetNames): SheetContent {
  const s = new SheetCanvas();
  const f = result.findings;
  s.heading(0, SHEET_TITLES.findings(quarterWords(result)), 16);
  s.note(
    1,
    `${plural(f.length, 'finding')}. "Check" may change a figure or a colour in the report; "Note" is for information. Each cell address links to the cell.`,
  );
  if (f.length === 0) {
    s.put(3, 0, noFindings(result));
  } else {
    const columns = FINDING_COLUMNS;
    const rows: TableCell[][] = f.map((x, i) => [
      i + 1,
      { value: SEVERITY_WORDS[x.severity], format: x.severity === 'warning' ? ragFill('amber') : NO_FORMAT },
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

/** A cell's text as generatedSheetRole compares it, trimmed; '' for a number or an empty cell. */
const textOf = (v: CellValue | undefined): string => (typeof v === 'string' ? v.trim() : '');

/** Whether some row of `values` starts with exactly these headers. */
function hasHeaderRow(values: CellValue[][], headers: string[]): boolean {
  return values.some((r) => headers.every((h, i) => textOf(r[i]) === h));
}

/**
 * Which of the product's generated sheets a grid is, read from its content alone (a sheet the state does
 * not list, the state having been removed by `scorecard reset-state` or the sheet copied): its A1 holds
 * the sheet's title ("Tier 1 and highlights – Q3 2020/21", SHEET_TITLES) and it has the sheet's own
 * distinctive content — the Summary's "Executive summary" heading in column A, the Highlights' list
 * header row, the Findings' header row (or its "No findings" line). Null for any other sheet.
 * @param values the sheet's cells, rows then columns, 0-based (SheetGrid.values)
 */
export function generatedSheetRole(values: CellValue[][]): SheetContent['role'] | null {
  const title = textOf(values[0]?.[0]);
  if (title === '') return null;
  // Asked of every sheet every run: the titles' prefixes and the header rows made once (issue 11).
  const known = (ROLE_SIGNS ??= {
    summary: SHEET_TITLES.summary(''),
    highlights: SHEET_TITLES.highlights(''),
    findings: SHEET_TITLES.findings(''),
    listHeaders: LIST_COLUMNS.map((c) => c.header),
    findingHeaders: FINDING_COLUMNS.map((c) => c.header),
  });
  const titled = (prefix: string) => title.startsWith(prefix) && /^Q[1-4]\b/.test(title.slice(prefix.length));
  if (titled(known.summary) && values.some((r) => EXECUTIVE_HEADING.test(textOf(r[0])))) return 'summary';
  if (titled(known.highlights) && hasHeaderRow(values, known.listHeaders)) return 'highlights';
  if (!titled(known.findings)) return null;
  const none = NO_FINDINGS.test(textOf(values[3]?.[0]));
  if (none || hasHeaderRow(values, known.findingHeaders)) return 'findings';
  return null;
}

/** What generatedSheetRole looks for, made on its first call. */
let ROLE_SIGNS:
  | { summary: string; highlights: string; findings: string; listHeaders: string[]; findingHeaders: string[] }
  | undefined;
