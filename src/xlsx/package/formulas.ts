/**
 * Shared formulas (ECMA-376 Part 1 §18.3.1.40, `<f t="shared">`): Excel stores a formula filled down
 * or across once, on the first cell of its range (the master, with `ref` and the text), and each other
 * cell names it by `si` alone. Each cell's own formula is the master's with its relative references
 * moved by the cell's offset from the master — the translation ExcelJS makes (its
 * `lib/utils/shared-formula.js`, MIT), so both paths journal the same formula for such a cell.
 */
import { columnLetters, parseCellAddress } from '../../core';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * The master's formula as it reads in another cell of its range: relative columns and rows moved by
 * the offset, absolute ones ($) kept; function names and names beyond column XFD left alone.
 * @param formula the master's formula text, without "="
 * @param from the master's address ("H2"); @param to the cell's ("H5")
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) return formula;
  return formula.replace(
    CANDIDATE,
    (whole: string, sheet: string | undefined, _name: string, part: string, paren: string | undefined) => {
      if (paren) return whole;
      const m = REFERENCE.exec(part);
      if (!m) return whole;
      const letters = m[2].toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
      let col = parseCellAddress(`${letters}1`)!.col;
      let row = Number(m[4]);
      if (!m[1]) col += b.col - a.col;
      if (!m[3]) row += b.row - a.row;
      return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(col)}${m[3] ?? ''}${row}`;
    },
  );
}
