/**
 * Telling text from formulas when reading a cell back. Range.formulas gives a formula cell's formula
 * ("=B5/C5"), a constant's value — and quote-prefixed text such as '= (typed in DOT cells for "same")
 * WITHOUT its apostrophe: "=" (office-js issue 6687). Taken for a formula, such text would be written
 * back as the formula "=", which Excel refuses. Range.values gives the text itself for a text cell and
 * the computed result for a formula cell, so:
 *
 *   a cell whose `formulas` entry equals its `values` entry is a constant (text, number, …), whatever
 *   its first character; only a `formulas` entry starting with "=" that differs from the value is a formula.
 *
 * The one case this misreads: a formula whose result is its own text (`=A1` where A1 holds the text
 * "=A1"). Excel offers an exact answer at the price of a request per range: Range.getSpecialCells
 * ("Formulas", ExcelApi 1.9) lists the formula cells; Range.valueTypes only says the result is a String.
 */

/** True when a cell read as (`formula` from Range.formulas, `value` from Range.values) holds a formula. */
export function isFormulaCell(formula: unknown, value: unknown): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  return !(typeof value === 'string' && value === formula);
}

/** The formula to keep for undo, or undefined when the cell holds a constant (quote-prefixed text included). */
export function formulaOf(formula: unknown, value: unknown): string | undefined {
  return isFormulaCell(formula, value) ? (formula as string) : undefined;
}
