/** Scoring one indicator for a quarter: the rules (docs/workbook.md, “The rules”) applied in order. */
import { toDateIncrements } from '../rules/to-date-dot';
import { TARGET_TO_LATER } from '../read/target-to-date';
import { monthShareQuarters } from '../rules/month-share-dot';
import { dotAgainstLastYear, earlierTargetNotItsOwn } from '../rules/earlier-target';
import { MONTH_SHARE } from '../rules/month-share';
import { isPercentage } from '../rules/percentage';
import type {
  Direction,
  DotComparison,
  IndicatorRow,
  IndicatorScore,
  MonthNumber,
  QuarterNumber,
  Rag,
  ToleranceMode,
} from '../model';
import { monthName, monthsOfQuarter, quarterEndMonth, quarterOfMonth } from '../periods';
import { compareFigures, directionOfTravel, directionTowardsTarget, trendFromLastYear } from '../rules/direction';
import { dataGapReason, latestValue, previousValue, suppressedBefore, type Reported } from '../rules/latest';
import { blankDueQuarter, blankQuarterReason } from '../rules/quarter-due';
import { periodTarget, ratingTargets, type TargetSource } from '../rules/targets';
import { typedTrendHasFigures } from '../rules/trend';
import { NEEDS_A_PROFILE, needsAProfile } from '../rules/cumulative';
import { nearerEnd } from '../rules/target-range';
import { cumulativeDoubt } from '../rules/cumulative-unsure';
import { statusOfRag, variancePct } from '../rules/variance';
import { worseEarlierMiss, worstMonthAgainstZero } from '../rules/zero-target';
import { timeMeasureWithoutPolarity, timeTargetsWithoutPolarity } from '../rules/time-name';
import { distanceFromTarget, ragOneSided, ragTwoSided, twoSidedBands } from '../rules/tolerance';

export interface IndicatorContext {
  quarter: QuarterNumber;
  tolerancePct: number;
  /** The workbook's tolerance mode (absent: relative) and two-sided bands (absent: from the tolerance). Issue 7. */
  toleranceMode?: ToleranceMode;
  greenBand?: number | null;
  amberBand?: number | null;
  /** What DOT compares with (absent: the previous quarter). Issue 7. */
  dotComparison?: DotComparison;
  priority: number;
  priorityName: string;
  key: string;
  /** Explicit month targets for this indicator (Targets sheet), if any. */
  explicitTargets: (number | null)[] | null;
  /** Last year's monthly values for this indicator (Last year sheet), if any. */
  lastYearSheet: (number | null)[] | null;
  /** The table has a target column and no Profile column (nor a "YTD" period header): rules/cumulative-unsure.ts. */
  noProfileColumn?: boolean;
}

interface Measured {
  target: number | null;
  variancePct: number | null;
  rag: Rag | null;
}

/** How an indicator is judged against its target: polarity, tolerance and its mode, two-sided bands. */
interface Rules {
  tolerance: number;
  mode: ToleranceMode;
  /** Two-sided only: ± around the target in the mode's unit, before any range target widens green. */
  bands: { green: number; amber: number } | null;
}

/**
 * The latest figure measured against its period's target, written into `into` and returned: one of the two
 * objects below, made once — scoreIndicator reads a measure at once and keeps none (issue 11: two objects
 * an indicator were made and dropped).
 */
function measure(row: IndicatorRow, source: TargetSource, reported: Reported, rules: Rules, into: Measured): Measured {
  const target = periodTarget(source, reported.month);
  into.target = target;
  if (target === null) {
    into.variancePct = null;
    into.rag = null;
    return into;
  }
  // A two-sided range: on target within it, measured from its nearer end outside it (rules/target-range.ts).
  const range = row.targetRange && row.polarity === 'close' && row.greenBand == null ? row.targetRange : null;
  if (range) {
    const end = nearerEnd(reported.value, range, target);
    into.target = end.bound;
    into.variancePct = end.within ? 0 : variancePct(reported.value, end.bound, 'close');
    into.rag = end.within
      ? 'green'
      : ragTwoSided(
          distanceFromTarget(reported.value, end.bound, into.variancePct, rules.mode),
          bandsAt(row, source, rules),
        );
    return into;
  }
  const variance = variancePct(reported.value, target, row.polarity);
  into.variancePct = variance;
  into.rag =
    row.polarity !== 'close'
      ? ragOneSided(reported.value, target, row.polarity, variance, rules.tolerance, rules.mode)
      : ragTwoSided(distanceFromTarget(reported.value, target, variance, rules.mode), bandsAt(row, source, rules));
  return into;
}

