/** A large indicator workbook: the golden rows repeated under new refs, laid out like the report. */
import type { SheetGrid } from '../../src/core/model';
import { layoutReport, type PeriodTargets, type ReportIndicator } from '../../examples/build/report-layout';
import { indicators, periodTargets } from './golden';

export function bigGrids(count: number): SheetGrid[] {
  const rows: ReportIndicator[] = [];
  const targets: PeriodTargets = { ...periodTargets };
  for (let copy = 0; rows.length < count; copy++) {
    for (const ind of indicators) {
      if (rows.length >= count) break;
      const ref = copy === 0 ? ind.ref : `${ind.ref}.${copy}`;
      rows.push({ ...ind, ref });
      if (periodTargets[ind.ref]) targets[ref] = periodTargets[ind.ref];
    }
  }
  return layoutReport(rows, targets).map((s) => ({ name: s.name, values: s.values, merges: s.merges }));
}
