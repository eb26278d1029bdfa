/**
 * Target columns of two financial years beside periods that name none (session 11, helper layouts4;
 * docs/workbook.md, "Layouts hunted", session 11): "Target 2024/25 | Target 2025/26 | Q1 | Q2", as a Welsh
 * council heads its PAM table ("Targed 2024-25 / Target 2024-25 | Targed 2025-26 / Target 2025-26 | Ch1 /
 * Q1 | Ch2 / Q2"). The table's year was taken from the first target header, so the figures were scored as
 * Q2 2024/25 against last year's targets (green where this year's target was missed), with only a
 * "second Target column" Check. Whether the figures are last year's (next year's targets set early) or
 * this year's (last year's kept beside) cannot be told from the headers: refused, changing nothing.
 */
import { columnLetters } from '../a1';
import { InputError } from '../errors';
import type { IndicatorTable, MappingHint } from '../model';
import { findFinancialYear, financialYearLabel, yearFromShortLabel } from '../periods';

/** The financial year a header names ("Target 2024/25", "Targed 2024-25 / Target 2024-25"), or null. */
function yearOf(header: string): number | null {
  const fy = findFinancialYear(header)?.year;
  if (fy !== undefined) return fy;
  const short = yearFromShortLabel(header);
  return short ? Number(short.slice(0, 4)) : null;
}

/**
 * The refusal for the first table whose year came only from its target header while a second target
 * column names another year; or null. Shape: the tables as read (yearFrom, yearHeader, duplicates), and
 * the hint for a table's header row. Not where the analyst mapped the table.
 */
export function targetsOfTwoYearsRefusal(
  tables: readonly IndicatorTable[],
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  for (const t of tables) {
    if (t.mapped || t.rows.length === 0 || t.yearFrom !== 'header' || !t.yearHeader || t.yearHeader.outturn) continue;
    const used = t.columns.target;
    if (used === undefined) continue;
    const usedYear = yearOf(t.yearHeader.text);
    const other = t.duplicates.find(
      (d) => d.what === 'Target' && d.usedCol === used && yearOf(d.header) !== null && yearOf(d.header) !== usedYear,
    );
    if (!other || usedYear === null) continue;
    const [first, second] = [
      { header: t.yearHeader.text.trim(), col: used, year: usedYear },
      { header: other.header.trim(), col: other.col, year: yearOf(other.header)! },
    ].sort((a, b) => a.col - b.col);
    const later = first.year > second.year ? first : second;
    return new InputError(
      `'${t.sheet}' row ${t.headerRow + 1} has target columns of two years, "${first.header}" (column ${columnLetters(first.col)}) ` +
        `and "${second.header}" (column ${columnLetters(second.col)}), and its period headers name no year, so whether ` +
        `the figures are ${financialYearLabel(first.year)}'s or ${financialYearLabel(second.year)}'s cannot be told and ` +
        `nothing was scored rather than measure them against the wrong year's targets; head the periods with their ` +
        `year (such as "Q1 ${financialYearLabel(later.year)}"), or map the target column of the figures' year to target ` +
        `and the other to ignore.`,
      { ...hintAt(t.sheet, t.headerRow), suggestedMapping: null },
      { mapByHand: true },
    );
  }
  return null;
}