/** The latest figure's measure, and the previous one's (measure's `into`). */
const MEASURED_NOW: Measured = { target: null, variancePct: null, rag: null };
const MEASURED_BEFORE: Measured = { target: null, variancePct: null, rag: null };
/** Not measured (a cumulative rate without a profile). Read only. */
const NOT_MEASURED: Measured = Object.freeze({ target: null, variancePct: null, rag: null });

/**
 * A two-sided indicator's bands. A target typed as a range (95–105) is measured from its nearer end
 * (rules/target-range.ts): green is the range itself (a band of 0 beyond it), amber the tolerance beyond it
 * unless an amber band is given.
 */
function bandsAt(row: IndicatorRow, source: TargetSource, rules: Rules): { green: number; amber: number } {
  const bands = rules.bands!;
  const range = row.targetRange;
  if (!range || source.annualTarget === null || row.greenBand != null) return bands;
  // Measured from the range's nearer end: amber the row's own Amber band, else the tolerance, beyond it.
  return twoSidedBands(rules.tolerance, 0, row.amberBand != null ? bands.amber : null);
}

/** A band typed as a fraction (0.05), as the percent it shows (5) in relative mode; else undefined. */
function asPercent(mode: ToleranceMode, v: number | undefined): number | undefined {
  return mode === 'relative' && v !== undefined ? Number((v * 100).toPrecision(15)) : undefined;
}

/** No band or tolerance typed as a fraction (most rows). Read only. */
const NO_FRACTIONS: NonNullable<IndicatorRow['fractions']> = Object.freeze({});

