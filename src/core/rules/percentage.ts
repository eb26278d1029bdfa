/**
 * Whether an indicator is a percentage: the one home of that decision (fresh-user check 7, item 5; the
 * housing association's board KPI pack). Two rules ask it, and default differently where nothing says:
 *
 * - points tolerance (`isPercentage`, score/score-indicator.ts): CORP6a's sickness days, 0.66 against 0.55
 *   in General with "Days" in its Unit column, were amber "within 2 points" at −20%. Where nothing says,
 *   taken as a percentage, as before: the St Helens report's percentages carry no "%" in their names ("Care
 *   leavers in suitable accommodation", 95) and are plain figures in General, and read as not percentages,
 *   points mode would measure none of them in points (docs/workbook.md, "Fresh-user check 7").
 * - a quarter's own figure against a target to date (`saysPercentage`, quarter-to-date.ts): a percentage's
 *   quarters are never added up. Where nothing says, not one: the quarters of a count may be.
 *
 * What says (`percentageSaid`), in order:
 * 1. its **Unit** cell (read/unit-column.ts, through `unitSaysPercent` below): "%" yes; "Days", "£",
 *    "Number", "Rate" no — the analyst's own word for the row;
 * 2. a percent sign in sight or a name saying percent (read/number-formats.ts `percentScale` 'fraction' or
 *    'percent': a % format or a typed "%" on its figures or its target, or "%", "per cent", "percentage" in
 *    its name), or a name saying it is a share of a whole ("proportion", "share"): yes;
 * 3. its figures' number format another ("0.0", "£#,##0": `percentScale` 'none'): no;
 * 4. a name whose subject is another unit ("Days between …", "Average days to …", "Cost per …", "Number
 *    of …", "(£)", "per 1,000"), or a name saying days lost, an average of days, a headcount, FTE, a number
 *    or count anywhere in it (fresh user 12's police pack): no;
 * 5. else nothing says (null).
 *
 * And the rules that add figures up ask a wider question here too, `isRate` (session 13: it had been a third
 * rule, in rules/cumulative.ts, reading the name and the target's percent sign but not the Unit column): is the
 * figure a rate, percentage, ratio, share or average — never added up month by month or quarter by quarter
 * (rules/month-share.ts, month-counts.ts, quarter-to-date.ts, same-period.ts, to-date-dot.ts, count-words.ts,
 * annual-to-date.ts through it, cumulative.ts's profiles). In order:
 * 1. its **Unit** cell (`unitTextSaysRate`): "%", "Rate", "Rate per 1,000", "Ratio", "Average", "Score" yes;
 *    "Number", "No.", "Count", "Total", "£", "£k", "£000s" no — the analyst's word for the row wins over its name;
 * 2. a percentage by the order above (`percentageSaid` true: a % format or typed "%" on its figures or target,
 *    "%", "per cent", "percentage", "proportion", "share" in its name), or its target shown with a percent sign: yes;
 * 3. a name saying rate, ratio, average, mean or "per" (`RATE_NAME`): yes;
 * 4. else no.
 */
import type { IndicatorRow } from '../model';

/** Words that say percent, in a name or a Unit cell: "%", "per cent", "percent", "percentage". */
export const PERCENT_WORDS = /%|\bper ?cent(?:age)?\b/i;

/** A name saying its figure is a share of a whole: "Proportion of …", "Market share". */
const SHARE_NAME = /\bproportion\b|\bshare\b/i;

/**
 * A name whose subject is a unit that is not a percentage: it opens with it ("Days between …", "Weeks spent
 * in …", "Average days to complete …", "Cost of …", "Number of …") or names money or a rate per population
 * ("(£)", "per 1,000"). Not a unit anywhere in the name: "visited within 2 working days", "breastfed at 6-8
 * weeks" are percentages of people (St Helens' ASC-23, PH-05).
 */
const OTHER_UNIT_NAME =
  /^(?:(?:average|mean|median|total|gross|net)\s+)?(?:days?|weeks?|hours?|minutes?|time|costs?|spend|number of|no\.? of)\b|£|\bper (?:1,?000|10,?000|100,?000)\b/i;

/**
 * A name that says its figure is another unit wherever the words stand (fresh user 12's police pack:
 * "Officer sickness – average working days lost", "PCSO headcount (FTE)"): days lost, an average of days or
 * hours, a headcount, FTE, a number or count. Not "within 2 working days" (a percentage of cases, St Helens'
 * ASC-23): no "average" or "lost" with the unit there.
 */
const OTHER_UNIT_WORDS =
  /\b(?:average|mean|median)\b.*\b(?:days?|weeks?|hours?|minutes?|mins?)\b|\bdays lost\b|\bheadcount\b|\bfte\b|\bnumber\b|\bcount\b/i;

/** What a row says about being a percentage. */
export type PercentageRow = Pick<IndicatorRow, 'name' | 'percentScale' | 'unitSaysPercent'>;

/** What a row says about being a rate (`isRate`): its name, Unit cell, number format and target's percent sign. */
export type RateRow = Pick<IndicatorRow, 'name' | 'shown'> &
  Partial<Pick<IndicatorRow, 'percentScale' | 'unitSaysPercent' | 'unitSaysRate' | 'scaleProblem'>>;

/**
 * Why a target typed as a change ("-5%" over counts of crimes, read/number-formats.ts) is not rated: the target
 * is a change, not a level. Its percent sign says nothing of how the figures are written (`isRate`).
 */
export const CHANGE_NOT_LEVEL = 'the target is a change in percent, not a level of its figures';

/**
 * A name saying its figure is a rate, a share or an average, which is never added up, and to date is measured
 * against the rate aimed for (a year-to-date 94% of invoices paid on time against 95%), never a share of it.
 */
