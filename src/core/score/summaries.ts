/** The summary tables (docs/workbook.md, “The rules”): count tables, the Tier 1 list, strong performance, requires improvement. */
import type { CountTable, IndicatorScore, PriorityCounts, ScoreResult } from '../model';
import { toleranceWords } from '../rules/tolerance';
import { plural } from '../words';

export function emptyCounts(): CountTable {
  return {
    total: 0,
    onTarget: 0,
    offTarget: 0,
    withinTolerance: 0,
    dataGaps: 0,
    noTarget: 0,
    notRated: 0,
    dotImproving: 0,
    dotWorsening: 0,
    dotSame: 0,
    dotTotal: 0,
    trendImproving: 0,
    trendWorsening: 0,
    trendSame: 0,
    trendTotal: 0,
  };
}

/**
 * Not rated: scored, with a target, but not judged against it this quarter — `reason` says why (a month's
 * figure against a longer period's target, "Contextual" polarity, "Needs a profile", target and values on
 * scales that disagree). Its status is 'no target' (no variance, no RAG), but it is counted and named apart
 * from an indicator that has no target at all (session 9 closing note, noticed item 3).
 */
export function isNotRated(s: IndicatorScore): boolean {
  return s.status === 'not rated';
}

/**
 * A count table: Total PIs = on + off + within + data gaps + no target + not rated, and "can be determined"
 * = improving + worsening + same, by construction.
 */
export function countTable(scores: IndicatorScore[]): CountTable {
  const c = emptyCounts();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    // Not yet due (an annual indicator before its quarter): not one of the quarter's indicators, so not
    // counted at all, as the council's report counts those "due to be reported" (session 8, noticed item 3).
    if (s.status === 'not due') continue;
    c.total++;
    if (s.status === 'on target') c.onTarget++;
    else if (s.status === 'off target') c.offTarget++;
    else if (s.status === 'within tolerance') c.withinTolerance++;
    else if (s.status === 'data gap') c.dataGaps++;
    else if (s.status === 'not rated') c.notRated++;
    else c.noTarget++;
    if (s.dot === 'up') c.dotImproving++;
    else if (s.dot === 'down') c.dotWorsening++;
    else if (s.dot === 'same') c.dotSame++;
    if (s.trend === 'up') c.trendImproving++;
    else if (s.trend === 'down') c.trendWorsening++;
    else if (s.trend === 'same') c.trendSame++;
  }
  c.dotTotal = c.dotImproving + c.dotWorsening + c.dotSame;
  c.trendTotal = c.trendImproving + c.trendWorsening + c.trendSame;
  return c;
}

/**
 * The indicators of each priority, keyed by priority number, the priorities in the order their first
 * indicator comes in `scores` (workbook order), each priority's indicators in their order (a priority's
 * tables may be on several sheets). Used by the count tables and by the Highlights lists.
 */
export function groupByPriority(scores: IndicatorScore[]): Map<number, IndicatorScore[]> {
  const byPriority = new Map<number, IndicatorScore[]>();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const list = byPriority.get(s.priority);
    if (list) list.push(s);
    else byPriority.set(s.priority, [s]);
  }
  return byPriority;
}

/** One count table per priority, in priority number order. */
export function priorityCounts(scores: IndicatorScore[]): PriorityCounts[] {
  return [...groupByPriority(scores).entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([priority, list]) => ({ priority, priorityName: list[0].priorityName, ...countTable(list) }));
}

/**
 * The executive summary: the sum of the priority tables, so it always equals them
 * (the seed report's does not).
 */
export function executiveSummary(priorities: CountTable[]): CountTable {
  const total = emptyCounts();
  for (const p of priorities) {
    for (const k of Object.keys(total) as (keyof CountTable)[]) total[k] += p[k];
  }
  return total;
}

/**
 * Strong performance: 1st or 2nd quartile, and DOT improving or the same. At or better than a benchmarking
 * club's median with no figure to tell the 1st from the 2nd ('above median') is one of the two (fresh user 14).
 */
