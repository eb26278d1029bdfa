/** Scoring one indicator for a quarter: the rules of SPEC §3 applied in order. */
import type { Direction, IndicatorRow, IndicatorScore, MonthNumber, QuarterNumber, Rag } from '../model';
import { monthName, monthsOfQuarter, quarterEndMonth, quarterOfMonth } from '../periods';
import { compareFigures, directionOfTravel, trendFromLastYear } from '../rules/direction';
import { dataGapReason, latestValue, previousValue, type Reported } from '../rules/latest';
import { periodTarget, type TargetSource } from '../rules/targets';
import { ragForZeroTarget, ragStatus, statusOfRag, variancePct } from '../rules/variance';

export interface IndicatorContext {
  quarter: QuarterNumber;
  tolerancePct: number;
  priority: number;
  priorityName: string;
  key: string;
  /** Explicit month targets for this indicator (Targets sheet), if any. */
  explicitTargets: (number | null)[] | null;
  /** Last year's monthly values for this indicator (Last year sheet), if any. */
  lastYearSheet: (number | null)[] | null;
}

interface Measured {
  target: number | null;
  variancePct: number | null;
  rag: Rag | null;
}

function measure(row: IndicatorRow, source: TargetSource, reported: Reported, tolerancePct: number): Measured {
  const target = periodTarget(source, reported.month);
  if (target === null) return { target, variancePct: null, rag: null };
  const variance = variancePct(reported.value, target, row.polarity);
  const rag = variance === null ? ragForZeroTarget(reported.value, row.polarity) : ragStatus(variance, tolerancePct);
  return { target, variancePct: variance, rag };
}

export function scoreIndicator(row: IndicatorRow, ctx: IndicatorContext): IndicatorScore {
  const tolerancePct = row.tolerancePct ?? ctx.tolerancePct;
  const base = {
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
  };
  const latest = latestValue(row.periods, ctx.quarter);
  if (!latest) {
    const reason = dataGapReason(row.periods, ctx.quarter);
    return {
      ...base,
      status: 'data gap',
      ...(reason ? { reason } : {}),
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
  }
  const source: TargetSource = { annualTarget: row.annualTarget, profile: row.profile, explicit: ctx.explicitTargets };
  const now = measure(row, source, latest, tolerancePct);
  const prev = previousValue(row.periods, latest, row.previousYear);
  // Last year's figure is measured against last year's target where the table has it ("Target 2022/23"),
  // else the annual target (profiled); never against this year's Targets sheet (issue 7).
  const lastYearSource: TargetSource = { ...source, annualTarget: row.previousYearTarget ?? row.annualTarget, explicit: null };
  const before = prev ? measure(row, prev.lastYear ? lastYearSource : source, prev, tolerancePct) : null;
  const trend = trendOf(row, ctx, latest);
  return {
    ...base,
    status: now.rag === null ? 'no target' : statusOfRag(now.rag),
    latestMonth: monthName(latest.month),
    latestValue: latest.value,
    ...(latest.unit ? { latestUnit: latest.unit } : {}),
    periodTarget: now.target,
    variancePct: now.variancePct,
    rag: now.rag,
    dot: dotOf(row, latest, now, prev, before),
    trend: trend.direction,
    trendSource: trend.source,
    previous: prev && before
      ? { month: monthName(prev.month), value: prev.value, periodTarget: before.target, variancePct: before.variancePct, ...(prev.lastYear ? { lastYear: true } : {}) }
      : null,
  };
}

/**
 * DOT compares variances; where either value has no variance (no target, or target 0) it compares
 * the values themselves, polarity-aware, so a missing target never hides a change.
 */
function dotOf(row: IndicatorRow, latest: Reported, now: Measured, prev: Reported | null, before: Measured | null): Direction {
  if (!prev || !before) return 'first';
  if (now.variancePct !== null && before.variancePct !== null) return directionOfTravel(now.variancePct, before.variancePct);
  return compareFigures(latest.value, prev.value, row.polarity);
}

/**
 * Trend: the latest value against the same month last year (else the last value of that quarter
 * last year). Without last year's figures, the arrow the analyst typed is kept.
 */
function trendOf(row: IndicatorRow, ctx: IndicatorContext, latest: Reported): { direction: Direction | null; source: 'computed' | 'typed' | null } {
  const lastYear = sameQuarterLastYear(row.lastYear, latest.month) ?? sameQuarterLastYear(ctx.lastYearSheet, latest.month);
  const computed = trendFromLastYear(latest.value, lastYear, row.polarity);
  if (computed) return { direction: computed, source: 'computed' };
  const typed = row.typedTrend.value;
  if (typed && typed !== 'first') return { direction: typed, source: 'typed' };
  return { direction: null, source: null };
}

function sameQuarterLastYear(values: (number | null)[] | null, month: MonthNumber): number | null {
  if (!values) return null;
  const same = values[month - 1];
  if (same !== null && same !== undefined) return same;
  const inQuarter = monthsOfQuarter(quarterOfMonth(month)).filter((m) => m <= month).reverse();
  for (const m of inQuarter) {
    const v = values[m - 1];
    if (v !== null && v !== undefined) return v;
  }
  // A quarterly last-year figure stands for the quarter's last month.
  const end = values[quarterEndMonth(quarterOfMonth(month)) - 1];
  return end ?? null;
}
