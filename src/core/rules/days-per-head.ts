/**
 * Days lost per head against the year's target (session 14's hunt, helper layouts7; docs/workbook.md, "Days lost
 * per FTE"). "Sickness days per FTE" (lower is better), Q1 2.1 and Q2 4.3 against a target of 8.5, was Q2's 4.3
 * against the whole 8.5: +49.41%, green — where days lost per FTE build up over the year: 8.5 is the year's
 * days, and by September 4.25 of them have elapsed, so 4.3 is 1.18% worse, amber. Nothing had taken it: "per"
 * makes it a rate (rules/percentage.ts `isRate`), so the name rule (rules/cumulative.ts) never profiled it,
 * and "days" makes it no count (rules/count-words.ts `notACount`), so the year's-target rule
 * (rules/annual-to-date.ts) never added it up either; and the 1.8× median rule of that file read nothing of it.
 *
 * A days-per-head figure is a flow (days lost) over a stock (the staff in post): it is given three ways, and
 * only words tell which:
 * - **the year to date** ("YTD", "cumulative", "year to date" in its name or its Comments cell): measured
 *   against the year's target pro rata, as a Profile column saying Cumulative would (read/days-per-head.ts
 *   profiles it, and the usual Note says so);
 * - **a rolling 12 months** ("rolling", "12 months", "R12M", "annualised" in its name or Comments): a year's
 *   worth, measured against the year's target as it stands;
 * - **the period's own** (a quarter's days lost): against the quarter's share, which only a "Q2 Target"
 *   column or a Targets sheet gives.
 *
 * Decision: where no word says which, and a figure of the year so far is below the year's target over
 * `LEVEL_AT_MOST` (1.8, as rules/annual-to-date.ts reads a year's target against a figure: not a year's worth,
 * so no rolling 12 months), it is **not rated, with a Check** naming the readings (`daysPerHeadUnsure`): to
 * date it is one colour, as its period's own another, and a red or green would go into the counts whatever a
 * Check beside it said. Figures about the year's size (8.9, 8.3 against 8.5) are a rolling year's or an
 * annualised rate, and are scored as before.
 *
 * Pure; read/days-per-head.ts marks the rows, score/score-workbook.ts asks, findings/days-per-head.ts says it.
 */
import type { IndicatorRow, QuarterNumber } from '../model';
import { LEVEL_AT_MOST } from './annual-to-date';

/** Days, shifts or hours (or sickness absence) … */
const DAYS_OR_SICKNESS = /\b(?:days?|shifts?|hours?|sick|sickness|absence)\b/i;
/** … per FTE, employee, head, person, member of staff, officer or worker ("per FTE", "/FTE"). */
const PER_HEAD =
  /\bper\s+(?:fte|ftes|full[\s-]*time[\s-]*equivalents?|employees?|head|person|member\s+of\s+staff|staff(?:\s+member)?|officers?|workers?|wte)\b|\/\s*(?:fte|wte)\b/i;

/**
 * True when an indicator's name says its figure is days (shifts, hours, sickness absence) lost per head:
 * "Sickness days per FTE", "Average working days lost per employee", "Days lost to sickness absence per
 * FTE", "Sickness absence per WTE". Not "Calls answered per agent" (no days), nor "Days to re-let" (no head).
 */
export function daysPerHead(name: string): boolean {
  return PER_HEAD.test(name) && DAYS_OR_SICKNESS.test(name);
}

/** Words saying the figure is a year's worth: "rolling 12 months", "12-month rolling", "R12M", "annualised", "last 12 months". */
const SAYS_ROLLING = /\brolling\b|\b12[\s-]*months?\b|\btwelve[\s-]*months?\b|\br12m?\b|\bannuali[sz]ed\b/i;

/** True when text says the figure is a year's worth (`SAYS_ROLLING`). */
export function saysRollingYear(text: string): boolean {
  return SAYS_ROLLING.test(text);
}

/** Words saying the figure is to date: "YTD", "year to date", "cumulative", "to date" (not "not cumulative"). */
const SAYS_TO_DATE = /\bytd\b|\byear[\s-]+to[\s-]+date\b|\bto[\s-]+date\b|\bcumulative\b/i;
const DENIES = /\b(?:not|non)[\s-]*cumulative\b/i;

/** True when text says the figure is the year to date. */
export function saysToDate(text: string): boolean {
  return SAYS_TO_DATE.test(text) && !DENIES.test(text);
}

/** Why such an indicator is not rated, in the Highlights sheet's words. */
export const PER_HEAD_UNSURE = "days lost per head, to date or each period's own not said";

/** A days-per-head row no word places (`IndicatorRow.daysPerHead`), its figures too small for a year's worth. */
export interface DaysPerHeadUnsure {
  /** The least and greatest figure of the year up to the latest, and the latest month with one (1 = April). */
  low: number;
  high: number;
  latest: number;
}

/**
 * The doubt about a days-per-head row (see the file's comment) scored at `quarter`, or null: the row must be
 * marked (`daysPerHead`, no word said how it is given), still flat and one-sided with a year's target above 0,
 * with no target of its own for any month up to the latest (`explicit`, index 0 = April), and a figure of the
 * year so far below the target over `LEVEL_AT_MOST`.
 */
export function daysPerHeadUnsure(
  row: Pick<IndicatorRow, 'daysPerHead' | 'profile' | 'polarity' | 'annualTarget' | 'periods'>,
  explicit: readonly (number | null)[] | null,
  quarter: QuarterNumber,
): DaysPerHeadUnsure | null {
  const annual = row.annualTarget;
  if (!row.daysPerHead || row.profile !== 'flat' || annual === null || !(annual > 0)) return null;
  if (row.polarity !== 'higher' && row.polarity !== 'lower') return null;
  let low = Infinity;
  let high = -Infinity;
  let latest = 0;
  for (let m = 1; m <= 3 * quarter; m++) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number') continue;
    if (explicit?.[m - 1] != null) return null;
    low = Math.min(low, p.value);
    high = Math.max(high, p.value);
    latest = m;
  }
  if (latest === 0 || !(low >= 0) || !(annual > LEVEL_AT_MOST * low)) return null;
  return { low, high, latest };
}
