/**
 * Columnar codecs for the state sheet (issues 10 item 5 and 11 item 1): the undo journal keeps one
 * column per field of its cells rather than one record per cell, each column in a form whose length
 * follows what varies in it, not the number of cells. A journal's cells come indicator by indicator, each
 * with the same few owned columns, so their rows, columns, indicators and roles repeat with a short
 * period: such a column of 40,000 cells is a few characters. Every form here is plain text made of
 * printable ASCII and the text it was given, so a cell of the state sheet keeps it as written.
 */
import type { CellValue } from '../model';

/** The longest period looked for in a column of integers (a table owns at most five columns: roles). */
const MAX_PERIOD = 8;
/** A repeat shorter than this is written as plain deltas: the repeat mark would not be shorter. */
const MIN_REPEAT = 3;

/**
 * A column of integers as text: each value as its difference from the one before (the first from 0),
 * and where the differences repeat those of `p` places before for `n` values, the mark `~p*n`.
 * Rows 4,4,4,4,5,5,5,5,… (four owned cells an indicator) give "4,0,0,0,~4*N".
 * @param values integers (safe integers: each difference must be exact)
 * @returns the text `decodeInts` reads back; "" for no values
 */
export function encodeInts(values: readonly number[]): string {
  return intsWithin(values, Infinity) as string;
}

/**
 * encodeInts's text where it is at most `most` characters long, else null (stopped as soon as it is
 * longer: encodeWhich keeps it only when it is not longer than its other form). Written onto one string
 * token by token, not as an array of tokens joined (issue 11: a token a value at 40,000 owned cells).
 */
function intsWithin(values: readonly number[], most: number): string | null {
  const n = values.length;
  const d = new Array<number>(n);
  for (let i = 0; i < n; i++) d[i] = i === 0 ? values[0] : values[i] - values[i - 1];
  let out = '';
  let i = 0;
  while (i < n) {
    let bestP = 0;
    let bestL = 0;
    // A repeat running to the end cannot be bettered by a longer period (a multiple of it would scan the
    // whole run again: rows 4,0,0,0 repeat with periods 4 and 8 alike).
    for (let p = 1; p <= MAX_PERIOD && p <= i && bestL < n - i; p++) {
      let l = 0;
      while (i + l < n && d[i + l] === d[i + l - p]) l++;
      if (l > bestL) {
        bestL = l;
        bestP = p;
      }
    }
    if (i > 0) out += ',';
    if (bestL >= MIN_REPEAT) {
      out += `~${bestP}*${bestL}`;
      i += bestL;
    } else {
      out += d[i];
      i++;
    }
    if (out.length > most) return null;
  }
  return out;
}

/**
 * The integers `encodeInts` wrote.
 * @throws Error on text it did not write (the state sheet then reads as damaged)
 */
export function decodeInts(text: string): number[] {
  const d: number[] = [];
  if (text === '') return d;
  for (const token of text.split(',')) {
    if (token.charCodeAt(0) === 126 /* ~ */) {
      const star = token.indexOf('*');
      const p = Number(token.slice(1, star));
      const l = Number(token.slice(star + 1));
      if (!(p >= 1 && p <= d.length && Number.isInteger(l) && l >= 0)) throw new Error('not an integer column');
      for (let k = 0; k < l; k++) d.push(d[d.length - p]);
    } else {
      const v = Number(token);
      if (!Number.isSafeInteger(v)) throw new Error('not an integer column');
      d.push(v);
    }
  }
  for (let i = 1; i < d.length; i++) d[i] += d[i - 1];
  return d;
}

/**
 * A column of cell values, as stored: the numbers in order (JSON keeps every number exactly), the
 * other values (text, booleans, blank) once each, and which one each cell holds (`encodeWhich`) — 0 a
 * number, k ≥ 1 the k-th of `other`, -1 the same value as the cell's in the column given as `same`
 * (what the analyst typed is most often what the cell held before the scoring).
 */
export interface ValueColumn {
  numbers: number[];
  other: (string | boolean | null)[];
  which: string;
}

/**
 * Values as a ValueColumn. Numbers must be finite (a cell holds no other).
 * @param values the values, in the journal's order of cells
 * @param same optionally, values of another column: a value identical to its counterpart there is
 *   written as "the same" (decodeValues must then be given the same column)
 */
export function encodeValues(values: readonly CellValue[], same?: readonly CellValue[]): ValueColumn {
  const numbers: number[] = [];
  const other: (string | boolean | null)[] = [];
  const index = new Map<string | boolean | null, number>();
  const which = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (same && same[i] === v) {
      which[i] = -1;
      continue;
    }
    if (typeof v === 'number') {
      numbers.push(v);
      which[i] = 0;
      continue;
    }
    let k = index.get(v);
    if (k === undefined) {
      other.push(v);
      k = other.length;
      index.set(v, k);
    }
    which[i] = k;
  }
  return { numbers, other, which: encodeWhich(which) };
}

