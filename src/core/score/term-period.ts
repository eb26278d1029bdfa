/**
 * The period an academic year's table was scored on, named as the analyst wrote it (fresh user 16, a
 * multi-academy trust's board workbook: the run said "Q4 2025/26" for a board at Spring 1, and "Q2
 * 2025/26" for July 2026's figures). The engine counts in quarters of the financial year (periods.ts:
 * months 1 … 12 from April) and keeps doing so — the quarter is what the counts, the sheet names and the
 * saved settings go by — but where the figures are school terms or an academic year's months, the run
 * also names the column scored: "Summer 2 (Jul 2026)", "Jul 2026". Decision: docs/workbook.md, "Fresh
 * user 16: a multi-academy trust's half terms".
 */
import type { IndicatorTable, QuarterNumber, ScoreResult } from '../model';
import { MONTH_NAMES, monthsOfQuarter } from '../periods';

/**
 * The latest column with a figure in the scored quarter of the academic year's tables, named: a school
 * term by its full name and the month and calendar year it ends in ("Summer 2 (Jul 2026)"), a month by
 * itself and its year ("Jul 2026"; the year left out where no academic year is said). Null where no
 * table runs over an academic year (read/school-terms.ts) or none has a figure in the quarter.
 */
export function academicPeriodName(tables: readonly IndicatorTable[], quarter: QuarterNumber): string | null {
  let best: { month: number; table: IndicatorTable } | null = null;
  for (const table of tables) {
    if (!table.calendarOrder?.academic) continue;
    for (const m of monthsOfQuarter(quarter)) {
      if (best !== null && m <= best.month) continue;
      const col = table.monthColumns[m - 1];
      if (col === null || col === undefined) continue;
      if (table.rows.some((r) => r.periods[m - 1]?.kind === 'number')) best = { month: m, table };
    }
  }
  if (best === null) return null;
  const { month, table } = best;
  const start = table.academicYear ? Number(table.academicYear.slice(0, 4)) : null;
  // September to December are the academic year's first calendar year; January to August its second.
  const year = start === null ? '' : ` ${month >= 6 && month <= 9 ? start : start + 1}`;
  const term = table.schoolTerms?.find((t) => t.month === month);
  return term ? `${term.name} (${MONTH_NAMES[month - 1]}${year})` : `${MONTH_NAMES[month - 1]}${year}`;
}

/**
 * The quarter scored, in words for a headline or a sheet's title: "Q3 2025/26", or with the period the
 * analyst wrote where there is one, "Q2 2026/27 – Summer 2 (Jul 2026)" (the quarter first: the product's
 * own sheets are known by a title starting with it).
 */
export function quarterWords(result: Pick<ScoreResult, 'quarter' | 'period'>): string {
  return result.period ? `${result.quarter} – ${result.period}` : result.quarter;
}

/**
 * The financial year the run's quarter is labelled with: the first table's with a year, but an academic
 * year's table first — its year is that of the columns scored ("2026/27" for July 2026), where a table
 * beside it may say only the academic year's label ("Target 2025/26").
 */
export function runYearLabel(tables: readonly IndicatorTable[]): string | null {
  return (
    tables.find((t) => t.yearLabel && t.calendarOrder?.academic)?.yearLabel ??
    tables.find((t) => t.yearLabel)?.yearLabel ??
    null
  );
}
