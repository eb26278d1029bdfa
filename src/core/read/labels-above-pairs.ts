/**
 * Period labels in the row above a header of "Target | Actual" pairs (session 12, helper layouts5): a police
 * and crime commissioner's scorecard, a fire service's or a Welsh council's, laid out as
 *
 *   |     |         | Qtr 1 25/26      | Qtr 2 25/26      |      (row 1: the labels, merged over each pair)
 *   | Ref | Measure | Target | Actual  | Target | Actual  |      (row 2: the header)
 *
 * Read as "Qtr 1 25/26 Target | Qtr 1 25/26 Actual | …": each Actual is its label's quarter (or month),
 * each Target that period's target, and a RAG, variance or direction beside a pair the analyst's own (left
 * unread and unwritten), exactly as the same pairs are read with the labels in the header row itself and
 * "Target | Actual" in the row under it (session 8). Refused before ("2 value columns headed "Actual" …
 * nothing in those headers says which period each holds"), though the labels say it as plainly in one row
 * as in the other: the brief's leftover from session 11 ("Ch1 / Q1" over "Targed / Target | Gwirioneddol /
 * Actual").
 *
 * Only where the labels are quarters or months (a year, "2024/25", over a pair does not say which quarter
 * its Actual holds: refused as before), each over its own columns, and every column from the first label
 * on is a pair's Target or Actual or a pair's own RAG, variance or direction; otherwise (a trailing "Annual
 * target" under the last label, two Actuals under one label) nothing changes and the refusal stands.
 */
import type { ColumnRole, Field } from '../model';
import type { GridView } from './grid';

/** What the pairs give: the label row's periods, the Actual columns as their periods, the targets. */
export interface PairsUnderLabels {
  labels: Map<number, ColumnRole>;
  actuals: Map<number, ColumnRole>;
  targets: (number | null)[];
  monthTargets: (number | null)[];
}

/** How header-band.ts reads pairs under period labels (`pairsUnderQuarters`), given the label row and the row of pairs. */
export type PairsReader = (
  labelRow: number,
  labels: Map<number, ColumnRole>,
  pairs: Map<number, ColumnRole>,
) => PairsUnderLabels | null;

/** The fields that may stand beside a pair as that period's own: never the table's. */
const PAIRS_OWN: ReadonlySet<Field> = new Set<Field>(['status', 'variance', 'dot', 'trend', 'quartile']);

/**
 * The pairs of a header row whose period labels stand in the row above, or null where there are none.
 * @param grid the sheet
 * @param row the header row (0-based): it names the indicator column and holds "Target | Actual" pairs
 * @param main the header row's roles (column → role)
 * @param rolesAbove the roles of the row above (column → role), as the header reader gives them
 * @param pairsOf header-band.ts's reading of pairs under labels
 * @returns the pairs, and the header row's columns under a label that are no pair's Actual (its Targets
 *   and its own RAG, variance or direction), which the caller drops from the table's own roles
 */
export function pairsUnderLabelsAbove(
  grid: GridView,
  row: number,
  main: Map<number, ColumnRole>,
  rolesAbove: Map<number, ColumnRole>,
  pairsOf: PairsReader,
): { pairs: PairsUnderLabels; underLabels: number[] } | null {
  if (row === 0) return null;
  let actuals = 0;
  for (const r of main.values()) if (r.kind === 'current') actuals++;
  if (actuals === 0) return null;
  // The row above holds period labels only (no header of its own: no name, target or other field), and
  // before them at most a title ("Police and Crime Plan scorecard").
  const labelCols = [...rolesAbove.keys()].sort((a, b) => a - b);
  if (labelCols.length === 0) return null;
  if (![...rolesAbove.values()].every((r) => r.kind === 'quarter' || r.kind === 'month')) return null;
  const first = labelCols[0];
  for (const col of grid.filledColumns(row - 1)) if (!rolesAbove.has(col) && col > first) return null;
  // Every Actual stands under a label: none to the left of the first.
  for (const [c, r] of main) if (r.kind === 'current' && c < first) return null;
  // The columns under the labels: each label's merged area where the labels are merged (a column after
  // the last, "Annual target", "Polarity", "DOT", is the table's own); else from each label to the next,
  // the last running on only over its pair's own columns.
  const merged = labelCols.map((c) => grid.mergeOf(row - 1, c));
  const under = new Map<number, ColumnRole>();
  if (merged.every((a) => a !== undefined && a.right > a.left)) {
    for (const [c, r] of main) if (merged.some((a) => a!.left <= c && c <= a!.right)) under.set(c, r);
  } else if (merged.every((a) => a === undefined || a.right === a.left)) {
    const last = labelCols[labelCols.length - 1];
    for (const [c, r] of main) if (c >= first && c < last) under.set(c, r);
    const actualsSeen = new Set<string>();
    for (let c = last; c < grid.colCount; c++) {
      const r = main.get(c);
      if (r === undefined) {
        if (grid.text(row, c) === '') continue;
        break;
      }
      const ofPair = r.kind === 'current' || (r.kind === 'field' && (r.field === 'target' || PAIRS_OWN.has(r.field)));
      const kind = r.kind === 'field' ? r.field : r.kind;
      if (!ofPair || actualsSeen.has(kind)) break;
      actualsSeen.add(kind);
      under.set(c, r);
    }
  } else return null;
  const pairs = pairsOf(row - 1, rolesAbove, under);
  if (!pairs || pairs.actuals.size !== actuals) return null;
  const underLabels: number[] = [];
  for (const [c, r] of under) {
    if (r.kind === 'current') continue;
    if (r.kind === 'field' && (r.field === 'target' || PAIRS_OWN.has(r.field))) underLabels.push(c);
  }
  return { pairs, underLabels };
}
