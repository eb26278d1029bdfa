/**
 * Rounding as Excel's ROUND does it: half away from zero, on the number as Excel shows it
 * (15 significant digits), so that 2.675 rounds to 2.68 as an analyst expects, not 2.67.
 */
export function roundHalfAway(x: number, dp: number): number {
  const factor = 10 ** dp;
  // Without toPrecision (issue 11), where it cannot change the result: the two roundings to 15
  // significant digits below move |x| × factor by less than 2e-14 of itself (under 2e-7 below 1e7),
  // and floor(… + 0.5) only jumps at a half, so away from a half (more than 1e-4 off) the result is
  // the same integer over the same factor. NaN and ±Infinity fail `s < 1e7` and go the long way.
  // test/core/rounding.test.ts checks both ways agree.
  const a = x < 0 ? -x : x;
  const s = a * factor;
  if (s < 1e7 && a < 1e14) {
    const k = Math.floor(s);
    const f = s - k;
    if (f < 0.4999 || f > 0.5001) {
      const rounded = (f > 0.5 ? k + 1 : k) / factor;
      const signed = x < 0 ? -rounded : rounded;
      return signed === 0 ? 0 : signed;
    }
  }
  return roundShown(x, factor);
}

/** ROUND on the number as Excel shows it, near a half: the long way, with toPrecision. */
function roundShown(x: number, factor: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(x.toPrecision(15));
  // Beyond 15 significant digits there are no decimals left to round.
  if (Math.abs(shown) >= 1e15) return shown;
  const scaled = Number((Math.abs(shown) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  const signed = shown < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}

/** Two figures are the same figure when they agree to 10 significant digits (no floating noise). */
export function sameFigure(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= scale * 1e-10;
}

/**
 * A percentage as the fraction a cell formatted as a percentage holds (5.28 → 0.0528), to 12
 * significant digits: `Number((pct / 100).toPrecision(12))`, which the variance cells and the
 * Highlights list have always written. Without making the text where it cannot change the result
 * (issue 11): a variance rounded to 2 dp is the double nearest k/100 for a whole k; then pct / 100 is
 * within 3e-16 of k/10000 (relative), far inside the half unit of the 12th digit (5e-13 at least), so
 * the 12 digits are k/10000's own (at most 11 when |k| < 1e11) and reading them back gives the double
 * nearest k/10000, which is k / 10000. Anything else (more decimals, huge, NaN) goes the long way.
 * test/core/rounding.test.ts checks both ways agree.
 */
export function percentAsFraction(pct: number): number {
  const k = Math.round(pct * 100);
  if (k / 100 === pct && k > -1e11 && k < 1e11) return k === 0 ? 0 : k / 10000;
  return Number((pct / 100).toPrecision(12));
}

/**
 * `Number(x.toPrecision(digits))` (x to 12 or 15 significant digits, as the cells and the Highlights
 * lists have always held it), without making the text where it cannot change the result (issue 11): a
 * whole number below 10^digits has at most `digits` significant digits, so it reads back as itself
 * (-0 as 0, as the text "0" reads back). Anything else goes the long way.
 */
export function toSignificant(x: number, digits: 12 | 15): number {
  if (Number.isInteger(x) && x < 1e12 && x > -1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(digits));
}
