/**
 * The result as JSON, in the shape of the golden `expected-q3.json`: the same field names and kinds of
 * values ("Dec", "green", "up", quartile 4, null where none), plus a few extra fields.
 */
import type { ScoreResult } from '../model';

export function resultToJson(result: ScoreResult): Record<string, unknown> {
  return {
    quarter: result.quarter,
    ...(result.period ? { period: result.period } : {}),
    tolerancePct: result.tolerancePct,
    ...(result.toleranceMode ? { toleranceMode: result.toleranceMode } : {}),
    ...(result.dotComparison ? { dotComparison: result.dotComparison } : {}),
    indicators: result.indicators.map((s) => ({
      ref: s.ref,
      name: s.name,
      priority: s.priority,
      priorityName: s.priorityName,
      tier: s.tier,
      status: s.status,
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
      latestMonth: s.latestMonth,
      latestValue: s.latestValue,
      ...(s.latestUnit !== undefined ? { latestUnit: s.latestUnit } : {}),
      // How the workbook shows the figures (their cells' number formats), where not General.
      ...(s.latestFormat !== undefined ? { latestFormat: s.latestFormat } : {}),
      periodTarget: s.periodTarget,
      ...(s.targetFormat !== undefined ? { targetFormat: s.targetFormat } : {}),
      variancePct: s.variancePct,
      rag: s.rag,
      dot: s.dot,
      trend: s.trend,
      quartile: s.quartile,
      // Placed against a benchmarking club's median only: 'above median' or 'below median' (score/benchmark-quartile.ts).
      ...(s.benchmarkHalf ? { benchmarkHalf: s.benchmarkHalf } : {}),
      ...(s.polarity ? { polarity: s.polarity } : {}),
      ...(s.bands ? { bands: s.bands } : {}),
      ...(s.toleranceMode || s.tolerancePct !== result.tolerancePct
        ? { tolerance: s.tolerancePct, toleranceMode: s.toleranceMode ?? 'relative' }
        : {}),
      sheet: s.sheet,
      row: s.row + 1,
      // An area's breakdown of an indicator counted on the whole's sheet: scored, not counted (read/area-sheets.ts).
      ...(s.area !== undefined ? { area: s.area } : {}),
    })),
    priorities: result.priorities,
    executiveSummary: result.executiveSummary,
    // Whose workbook it is, where not a council's (read/organisation.ts): the summaries' words follow it.
    ...(result.organisation ? { organisation: result.organisation } : {}),
    strongPerformance: result.strongPerformance,
    requiresImprovement: result.requiresImprovement,
    tier1: result.tier1,
    findings: result.findings,
  };
}
