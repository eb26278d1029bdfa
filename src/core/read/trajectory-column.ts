/**
 * A "Trajectory" column beside the Standard (fresh user 11, an NHS trust's IPR): "Standard | Annual
 * trajectory", the Standard blank where the indicator has only a trajectory (C. difficile's annual
 * threshold of 52 cases). Read as a second Target column, so each row is scored against its Standard where
 * it has one, else its trajectory (read/rows.ts, `targetColumnOf`), and a Note names the rows that used the
 * trajectory (findings/reading.ts, `targetColumnByRow`). Before, the trajectory was read only where the table
 * had no other target column, so C. difficile was "No target" with a Check saying it had no annual target.
 *
 * Taken only where some indicator row has a blank target beside a filled trajectory, and the trajectory is
 * to the right of the target column (the first Target column is the one each row tries first): a table whose
 * every row has its Standard is read as before (the trajectory not read, named in the partial-table Note).
 * Unmapped tables only: a mapping says what each column is.
 */
import type { ColumnRole } from '../model';
import type { GridView } from './grid';
import type { HeaderReader } from './mapping';
import { recogniseFallbackHeader } from './headers';
import { isBlank } from './values';
import { someRowOfTable } from './column-cells';

/** The trajectory column to read as a second Target column (its role set in `roles`), or undefined. */
export function trajectoryBesideTarget(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
  targetCol: number,
  reader: HeaderReader,
): number | undefined {
  if (reader.mapped) return undefined;
  const trajectory = grid
    .filledColumns(row)
    .find((c) => c > targetCol && !roles.has(c) && recogniseFallbackHeader(grid.raw(row, c)) !== null);
  if (trajectory === undefined) return undefined;
  const used = someRowOfTable(
    grid,
    subHeaderRow ?? row,
    reader,
    (r) => isBlank(grid.raw(r, targetCol)) && typeof grid.raw(r, trajectory) === 'number',
  );
  if (!used) return undefined;
  roles.set(trajectory, { kind: 'field', field: 'target' });
  return trajectory;
}
