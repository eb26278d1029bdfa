/**
 * A "Trajectory" column beside the Standard (fresh user 11, an NHS trust's IPR): "Standard | Annual
 * trajectory", the Standard blank where the indicator has only a trajectory (C. difficile's annual
 * threshold of 52 cases). Read as a second Target column, so each row is scored against its Standard where
 * it has one, else its trajectory (read/rows.ts, `targetColumnOf`), and a Note names the rows that used the
 * trajectory (findings/reading.ts, `targetColumnByRow`). Before, the trajectory was read only where the table
 * had no other target column, so C. difficile was "No target" with a Check saying it had no annual target.
 *
 * Taken where some indicator row has a blank target beside a filled trajectory, or both filled with two
 * different figures (`standardOrTrajectory` then decides which is the quarter's target, and a Note says
 * which), and the trajectory is to the right of the target column (the first Target column is the one each
 * row tries first): a table whose rows have their Standard and no other figure beside it is read as before
 * (the trajectory not read, named in the partial-table Note). Unmapped tables only: a mapping says what each
 * column is.
 */
import type { ColumnRole, IndicatorTable } from '../model';
import type { GridView } from './grid';
import type { HeaderReader } from './mapping';
import { recogniseFallbackHeader } from './headers';
import { cellText, isBlank, readNumber } from './values';
import { someRowOfTable } from './column-cells';
import { nameSaysCumulative } from '../rules/cumulative';
import { isRate } from '../rules/percentage';
import { median } from '../rules/median';

/** A header that is a trajectory ("Trajectory", "Annual trajectory", "Year end trajectory"). */
const TRAJECTORY_HEADER = /trajectory/i;

/** A cell's figure (a number, or a figure typed as text: read/values.ts), else null. */
const figureOf = readNumber;

/** Two figures that differ beyond rounding (past their 9th significant digit). */
function differ(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/**
 * Which of a row's two filled and different figures, its Standard and its annual trajectory, is the
 * quarter's target (session 13; an NHS analyst's reading):
 * - **the trajectory** where the Standard is a ceiling or a total for the year — a count of events to date
 *   (C. difficile cases, its name saying "cumulative" / "YTD", or its figures only rising), or a month's
 *   count whose Standard is a year of them (8 or more times the months' median): the trajectory is the
 *   trust's planned path under that ceiling, profiled to date as any annual count is (rules/cumulative.ts);
 * - **the Standard** otherwise — a percentage, rate or level (A&E 4-hour 78%, RTT 18 weeks 92%, a
 *   snapshot count such as 52-week waiters): a constitutional standard is met or not each month, and the
 *   trajectory is the plan's path towards it, which the report reads beside it but does not rate on.
 * @returns null where the row has not both figures, or they are the same
 */
export function standardOrTrajectory(
  grid: GridView,
  table: IndicatorTable,
  r: number,
  standardCol: number,
  trajectoryCol: number,
): { used: 'standard' | 'trajectory'; standard: number; trajectory: number } | null {
  const standard = figureOf(grid.raw(r, standardCol));
  const trajectory = figureOf(grid.raw(r, trajectoryCol));
  if (standard === null || trajectory === null || !differ(standard, trajectory)) return null;
  const name = table.columns.name === undefined ? '' : cellText(grid.shown(r, table.columns.name));
  const typed = grid.raw(r, standardCol);
  const shown =
    typeof typed === 'string' && typed.includes('%') ? 3 : /%/.test(grid.formatOf(r, standardCol) ?? '') ? 2 : 0;
  if (isRate({ name, shown })) return { used: 'standard', standard, trajectory };
  const figures: number[] = [];
  for (const c of table.monthColumns) {
    if (c === null) continue;
    const v = figureOf(grid.raw(r, c));
    if (v !== null) figures.push(v);
  }
  let rising = figures.length >= 3 && figures[0] > 0;
  for (let i = 1; rising && i < figures.length; i++) if (!(figures[i] > figures[i - 1])) rising = false;
  const mid = figures.length ? median(figures) : null;
  const yearOfMonths = mid !== null && mid > 0 && standard >= 8 * mid;
  const annual = nameSaysCumulative(name) || rising || yearOfMonths;
  return { used: annual ? 'trajectory' : 'standard', standard, trajectory };
}

/** The table's trajectory column read as a second Target column (trajectoryBesideTarget), or undefined. */
export function trajectoryColumnOf(table: IndicatorTable): number | undefined {
  const target = table.columns.target;
  return table.duplicates.find(
    (d) => d.usedCol === target && d.col > d.usedCol && TRAJECTORY_HEADER.test(d.header) && !table.mapped,
  )?.col;
}

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
  const used = someRowOfTable(grid, subHeaderRow ?? row, reader, (r) => {
    const traj = grid.raw(r, trajectory);
    if (typeof traj !== 'number') return false;
    const std = grid.raw(r, targetCol);
    if (isBlank(std)) return true;
    const standard = figureOf(std);
    return standard !== null && differ(standard, traj);
  });
  if (!used) return undefined;
  roles.set(trajectory, { kind: 'field', field: 'target' });
  return trajectory;
}

/**
 * A row's choice between its Standard and its trajectory where both are filled and differ
 * (standardOrTrajectory), with the trajectory's column; null where the table reads no trajectory beside its
 * Target column or the row has not both. Kept on the row (`IndicatorRow.targetChosen`) for the Note.
 */
export function targetChoice(
  grid: GridView,
  table: IndicatorTable,
  r: number,
): { used: 'standard' | 'trajectory'; standard: number; trajectory: number; col: number } | null {
  if (table.duplicates.length === 0 || table.columns.target === undefined) return null;
  const col = trajectoryColumnOf(table);
  if (col === undefined) return null;
  const chosen = standardOrTrajectory(grid, table, r, table.columns.target, col);
  return chosen ? { ...chosen, col } : null;
}
