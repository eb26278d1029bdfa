/**
 * Number formats: what a number cell shows, so the engine reads a figure the way the analyst sees it
 * (issue 8).
 *
 * - A number formatted as a percentage (`0.0%`) is stored as a fraction: 0.052 shows as 5.2%. A
 *   percentage typed as text ("5.2%") is read in percent units (5.2). When an indicator's target and
 *   its values carry a percent sign both ways (one as a format, one as text), the formatted ones are
 *   read in percent units too, so 5% is compared with 5.2% (+4%), not 5 with 0.052 (−98.96%).
 *   When one side has a percent sign and the other is a plain number a hundred times larger or
 *   smaller, the intent is not certain: the indicator is not rated against that target (no variance,
 *   no RAG; counted under No target) and a Check finding names the target cell and how to write both
 *   the same way (noticed item 1, session 4 closing note).
 * - A number formatted as a date is a date: in a header it is a month; where a figure belongs it is
 *   not a figure (read as a note, so a finding names it and the month is a data gap).
 * - The workbook's date system: a workbook in the 1904 system (old Mac files) keeps dates as
 *   1,462 fewer days since its epoch; its date-formatted cells are moved to the 1900 system before
 *   reading, so "Apr-20" in a header is April, not March.
 *
 * Format codes follow Excel's (Microsoft: "Review guidelines for customizing a number format",
 * https://support.microsoft.com/office/c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5): text in quotes and
 * characters after a backslash are shown as they are; `[Red]`, `[$-809]`, `[>100]` are not digits.
 */
import type { IndicatorRow, NumberFormats, SheetGrid } from '../model';
import { cellText } from './values';
import { ukNumber } from '../words';

/** Days between Excel's 1900 epoch (30 Dec 1899) and its 1904 epoch (1 Jan 1904). */
export const DATE_1904_OFFSET = 1462;

/** The format code's own symbols: quoted text, escaped characters and bracketed tags removed. */
function formatSymbols(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** True when the format shows a number as a percentage (the number × 100 with a % sign). */
export function isPercentFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  // Only the first section (positive numbers) decides: "0.0%;-0.0%" and "0%;[Red]-0%" are percentages.
  return formatSymbols(code.split(';')[0]).includes('%');
}

/** True when the format shows a number as a date (day, month or year), e.g. "mmm-yy", "dd/mm/yyyy". */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const symbols = formatSymbols(code.split(';')[0]).replace(/general/gi, '');
  // "m" is a month unless it stands with hours or seconds ("h:mm", "mm:ss"), when it is minutes.
  return /[dy]/i.test(symbols) || (/m/i.test(symbols) && !/[hs]/i.test(symbols));
}

/**
 * Builds the compact form of a sheet's number formats from cells in any order. Only cells that
 * hold a number need to be added; a number in General format (or with no format) breaks a run.
 */
export class NumberFormatsBuilder {
  private readonly formats: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly runs: number[] = [];
  /** Open run per column: [first row, last row, format index]. */
  private readonly open = new Map<number, [number, number, number]>();

  /** A number cell's format (0-based row and column); "General", "" or null for none. */
  add(row: number, col: number, format: string | null | undefined): void {
    const run = this.open.get(col);
    if (!format || /^general$/i.test(format)) {
      if (run) this.close(col, run);
      return;
    }
    let i = this.index.get(format);
    if (i === undefined) {
      i = this.formats.push(format) - 1;
      this.index.set(format, i);
    }
    if (run && run[2] === i && row === run[1] + 1) {
      run[1] = row;
      return;
    }
    if (run) this.close(col, run);
    this.open.set(col, [row, row, i]);
  }

  private close(col: number, run: [number, number, number]): void {
    this.runs.push(col, run[0], run[1], run[2]);
    this.open.delete(col);
  }

  /** The compact formats, or undefined when every number is in General format. */
  build(): NumberFormats | undefined {
    for (const [col, run] of [...this.open]) this.close(col, run);
    return this.formats.length === 0 ? undefined : { formats: [...this.formats], runs: [...this.runs] };
  }
}

/**
 * The number formats of the number cells of a grid, from a format per cell (`formatAt`), as an
 * adapter has them (ExcelJS `cell.numFmt`, Office.js `Range.numberFormat`).
 */
export function compactNumberFormats(
  values: SheetGrid['values'],
  formatAt: (row: number, col: number) => string | null | undefined,
): NumberFormats | undefined {
  const b = new NumberFormatsBuilder();
  values.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (typeof v === 'number') b.add(r, c, formatAt(r, c));
    }),
  );
  return b.build();
}

const LOOKUPS = new WeakMap<NumberFormats, Map<number, { top: number; bottom: number; format: string }[]>>();

