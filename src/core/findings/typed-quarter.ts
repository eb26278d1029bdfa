/**
 * A typed column that belongs to another quarter (helper noise): the St Helens workbook's % variances and
 * DOT arrows are typed as the Q3 report printed them, so scoring Q2 gave 48 "% variance was typed as …"
 * Checks and 28 "DOT was typed as …" Checks, one a row, all saying the same thing: the column is Q3's.
 *
 * Where another quarter's figures give a table's typed variances (or DOT arrows) and the quarter scored's do
 * not, one Check for the table names that quarter, in place of a Check a row. Where most typed variances
 * disagree and no one quarter gives them, one Check names the rows and says the column may be worked out
 * another way. Where only some disagree, each keeps its own Check (findings/typed.ts): those are the
 * overrides and typing slips the per-row Check is for.
 *
 * Thresholds (decisions, not from the spec): at least 2 rows disagree with the quarter scored, and another
 * quarter "gives them" when at least three quarters of the rows it can compare agree with it, more agree
 * with it than with the quarter scored, and it gives at least three quarters of the rows that disagree,
 * and at least 2 of them for variances, 3 for arrows and statuses: an arrow or a RAG word agrees by chance
 * (a three-row table's Q3 statuses, two typed apart, all agreed with Q2's figures: test/cross/status-column). With no such quarter, a variance column is said once where at least 4 rows and three
 * quarters of those compared disagree. A typed arrow agrees by chance more often than a variance to 2 dp
 * (St Helens' Q3 arrows agree with Q2's figures in 8 of 18 rows on P1), so DOT and a typed Status (RAG)
 * are said once only where a quarter is named.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, QuarterNumber } from '../model';
import { finding } from '../catalogue';
import { listed, who } from '../words';
import { typedDotAgrees, typedVarianceAgrees } from './typed';

/** Which typed column: the % variance, the DOT arrow or the RAG status (a Status column's words). */
export type TypedColumn = 'variance' | 'dot' | 'status';

/** A table's typed-column Checks said once: the summary Checks, and which per-row Checks they replace. */
export interface TypedColumnSummary {
  /** One Check a typed column summarised (at most two: variance, DOT). */
  findings: Finding[];
  /** The columns summarised: the per-row Checks of these kinds on this table are replaced. */
  replaces: Set<Finding['kind']>;
}

/** How a row's typed value compares with a quarter's score: true agrees, false disagrees, null cannot tell. */
function agrees(column: TypedColumn, row: IndicatorRow, score: IndicatorScore): boolean | null {
  if (column === 'variance') return typedVarianceAgrees(row, score);
  if (column === 'dot') return typedDotAgrees(row, score);
  // As findings/polarity.ts' typedStatusFindings: a typed status the figures give no colour for disagrees.
  const typed = row.typedStatus?.value ?? null;
  return typed === null ? null : typed === score.rag;
}

/** Each typed column: its column in the table, the kind of its per-row Checks, the kind said once. */
const COLUMNS = [
  { column: 'variance', kind: 'typed-variance-disagrees', once: 'typed-variance-quarter' },
  { column: 'dot', kind: 'typed-dot-disagrees', once: 'typed-dot-quarter' },
  { column: 'status', kind: 'typed-status-disagrees', once: 'typed-status-quarter' },
] as const;

/** At least three quarters of `of`. */
function most(n: number, of: number): boolean {
  return n * 4 >= of * 3;
}

/**
 * The summary Checks of one table's typed variance and DOT columns (see the file's comment), or none.
 *
 * - `scores`: the table's rows' scores at the quarter scored, in row order.
 * - `quarter`: the quarter scored; `others`: the other quarters with figures in the workbook (1–4), the
 *   ones a typed column may belong to.
 * - `scoreAt(i, q)`: row i scored at quarter q (called only for a column where at least 2 rows disagree).
 */
export function typedColumnQuarterFindings(
  table: IndicatorTable,
  scores: IndicatorScore[],
  quarter: QuarterNumber,
  others: QuarterNumber[],
  scoreAt: (i: number, q: QuarterNumber) => IndicatorScore,
): TypedColumnSummary {
  const out: TypedColumnSummary = { findings: [], replaces: new Set() };
  // Rows scored at other quarters, each once, only as needed: the rows that disagree first, the rest only
  // where those rows point to the quarter (a repeated CS-01 in a 50,000-row bench table disagrees on
  // every copy, and must not score the whole table three times over).
  const atQuarter = new Map<QuarterNumber, (IndicatorScore | undefined)[]>();
  const scoreOf = (i: number, q: QuarterNumber): IndicatorScore => {
    let s = atQuarter.get(q);
    if (!s) atQuarter.set(q, (s = new Array<IndicatorScore | undefined>(table.rows.length)));
    return (s[i] ??= scoreAt(i, q));
  };
  for (const { column, kind, once } of COLUMNS) {
    const col = table.columns[column];
    if (col === undefined) continue;
    let compared = 0;
    const disagree: number[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const a = agrees(column, table.rows[i], scores[i]);
      if (a === null) continue;
      compared++;
      if (!a) disagree.push(i);
    }
    if (disagree.length < 2) continue;
    const agreeHere = compared - disagree.length;
    // The other quarters that give the typed column, the best first.
    let best: { q: QuarterNumber; agree: number; compared: number; gives: Set<number> } | null = null;
    let tied = false;
    for (const q of others) {
      const gives = new Set<number>();
      for (const i of disagree) if (agrees(column, table.rows[i], scoreOf(i, q)) === true) gives.add(i);
      if (gives.size < (column === 'variance' ? 2 : 3) || !most(gives.size, disagree.length)) continue;
      let agree = 0;
      let comparedQ = 0;
      for (let i = 0; i < table.rows.length; i++) {
        const a = agrees(column, table.rows[i], scoreOf(i, q));
        if (a === null) continue;
        comparedQ++;
        if (a) agree++;
      }
      if (!most(agree, comparedQ) || agree <= agreeHere) continue;
      const better = best === null ? 1 : agree * best.compared - best.agree * comparedQ;
      if (better > 0) {
        best = { q, agree, compared: comparedQ, gives };
        tied = false;
      } else if (better === 0) tied = true;
    }
    const at = { sheet: table.sheet, row: table.headerRow, col };
    if (best !== null && !tied) {
      const neither = disagree.filter((i) => !best.gives.has(i)).map((i) => who(table.rows[i]));
      out.findings.push(
        finding({
          kind: once,
          at,
          ref: null,
          // A Status column of the analyst's words is never written: the other quarter's stay in the report.
          kept: column === 'status' && table.rows.some((r) => r.statusOwner !== undefined),
          quarter,
          other: best.q,
          disagree: disagree.length,
          compared,
          agree: best.agree,
          comparedOther: best.compared,
          neither: listed(neither),
        }),
      );
      out.replaces.add(kind);
    } else if (column === 'variance' && disagree.length >= 4 && most(disagree.length, compared)) {
      out.findings.push(
        finding({
          kind: 'typed-variance-column',
          at,
          ref: null,
          quarter,
          disagree: disagree.length,
          compared,
          refs: listed(disagree.map((i) => who(table.rows[i]))),
        }),
      );
      out.replaces.add(kind);
    }
  }
  return out;
}
