/**
 * Reading cell values as analysts write them: numbers stored as text, "-" for no data, notes in
 * place of figures, quartiles and arrows in all their spellings.
 */
import { abbreviatedPolarity } from './polarity-abbreviations';
import { withoutVariationSelectors } from './emoji-cells';
import type { CellValue, Direction, PeriodValue, Polarity, Profile, Quartile } from '../model';
import { toleranceInRange } from '../rules/tolerance';
import { isWelsh, twoLanguageHalves } from './welsh';
import { welshQuartileWords } from './wales-quartiles';
import { isSuppressedText } from '../words';
import { markedFigure } from './figure-marks';

/** Text an analyst writes for "no data this period" without saying anything about it: nothing typed. */
const NO_DATA = new Set(['', '-', '–', '—', '\u2212', '--', '..', '...', 'x']);
/**
 * Words saying the period's figure is missing: still to come, or not to be had (noticed item 1, session 6).
 * No figure, as "-" is; but after the last figure they stop it being carried forward (rules/latest.ts).
 */
const NOT_YET = new Set([
  'tbc',
  'tba',
  'tbd',
  'n/d',
  'nd',
  'no data',
  'to be confirmed',
  'not available',
  'not yet available',
  'data not available',
  'data not yet available',
  'unavailable',
  'awaited',
  'data awaited',
  'awaiting data',
  'pending',
  'to follow',
  'not yet reported',
  'not reported',
  'not received',
  'not yet received',
  'not yet known',
  'not known',
]);
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'n.a', 'not applicable']);

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/**
 * A header as its words alone: lower case, every run of anything but letters and digits one space
 * ("Comments:" → "comments", "Frequency / notes" → "frequency notes"), for matching header words loosely.
 */
export function looseWords(h: string): string {
  return h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Lower case, single spaces, curly quotes straightened: for comparing header text. */
export function normaliseText(v: CellValue): string {
  if (typeof v !== 'string') return normalise(cellText(v));
  // The same few texts (arrows, polarity words, quartiles, headers) are read on every row: remembered (issue 11).
  let n = NORMALISED.get(v);
  if (n === undefined) {
    if (NORMALISED.size >= 20000) NORMALISED.clear();
    NORMALISED.set(v, (n = normalise(v.trim())));
  }
  return n;
}

const NORMALISED = new Map<string, string>();

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isBlank(v: CellValue): boolean {
  // As cellText(v) === '', without making a string of every number (issue 11).
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'number' || typeof v === 'boolean') return false;
  return cellText(v) === '';
}

/**
 * A number written as text: "1,350,000", "5.28%", "£1,059", "−£1,059" (a true minus sign, as reports
 * print it), " 42 "; "(12)" is not a number here. A percentage stays in percent units ("5.28%" → 5.28),
 * as the report's series are.
 */
export function parseNumberText(text: string): number | null {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^([+-]?)[£$€]/, '$1')
    .replace(/%$/, '')
    .trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Units typed after a figure, as councils, NHS trusts and housing providers write them (issue 7):
 * "21 days", "12.5 hrs", "3 wks", "4.2 per 1,000". Only units, never free text: "3 schools closed" stays
 * a note.
 */
const UNIT =
  /^(days?|working days?|calendar days?|hrs?|hours?|mins?|minutes?|secs?|seconds?|weeks?|wks?|months?|mths?|years?|yrs?|pts?|points?|pp|ppts?|percentage points?|per ?cent|people|persons?|households?|cases?|calls?|visits?|homes?|properties|units?|jobs?|kg|tonnes?|km|miles?|per [\d,]+(?: [a-z]+)?)$/i;

/** A note typed after a figure: "(provisional)", "(est.)", "provisional", "*". */
const FIGURE_NOTE =
  /^(?:\(([^()]{1,40})\)|\[([^[\]]{1,40})\]|(provisional|prov|estimate|est|estimated|draft|revised|unvalidated|p|r)\.?|(\*+|†+))$/i;

const HAS_DIGIT = /\d/;

/** A duration typed as text: "13:55", "7:42" (minutes and seconds, or hours and minutes), "1:02:30" (h:mm:ss). */
const CLOCK = /^\s*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*$/;

