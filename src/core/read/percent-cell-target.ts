/**
 * A whole number typed into a target cell formatted as a percentage, over values formatted so too: the
 * analyst typed the target as it reads ("94" for 94%) and Excel keeps it as 94, shown 9400.0%; or typed
 * "1" for 1% and it shows 100.00%. Both sides carry a percent sign, so the percentage-scale rule
 * (number-formats.ts, `scaleMismatch`: only one side with a percent sign) let it through and the
 * indicator was scored −99% red or +99.02% green with nothing said (fresh-user check 7, item 6: CF01
 * "Primary school attendance" target 94 in a `0.0%` cell over 93.6%; HSN2 "% rent lost due to voids"
 * target 1 in `0.00%` over 0.98%). The same numbers in a General cell get the percentage-scale Check;
 * this gives the formatted cell the same outcome: read on the values' scale with a Check where the target
 * moved a hundredfold sits among them (within a factor of two of their median), else a data gap that says
 * why.
 *
 * Only a whole number from 1 up is taken for such a slip (what a person types for a percentage), and
 * only 30 to 300 times the values' median: a genuine target of 100% over values near 1% is not a target
 * anyone sets. Source: docs/workbook.md, "Number formats" (a target typed into a percentage cell).
 */
import { median } from '../rules/median';
import { ukNumber } from '../words';

/** How the slip is told, or null when there is none. `target`: as stored (94); `values`: as stored (0.936). */
export interface PercentCellSlip {
  /** The target read on the values' scale (0.94), or null when it does not sit among them. */
  readAs: number | null;
  /** The Check's sentence (with `readAs`) or the data gap's reason (without). */
  message: string;
  /** The data gap's reason, when `readAs` is null. */
  reason?: string;
}

const pct = (n: number): string => `${ukNumber(4).format(Number(n.toPrecision(12)))}%`;

/**
 * The slip, when the stored `target` is a whole number ≥ 1 that is 30–300 times the median of the
 * stored `values` (all shown as percentages, as fractions), else null.
 */
export function percentCellTargetSlip(target: number, values: number[]): PercentCellSlip | null {
  if (!Number.isInteger(target) || target < 1 || values.length === 0) return null;
  const m = median(values);
  if (!(m > 0) || m >= 1) return null;
  const ratio = target / m;
  if (ratio < 30 || ratio > 300) return null;
  const moved = Number((target / 100).toPrecision(15));
  const shows = `the target cell shows ${pct(target * 100)} (${target} typed into a cell formatted as a percentage) over values shown as percentages (such as ${pct(values[values.length - 1] * 100)})`;
  const near = moved / m;
  if (near >= 0.5 && near <= 2)
    return {
      readAs: moved,
      message: `${shows}, so it is read as ${pct(target)}; type it as ${pct(target)} (or correct it) and score again.`,
    };
  return {
    readAs: null,
    reason: `the target cell shows ${pct(target * 100)}, too far from its values to be read as ${pct(target)}`,
    message: `${shows}, too far from them to be read as ${pct(target)}, so it is not rated and counted as a data gap; type the target meant as a percentage (${pct(target)}?) and score again.`,
  };
}
