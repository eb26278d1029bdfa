/**
 * What a column holds, told from its cells rather than its header (helper hunt3): codes ("HS01",
 * "NI 155", "C&L1"), indicator names ("Rent collected as a % of rent due"), polarity words ("Higher",
 * "Lower is better"). Used where a header alone is a guess — a "KPI" column of codes read as the
 * indicators' names, a "Perf" column of polarity words left unread — and by the mapping a refusal
 * suggests, so that it never proposes a meaning the cells do not support.
 */
import type { CellValue } from '../model';
import { parsePolarity } from './values';

/**
 * An indicator code alone: letters then digits, with a separator or a second group of letters or digits
 * ("HS01", "KPI 01", "NI 157a", "PAM/012", "C&L1", "SW-CS-01", "ASCOF 1C", "1.2a"). Not a name: no
 * word of four letters or more after the first group.
 */
export function isCodeLike(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (t.length === 0 || t.length > 16 || !/\d/.test(t)) return false;
  return (
    /^[A-Za-z&]{1,8}(?:[ \-_./]?[A-Za-z&]{1,6})?[ \-_./]?\d{1,4}[A-Za-z]{0,2}(?:[ \-_./]?\d{1,4}[A-Za-z]{0,2})*$/.test(
      t,
    ) || /^\d{1,3}(?:[.\-/]\d{1,3})+[A-Za-z]?$/.test(t)
  );
}

/** A cell that reads as an indicator's name: two words or more, with letters, not a code nor a polarity. */
export function isNameLike(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (t.length < 8 || isCodeLike(t) || parsePolarity(t) !== null) return false;
  const words = t.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  return words.length >= 2 && words.some((w) => /[A-Za-z]{3,}/.test(w));
}

/**
 * The polarity a cell says when it can only be a polarity: Higher, Lower, Maximise, "Lower is better" …
 * — not an arrow or Up / Down alone (a typed direction of travel?), nor "On target" (a status?).
 */
export function plainPolarity(v: CellValue): 'higher' | 'lower' | 'close' | null {
  if (typeof v !== 'string') return null;
  const t = v
    .trim()
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .trim();
  if (t === '' || /^(up|down|on target|in range|range|stable|h|l)$/.test(t)) return null;
  const p = parsePolarity(v);
  return p === 'higher' || p === 'lower' || p === 'close' ? p : null;
}

/**
 * Headers of columns that hold sentences or people but never the indicators' names: comments, notes,
 * commentary, actions, the lead officer, the source, a definition (helper hunt3). A suggestion never
 * maps such a column to the name, however name-like its cells.
 */
export function notANameHeader(header: string): boolean {
  return /\b(comments?|commentary|notes?|narrative|update|updates|actions?|explanation|reasons?|rationale|analysis|context|remarks?|status|rag|owner|lead|officer|manager|responsible|portfolio|cabinet|member|contact|source|definition|definitions|calculation|frequency|directorate|department|service|theme|priority|outcome|risk|mitigation|progress|position|trend|dot|direction)\b/i.test(
    header,
  );
}

/** Cells of one column on the given rows, blank and "-" left out. */
export function filledCells(cell: (row: number) => CellValue, rows: readonly number[]): CellValue[] {
  const out: CellValue[] = [];
  for (const r of rows) {
    const v = cell(r);
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && /^\s*[-–—]?\s*$/.test(v)) continue;
    out.push(v);
  }
  return out;
}

/** Every cell a code (at least one). */
export function allCodes(cells: readonly CellValue[]): boolean {
  return cells.length > 0 && cells.every(isCodeLike);
}

/** Most cells (at least half, and at least one) names. */
export function mostlyNames(cells: readonly CellValue[]): boolean {
  const n = cells.filter(isNameLike).length;
  return n > 0 && n * 2 >= cells.length;
}

/**
 * Every cell a polarity, and one or more of them lower-is-better or close-to-target: a column that would
 * change the scores if read, since without a polarity column higher is taken as better.
 */
export function polaritiesThatMatter(cells: readonly CellValue[]): boolean {
  if (cells.length === 0) return false;
  const read = cells.map(plainPolarity);
  return read.every((p) => p !== null) && read.some((p) => p !== 'higher');
}