/** The number format of a cell of the grid, or null (General, or not known). */
export function numberFormatOf(grid: Pick<SheetGrid, 'numberFormats'>, row: number, col: number): string | null {
  const nf = grid.numberFormats;
  if (!nf) return null;
  let byCol = LOOKUPS.get(nf);
  if (!byCol) {
    byCol = new Map();
    for (let i = 0; i + 3 < nf.runs.length; i += 4) {
      const [c, top, bottom, f] = nf.runs.slice(i, i + 4);
      const list = byCol.get(c) ?? [];
      list.push({ top, bottom, format: nf.formats[f] });
      byCol.set(c, list);
    }
    for (const list of byCol.values()) list.sort((a, b) => a.top - b.top);
    LOOKUPS.set(nf, byCol);
  }
  const list = byCol.get(col);
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].bottom < row) lo = mid + 1;
    else if (list[mid].top > row) hi = mid - 1;
    else return list[mid].format;
  }
  return null;
}

/**
 * The grid with its dates in the 1900 date system: for a workbook in the 1904 system, each
 * date-formatted number gains 1,462 days. The grid itself is returned when nothing changes (a 1900
 * workbook, or one without number formats: its dates cannot be told from figures).
 */
export function inDateSystem1900(grid: SheetGrid): SheetGrid {
  if (!grid.date1904 || !grid.numberFormats) return grid;
  let values: SheetGrid['values'] | null = null;
  grid.values.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (typeof v !== 'number' || !isDateFormat(numberFormatOf(grid, r, c))) return;
      values ??= grid.values.map((row) => [...row]);
      values[r][c] = v + DATE_1904_OFFSET;
    }),
  );
  return values ? { ...grid, values, date1904: false } : grid;
}

/** A 1900-system date serial as the analyst reads it: "1 Dec 2020". */
export function dateText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** What a number cell of an indicator's row shows. */
export type Shown = 'formatted-percent' | 'typed-percent' | 'plain';

/** How each period of the row being read is shown (null: no figure), reused row after row (issue 11). */
const SHOWN: (Shown | null)[] = new Array<Shown | null>(12).fill(null);

/** A view of a sheet enough to see cells and their formats. */
export interface FormattedCells {
  raw(row: number, col: number): SheetGrid['values'][number][number];
  formatOf(row: number, col: number): string | null;
}

function shownAs(cells: FormattedCells, row: number, col: number): Shown {
  const v = cells.raw(row, col);
  if (typeof v === 'number') return isPercentFormat(cells.formatOf(row, col)) ? 'formatted-percent' : 'plain';
  return /%\s*$/.test(cellText(v)) ? 'typed-percent' : 'plain';
}

function percentUnits(n: number): number {
  return Number((n * 100).toPrecision(15));
}

