/**
 * Figures typed with a mark — "79.0*", "91.2%*", "38.1†", "27.5 (p)", "98.7r" — as board packs mark
 * provisional, revised or footnoted figures (fresh user 6, session 11). Each is read as the figure it marks
 * (read/values.ts, read/figure-marks.ts); this Note says so once per table, naming each marked figure as
 * typed and what its mark says, so that the analyst knows which of the scores rest on figures the pack
 * itself calls provisional.
 */
import type { Finding, IndicatorTable, QuarterNumber } from '../model';
import { periodName, periodNaming } from '../periods';
import { finding } from '../catalogue';
import { markMeaning } from '../read/figure-marks';
import { listed, quote, who } from '../words';

/** At most this many figures are named; the rest are counted ("and 4 more"). */
const NAMED = 8;

/**
 * One Note for a table whose figures carry marks or notes, at the first marked cell, or none.
 * @param table a table as read: its rows' period values keep the note (`note`) and the cell's text (`typed`)
 * @param quarter the quarter scored: figures after it are not named
 */
export function figureMarksNote(table: IndicatorTable, quarter: QuarterNumber): Finding[] {
  const naming = periodNaming(table);
  const named: string[] = [];
  const marks = new Set<string>();
  let count = 0;
  let first: { row: number; col: number } | null = null;
  for (const row of table.rows) {
    // Up to the quarter scored: a later figure is not in this report.
    for (let m = 0; m < row.periods.length && m < 3 * quarter; m++) {
      const p = row.periods[m];
      if (p.kind !== 'number' || p.note === undefined) continue;
      count++;
      marks.add(p.note);
      if (first === null) first = { row: row.row, col: table.monthColumns[m] ?? table.columns.name ?? 0 };
      if (named.length < NAMED)
        named.push(`${who(row)} ${periodName(m + 1, naming)} ${quote(p.typed ?? String(p.value))}`);
    }
  }
  if (count === 0 || first === null) return [];
  const figures = named.join(', ') + (count > named.length ? ` and ${count - named.length} more` : '');
  return [
    finding({
      kind: 'figure-marks',
      at: { sheet: table.sheet, row: first.row, col: first.col },
      ref: null,
      sheet: table.sheet,
      count,
      figures,
      meanings: meaningsOf([...marks]),
      star: [...marks].some((k) => k.startsWith('*')),
      notesOnly: [...marks].every((k) => markMeaning(k) === null && !FOOTNOTE_MARK.test(k)),
    }),
  ];
}

/**
 * What the marks say: `"p" is read as provisional and "r" as revised. "*" and "†" are footnote marks,
 * whose meaning is in the pack's footnotes.`
 */
function meaningsOf(marks: string[]): string {
  const known: string[] = [];
  const footnotes: string[] = [];
  const notes: string[] = [];
  for (const mark of marks) {
    const meaning = markMeaning(mark);
    if (meaning !== null) known.push(`${quote(mark)}${known.length === 0 ? ' is read' : ''} as ${meaning}`);
    else if (FOOTNOTE_MARK.test(mark)) footnotes.push(quote(mark));
    else notes.push(quote(mark));
  }
  const sentences: string[] = [];
  if (known.length > 0) sentences.push(`${listed(known)}.`);
  if (footnotes.length > 0)
    sentences.push(
      `${listed(footnotes)} ${footnotes.length === 1 ? 'is a footnote mark' : 'are footnote marks'}, whose meaning is in the pack's footnotes.`,
    );
  if (notes.length > 0)
    sentences.push(`${listed(notes)} ${notes.length === 1 ? 'is a note' : 'are notes'} on the figure, read past.`);
  return sentences.join(' ');
}

/** A footnote's mark: a symbol, a superscript digit, or one letter or digit ("(a)", "[1]"). */
const FOOTNOTE_MARK = /^(?:[*†‡§¶#]+|[¹²³⁰⁴-⁹]+|[a-z0-9])$/i;
