/**
 * A table's header: the header row, and under it an optional month row (the report's quarter-label row
 * over month row). Says what each column means.
 */
import type { ColumnRole, Field, IndicatorTable, QuarterNumber } from '../model';
import { quarterEndMonth } from '../periods';
import type { GridView } from './grid';
import { describeRole } from './headers';
import type { HeaderReader } from './mapping';

export interface HeaderBand {
  headerRow: number;
  subHeaderRow: number | null;
  roles: Map<number, ColumnRole>;
  columns: Partial<Record<Field, number>>;
  monthColumns: (number | null)[];
  cadence: 'monthly' | 'quarterly';
  lastYearQuarterColumns: (number | null)[];
  unrecognised: { col: number; header: string }[];
  duplicates: IndicatorTable['duplicates'];
}

function rolesOfRow(grid: GridView, row: number, reader: HeaderReader): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  for (const col of grid.filledColumns(row)) {
    const role = reader.roleOf(grid.raw(row, col));
    if (role) roles.set(col, role);
  }
  return roles;
}

function countKind(roles: Map<number, ColumnRole>, kind: ColumnRole['kind']): number {
  let n = 0;
  for (const r of roles.values()) if (r.kind === kind) n++;
  return n;
}

/**
 * Reads the header band starting at `row`, or returns null when the row is not a table header:
 * a header holds an indicator-name column and at least one period or target column.
 */
export function readHeaderBand(grid: GridView, row: number, reader: HeaderReader, force = false): HeaderBand | null {
  const main = rolesOfRow(grid, row, reader);
  const below = row + 1 < grid.rowCount ? rolesOfRow(grid, row + 1, reader) : new Map<number, ColumnRole>();
  const roles = new Map(main);
  let subHeaderRow: number | null = null;
  // A month row under the header: the months replace the quarter labels (or blanks) above them. A row
  // with an indicator's name under the name header is the first indicator, however date-like its figures.
  const nameAbove = [...main].find(([, r]) => r.kind === 'field' && r.field === 'name')?.[0];
  const namesIndicator = nameAbove !== undefined && grid.text(row + 1, nameAbove) !== '' && !below.has(nameAbove);
  if (countKind(below, 'month') >= 2 && countKind(below, 'field') <= 1 && !namesIndicator) {
    subHeaderRow = row + 1;
    for (const [col, role] of below) {
      const above = roles.get(col);
      if (role.kind === 'month' && (!above || above.kind === 'quarter')) roles.set(col, role);
    }
  }
  const fieldCol = (f: Field) => [...roles].find(([, r]) => r.kind === 'field' && r.field === f)?.[0];
  const hasName = fieldCol('name') !== undefined;
  const hasMonths = countKind(roles, 'month') > 0;
  const hasQuarters = countKind(roles, 'quarter') > 0;
  const hasTarget = fieldCol('target') !== undefined;
  if (!force && !(hasName && (hasMonths || hasQuarters || hasTarget))) return null;

  const columns: Partial<Record<Field, number>> = {};
  for (const [col, role] of [...roles].sort((a, b) => a[0] - b[0])) {
    if (role.kind === 'field' && columns[role.field] === undefined) columns[role.field] = col;
  }
  const monthColumns: (number | null)[] = Array(12).fill(null);
  const lastYearQuarterColumns: (number | null)[] = Array(4).fill(null);
  const cadence = hasMonths ? 'monthly' : 'quarterly';
  for (const [col, role] of roles) {
    if (role.kind === 'month' && monthColumns[role.month - 1] === null) monthColumns[role.month - 1] = col;
    if (role.kind === 'quarter' && cadence === 'quarterly') {
      const end = quarterEndMonth(role.quarter);
      if (monthColumns[end - 1] === null) monthColumns[end - 1] = col;
    }
    if (role.kind === 'lastYearQuarter') lastYearQuarterColumns[(role.quarter as QuarterNumber) - 1] = col;
  }
  const unrecognised: { col: number; header: string }[] = [];
  for (const col of grid.filledColumns(row)) {
    if (roles.has(col)) continue;
    const header = grid.text(row, col);
    const isGroupLabel = subHeaderRow !== null && main.get(col)?.kind === 'quarter';
    if (!isGroupLabel) unrecognised.push({ col, header });
  }
  // A column whose meaning an earlier column already has is not read: the analyst should know.
  const headerText = (col: number) => grid.text(row, col) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, col));
  const duplicates: HeaderBand['duplicates'] = [];
  for (const [col, role] of [...roles].sort((a, b) => a[0] - b[0])) {
    const used =
      role.kind === 'field' ? columns[role.field]
      : role.kind === 'month' ? monthColumns[role.month - 1]
      : role.kind === 'quarter' && cadence === 'quarterly' ? monthColumns[quarterEndMonth(role.quarter) - 1]
      : undefined;
    if (used !== undefined && used !== null && used !== col) {
      duplicates.push({ col, header: headerText(col), what: describeRole(role), usedCol: used, usedHeader: headerText(used) });
    }
  }
  return { headerRow: row, subHeaderRow, roles, columns, monthColumns, cadence, lastYearQuarterColumns, unrecognised, duplicates };
}

/**
 * A row that looks like a header but is not quite one (at least three recognised columns, or a
 * name and some columns): worth telling the analyst about, with what was found.
 */
export function nearMissHeader(grid: GridView, row: number, reader: HeaderReader): ColumnRole[] | null {
  const roles = rolesOfRow(grid, row, reader);
  const fields = [...roles.values()].filter((r) => r.kind === 'field');
  const periods = [...roles.values()].filter((r) => r.kind === 'month' || r.kind === 'quarter');
  if (fields.length + Math.min(periods.length, 1) >= 3) return [...roles.values()];
  return null;
}
