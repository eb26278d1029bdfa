/**
 * Typed-value Checks about what a cell no longer shows (fresh-user check 8). The typed-value checks read
 * what the analyst typed under the product's own writes (run.ts `analystGrids`), so that scoring the same
 * quarter twice gives the same findings. But a year on, the DOT the service typed at Q1 ("Worse") was still
 * quoted at Q2 — "ASC07: DOT was typed as ↓ (worsening) but the figures say ↑" — about a cell that had
 * shown the product's arrow since the Q1 scoring: text in no cell, about a quarter no longer scored.
 *
 * Such a Check is kept while the same quarter is scored again (as before: the same findings however often
 * it is scored); a scoring of another quarter drops it — it was reported at the scoring that replaced the
 * value, and an arrow typed for one quarter says nothing about the next — and forgets the typed value.
 */
import type { Finding, SheetGrid } from '../model';
import { cellAddress } from '../a1';
import { sameValue } from './compare';
import type { Located } from './identity';
import type { Journal } from './state';

const TYPED_ROLES = new Set<string>(['dot', 'trend', 'variance']);

const TYPED_KINDS = new Set<Finding['kind']>([
  'typed-dot-disagrees',
  'typed-trend-disagrees',
  'typed-variance-disagrees',
]);

/**
 * The findings without typed-value Checks on cells whose typed value an earlier quarter's scoring replaced,
 * and those cells (`sheet!A1`, where they are now): commitRun forgets their typed value (the journal's
 * `original` null), so that this quarter scored again does not bring the Check back.
 */
export function withoutStaleTypedFindings(
  findings: Finding[],
  prior: Journal | null,
  located: Located[],
  grids: SheetGrid[],
  quarter: string,
): { findings: Finding[]; stale: Set<string> } {
  const none = { findings, stale: new Set<string>() };
  // The same quarter scored again keeps them; after an undo the journal's quarter is not known
  // (run.ts priorJournal): kept, as before.
  if (!prior || prior.cells.length === 0 || prior.quarter === '' || prior.quarter === quarter) return none;
  const byName = new Map(grids.map((g) => [g.name, g]));
  const stale = new Set<string>();
  prior.cells.forEach((c, i) => {
    const at = located[i];
    // The typed-value checks' cells only (a Status cell's typed words decide who owns the column: kept).
    if (!at || at.kind !== 'found' || c.role === undefined || !TYPED_ROLES.has(c.role)) return;
    const now = byName.get(at.sheet)?.values[at.row]?.[at.col] ?? null;
    // The cell shows the product's write, not what was typed: the typed value was read from the journal.
    if (!sameValue(now, c.afterValue) || sameValue(c.afterValue, c.original)) return;
    stale.add(`${at.sheet}!${cellAddress(at.row, at.col)}`);
  });
  if (stale.size === 0) return none;
  // A table's typed column said once (findings/typed-quarter.ts: at its header, no ref) goes with its cells.
  const staleColumns = new Set<string>();
  for (const key of stale) staleColumns.add(key.replace(/\d+$/, ''));
  const isStale = (f: Finding): boolean =>
    TYPED_KINDS.has(f.kind) &&
    (stale.has(`${f.sheet}!${f.cell}`) ||
      (f.ref === null && staleColumns.has(`${f.sheet}!${f.cell.replace(/\d+$/, '')}`)));
  return { findings: findings.filter((f) => !isStale(f)), stale };
}
