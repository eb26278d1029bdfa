/**
 * A Targets sheet row on parallel sheets (read/parallel-sheets.ts: one sheet per subsidiary or business
 * unit, each holding the same refs). The Targets sheet is found by ref, so its one row for RP02 went to
 * RP02 on every subsidiary's sheet: where the subsidiaries have targets of their own ('Riverside Homes' 90,
 * 'Kingfisher HA' 92), Kingfisher's 90.4 was scored against Riverside's 90, +0.44%, green — against its own
 * 92 it is −1.74%, amber. A silent wrong number (helper house, session 12).
 *
 * Decision: where the sheets of a group that hold a ref give it different targets of their own (two
 * different annual targets among them), the Targets sheet's one row cannot be all of theirs. It is taken
 * as the row of the sheets whose own target is its March target (a profile ends on the year's target:
 * flat, cumulative or uneven alike); on the others — and on all of them where it gives no March target or
 * one that is none of theirs — the Targets sheet's months are not used and the indicator is not rated, with
 * a Check saying whose they look like and how to give each sheet its own (month target columns in its own
 * table, "Q1 Target" … "Q4 Target"). A group whose sheets agree on the target (one target for the group)
 * is scored from the Targets sheet as before, and so is a row whose table gives month targets of its own.
 * The Last year sheet is not checked this way: last year's figures carry nothing to tell whose they are.
 */
import type { IndicatorRow, IndicatorTable, WorkbookModel } from '../model';
import { rowKey } from './support-sheets';

/** March: a year's profile ends on its annual target (index 11 = March). */
const YEAR_END = 11;

/**
 * Marks each row the Targets sheet's row is not for (`IndicatorRow.targetsSheetNotOwn`): see the module.
 * Changes the rows of `tables`.
 * @param groups the parallel sheets' groups (parallelSheetGroups), each with the refs its sheets share (lower case)
 * @param model the Targets sheet's month targets and rows by indicator key, and its name
 */
export function markTargetsNotOwn(
  groups: readonly { sheets: string[]; shared: string[] }[],
  tables: readonly IndicatorTable[],
  model: Pick<WorkbookModel, 'explicitTargets' | 'explicitTargetRows' | 'supportSheets'>,
): void {
  if (groups.length === 0 || model.supportSheets.targets === null || model.explicitTargets.size === 0) return;
  for (const g of groups) {
    const byKey = new Map<string, IndicatorRow[]>();
    for (const t of tables)
      if (g.sheets.includes(t.sheet))
        for (const r of t.rows) {
          if (r.ref === null || !model.explicitTargets.has(rowKey(r))) continue;
          const list = byKey.get(rowKey(r)) ?? [];
          list.push(r);
          byKey.set(rowKey(r), list);
        }
    for (const [key, rows] of byKey) {
      const own = new Set(rows.map((r) => r.annualTarget).filter((t): t is number => t !== null));
      if (new Set(rows.map((r) => r.sheet)).size < 2 || own.size < 2) continue;
      const yearEnd = model.explicitTargets.get(key)![YEAR_END] ?? null;
      const theirs = [...new Set(rows.filter((r) => isTheirs(r, yearEnd)).map((r) => r.sheet))];
      const targetsRow = model.explicitTargetRows.get(key)?.row ?? 0;
      for (const r of rows) {
        if (isTheirs(r, yearEnd) || r.periodTargets?.some((t) => t !== null)) continue;
        r.targetsSheetNotOwn = { theirs, targetsRow, yearEnd };
      }
    }
  }
}

/** The Targets sheet's row is this row's: it ends on the row's own annual target. */
function isTheirs(row: IndicatorRow, yearEnd: number | null): boolean {
  return yearEnd !== null && row.annualTarget !== null && Math.abs(row.annualTarget - yearEnd) < 1e-9;
}