/**
 * A duration typed as text ("13:55", "07:42", "1:02:30"), held as Excel holds a duration, a fraction of a
 * day; two parts are read as minutes and seconds (`m:ss`: response, attendance and call-answer times) —
 * read/number-formats.ts reads them as hours and minutes where the row says so (`withClockTimes`). Null for
 * anything else. Fresh user 4, session 10: "13:55" was a note and the Highlights said "Data gap: 13:55".
 */
export function parseClockText(text: string): { days: number; form: 'm:ss' | 'h:mm:ss' } | null {
  if (text.length > 12 || !text.includes(':')) return null;
  const m = CLOCK.exec(text);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  return c === null
    ? { days: (a * 60 + b) / 86400, form: 'm:ss' }
    : { days: (a * 3600 + b * 60 + c) / 86400, form: 'h:mm:ss' };
}

/**
 * A duration typed as a standard is, after its comparator: "<= 7:00", "≤ 07:00", "under 8:00", "at most
 * 1:00:00" — the clock typed (`text`, "7:00") and its reading (as parseClockText); or a duration alone.
 * Null for any other text. Session 11 (helper layouts4): an ambulance trust's "<= 7:00" was no target.
 */
export function clockInTarget(
  text: string,
): { text: string; clock: { days: number; form: 'm:ss' | 'h:mm:ss' }; polarity?: Polarity } | null {
  const whole = parseClockText(text);
  if (whole !== null) return { text, clock: whole };
  if (text.length > 30 || !text.includes(':')) return null;
  const m = TARGET_COMPARATOR.exec(
    normaliseText(text)
      .replace(/^([<>])\s+=/, '$1=')
      .replace(/^=\s+([<>])/, '=$1'),
  );
  const clock = m ? parseClockText(m[2]) : null;
  return clock === null ? null : { text: m![2].trim(), clock, polarity: comparatorPolarity(m![1]) };
}

/** A comparator before a target's figure: "≥", ">=", "at least", "≤", "under", "no more than" … (then the figure). */
const TARGET_COMPARATOR =
  /^(≥|=>|>=|>|at least|not less than|no less than|no fewer than|minimum(?: of)?|min\.?|more than|greater than|over|above|≤|=<|<=|<|less than|fewer than|no more than|not more than|at most|maximum(?: of)?|max\.?|under|below|up to)\s*(.+)$/;

/** The polarity a comparator before a target says: "≥ 95%" higher, "≤ 150" lower. */
function comparatorPolarity(comparator: string): Polarity {
  return /^(≥|=>|>=|>|at least|not less than|no less than|no fewer than|minimum|min|more than|greater than|over|above)/.test(
    comparator,
  )
    ? 'higher'
    : 'lower';
}

/** A figure read from text, with the unit and the note typed with it. */
export interface Figure {
  value: number;
  unit?: string;
  note?: string;
  /** The figure was typed in thousands, millions or billions ("£1.2m", "£450k", "2.1bn"), and is here in full. */
  multiplier?: number;
}

/**
 * Thousands, millions, billions typed after a figure: "£1.2m", "£450k", "£2bn", "3.4 million". "m" only
 * after a currency sign ("12m" alone could be minutes, months or metres).
 */