export function isStrongPerformance(s: IndicatorScore): boolean {
  return (
    (s.quartile === 1 || s.quartile === 2 || s.benchmarkHalf === 'above median') && (s.dot === 'up' || s.dot === 'same')
  );
}

/** Requires improvement: 3rd or 4th quartile (or 'below median', one of the two), and DOT worsening or the same. */
export function requiresImprovement(s: IndicatorScore): boolean {
  return (
    (s.quartile === 3 || s.quartile === 4 || s.benchmarkHalf === 'below median') &&
    (s.dot === 'down' || s.dot === 'same')
  );
}

/**
 * What an empty strong performance or requires improvement list says, true of the quartiles the indicators
 * have (session 9 closing note, noticed item 7: "None this quarter" with no quartile anywhere read as "all
 * is well"): "None this quarter." when every indicator has a quartile; how many could be judged when some
 * have none; and, when none has one, that none can be listed and what to add. `findings`: where the
 * findings are ("'Q3 Findings'", "the findings").
 */
export function noneListed(result: Pick<ScoreResult, 'indicators' | 'organisation'>, findings: string): string {
  let judged = 0;
  let counted = 0;
  for (const s of result.indicators) {
    if (s.status === 'not due' || s.area !== undefined) continue;
    counted++;
    if (s.quartile !== null || s.benchmarkHalf !== undefined) judged++;
  }
  if (judged === counted) return 'None this quarter.';
  // Outside a council, some with a quartile and some without: every indicator was considered (highlights.ts 'mixed').
  if (judged > 0 && result.organisation !== undefined) return 'None this quarter.';
  if (judged > 0)
    return `None this quarter among the ${plural(judged, 'indicator')} with a quartile; the other ${counted - judged} ${plural.word(counted - judged, 'has', 'have')} none (N/A), so they cannot be listed here.`;
  // No quartile anywhere: the lists were chosen against target (highlights.ts), and none met the rule.
  return judged === 0 && counted > 0
    ? 'None this quarter.'
    : `None can be listed: no indicator has a quartile (1st to 4th). Add a Quartile column with each indicator's quartile; a cell not read as one is named in ${findings}.`;
}

export function isTier1(s: IndicatorScore): boolean {
  return s.tier === 1;
}

/** How an indicator is named in lists: its ref, else its name. */
export function label(s: IndicatorScore): string {
  return s.ref ?? s.name;
}

/**
 * The workbook's tolerance in words, with its mode (issue 7): "5%", "1 percentage point",
 * "2 (in each indicator's own unit)".
 */
export function workbookToleranceWords(result: ScoreResult): string {
  return toleranceWords(result.tolerancePct, result.toleranceMode ?? 'relative');
}

/**
 * True when every indicator was scored with the workbook's tolerance in the workbook's mode, and none
 * is two-sided: only then may the count column say "Within 5%".
 */
export function oneToleranceForAll(result: ScoreResult): boolean {
  const mode = result.toleranceMode ?? 'relative';
  // A loop, not every() with a closure: asked a few times a run, so it runs before it is optimised (issue 11).
  const scores = result.indicators;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s.tolerancePct !== result.tolerancePct || (s.toleranceMode ?? 'relative') !== mode || s.polarity === 'close')
      return false;
  }
  return true;
}

/**
 * The header of the amber count, labelled honestly (issue 7): "Within 5% of target" (or "Within 1
 * percentage point of target") when one tolerance applies to every indicator, else "Within tolerance".
 * `short` gives the terminal's "Within 5%".
 */
export function withinToleranceLabel(result: ScoreResult, short = false): string {
  const mode = result.toleranceMode ?? 'relative';
  if (!oneToleranceForAll(result) || mode === 'absolute') return 'Within tolerance';
  const words = mode === 'points' ? plural(result.tolerancePct, 'pt') : `${result.tolerancePct}%`;
  if (short) return `Within ${words}`;
  return `Within ${workbookToleranceWords(result)} of target`;
}

/**
 * The tolerance as a headline gives it: "a 5% tolerance" (or "a tolerance of 1 percentage point"), and where
 * indicators scored this quarter have bands of their own (a Tolerance column, RAG bands in words),
 * "a 5% tolerance unless a row gives its own (14 rows)" (fresh user 14: the headline said 5% while most rows
 * had their own). Annual indicators not yet due are not counted among them.
 */
