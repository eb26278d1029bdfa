/**
 * Whether a row's year-to-date figure is the sum of its period figures so far (its months, or its
 * quarters' own figures): the one rule for the two places that ask — a month's figure against a year's
 * target (month-share.ts: a YTD column that is the months' sum shows each is a month's share of a total)
 * and a quarter's own figure against a target to date (quarter-to-date.ts: the quarters are added up as
 * the YTD column adds them).
 *
 * Within 2% of the sum (and a hair over, 1e-9, for the sum's floating point). Why 2%: the workbook adds
 * the figures up itself, so its YTD is their sum but for the figures shown having been typed rounded from
 * the source the total was added from (to whole numbers, one decimal): 2% covers that rounding over a
 * run of figures, while a YTD that is some other figure — the latest period's own figure to date, a
 * projection — is further off. No absolute allowance (month-share.ts allowed half a unit, undocumented):
 * for figures below 1 (£m, rates) half a unit is more than the figures themselves, and would take the
 * latest quarter's figure to date (0.3 beside quarters 0.2 and 0.3) for their sum (docs/workbook.md,
 * "A month's figure against a year's target" and "A quarter's own figure against a target to date").
 * @param toDate the YTD figure, in the row's units
 * @param sum the sum of the period figures up to the latest, in the row's units
 */
export function isSumToDate(toDate: number, sum: number): boolean {
  return Math.abs(toDate - sum) <= Math.abs(sum) * TOLERANCE + 1e-9;
}

/** How far a YTD figure may be from the periods' sum and still be it, as a share of the sum. */
const TOLERANCE = 0.02;
