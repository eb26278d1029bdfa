/**
 * Rounding as Excel's ROUND does it: half away from zero, on the number as Excel shows it
 * (15 significant digits), so that 2.675 rounds to 2.68 as an analyst expects, not 2.67.
 */
export function roundHalfAway(x: number, dp: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(x.toPrecision(15));
  // Beyond 15 significant digits there are no decimals left to round.
  if (Math.abs(shown) >= 1e15) return shown;
  const factor = 10 ** dp;
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
