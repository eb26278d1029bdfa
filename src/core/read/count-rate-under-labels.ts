/**
 * "Number" and "%" in the header row under each period label in the row above (helper layouts6,
 * docs/workbook.md "Layouts hunted", session 13): "Q1" over "Number | %", "Q2" over "Number | %", with
 * "Ref | Indicator | Polarity | Target" beside them in the header row. It was refused with the sentence for
 * a comparison table ("its columns of figures ("%" and "%") look like one for each organisation or area"),
 * which it is not. Session 9 refused the same words a row below the labels' header with a sentence saying
 * which of the two is the figure cannot be told (workbook.ts countAndRateUnderLabels); this is that
 * sentence for the labels a row above, as PCC and NHS packs lay them out.
 *
 * Pure: the sheet's view and its header row in; the refusal's sentence, or null where the header row
 * does not hold count and rate words under period labels.
 */
import type { GridView } from './grid';
import { recogniseHeader } from './headers';

const COUNT = /^(?:no\.?|nos\.?|number|count|n|volume|#)$/i;
const RATE = /^(?:%|percent|percentage|rate|%age)$/i;

/** The period label over a column in the row above: its own cell, or the merge or the label to its left. */
function labelOver(view: GridView, row: number, col: number): string | null {
  for (let c = col; c >= 0 && c >= col - 1; c--) {
    const merge = view.mergeOf(row, c);
    const at = merge ? merge.left : c;
    const text = view.text(row, at).trim();
    if (text === '') continue;
    const role = recogniseHeader(view.raw(row, at));
    return role?.kind === 'quarter' || role?.kind === 'month' ? text : null;
  }
  return null;
}

export function countAndRateUnderLabelsAbove(view: GridView, headerRow: number): string | null {
  if (headerRow < 1) return null;
  const words: string[] = [];
  const labels: string[] = [];
  let counts = 0;
  let rates = 0;
  for (const col of view.filledColumns(headerRow)) {
    const text = view.text(headerRow, col).trim();
    const isCount = COUNT.test(text);
    const isRate = RATE.test(text);
    if (!isCount && !isRate) continue;
    const label = labelOver(view, headerRow - 1, col);
    if (label === null) return null;
    if (isCount) counts++;
    else rates++;
    if (!words.includes(text)) words.push(text);
    if (!labels.includes(label)) labels.push(label);
  }
  if (counts === 0 || rates === 0) return null;
  const rate = words.find((w) => RATE.test(w))!;
  const count = words.find((w) => COUNT.test(w))!;
  return `'${view.name}' row ${headerRow + 1} holds ${words.map((w) => `"${w}"`).join(' and ')} under each of ${labels.map((l) => `"${l}"`).join(', ')} (row ${headerRow}), and which of the two is the indicator's figure cannot be told, so nothing was scored; head the columns in one row, the figure to score with its period ("${labels[0]} ${rate}") and the other so it is left unread ("${labels[0]} ${count}").`;
}
