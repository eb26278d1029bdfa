/**
 * The presentation vocabulary, one home for the words and numbers every front end shows (issue 13
 * item 8, issue 12 item 2): the count tables' columns (key and header), the status and direction
 * words, and plurals. The summary sheets, the command line's report, the outcome message and the task
 * pane all take them from here, so "Within 5%" or "Data gaps" cannot drift apart between them.
 */
import type { CountTable, Direction, IndicatorScore, Organisation, ScoreResult, Status } from './model';
import { DIRECTION_WORDS, NOT_RATED, plural, SYMBOL } from './words';
import { isNotRated, withinToleranceLabel, withinWords } from './score/summaries';

/** plural's home is words.ts, the base the rules and the readers can import too. */
export { plural };

export { STATUS_WORDS, DIRECTION_WORDS, QUARTILE_WORDS, SYMBOL } from './words';

/**
 * How the summaries name the organisation and its indicators (read/organisation.ts decides whose workbook
 * it is): a council's report says "the whole council", "Total PIs" and "before the report goes to
 * Cabinet", as the St Helens report does; a police force's "the whole force", a fire and rescue service's
 * "the whole service", an NHS trust's "the whole trust", and a workbook naming more than one kind "the whole
 * organisation" — all with "Total indicators" (PI is a council's word) and "before the report goes out".
 */
export interface OrganisationWords {
  /** "council", "force", "service", "trust", "organisation". */
  noun: string;
  /** The count tables' row and the pane's title: "Whole council". */
  row: string;
  /** The first count column's header: "Total PIs", "Total indicators". */
  total: string;
  /** Indicators in a count: "PIs", "indicators" ("60 PIs in all"). */
  indicators: string;
  /** When the findings are to be checked: "before the report goes to Cabinet". */
  before: string;
}

const NOUNS: Record<Organisation, string> = {
  council: 'council',
  force: 'force',
  fire: 'service',
  nhs: 'trust',
  housing: 'association',
  organisation: 'organisation',
};

const WORDS_OF = new Map<Organisation, OrganisationWords>();

/** The organisation's words for a result (absent `organisation`: a council's). */
export function organisationWords(result: Pick<ScoreResult, 'organisation'> | null | undefined): OrganisationWords {
  const kind: Organisation = result?.organisation ?? 'council';
  let w = WORDS_OF.get(kind);
  if (!w) {
    const noun = NOUNS[kind];
    const council = kind === 'council';
    w = Object.freeze({
      noun,
      row: `Whole ${noun}`,
      total: council ? 'Total PIs' : 'Total indicators',
      indicators: council ? 'PIs' : 'indicators',
      before: council ? 'before the report goes to Cabinet' : 'before the report goes out',
    });
    WORDS_OF.set(kind, w);
  }
  return w;
}

/**
 * The Summary key's three DOT rows ("↑ Better than …", "↓ Worse than …", "↔ No change from …"), in that order.
 *
 * A council's keep the St Helens report's own key ("Better than the last reported outturn", seed report's
 * "KEY - Direction of Travel (DOT)"), where "outturn" is the figure reported for a period: it is true, and
 * every council workbook scored before keeps its Summary word for word. Police, fire, NHS and housing users
 * (sessions 10–12) found "outturn" council wording — to them it is a year's final figure — and said "the
 * previous quarter" / "last period": theirs name what DOT compares with, the last figure reported in an
 * earlier quarter ("the previous reported quarter") or, with DOT against the previous period (settings
 * `dot: 'period'`), the one before it ("the previous reported period"), as the Summary's tolerance note says.
 * Changing these rewrites a scored workbook's Summary at its next rescore (the product's own sheet,
 * regenerated in place; its undo gives back the old wording: docs/workbook.md, "The DOT key's words").
 */