/**
 * The values of a ValueColumn.
 * @param count the number of values expected
 * @param same the column given to encodeValues as `same`, if one was
 * @throws Error when the column does not hold `count` values (a damaged state sheet)
 */
export function decodeValues(column: ValueColumn, count: number, same?: readonly CellValue[]): CellValue[] {
  const which = decodeWhich(column.which);
  if (which.length !== count) throw new Error('value column of the wrong length');
  const out = new Array<CellValue>(count);
  let next = 0;
  for (let i = 0; i < count; i++) {
    const k = which[i];
    if (k === -1) {
      if (!same || same.length !== count) throw new Error('value column without its counterpart');
      out[i] = same[i];
    } else if (k === 0) {
      if (next >= column.numbers.length) throw new Error('value column short of numbers');
      out[i] = column.numbers[next++];
    } else {
      if (!(k >= 1 && k <= column.other.length)) throw new Error('value column out of range');
      out[i] = column.other[k - 1];
    }
  }
  return out;
}

/**
 * The characters of `encodeWhich`'s one-character form: printable ASCII from "#", without the backslash
 * (JSON would double it); code -1 is the first.
 */
const WHICH_CHARS = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
/** A run this long or longer of one code is written as the character, "!", the count and "!". */
const MIN_RUN = 4;

/**
 * Small integers (≥ -1: which value each cell holds) as text, whichever is shorter: encodeInts's form,
 * or "=" then one character a value (WHICH_CHARS, -1 the first), a run of one value as
 * character!count! — 40,000 cells holding a dozen distinct values take about 40,000 characters rather
 * than 80,000.
 */
export function encodeWhich(values: readonly number[]): string {
  let small = true;
  for (let i = 0; i < values.length && small; i++) small = !(values[i] + 1 >= WHICH_CHARS.length || values[i] < -1);
  if (!small) return encodeInts(values);
  let chars = '=';
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    const ch = WHICH_CHARS[values[i] + 1];
    if (j - i >= MIN_RUN) chars += `${ch}!${j - i}!`;
    else for (let k = i; k < j; k++) chars += ch;
    i = j;
  }
  // encodeInts's form where it is not longer (worked out only that far: issue 11).
  return intsWithin(values, chars.length) ?? chars;
}

/**
 * The integers encodeWhich wrote.
 * @throws Error on text it did not write
 */
export function decodeWhich(text: string): number[] {
  if (text.charCodeAt(0) !== 61 /* = */) return decodeInts(text);
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const v = WHICH_CHARS.indexOf(text[i]) - 1;
    if (v < -1) throw new Error('not a column of values');
    if (text[i + 1] === '!') {
      const end = text.indexOf('!', i + 2);
      const count = Number(text.slice(i + 2, end));
      if (end < 0 || !Number.isInteger(count) || count < 1) throw new Error('not a column of values');
      for (let k = 0; k < count; k++) out.push(v);
      i = end;
    } else out.push(v);
  }
  return out;
}

/** The longest prefix shared with the text before that front coding records (one ASCII character: 0–74). */
const MAX_SHARED = 74;

/**
 * A list of texts, sorted or not, front-coded into one text: each as the length of the prefix it shares
 * with the text before (one character, "0" + length) and the rest, the texts separated by a newline.
 * Indicators' identities ("ref:cyp-01.12", "ref:cyp-02.12") share most of their characters.
 * @param texts texts without a newline (identities have their white space collapsed to one space)
 * @throws Error when a text holds a newline
 */
export function encodeTexts(texts: readonly string[]): string {
  const out: string[] = [];
  let prev = '';
  for (const t of texts) {
    if (t.includes('\n')) throw new Error('a text with a newline cannot be front-coded');
    let k = 0;
    const most = Math.min(prev.length, t.length, MAX_SHARED);
    while (k < most && prev.charCodeAt(k) === t.charCodeAt(k)) k++;
    out.push(String.fromCharCode(48 + k) + t.slice(k));
    prev = t;
  }
  return out.join('\n');
}

/**
 * The texts `encodeTexts` wrote.
 * @param count the number of texts expected (an empty text and no texts look alike)
 * @throws Error when the text does not hold `count` texts
 */
export function decodeTexts(text: string, count: number): string[] {
  if (count === 0) return [];
  const parts = text.split('\n');
  if (parts.length !== count) throw new Error('front-coded texts of the wrong length');
  const out: string[] = [];
  let prev = '';
  for (const p of parts) {
    const k = p.charCodeAt(0) - 48;
    if (!(k >= 0 && k <= MAX_SHARED && k <= prev.length)) throw new Error('not front-coded texts');
    prev = prev.slice(0, k) + p.slice(1);
    out.push(prev);
  }
  return out;
}
