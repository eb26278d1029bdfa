/**
 * A figure as its cell shows it: the one place the core turns a number and the cell's number format
 * into the text the analyst sees ("02:10", "95.5%", "£480,000", "26:30", "27.3"), for the findings'
 * sentences; and how a figure the product copies onto its own sheets keeps its cell's format
 * (`heldFigureFormat`). Built on the reader's own recognition of formats (number-formats.ts:
 * `isPercentFormat`, `isTimeFormat`, `isDateFormat`).
 *
 * Formats understood (Microsoft: "Review guidelines for customizing a number format",
 * https://support.microsoft.com/office/c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5): digit placeholders
 * 0 # ?, a thousands comma, decimals, %, trailing commas scaling by 1,000, text in quotes or after a
 * backslash, a currency tag (`[$£-809]`), colours (`[Red]`), a section for negatives and one for zero;
 * times and durations h, hh, m, mm, s, ss (with tenths: ss.0), [h], [mm], [ss]. Not understood (null:
 * the caller falls back to the plain figure): conditions (`[>=100]`), dates, AM/PM, fractions,
 * scientific notation, text (@) and anything else.
 */
import type { CellValue, FigureFormat } from '../model';
import { isDateFormat, isPercentFormat } from './number-formats';
import { cellText, clockInTarget } from './values';
import { ukNumber } from '../words';

/** The sections of a format code, split at semicolons outside quotes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\' && !quoted && i + 1 < code.length) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

type Token =
  | { t: 'text'; s: string }
  | { t: 'digit'; c: '0' | '#' | '?' }
  | { t: 'point' }
  | { t: 'comma' }
  | { t: 'percent' }
  | { t: 'time'; unit: 'h' | 'm' | 's'; width: number; elapsed: boolean; tenths?: number };

/** A section's tokens, or null for anything not understood. */
function tokens(section: string): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return null;
      out.push({ t: 'text', s: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      out.push({ t: 'text', s: section[++i] ?? '' });
    } else if (ch === '_' || ch === '*') {
      i++; // padding to a character's width, or a fill: nothing in a sentence
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      if (end < 0) return null;
      const tag = section.slice(i + 1, end);
      i = end;
      const elapsed = /^(h+|m+|s+)$/i.exec(tag);
      if (elapsed) {
        out.push({ t: 'time', unit: tag[0].toLowerCase() as 'h' | 'm' | 's', width: tag.length, elapsed: true });
        continue;
      }
      const currency = /^\$([^-]*)(?:-[0-9A-Fa-f]+)?$/.exec(tag);
      if (currency) out.push({ t: 'text', s: currency[1] });
      else if (!/^(black|blue|cyan|green|magenta|red|white|yellow|colou?r\s*\d+)$/i.test(tag)) return null;
    } else if (/[hms]/i.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ t: 'time', unit: ch.toLowerCase() as 'h' | 'm' | 's', width: j - i, elapsed: false });
      i = j - 1;
    } else if (ch === '0' || ch === '#' || ch === '?') out.push({ t: 'digit', c: ch });
    else if (ch === '.') out.push({ t: 'point' });
    else if (ch === ',') out.push({ t: 'comma' });
    else if (ch === '%') out.push({ t: 'percent' });
    else if (/[A-Za-z@/]/.test(ch))
      return null; // dates' letters, AM/PM, E+, text, fractions
    else out.push({ t: 'text', s: ch });
  }
  return out;
}

/** Seconds' tenths in a time: "ss.0" is one digit; the point and its zeros are folded into the seconds token. */
function foldTenths(ts: Token[]): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < ts.length; i++) {
    const tk = ts[i];
    if (tk.t === 'point' && out.length > 0) {
      const last = out[out.length - 1];
      if (last.t === 'time' && last.unit === 's') {
        let n = 0;
        while (ts[i + 1]?.t === 'digit' && (ts[i + 1] as { c: string }).c === '0') {
          n++;
          i++;
        }
        out[out.length - 1] = { ...last, tenths: n };
        continue;
      }
    }
    if (tk.t === 'digit' || tk.t === 'point' || tk.t === 'comma' || tk.t === 'percent') return null;
    out.push(tk);
  }
  return out;
}