const MULTIPLIER = /^(k|thousand|m|mn|million|bn|billion)$/i;
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** The figure "1.2" times 1,000,000, exactly as typed (1.1 × 1e6 in floating point is 1100000.0000000002). */
function multiplied(text: string, factor: number): number {
  const digits = text.replace(/[£$€,\s%]/g, '').replace(/\u2212/g, '-');
  const n = Number(`${digits}e${Math.round(Math.log10(factor))}`);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A figure as it is typed (issue 7): a number as parseNumberText reads it, with a currency sign
 * ("£1,204,330": unit "£"), a unit after it ("21 days", "12.5 hrs"), a note after it
 * ("1,234 (provisional)", "85.2%*"), or both. Null for anything else. The unit is kept as typed.
 */
export function parseFigureText(text: string): Figure | null {
  // No digit, no figure: a note ("Data collection suspended") needs none of the patterns below (issue 11).
  if (!HAS_DIGIT.test(text)) return null;
  const plain = parseNumberText(text);
  if (plain !== null) {
    const currency = /^\s*[+\-\u2212]?\s*([£$€])/.exec(text)?.[1];
    return currency ? { value: plain, unit: currency } : { value: plain };
  }
  const m = /^\s*([+\-\u2212]?\s*[£$€]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*%?)\s*(.*?)\s*$/.exec(text);
  if (!m || !/\d/.test(m[1])) return null;
  const value = parseNumberText(m[1].replace(/\s+/g, ''));
  if (value === null) return null;
  let rest = m[2];
  let note: string | undefined;
  const noteAt =
    /\s*(\([^()]{1,40}\)|\[[^[\]]{1,40}\]|\*+|†+|\b(?:provisional|prov|estimate|est|estimated|draft|revised|unvalidated)\.?)$/i.exec(
      rest,
    );
  if (noteAt && FIGURE_NOTE.test(noteAt[1])) {
    const n = FIGURE_NOTE.exec(noteAt[1])!;
    note = (n[1] ?? n[2] ?? n[3] ?? n[4]).trim();
    rest = rest.slice(0, noteAt.index).trim();
  }
  const currency = /[£$€]/.exec(m[1])?.[0];
  const scale = MULTIPLIER.exec(rest)?.[1]?.toLowerCase();
  if (scale !== undefined && !/%/.test(m[1]) && (currency !== undefined || (scale !== 'm' && scale !== 'mn'))) {
    const factor = MULTIPLIERS[scale];
    const full = multiplied(m[1], factor);
    if (Number.isNaN(full)) return null;
    return { value: full, ...(currency ? { unit: currency } : {}), ...(note ? { note } : {}), multiplier: factor };
  }
  if (rest !== '' && !UNIT.test(rest)) return null;
  const unit = rest !== '' ? rest : currency;
  return { value, ...(unit ? { unit } : {}), ...(note ? { note } : {}) };
}

/**
 * The size from which a number is no figure an indicator can have: a thousand million million (10^15).
 * Excel keeps 15 significant digits, so nothing an analyst types or counts reaches it — the largest
 * budgets a council reports are billions (10^9) — while a slip or a formula gone wrong (1.7E+308, a
 * division by almost nothing) does. Such a number was scored "on target" with no variance (helper misread).
 */
export const ABSURD_FIGURE = 1e15;

/** True for a number no indicator can have: infinite, not a number, or ±10^15 and beyond (`ABSURD_FIGURE`). */
export function isAbsurdFigure(n: number): boolean {
  return !(Math.abs(n) < ABSURD_FIGURE);
}

/** An absurd number as a sentence names it: "1.7E+308", as Excel shows it; "an infinite value". */
export function absurdFigureText(n: number): string {
  return Number.isFinite(n) ? n.toExponential().replace('e', 'E') : 'an infinite value';
}

/** A period cell holding an absurd number: never a figure, a Check names it (findings/reading.ts). */
function absurdFigure(n: number): PeriodValue {
  return { kind: 'note', text: absurdFigureText(n), absurd: true };
}

/**
 * A cell that should hold a number: the number, or null (blank, "-", text, or a number no indicator
 * can have: `isAbsurdFigure`). A unit or a note typed with it is read past ("21 days").
 */
export function readNumber(v: CellValue): number | null {
  if (typeof v === 'number') return isAbsurdFigure(v) ? null : v;
  if (typeof v === 'string') {
    const n = parseFigureText(v)?.value;
    return n === undefined || isAbsurdFigure(n) ? null : n;
  }
  return null;
}

/**
 * A last year's figure cell: a duration typed as text ("01:24") as a month cell reads it (fresh user 10: a
 * call-handling time's last-year column was left out, so Trend was blank with nothing said), else `readNumber`.
 */
export function readFigureOrClock(v: CellValue): number | null {
  if (typeof v === 'string') {
    const clock = parseClockText(cellText(v));
    if (clock !== null) return clock.days;
  }
  return readNumber(v);
}

/** No figure: one object shared by every empty cell, frozen so that none can change it (issue 11). */
export const NO_FIGURE: PeriodValue = Object.freeze({ kind: 'empty' });

/** A monthly or quarterly value cell. */
export function readPeriodValue(v: CellValue): PeriodValue {
  if (typeof v === 'number') return isAbsurdFigure(v) ? absurdFigure(v) : { kind: 'number', value: v, fromText: false };
  if (typeof v === 'boolean') return { kind: 'note', text: String(v) };
  const text = cellText(v);
  const lower = text.toLowerCase();
  if (v === null || v === undefined || NO_DATA.has(lower)) return NO_FIGURE;
  if (NOT_APPLICABLE.has(lower)) return { kind: 'na', text };
  // Spaces squeezed and a final full stop or "!" dropped only where there is one (most texts have none: issue 11).
  const squeezed = /\s\s|[^\S ]|[.!]$/.test(lower) ? lower.replace(/\s+/g, ' ').replace(/[.!]$/, '') : lower;
  if (NOT_YET.has(squeezed)) return { kind: 'empty', said: text };
  // A figure suppressed to protect small numbers ("<5", "*", "c"): withheld, not missing (fresh user 4, session 10).
  if (isSuppressedText(text)) return { kind: 'empty', said: text, suppressed: true };
  // A duration typed as text ("13:55"): a figure, as a time cell's would be (fresh user 4, session 10).
  const clock = parseClockText(text);
  if (clock !== null) return { kind: 'number', value: clock.days, fromText: true, clock: clock.form };
  // A figure with a mark the reader did not set apart ("98.7r", "91.2*%"): read/figure-marks.ts (session 11).
  const figure = parseFigureText(text) ?? markedFigure(text);
  if (figure !== null && isAbsurdFigure(figure.value)) return absurdFigure(figure.value);
  if (figure !== null) {
    const p: PeriodValue & { kind: 'number' } = { kind: 'number', fromText: true, value: figure.value };
    if (figure.unit !== undefined) p.unit = figure.unit;
    if (figure.note !== undefined) {
      p.note = figure.note;
      p.typed = text;
    }
    if (figure.multiplier !== undefined) p.multiplier = figure.multiplier;
    return p;
  }
  return { kind: 'note', text };
}

export function isNoDataText(v: CellValue): boolean {
  const lower = cellText(v).toLowerCase();
  return NO_DATA.has(lower) || NOT_APPLICABLE.has(lower) || NOT_YET.has(lower);
}

const QUARTILE_WORDS: Record<string, Quartile> = {
  '1': 1,
  '1st': 1,
  first: 1,
  top: 1,
  '2': 2,
  '2nd': 2,
  second: 2,
  '3': 3,
  '3rd': 3,
  third: 3,
  '4': 4,
  '4th': 4,
  fourth: 4,
  bottom: 4,
};

/**
 * "4th Quartile", "4th quartile", "4", "Q4", "Quartile 4", "Fourth", "Bottom quartile" → 4;
 * "N/A", "NA", "-", blank → null. Returns undefined for text that is not a quartile at all.
 */
export function parseQuartile(v: CellValue): Quartile | null | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 4 ? (v as Quartile) : undefined;
  const t = normaliseText(v);
  // A workbook spells its quartiles a handful of ways, on every row: each spelling read once (issue 11).
  let q = QUARTILES.get(t);
  if (q === undefined) {
    if (QUARTILES.size >= 1000) QUARTILES.clear();
    const read = quartileOf(t);
    QUARTILES.set(t, (q = read === undefined ? NOT_A_QUARTILE : read));
  }
  return q === NOT_A_QUARTILE ? undefined : q;
}

