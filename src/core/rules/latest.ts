/** Which figure is reported: the latest value of the quarter, the previously reported one, the gap's reason. */
import type { DotComparison, MonthNumber, PeriodValue, QuarterNumber } from '../model';
import { quarterOfMonth } from '../periods';

export interface Reported {
  month: MonthNumber;
  value: number;
  /** The unit typed with the figure ("days", "£"), when one was. */
  unit?: string;
  /** True when the figure is last financial year's (the series carried on across the year end). */
  lastYear?: boolean;
}

/**
 * The last numeric monthly value in months 1 … 3q; null when there is none (a data gap) — or when it is
 * from an earlier quarter and a cell after it says why there is no figure since ("n/a", "not available",
 * "TBC", a note such as "Data collection suspended": `saidSince`). A blank or "-" says nothing: the figure
 * is carried forward (SPEC §3) and a Check says so. Noticed item 1, session 6: the analyst who typed
 * "not available" for December has said there is no Q3 figure; carrying September's forward would count
 * it as Q3's outturn. A suppressed figure ("<5", "*", "c") after it in months up to 3q, in this quarter or an
 * earlier one, is the latest figure, withheld: null too (fresh user 4, session 10).
 */
export function latestValue(periods: PeriodValue[], quarter: QuarterNumber): Reported | null {
  const latest = lastNumberBefore(periods, 3 * quarter + 1);
  // A suppressed figure after it ("<5" in November after October's 6) is the latest figure, withheld: none to score.
  if (latest !== null && suppressedSince(periods, latest.month, quarter) !== null) return null;
  // A figure refused after it (7,120.0% for a percentage: read/over-hundred.ts) is the latest, unread: none to score.
  if (latest !== null && refusedSince(periods, latest.month, quarter)) return null;
  if (latest !== null && quarterOfMonth(latest.month) < quarter && saidSince(periods, latest.month, quarter) !== null)
    return null;
  return latest;
}

/**
 * The last cell in months (`month` + 1) … 3q that says why there is no figure: "n/a" (as typed),
 * words such as "TBC" or "not available", or a note; its month (1 = April) and words. Null when every
 * cell there is blank or "-".
 */
export function saidSince(
  periods: PeriodValue[],
  month: number,
  quarter: QuarterNumber,
): { month: MonthNumber; text: string } | null {
  for (let m = 3 * quarter; m > month; m--) {
    const text = saidIn(periods[m - 1]);
    if (text !== null) return { month: m as MonthNumber, text };
  }
  return null;
}