export function scoreIndicator(row: IndicatorRow, ctx: IndicatorContext): IndicatorScore {
  const asked = row.toleranceMode ?? ctx.toleranceMode ?? 'relative';
  // Percentage points apply only to a percentage: any other indicator is scored relative, and a Check
  // says so (fresh-user check 5: HSMR 103 against 100 was measured in "points" of its own unit).
  // Its Unit cell, formats or name say whether it is one (rules/percentage.ts; fresh-user check 7, item 5).
  const pointsNotPercent = asked === 'points' && !isPercentage(row);
  const mode: ToleranceMode = pointsNotPercent ? 'relative' : asked;
  const f = row.fractions ?? NO_FRACTIONS;
  const tolerancePct =
    (mode !== 'relative' ? f.tolerance : undefined) ??
    row.tolerancePct ??
    (mode === 'absolute' ? row.toleranceAmount : undefined) ??
    ctx.tolerancePct;
  // Points on a percentage held as a fraction (0.622 shown as 62.2%): a point is 0.01 of the figure as
  // held, so the band is measured on the figures' scale (fresh-user check 5: 62.2% against 92% was amber
  // "within 2 points", 0.298 apart).
  const perPoint = mode === 'points' && row.percentScale === 'fraction' ? 100 : 1;
  const held = (x: number | null | undefined) =>
    x === null || x === undefined || perPoint === 1 ? x : Number((x / perPoint).toPrecision(15));
  const bandsHeld =
    row.polarity === 'close'
      ? twoSidedBands(
          held(tolerancePct)!,
          held(asPercent(mode, f.greenBand) ?? row.greenBand ?? ctx.greenBand),
          held(asPercent(mode, f.amberBand) ?? row.amberBand ?? ctx.amberBand),
        )
      : null;
  const rules: Rules = { tolerance: held(tolerancePct)!, mode, bands: bandsHeld };
  // Built in the order the result has always had, without object spreads: spreading a base object per
  // indicator was a large part of scoring at county scale (issue 11). Where no optional field is there
  // (most indicators), in one object literal: a score grown field by field reallocates its properties'
  // store again and again, and at 10,000 indicators that was a tenth of the run's allocation.
  const plain = mode === 'relative' && row.polarity !== 'close' && !pointsNotPercent;
  // A target that cannot be read on its values' scale makes a data gap that says why (session 8, noticed item 1).
  const targetGap = row.scaleProblem?.dataGap ? row.scaleProblem.reason : undefined;
  let latest = targetGap ? null : latestValue(row.periods, ctx.quarter);
  // A quarterly indicator's own quarter column blank: a data gap, not the quarter before carried forward (fresh user 15).
  const blankQuarter = latest !== null && blankDueQuarter(row, latest, ctx.quarter);
  if (blankQuarter) latest = null;
  if (!latest) {
    // An annual indicator before its quarter is not yet due, not a data gap; in or after it, a data gap
    // that says the figure was due (session 8, noticed item 3).
    const notDue = !targetGap && row.annual !== undefined && ctx.quarter < row.annual.due;
    const reason = notDue
      ? `reported annually, due in Q${row.annual!.due}`
      : (targetGap ??
        (blankQuarter ? blankQuarterReason(ctx.quarter) : null) ??
        dataGapReason(row.periods, ctx.quarter) ??
        (row.annual ? `annual figure due in Q${row.annual.due}, not yet in` : null));
    if (plain && !reason)
      return {
        ref: row.ref,
        name: row.name,
        key: ctx.key,
        priority: ctx.priority,
        priorityName: ctx.priorityName,
        tier: row.tier,
        sheet: row.sheet,
        row: row.row,
        quartile: row.quartile,
        tolerancePct,
        status: 'data gap',
        latestMonth: null,
        latestValue: null,
        periodTarget: null,
        variancePct: null,
        rag: null,
        dot: null,
        trend: null,
        trendSource: null,
        previous: null,
      };
    const score = baseScore(row, ctx, tolerancePct, mode, pointsNotPercent);
    score.status = notDue ? 'not due' : 'data gap';
    if (reason) score.reason = reason;
    score.latestMonth = null;
    score.latestValue = null;
    score.periodTarget = null;
    score.variancePct = null;
    score.rag = null;
    score.dot = null;
    score.trend = null;
    score.trendSource = null;
    score.previous = null;
    return score;
  }
  // A target on another scale from its values is not rated against (rules/targets.ts, ratingTargets).
  // A latest value written unlike the row's others (0.051 among "5.2%"s) is not rated (noticed item 3, session 5).
  const odd = row.mixedScale?.odd;
  const latestOdd = odd !== undefined && odd.includes(latest.month - 1);
  const contextual = unratedForNoDirection(row);
  // Neither way better and no target either ("n/a" in both): No target, as counted and as its target's
  // finding says — not "Not rated", kept for a target there (fresh-user check 7, item 4: CF03); the
  // reason ("n/a (neither higher nor lower is better)") is kept for the Highlights.
  const targetless =
    row.annualTarget === null &&
    !(ctx.explicitTargets ?? []).some((t) => t !== null) &&
    !row.periodTargets?.some((t) => t !== null);
  const targets =
    contextual ??
    timeTargetsWithoutPolarity(row, ctx.explicitTargets) ??
    ratingTargets(row, ctx.explicitTargets, latestOdd);
  const source = targets.now;
  // A target of 0 missed in any month of the quarter is missed for the quarter (rules/zero-target.ts).
  const lastFigure = latest;
  const worst =
    latestOdd || odd !== undefined
      ? null
      : worstMonthAgainstZero(row.periods, latest, row.polarity, (m) => periodTarget(source, m));
  if (worst) latest = worst;
  // … and where the quarter ends missing it, the quarter-end figure stands: a worse month before it is named (fresh user 14).
  const worse =
    worst || latestOdd || odd !== undefined
      ? null
      : worseEarlierMiss(row.periods, latest, row.polarity, (m) => periodTarget(source, m));
  let now = measure(row, source, latest, rules, MEASURED_NOW);
  // A cumulative rate building up over the year, short of the full-year target mid-year, with no profile:
  // not rated rather than counted red (rules/cumulative.ts; session 9, fresh-user check 3).
  // A target to date (read/target-to-date.ts) is the target for the figure as it stands: no profile is asked of it.
  // … but a Target column that is the target to a later period gives no earlier period's target: not rated (regress13).
  const laterToDate = row.targetToDate?.asTarget === true && latest.month < row.targetToDate.month;
  const toDate =
    !laterToDate &&
    row.targetToDate !== undefined &&
    (row.targetToDate.asTarget || row.targetToDate.month === latest.month);
  const unprofiled = !toDate && !laterToDate && needsAProfile(row, latest.month, ctx.explicitTargets, now.rag);
  if (unprofiled || laterToDate) now = NOT_MEASURED;
  // Cumulative or not, unknown, and the RAG depends on it: not rated either (rules/cumulative-unsure.ts; fresh-user check 8).
  const unsure =
    unprofiled || toDate || laterToDate || now.rag === null || now.target === null
      ? undefined
      : cumulativeUnsure(row, ctx, source, latest, now, rules);
  if (unsure) now = NOT_MEASURED;
  const notJudged = unprofiled || laterToDate || unsure !== undefined;
  // Last year's figures on another scale from the values are left out of DOT and Trend (noticed item 1, session 5).
  const lastYearOk = !row.lastYearScaleProblem;
  // The previously reported figure suppressed ("<5"): no DOT across it (rules/latest.ts; fresh user 4, session 10).
  const acrossSuppressed = suppressedBefore(row.periods, latest, ctx.dotComparison ?? 'quarter') !== null;
  const prevLast = acrossSuppressed
    ? null
    : previousValue(row.periods, latest, lastYearOk ? row.previousYear : undefined, ctx.dotComparison ?? 'quarter');
  // The quarter before is its worst month against a target of 0 too, as the quarter was scored (fresh user 10: PRV03).
  const prev =
    prevLast && !prevLast.lastYear && odd === undefined
      ? (worstMonthAgainstZero(row.periods, prevLast, row.polarity, (m) => periodTarget(source, m)) ?? prevLast)
      : prevLast;
  // Last year's figure is measured against last year's target where the table has it ("Target 2022/23"),
  // else the annual target (profiled); never against this year's Targets sheet (issue 7).
  const lastYearSource = targets.lastYear;
  // The earlier period with no target of its own is not measured against another period's (rules/earlier-target.ts).
  const notOwn =
    prev && !notJudged && !prev.lastYear ? earlierTargetNotItsOwn(row, source, latest.month, prev.month) : null;
  const before =
    prev && !notJudged
      ? notOwn
        ? unmeasured(MEASURED_BEFORE)
        : measure(row, prev.lastYear ? lastYearSource : source, prev, rules, MEASURED_BEFORE)
      : null;
  // Neither way better ("Contextual"): no DOT or Trend to count as improving or worsening (session 9, fresh-user check 3).
  // A time with no polarity (read/time-polarity.ts): which way is better is not known, so no DOT or Trend either.
  const noDirection =
    row.noBetterDirection !== undefined ||
    unreadDirection(row) !== undefined ||
    row.scaleProblem?.polarity === true ||
    timeMeasureWithoutPolarity(row);
  const trend = noDirection ? NO_TREND : trendOf(row, ctx, latest, now.target, latestOdd);
  const bandsAtTarget = rules.bands && now.target !== null ? bandsAt(row, source, rules) : undefined;
  // Reported in points, as the analyst gave them, not on the figures' scale.
  const bands =
    bandsAtTarget && perPoint !== 1
      ? {
          green: Number((bandsAtTarget.green * perPoint).toPrecision(15)),
          amber: Number((bandsAtTarget.amber * perPoint).toPrecision(15)),
        }
      : bandsAtTarget;
  const status = now.rag === null ? 'no target' : statusOfRag(now.rag);
  // Not "first reported" when last year's figures are there but on another scale: not determined.
  // Nor is DOT worked out between two figures written differently (noticed item 3, session 5).
  const prevOdd = odd !== undefined && prev !== null && !prev.lastYear && odd.includes(prev.month - 1);
  const noDot =
    noDirection ||
    notJudged ||
    acrossSuppressed ||
    (!prev && !lastYearOk && row.previousYear?.some((p) => p.kind === 'number')) ||
    (prev !== null && prevOdd !== latestOdd);
  // The earlier period with no target of its own: against the same periods last year where the table has
  // both, else no DOT (rules/earlier-target.ts).
  const sinceLastYear = notOwn && !noDot ? earlierAgainstLastYear(row, ctx, latest, prev!, latestOdd || prevOdd) : null;
  const dot = noDot
    ? null
    : notOwn
      ? (sinceLastYear?.direction ?? null)
      : dotOf(row, latest, now, prev, before, targets.unrated === MONTH_SHARE);
  let previous: IndicatorScore['previous'] = null;
  if (prev && before) {
    previous = {
      month: monthName(prev.month),
      value: prev.value,
      periodTarget: before.target,
      variancePct: before.variancePct,
    };
    if (prev.lastYear) previous.lastYear = true;
  }
  if (plain && bands === undefined && !targets.unrated && !notJudged && !latest.unit && !worst && !worse && !notOwn)
    return {
      ref: row.ref,
      name: row.name,
      key: ctx.key,
      priority: ctx.priority,
      priorityName: ctx.priorityName,
      tier: row.tier,
      sheet: row.sheet,
      row: row.row,
      quartile: row.quartile,
      tolerancePct,
      status,
      latestMonth: monthName(latest.month),
      latestValue: latest.value,
      periodTarget: now.target,
      variancePct: now.variancePct,
      rag: now.rag,
      dot,
      trend: trend.direction,
      trendSource: trend.source,
      previous,
    };
  const score = baseScore(row, ctx, tolerancePct, mode, pointsNotPercent);
  if (bands) score.bands = bands;
  score.status = status;
  if (targets.unrated) score.reason = targets.unrated;
  else if (laterToDate) score.reason = TARGET_TO_LATER;
  else if (notJudged) score.reason = NEEDS_A_PROFILE;
  if (unsure) score.cumulativeUnsure = unsure;
  // A reason it was not rated is counted, and said, as Not rated (fresh-user check 7, item 4).
  if (status === 'no target' && score.reason !== undefined && !(contextual && targetless)) score.status = 'not rated';
  score.latestMonth = monthName(latest.month);
  score.latestValue = latest.value;
  if (worst) score.zeroMissedBefore = { month: monthName(lastFigure.month), value: lastFigure.value };
  if (worse) score.zeroWorseBefore = { month: monthName(worse.month), value: worse.value };
  if (latest.unit) score.latestUnit = latest.unit;
  score.periodTarget = now.target;
  score.variancePct = now.variancePct;
  score.rag = now.rag;
  score.dot = dot;
  if (notOwn) {
    score.dotEarlierTarget = { why: notOwn };
    if (sinceLastYear) score.dotEarlierTarget.lastYear = sinceLastYear.figures;
  }
  score.trend = trend.direction;
  score.trendSource = trend.source;
  score.previous = previous;
  return score;
}

