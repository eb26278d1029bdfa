/**
 * A percentage's figure far above 100% in a row whose other figures and target are all at most 100%:
 * 71.2 typed into an A&E 4-hour cell formatted 0.0% shows as 7,120.0% among 70.5%–78.1%. Scored as it
 * stands it was +9,028% against 78%, green, counted as on target, with only an outlier Check (fresh user 11,
 * an NHS trust's IPR). Such a figure is left out of the scores, as a plain number among percentages too far
 * from them to be read is (`readPlainAmongPercents` in number-formats.ts): it becomes a note (`scale`), so
 * its quarter is a data gap that says why, and a Check names the cell (`plainPercents`).
 *
 * "Cannot exceed 100%" is judged from the row itself, not from its name: the figure is over 100%, every
 * other figure of the row and its target are at most 100%, and the figure is at least ten times the median
 * of the others. A bed occupancy of 104% among 95%–99%, or activity at 112% of plan among 98%–108%, is
 * read as typed; only a figure an order of magnitude out, over 100%, is refused.
 */
import type { IndicatorRow } from '../model';
import { median } from '../rules/median';
import { periodName, type PeriodNaming } from '../periods';
import { ukNumber } from '../words';

/** How far above the others' median a figure over 100% must be to be refused: ten times. */
export const OVER_HUNDRED_FACTOR = 10;

/**
 * `percentHeld[i]`: period i is a figure shown as a percentage, and in which units it is held now
 * ('fraction': 0.712 is 71.2%; 'percent': 71.2 is 71.2%), or null (not a percentage figure). Changes `out`
 * in place: each refused figure becomes a `scale` note and gets a `plainPercents` Check. Returns the
 * refused periods' indices (the caller clears their `shown` bits: no figure there now).
 */
export function refuseOverHundred(
  out: IndicatorRow,
  percentHeld: readonly ('fraction' | 'percent' | null)[],
  naming: PeriodNaming,
): number[] {
  if (out.mixedScale) return [];
  const asPercent = (i: number): number | null => {
    const p = out.periods[i];
    const held = percentHeld[i];
    if (p.kind !== 'number' || held === null || held === undefined) return null;
    return held === 'fraction' ? p.value * 100 : p.value;
  };
  const over: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < out.periods.length; i++) {
    const v = asPercent(i);
    if (v === null) continue;
    (v > 100 ? over : rest).push(i);
  }
  if (over.length === 0 || rest.length === 0) return [];
  const held = percentHeld[rest[rest.length - 1]];
  const target = out.annualTarget;
  const targetPercent = target === null ? null : held === 'fraction' ? target * 100 : target;
  if (targetPercent !== null && targetPercent > 100) return [];
  const others = rest.map((i) => Math.abs(asPercent(i)!));
  const middle = median(others);
  if (middle <= 0) return [];
  const text = (x: number) => `${ukNumber(4).format(Number(x.toPrecision(12)))}%`;
  const besides = (i: number) => {
    const near = [...rest].reverse().find((r) => r < i) ?? rest[rest.length - 1];
    return `${periodName(near + 1, naming)} ${text(asPercent(near)!)}${targetPercent === null ? '' : ` and the target ${text(targetPercent)}`}`;
  };
  const refused: number[] = [];
  for (const i of over) {
    const shown = asPercent(i)!;
    if (shown < OVER_HUNDRED_FACTOR * middle) continue;
    const name = periodName(i + 1, naming);
    const meant = text(Number((shown / 100).toPrecision(12)));
    out.periods[i] = {
      kind: 'note',
      text: `${name} ${text(shown)} is over 100% for a percentage whose other figures are at most 100%`,
      scale: true,
      refused: true,
    };
    out.plainPercents = [
      ...(out.plainPercents ?? []),
      {
        col: out.periodColumns[i]!,
        message:
          `${name} shows ${text(shown)}, over 100%, among percentages of at most 100% (${besides(i)}), so it is left out ` +
          `of the scores and its quarter is a data gap (no earlier figure is scored in its place): a percentage typed ` +
          `as a plain number into a cell formatted as a percentage shows a hundred times too large; type it as ` +
          `${meant} (with its % sign) and score again.`,
      },
    ];
    refused.push(i);
  }
  return refused;
}
