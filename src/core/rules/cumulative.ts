/**
 * A figure that looks cumulative (a count to date) beside an annual target, in a table with no Profile
 * column (helper misread; docs/workbook.md, "A cumulative figure without a Profile column"): scored
 * against the whole year's target, "Number of affordable homes delivered (cumulative)" at 190 in Q2
 * against 400 for the year was −52.5%, red — where the council's own reading, pro rata, is 200 and
 * amber. Pure functions; the decision is made in read/rows.ts and said in findings/targets.ts.
 */
import type { IndicatorRow, PeriodValue } from '../model';
import { isRate, type RateRow } from './percentage';

/** A name saying its figure is to date: "(cumulative)", "YTD", "year to date", "… to date". */
const CUMULATIVE_NAME = /\bcumulative\b|\bytd\b|\byear[\s-]+to[\s-]+date\b|\bto[\s-]+date\b/i;

/** True when an indicator's name says its figure is cumulative (to date). */
export function nameSaysCumulative(name: string): boolean {
  return CUMULATIVE_NAME.test(name);
}

/**
 * The profile a row with no Profile column is scored with: cumulative (annual × m/12) where its name
 * says it is cumulative, it is a count (not a rate: rules/percentage.ts `isRate`), it is one-sided (higher or lower is
 * better) and it has an annual target to profile; null to keep the default (flat).
 */
export function profileFromName(row: RateRow & Pick<IndicatorRow, 'annualTarget' | 'polarity'>): 'cumulative' | null {
  if (row.annualTarget === null || row.polarity === 'close') return null;
  return nameSaysCumulative(row.name) && !isRate(row) ? 'cumulative' : null;
}

/**
 * The first and last figures up to month `through` (1 = April) when they only rise, as a count to date
 * does: three figures or more, each above the one before, the first above 0, and the last at least half
 * as many times the first as months have passed (80 in April to 500 in Sept: 6.25 times in 6 months; a
 * satisfaction rate creeping from 80 to 85 is 1.06 times, no count). Null otherwise.
 */
export function figuresOnlyRise(
  periods: readonly PeriodValue[],
  through: number,
  /** How many figures at least (three; two for a name that says cumulative, rules/cumulative-unsure.ts). */
  least = 3,
): { first: { month: number; value: number }; last: { month: number; value: number } } | null {
  let first: { month: number; value: number } | null = null;
  let last: { month: number; value: number } | null = null;
  let n = 0;
  for (let m = 1; m <= through; m++) {
    const p = periods[m - 1];
    if (p === undefined || p.kind !== 'number') continue;
    if (last !== null && !(p.value > last.value)) return null;
    if (first === null) first = { month: m, value: p.value };
    last = { month: m, value: p.value };
    n++;
  }
  if (first === null || last === null || n < least || !(first.value > 0)) return null;
  return last.value / first.value >= last.month / first.month / 2 ? { first, last } : null;
}

/** Why a cumulative rate building up over the year is not rated: the Highlights sheet's status says so. */
export const NEEDS_A_PROFILE = 'Needs a profile';

/**
 * True when a row with no Profile column is a rate whose name says it is cumulative (`nameSaysCumulative`,
 * `isRate`), one-sided, with an annual target: "% of Council Tax collected (cumulative)" at 56.2% in
 * September against 97.5% for the year. Session 8 kept such rates scored against the whole year (a rate to
 * date is usually measured against the rate aimed for); scoring decides, by `needsAProfile`, whether its
 * figures build up as a collection rate does.
 */
export function cumulativeRateWithoutProfile(row: RateRow & Pick<IndicatorRow, 'annualTarget' | 'polarity'>): boolean {
  if (row.annualTarget === null || row.polarity === 'close') return false;
  return nameSaysCumulative(row.name) && isRate(row);
}

/**
 * A cumulative rate (`IndicatorRow.cumulativeRate`) that cannot be judged at `month` (1 = April): before
 * March, with no target of its own for the month (a Targets sheet's or a "Q2 Target" column's:
 * `explicit`, index 0 = April), its figures building up as a count to date does (`figuresOnlyRise`), and
 * short of the year's target. Measured against the full-year target it would be red all year whatever
 * its pace: 56.2% collected by September against 97.5% for the year was "−42.36% Off target" and counted
 * red, where the council's own profile was 56.0% (session 9, fresh-user check 3). Not rated instead.
 */
export function needsAProfile(
  row: Pick<IndicatorRow, 'cumulativeRate' | 'periods'>,
  month: number,
  explicit: (number | null)[] | null,
  rag: 'green' | 'amber' | 'red' | null,
): boolean {
  if (!row.cumulativeRate || month >= 12 || rag === null || rag === 'green') return false;
  if (explicit?.[month - 1] != null) return false;
  return figuresOnlyRise(row.periods, month) !== null;
}