/** `into` as not measured: no target, no variance, no RAG (the earlier period with no target of its own). */
function unmeasured(into: Measured): Measured {
  into.target = null;
  into.variancePct = null;
  into.rag = null;
  return into;
}

type LastYearFigures = NonNullable<NonNullable<IndicatorScore['dotEarlierTarget']>['lastYear']>;

/**
 * DOT of the latest and earlier figures each against the same period last year (rules/earlier-target.ts), with
 * the figures it compared; null where last year's are not both there or not comparable (on another scale, or
 * either figure written unlike the row's others).
 */
function earlierAgainstLastYear(
  row: IndicatorRow,
  ctx: IndicatorContext,
  latest: Reported,
  prev: Reported,
  odd: boolean,
): { direction: Direction; figures: LastYearFigures } | null {
  if (row.lastYearScaleProblem || odd) return null;
  const lastYear = (m: MonthNumber) =>
    sameQuarterLastYear(row.lastYear, m) ?? sameQuarterLastYear(ctx.lastYearSheet, m);
  const nowLastYear = lastYear(latest.month);
  const beforeLastYear = lastYear(prev.month);
  const compared = dotAgainstLastYear(
    { value: latest.value, lastYear: nowLastYear },
    { value: prev.value, lastYear: beforeLastYear },
    row.polarity,
  );
  if (compared === null) return null;
  return {
    direction: compared.direction,
    figures: {
      now: nowLastYear!,
      before: beforeLastYear!,
      nowVariancePct: compared.now,
      beforeVariancePct: compared.before,
    },
  };
}