/** A note that is a slip, not a reason: an Excel error value, a date read from a figure's cell, a figure unread (or absurd). */
const SLIP = /^(?:#[A-Z0-9/_]+[!?]?|a date, .*|[\d\s.,'()%£$€+\-–—−]*\d[\d\s.,'()%£$€+\-–—−]*)$/;

/** What a cell without a figure says about it; null for a figure, a blank or "-". */
function saidIn(p: PeriodValue | undefined): string | null {
  if (!p) return null;
  // A note says why — unless it is an error value ("#DIV/0!"), a date where the figure belongs, or a
  // figure typed unreadably ("1,5"): slips, not statements (their own findings say so).
  if (p.kind === 'note') return p.absurd || SLIP.test(p.text) ? null : p.text;
  // "n/a" as typed: "not available" as often as "not applicable" (helper wording).
  if (p.kind === 'na') return p.text;
  if (p.kind === 'empty' && p.said !== undefined) return p.said;
  return null;
}

/**
 * The previously reported value for DOT: the last numeric value in a quarter earlier than the
 * latest value's quarter (`quarter`, the default, as the St Helens report does: December against
 * September); or, with `period` (month-on-month, as NHS board reports do: December against
 * November), the last numeric value in any month before the latest's (issue 7). For a quarterly
 * table the two are the same. Null when there is none (first reported period). When the table's own
 * period columns carry on from last financial year ("Q4 2022/23 | Q1 2023/24", issue 7), a latest
 * value early in the year is compared with last year's last reported one.
 */
export function previousValue(
  periods: PeriodValue[],
  latest: Reported,
  previousYear?: PeriodValue[],
  comparison: DotComparison = 'quarter',
): Reported | null {
  const firstMonthOfQuarter = 3 * quarterOfMonth(latest.month) - 2;
  const thisYear = lastNumberBefore(periods, comparison === 'period' ? latest.month : firstMonthOfQuarter);
  if (thisYear || !previousYear) return thisYear;
  const before = lastNumberBefore(previousYear, 13);
  return before ? { ...before, lastYear: true } : null;
}

/**
 * The month (1 = April) of the last suppressed figure ("<5", "*", "c": `PeriodValue` empty with `suppressed`)
 * in months (`month` + 1) … 3q; null when there is none. Fresh user 4, session 10.
 */
export function suppressedSince(periods: PeriodValue[], month: number, quarter: QuarterNumber): MonthNumber | null {
  for (let m = 3 * quarter; m > month; m--) {
    const p = periods[m - 1];
    if (p && p.kind === 'empty' && p.suppressed) return m as MonthNumber;
  }
  return null;
}

/**
 * The month (1 = April) of a suppressed figure DOT would compare across: met, looking back from the month
 * before the latest value's quarter (or, with `period`, before the latest value's month), before any figure.
 * The figure DOT would take as the previous one is then not the previously reported one — that is withheld —
 * so no DOT is worked out (fresh user 4, session 10: "↔ Same" from May's 0 to Sept's 0 past June's "<5").
 * Null when there is none.
 */
export function suppressedBefore(
  periods: PeriodValue[],
  latest: Pick<Reported, 'month'>,
  comparison: DotComparison = 'quarter',
): MonthNumber | null {
  const from = comparison === 'period' ? latest.month : 3 * quarterOfMonth(latest.month) - 2;
  for (let m = from - 1; m >= 1; m--) {
    const p = periods[m - 1];
    if (!p || p.kind === 'number') return null;
    if (p.kind === 'empty' && p.suppressed) return m as MonthNumber;
  }
  return null;
}

/** True when a figure in months (`month` + 1) … 3q was refused (`refused` note: read/over-hundred.ts). */
function refusedSince(periods: PeriodValue[], month: number, quarter: QuarterNumber): boolean {
  for (let m = 3 * quarter; m > month; m--) {
    const p = periods[m - 1];
    if (p && p.kind === 'note' && p.refused) return true;
  }
  return false;
}

/** The last numeric value in months 1 … (month − 1). */
function lastNumberBefore(periods: PeriodValue[], month: number): Reported | null {
  for (let m = Math.min(month - 1, 12); m >= 1; m--) {
    const p = periods[m - 1];
    if (p && p.kind === 'number')
      return p.unit
        ? { month: m as MonthNumber, value: p.value, unit: p.unit }
        : { month: m as MonthNumber, value: p.value };
  }
  return null;
}

/**
 * Why there is no value: the latest note the analyst wrote in months 1 … 3q
 * ("Data collection currently suspended by NHS", "TBC", "not available", "N/A"), as typed, else null. The
 * Highlights show it through `reasonWords` (words.ts).
 */
export function dataGapReason(periods: PeriodValue[], quarter: QuarterNumber): string | null {
  for (let m = 3 * quarter; m >= 1; m--) {
    const p = periods[m - 1];
    // An absurd number (1.7E+308) is a slip, not a reason: its own Check names it (helper misread).
    if (p && p.kind === 'note' && !p.absurd) return p.text;
    const text = saidIn(p);
    if (text !== null) return text;
  }
  return null;
}

/** True when the latest value comes from an earlier quarter than the one scored ("carried forward from Sept"). */
export function isCarriedForward(latest: Reported, quarter: QuarterNumber): boolean {
  return quarterOfMonth(latest.month) < quarter;
}
