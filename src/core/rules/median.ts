/**
 * The median of some figures: the middle one when sorted, or the mean of the two middle ones. NaN for
 * none. The figures are not changed (a sorted copy is made). Used by the percentage-scale checks
 * (read/number-formats.ts) and the month-share rule (rules/month-share.ts).
 */
export function median(ns: readonly number[]): number {
  const s = [...ns].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