/** A time or duration: `days` as Excel keeps it, shown by the tokens (minutes are "m" next to an hour or a second). */
function timeText(days: number, ts: Token[]): string | null {
  const folded = foldTenths(ts);
  if (!folded) return null;
  const times = folded.filter((t): t is Extract<Token, { t: 'time' }> => t.t === 'time');
  const tenths = times.find((t) => t.unit === 's')?.tenths ?? 0;
  const hasSeconds = times.some((t) => t.unit === 's');
  const hasHours = times.some((t) => t.unit === 'h');
  // Rounded to what is shown smallest (a second, or its tenths); minutes and hours above it are cut, as Excel does.
  const scale = 10 ** tenths;
  const ticks = Math.round(days * 86400 * scale);
  const totalSeconds = Math.floor(ticks / scale);
  const fraction = ticks - totalSeconds * scale;
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const tk = folded[i];
    if (tk.t === 'text') {
      out += tk.s;
      continue;
    }
    if (tk.t !== 'time') return null;
    // "m" is a month unless it stands by an hour or a second: isDateFormat has ruled months out already.
    if (tk.unit === 'm' && !tk.elapsed && !hasHours && !hasSeconds) return null;
    // Elapsed ([h], [mm], [ss]) counts the whole; otherwise each unit wraps as a clock does.
    const n =
      tk.unit === 'h'
        ? Math.floor(totalSeconds / 3600) % (tk.elapsed ? Infinity : 24)
        : tk.unit === 'm'
          ? Math.floor(totalSeconds / 60) % (tk.elapsed ? Infinity : 60)
          : totalSeconds % (tk.elapsed ? Infinity : 60);
    out += String(n).padStart(Math.min(tk.width, 2), '0');
    if (tk.unit === 's' && tk.tenths) out += `.${String(fraction).padStart(tk.tenths, '0')}`;
  }
  return out;
}

/** British number formatters by their options, each made once (Intl.NumberFormat is costly to construct: words.ts, ukNumber). */
const DIGITS = new Map<string, Intl.NumberFormat>();
function digitsFormat(minDec: number, maxDec: number, minInt: number, grouped: boolean): Intl.NumberFormat {
  const key = `${minDec},${maxDec},${minInt},${grouped}`;
  let f = DIGITS.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: minDec,
      maximumFractionDigits: maxDec,
      minimumIntegerDigits: minInt,
      useGrouping: grouped,
    });
    DIGITS.set(key, f);
  }
  return f;
}

/** A number shown by digit placeholders, a point, commas and percent signs, with text before and after. */
function numberText(value: number, ts: Token[]): string | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i].t;
    if (t === 'digit' || t === 'point' || t === 'comma') {
      if (first < 0) first = i;
      last = i;
    }
  }
  const percents = ts.filter((t) => t.t === 'percent').length;
  if (first < 0) {
    // No digits at all ("-" for zero in an accounting format): the text as it stands.
    return ts.map((t) => (t.t === 'text' ? t.s : t.t === 'percent' ? '%' : '')).join('');
  }
  const body = ts.slice(first, last + 1);
  if (body.some((t) => t.t === 'text' || t.t === 'time' || t.t === 'percent')) return null;
  const point = body.findIndex((t) => t.t === 'point');
  if (point >= 0 && body.slice(point + 1).some((t) => t.t === 'point')) return null;
  const intPart = point >= 0 ? body.slice(0, point) : body;
  const decPart = point >= 0 ? body.slice(point + 1) : [];
  // Commas after the last integer digit scale by 1,000 each; one between digits groups thousands.
  let scaleCommas = 0;
  for (let i = intPart.length - 1; i >= 0 && intPart[i].t === 'comma'; i--) scaleCommas++;
  const intDigits = intPart.slice(0, intPart.length - scaleCommas);
  const grouped = intDigits.some((t) => t.t === 'comma');
  if (decPart.some((t) => t.t === 'comma')) return null;
  const minInt = intDigits.filter((t) => t.t === 'digit' && t.c === '0').length;
  const minDec = decPart.filter((t) => t.t === 'digit' && t.c === '0').length;
  const maxDec = decPart.filter((t) => t.t === 'digit').length;
  if (maxDec > 15) return null;
  const n = (Math.abs(value) * 100 ** percents) / 1000 ** scaleCommas;
  // Half away from zero, as Excel rounds what it shows; the text from Intl, British grouping.
  const rounded = Number(n.toPrecision(15));
  let digits = digitsFormat(minDec, maxDec, Math.max(1, minInt), grouped).format(rounded);
  if (minInt === 0 && /^0(\.|$)/.test(digits) && maxDec > 0 && !/^0$/.test(digits)) digits = digits.slice(1);
  if (minInt === 0 && digits === '0' && maxDec === 0) digits = '';
  const before = ts
    .slice(0, first)
    .map((t) => (t.t === 'text' ? t.s : t.t === 'percent' ? '%' : ''))
    .join('');
  const after = ts
    .slice(last + 1)
    .map((t) => (t.t === 'text' ? t.s : t.t === 'percent' ? '%' : ''))
    .join('');
  return `${before}${digits}${after}`;
}