const RATE_NAME =
  /%|\bper ?cent|\bpercentage\b|\bproportion\b|\bshare\b|\brate\b|\bratio\b|\baverage\b|\bmean\b|\bper\b/i;

/** What a name says (`nameSays`), one bit a pattern: percent or share words, another unit, a rate's words. */
const SAYS_PERCENT = 1;
const SAYS_OTHER_UNIT = 2;
const SAYS_RATE = 4;

/** Each name's `nameSays`, kept from run to run (several rules ask of every row); bounded, a pure function of the name. */
const saidByName = new Map<string, number>();

/**
 * What a name says, as bits: SAYS_PERCENT (PERCENT_WORDS or SHARE_NAME), SAYS_OTHER_UNIT (OTHER_UNIT_NAME or
 * OTHER_UNIT_WORDS), SAYS_RATE (RATE_NAME). The patterns run once a name, not once a rule that asks (issue 11).
 */
function nameSays(name: string): number {
  const kept = saidByName.get(name);
  if (kept !== undefined) return kept;
  const says =
    (PERCENT_WORDS.test(name) || SHARE_NAME.test(name) ? SAYS_PERCENT : 0) |
    (OTHER_UNIT_NAME.test(name) || OTHER_UNIT_WORDS.test(name) ? SAYS_OTHER_UNIT : 0) |
    (RATE_NAME.test(name) ? SAYS_RATE : 0);
  if (saidByName.size >= 100_000) saidByName.clear();
  saidByName.set(name, says);
  return says;
}

/**
 * True when the row's figure is a rate, percentage, ratio, share or average: never added up (the module's
 * `isRate` order: its Unit cell first, then a percentage said, its target's percent sign, its name).
 */
export function isRate(row: RateRow): boolean {
  if (row.unitSaysRate !== undefined) return row.unitSaysRate;
  if (row.unitSaysPercent === true) return true;
  // A change target's percent sign ("-5%" over counts: fresh user 12's PC1.3) makes no rate of a count.
  const change = row.scaleProblem?.reason === CHANGE_NOT_LEVEL;
  if (saidOf(row.unitSaysPercent, change ? undefined : row.percentScale, row.name) === true) return true;
  // Its target shown with a percent sign (`IndicatorRow.shown`, bits 0–1: 2 formatted, 3 typed percent).
  if (!change && ((row.shown ?? 0) & 3) >= 2) return true;
  return (nameSays(row.name) & SAYS_RATE) !== 0;
}

/** True when the row says it is a percentage, false when it says it is another unit, null when nothing says (see the module's order). */
export function percentageSaid(row: PercentageRow): boolean | null {
  return saidOf(row.unitSaysPercent, row.percentScale, row.name);
}

/** `percentageSaid` of a row's Unit cell's word, percent scale and name. */
function saidOf(
  unitSaysPercent: PercentageRow['unitSaysPercent'],
  percentScale: PercentageRow['percentScale'],
  name: string,
): boolean | null {
  if (unitSaysPercent !== undefined) return unitSaysPercent;
  if (percentScale === 'fraction' || percentScale === 'percent') return true;
  const says = nameSays(name);
  if (says & SAYS_PERCENT) return true;
  if (percentScale === 'none') return false;
  return says & SAYS_OTHER_UNIT ? false : null;
}

/** For points tolerance: a percentage unless the row says otherwise (the module's first rule). */
export function isPercentage(row: PercentageRow): boolean {
  return percentageSaid(row) ?? true;
}

/** For adding up a quarter's own figures: a percentage only where the row says so (the module's second rule). */
export function saysPercentage(row: PercentageRow): boolean {
  return percentageSaid(row) === true;
}

/**
 * What a Unit cell says (read/unit-column.ts): true for "%", "Percent", "Percentage", "% of …", "pc", "pct";
 * false for any other unit typed ("Days", "£", "No.", "Rate"); null for a blank cell (nothing said).
 * @param text the cell's text, trimmed and in lower case (read/values.ts normaliseText)
 */
export function unitTextSaysPercent(text: string): boolean | null {
  if (text === '') return null;
  return PERCENT_WORDS.test(text) || /^(?:pc|pct)$/.test(text);
}

/** A Unit cell naming a rate, ratio, average or score: "Rate", "Rate per 1,000", "per 100k", "kg/household", "Ratio", "Average", "Index". */
const RATE_UNIT = /\brate\b|\bratio\b|\bper\b|\baverage\b|\bavg\b|\bmean\b|\bmedian\b|\bscore\b|\bindex\b|\//;

/** A Unit cell naming a count or an amount of money, which add up: "Number", "No.", "Count", "Total", "£", "£k", "£000s", "£m", "000s". */
const COUNT_UNIT = /^(?:number|numbers|no\.?|nos\.?|num|count|counts|#|total|volume|cash|£.*|gbp.*|'?000s?)$/;
/^(?:number|numbers|no\.?|nos\.?|num|count|counts|#|total|volume|£.*|£|gbp|cash|(?:£|gbp)?\s*(?:k|m|000s?|'000s?))$/;

/**
 * What a Unit cell says for adding up (`isRate`, read/unit-column.ts): true for a percentage or a rate ("%",
 * "Rate per 1,000", "Ratio", "Average", "Score"); false for a count or money ("Number", "No.", "£k"); null for a
 * blank cell or another unit ("Days", "kg", "Minutes"), where the name decides.
 * @param text the cell's text, trimmed and in lower case (read/values.ts normaliseText)
 */
export function unitTextSaysRate(text: string): boolean | null {
  if (text === '') return null;
  if (unitTextSaysPercent(text) || RATE_UNIT.test(text)) return true;
  return COUNT_UNIT.test(text) ? false : null;
}
