/**
 * A time measure told by its name, typed as a plain number, with nothing saying which way is better
 * (session 11's hunt, left as it was; the follow-up, session 11). A Northern Ireland council's statutory
 * planning indicator "Major planning applications: average processing time (weeks)", 33.1 against a
 * standard of 30, in a table with no Higher / Lower is better? column, was taken as higher-is-better:
 * +10.33%, green, slower than the standard, and DOT "down" for a fall from 45.2 weeks to 33.1 — both
 * backwards. Times kept as Excel times ("mm:ss") are already not rated so (read/time-polarity.ts); a time
 * in weeks, days, minutes or hours typed as a plain figure is the same guess, so it is treated the same:
 * not rated where it has a target (no variance, RAG colour, DOT or Trend), and given no DOT or Trend
 * where it has none, each with one Check saying to give it a polarity.
 *
 * The name must say the figure itself is a time, not a count or a share of cases within a time: a unit
 * in brackets ("(weeks)", "(working days)", "(mins)"), "… in days" at its end, or a kind of time
 * ("processing time", "response time", "waiting time", "time taken", "time to …", "average days to …").
 * Names with a percentage, "within", "on time", "rate" or "number of" in them ("… determined within 13
 * weeks %", "Bins collected on time", "First time entrants") are no time measures. Source: Department for
 * Infrastructure (NI), planning statutory indicators (average processing time in weeks); docs/workbook.md,
 * "Layouts hunted", session 11, follow-up.
 */
import type { IndicatorRow } from '../model';

/** Why a time with no polarity is not rated: the Highlights sheet's and the JSON's reason (also read/time-polarity.ts). */
export const TIME_WITHOUT_POLARITY = 'a time with nothing to say whether a lower or a higher time is better';

/**
 * True where the row's polarity was assumed (higher taken as better): no Higher / Lower is better? cell, no
 * comparator in its target ("≤ 30"), no range, no unread polarity word, not "Contextual". The condition under
 * which a time is not rated, whether told by its name (here) or by its cells' times (read/time-polarity.ts).
 */
export function polarityAssumed(
  row: Pick<IndicatorRow, 'polaritySource' | 'targetRange' | 'polarityProblem' | 'noBetterDirection'>,
): boolean {
  return row.polaritySource === 'assumed' && !row.targetRange && !row.polarityProblem && !row.noBetterDirection;
}

/**
 * The Check's sentence (after the indicator's name) for a time with no polarity, one home for its four
 * cases: `subject` what shows it is a time ("its name says its figures are times and its target is 30"),
 * `outcome` what the product did instead of guessing, `example` the times Lower suits.
 */
export function timeWithoutPolaritySentence(subject: string, outcome: string, example: string): string {
  return (
    `${subject}, and nothing says whether a lower or a higher time is better (no Higher / Lower is better? for ` +
    `it), so ${outcome}; give it a polarity (Lower for ${example}) and score again.`
  );
}

/** What the product does with such a time that has a target (the Check's words): `what` it is not given. */
export function notRatedTime(what: string): string {
  return `it is not rated (no ${what}, counted under "Not rated") rather than take higher as better, which would make a slower time green`;
}

/** A unit of time in brackets, or closing the name ("… in days"). */
const TIME_UNIT =
  /\((?:average |mean |median )?(?:working |calendar )?(?:weeks?|days?|mins?|minutes?|hours?|hrs?|seconds?|secs?)\)|\bin (?:working |calendar )?(?:weeks|days|minutes|hours)\s*$/i;

/** A kind of time: the figure is how long something took. */
const TIME_KIND =
  /\b(?:processing|response|responding|waiting|wait|turnaround|turn-round|journey|attendance|handling|resolution|decision|clearance|answer|answering|re-?let|void) times?\b|\btime (?:taken|to)\b|\b(?:average|mean|median) (?:number of )?(?:working |calendar )?(?:days|weeks|hours|minutes) (?:to|taken|for)\b/i;

