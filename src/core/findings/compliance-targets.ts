/**
 * A 100% target scored amber (fresh user 6, session 11): a housing association's gas safety checks at
 * 99.87% against 100% were amber, "within tolerance", under the workbook's 5%.
 *
 * Decision: **amber stays** — it is SPEC §3's rule (a variance of −0.13% is within a 5% tolerance), the
 * same rule every other indicator is scored by, and the product cannot tell a statutory "must be 100%"
 * (gas safety, fire risk assessments) from a 100% aspiration (calls answered, repairs on time) by the
 * figure alone. A target the law sets is met or missed, so where it is one the analyst says so the way the
 * product already offers: a **Tolerance** column of 0 on those rows makes anything under 100% red. This
 * Note names the indicators where the difference shows — a 100% target scored amber with the workbook's
 * tolerance — and says how, so an amber gas safety figure is never read as acceptable unremarked.
 */
import type { Finding, IndicatorScore } from '../model';
import { finding } from '../catalogue';
import { quote } from '../words';

/**
 * One Note for the indicators with a target of 100 (percent units) scored amber with the workbook's own
 * tolerance (not one a Tolerance column gave them), at the first; none where there are none.
 * @param indicators every indicator scored, in workbook order
 * @param tolerancePct the workbook's tolerance, percent
 */
export function fullTargetAmberNote(indicators: readonly IndicatorScore[], tolerancePct: number): Finding[] {
  const amber = indicators.filter(
    (i) =>
      i.rag === 'amber' &&
      isFullTarget(i) &&
      i.tolerancePct === tolerancePct &&
      i.toleranceMode === undefined &&
      i.bands === undefined,
  );
  if (amber.length === 0) return [];
  const first = amber[0];
  // A ref on several sheets (one per subsidiary) is named with its sheet.
  const sheets = new Set(amber.map((i) => i.sheet));
  const names = amber.slice(0, 6).map((i) => (i.ref ?? quote(i.name)) + (sheets.size > 1 ? ` on '${i.sheet}'` : ''));
  return [
    finding({
      kind: 'full-target-amber',
      at: { sheet: first.sheet, row: first.row, col: 0 },
      ref: null,
      who: names.join(', ') + (amber.length > names.length ? ` and ${amber.length - names.length} more` : ''),
      one: amber.length === 1,
      tolerance: tolerancePct,
    }),
  ];
}

/** A target of 100%: 100 in percent units, or 1 where the figure is shown as a percentage (0.9987 as 99.87%). */
function isFullTarget(i: IndicatorScore): boolean {
  if (i.latestValue === null) return false;
  if (i.periodTarget === 100) return i.latestValue < 100;
  return (
    i.periodTarget === 1 && i.latestValue < 1 && /%/.test(i.latestFormat?.code ?? '') && !i.latestFormat?.percentUnits
  );
}
