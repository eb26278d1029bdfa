/**
 * Emoji an analyst types into a DOT or Status cell (helper layouts6, docs/workbook.md "Layouts hunted",
 * session 13). Excel on Windows and Mac inserts arrows and circles from the emoji panel with a
 * variation selector after them ("⬆️" is U+2B06 U+FE0F), so "⬆️" was not the "⬆" the DOT reader knows and a
 * typed "⬆️" beside a fall drew no Check; "🟢 On track" was not read as a status (only "🟢" alone was), so
 * a red figure beside it drew no Check either.
 *
 * Pure: a cell's normalised text in, the text without variation selectors, or the colour a leading
 * circle gives.
 */
import type { Rag } from '../model';

/** The text without emoji variation selectors (U+FE0E, U+FE0F). */
export function withoutVariationSelectors(text: string): string {
  return text.replace(/[\uFE0E\uFE0F]/g, '');
}

const CIRCLES: Record<string, Rag> = { '🟢': 'green', '🟡': 'amber', '🟠': 'amber', '🔴': 'red' };

/**
 * A status opening with a coloured circle and words after it ("🟢 On track", "🔴 - behind plan"): the
 * circle's colour, unless the words name another colour's status (`wordsSay`), which leaves it unread.
 * Null where the text does not open with a circle followed by words.
 */
export function circleStatus(text: string, wordsSay: (words: string) => Rag | null): Rag | null {
  const t = withoutVariationSelectors(text);
  const circle = [...t][0];
  const colour = circle === undefined ? undefined : CIRCLES[circle];
  if (colour === undefined) return null;
  const rest = t
    .slice(circle.length)
    .replace(/^[\s\-–—:]+/, '')
    .trim();
  if (rest === '') return colour;
  const said = wordsSay(rest);
  return said === null || said === colour ? colour : null;
}