export function dotKeyWords(result: Pick<ScoreResult, 'organisation' | 'dotComparison'>): [string, string, string] {
  const kind: Organisation = result.organisation ?? 'council';
  const since =
    kind === 'council'
      ? 'the last reported outturn'
      : result.dotComparison === 'period'
        ? 'the previous reported period'
        : 'the previous reported quarter';
  return [
    `${SYMBOL.up} Better than ${since}`,
    `${SYMBOL.down} Worse than ${since}`,
    `${SYMBOL.same} No change from ${since}`,
  ];
}

/**
 * One column of a count table: which count, the status it counts (none for the total), its header,
 * and the count as a sentence says it ("29 on target", "1 data gap": the outcome message).
 */
export interface CountColumn {
  key: keyof CountTable;
  status: Status | null;
  header: string;
  phrase: (n: number) => string;
  /** Whether an indicator is counted in this column (the total holds every indicator counted). */
  holds: (s: IndicatorScore) => boolean;
}

type ColumnBase = Pick<CountColumn, 'key' | 'status' | 'holds'> & Partial<Pick<CountColumn, 'header' | 'phrase'>>;

const withStatus =
  (status: Status) =>
  (s: IndicatorScore): boolean =>
    s.status === status;

/** The target count columns; the within-tolerance column's header and phrase depend on the result (targetColumns). */
const TARGET_COLUMNS: ColumnBase[] = [
  {
    key: 'total',
    status: null,
    header: 'Total PIs',
    phrase: (n) => plural(n, 'indicator'),
    holds: (s) => s.status !== 'not due',
  },
  {
    key: 'onTarget',
    status: 'on target',
    header: 'On target',
    phrase: (n) => `${n} on target`,
    holds: withStatus('on target'),
  },
  { key: 'withinTolerance', status: 'within tolerance', holds: withStatus('within tolerance') },
  {
    key: 'offTarget',
    status: 'off target',
    header: 'Off target',
    phrase: (n) => `${n} off target`,
    holds: withStatus('off target'),
  },
  {
    key: 'dataGaps',
    status: 'data gap',
    header: 'Data gaps',
    phrase: (n) => plural(n, 'data gap'),
    holds: withStatus('data gap'),
  },
  {
    key: 'noTarget',
    status: 'no target',
    header: 'No target',
    phrase: (n) => `${n} without a target`,
    holds: withStatus('no target'),
  },
];

/**
 * "Not rated" (score/summaries.ts, isNotRated): after No target, and only where some indicator of the
 * result is not rated, so that a workbook with none (the St Helens example) keeps the report's six columns.
 */
const NOT_RATED_COLUMN: ColumnBase = {
  key: 'notRated',
  status: 'not rated',
  header: NOT_RATED,
  phrase: (n) => `${n} not rated`,
  holds: isNotRated,
};

/** The columns of a result: the six, and Not rated where some indicator is not rated. */
function targetColumnBases(result: Pick<ScoreResult, 'executiveSummary'>): ColumnBase[] {
  return result.executiveSummary?.notRated > 0 ? [...TARGET_COLUMNS, NOT_RATED_COLUMN] : TARGET_COLUMNS;
}

/**
 * The target count columns, in the report's order: Total PIs, On target, Within N% (of target), Off
 * target, Data gaps, No target — then Not rated, where some indicator of the result is not rated. `form` 'sheet' is the summary sheets' wording ("Within 5% of target"),
 * 'short' the command line's and the pane's ("Within 5%"); "Within tolerance" when the indicators'
 * tolerances differ (withinToleranceLabel, issue 7). In a sentence the within count reads "8 within
 * 5%", "8 within 5 percentage points" in points mode, "8 within tolerance" when no one figure is true of
 * every indicator (withinWords).
 */
export function targetColumns(result: ScoreResult, form: 'sheet' | 'short'): CountColumn[] {
  const total = organisationWords(result).total;
  return targetColumnBases(result).map((c) => ({
    key: c.key,
    status: c.status,
    header: c.key === 'total' ? total : (c.header ?? withinToleranceLabel(result, form === 'short')),
    phrase: c.phrase ?? ((n: number) => `${n} ${withinWords(result)}`),
    holds: c.holds,
  }));
}

