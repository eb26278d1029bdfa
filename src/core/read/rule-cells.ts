/**
 * Reading the cells of the columns issue 7 adds: a tolerance mode, a two-sided indicator's bands, a
 * target typed as a range, and the Status / RAG the analyst typed. Pure functions of one cell.
 */
import { circleStatus } from './emoji-cells';
import type { CellValue, Rag, ToleranceMode } from '../model';
import { cellText, normaliseText, parseNumberText } from './values';
import { toleranceInRange } from '../rules/tolerance';
import { describesBands } from './rag-bands';

/**
 * "relative", "%", "% of target", "percent" → relative; "points", "pp", "ppt", "percentage points",
 * "% points" → points; "absolute", "amount", "units", "value", "number" → absolute. Blank or anything
 * else → null.
 */
export function parseToleranceMode(v: CellValue): ToleranceMode | null {
  const t = normaliseText(v).replace(/[.]/g, '');
  if (/^(relative|rel|%|percent|percentage|per cent|% of target|percent of target|percentage of target)$/.test(t))
    return 'relative';
  if (/^(points?|pts?|pp|ppt|percentage points?|per ?cent(age)? points?|% ?points?|% pts?)$/.test(t)) return 'points';
  if (/^(absolute|abs|amount|units?|value|number|actual|in units|own unit)$/.test(t)) return 'absolute';
  return null;
}

/**
 * A band or tolerance typed with its mode: "1pp", "1 point", "1.5 percentage points" → points;
 * "2 (absolute)" is not read. Null when the cell does not say points.
 */
export function parsePointsAmount(v: CellValue): number | null {
  // A number or a boolean names no unit, so never says points; nor does a blank (issue 11: read per row).
  if (typeof v !== 'string' || v === '') return null;
  const m = /^\+?(\d+(?:\.\d+)?|\.\d+)\s*(pp|ppt|pts?|points?|percentage points?|% ?points?)$/.exec(normaliseText(v));
  return m ? Number(m[1]) : null;
}

/**
 * A two-sided indicator's band: "5", "5%", "±5", "+/-5%", "0.05" formatted as a percent (a number
 * between 0 and 1 is read as a fraction only when the cell text says %); a number 0 or more, in the
 * indicator's tolerance mode's unit. Null when blank or unreadable.
 */
export function parseBand(v: CellValue): number | null {
  if (typeof v === 'number') return toleranceInRange(v, 'absolute') ? v : null;
  const t = cellText(v).replace(/^(±|\+\/-|\+-|\+ \/ -|within)\s*/i, '');
  const points = parsePointsAmount(t);
  if (points !== null) return points;
  const n = parseNumberText(t);
  return n !== null && toleranceInRange(n, 'absolute') ? n : null;
}

/**
 * A target typed as a range: "95–105", "95-105", "95 to 105", "between 95 and 105", "95% - 105%".
 * Returns the low and high ends (low < high), or null when the cell is not a range.
 */
export function parseTargetRange(v: CellValue): { low: number; high: number } | null {
  if (typeof v !== 'string') return null;
  const t = v
    .trim()
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/^between\s+/i, '');
  const m = /^(-?[£$€]?[\d,.]+%?)\s*(?:-|to|and)\s*(-?[£$€]?[\d,.]+%?)$/i.exec(t);
  if (!m) return null;
  const low = parseNumberText(m[1]);
  const high = parseNumberText(m[2]);
  if (low === null || high === null || !(low < high)) return null;
  return { low, high };
}

const STATUS_WORDS: Record<string, Rag> = {
  green: 'green',
  g: 'green',
  'on target': 'green',
  'on track': 'green',
  met: 'green',
  achieved: 'green',
  'target met': 'green',
  'target achieved': 'green',
  good: 'green',
  '✓': 'green',
  '✔': 'green',
  '☑': 'green',
  '√': 'green',
  '🟢': 'green',
  amber: 'amber',
  a: 'amber',
  'within tolerance': 'amber',
  'near target': 'amber',
  'close to target': 'amber',
  'slightly off target': 'amber',
  'at risk': 'amber',
  yellow: 'amber',
  '🟠': 'amber',
  '🟡': 'amber',
  red: 'red',
  r: 'red',
  'off target': 'red',
  'off track': 'red',
  'not met': 'red',
  missed: 'red',
  'not achieved': 'red',
  'target missed': 'red',
  'target not met': 'red',
  '✗': 'red',
  '✘': 'red',
  '×': 'red',
  '❌': 'red',
  '☒': 'red',
  '🔴': 'red',
};

/**
 * The Status / RAG an analyst typed, as a colour: Red / R, Amber / A, Green / G, ticks (✓ ✔) and
 * crosses (✗ ✘ ×), "On target", "Off target", "Within tolerance", "Within 5% of target", "Met" …
 * (also "Green – on target"). Null when blank or not a status ("Data gap", "No target", "N/A").
 */
export function parseTypedStatus(v: CellValue): Rag | null {
  const t = normaliseText(v)
    .replace(/[.!]+$/, '')
    .trim();
  if (t === '') return null;
  if (STATUS_WORDS[t]) return STATUS_WORDS[t];
  // "🟢 On track", "🟢️" (emoji-cells.ts).
  const circle = circleStatus(t, (words) => STATUS_WORDS[words] ?? null);
  if (circle !== null) return circle;
  // "Green ≥ 95%, Amber 90–95%": the bands, not a status (rag-bands.ts).
  if (describesBands(v)) return null;
  if (/^within \d+(\.\d+)?\s*(%|pp|points?)?( of target)?$/.test(t)) return 'amber';
  const first = /^(red|amber|green)\b/.exec(t);
  return first ? (first[1] as Rag) : null;
}
