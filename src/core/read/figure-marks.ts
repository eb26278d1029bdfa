/**
 * Marks typed on a figure, as board packs mark provisional, revised or footnoted figures (fresh user 6,
 * session 11: a housing association's KPI pack): "98.7r", "27.5p", "91.2*%", "38.1‡", "91.2%¹", "*79.0".
 * `parseFigureText` (read/values.ts) already reads a mark set apart ("27.5 (p)", "79.0*", "38.1†", "91.2%*");
 * these are the spellings it did not, which were read as notes, so the quarter was a data gap.
 *
 * A mark is read only beside a figure: a lone "*" is a suppressed figure (words.ts `isSuppressedText`, kept),
 * and a lone "†" or "(p)" is a note. The figure is read as it stands; findings/figure-marks.ts says once
 * per table which figures carried which mark.
 */
import { parseFigureText, type Figure } from './values';

/** Footnote symbols and superscript digits, alone or repeated: "*", "**", "†", "‡", "§", "¶", "#", "¹", "²³". */
const SYMBOLS = String.raw`(?:\*+|†+|‡+|§+|¶+|#|[¹²³⁰⁴-⁹]+)`;

/** A mark after a figure: a symbol, or "r" / "p" (revised, provisional) with or without a space before it. */
const TRAILING = new RegExp(String.raw`^(.*?\d\s*%?)\s*(${SYMBOLS}|[rp])\s*(%?)\s*$`, 'i');

/** A symbol before a figure: "*79.0", "† 91.2%". */
const LEADING = new RegExp(String.raw`^\s*(${SYMBOLS})\s*([+\-\u2212]?\s*[£$€]?\s*\d.*)$`);

/**
 * The figure a marked text holds and its mark, where parseFigureText could not read it: "98.7r" → 98.7
 * marked "r"; "91.2*%" → 91.2 marked "*"; "*79.0" → 79 marked "*". Null for anything else ("12m", "3
 * schools", "*"), and where the rest is not a plain figure: a mark is never read off a note.
 * @param text the cell's text as typed
 */
export function markedFigure(text: string): Figure | null {
  if (text.length > 40) return null;
  const lead = LEADING.exec(text);
  if (lead) return plainWithMark(lead[2], lead[1]);
  const trail = TRAILING.exec(text);
  if (!trail) return null;
  // "91.2*%": the percent sign after the mark belongs to the figure.
  return plainWithMark(trail[1] + trail[3], trail[2]);
}

function plainWithMark(rest: string, mark: string): Figure | null {
  const f = parseFigureText(rest.trim());
  // Only a figure with no note of its own, and never a figure in thousands or millions ("£1.2m" is no mark).
  if (f === null || f.note !== undefined || f.multiplier !== undefined) return null;
  return { ...f, note: mark };
}

/**
 * What a mark says, for the Note: "provisional" for p, (p), prov, provisional; "revised" for r, (r),
 * revised; "estimated" for est, estimate; "draft", "unvalidated" as typed; null for a footnote symbol
 * ("*", "†", a superscript digit) or a letter in brackets ("(a)"), whose meaning is in the pack's footnotes.
 */
export function markMeaning(mark: string): string | null {
  const m = mark.trim().toLowerCase().replace(/\.$/, '');
  if (m === 'p' || m === 'prov' || m === 'provisional') return 'provisional';
  if (m === 'r' || m === 'revised') return 'revised';
  if (m === 'e' || m === 'est' || m === 'estimate' || m === 'estimated') return 'estimated';
  if (m === 'draft' || m === 'unvalidated') return m;
  return null;
}
