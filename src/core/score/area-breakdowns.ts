/**
 * Area breakdowns in the result (read/area-sheets.ts; fresh user 12, variant C): a BCU's, a district's or
 * a site's figures for an indicator the whole's sheet holds. They are scored and formatted on their own
 * rows, and listed with the indicators (`area` set), but every count, highlight and Tier 1 list is of
 * the indicators counted: each indicator once, from the whole's figure.
 */
import type { IndicatorScore } from '../model';
import { listed, plural } from '../words';

/** True when the score is an area's breakdown of an indicator counted elsewhere. */
export function isAreaBreakdown(s: IndicatorScore): boolean {
  return s.area !== undefined;
}

/** The indicators counted: area breakdowns left out. The same array when there are none. */
export function countedIndicators(indicators: readonly IndicatorScore[]): IndicatorScore[] {
  for (let i = 0; i < indicators.length; i++)
    if (indicators[i].area !== undefined) return indicators.filter((s) => s.area === undefined);
  return indicators as IndicatorScore[];
}

/**
 * Numbers the priorities again so that those with counted indicators come first, in the order they were
 * numbered, and those holding only breakdowns after them: the count tables' P1 … Pn run without a gap
 * wherever the area sheets stand in the workbook. Changes `indicators`.
 */
export function breakdownPrioritiesLast(indicators: IndicatorScore[]): void {
  if (!indicators.some(isAreaBreakdown)) return;
  const counted = new Set<number>();
  for (const s of indicators) if (s.area === undefined) counted.add(s.priority);
  const numbers = [...new Set(indicators.map((s) => s.priority))].sort((a, b) => a - b);
  const order = [...numbers.filter((n) => counted.has(n)), ...numbers.filter((n) => !counted.has(n))];
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  for (const s of indicators) s.priority = renumber.get(s.priority)!;
}

/**
 * The one line the summaries give the breakdowns, beside the counts: "15 area breakdown rows (on 'North
 * BCU', 'South BCU' and 'Central BCU') are scored and coloured on their own sheets, not counted here: each
 * indicator is counted once, from the figure for the whole." Empty where there are none.
 */
export function breakdownSentence(indicators: readonly IndicatorScore[]): string {
  const sheets: string[] = [];
  let rows = 0;
  for (const s of indicators)
    if (s.area !== undefined) {
      rows++;
      if (!sheets.includes(s.sheet)) sheets.push(s.sheet);
    }
  if (rows === 0) return '';
  return `${plural(rows, 'area breakdown row')} (on ${listed(sheets.map((s) => `'${s}'`))}) ${plural.word(rows, 'is', 'are')} scored and coloured on ${sheets.length === 1 ? 'its own sheet' : 'their own sheets'}, not counted here: each indicator is counted once, from the figure for the whole.`;
}
