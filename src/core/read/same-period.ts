/**
 * "Same period last year" columns beside a table of months (fresh user 12's Police and Crime Plan pack):
 * "Same period last year (Apr-Sep 24)" holds last year's April to September added up, a half-year's
 * crimes, not September's. Read here: which months last year the column covers.
 *
 * Decision: the months in brackets when the header names them ("(Apr-Sep 24)", "(April to September
 * 2024)"); else, in a table of months, the year so far (April to the latest month with a figure), as a
 * police or council performance pack means it; the finding says how it was read.
 * Pure; used by read/rows.ts (`toDateColumns`) and rules/same-period.ts.
 */
import { looseWords } from './values';

const MONTHS = ['apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'jan', 'feb', 'mar'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';

/** A range of months in a header's words: "apr sep 24", "april to september 2024". */
const RANGE = new RegExp(`(?:^| )${MONTH}(?: \\d{2,4})? (?:to |until |)${MONTH}(?: \\d{2,4})?$`);

/**
 * The months (1 = April) a header's bracketed range names, as [from, to]; null when it names none or
 * they run backwards across the financial year.
 * @param header the header as typed, e.g. "Same period last year (Apr-Sep 24)"
 */
export function headerMonthRange(header: string): [number, number] | null {
  const m = RANGE.exec(looseWords(header));
  if (!m) return null;
  const from = MONTHS.indexOf(m[1]) + 1;
  const to = MONTHS.indexOf(m[2]) + 1;
  return from >= 1 && to >= from ? [from, to] : null;
}

/** The header without a range of months at its end: "Same period last year (Apr-Sep 24)" → "same period last year". */
export function withoutMonthRange(header: string): string {
  const loose = looseWords(header);
  const m = RANGE.exec(loose);
  return m ? loose.slice(0, m.index).trim() : loose;
}