/**
 * A number as a cell in format `code` shows it ("02:10" for 0.0015046 in mm:ss, "95.5%" for 0.955 in
 * 0.0%, "£480,000" for 480000 in £#,##0), or null where the format is General, none, or one this does
 * not understand (see the file's comment): the caller shows the plain figure then.
 */
export function shownText(value: number, code: string | null | undefined): string | null {
  if (!code || /^general$/i.test(code.trim()) || !Number.isFinite(value)) return null;
  const parts = sections(code);
  if (parts.length > 4 || parts.some((p) => /\[[<>=]/.test(p))) return null;
  let section = parts[0];
  let sign = value < 0 ? '-' : '';
  if (value < 0 && parts.length >= 2 && parts[1] !== '') {
    section = parts[1];
    sign = '';
  } else if (value === 0 && parts.length >= 3 && parts[2] !== '') section = parts[2];
  if (isDateFormat(section)) return null;
  const ts = tokens(section);
  if (!ts) return null;
  if (ts.some((t) => t.t === 'time')) {
    const text = timeText(Math.abs(value), ts);
    return text === null ? null : `${sign}${text}`;
  }
  const text = numberText(value, ts);
  if (text === null) return null;
  // No minus on a figure that shows as zero ("-0%").
  return sign && /[1-9]/.test(text) ? `${sign}${text}` : text;
}

/**
 * A figure in a sentence as the analyst sees it in the workbook: by its cell's format where the format
 * is understood (`shownText`), else the plain figure (1,350,000; 19.3; 0.27), with four significant
 * digits below 1 so that a small figure never reads as 0 or loses its size (0.001505, not 0.002).
 * `format` absent: the plain figure as `figure` in words.ts writes it.
 */
export function figureText(value: number, format?: FigureFormat | null): string {
  // Zero (and -0, which a map would take for it) is not looked up.
  if (value === 0) return figureTextOf(value, format);
  // The same figures are shown again and again (each list of the Highlights sheet fits its columns to
  // them, the findings quote them, every rescore shows them again): each is made once (issue 11).
  const key = format ? `${format.percentUnits ? 1 : 0}${format.code}` : '';
  let texts = FIGURE_TEXTS.get(key);
  if (!texts) {
    if (FIGURE_TEXTS.size >= 100) FIGURE_TEXTS.clear();
    FIGURE_TEXTS.set(key, (texts = new Map()));
  }
  let text = texts.get(value);
  if (text === undefined) {
    if (texts.size >= 20000) texts.clear();
    texts.set(value, (text = figureTextOf(value, format)));
  }
  return text;
}

/** figureText's texts made so far, by format (its code after 1 for a figure held in percent units, else 0; none: '') and figure. */
const FIGURE_TEXTS = new Map<string, Map<number, string>>();

function figureTextOf(value: number, format?: FigureFormat | null): string {
  if (format) {
    const held = format.percentUnits ? Number((value / 100).toPrecision(15)) : value;
    const shown = shownText(held, format.code);
    if (shown !== null) return shown;
    if (Math.abs(value) < 1 && value !== 0) return ukNumber(15).format(Number(value.toPrecision(4)));
  }
  return ukNumber(3).format(Number(value.toPrecision(12)));
}

/** A percentage typed as text ("95.5%", "≥ 95%") shown as a format: as many decimals as typed. */
function typedPercentFormat(text: string): string {
  const m = /(\d+)(?:\.(\d+))?\s*(?:%|per ?cent\b)/i.exec(text);
  const decimals = Math.min(m?.[2]?.length ?? 0, 10);
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/** A percentage format with as many decimals as `shown` has (97.9 → "0.0%", 95 → "0%"), at most 4. */
function percentWithDecimals(shown: number): string {
  const decimals = Math.min(/\.(\d+)$/.exec(String(Number(shown.toPrecision(12))))?.[1].length ?? 0, 4);
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/** True when a and b are the same figure to 12 significant digits. */
function same(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * How a figure the engine read from a cell keeps that cell's look on the product's sheets and in its
 * sentences: the cell's number format (`raw` a number with a format other than General); for a
 * percentage the engine holds in percent units (read as it shows beside a typed "5%": 95.5 for a cell
 * holding 0.955 as 95.5%) `percentUnits` says so. A percentage typed as text ("95.5%": held as 95.5)
 * is given the percentage format it reads as (0.0%), `percentUnits` set; held as a fraction (0.955,
 * beside figures formatted as percentages) without it. Undefined for anything else: General, text
 * without a percent sign (a unit typed with a figure is kept as the score's `latestUnit`), a blank.
 * `held`: the figure as the engine holds it (the annual target for a target cell, whatever the month's
 * profiled target).
 */
export function heldFigureFormat(
  raw: CellValue | undefined,
  code: string | null | undefined,
  held: number,
): FigureFormat | undefined {
  if (typeof raw === 'number') {
    if (!code || /^general$/i.test(code.trim())) {
      // A plain number read as a percentage among figures shown so (97.9 held as 0.979, or 0.053 as 5.3):
      // shown as the percentage it was read as (session 8, noticed item 1; read/number-formats.ts).
      if (same(held, raw) || raw === 0) return undefined;
      if (same(held, raw / 100)) return { code: percentWithDecimals(raw) };
      if (same(held, raw * 100)) return { code: percentWithDecimals(held), percentUnits: true };
      return undefined;
    }
    if (isPercentFormat(code) && !same(held, raw) && same(held, raw * 100)) return { code, percentUnits: true };
    return { code };
  }
  if (typeof raw !== 'string') return undefined;
  const text = cellText(raw);
  // A duration typed as text ("13:55", "1:02:30"): shown as typed, in the elapsed format it was read as (session 10).
  // Also after a comparator, "<= 7:00" (session 11).
  const clock = clockInTarget(text);
  if (clock !== null) return clockFormat(clock.text, clock.clock, held);
  if (!/\d\s*(?:%|per ?cent\b)/i.test(text)) return undefined;
  const typed = /(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent\b)/i.exec(text);
  const n = typed ? Number(typed[1].replace(/,/g, '')) : NaN;
  if (!Number.isFinite(n)) return undefined;
  const format = typedPercentFormat(text);
  if (same(Math.abs(held), n)) return { code: format, percentUnits: true };
  if (same(Math.abs(held), n / 100)) return { code: format };
  return undefined;
}

/**
 * The elapsed-time format a duration typed as text reads back as typed: "13:55" held as minutes and
 * seconds is "[mm]:ss", held as hours and minutes "[hh]:mm" ("7:42": "[m]:ss", "[h]:mm"); "1:02:30" is
 * "[h]:mm:ss". Undefined where `held` is neither reading.
 */
function clockFormat(
  text: string,
  clock: { days: number; form: 'm:ss' | 'h:mm:ss' },
  held: number,
): FigureFormat | undefined {
  const lead = text.trim().split(':')[0].length >= 2 ? 2 : 1;
  if (clock.form === 'h:mm:ss') return same(held, clock.days) ? { code: '[h]:mm:ss' } : undefined;
  if (same(held, clock.days)) return { code: lead === 2 ? '[mm]:ss' : '[m]:ss' };
  if (same(held, clock.days * 60)) return { code: lead === 2 ? '[hh]:mm' : '[h]:mm' };
  return undefined;
}