/**
 * The target counts of a count table, in the order of `columns` (targetColumns' for the result whose
 * table it is: with Not rated where the result has it); without `columns`, the report's six.
 */
export function targetCounts(c: CountTable, columns: readonly Pick<CountColumn, 'key'>[] = TARGET_COLUMNS): number[] {
  return columns.map((col) => c[col.key]);
}

/** The two directions the count tables count: DOT (against the previous quarter or period) and Trend. */
export type DirectionMeasure = 'dot' | 'trend';

/** Each direction as a header names it ("DOT", "Trend") and as the terminal's council table names it in full. */
export const DIRECTION_MEASURES: Record<DirectionMeasure, { header: string; name: string }> = {
  dot: { header: 'DOT', name: 'Direction of travel' },
  trend: { header: 'Trend', name: 'Trend' },
};

/** One column of a direction count table: which count, the direction it counts (none for the total), its header. */
export interface DirectionColumn {
  key: keyof CountTable;
  direction: Exclude<Direction, 'first'> | null;
  header: string;
}

const DIRECTION_KEYS: Record<
  DirectionMeasure,
  [keyof CountTable, keyof CountTable, keyof CountTable, keyof CountTable]
> = {
  dot: ['dotTotal', 'dotImproving', 'dotWorsening', 'dotSame'],
  trend: ['trendTotal', 'trendImproving', 'trendWorsening', 'trendSame'],
};

/**
 * A direction's count columns, in the report's order: can be determined (the total), improving,
 * worsening, same. The headers by where they stand:
 * - 'sheet', 'council': the summary sheet's whole-council table ("Total PIs where DOT can be determined", "Improving" …);
 * - 'sheet', 'priority': its table by priority, both directions side by side ("DOT can be determined", "DOT improving" …);
 * - 'short', 'council': the terminal's council table, a direction a row ("Can be determined", "Improving" …);
 * - 'short', 'priority': the terminal's table by priority ("DOT determined", "Improving" …).
 */
export function directionColumns(
  measure: DirectionMeasure,
  form: 'sheet' | 'short',
  table: 'council' | 'priority',
  total = 'Total PIs',
): readonly DirectionColumn[] {
  // Nothing here depends on the workbook but the total's words: each list is made once, frozen and shared (issue 11).
  const key = `${measure}/${form}/${table}/${total}`;
  let columns = DIRECTION_COLUMNS.get(key);
  if (!columns)
    DIRECTION_COLUMNS.set(key, (columns = Object.freeze(makeDirectionColumns(measure, form, table, total))));
  return columns;
}

const DIRECTION_COLUMNS = new Map<string, readonly DirectionColumn[]>();

function makeDirectionColumns(
  measure: DirectionMeasure,
  form: 'sheet' | 'short',
  table: 'council' | 'priority',
  totalWords: string,
): DirectionColumn[] {
  const m = DIRECTION_MEASURES[measure].header;
  const total = {
    sheet: { council: `${totalWords} where ${m} can be determined`, priority: `${m} can be determined` },
    short: { council: 'Can be determined', priority: `${m} determined` },
  }[form][table];
  const word = (d: 'up' | 'down' | 'same') =>
    form === 'sheet' && table === 'priority' ? `${m} ${DIRECTION_WORDS[d].toLowerCase()}` : DIRECTION_WORDS[d];
  const [totalKey, up, down, same] = DIRECTION_KEYS[measure];
  return [
    Object.freeze({ key: totalKey, direction: null, header: total }),
    Object.freeze({ key: up, direction: 'up', header: word('up') }),
    Object.freeze({ key: down, direction: 'down', header: word('down') }),
    Object.freeze({ key: same, direction: 'same', header: word('same') }),
  ];
}

/** A direction's counts of a count table, in directionColumns' order. */
export function directionCounts(c: CountTable, measure: DirectionMeasure): number[] {
  return DIRECTION_KEYS[measure].map((k) => c[k]);
}
