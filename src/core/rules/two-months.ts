/**
 * Two months' figures are enough to tell a month's share of a year's target where the evidence is
 * strong (session 11's hunt, left as it was; the follow-up, session 11). An ICB's elective activity line with
 * only "Apr | May" (or "M5 | M6") in, 9,650 and 9,800 spells against an "Annual Plan" of 120,000, was
 * May's 9,800 against 120,000: −91.83%, red, a silent wrong number, because the month-share rule
 * (rules/month-share.ts) wanted three months before it spoke.
 *
 * With two figures the pattern is thinner, so only the evidence that does not rest on the spread of the
 * figures is taken: last year's outturn 8 to 18 times their median, a year-to-date column that is their
 * sum, or (for a year's target) whole-number counts with the target 8 to 18 times their median. A
 * same-period-last-year column "about as large" as their sum (half to twice) is too loose for two months.
 * And two figures that could be a count to date are never taken for months' shares: a second figure at
 * least half as large again as the first (April's 9,650 to date, May's 19,450) is left as it was, scored,
 * for the cumulative rules to judge. Pure function.
 */
import type { MonthShare } from './month-share';

/** The fewest figures, and the fewest in months that end no quarter, two months' evidence needs. */
export const TWO_MONTHS = 2;

/**
 * True when two (or more) month figures, fewer than the three the month-share rule asks for, show a
 * month's share: `inner` — how many of them are in months that end no quarter (at least one, so a table
 * of quarters is never read as months); `figures` — the figures in month order (row units, all above 0);
 * `evidence` — what told the share (`MonthShare.evidence`). False for any other evidence, or where the
 * last figure is at least 1.5 times the first (it may be a figure to date).
 */
export function twoMonthsEnough(inner: number, figures: readonly number[], evidence: MonthShare['evidence']): boolean {
  if (figures.length < TWO_MONTHS || inner < 1) return false;
  if (evidence === 'lastYearToDate') return false;
  if (evidence === 'toDate') return true;
  return figures[figures.length - 1] < 1.5 * figures[0];
}
