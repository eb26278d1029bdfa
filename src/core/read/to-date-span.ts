/**
 * A period header naming the months from April to a later quarter's end: "Apr-Sep 25", "April to December 2025",
 * "Apr–Sep" (session 14's hunt, helper layouts7). Such a column is the year to date at that quarter — the half
 * year's six months added up, not September's month — and was not read at all: alone it was refused ("no period
 * column"); beside "Apr-Jun 25" it was left unread and Q1 scored. It is read as that quarter's column, its header
 * saying the figures are to date (`IndicatorTable.ytdHeader`, read/tables.ts), as "Q2 YTD" is read: the rules for
 * figures to date then apply (a Profile column asked for a count, days lost per FTE measured to date).
 * "Apr-Jun" is Q1's own months (periods.ts); a span not from April ("Jul-Dec") or not to a quarter's end is not
 * read. Beside a column of its own quarter or months ("Jul-Sep 25 | Apr-Sep 25", "Apr … Sep | Apr-Sep") it is
 * not a period: the table's figures are those columns', and the span a total beside them (known, left unread:
 * `toDateSpansBesideTheirPeriods`), as a rolling year beside the months is (read/rolling-year.ts).
 */
import type { ColumnRole } from '../model';
import type { PeriodHeader } from '../periods';
import { parsePeriodHeader } from '../periods';
import type { GridView } from './grid';

const SPAN = /^(?:apr|april)\s*(?:-|–|—|to)\s*([a-z]+)\.?(?:\s*[-']?\s*(\d{2}|\d{4}))?$/;

/**
 * The quarter (and financial year) a to-date span ends with, or null (see the file's comment).
 * @param h the header, in lower case with its spaces squeezed (headers.ts `normaliseHeader`)
 */
export function toDateSpan(h: string): Extract<PeriodHeader, { kind: 'quarter' }> | null {
  const m = SPAN.exec(h.replace(/[\u2013\u2014]/g, '-').trim());
  if (!m) return null;
  const end = parsePeriodHeader(m[2] ? `${m[1]} ${m[2]}` : m[1]);
  if (end?.kind !== 'month' || end.month % 3 !== 0 || end.month <= 3) return null;
  const quarter = (end.month / 3) as 2 | 3 | 4;
  return end.year === undefined ? { kind: 'quarter', quarter } : { kind: 'quarter', quarter, year: end.year };
}

/** True when a header is such a span (`toDateSpan`): its figures are the year to date. */
export function saysToDateSpan(text: string): boolean {
  return toDateSpan(text.toLowerCase().replace(/\s+/g, ' ')) !== null;
}

/**
 * To-date spans (`toDateSpan`) where another column of the header row holds one of the months they end with or
 * the quarter itself: their roles taken away (`roles` changed in place). Returns the columns taken.
 */
export function toDateSpansBesideTheirPeriods(
  grid: GridView,
  row: number,
  subHeaderRow: number | null,
  roles: Map<number, ColumnRole>,
): number[] {
  const text = (c: number) => grid.text(row, c) || (subHeaderRow === null ? '' : grid.text(subHeaderRow, c));
  let spans: number[] | null = null;
  for (const [c, r] of roles) if (r.kind === 'quarter' && saysToDateSpan(text(c))) (spans ??= []).push(c);
  if (spans === null) return [];
  const taken: number[] = [];
  for (const c of spans) {
    const q = (roles.get(c) as { quarter: number }).quarter;
    let other = false;
    roles.forEach((r, d) => {
      if (d === c) return;
      if (r.kind === 'quarter' && r.quarter === q && !saysToDateSpan(text(d))) other = true;
      if (r.kind === 'month' && r.month > 3 * q - 3 && r.month <= 3 * q) other = true;
    });
    if (other) taken.push(c);
  }
  for (const c of taken) roles.delete(c);
  return taken;
}
