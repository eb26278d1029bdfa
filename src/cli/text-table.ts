/**
 * Plain-text tables for the terminal: columns padded to line up, numbers on the right, text on the
 * left; the last column may wrap to a width. No colour here (see style.ts).
 */

export type Align = 'left' | 'right';

export interface TextTableOptions {
  /** Alignment per column; default: right for columns whose cells are all numbers, else left. */
  align?: Align[];
  /** Spaces before each line. */
  indent?: number;
  /** Wrap the last column so lines fit this many characters (no wrapping when absent). */
  width?: number;
  gap?: number;
}

/** Characters as a terminal counts them (arrows and accents are one each). */
export function displayWidth(s: string): number {
  return [...s].length;
}

function pad(s: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0 || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function textTable(headers: string[], rows: (string | number)[][], options: TextTableOptions = {}): string[] {
  const { header, body } = textTableParts(headers, rows, options);
  return [header, ...body.flat()];
}

/** The header line, and each row's lines (more than one when its last column wraps). */
export function textTableParts(
  headers: string[],
  rows: (string | number)[][],
  options: TextTableOptions = {},
): { header: string; body: string[][] } {
  const indent = ' '.repeat(options.indent ?? 2);
  const gap = ' '.repeat(options.gap ?? 2);
  const cells = rows.map((r) => r.map((v) => String(v)));
  const align: Align[] = headers.map(
    (_, i) => options.align?.[i] ?? (rows.length > 0 && rows.every((r) => typeof r[i] === 'number') ? 'right' : 'left'),
  );
  // A loop, not Math.max(...spread): a table of 200,000 rows would pass more arguments than a call takes.
  const widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? '')), displayWidth(h)));
  const last = headers.length - 1;
  if (options.width !== undefined && last > 0) {
    const before = widths.slice(0, last).reduce((a, w) => a + w + gap.length, indent.length);
    widths[last] = Math.max(displayWidth(headers[last]), Math.min(widths[last], Math.max(20, options.width - before)));
  }
  const line = (parts: string[]) => (indent + parts.join(gap)).replace(/\s+$/, '');
  const body = cells.map((r) => {
    const wrapped = options.width !== undefined ? wrapText(r[last] ?? '', widths[last]) : [r[last] ?? ''];
    return [
      line(r.map((v, i) => pad(i === last ? wrapped[0] : v, widths[i], align[i]))),
      ...wrapped.slice(1).map((more) => line([...widths.slice(0, last).map((w) => ' '.repeat(w)), more])),
    ];
  });
  return { header: line(headers.map((h, i) => pad(h, widths[i], align[i]))), body };
}
