/**
 * Row heights for wrapped text. Excel grows a row to fit wrapped text as you type, but a file written
 * by ExcelJS stores no heights, and LibreOffice (and Excel, for merged cells) then shows one line
 * with the rest cut off. So the rows of a generated sheet get a height from an estimate of the lines
 * each wrapped cell needs in its column width — generous rather than tight.
 */
import type ExcelJS from 'exceljs';
import type { Area } from '../core';

const DEFAULT_SIZE = 11;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;
/**
 * Characters of ordinary text that fit a line: a column's width counts the default font's "0"s, and
 * ordinary text runs narrower (about 1.2 characters per "0" in Calibri 11 or Arial 10), bold text a
 * little wider. Larger fonts fit proportionally fewer.
 */
export function charsPerLine(widthChars: number, size: number, bold: boolean): number {
  const scale = size > DEFAULT_SIZE ? DEFAULT_SIZE / size : 1;
  return Math.max(1, Math.floor(widthChars * scale * (bold ? 1.05 : 1.2)) - 1);
}

/** Points per line of text in a font size (Arial 10: 12.75, Calibri 11: 15, as Excel has them). */
export function lineHeight(size: number): number {
  return size <= 10 ? 12.75 * (size / 10) : 15 * (size / 11);
}

/** Characters of a word as `[...word].length` counts them (a surrogate pair is one), without the array. */
function codePoints(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = word.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Lines the words of `text` take when wrapped at `chars` characters (explicit line breaks too). */
export function wrappedLines(text: string, chars: number): number {
  // Text no longer than a line, without a line break, is one line (its words and the single spaces
  // between them are never longer than the text): most cells of a Highlights sheet at county scale
  // (issue 10: this function was 3% of the command's CPU at 10,000 indicators).
  if (text.length <= chars && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = codePoints(word);
      if (used > 0 && used + 1 + w > chars) {
        count += 1 + Math.floor((w - 1) / chars);
        used = w % chars || chars;
      } else if (used === 0 && w > chars) {
        count += Math.floor((w - 1) / chars);
        used = w % chars || chars;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    lines += count;
  }
  return lines;
}

/**
 * Sets the height of every row holding wrapped text that needs more than one line, or text larger
 * than the default font; a merged cell's lines are shared between the rows it spans. Rows that
 * already have a height are left as they are; none is made taller than Excel allows.
 */
export function fitWrappedRows(sheet: ExcelJS.Worksheet, merges: Area[], defaultWidth = 9): void {
  const widthOf = (col: number) => sheet.getColumn(col + 1).width ?? defaultWidth;
  const mergeAt = new Map(merges.map((m) => [`${m.top},${m.left}`, m]));
  const needed = new Map<number, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const big = cell.style?.font?.size ?? DEFAULT_SIZE;
      if (big > DEFAULT_SIZE) needed.set(rowNumber - 1, Math.max(needed.get(rowNumber - 1) ?? 0, lineHeight(big) + 2));
      if (!cell.style?.alignment?.wrapText) return;
      const text = typeof cell.value === 'string' ? cell.value : cell.text;
      if (!text) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      const area = mergeAt.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c };
      let width = 0;
      for (let k = area.left; k <= area.right; k++) width += widthOf(k);
      const font = cell.style.font ?? {};
      const size = font.size ?? DEFAULT_SIZE;
      const lines = wrappedLines(text, charsPerLine(width, size, Boolean(font.bold)));
      if (lines <= 1) return;
      const perRow = (lines * lineHeight(size) + 3) / (area.bottom - area.top + 1);
      for (let k = area.top; k <= area.bottom; k++) needed.set(k, Math.max(needed.get(k) ?? 0, perRow));
    });
  });
  for (const [r, height] of needed) {
    const row = sheet.getRow(r + 1);
    if (row.height === undefined) row.height = Math.min(MAX_ROW_HEIGHT, Math.ceil(height * 4) / 4);
  }
}
