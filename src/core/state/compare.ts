/**
 * Comparing cells the way Excel shows them: a figure equal to the displayed precision, a blank and
 * an empty text the same, colours without "#" and case.
 */
import type { CellValue } from '../model';
import { sameFigure } from '../rules/rounding';
import type { CellSnapshot } from './state';

/** A blank cell: null or an empty text. */
function isBlankValue(v: CellValue): boolean {
  return v === null || v === '';
}

/** Two values the analyst would see as the same (figures compared as sameFigure does; "" is blank). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (isBlankValue(a) || isBlankValue(b)) return isBlankValue(a) && isBlankValue(b);
  if (typeof a === 'number' && typeof b === 'number') return sameFigure(a, b);
  return false;
}

/** A colour as compared: RRGGBB in capitals, or `automatic` for null. */
function normColour(c: string | null, automatic: string | null): string | null {
  if (c === null) return automatic;
  if (c.length === 6 && c.charCodeAt(0) !== 35 /* # */ && c === c.toUpperCase()) return c;
  return c.replace(/^#/, '').toUpperCase().slice(-6);
}

/** Two colours the same; null stands for `automatic` (no fill: null; automatic text: 000000). */
export function sameColour(a: string | null, b: string | null, automatic: string | null): boolean {
  if (a === b) return true;
  return normColour(a, automatic) === normColour(b, automatic);
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