/** Quartile texts met so far, by their normalised text; `NOT_A_QUARTILE` for text that is none. */
const QUARTILES = new Map<string, Quartile | null | typeof NOT_A_QUARTILE>();
const NOT_A_QUARTILE = 0;

function quartileOf(t: string): Quartile | null | undefined {
  if (t === '' || isNoDataText(t)) return null;
  const m =
    /^(?:q\s*)?(1st|2nd|3rd|4th|first|second|third|fourth|top|bottom|[1-4])(?:\s*quartile)?$/.exec(t) ??
    /^quartile\s*([1-4])$/.exec(t);
  return m ? QUARTILE_WORDS[m[1]] : undefined;
}

/**
 * A benchmarking club's quartile position in words — "Upper quartile", "Upper median", "Upper middle",
 * "Lower median", "Lower middle quartile", "Lower quartile" (Housemark for housing providers, Data Cymru's
 * Welsh PAM quartiles; session 10, helper layouts3) — as 1 (upper) … 4 (lower) on the figures' own order:
 * the top quartile only where higher is better. Undefined for any other text. Whether a club ranks its
 * quartiles by the figures or by performance cannot be told from the word, so where lower is better the
 * reader does not take it (read/rows.ts) and a Check asks for "Top" … "Bottom".
 */
