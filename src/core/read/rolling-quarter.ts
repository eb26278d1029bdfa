/**
 * A quarter headed as a rolling figure: "Q1 rolling | Q2 rolling", "Q2 (rolling)", "Rolling Q2", "Q2 rolling
 * 12 months", "Q2 R12M" (fresh user 14, a housing association's tenant perception survey, reported each
 * quarter as the rolling year of responses to it). The run was refused: no period column, and, for the
 * HouseMark median beside them, "a comparison table".
 *
 * Decision: read as that quarter's figure — a rolling 12-month figure reported at that quarter, which is
 * how the analyst reports it (the quarter's outturn), like with like across the quarters, as edges' "Rolling
 * 12 months to Sep-25" columns are read when they are a table's only periods (read/headers.ts). A Note
 * says so (findings/rolling-quarter.ts). Beside month columns it is not read (read/header-band.ts): the
 * months are the table's figures there, and a rolling year is no quarter's months.
 */
import type { ColumnRole, QuarterNumber } from '../model';
import type { GridView } from './grid';

/** "q2 rolling", "q2 (rolling)", "rolling q2", "q2 rolling 12 months", "q2 r12m", "q2 (rolling 12m)": normalised header text. */
const ROLLING_QUARTER =
  /^(?:rolling (?:12 months? (?:to |at )?)?(?:q|qtr|quarter) ?([1-4])|(?:q|qtr|quarter) ?([1-4]) [([]?\s*(?:rolling(?: (?:12 ?m|12 months?|year))?|r12m?)\s*[)\]]?)$/;

/** The quarter a rolling quarter's header names, or null (`h` lower-case, spaces single). */
export function rollingQuarterHeader(h: string): ColumnRole | null {
  const m = ROLLING_QUARTER.exec(h);
  if (!m) return null;
  return { kind: 'quarter', quarter: Number(m[1] ?? m[2]) as QuarterNumber };
}

/** True when a header says its quarter's figure is a rolling one ("Q2 rolling", "Rolling Q2"). */
export function saysRollingQuarter(header: string): boolean {
  return rollingQuarterHeader(header.toLowerCase().replace(/\s+/g, ' ').trim()) !== null;
}

/**
 * A table's period columns headed as rolling quarters ("Q1 rolling", "Q2 rolling"), with their headers as
 * typed; empty where there are none.
 * @param periodColumns the table's period columns (monthColumns: a quarterly table's at each quarter's last month)
 */
export function rollingQuarterColumns(
  grid: GridView,
  headerRow: number,
  subHeaderRow: number | null,
  periodColumns: readonly (number | null)[],
): { col: number; header: string }[] {
  const out: { col: number; header: string }[] = [];
  for (const c of periodColumns) {
    if (c === null) continue;
    const header = grid.text(headerRow, c) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, c));
    if (saysRollingQuarter(header)) out.push({ col: c, header });
  }
  return out;
}

/**
 * Quarter columns headed as rolling figures where the table has month columns of its own ("Apr … Jun | Q1
 * rolling"): their roles taken away (`roles` changed in place), so a rolling year is not held to the quarter's
 * months (it was: "the "Q1 rolling" column says 78, but its months give 216 … correct whichever is wrong").
 * Known, not read (read/known-columns.ts), as a rolling year beside the months is (rolling-year.ts).
 */
export function rollingQuartersBesideMonths(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
): void {
  let months = false;
  const rolling: number[] = [];
  for (const [c, r] of roles) {
    if (r.kind === 'month') months = true;
    else if (r.kind === 'quarter') {
      const text = grid.text(row, c) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, c));
      if (saysRollingQuarter(text)) rolling.push(c);
    }
  }
  if (months) for (const c of rolling) roles.delete(c);
}
