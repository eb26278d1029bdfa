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
import type { IndicatorScore, Organisation } from '../model';
import { isStrongPerformance, requiresImprovement } from './summaries';

/** True where an indicator is placed among others: a quartile, or above or below a benchmark median. */
export function hasComparison(s: IndicatorScore): boolean {
  return s.quartile !== null || s.benchmarkHalf !== undefined;
}

/**
 * Which rule chooses the lists: 'quartile' (the report's), 'target' (no indicator has a quartile), or
 * 'mixed' — some have a quartile and some not, outside a council (fresh user 14, a housing association:
 * "Requires improvement" held TP01 and TP09 and none of the reds without a quartile, BS01's 99.6% gas safety
 * among them, and "Strong performance" six TSMs below target; a board reads the lists as the exceptions).
 * Decision: mixed, an indicator below its target is never strong, and every one off target and worsening or
 * the same requires improvement, with or without a quartile; a quartile (or a benchmark median) still lists
 * the 3rd and 4th as requiring improvement and keeps the 3rd and 4th out of strong. A council keeps its
 * report's rule (St Helens lists by quartile only, its indicators without one left out), as the St Helens
 * report does; the rule printed above each list says which chose it.
 */
export function highlightsRule(
  indicators: readonly IndicatorScore[],
  organisation?: Organisation,
): 'quartile' | 'target' | 'mixed' {
  let counted = 0;
  let compared = 0;
  for (const s of indicators) {
    if (s.status === 'not due' || s.area !== undefined) continue;
    counted++;
    if (hasComparison(s)) compared++;
  }
  if (counted > 0 && compared === 0) return 'target';
  if (compared < counted && organisation !== undefined && organisation !== 'council') return 'mixed';
  return 'quartile';
}

/** True when the lists are chosen against target: no indicator (not due aside) has a quartile, and some are scored. */
export function highlightsByTarget(indicators: readonly IndicatorScore[]): boolean {
  return highlightsRule(indicators) === 'target';
}

const steadyOrBetter = (s: IndicatorScore) => s.dot === 'up' || s.dot === 'same';
const steadyOrWorse = (s: IndicatorScore) => s.dot === 'down' || s.dot === 'same';

/** The strong performers, by the rule `highlightsRule` picks. */
export function strongPerformers(indicators: readonly IndicatorScore[], organisation?: Organisation): IndicatorScore[] {
  const rule = highlightsRule(indicators, organisation);
  if (rule === 'quartile') return indicators.filter(isStrongPerformance);
  if (rule === 'mixed')
    return indicators.filter(
      (s) =>
        s.rag === 'green' &&
        steadyOrBetter(s) &&
        (!hasComparison(s) || s.quartile === 1 || s.quartile === 2 || s.benchmarkHalf === 'above median'),
    );
  return indicators.filter((s) => s.rag === 'green' && steadyOrBetter(s));
}

/** The indicators requiring improvement, by the rule `highlightsRule` picks. */
export function improvementNeeded(
  indicators: readonly IndicatorScore[],
  organisation?: Organisation,
): IndicatorScore[] {
  const rule = highlightsRule(indicators, organisation);
  if (rule === 'quartile') return indicators.filter(requiresImprovement);
  if (rule === 'mixed')
    return indicators.filter((s) => requiresImprovement(s) || (s.rag === 'red' && steadyOrWorse(s)));
  return indicators.filter((s) => s.rag === 'red' && steadyOrWorse(s));
}