/** Words that make the figure a share, a rate or a count rather than a time. */
const NOT_A_TIME =
  /%|\bper ?cent|\bpercentage\b|\bproportion\b|\bwithin\b|\bon time\b|\brate\b|\bnumber of (?!days|weeks)/i;

/** True when the indicator's name says its figure is a time (weeks, days, minutes, hours): `TIME_UNIT`, `TIME_KIND`. */
export function timeMeasureName(name: string): boolean {
  return !NOT_A_TIME.test(name) && (TIME_UNIT.test(name) || TIME_KIND.test(name));
}

/**
 * True for a row whose figures are times — its name says so (`timeMeasureName`), or they are shown as
 * times ("mm:ss") with no target (`timesWithoutTarget`; with a target, read/time-polarity.ts decides) — and
 * whose polarity was assumed: no Higher / Lower is better? cell, no comparator in its target ("≤ 30"), no
 * range, no unread polarity word, not "Contextual". Shape: the row as read (`polaritySource` set).
 */
export function timeMeasureWithoutPolarity(
  row: Pick<
    IndicatorRow,
    'name' | 'polaritySource' | 'targetRange' | 'polarityProblem' | 'noBetterDirection' | 'timesWithoutTarget'
  >,
): boolean {
  return polarityAssumed(row) && (row.timesWithoutTarget === true || timeMeasureName(row.name));
}

/** The Check's sentence (after the indicator's name) for such a row with a target (`target` as its cell shows it). */
export function timeNameWithTargetMessage(target: string): string {
  return timeWithoutPolaritySentence(
    `its name says its figures are times and its target is ${target}`,
    notRatedTime('variance, RAG colour or DOT'),
    'a processing or waiting time',
  );
}

/**
 * The Check's sentence (after the indicator's name) for such a row with no target: no DOT or Trend.
 * `byName`: its name says it is a time (else its cells show times).
 */
export function timeNoTargetMessage(byName: boolean): string {
  return timeWithoutPolaritySentence(
    timesSubject(byName),
    'no DOT or Trend is given rather than call a faster time worsening',
    'a response, processing or waiting time',
  );
}

function timesSubject(byName: boolean): string {
  return byName ? 'its name says its figures are times' : 'its figures are times';
}

/**
 * The targets such a row is rated against: none, with the reason, where it has a target of any kind — its
 * month targets from the table ("Sep-25 Plan") or a Targets sheet (`explicit`, index 0 = April) as well as
 * an annual one — and no Check of the reader's already stops it (`scaleProblem`). An "Average wait for
 * first appointment (weeks)" of 6.8 against a month's plan of 6 was +13.33%, green. Null otherwise.
 */
export function timeTargetsWithoutPolarity(
  row: Parameters<typeof timeMeasureWithoutPolarity>[0] &
    Pick<IndicatorRow, 'scaleProblem' | 'annualTarget' | 'profile'>,
  explicit: readonly (number | null)[] | null | undefined,
): {
  now: { annualTarget: null; profile: IndicatorRow['profile']; explicit: null };
  lastYear: { annualTarget: null; profile: IndicatorRow['profile']; explicit: null };
  unrated: string;
} | null {
  if (row.scaleProblem || !timeMeasureWithoutPolarity(row)) return null;
  if (row.annualTarget === null && !(explicit ?? []).some((t) => t !== null)) return null;
  const none = { annualTarget: null, profile: row.profile, explicit: null };
  return { now: none, lastYear: none, unrated: TIME_WITHOUT_POLARITY };
}

/** The Check's sentence (after the indicator's name) for such a row rated against month targets: not rated. */
export function timeMonthTargetsMessage(byName: boolean): string {
  return timeWithoutPolaritySentence(
    `${timesSubject(byName)} and it has targets for its months`,
    notRatedTime('variance, RAG colour or DOT'),
    'a response, processing or waiting time',
  );
}
