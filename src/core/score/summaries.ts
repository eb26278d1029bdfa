/** The summary tables (SPEC §3): count tables, the Tier 1 list, strong performance, requires improvement. */
import type { CountTable, IndicatorScore, PriorityCounts } from '../model';

export function emptyCounts(): CountTable {
  return {
    total: 0, onTarget: 0, offTarget: 0, within5: 0, dataGaps: 0, noTarget: 0,
    dotImproving: 0, dotWorsening: 0, dotSame: 0, dotTotal: 0,
    trendImproving: 0, trendWorsening: 0, trendSame: 0, trendTotal: 0,
  };
}

/**
 * A count table: Total PIs = on + off + within + data gaps + no target, and "can be determined"
 * = improving + worsening + same, by construction.
 */
export function countTable(scores: IndicatorScore[]): CountTable {
  const c = emptyCounts();
  for (const s of scores) {
    c.total++;
    if (s.status === 'on target') c.onTarget++;
    else if (s.status === 'off target') c.offTarget++;
    else if (s.status === 'within tolerance') c.within5++;
    else if (s.status === 'data gap') c.dataGaps++;
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

/** One count table per priority, in workbook order. */
export function priorityCounts(scores: IndicatorScore[]): PriorityCounts[] {
  const byPriority = new Map<number, IndicatorScore[]>();
  for (const s of scores) {
    const list = byPriority.get(s.priority);
    if (list) list.push(s);
    else byPriority.set(s.priority, [s]);
  }
  return [...byPriority.entries()]
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

/** Strong performance: 1st or 2nd quartile, and DOT improving or the same. */
export function isStrongPerformance(s: IndicatorScore): boolean {
  return (s.quartile === 1 || s.quartile === 2) && (s.dot === 'up' || s.dot === 'same');
}

/** Requires improvement: 3rd or 4th quartile, and DOT worsening or the same. */
export function requiresImprovement(s: IndicatorScore): boolean {
  return (s.quartile === 3 || s.quartile === 4) && (s.dot === 'down' || s.dot === 'same');
}

export function isTier1(s: IndicatorScore): boolean {
  return s.tier === 1;
}

/** How an indicator is named in lists: its ref, else its name. */
export function label(s: IndicatorScore): string {
  return s.ref ?? s.name;
}
