/**
 * What Excel does with a value written through Range.values: a string is parsed as if typed, so "=1+1"
 * becomes a formula, "1,350,000" and "1 1/2" numbers, "TRUE" a boolean, "01/02/2021" a date; a leading apostrophe
 * keeps the rest as text. The add-in must escape strings it means as text; this makes the model tell.
 */
import type { CellValue } from '../../../src/core/model';
import { ExcelModelError } from './context';

export interface Typed {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  /** A number format Excel picks for what was typed ("5%" → 0%). */
  numberFormat?: string;
}

const NUMBER = /^\s*\(?[-+]?[£$€]?\s*(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?\)?\s*%?\s*$/i;
const DATE =
  /^\s*(\d{1,2}[/\-.]\d{1,2}([/\-.]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[\s\-]?[a-z]{3,9}([\s\-]?\d{2,4})?|[a-z]{3,9}[\s\-]\d{1,4}|\d{1,2}:\d{2}(:\d{2})?)\s*$/i;
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function dateSerial(text: string): number | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const uk = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2,4})\s*$/.exec(text);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3]) < 100 ? 2000 + Number(uk[3]) : Number(uk[3])];
  else return 45000; // any other date form: some serial number
  const t = Date.UTC(y, m - 1, d);
  return Math.round(t / 86400000) + 25569;
}

/** The model computes only constant arithmetic ("=1+1"); other formulas keep a null value. */
export function formulaValue(formula: string): CellValue {
  const body = formula.slice(1);
  if (!/^[\d\s.+\-*/()]+$/.test(body)) return null;
  try {
    const v = Function(`"use strict"; return (${body});`)() as unknown;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * Whether Excel would accept this as a formula: something after the "=", brackets and quotes
 * balanced, not ending on an operator. Excel refuses to write an invalid formula ("There's a problem
 * with this formula"); through Office.js the write fails (office-js issue 6687: text "'=" read back as
 * "=" and written again). The model's check is coarse: enough for "=", "=)", "=1+", '="abc'.
 */
export function validFormula(formula: string): boolean {
  const body = formula.slice(1).trim();
  if (body === '' || /[+\-*/^&=<>,(]$/.test(body)) return false;
  let depth = 0;
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quoted;
}

function formulaTyped(formula: string): Typed {
  if (!validFormula(formula))
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (Excel finds a problem with the formula ${JSON.stringify(formula)}).`,
    );
  return { value: formulaValue(formula), formula };
}

/**
 * Excel's limits on what a cell holds ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * "Total number of characters that a cell can contain: 32,767 characters" and "Length of formula
 * contents: 8,192 characters". What Office.js does with more (refuse the write or cut the text) is not
 * documented: the model refuses, InvalidArgument, so an adapter that would write more is caught either way.
 * Characters are counted as Excel counts them, in UTF-16 units; a leading apostrophe is not part of the text.
 */
export const CELL_TEXT_LIMIT = 32767;
export const FORMULA_LIMIT = 8192;

function checkLimits(t: Typed): Typed {
  if (typeof t.value === 'string' && t.formula === undefined && t.value.length > CELL_TEXT_LIMIT)
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (text of ${t.value.length} characters; a cell holds at most ${CELL_TEXT_LIMIT}).`,
    );
  if (t.formula !== undefined && t.formula.length > FORMULA_LIMIT)
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (a formula of ${t.formula.length} characters; at most ${FORMULA_LIMIT}).`,
    );
  return t;
}

/** How Excel takes a JavaScript value written to a cell (an invalid formula is refused: InvalidArgument). */
export function typeIn(input: unknown): Typed {
  return checkLimits(typeRaw(input));
}

function typeRaw(input: unknown): Typed {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const s = String(input);
  if (s === '') return { value: null };
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (s.startsWith('=')) return formulaTyped(s);
  if (s.startsWith('+') || s.startsWith('@')) return formulaTyped(`=${s.slice(1)}`);
  if (/^\s*(true|false)\s*$/i.test(s)) return { value: s.trim().toUpperCase() === 'TRUE' };
  if (/\d/.test(s) && NUMBER.test(s)) {
    const negative = /^\s*\(.*\)\s*$/.test(s) || /^\s*-/.test(s);
    const digits = s.replace(/[\s()£$€,%+-]/g, '');
    let n = Number(digits);
    if (Number.isFinite(n)) {
      if (s.includes('%')) n /= 100;
      return { value: negative ? -n : n, ...(s.includes('%') ? { numberFormat: '0%' } : {}) };
    }
  }
  const fraction = /^\s*([-+]?)(\d+)\s+(\d+)\s*\/\s*(\d+)\s*$/.exec(s);
  if (fraction && Number(fraction[4]) > 0) {
    const n = Number(fraction[2]) + Number(fraction[3]) / Number(fraction[4]);
    return { value: fraction[1] === '-' ? -n : n, numberFormat: '# ?/?' };
  }
  // (A lone "-" is kept the way this model has always typed it: as the formula "=-". Only text the
  // analyst writes with "=" is checked for validity.)
  if (s.startsWith('-')) return { value: formulaValue(`=${s}`), formula: `=${s}` };
  if (/\d/.test(s) && DATE.test(s) && (!/[a-z]/i.test(s) || MONTHS.test(s.replace(/^[\d\s-]+/, '')))) {
    const serial = dateSerial(s);
    if (serial !== null) return { value: serial, numberFormat: 'dd/mm/yyyy' };
  }
  return { value: s };
}
