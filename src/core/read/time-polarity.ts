/**
 * A time measured against a time with nothing saying which way is better (session 11, helper layouts4).
 *
 * Ambulance response times ("Category 1 mean" 8:02 against a standard of 7:00), fire attendance times and
 * waiting times are kept as Excel times (fractions of a day, "mm:ss", "[h]:mm:ss") or typed as "07:00".
 * In a table with no Higher / Lower is better? column (or a blank cell in it) higher is taken as better,
 * which made every slower response green: Category 3's 90th centile of 3:10:00 against 2:00:00 was
 * +58.33%, on target. A time against a time standard is nearly always lower-is-better, but that is a
 * guess the product does not make for the analyst: the indicator is not rated, and the Check says to add
 * the polarity. Source: NHS England's Ambulance Response Programme standards (a mean and a 90th centile
 * per category, in minutes and seconds); docs/workbook.md, "Layouts hunted", session 11.
 */
import type { IndicatorRow } from '../model';
import { notRatedTime, polarityAssumed, TIME_WITHOUT_POLARITY, timeWithoutPolaritySentence } from '../rules/time-name';

/** Why such an indicator is not rated: the Highlights sheet's and the JSON's reason (rules/time-name.ts). */
export { TIME_WITHOUT_POLARITY };

/**
 * The sentence (after the indicator's name) for a row whose target is a time (`targetTime`, as its cell
 * shows it: "7:00") and whose polarity was assumed, not read from a cell or a target's comparator; null
 * for any other row. Shape: the row as read so far (polaritySource set), the target as a clock text.
 */
export function timeWithoutPolarity(row: IndicatorRow, targetTime: string): string | null {
  if (!polarityAssumed(row)) return null;
  return timeWithoutPolaritySentence(
    `its target ${targetTime} and its figures are times`,
    notRatedTime('variance or RAG colour'),
    'a response or waiting time',
  );
}