/**
 * An indicator whose polarity cell says neither way is better ("Contextual", "Monitor only"): no target to
 * rate against, the reason the Highlights sheet gives. Null for any other. A contextual figure is watched,
 * not judged: rating it against a direction nobody chose counted staff turnover going 0.9 → 1.0 as
 * "improving" (session 9, fresh-user check 3). As a two-sided indicator without a target has no DOT.
 */
function unratedForNoDirection(row: IndicatorRow): ReturnType<typeof ratingTargets> | null {
  const unread = unreadDirection(row);
  if (row.noBetterDirection === undefined && unread === undefined) return null;
  const none = { annualTarget: null, profile: row.profile, explicit: null };
  return {
    now: none,
    lastYear: none,
    unrated:
      row.noBetterDirection !== undefined
        ? `${row.noBetterDirection} (neither higher nor lower is better)`
        : `which way is better is not known (the Higher / Lower cell says "${unread}")`,
  };
}

/**
 * Words in the Higher / Lower cell that say no direction the reader knows ("Maintain", "Per plan"): the
 * indicator is not rated, rather than taken as higher is better (fresh-user check 5: "Under plan" read
 * so made agency spend over plan green). A blank cell is still taken as higher, with its Check.
 */
export function unreadDirection(row: IndicatorRow): string | undefined {
  return row.polarityProblem ? row.polarityProblem : undefined;
}

