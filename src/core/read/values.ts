/**
 * Reading cell values as analysts write them: numbers stored as text, "-" for no data, notes in
 * place of figures, quartiles and arrows in all their spellings.
 */
import type { CellValue, Direction, PeriodValue, Polarity, Profile, Quartile } from '../model';

/** Text an analyst writes for "no data this period". */
const NO_DATA = new Set(['', '-', '–', '—', '\u2212', '--', '..', '...', 'n/d', 'nd', 'tbc', 'tba', 'x']);
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'n.a', 'not applicable', 'not available']);

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** Lower case, single spaces, curly quotes straightened: for comparing header text. */
export function normaliseText(v: CellValue): string {
  return cellText(v)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isBlank(v: CellValue): boolean {
  return cellText(v) === '';
}

/**
 * A number written as text: "1,350,000", "5.28%", "£1,059", "−£1,059" (a true minus sign, as reports
 * print it), " 42 "; "(12)" is not a number here. A percentage stays in percent units ("5.28%" → 5.28),
 * as the report's series are.
 */
export function parseNumberText(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-').replace(/^([+-]?)[£$€]/, '$1').replace(/%$/, '').trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** A cell that should hold a number: the number, or null (blank, "-", text). */
export function readNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseNumberText(v);
  return null;
}

/** A monthly or quarterly value cell. */
export function readPeriodValue(v: CellValue): PeriodValue {
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'note', text: String(v) };
  const text = cellText(v);
  const lower = text.toLowerCase();
  if (NO_DATA.has(lower)) return { kind: 'empty' };
  if (NOT_APPLICABLE.has(lower)) return { kind: 'na' };
  const n = parseNumberText(text);
  if (n !== null) return { kind: 'number', value: n, fromText: true };
  return { kind: 'note', text };
}

export function isNoDataText(v: CellValue): boolean {
  const lower = cellText(v).toLowerCase();
  return NO_DATA.has(lower) || NOT_APPLICABLE.has(lower);
}

const QUARTILE_WORDS: Record<string, Quartile> = {
  '1': 1, '1st': 1, first: 1, top: 1,
  '2': 2, '2nd': 2, second: 2,
  '3': 3, '3rd': 3, third: 3,
  '4': 4, '4th': 4, fourth: 4, bottom: 4,
};

/**
 * "4th Quartile", "4th quartile", "4", "Q4", "Quartile 4", "Fourth", "Bottom quartile" → 4;
 * "N/A", "NA", "-", blank → null. Returns undefined for text that is not a quartile at all.
 */
export function parseQuartile(v: CellValue): Quartile | null | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 4 ? (v as Quartile) : undefined;
  const t = normaliseText(v);
  if (t === '' || isNoDataText(t)) return null;
  const m =
    /^(?:q\s*)?(1st|2nd|3rd|4th|first|second|third|fourth|top|bottom|[1-4])(?:\s*quartile)?$/.exec(t) ??
    /^quartile\s*([1-4])$/.exec(t);
  return m ? QUARTILE_WORDS[m[1]] : undefined;
}

const ARROWS: Record<string, Direction> = {
  '↑': 'up', '⬆': 'up', '▲': 'up', '⇧': 'up', up: 'up', improving: 'up', improved: 'up', better: 'up', improvement: 'up',
  '↓': 'down', '⬇': 'down', '▼': 'down', '⇩': 'down', down: 'down', worsening: 'down', worsened: 'down', worse: 'down',
  declining: 'down', deteriorating: 'down',
  '↔': 'same', '⬌': 'same', '→': 'same', '◄►': 'same', '=': 'same', same: 'same', 'no change': 'same', unchanged: 'same',
  stable: 'same', static: 'same', sideways: 'same',
  '■': 'first', '▪': 'first', '□': 'first', first: 'first', new: 'first', 'first reported': 'first',
  'first reported period': 'first',
};

/** A typed DOT or Trend cell: ↑ ↓ ↔ ■ or the words analysts use. Unreadable or blank → null. */
export function parseDirection(v: CellValue): Direction | null {
  const t = normaliseText(v);
  return ARROWS[t] ?? null;
}

/** Higher / Lower / "Higher is better" / "High" / "Low is good" / "Up" / "Down" → polarity. */
export function parsePolarity(v: CellValue): Polarity | null {
  const t = normaliseText(v).replace(/[.!?]/g, '');
  if (/^(higher|high|bigger|larger|more|up|increase|↑)(\s+is\s+(better|good))?$/.test(t)) return 'higher';
  if (/^(lower|low|smaller|less|fewer|down|decrease|↓)(\s+is\s+(better|good))?$/.test(t)) return 'lower';
  return null;
}

/** Tier 1 / 1 / T1 / "Tier 2" → tier number. */
export function parseTier(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  const m = /^(?:tier|t)?\s*(\d)$/.exec(normaliseText(v));
  return m ? Number(m[1]) : null;
}

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
    return v >= 0 && v <= 100 ? v : null;
  }
  const n = parseNumberText(cellText(v));
  return n !== null && n >= 0 && n <= 100 ? n : null;
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
