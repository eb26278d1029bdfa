/**
 * Which indicators the Strong performance and Requires improvement lists hold (SPEC §3; docs/workbook.md,
 * "Highlights without quartiles"). The report's rule is by comparator quartile and DOT
 * (summaries.ts isStrongPerformance, requiresImprovement). A fire and rescue service, a police force or an
 * NHS trust keeps no quartiles (fresh user 10): both lists were always empty, "no indicator has a quartile",
 * and the Highlights sheet's two tables said nothing about the service's year. Decision: where no indicator
 * has a quartile, the lists are chosen by performance against target and DOT instead — strong: on target
 * and DOT improving or the same; requires improvement: off target and DOT worsening or the same — and the
 * rule printed above each list says which rule chose it. One quartile anywhere and the report's rule
 * stands (an indicator with none is then not listed, as before).
 */
import type { IndicatorScore } from '../model';
import { isStrongPerformance, requiresImprovement } from './summaries';

/** True when the lists are chosen against target: no indicator (not due aside) has a quartile, and some are scored. */
export function highlightsByTarget(indicators: readonly IndicatorScore[]): boolean {
  let counted = 0;
  for (const s of indicators) {
    if (s.status === 'not due' || s.area !== undefined) continue;
    counted++;
    if (s.quartile !== null) return false;
  }
  return counted > 0;
}

/** The strong performers, by the rule `highlightsByTarget` picks. */
export function strongPerformers(indicators: readonly IndicatorScore[]): IndicatorScore[] {
  if (!highlightsByTarget(indicators)) return indicators.filter(isStrongPerformance);
  return indicators.filter((s) => s.rag === 'green' && (s.dot === 'up' || s.dot === 'same'));
}

/** The indicators requiring improvement, by the rule `highlightsByTarget` picks. */
export function improvementNeeded(indicators: readonly IndicatorScore[]): IndicatorScore[] {
  if (!highlightsByTarget(indicators)) return indicators.filter(requiresImprovement);
  return indicators.filter((s) => s.rag === 'red' && (s.dot === 'down' || s.dot === 'same'));
}
