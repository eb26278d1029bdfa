/**
 * Issue 7 findings about how indicators are judged: tables with no polarity column (one finding for
 * the whole workbook, listed first), a typed Status / RAG the figures contradict, and cells of the
 * band and tolerance-mode columns that cannot be read.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, Rag } from '../model';
import { FIELD_LABELS } from '../read/headers';
import { finding } from '../catalogue';
import { timeMeasureWithoutPolarity } from '../rules/time-name';
import { figureText } from '../read/number-formats-text';
import { figure, percent, plural, quote, STATUS_WORDS, statusWordsOf, who } from '../words';

/**
 * Tables with no Higher / Lower is better? column: higher is taken as better for their indicators
 * (except those whose target says which way is better: "≥ 95%", or a range, which is two-sided). One Check finding for the whole workbook, at
 * the first such table's header, naming how many indicators it affects and what to add — not one per
 * row or per table. Null when every table has the column.
 */
export function noPolarityColumnFinding(tables: IndicatorTable[]): Finding | null {
  const lacking = tables.filter((t) => t.columns.polarity === undefined);
  // A target with a comparator ("≥ 95%") or typed as a range says which way is better.
  // A time with no polarity is not rated, not taken as higher (read/time-polarity.ts): its own Check says so.
  const assumed = lacking.flatMap((t) =>
    t.rows.filter(
      (r) =>
        !r.targetRange &&
        r.polaritySource !== 'target' &&
        r.polaritySource !== 'label' &&
        r.scaleProblem?.polarity !== true &&
        !timeMeasureWithoutPolarity(r),
    ),
  );
  if (lacking.length === 0 || assumed.length === 0) return null;
  const first = lacking[0];
  const where =
    lacking.length === 1
      ? `The table ${quote(first.groupName ?? first.priorityName)} on '${first.sheet}' (header row ${first.headerRow + 1}) has`
      : `${lacking.length} tables (${lacking.map((t) => `${quote(t.groupName ?? t.priorityName)} on '${t.sheet}'`).join(', ')}) have`;
  const n = assumed.length;
  return finding({
    kind: 'no-polarity-column',
    at: { sheet: first.sheet, row: first.headerRow, col: 0 },
    ref: null,
    where,
    indicators: `${n === 1 ? 'its' : plural.word(lacking.length, 'its', 'their')} ${plural(n, 'indicator')}`,
    eachTable: lacking.length === 1 ? '' : ' of each table',
  });
}

const RAG_WORDS: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

/**
 * A Status / RAG the analyst typed that disagrees with the status the figures give: a Check. In a
 * column of the analyst's (read/status-column.ts) the typed value is kept and the Check says so; in the
 * product's column it is found before the product writes its own status over it (and still found when
 * the workbook is scored again: the typed value is read back from the undo journal).
 */
export function typedStatusFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore): Finding[] {
  const typed = row.typedStatus?.value ?? null;
  const col = table.columns.status;
  if (typed === null || col === undefined || typed === score.rag) return [];
  const raw = String(row.typedStatus!.raw).trim();
  const typedText =
    raw.toLowerCase() === RAG_WORDS[typed].toLowerCase() ? RAG_WORDS[typed] : `${quote(raw)} (${RAG_WORDS[typed]})`;
  const says =
    score.rag === null
      ? `the figures give ${statusWordsOf(score).toLowerCase()}${score.reason ? ` (${quote(score.reason)})` : ''}, so no colour`
      : `the figures give ${RAG_WORDS[score.rag]} (${STATUS_WORDS[score.status].toLowerCase()}${evidence(score)})`;
  return [
    finding({
      kind: 'typed-status-disagrees',
      at: { sheet: row.sheet, row: row.row, col: col },
      ref: row.ref,
      who: who(row),
      typed: typedText,
      says,
      written: quote(statusWordsOf(score)),
      ...(row.statusOwner ? { kept: true } : {}),
    }),
  ];
}

function evidence(s: IndicatorScore): string {
  if (s.latestValue === null || s.periodTarget === null) return '';
  const v = s.variancePct === null ? '' : `, ${percent(s.variancePct)}`;
  return `: ${figureText(s.latestValue, s.latestFormat)} against a target of ${figureText(s.periodTarget, s.targetFormat)}${v}`;
}

const WHAT: Record<NonNullable<IndicatorRow['ruleProblems']>[number]['field'], string> = {
  greenBand: "is not a band of 0 or more; the workbook's green band is used",
  amberBand: "is not a band of 0 or more; the workbook's amber band is used",
  toleranceMode: "is not Relative, Points or Absolute; the workbook's tolerance mode is used",
};

/**
 * Band and tolerance-mode cells that cannot be read, a tolerance over 100 that is not an absolute
 * amount, and bands on an indicator that is not two-sided.
 */
export function ruleCellFindings(table: IndicatorTable, row: IndicatorRow, score: IndicatorScore): Finding[] {
  const out: Finding[] = [];
  if (
    row.toleranceAmount !== undefined &&
    (score.toleranceMode ?? 'relative') !== 'absolute' &&
    table.columns.tolerance !== undefined
  ) {
    out.push(
      finding({
        kind: 'tolerance-over-100',
        at: { sheet: row.sheet, row: row.row, col: table.columns.tolerance },
        ref: row.ref,
        who: who(row),
        amount: figure(row.toleranceAmount),
      }),
    );
  }
  for (const p of row.ruleProblems ?? []) {
    const col = table.columns[p.field];
    if (col === undefined) continue;
    out.push(
      finding({
        kind: 'rule-cell-unread',
        at: { sheet: row.sheet, row: row.row, col: col },
        ref: row.ref,
        who: who(row),
        label: FIELD_LABELS[p.field].toLowerCase(),
        text: quote(p.text),
        what: WHAT[p.field],
      }),
    );
  }
  if (row.rangeOverPolarity !== undefined && row.targetRange) {
    out.push(
      finding({
        kind: 'range-over-polarity',
        at: { sheet: row.sheet, row: row.row, col: table.columns.target ?? 0 },
        ref: row.ref,
        who: who(row),
        low: figure(row.targetRange.low),
        high: figure(row.targetRange.high),
        cellSays: quote(row.rangeOverPolarity),
        higher: row.polarity === 'higher',
      }),
    );
  }
  if (row.polarity !== 'close' && (row.greenBand != null || row.amberBand != null)) {
    const col = table.columns.greenBand ?? table.columns.amberBand ?? 0;
    out.push(
      finding({
        kind: 'bands-not-used',
        at: { sheet: row.sheet, row: row.row, col: col },
        ref: row.ref,
        who: who(row),
        polarity: row.polarity === 'lower' ? 'lower' : 'higher',
      }),
    );
  }
  return out;
}