export function toleranceHeadline(result: ScoreResult): string {
  const mode = result.toleranceMode ?? 'relative';
  const base =
    mode === 'relative' ? `a ${result.tolerancePct}% tolerance` : `a tolerance of ${workbookToleranceWords(result)}`;
  let own = 0;
  for (const s of result.indicators) {
    if (s.status === 'not due') continue;
    if (s.tolerancePct !== result.tolerancePct || (s.toleranceMode ?? 'relative') !== mode || s.polarity === 'close')
      own++;
  }
  return own === 0 ? base : `${base} unless a row gives its own (${plural(own, 'row')})`;
}

/**
 * The tolerance one figure can name for every indicator, in its mode's unit (issue 7): "5%", "1
 * percentage point", "5 percentage points" — the seed report's "within a 5% tolerance", SPEC §2's
 * "percentage points". Null in absolute mode (each indicator has its own unit) and when indicators
 * have their own tolerance or are two-sided (oneToleranceForAll): then only "tolerance" is true of all.
 */
export function namedTolerance(result: ScoreResult): string | null {
  const mode = result.toleranceMode ?? 'relative';
  if (mode === 'absolute' || !oneToleranceForAll(result)) return null;
  return workbookToleranceWords(result);
}

/**
 * The amber count's words in a sentence: "within 5%", "within 5 percentage points" (points mode, never
 * "within 5%"), else "within tolerance" (namedTolerance). The outcome message and the pane say "8 within 5%".
 */
export function withinWords(result: ScoreResult): string {
  return `within ${namedTolerance(result) ?? 'tolerance'}`;
}

/**
 * How the summary says what the scoring used (issue 7): null with the defaults (relative tolerance,
 * DOT against the previous quarter, nothing two-sided), else a sentence naming the tolerance mode,
 * indicators with their own tolerance, two-sided indicators and the DOT comparison.
 */
export function rulesSentence(result: ScoreResult): string | null {
  const mode = result.toleranceMode ?? 'relative';
  const parts: string[] = [];
  if (mode === 'points')
    parts.push(
      `Tolerance in percentage points: an indicator no more than ${plural(result.tolerancePct, 'point')} worse than its target is amber`,
    );
  if (mode === 'absolute')
    parts.push(
      `Tolerance as an amount in each indicator's own unit: an indicator no more than ${result.tolerancePct} worse than its target is amber`,
    );
  // Not percentages in points mode, scored relative with the run's tolerance: not a tolerance of their own
  // (fresh user 11: "11 indicators have their own tolerance" in a workbook with no Tolerance column).
  const notPercent = (s: ScoreResult['indicators'][number]) =>
    mode === 'points' && s.pointsNotPercent === true && s.tolerancePct === result.tolerancePct;
  const own = result.indicators.filter(
    (s) => !notPercent(s) && (s.tolerancePct !== result.tolerancePct || (s.toleranceMode ?? 'relative') !== mode),
  ).length;
  const relative = result.indicators.filter(notPercent).length;
  if (relative > 0)
    parts.push(
      `${plural(relative, 'indicator')} ${plural.word(relative, 'is not a percentage', 'are not percentages')}, so ${plural.word(relative, 'it is', 'they are')} scored within ${result.tolerancePct}% of ${plural.word(relative, 'its', 'their')} target (relative) instead`,
    );
  if (own > 0) parts.push(`${plural(own, 'indicator')} ${plural.word(own, 'has its', 'have their')} own tolerance`);
  const close = result.indicators.filter((s) => s.polarity === 'close').length;
  if (close > 0)
    parts.push(
      `${plural(close, 'indicator')} ${plural.word(close, 'is', 'are')} close-to-target (green within the green band either side of the target, amber within the amber band)`,
    );
  if (result.dotComparison === 'period')
    parts.push('DOT compares each value with the previous reported period (month-on-month), not the previous quarter');
  return parts.length ? `${parts.join('; ')}.` : null;
}
