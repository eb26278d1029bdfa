/**
 * Comparing cells the way Excel shows them: a figure equal to the displayed precision, a blank and
 * an empty text the same, colours without "#" and case.
 */
import type { CellValue } from '../model';
import { sameFigure } from '../rules/rounding';
import type { CellSnapshot } from './state';

/** Two values the analyst would see as the same (figures compared as sameFigure does; "" is blank). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return sameFigure(a, b);
  return a === b;
}

/** Two colours the same; null stands for `automatic` (no fill: null; automatic text: 000000). */
export function sameColour(a: string | null, b: string | null, automatic: string | null): boolean {
  const norm = (c: string | null) => (c === null ? automatic : c.replace(/^#/, '').toUpperCase().slice(-6));
  return norm(a) === norm(b);
}

/** Two snapshots the same: formula, value, number format, fill and font colour. */
export function sameSnapshot(a: CellSnapshot, b: CellSnapshot): boolean {
  return (
    (a.formula ?? null) === (b.formula ?? null) &&
    Boolean(a.error) === Boolean(b.error) &&
    sameValue(a.value, b.value) &&
    a.format.numberFormat === b.format.numberFormat &&
    sameColour(a.format.fill, b.format.fill, null) &&
    sameColour(a.format.fontColor, b.format.fontColor, '000000')
  );
}
