/**
 * Same quarter last year headed with its year beside this year's undated months (fresh user 10's fire
 * and rescue workbook; docs/workbook.md, "Last year's figures"): "Apr | May | … | Sep | YTD | Q2 2024/25".
 * The quarter's year was taken for the table's, so the months were read as 2024/25's and the whole workbook
 * refused against its "Annual Target 2025/26" ("the figures are 2024/25's"); the mapping suggested then was
 * refused again. A quarter headed with a year cannot be this year's beside undated months that cover it:
 * the months are the next year's and the quarter is the same quarter last year (`lastYearQuarter`), as
 * "Last year Q2" is. Only where every dated period is a quarter, they all name the same year, and each one's
 * months are among the undated months (a quarterly table, or months headed with their year, are left alone).
 */
import type { ColumnRole, QuarterNumber } from '../model';

/**
 * Reads the dated quarters in `roles` as last year's (changing `roles`) and returns true where the rule
 * applies (see the file's comment): the undated months are then `year` + 1's. `year`: the year the dated
 * quarters name (the first year of the financial year, 2024 for 2024/25).
 */
export function datedQuartersAreLastYears(roles: Map<number, ColumnRole>, year: number): boolean {
  const undatedMonths = new Set<number>();
  const dated: [number, QuarterNumber][] = [];
  for (const [col, r] of roles) {
    if (r.kind === 'month') {
      if (r.year !== undefined) return false;
      undatedMonths.add(r.month);
    } else if (r.kind === 'quarter') {
      if (r.year === undefined) continue;
      if (r.year !== year) return false;
      dated.push([col, r.quarter as QuarterNumber]);
    } else if (r.kind === 'year') return false;
  }
  if (dated.length === 0 || undatedMonths.size === 0) return false;
  for (const [, q] of dated) for (let m = 3 * q - 2; m <= 3 * q; m++) if (!undatedMonths.has(m)) return false;
  for (const [col, q] of dated) roles.set(col, { kind: 'lastYearQuarter', quarter: q });
  return true;
}

/**
 * Last year's quarters under a band naming last year ("2024/25" merged over "Ch2 / Q2 | Canlyniad /
 * Outturn", beside "2025/26" over this year's quarters), where last year's Q4 is not among them: they are
 * the same quarters last year, for Trend (as "Last year Q2" is), not a run of periods carrying on into this
 * year ("Q3 2024/25 | Q4 2024/25 | Q1 2025/26", whose Q4 is the previous reported figure for Q1's DOT).
 * Fresh user 13: "Ch2 / Q2" under "2024/25" was the figure Q1 2025/26's DOT was compared with, so changing
 * last year's Q2 alone flipped a Q1 DOT. Changes `roles`; `periodYear` is the year scored (2025 for 2025/26),
 * and only where some quarter or month of that year is there.
 */
export function lastYearsLoneQuarters(roles: Map<number, ColumnRole>, periodYear: number): void {
  const last: [number, QuarterNumber][] = [];
  let thisYears = false;
  for (const [col, r] of roles) {
    if ((r.kind === 'month' || r.kind === 'quarter') && (r.year === undefined || r.year === periodYear))
      thisYears = true;
    if (r.kind === 'month' && r.year === periodYear - 1) return;
    if (r.kind === 'quarter' && r.year === periodYear - 1) {
      if (r.quarter === 4) return;
      last.push([col, r.quarter as QuarterNumber]);
    }
  }
  if (!thisYears) return;
  for (const [col, q] of last) roles.set(col, { kind: 'lastYearQuarter', quarter: q });
}