/** A score's first fields, in their order, for one with optional fields (built field by field). */
function baseScore(
  row: IndicatorRow,
  ctx: IndicatorContext,
  tolerancePct: number,
  mode: ToleranceMode,
  pointsNotPercent = false,
): IndicatorScore {
  const score = {
    ref: row.ref,
    name: row.name,
    key: ctx.key,
    priority: ctx.priority,
    priorityName: ctx.priorityName,
    tier: row.tier,
    sheet: row.sheet,
    row: row.row,
    quartile: row.quartile,
    tolerancePct,
  } as IndicatorScore;
  if (mode !== 'relative') score.toleranceMode = mode;
  if (row.polarity === 'close') score.polarity = row.polarity;
  if (pointsNotPercent) score.pointsNotPercent = true;
  return score;
}

/**
 * DOT compares variances; where either value has no variance (no target, or target 0) it compares
 * the values themselves, polarity-aware, so a missing target never hides a change.
 */
function dotOf(
  row: IndicatorRow,
  latest: Reported,
  now: Measured,
  prev: Reported | null,
  before: Measured | null,
  monthShare = false,
): Direction | null {
  if (!prev || !before) return 'first';
  if (now.variancePct !== null && before.variancePct !== null) {
    return row.polarity === 'close'
      ? directionTowardsTarget(now.variancePct, before.variancePct)
      : directionOfTravel(now.variancePct, before.variancePct);
  }
  if (row.polarity === 'close') {
    // Two-sided without variances: the distances from each period's own target, when both have one.
    if (now.target === null || before.target === null) return compareFigures(latest.value, prev.value, 'close', null);
    return compareFigures(latest.value - now.target, prev.value - before.target, 'close', 0);
  }
  // A month's share not rated: the quarters' months, not a month of each (rules/month-share-dot.ts).
  if (monthShare) {
    const quarters = monthShareQuarters(row, latest, prev);
    if (quarters === null) return null;
    if (quarters !== 'month') return compareFigures(quarters.now, quarters.before, row.polarity);
  }
  // A count to date (C. difficile YTD): each quarter's own increment, not totals that only rise (rules/to-date-dot.ts).
  const own = toDateIncrements(row, latest, prev);
  if (own) return compareFigures(own.now, own.before, row.polarity);
  return compareFigures(latest.value, prev.value, row.polarity);
}

/**
 * Trend: the latest value against the same month last year (else the last value of that quarter
 * last year). Without last year's figures, the arrow the analyst typed is kept — where the workbook
 * holds any figure behind it (noticed item 3, session 4: rules/trend.ts).
 */
