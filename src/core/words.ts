/**
 * Words and symbols the product writes, for cells and sentences alike: status, direction and quartile
 * words, the DOT / Trend arrows, and how a figure, a percentage or the analyst's own text reads in a
 * sentence. The base of the core's presentation (issue 12 items 2 and 3): plan/ and the findings'
 * catalogue import it; it imports only the model.
 */
import type { Direction, Quartile, Status } from './model';

export const SYMBOL: Record<Direction, string> = { up: '↑', down: '↓', same: '↔', first: '■' };

export const STATUS_WORDS: Record<Status, string> = {
  'on target': 'On target',
  'within tolerance': 'Within tolerance',
  'off target': 'Off target',
  'data gap': 'Data gap',
  'no target': 'No target',
  'not rated': 'Not rated',
  'not due': 'Not yet due',
};

/** An indicator with a target that could not be judged against it (IndicatorScore.reason says why): counted as "Not rated". */
export const NOT_RATED = 'Not rated';

/**
 * An indicator's status in words: STATUS_WORDS ("Not rated" for one not rated against a target it has,
 * status 'not rated' since fresh-user check 7, item 4 — never "No target" for an indicator whose target is there).
 */
export function statusWordsOf(s: { status: Status; reason?: string }): string {
  return STATUS_WORDS[s.status];
}

export const DIRECTION_WORDS: Record<Direction, string> = {
  up: 'Improving',
  down: 'Worsening',
  same: 'Same',
  first: 'First reported',
};

export const QUARTILE_WORDS: Record<Quartile, string> = {
  1: '1st Quartile',
  2: '2nd Quartile',
  3: '3rd Quartile',
  4: '4th Quartile',
};

/**
 * The word that agrees with a count, one home for every plural (issue 12 item 2): `one` for exactly 1,
 * else `many` (default `one` + "s"; 0 takes the plural, as in "0 cells"). Verbs and pronouns too:
 * `plural.word(n, 'is', 'are')`, `plural.word(n, 'it', 'them')`.
 */
