/**
 * Values as the adapter hands them to Range.values. Excel parses a string written there as if it were
 * typed, so text that looks like a formula, a number (even "1 1/2", 1.5), a date, a time, a boolean or an
 * error would stop being text. A leading apostrophe keeps it text (Excel stores the apostrophe as a
 * prefix, not in the value). Only a PlanValue `{ formula }` is written as a formula.
 */
import type { PlanValue } from '../core';

const FORMULA_LIKE = /^[=+\-@']/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const ERROR_LIKE = /^\s*#/;
/** Digits with separators, signs, currency, percent, exponent, brackets: what Excel may read as a number. */
const NUMBER_LIKE = /^[\s\d.,()%£$€¥+\-eE]*$/;
/** A whole number and a fraction, which Excel reads as a number: "1 1/2" is 1.5. */
const FRACTION_LIKE = /^\s*[-+]?\d+\s+\d+\s*\/\s*\d+\s*$/;
/** Dates and times as Excel reads them: 1/2/21, 2021-02-01, 1-Feb, Feb 21, 10:30, 10:30 AM. */
const DATE_LIKE =
  /^\s*(\d{1,4}[/\-.]\d{1,2}([/\-.]\d{1,4})?|\d{1,2}[\s\-/]?[a-z]{3,9}\.?([\s\-/,]+\d{1,4})?|[a-z]{3,9}\.?[\s\-/]+\d{1,4}([\s,\-/]+\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m?)?|\d{1,2}\s*[ap]m)\s*$/i;

/** True when Excel would not keep this string as text if written as it is. */
export function needsTextPrefix(s: string): boolean {
  if (s === '') return false;
  if (FORMULA_LIKE.test(s) || BOOLEAN_LIKE.test(s) || ERROR_LIKE.test(s)) return true;
  if (!/\d/.test(s)) return false;
  return NUMBER_LIKE.test(s) || FRACTION_LIKE.test(s) || DATE_LIKE.test(s);
}

/** What to put in Range.values for a planned value; null leaves the cell alone, "" clears it. */
export function cellInput(v: PlanValue | null): string | number | boolean | null {
  if (v === null) return null;
  // An error value ("#N/A") written as typed: Excel reads it as the error, not as text.
  if (typeof v === 'object') return 'formula' in v ? v.formula : v.error;
  if (typeof v !== 'string') return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}
