/**
 * The Note on a Standard and an annual trajectory both filled with different figures (read/trajectory-column.ts,
 * `standardOrTrajectory`): which rows were scored against the trajectory (counts under a ceiling for the year)
 * and which against the Standard (percentages, rates, levels). Session 13: the trajectory beside a filled
 * Standard was not read, and nothing said so — C. difficile against its ceiling of 52 where the trust plans 44.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { secondColumnFields } from './second-column';
import { listed } from '../words';

/** Names of at most five rows ("RES03 and RES05"), else how many. */
function named(refs: string[]): string {
  if (refs.length > 5) return `${refs.length} indicators`;
  return listed(refs);
}

/**
 * One Note a table for its trajectory column `d` (a duplicate Target column), or null where no row had
 * both figures different.
 */
export function standardOrTrajectoryNote(
  table: IndicatorTable,
  d: IndicatorTable['duplicates'][number],
): Finding | null {
  const trajectory: string[] = [];
  const standard: string[] = [];
  for (const r of table.rows) {
    const c = r.targetChosen;
    if (!c || c.col !== d.col) continue;
    (c.used === 'trajectory' ? trajectory : standard).push(r.ref ?? r.name);
  }
  if (trajectory.length === 0 && standard.length === 0) return null;
  return finding({
    kind: 'standard-or-trajectory',
    ...secondColumnFields(table, d),
    trajectory: named(trajectory),
    trajectoryMany: trajectory.length > 1,
    standard: named(standard),
    standardMany: standard.length > 1,
  });
}