export function quartilePosition(v: CellValue): Quartile | undefined {
  if (typeof v !== 'string') return undefined;
  // Welsh, and both languages: "Chwartel isaf / Lower quartile" (fresh user 13; read/wales-quartiles.ts).
  const halves = twoLanguageHalves(v);
  if (halves) {
    const [a, b] = halves.map((h) => quartilePosition(h));
    if (a !== undefined && b !== undefined) return a === b ? a : undefined;
    return a ?? b;
  }
  const welsh = welshQuartileWords(v);
  if (welsh !== undefined) return welsh;
  const t = normaliseText(v);
  if (/^upper(?: quartile)?$/.test(t)) return 1;
  if (/^(?:upper[ -]?(?:median|middle)(?: quartile)?|above (?:the )?median)$/.test(t)) return 2;
  if (/^(?:lower[ -]?(?:median|middle)(?: quartile)?|below (?:the )?median)$/.test(t)) return 3;
  if (/^lower(?: quartile)?$/.test(t)) return 4;
  return undefined;
}

const ARROWS: Record<string, Direction> = {
  '↑': 'up',
  '⬆': 'up',
  '▲': 'up',
  '⇧': 'up',
  up: 'up',
  improving: 'up',
  improved: 'up',
  better: 'up',
  improvement: 'up',
  '↓': 'down',
  '⬇': 'down',
  '▼': 'down',
  '⇩': 'down',
  down: 'down',
  worsening: 'down',
  worsened: 'down',
  worse: 'down',
  declining: 'down',
  deteriorating: 'down',
  '↔': 'same',
  '⬌': 'same',
  '→': 'same',
  '➡': 'same',
  '◄►': 'same',
  '=': 'same',
  same: 'same',
  'no change': 'same',
  unchanged: 'same',
  stable: 'same',
  static: 'same',
  sideways: 'same',
  '■': 'first',
  '▪': 'first',
  '□': 'first',
  first: 'first',
  new: 'first',
  'first reported': 'first',
  'first reported period': 'first',
};

/** A typed DOT or Trend cell: ↑ ↓ ↔ ■ or the words analysts use. Unreadable or blank → null. */
export function parseDirection(v: CellValue): Direction | null {
  const t = normaliseText(v);
  // "⬆️" from the emoji panel carries a variation selector (emoji-cells.ts).
  return ARROWS[t] ?? ARROWS[withoutVariationSelectors(t)] ?? null;
}

/**
 * A polarity cell: which way is better. The one place polarity words are read (issue 7), so a third
 * kind (close to target is better) can be added here. Higher: "Higher", "High", "Higher is better",
 * "Up", "Increase", "Max", "Maximise", "Aim to maximise", "Bigger is better", "↑"; lower: "Lower",
 * "Down", "Decrease", "Min", "Minimise", "Aim to minimise", "Smaller is better", "Less is good", "↓".
 * Case, spaces and punctuation ignored. Null when the cell says neither.
 */
export function parsePolarity(v: CellValue): Polarity | null {
  const text = normaliseText(v);
  let p = POLARITIES.get(text);
  if (p === undefined) {
    if (POLARITIES.size >= 1000) POLARITIES.clear();
    POLARITIES.set(text, (p = polarityOf(text)));
  }
  return p;
}

/**
 * A polarity cell saying neither way is better: "Contextual", "Context only", "Monitor only", "For
 * information", "Data only", "No polarity", "Neutral", "N/A". Such an indicator is not rated against a
 * direction and its DOT and Trend are not counted (score/score-indicator.ts). Session 9, fresh-user
 * check 3: staff turnover "Contextual" was taken as higher is better and counted as improving.
 */
export function saysNoBetterDirection(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  if (noBetterDirection(v)) return true;
  // Two languages: "Cyd-destun / Contextual" (fresh user 13: read as naming no word at all, "type Higher, Lower").
  const halves = twoLanguageHalves(v);
  if (halves === null) return false;
  const [a, b] = halves.map(noBetterDirection);
  return (a && (b || isWelsh(halves[1]))) || (b && isWelsh(halves[0]));
}