function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** "1 finding", "2 findings", "0 cells", "3 priorities": a count and its noun (issue 12 item 2). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${pluralWord(n, one, many)}`;
}
plural.word = pluralWord;

/** "a", "a and b", "a, b and c": items listed in a sentence. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Characters of the analyst's own text a finding quotes; the cell it links to holds the rest. */
const QUOTED_CHARS = 100;

/** The analyst's text in quotes, its start only when it is long: "Data collection suspended …". */
export function quote(text: string): string {
  const chars = [...text];
  return chars.length <= QUOTED_CHARS ? `"${text}"` : `"${chars.slice(0, QUOTED_CHARS).join('').trimEnd()}…"`;
}

/** "n/a" and its spellings ("N/A", "NA", "n.a."): not available, or not applicable — the cell does not say which. */
const N_A = /^n\.?\/?a\.?$/i;

/**
 * A cell saying its figure is suppressed to protect small numbers, as the NHS, the ONS, the DfE and police
 * forces mark them: "<5", "< 10", "≤3", "*", "**", "c", "[c]", "~", "supp", "suppressed", "fewer than 5"
 * (fresh user 4, session 10: a force's firearms discharges, "<5" in four months). Only the whole cell: "85.2%*"
 * is a figure with a note.
 */
const SUPPRESSED =
  /^(?:[<≤]\s*\d{1,2}|fewer than \d{1,2}|less than \d{1,2}|\*{1,3}|c|\[c\]|~|supp\.?|suppressed|small numbers?(?: suppressed)?)$/i;

/** True when a cell's text marks a suppressed figure ("<5", "*", "c": see SUPPRESSED). */
export function isSuppressedText(text: string): boolean {
  return text.length <= 24 && SUPPRESSED.test(text.trim());
}

/**
 * The one home for how the Highlights' Status shows the reason an indicator has no figure or no rating
 * (`IndicatorScore.reason`, as typed): the analyst's words as typed ("TBC", "awaiting data", "not
 * applicable", "Data collection suspended by NHS"), and "n/a" in its spellings as `"n/a" typed` — it may
 * mean "not available" as well as "not applicable", and a bare "N/A" there would read as the product's own
 * (the Comparative Performance column says "N/A" for no quartile). Fresh-user check, session 8; helper
 * wording, session 9: the Highlights said "Data gap: Not applicable" for a December figure not yet in.
 * A suppressed figure ("<5") shows as `suppressed ("<5")` (fresh user 4, session 10).
 */
export function reasonWords(reason: string): string {
  if (isSuppressedText(reason)) return `suppressed ("${reason.trim()}")`;
  return N_A.test(reason.trim()) ? `"${reason.trim()}" typed` : reason;
}

/** How an indicator is named in a sentence: "CS-01", or its name when it has no ref. */
export function who(row: { ref: string | null; name: string }): string {
  return row.ref ?? quote(row.name);
}

/** A direction in a sentence: "↑ (improving)". */
const DIRECTION_IN_A_SENTENCE: Record<Direction, string> = {
  up: 'improving',
  down: 'worsening',
  same: 'the same',
  first: 'first reported',
};

export function arrowAndWord(d: Direction): string {
  return `${SYMBOL[d]} (${DIRECTION_IN_A_SENTENCE[d]})`;
}

/**
 * British number formatters, each made once: `Intl.NumberFormat` is costly to construct and
 * `toLocaleString` constructs one per call (issue 11: it was a tenth of the engine's time at 10,000
 * indicators). `en-GB` up to `digits` decimal places: `ukNumber(6).format(1204330)` is "1,204,330".
 */
const UK_NUMBERS = new Map<number, Intl.NumberFormat>();
export function ukNumber(digits: number): Intl.NumberFormat {
  let f = UK_NUMBERS.get(digits);
  if (!f) UK_NUMBERS.set(digits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  return f;
}

/** A figure as an analyst writes it: 1,350,000; 19.3; 0.27. */
export function figure(n: number): string {
  const x = Number(n.toPrecision(12));
  // A figure of at most three decimals in plain notation (nearly all) needs no rounding: its digits
  // grouped by hand are what en-GB's formatter gives, without the formatter's cost (issue 11).
  const s = String(x);
  return PLAIN_FIGURE.test(s) ? grouped(s) : ukNumber(3).format(x);
}

const PLAIN_FIGURE = /^-?\d+(?:\.\d{1,3})?$/;

/** "-1234567.5" → "-1,234,567.5": commas every three digits of the whole part. */
function grouped(s: string): string {
  const sign = s.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const point = s.indexOf('.');
  const end = point === -1 ? s.length : point;
  if (end - sign <= 3) return s;
  let out = s.slice(0, sign);
  const first = (end - sign) % 3 || 3;
  out += s.slice(sign, sign + first);
  for (let i = sign + first; i < end; i += 3) out += `,${s.slice(i, i + 3)}`;
  return out + s.slice(end);
}

/**
 * What the sign of a % variance means, said once where variances are shown (the task pane's lists): the
 * rule of rules/variance.ts (SPEC §3, "positive is always better") — above target for higher is better,
 * below it for lower is better; for a two-sided indicator (aimed close to its target) the sign says above
 * or below. `close`: some indicator shown is two-sided.
 */
export function varianceSignWords(close: boolean): string {
  return (
    'Variance is how far the latest figure is from its target, as a percentage of the target: positive is ' +
    'better than target and negative worse (above target where higher is better, below it where lower is better)' +
    (close ? '; for an indicator aimed close to its target, positive is above it and negative below.' : '.')
  );
}

/** A percentage to 2 dp with a true minus sign: "−3.25%". `n` is in percent (5 = 5%). */
export function percent(n: number): string {
  const s = n.toFixed(2);
  return `${s.startsWith('-') ? '−' + s.slice(1) : s}%`;
}