function median(ns: number[]): number {
  const s = [...ns].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** True when a and b are about a hundred times apart (more than 10×, less than 1,000×). */
function hundredfoldApart(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const ratio = Math.abs(Math.log10(Math.abs(a) / Math.abs(b)));
  return ratio > 1 && ratio < 3;
}

function shownFigure(n: number, how: Shown): string {
  const t = ukNumber(4).format(Number(n.toPrecision(12)));
  if (how === 'formatted-percent')
    return `${ukNumber(4).format(Number(percentUnits(n).toPrecision(12)))}% (stored as ${t})`;
  return how === 'typed-percent' ? `${t}%` : t;
}

/**
 * How to put a target and its values on one scale, in the analyst's terms (noticed item 1, session 4
 * closing note): the two usual slips get their own words — a target typed "5%" over plain fractions
 * (format the values as percentages, or type the target as 0.05); a target formatted as a percentage
 * over plain percent units (type the target as 5); a plain target over values formatted or typed as
 * percentages (type the target as 5%) — and anything else the general advice. `target` and `value`
 * are as read (a typed "5%" is 5, a formatted 5% is 0.05); `valuesLarger`: the values are the larger.
 */
export function scaleFix(
  target: number,
  targetHow: Shown,
  value: number,
  valueHow: Shown,
  valuesLarger: boolean,
): string {
  const n = (x: number) => ukNumber(4).format(Number(x.toPrecision(12)));
  if (targetHow === 'typed-percent' && valueHow === 'plain' && !valuesLarger)
    return `format the values as percentages (${n(value)} then shows as ${n(percentUnits(value))}%) or type the target as ${n(target / 100)}`;
  if (targetHow === 'formatted-percent' && valueHow === 'plain' && valuesLarger)
    return `type the target as ${n(percentUnits(target))} (a plain number, not formatted as a percentage) or type the values with a % sign (${n(value)}%)`;
  if (targetHow === 'plain' && valueHow === 'formatted-percent' && !valuesLarger)
    return `type the target as ${n(target)}% (Excel keeps it as ${n(target / 100)}) or as ${n(target / 100)}`;
  if (targetHow === 'plain' && valueHow === 'typed-percent' && valuesLarger)
    return `type the target as ${n(percentUnits(target))}% or as ${n(percentUnits(target))}`;
  return 'as percentages, such as 5%, or as plain numbers';
}

/**
 * An indicator's row read with its cells' number formats: dates where figures belong become notes;
 * a target and values on different percentage scales are reconciled, or `scaleProblem` names them.
 * `targetCol` and `outturnCol` are the table's columns (undefined when it has none). The row given is
 * changed in place and returned (the reader's own, just built).
 */
export function withNumberFormats(
  cells: FormattedCells,
  row: IndicatorRow,
  targetCol: number | undefined,
  outturnCol?: number,
): IndicatorRow {
  // The row is the one readIndicatorRow has just built: changed in place, not copied (issue 11).
  const out = row;
  // Dates where figures belong.
  // Loops, not closures: this runs for every indicator (issue 11).
  for (let i = 0; i < out.periods.length; i++) {
    const p = out.periods[i];
    const c = row.periodColumns[i];
    if (p.kind !== 'number' || p.fromText || c === null) continue;
    if (isDateFormat(cells.formatOf(row.row, c)))
      out.periods[i] = { kind: 'note', text: `a date, ${dateText(p.value)}` };
  }
  if (
    targetCol !== undefined &&
    out.annualTarget !== null &&
    typeof cells.raw(row.row, targetCol) === 'number' &&
    isDateFormat(cells.formatOf(row.row, targetCol))
  ) {
    out.targetText = `a date, ${dateText(out.annualTarget)}`;
    out.annualTarget = null;
  }

  // Percentages stored two ways. How each value is shown, in an array by period reused row after row,
  // not an object per value (issue 11).
  const target = out.annualTarget !== null && targetCol !== undefined ? shownAs(cells, row.row, targetCol) : null;
  const outturn = out.outturnPrevYear !== null && outturnCol !== undefined ? shownAs(cells, row.row, outturnCol) : null;
  const n = out.periods.length;
  const hows: (Shown | null)[] = n <= SHOWN.length ? SHOWN : new Array<Shown | null>(n);
  let formattedValue = false;
  let typedValue = false;
  let percentCount = 0;
  let plainCount = 0;
  for (let i = 0; i < n; i++) {
    const c = row.periodColumns[i];
    const how = out.periods[i].kind === 'number' && c !== null ? shownAs(cells, row.row, c) : null;
    hows[i] = how;
    if (how === 'formatted-percent') formattedValue = true;
    else if (how === 'typed-percent') typedValue = true;
    if (how === 'plain') plainCount++;
    else if (how !== null) percentCount++;
  }
  const anyFormatted = target === 'formatted-percent' || outturn === 'formatted-percent' || formattedValue;
  const anyTyped = target === 'typed-percent' || outturn === 'typed-percent' || typedValue;
  if (anyFormatted && anyTyped) {
    // Both carry a percent sign: read the formatted ones as they show, in percent units.
    if (target === 'formatted-percent') out.annualTarget = percentUnits(out.annualTarget!);
    if (outturn === 'formatted-percent') out.outturnPrevYear = percentUnits(out.outturnPrevYear!);
    for (let i = 0; i < n; i++) {
      const p = out.periods[i];
      if (hows[i] === 'formatted-percent' && p.kind === 'number')
        out.periods[i] = { ...p, value: percentUnits(p.value) };
    }
    return out;
  }
  if (target === null || percentCount + plainCount === 0) return out;
  const targetPercent = target !== 'plain';
  if ((targetPercent ? plainCount : percentCount) === 0) return out;
  // The values on the other side from the target, in period order.
  const other: { i: number; how: Shown }[] = [];
  for (let i = 0; i < n; i++) {
    const how = hows[i];
    if (how !== null && (how === 'plain') === targetPercent) other.push({ i, how });
  }
  const figures = other.map((v) => (out.periods[v.i] as { value: number }).value);
  const m = median(figures);
  if (!hundredfoldApart(m, out.annualTarget!)) return out;
  const first = other[0];
  const firstValue = (out.periods[first.i] as { value: number }).value;
  const valuesLarger = Math.abs(m) > Math.abs(out.annualTarget!);
  out.scaleProblem = {
    col: targetCol!,
    message:
      `the target ${shownFigure(out.annualTarget!, target)} and ${other.length === 1 ? 'a value' : 'its values'} such as ` +
      `${shownFigure(firstValue, first.how)} are on different scales (one a percentage, the other a plain number a hundred times ` +
      `${valuesLarger ? 'larger' : 'smaller'}), so it is not rated: no variance or RAG colour, and it is counted under No target ` +
      `until they agree; write both the same way — ${scaleFix(out.annualTarget!, target, firstValue, first.how, valuesLarger)} — and score again.`,
  };
  return out;
}