function noBetterDirection(v: string): boolean {
  return NO_BETTER_DIRECTION.test(
    normaliseText(v)
      .replace(/[.!?:;,'"()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

// Welsh: "Cyd-destun" (context), "Cyd-destunol" (contextual), "Monitro" (monitor).
const NO_BETTER_DIRECTION =
  /^(?:cyd-?destun(?:ol)?|cyd destun(?:ol)?|monitro|contextual|context|context only|contextual only|monitor|monitor only|monitoring|monitoring only|for monitoring|for monitoring only|for information|for information only|for info|for info only|information only|info only|data only|for context|no polarity|no direction|not applicable|neutral|none|n a|n\/a|na)$/;

/** Polarity words met so far (a workbook has a handful), by their normalised text. */
const POLARITIES = new Map<string, Polarity | null>();

function polarityOf(normalised: string): Polarity | null {
  const t = normalised
    .replace(/[.!?:;,'"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (HIGHER_IS_BETTER.test(t)) return 'higher';
  if (LOWER_IS_BETTER.test(t)) return 'lower';
  // "HIB", "LIB" (polarity-abbreviations.ts).
  const abbreviated = abbreviatedPolarity(t);
  if (abbreviated !== null) return abbreviated;
  // Against a plan or budget, as NHS and finance lines say it: "Under plan", "Below budget", "At or above
  // standard" (fresh-user check 5: "Under plan" was taken as higher is better, agency spend over plan green).
  if (UNDER_PLAN.test(t)) return 'lower';
  if (OVER_PLAN.test(t)) return 'higher';
  if (CLOSE_TO_TARGET.test(t)) return 'close';
  // "Zero", "Aim for zero", "Zero is best" (fresh user 10's Aim column): the least a count can be is aimed for, so lower is better.
  if (/^(?:(?:aim|aiming|target)\s+(?:for\s+|at\s+|of\s+|is\s+)?)?zero(?:\s+is\s+(?:better|best|good))?$/.test(t))
    return 'lower';
  // "H" / "L" alone in a polarity cell.
  if (t === 'h') return 'higher';
  if (t === 'l') return 'lower';
  // Welsh alone (session 11, helper layouts4): "Uwch yn well" (higher is better), "Is yn well", "Isel".
  if (/^(?:yn )?uwch(?: yn well| =? ?gwell)?$/.test(t)) return 'higher';
  if (/^(?:yn )?(?:is|isel)(?: yn well| =? ?gwell)?$/.test(t)) return 'lower';
  // Words and an arrow that agree: "Lower is better (↓)", "Minimise ↓", "↑ Higher is better".
  const arrow = /^([↑↓▲▼])\s*(.+)$/.exec(t) ?? /^(.+?)\s*([↑↓▲▼])$/.exec(t);
  if (arrow) {
    const [a, b] = /[↑↓▲▼]/.test(arrow[1]) ? [arrow[1], arrow[2]] : [arrow[2], arrow[1]];
    const byArrow = polarityOf(a);
    const byWords = /[↑↓▲▼]/.test(b) ? null : polarityOf(b);
    if (byWords !== null && byWords !== 'close' && byArrow === byWords) return byWords;
  }
  // Two languages, as Welsh councils write them: "Is / Lower", "Uwch / Higher is better" (helper hunt3).
  // The half read says which; halves that disagree ("Higher / Lower") say nothing.
  const halves = normalised.split(/\s+\/\s+/);
  if (halves.length === 2) {
    const [a, b] = halves.map(polarityOf);
    if (a !== null && b !== null) return a === b ? a : null;
    // The half not read must be Welsh ("Is", "Uwch"): "Lower / TBC" says nothing sure.
    if (a !== null && isWelsh(halves[1])) return a;
    if (b !== null && isWelsh(halves[0])) return b;
  }
  return null;
}

const BETTER = String.raw`(?:\s*(?:is|=|-)?\s*(?:better|good|best))?`;
const AIM = String.raw`(?:(?:aim|aiming|target|aspire|seek|want|try|good)(?:\s+is)?(?:\s+to)?\s+)?`;
const HIGHER = String.raw`(?:higher|high|bigger|larger|greater|more|up|increase|increasing|increased|max|maximum|maximise|maximize|maximising|maximizing|↑|▲)`;
const LOWER = String.raw`(?:lower|low|smaller|less|fewer|down|decrease|decreasing|decreased|reduce|reduction|min|minimum|minimise|minimize|minimising|minimizing|↓|▼)`;
const AGAINST = String.raw`(?:the\s+)?(?:plan|budget|target|trajectory|standard|threshold|ceiling|limit)`;
const UNDER_PLAN = new RegExp(
  String.raw`^(?:${AIM})?(?:under|below|within|less than|lower than|at or below|no more than|not exceeding|≤|<=|<)\s*${AGAINST}${BETTER}$`,
);
const OVER_PLAN = new RegExp(
  String.raw`^(?:${AIM})?(?:over|above|more than|higher than|at or above|at least|no less than|exceeding|≥|>=|>)\s*(?!budget)${AGAINST}${BETTER}$`,
);
/** Made once, not per cell (issue 11). */
const HIGHER_IS_BETTER = new RegExp(`^${AIM}${HIGHER}${BETTER}$`);
const LOWER_IS_BETTER = new RegExp(`^${AIM}${LOWER}${BETTER}$`);

/**
 * Two-sided (issue 7): "Close to target", "Closer to target is better", "Goldilocks", "Stabilise",
 * "Within range", "Target range", "In range", "On target", "↔" → close (after the normalising above).
 */
const CLOSE_TO_TARGET =
  /^((closer|close|nearer|near) to target( is (better|good))?|goldilocks|stabilise|stabilize|stable|within (the )?(target )?range|target range|in range|range|two-sided|two sided|on target( is (better|good))?|↔)$/;

/** Words in a target cell meaning a target of 0: "Zero", "Nil" (fresh-user check 5). */
const ZERO_TARGET = /^(zero|nil)$/;

/** Words in a target cell meaning there is no target: "TBC", "N/A", "Data only", "For information" (issue 7). */
const NO_TARGET =
  /^(tbc|tba|tbd|to be confirmed|to be agreed|to be set|n\/?a|n\.a\.?|not applicable|none|no target|data only|for information|for info|info only|information only|monitor only|monitoring only|monitor|baseline year|contextual|context only|-|–|—)$/;

/** A target cell, as typed. */
export interface TargetCell {
  value: number | null;
  unit?: string;
  /** The polarity a comparator gives: "≥ 95%", "at least 80%" → higher; "<= 150", "less than 5" → lower. */
  polarity?: Polarity;
  /** The cell says there is no target ("TBC", "Data only" …). */
  none: boolean;
  /** Typed in thousands, millions or billions ("£1.5m"): the value is in full. */
  multiplier?: number;
}

/**
 * A target cell: a number (with a unit or note, as parseFigureText), a figure after a comparator
 * (which also gives the polarity: "≥ 95%", ">= 90%", "> 90", "at least 80%", "minimum 60", "no less than 5"
 * → higher; "≤ 150", "<= 150", "< 5", "less than 5", "at most 3", "maximum 10", "no more than 2",
 * "under 5" → lower), or a word meaning no target. Blank → no value, not `none`.
 */
export function parseTargetCell(v: CellValue): TargetCell {
  const cell = targetCellAsTyped(v);
  // A number no indicator can have ("1.7E+308") is no target (helper misread).
  return cell.value !== null && isAbsurdFigure(cell.value) ? { value: null, none: false } : cell;
}

function targetCellAsTyped(v: CellValue): TargetCell {
  if (typeof v === 'number') return { value: v, none: false };
  const t = cellText(v);
  if (t === '') return { value: null, none: false };
  // "Zero" or "Nil" typed for a zero-tolerance standard (never events) is a target of 0 (fresh-user check 5:
  // "Zero" was read as no target).
  if (ZERO_TARGET.test(normaliseText(t))) return { value: 0, none: false };
  if (NO_TARGET.test(normaliseText(t))) return { value: null, none: true };
  const clock = parseClockText(t);
  if (clock !== null) return { value: clock.days, none: false };
  const figure = parseFigureText(t);
  if (figure)
    return {
      value: figure.value,
      ...(figure.unit ? { unit: figure.unit } : {}),
      ...(figure.multiplier ? { multiplier: figure.multiplier } : {}),
      none: false,
    };
  // "> = 95" typed with a space inside the comparator; "Target: 95%" with the column's name before it.
  const lowered = normaliseText(t)
    .replace(/^([<>])\s+=/, '$1=')
    .replace(/^=\s+([<>])/, '=$1')
    .replace(/^target\s*[:=]\s*/, '');
  const plainAfterLabel = lowered !== normaliseText(t) ? parseFigureText(lowered) : null;
  if (plainAfterLabel)
    return {
      value: plainAfterLabel.value,
      ...(plainAfterLabel.unit ? { unit: plainAfterLabel.unit } : {}),
      none: false,
    };
  const m = TARGET_COMPARATOR.exec(lowered);
  if (m) {
    const f = parseFigureText(m[2]);
    // A duration after the comparator, "<= 7:00" (session 11): the time, lower is better.
    const clock = f ? null : parseClockText(m[2]);
    if (clock) return { value: clock.days, polarity: comparatorPolarity(m[1]), none: false };
    if (f)
      return { value: f.value, ...(f.unit ? { unit: f.unit } : {}), polarity: comparatorPolarity(m[1]), none: false };
  }
  // The comparator after the figure: "90+", "95% or above", "95% and over", "10% or less", "5 max", "60 min".
  const after =
    /^(.+?)\s*(\+|or (?:above|more|higher|greater|over|better)|and (?:above|over|more)|(?:or|and) (?:below|less|lower|under|fewer)|\(?max(?:imum)?\.?\)?|\(?min(?:imum)?\.?\)?)$/.exec(
      lowered,
    );
  if (after) {
    const f = parseFigureText(after[1]);
    if (f) {
      const polarity: Polarity =
        /^(\+|or (above|more|higher|greater|over|better)|and|\(?min)/.test(after[2]) &&
        !/(below|less|lower|under|fewer)$/.test(after[2])
          ? 'higher'
          : 'lower';
      return { value: f.value, ...(f.unit ? { unit: f.unit } : {}), polarity, none: false };
    }
  }
  // A direction alone ("Increase", "Reduce", "Minimise"): no figure to score against, but it says which
  // way is better, as a comparator does (helper hunt3): without it a "Decrease" row with no polarity cell
  // was taken as higher is better, and its fall counted as worsening.
  const direction = lowered.length > 1 ? parsePolarity(lowered) : null;
  if (direction === 'higher' || direction === 'lower') return { value: null, polarity: direction, none: false };
  return { value: null, none: false };
}

/** Tier 1 / 1 / T1 / "Tier 2" → tier number. */
export function parseTier(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  const t = normaliseText(v);
  // A tier column holds a few texts, on every row: each read once (issue 11).
  let tier = TIERS.get(t);
  if (tier === undefined) {
    if (TIERS.size >= 1000) TIERS.clear();
    const m = /^(?:tier|t)?\s*(\d)$/.exec(t);
    TIERS.set(t, (tier = m ? Number(m[1]) : null));
  }
  return tier;
}

/** Tier texts met so far, by their normalised text. */
const TIERS = new Map<string, number | null>();

export function parseProfile(v: CellValue): Profile | null {
  const t = normaliseText(v);
  if (t === '' || t === 'flat' || t === 'annual' || t === 'snapshot' || t === 'point in time') return 'flat';
  if (/^(cumulative|ytd|year to date|year-to-date|cum|cumul)$/.test(t)) return 'cumulative';
  return null;
}

/** A tolerance in percent: 5, "5", "5%", or a fraction 0.05 written with a percent format. */
export function parseTolerance(v: CellValue): number | null {
  if (typeof v === 'number') {
    if (v > 0 && v < 1) return Math.round(v * 100 * 1e6) / 1e6;
    return toleranceInRange(v, 'relative') ? v : null;
  }
  // "±2%", "+/- 2%": the band either side, as councils type it.
  const n = parseNumberText(cellText(v).replace(/^\s*(?:±|\+\s*\/\s*-|\+-)\s*/, ''));
  return n !== null && toleranceInRange(n, 'relative') ? n : null;
}

/**
 * A typed % variance: "5.28%" → 5.28; a number is ambiguous (5.28, or 0.0528 shown as 5.28%),
 * so both readings are returned for comparison.
 */
export function parseTypedVariance(v: CellValue): number[] {
  if (typeof v === 'number' && Number.isFinite(v)) return [v, v * 100];
  const t = cellText(v);
  const n = parseNumberText(t);
  return n === null ? [] : [n];
}