function trendOf(
  row: IndicatorRow,
  ctx: IndicatorContext,
  latest: Reported,
  target: number | null,
  latestOdd = false,
): { direction: Direction | null; source: 'computed' | 'typed' | null } {
  // Last year's figures were held to the row's values written as its latest usually is: an odd latest is not compared with them.
  const lastYearOk = !row.lastYearScaleProblem && !latestOdd;
  const lastYear = lastYearOk
    ? (sameQuarterLastYear(row.lastYear, latest.month) ?? sameQuarterLastYear(ctx.lastYearSheet, latest.month))
    : null;
  // A two-sided indicator's Trend: which of the two figures is closer to this period's target.
  const computed = trendFromLastYear(latest.value, lastYear, row.polarity, target);
  if (computed) return COMPUTED_TREND[computed];
  const typed = row.typedTrend.value;
  // A typed arrow is kept only where the workbook holds figures behind it (rules/trend.ts).
  const figures = lastYearOk
    ? row
    : {
        periods: row.periods,
        lastYear: [],
        outturnPrevYear: row.outturnPrevYear,
        outturnScaleProblem: row.outturnScaleProblem,
      };
  if (typed && typed !== 'first' && typedTrendHasFigures(figures, lastYearOk ? ctx.lastYearSheet : null, latest.month))
    return TYPED_TREND[typed];
  return NO_TREND;
}

type Trend = { direction: Direction | null; source: 'computed' | 'typed' | null };

/** Each trend answer made once, read only (issue 11: trendOf runs for every indicator). */
function trends(source: 'computed' | 'typed'): Record<Direction, Trend> {
  const out = {} as Record<Direction, Trend>;
  for (const d of ['up', 'down', 'same', 'first'] as Direction[]) out[d] = Object.freeze({ direction: d, source });
  return out;
}
const COMPUTED_TREND = trends('computed');
const TYPED_TREND = trends('typed');
const NO_TREND: Trend = Object.freeze({ direction: null, source: null });

function sameQuarterLastYear(values: (number | null)[] | null, month: MonthNumber): number | null {
  if (!values) return null;
  const same = values[month - 1];
  if (same !== null && same !== undefined) return same;
  // The quarter's months up to this one, latest first (a loop: this runs for every indicator, issue 11).
  const first = monthsOfQuarter(quarterOfMonth(month))[0];
  for (let m = month; m >= first; m--) {
    const v = values[m - 1];
    if (v !== null && v !== undefined) return v;
  }
  // A quarterly last-year figure stands for the quarter's last month.
  const end = values[quarterEndMonth(quarterOfMonth(month)) - 1];
  return end ?? null;
}

/**
 * What an indicator that may be cumulative (rules/cumulative-unsure.ts `cumulativeDoubt`) would be against
 * the whole year's target (`now`) and against the year's share to date, when it is red or green against
 * the whole year and the two RAGs differ: it is then not rated. Undefined when there is no doubt, it is
 * amber, or both readings agree.
 */
function cumulativeUnsure(
  row: IndicatorRow,
  ctx: IndicatorContext,
  source: TargetSource,
  latest: Reported,
  now: Measured,
  rules: Rules,
): IndicatorScore['cumulativeUnsure'] {
  const doubt = cumulativeDoubt(row, latest.month, ctx.explicitTargets, ctx.noProfileColumn === true);
  // Amber against the whole year is left as it is (the Check asks): red or green is what misleads most.
  if (doubt === null || now.rag === null || now.rag === 'amber' || now.target === null) return undefined;
  // An object of its own: `now` is MEASURED_NOW, still being read.
  const pro = measure(row, { ...source, profile: 'cumulative' }, latest, rules, {
    target: null,
    variancePct: null,
    rag: null,
  });
  if (pro.rag === null || pro.target === null || pro.rag === now.rag) return undefined;
  return {
    doubt,
    whole: { target: now.target, variancePct: now.variancePct, rag: now.rag },
    proRata: { target: pro.target, variancePct: pro.variancePct, rag: pro.rag },
  };
}
