/**
 * Two columns headed with the same period: which one holds the period's figure (helper layouts6,
 * docs/workbook.md "Layouts hunted", session 13).
 *
 * The first column of a period was always taken and the other named in a "second Q2 column" Check. Two
 * pairs of headers gave a wrong number that way, because the first column is not the period's own figure:
 *
 * - **A count beside its percentage**: "Q2 Actual (number) | Q2 Actual (%)" (an NHS trust's or a
 *   council's "calls answered", 4,500 calls and 88%). The count was scored against the percentage
 *   target, 4,500 against 90%: +499,900%, green. "Q1 No. | Q1 %" has always read "Q1 %" (session 9: "No."
 *   is no period header); "(number)", "(no.)", "(count)" in brackets are units and were stripped, so both
 *   read as Q2. The percentage is the figure; the count is named in the Check.
 * - **The quarter to date beside the quarter**: "Q1 | Q2 YTD | Q2" (a housing association's visits,
 *   500 to date and 260 in Q2, against a quarter's target of 250): "Q2 YTD" came first and was scored,
 *   +100% where Q2's own figure is +4%. The quarter's own column is the figure; the year-to-date one is named.
 *
 * Pure: two header texts in, whether the later column should replace the earlier as the period's figure.
 */

/** A header saying its figures are counts: "(number)", "(no.)", "(nos)", "(count)", "No.", "Number". */
const COUNT = /(?:[([]\s*(?:no\.?|nos\.?|number|count|volume)\s*[)\]]|\b(?:no\.?|nos\.?|number|count|volume))\s*$/i;
/** A header saying its figures are percentages: "(%)", "%", "(rate)", "(percent)", "(percentage)". */
const PERCENT = /(?:[([]\s*(?:%|rate|percent|percentage)\s*[)\]]|%|\b(?:rate|percent|percentage))\s*$/i;
/** A header saying its figures are to date: "Q2 YTD", "Q2 (YTD)", "Q2 cumulative", "YTD Q2". */
const TO_DATE = /\b(?:ytd|year to date|cumulative|to date)\b/i;

/**
 * Whether the later of two columns headed with the same period holds its figure rather than the earlier:
 * the earlier says it counts ("Q2 Actual (number)") and the later is its percentage ("Q2 Actual (%)"), or
 * the earlier says year to date ("Q2 YTD") and the later does not ("Q2"). Otherwise the first stays.
 */
export function laterIsThePeriodsFigure(earlierHeader: string, laterHeader: string): boolean {
  const earlier = earlierHeader.trim();
  const later = laterHeader.trim();
  if (COUNT.test(earlier) && PERCENT.test(later) && !PERCENT.test(earlier)) return true;
  return TO_DATE.test(earlier) && !TO_DATE.test(later);
}
