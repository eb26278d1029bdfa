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
 *   the same way (noticed item 1, session 4 closing note). A Targets sheet's month targets and last
 *   year's figures are held to the same rule (`scaleMismatch`, one home): a month target so is not rated
 *   against, last year's so give no Trend or DOT (noticed item 1, session 5). A row whose own values are
 *   written both ways so is held to the figures written its own way, and a Check names the odd cells
 *   (`mixedValues`, noticed item 3, session 5).
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
import { TIME_WITHOUT_POLARITY, timeWithoutPolarity } from './time-polarity';
import { timeMeasureWithoutPolarity, timeNameWithTargetMessage } from '../rules/time-name';
import { median } from '../rules/median';
import { PERCENT_WORDS } from '../rules/percentage';
import type { CellValue, IndicatorRow, IndicatorTable, NumberFormats, SheetGrid } from '../model';
import { cellText, clockInTarget } from './values';
import { ukNumber } from '../words';
import { periodName, type PeriodNaming } from '../periods';
import { percentCellTargetSlip } from './percent-cell-target';
import { refuseOverHundred } from './over-hundred';
import { CHANGE_NOT_LEVEL } from '../rules/percentage';

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
  // An elapsed time ("[h]:mm", "[mm]:ss", "[h]:mm:ss": a response or handover time of more than a day's
  // hours or minutes) is a duration, not a date; its brackets are not tags like "[Red]".
  if (/\[(?:h+|m+|s+)\]/i.test(code.split(';')[0])) return false;
  const symbols = formatSymbols(code.split(';')[0]).replace(/general/gi, '');
  // "m" is a month unless it stands with hours or seconds ("h:mm", "mm:ss"), when it is minutes.
  return /[dy]/i.test(symbols) || (/m/i.test(symbols) && !/[hs]/i.test(symbols));
}

/**
 * True when the format shows a number as a time or a duration ("mm:ss", "h:mm:ss", "[h]:mm"): Excel keeps
 * it as a fraction of a day, so 8 minutes is 0.00556.
 */
export function isTimeFormat(code: string | null | undefined): boolean {
  if (!code || isDateFormat(code)) return false;
  const first = code.split(';')[0];
  return /\[(?:h+|m+|s+)\]/i.test(first) || /[hs]/i.test(formatSymbols(first).replace(/general/gi, ''));
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

/** A view of a sheet enough to see cells and their formats. */
export interface FormattedCells {
  raw(row: number, col: number): SheetGrid['values'][number][number];
  formatOf(row: number, col: number): string | null;
}

function shownAs(cells: FormattedCells, row: number, col: number): Shown {
  const v = cells.raw(row, col);
  if (typeof v === 'number') return isPercentFormat(cells.formatOf(row, col)) ? 'formatted-percent' : 'plain';
  // A percent sign straight after a figure, wherever the figure stands: "5.2%", "≥ 95%", and targets with
  // their comparator after it — "95%+", "95% or above", "10% or less" (read so by parseTargetCell; the
  // fresh-user check of session 5 found those counted as plain 95 against fractions, −98.99% red).
  // "95 per cent", "95 percent" say so in words (noticed item 6, session 6: read as plain 95 against fractions).
  const text = cellText(v);
  // Neither a percent sign nor "cent" in it (most texts: names, notes, "1,350,000"): plain, no pattern tried (issue 11).
  if (text.indexOf('%') === -1 && !/cent/i.test(text)) return 'plain';
  return /\d\s*(?:%|per ?cent\b)/i.test(text) ? 'typed-percent' : 'plain';
}

/** How each month's own target cell is shown (index 0 = April); null where the month has none. */
function periodTargetsShown(cells: FormattedCells, row: IndicatorRow, cols: (number | null)[]): (Shown | null)[] {
  const hows: (Shown | null)[] = [];
  for (let m = 0; m < cols.length; m++) {
    const c = cols[m];
    hows.push(c === null || row.periodTargets![m] === null ? null : shownAs(cells, row.row, c));
  }
  return hows;
}

function percentUnits(n: number): number {
  return Number((n * 100).toPrecision(15));
}

/** True when a and b are 30 to 300 times apart: a percentage and its fraction, give or take a year's change. */
function nearlyHundredfold(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const ratio = Math.abs(Math.log10(Math.abs(a) / Math.abs(b)));
  return ratio > Math.log10(30) && ratio < Math.log10(300);
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
  what = 'the target',
): string {
  const n = (x: number) => ukNumber(4).format(Number(x.toPrecision(12)));
  if (targetHow === 'typed-percent' && valueHow === 'plain' && !valuesLarger)
    return `format the values as percentages (${n(value)} then shows as ${n(percentUnits(value))}%) or type ${what} as ${n(target / 100)}`;
  if (targetHow === 'formatted-percent' && valueHow === 'plain' && valuesLarger)
    return `type ${what} as ${n(percentUnits(target))} (a plain number, not formatted as a percentage) or type the values with a % sign (${n(value)}%)`;
  if (targetHow === 'plain' && valueHow === 'formatted-percent' && !valuesLarger)
    return `type ${what} as ${n(target)}% (Excel keeps it as ${n(target / 100)}) or as ${n(target / 100)}`;
  if (targetHow === 'plain' && valueHow === 'typed-percent' && valuesLarger)
    return `type ${what} as ${n(percentUnits(target))}% or as ${n(percentUnits(target))}`;
  return 'as percentages, such as 5%, or as plain numbers';
}

/** A figure as read (a typed "5%" is 5, a formatted 5% is 0.05) and how its cell shows it. */
export interface ShownFigure {
  value: number;
  how: Shown;
}

/** Where two sets of figures part: the first of each side and which side is the larger. */
export interface ScaleMismatch {
  figure: ShownFigure;
  value: ShownFigure;
  /** How many of the values are on the other side's scale. */
  others: number;
  valuesLarger: boolean;
}

/**
 * The one percentage-scale rule (docs/workbook.md, "Number formats"): `figures` (a target, last year's
 * figures, a Targets sheet's month targets) and an indicator's `values` are on different scales when
 * only one side carries a percent sign (a format or a typed "%") and the two are about a hundred times
 * apart (the median of each, more than 10×, less than 1,000×). Null when they agree. Both sides as read,
 * in the row's units (see `inRowUnits`). Source: issue 8; noticed item 1, sessions 4 and 5.
 */
export function scaleMismatch(figures: ShownFigure[], values: ShownFigure[]): ScaleMismatch | null {
  for (const percent of [true, false]) {
    const mine: ShownFigure[] = [];
    for (const f of figures) if ((f.how !== 'plain') === percent) mine.push(f);
    if (mine.length === 0) continue;
    const other: ShownFigure[] = [];
    for (const v of values) if ((v.how !== 'plain') !== percent) other.push(v);
    if (other.length === 0) continue;
    const m = median(other.map((v) => v.value));
    const mm = median(mine.map((f) => f.value));
    if (!hundredfoldApart(m, mm)) continue;
    return { figure: mine[0], value: other[0], others: other.length, valuesLarger: Math.abs(m) > Math.abs(mm) };
  }
  return null;
}

/**
 * A figure from beside the row (a Last year column or sheet, a Targets sheet) in the row's units, where
 * both carry a percent sign: read as it shows, as the row's own are. `rowInPercentUnits`: the row's
 * percentages are in percent units (some typed "5%", so formatted ones were read as they show);
 * `rowHasFormatted`: some of the row's figures are formatted as percentages (fractions, when not in
 * percent units).
 */
export function inRowUnits(f: ShownFigure, rowInPercentUnits: boolean, rowHasFormatted: boolean): ShownFigure {
  if (f.how === 'formatted-percent' && rowInPercentUnits) return { value: percentUnits(f.value), how: f.how };
  if (f.how === 'typed-percent' && !rowInPercentUnits && rowHasFormatted)
    return { value: Number((f.value / 100).toPrecision(15)), how: f.how };
  return f;
}

/**
 * Why figures beside the row cannot be compared with its values, in one sentence's middle: "last year's
 * figure 5% (Last year Q3) and its values such as 0.053 are on different scales (…), so <consequence>;
 * write both the same way — <fix> — and score again". `what`: the figures' name ("last year's figure");
 * `fixWhat`: what to retype ("the Last year figures").
 */
export function scaleMessage(mismatch: ScaleMismatch, what: string, consequence: string, fixWhat: string): string {
  const { figure, value, others, valuesLarger } = mismatch;
  return (
    `${what} ${shownFigure(figure.value, figure.how)} and ${others === 1 ? 'a value' : 'its values'} such as ` +
    `${shownFigure(value.value, value.how)} are on different scales (one has a percent sign), so ${consequence}; write both the same way — ` +
    `${scaleFix(figure.value, figure.how, value.value, value.how, valuesLarger, fixWhat)} — and score again.`
  );
}

/*
 * How a row's figures are shown, packed in one small integer two bits a figure (0 none, 1 plain,
 * 2 formatted percent, 3 typed percent): the target in bits 0–1, the outturn in 2–3, period i in
 * 4 + 2i. `withNumberFormats` works it out once per row and keeps it on the row (`IndicatorRow.shown`)
 * for `supportSheetScales`, which would otherwise look at every cell's format again (issue 11).
 */
const SHOWN_BY_CODE: readonly (Shown | null)[] = [null, 'plain', 'formatted-percent', 'typed-percent'];

function shownCode(how: Shown | null): number {
  return how === null ? 0 : how === 'plain' ? 1 : how === 'formatted-percent' ? 2 : 3;
}

/** Periods a packed code has room for (two bits each above the target's and the outturn's, within 31 bits). */
const PACKED_PERIODS = 13;

/** How each period of the row being read is shown (null: no figure), reused row after row (issue 11). */
const SHOWN: (Shown | null)[] = new Array<Shown | null>(PACKED_PERIODS).fill(null);

/** The values shown, in period order, as `{ i, how }` (made only for the rows that need them). */
function shownValues(hows: readonly (Shown | null)[], n: number): { i: number; how: Shown }[] {
  const values: { i: number; how: Shown }[] = [];
  for (let i = 0; i < n; i++) {
    const how = hows[i];
    if (how !== null) values.push({ i, how });
  }
  return values;
}

/**
 * An indicator's row read with its cells' number formats: dates where figures belong become notes;
 * a target and values on different percentage scales are reconciled, or `scaleProblem` names them.
 * `targetCol` and `outturnCol` are the table's columns (undefined when it has none). The row given is
 * changed in place and returned (the reader's own, just built); `shown` records how its figures are
 * shown, for `supportSheetScales`.
 */
export function withNumberFormats(
  cells: FormattedCells,
  row: IndicatorRow,
  targetCol: number | undefined,
  outturnCol?: number,
  lastYearCols?: LastYearColumns,
  periodTargetCols?: (number | null)[],
  /** How the table names its periods in a finding: "Q3" in a table of quarters, "Dec" else (periods.ts). */
  naming: PeriodNaming = 'months',
): IndicatorRow {
  // The row is the one readIndicatorRow has just built: changed in place, not copied (issue 11).
  const out = row;
  // Durations typed as text ("13:55"), read as the row's times are (session 10).
  const clockTarget = withClockTimes(cells, out, targetCol);
  // Dates where figures belong.
  // Loops, not closures: this runs for every indicator (issue 11).
  // A value shown as a time (mm:ss) is noted on the way, for the time check below (timeMismatch).
  let timeSeen = false;
  for (let i = 0; i < out.periods.length; i++) {
    const p = out.periods[i];
    const c = row.periodColumns[i];
    if (p.kind === 'number' && p.clock !== undefined) timeSeen = true;
    if (p.kind !== 'number' || p.fromText || c === null) continue;
    const format = cells.formatOf(row.row, c);
    if (isDateFormat(format)) out.periods[i] = { kind: 'note', text: `a date, ${dateText(p.value)}` };
    else if (!timeSeen && format && isTimeFormat(format)) timeSeen = true;
  }
  if (timeSeen && out.annualTarget === null) out.timesWithoutTarget = true;
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
  // not an object per value (issue 11); the list of `{ i, how }` is made only for a row with a percent
  // sign in sight or last year's figures to check.
  const target = out.annualTarget !== null && targetCol !== undefined ? shownAs(cells, row.row, targetCol) : null;
  const outturn = out.outturnPrevYear !== null && outturnCol !== undefined ? shownAs(cells, row.row, outturnCol) : null;
  const n = out.periods.length;
  const hows = n <= SHOWN.length ? SHOWN : new Array<Shown | null>(n);
  let formattedValue = false;
  let typedValue = false;
  let valueCount = 0;
  let packed = shownCode(target) | (shownCode(outturn) << 2);
  for (let i = 0; i < n; i++) {
    const c = row.periodColumns[i];
    const how = out.periods[i].kind === 'number' && c !== null ? shownAs(cells, row.row, c) : null;
    hows[i] = how;
    if (how === null) continue;
    valueCount++;
    if (how === 'formatted-percent') formattedValue = true;
    else if (how === 'typed-percent') typedValue = true;
    packed |= shownCode(how) << (4 + 2 * i);
  }
  out.shown = n <= PACKED_PERIODS ? packed : undefined;
  // A quarter's or month's own target ("Q3 Target", "Sep Plan") shown as a percentage is read on the
  // row's scale as the annual target is (session 7 fresh-user check: a Q3 Target 82.0% held as 0.82
  // against 81 read from 81.0% beside a typed "80%" target was +9,778%, green).
  const periodTargetHows =
    periodTargetCols && out.periodTargets ? periodTargetsShown(cells, row, periodTargetCols) : null;
  const anyFormatted =
    target === 'formatted-percent' ||
    outturn === 'formatted-percent' ||
    formattedValue ||
    (periodTargetHows?.includes('formatted-percent') ?? false);
  const inPercentUnits =
    anyFormatted &&
    (target === 'typed-percent' ||
      outturn === 'typed-percent' ||
      typedValue ||
      (periodTargetHows?.includes('typed-percent') ?? false));
  if (inPercentUnits) {
    if (periodTargetHows)
      for (let m = 0; m < periodTargetHows.length; m++) {
        const t = out.periodTargets![m];
        if (periodTargetHows[m] === 'formatted-percent' && t !== null) out.periodTargets![m] = percentUnits(t);
      }
    // Both carry a percent sign: read the formatted ones as they show, in percent units.
    if (target === 'formatted-percent') out.annualTarget = percentUnits(out.annualTarget!);
    if (outturn === 'formatted-percent') out.outturnPrevYear = percentUnits(out.outturnPrevYear!);
    for (let i = 0; i < n; i++) {
      const p = out.periods[i];
      if (hows[i] === 'formatted-percent' && p.kind === 'number')
        out.periods[i] = { ...p, value: percentUnits(p.value) };
    }
  }
  // A row whose own values are written two ways a hundred times apart (noticed item 3, session 5): the
  // target and last year's figures are held to the values written the row's own way (`mixedScale`).
  // Neither can part from the target when no percent sign is in sight (most rows: nothing built, issue 11).
  const percentInSight = target === 'formatted-percent' || target === 'typed-percent' || formattedValue || typedValue;
  const checkLastYear = lastYearCols !== undefined && valueCount > 0;
  // A time on one side of the target only: the target's cell shown as a time, or a value (timeSeen).
  const timeInSight =
    targetCol !== undefined &&
    out.annualTarget !== null &&
    (timeSeen ||
      clockTarget ||
      (typeof cells.raw(row.row, targetCol) === 'number' && isTimeFormat(cells.formatOf(row.row, targetCol))));
  // Last year's outturn with a percent sign is held to the values too (noticed item 4, session 6).
  const outturnInSight = outturn === 'formatted-percent' || outturn === 'typed-percent';
  // A percentage with no percent sign in sight: a plain target and plain values about a hundred times
  // apart, one side a fraction (helper hunt3).
  if (!percentInSight && !timeInSight && valueCount > 0 && PERCENT_WORDS.test(out.name)) {
    const values = shownValues(hows, n);
    const alike = plainMixedValues(out, values, target === 'plain' ? out.annualTarget : null, naming);
    const slip = target === 'plain' ? plainFractionSlip(out, alike ?? valueFigures(out, values)) : null;
    if (slip) out.scaleProblem = { col: targetCol!, message: slip };
  }
  // A time in weeks or days typed as a plain figure, told by its name, no polarity: as a time against a time (read/time-name.ts).
  if (
    !out.scaleProblem &&
    !timeInSight &&
    targetCol !== undefined &&
    out.annualTarget !== null &&
    timeMeasureWithoutPolarity(out)
  ) {
    const message = timeNameWithTargetMessage(cellText(cells.raw(row.row, targetCol)));
    out.scaleProblem = { col: targetCol, message, reason: TIME_WITHOUT_POLARITY, polarity: true };
  }
  if (!percentInSight && !checkLastYear && !timeInSight && !outturnInSight) {
    markPercentScale(cells, out, targetCol, target, formattedValue, typedValue, inPercentUnits, out.annualTarget);
    return out;
  }
  // The target as read before it is put on its values' scale, to tell which scale that was (percentScaleOf).
  const targetRead = out.annualTarget;
  const values = shownValues(hows, n);
  const reference = !percentInSight
    ? null
    : (mixedValues(
        out,
        values,
        inPercentUnits,
        target === null ? null : { value: out.annualTarget!, how: target },
        naming,
      ) ?? valueFigures(out, values));
  if (reference !== null && target !== null && reference.length > 0) {
    const found = scaleMismatch([{ value: out.annualTarget!, how: target }], reference);
    // A target typed "≤1%" over a percentage's plain values of 19.8 to 22 (an NHS diagnostic-waits standard
    // missed twentyfold): both are percentages as typed, so nothing is on another scale (session 10, helper
    // layouts3: it was a data gap, "too far from them to be read as 100").
    const mismatch =
      found && !(target === 'typed-percent' && found.valuesLarger && plainPercentages(out, reference)) ? found : null;
    // A target on the other scale from its values is read on theirs where it sits among them, else the
    // indicator is a data gap (session 8, noticed item 1: it was counted under No target).
    // "-5%" over counts of crimes is a change, not a level on another scale (fresh user 12, PC1.3): the change rule below says so.
    const change =
      mismatch && target === 'typed-percent' ? changeTarget(cells.raw(row.row, targetCol!), out, values) : null;
    if (change) out.scaleProblem = { col: targetCol!, message: change, reason: CHANGE_NOT_LEVEL };
    else if (mismatch) targetOnValuesScale(out, target, targetCol!, reference, mismatch.valuesLarger, inPercentUnits);
    // "94" typed into a target cell formatted as a percentage (9400.0%) over values so formatted: both carry
    // a percent sign, so the rule above lets it through (fresh-user check 7, item 6; percent-cell-target.ts).
    else if (
      target === 'formatted-percent' &&
      !inPercentUnits &&
      reference.every((v) => v.how === 'formatted-percent')
    ) {
      const slip = percentCellTargetSlip(
        out.annualTarget!,
        reference.map((v) => v.value),
      );
      if (slip?.readAs != null) {
        out.annualTarget = slip.readAs;
        out.plainPercents = [...(out.plainPercents ?? []), { col: targetCol!, message: slip.message }];
      } else if (slip)
        out.scaleProblem = { col: targetCol!, dataGap: true, reason: slip.reason, message: slip.message };
    }
  }
  // A target shown as a time (08:00) over plain figures, or plain over times: fractions of a day against
  // minutes (or hours), some 1,440 times apart.
  if (!out.scaleProblem && timeInSight && values.length > 0) {
    const times = timeMismatch(cells, out, targetCol!, values);
    if (times) out.scaleProblem = { col: targetCol!, message: times };
    // A time against a time, no polarity: not rated rather than a slower time green (session 11, read/time-polarity.ts).
    const unknown = times ? null : timeWithoutPolarity(out, clock(out.annualTarget!));
    if (unknown)
      out.scaleProblem = { col: targetCol!, message: unknown, reason: TIME_WITHOUT_POLARITY, polarity: true };
  }
  // A target typed as a signed percentage ("-3%", "+10%") over plain figures far larger (counts of crimes,
  // visits): a change on last year, not a level the figures can be measured against.
  if (!out.scaleProblem && target === 'typed-percent' && targetCol !== undefined && values.length > 0) {
    const change = changeTarget(cells.raw(row.row, targetCol), out, values);
    if (change) out.scaleProblem = { col: targetCol, message: change, reason: CHANGE_NOT_LEVEL };
  }
  // Last year's outturn held to the same rule as last year's other figures (noticed item 4, session 6);
  // it is in the row's units already (read as it shows above where both carry a percent sign).
  if (outturn !== null && values.length > 0) {
    const mismatch = scaleMismatch(
      [{ value: out.outturnPrevYear!, how: outturn }],
      reference ?? valueFigures(out, values),
    );
    // Last year's figure for the same indicator: the percent-sign slip puts it about a hundred times out
    // (30× to 300×, a year's change included); 100 beside values of "5.2%" (19×) is no such slip.
    if (mismatch && nearlyHundredfold(mismatch.figure.value, mismatch.value.value)) {
      out.outturnScaleProblem = {
        sheet: out.sheet,
        row: out.row,
        col: outturnCol!,
        message: scaleMessage(
          mismatch,
          "last year's outturn",
          'it is not compared with them (a typed Trend arrow is not kept on it alone)',
          "last year's outturn",
        ),
      };
    }
  }
  if (checkLastYear)
    lastYearScales(cells, out, reference ?? valueFigures(out, values), inPercentUnits, anyFormatted, lastYearCols);
  // A percentage's figure far over 100% among figures at most 100% (7,120.0%: fresh user 11; over-hundred.ts).
  if (percentInSight && !out.scaleProblem) {
    const refused = refuseOverHundred(
      out,
      hows
        .slice(0, n)
        .map((h) =>
          h === 'typed-percent' || (h === 'formatted-percent' && inPercentUnits)
            ? 'percent'
            : h === 'formatted-percent'
              ? 'fraction'
              : null,
        ),
      naming,
    );
    for (const i of refused) setShown(out, i);
  }
  markPercentScale(cells, out, targetCol, target, formattedValue, typedValue, inPercentUnits, targetRead);
  return out;
}

/**
 * Sets `out.percentScale` (percentScaleOf); 'none' where the row is known not to be a percentage (its
 * figures in another number format); absent where nothing says either way (plain figures in General).
 */
function markPercentScale(
  cells: FormattedCells,
  out: IndicatorRow,
  targetCol: number | undefined,
  target: Shown | null,
  formattedValue: boolean,
  typedValue: boolean,
  inPercentUnits: boolean,
  targetRead: number | null,
): void {
  const scale = percentScaleOf(out, target, formattedValue, typedValue, inPercentUnits, targetRead);
  if (scale !== undefined) out.percentScale = scale;
  else if (shownInOtherFormat(cells, out, targetCol)) out.percentScale = 'none';
}

/**
 * True when the row's latest figure (else its target) is in a number format that is not a percentage
 * ("0.0", "#,##0", "£#,##0"): the analyst has said how it reads, and it is not in percent (fresh-user
 * check 5: HSMR 103 in "0.0", agency spend £861k in "#,##0"). General says nothing either way.
 */
function shownInOtherFormat(cells: FormattedCells, out: IndicatorRow, targetCol: number | undefined): boolean {
  for (let i = out.periods.length - 1; i >= 0; i--) {
    const c = out.periodColumns[i];
    if (out.periods[i].kind !== 'number' || c === null) continue;
    return otherFormat(cells.formatOf(out.row, c));
  }
  return targetCol !== undefined && out.annualTarget !== null && otherFormat(cells.formatOf(out.row, targetCol));
}

function otherFormat(format: string | null): boolean {
  return format !== null && format !== '' && !/^general$/i.test(format) && !isPercentFormat(format);
}

/**
 * Whether a row is a percentage, and how its figures are held once read (fresh-user check 5: points
 * tolerance mode measured 0.622 against 0.92 as 0.298 of a point, amber within 2 points). 'percent': in
 * percent units (a percent sign typed, or both ways and read as shown); 'fraction': stored fractions
 * shown as percentages by their number format (0.622 as 62.2%). With only the target carrying a percent
 * sign, the values decide: the target is put on their scale (`targetOnValuesScale`), so a target moved a
 * hundredfold says the values are on the other scale. With no percent sign at all, a name that says
 * percent ("% positive", "Percentage of …") makes it a percentage: in percent units when any figure is
 * over 1, else fractions. Undefined: nothing says the row is a percentage (a count, a ratio, £k, HSMR).
 */
function percentScaleOf(
  out: IndicatorRow,
  target: Shown | null,
  formattedValue: boolean,
  typedValue: boolean,
  inPercentUnits: boolean,
  targetRead: number | null,
): 'fraction' | 'percent' | undefined {
  if (inPercentUnits) return 'percent';
  if (formattedValue) return 'fraction';
  if (typedValue) return 'percent';
  if (target === 'formatted-percent' || target === 'typed-percent') {
    const moved = targetRead !== null && out.annualTarget !== null && out.annualTarget !== targetRead;
    return (target === 'formatted-percent') !== moved ? 'fraction' : 'percent';
  }
  if (!PERCENT_WORDS.test(out.name)) return undefined;
  let overOne = out.annualTarget !== null && Math.abs(out.annualTarget) > 1;
  for (let i = 0; i < out.periods.length && !overOne; i++) {
    const p = out.periods[i];
    if (p.kind === 'number' && Math.abs(p.value) > 1) overOne = true;
  }
  return overOne ? 'percent' : 'fraction';
}

/** A percentage's values typed plainly in percent units: its name says percent and every plain value is 1 to 100. */
function plainPercentages(row: IndicatorRow, values: ShownFigure[]): boolean {
  if (!PERCENT_WORDS.test(row.name)) return false;
  const plain = values.filter((v) => v.how === 'plain');
  return plain.length > 0 && plain.every((v) => v.value >= 1 && v.value <= 100);
}

/**
 * A percentage indicator ("%" in its name) whose target and values carry no percent sign and are 30 to
 * 300 times apart, the smaller side a fraction (at most 1) and the larger at most 100: one was typed as
 * a fraction (0.1 for 10%) and the other in percent (12). Scored as typed, a staff turnover of 11
 * against 0.1 was −10,900%, red, and 0.11 against 10 +98.9%, green (helper hunt3). The Check's words,
 * or null. Two plain numbers with no name saying percent are not questioned (docs/workbook.md).
 */
function plainFractionSlip(out: IndicatorRow, values: ShownFigure[]): string | null {
  const t = out.annualTarget;
  if (t === null || values.length === 0) return null;
  const m = median(values.map((v) => v.value));
  if (!nearlyHundredfold(t, m)) return null;
  const small = Math.min(Math.abs(t), Math.abs(m));
  const large = Math.max(Math.abs(t), Math.abs(m));
  if (small > 1 || large > 100) return null;
  const v = values[values.length - 1].value;
  const shown = (x: number) => shownFigure(x, 'plain');
  const asPercent = (x: number) => shown(Number((x * 100).toPrecision(12)));
  const fix =
    Math.abs(t) < Math.abs(m)
      ? `type the target as ${asPercent(t)}, as the values are written`
      : `type the target as ${shown(Number((t / 100).toPrecision(12)))}, as the values are written, or the values in percent (${asPercent(v)} for ${shown(v)})`;
  return `the target ${shown(t)} and ${values.length === 1 ? 'its value' : 'its values such as'} ${shown(v)} are about a hundred times apart though the indicator is a percentage (one looks like a fraction), so it is not rated (counted under "Not rated"); ${fix}, and score again.`;
}

/**
 * A percentage indicator ("%" in its name) whose plain values are written two ways a hundred times apart,
 * some fractions (at most 1) and some in percent (up to 100): 65 in June, 0.66 in September. As
 * `mixedValues` does for a percent sign: `mixedScale` names the odd ones — those unlike the target where it
 * agrees with one way, else unlike the last figure — so the latest is rated only if written as the target
 * is, and DOT only between figures written alike (helper hunt3: 0.66 against 64 was −98.97%, red). Returns
 * the figures written the row's own way, or null when the row is written one way.
 */
function plainMixedValues(
  out: IndicatorRow,
  values: { i: number; how: Shown }[],
  target: number | null,
  naming: PeriodNaming,
): ShownFigure[] | null {
  const figure = (i: number) => (out.periods[i] as { value: number }).value;
  const fractions: number[] = [];
  const percents: number[] = [];
  for (const v of values) {
    const x = Math.abs(figure(v.i));
    if (x > 100) return null;
    if (x === 0) continue;
    (x <= 1 ? fractions : percents).push(v.i);
  }
  if (fractions.length === 0 || percents.length === 0) return null;
  if (!nearlyHundredfold(median(fractions.map(figure)), median(percents.map(figure)))) return null;
  const last = values[values.length - 1].i;
  const agrees = (is: number[]) => target !== null && target !== 0 && !hundredfoldApart(target, median(is.map(figure)));
  const fractionsOwn = agrees(fractions) ? true : agrees(percents) ? false : fractions.includes(last);
  const odd = fractionsOwn ? percents : fractions;
  const alike = fractionsOwn ? fractions : percents;
  const listed = (is: number[]) => {
    const words = is
      .slice(0, 3)
      .map((i) => `${periodName(i + 1, naming)} ${ukNumber(4).format(Number(figure(i).toPrecision(12)))}`);
    return (
      (words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`) +
      (is.length > 3 ? ' …' : '')
    );
  };
  const written = fractionsOwn
    ? odd.length === 1
      ? 'is written in percent'
      : 'are written in percent'
    : odd.length === 1
      ? 'is written as a fraction'
      : 'are written as fractions';
  out.mixedScale = {
    col: out.periodColumns[odd[0]]!,
    odd,
    message:
      `its values are written two ways a hundred times apart though it is a percentage: ${listed(odd)} ${written}, ` +
      `unlike ${listed([alike[alike.length - 1]])}${agrees(alike) ? ' and the target' : ''}; ` +
      'only figures written alike are compared (no DOT across the two ways); write them all the same way and score again.',
  };
  return alike.map((i) => ({ value: figure(i), how: 'plain' as Shown }));
}

/**
 * A target typed as a change ("-3%", "+10%", "− 5%": a sign and a percent sign) over values that carry no
 * percent sign and cannot be a level of that target — all at or above 0 under a fall, or ten times the
 * target's size or more ("-3%" over 96,500 crimes): the sentence saying so, or null. Scored as a level it
 * was −3,216,766.67%, red (a fall of 3% measured as the level −3), counted; so it is not rated, as a target
 * on another percentage scale is not. Source: helper hunt2's sector layouts (police and crime plans set
 * "reduce by 3%" targets on counts); docs/workbook.md, "Sector layouts".
 */
/**
 * A target and values of which one side is shown as a time ("mm:ss", "h:mm:ss": Excel keeps 8 minutes as
 * 0.00556 of a day) and the other as a plain number (8, in minutes?), where a number format says so: the
 * sentence saying they cannot be compared, or null. Scored as stored, a response time of 7:55 against a
 * target typed 8 was +99.93%, green, counted. Source: helper hunt2's sector layouts (fire and ambulance
 * response times); docs/workbook.md, "Sector layouts".
 */
function timeMismatch(
  cells: FormattedCells,
  row: IndicatorRow,
  targetCol: number,
  values: { i: number; how: Shown }[],
): string | null {
  const raw = cells.raw(row.row, targetCol);
  // A duration typed as text ("15:00") is a time as a cell formatted mm:ss is (session 10).
  const typedClock = typeof raw === 'string' && clockInTarget(cellText(raw)) !== null;
  // A target typed as a plain figure with its unit, "7 mins", is a plain number (session 11, helper layouts4:
  // 7 against a response time of 8:12 kept as 0.0057 of a day was +99.93%, green).
  if (typeof raw !== 'number' && !typedClock && row.annualTarget === null) return null;
  const targetTime = typedClock || (typeof raw === 'number' && isTimeFormat(cells.formatOf(row.row, targetCol)));
  let other: number | null = null;
  for (const v of values) {
    const c = row.periodColumns[v.i];
    const p = row.periods[v.i];
    if (c === null || p.kind !== 'number' || (p.fromText && p.clock === undefined)) continue;
    if ((p.clock !== undefined || isTimeFormat(cells.formatOf(row.row, c))) !== targetTime) other = p.value;
  }
  if (other === null) return null;
  const target = row.annualTarget!;
  const [time, plain] = targetTime ? [target, other] : [other, target];
  const shown = `${targetTime ? 'the target' : 'a value'} ${clock(time)} is a time and ${targetTime ? 'a value' : 'the target'} ${ukNumber(4).format(plain)} a plain number`;
  return (
    `${shown}, so they cannot be compared (Excel keeps a time as a fraction of a day: ${clock(time)} is ` +
    `${ukNumber(6).format(Number(time.toPrecision(6)))}) and it is not rated (no variance ` +
    `or RAG colour, counted under "Not rated"); write both the same way — format the ${targetTime ? 'values' : 'target'} as times (mm:ss), or type ` +
    `the ${targetTime ? 'target' : 'values'} as plain numbers in the same unit — and score again.`
  );
}

/** A fraction of a day as a clock shows it: "7:55", "1:02:30". */
function clock(days: number): string {
  const seconds = Math.round(days * 86400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Why a change target ("-5%" over counts) is not rated: the one home is rules/percentage.ts, which reads it too. */
export { CHANGE_NOT_LEVEL };

function changeTarget(raw: CellValue, row: IndicatorRow, values: { i: number; how: Shown }[]): string | null {
  if (typeof raw !== 'string' || !/^\s*[-+−–]\s*\d/.test(raw)) return null;
  const figures: number[] = [];
  for (const v of values) {
    const p = row.periods[v.i];
    if (v.how !== 'plain') return null;
    if (p.kind === 'number') figures.push(p.value);
  }
  const target = row.annualTarget!;
  if (figures.length === 0 || target === 0) return null;
  const size = median(figures.map(Math.abs));
  const fallOverLevels = target < 0 && figures.every((f) => f >= 0);
  if (!fallOverLevels && size < 10 * Math.abs(target)) return null;
  const typed = raw.trim();
  const example = figures[figures.length - 1];
  return (
    `the target ${typed} is a change (a rise or fall in percent), not a level its figures such as ` +
    `${ukNumber(4).format(example)} can be measured against, so it is not rated (no variance ` +
    `or RAG colour, counted under "Not rated"); type the level the change comes to (last year's figure ${typed}) as the target, ` +
    `or score the percentage change itself in a row of its own, and score again.`
  );
}

/**
 * The row's values written two ways a hundred times apart — some with a percent sign (formatted or
 * typed), some plain numbers (0.05, "5.2%", 0.051) — set `mixedScale`: the odd ones are those written
 * unlike the target (where the target agrees with one way), else unlike the row's last figure; the
 * figures written the row's own way are returned, for the target and last year's figures to be held to. Null (and no `mixedScale`) when the row is written one
 * way. Scoring rates the latest only where it is not odd and compares DOT only between two figures
 * written alike (score-indicator.ts). Source: noticed item 3, session 5; docs/workbook.md, "Number formats".
 */
function mixedValues(
  out: IndicatorRow,
  values: { i: number; how: Shown }[],
  inPercentUnits: boolean,
  target: ShownFigure | null,
  naming: PeriodNaming,
): ShownFigure[] | null {
  const percent: number[] = [];
  const plain: number[] = [];
  for (const v of values) (v.how === 'plain' ? plain : percent).push(v.i);
  if (percent.length === 0 || plain.length === 0) return null;
  const figure = (i: number) => (out.periods[i] as { value: number }).value;
  if (!hundredfoldApart(median(percent.map(figure)), median(plain.map(figure)))) return null;
  // The figures written as the target is are the row's own; without a target agreeing with either, those
  // written as its last figure is.
  const how = (i: number) => values.find((v) => v.i === i)!.how;
  const asWritten = (is: number[]) => is.map((i) => ({ value: figure(i), how: how(i) }));
  const last = values[values.length - 1];
  let percentIsOwn = last.how !== 'plain';
  if (target && !scaleMismatch([target], asWritten(percent))) percentIsOwn = true;
  else if (target && !scaleMismatch([target], asWritten(plain))) percentIsOwn = false;
  const odd = percentIsOwn ? plain : percent;
  const alike = percentIsOwn ? percent : plain;
  // Plain numbers among figures with a percent sign: read on the row's scale where they sit among its
  // figures, else left out (session 8, noticed item 1).
  if (percentIsOwn) return readPlainAmongPercents(out, odd, asWritten(alike), inPercentUnits, target, naming);
  // As the cell shows it: a formatted percentage in percent units once read so (inPercentUnits).
  const shown = (i: number) =>
    how(i) === 'plain'
      ? ukNumber(4).format(Number(figure(i).toPrecision(12)))
      : how(i) === 'formatted-percent' && !inPercentUnits
        ? `${ukNumber(4).format(Number(percentUnits(figure(i)).toPrecision(12)))}%`
        : `${ukNumber(4).format(Number(figure(i).toPrecision(12)))}%`;
  const listed = (is: number[]) => {
    const words = is.slice(0, 3).map((i) => `${periodName(i + 1, naming)} ${shown(i)}`);
    return (
      (words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`) +
      (is.length > 3 ? ' …' : '')
    );
  };
  out.mixedScale = {
    col: out.periodColumns[odd[0]]!,
    odd,
    message:
      `its values are written two ways a hundred times apart: ${listed(odd)} ${odd.length === 1 ? 'has' : 'have'} ` +
      `${percentIsOwn ? 'no percent sign' : 'a percent sign'}, unlike ${listed([alike[alike.length - 1]])}${target ? ' and the target' : ''}; ` +
      'only figures written alike are compared (no DOT across the two ways); write them all the same way and score again.',
  };
  return asWritten(alike);
}

/** The table's own columns of last year's figures (header-band.ts): Last year Q1–Q4, and last year's months. */
export interface LastYearColumns {
  /** "Last year Q1" … "Last year Q4": index 0 = Q1. */
  quarters: (number | null)[];
  /** Last year's period columns ("Q4 2022/23" beside "Q1 2023/24"): index 0 = April. */
  previousYear: (number | null)[];
}

function valueFigures(out: IndicatorRow, values: { i: number; how: Shown }[]): ShownFigure[] {
  const figures: ShownFigure[] = [];
  for (const v of values) {
    const p = out.periods[v.i];
    if (p.kind === 'number') figures.push({ value: p.value, how: v.how });
  }
  return figures;
}

/** What the analyst is told about last year's figures on another scale (Trend and DOT not worked out from them). */
const LAST_YEAR_UNCOMPARED = 'Trend is not worked out from them and DOT does not compare with them';

/**
 * Last year's figures in the table's own columns, read as they show where both sides carry a percent
 * sign; and, where only one side does and they are a hundred times apart, `lastYearScaleProblem` names
 * the first such cell (scoring then leaves last year's figures out: score-indicator.ts). Noticed item 1,
 * session 5.
 */
function lastYearScales(
  cells: FormattedCells,
  out: IndicatorRow,
  values: ShownFigure[],
  inPercentUnits: boolean,
  hasFormatted: boolean,
  cols: LastYearColumns,
): void {
  const figures: ShownFigure[] = [];
  const at: number[] = [];
  for (let q = 0; q < cols.quarters.length; q++) {
    const c = cols.quarters[q];
    const m = q * 3 + 2;
    if (c === null || out.lastYear[m] === null) continue;
    // A blank Last year cell: the figure there came from last year's own period columns (below).
    const raw = cells.raw(out.row, c);
    if (raw === null || raw === undefined || cellText(raw) === '') continue;
    const f = inRowUnits({ value: out.lastYear[m]!, how: shownAs(cells, out.row, c) }, inPercentUnits, hasFormatted);
    out.lastYear[m] = f.value;
    figures.push(f);
    at.push(c);
  }
  const previous = out.previousYear ?? [];
  for (let m = 0; m < previous.length; m++) {
    const p = previous[m];
    const c = cols.previousYear[m];
    if (p.kind !== 'number' || c === null || c === undefined) continue;
    const f = inRowUnits({ value: p.value, how: shownAs(cells, out.row, c) }, inPercentUnits, hasFormatted);
    if (out.lastYear[m] === p.value) out.lastYear[m] = f.value;
    if (f.value !== p.value) previous[m] = { ...p, value: f.value };
    figures.push(f);
    at.push(c);
  }
  if (figures.length === 0) return;
  const mismatch = scaleMismatch(figures, values);
  if (!mismatch) return;
  out.lastYearScaleProblem = {
    sheet: out.sheet,
    row: out.row,
    col: at[figures.indexOf(mismatch.figure)],
    message: scaleMessage(mismatch, "last year's figure", LAST_YEAR_UNCOMPARED, "last year's figures"),
  };
}

/** A table's rows and the view of its sheet, for `supportSheetScales`. */
export interface SupportScaleInput {
  tables: IndicatorTable[];
  views: Map<string, FormattedCells>;
  /** The Targets sheet read, its cells and name; null when the workbook has none. */
  targets: { name: string; cells: FormattedCells; sheet: MonthlySheetCells } | null;
  lastYear: { name: string; cells: FormattedCells; sheet: MonthlySheetCells } | null;
}

/** What `supportSheetScales` needs of a Ref + months sheet (support-sheets.ts, MonthlySheet). */
export interface MonthlySheetCells {
  values: Map<string, (number | null)[]>;
  rows: Map<string, { row: number; text: string }>;
  /** The column of each month: index 0 = April. */
  columns: (number | null)[];
}

/**
 * The Targets sheet's month targets and the Last year sheet's figures against each indicator's values
 * (noticed item 1, session 5): where both carry a percent sign they are read as they show, in the row's
 * units (the sheet's map is replaced by the figures so read); where only one side does and they are a
 * hundred times apart, the row's `explicitScaleProblem` (not rated: rules/targets.ts) or
 * `lastYearScaleProblem` (Trend and DOT leave last year out: score-indicator.ts) names the first such
 * cell on the sheet. The same rule as the row's own target (`scaleMismatch`). Rows changed in place.
 */
export function supportSheetScales(input: SupportScaleInput, keyOf: (row: IndicatorRow) => string): void {
  if (!input.targets && !input.lastYear) return;
  // Each row reads the sheet's figures as typed: a duplicated ref's second row is not handed the first's
  // reading (noticed item 5, session 6). The sheet's map keeps the first row's reading, as before.
  // The figures as typed are the sheet's map's, but for the keys whose reading replaced them there: those
  // are kept aside as they were (`typed`), not the whole map copied first (17,500 keys at 50,000
  // indicators, issue 11).
  const typed = {
    targets: input.targets ? new Map<string, (number | null)[]>() : null,
    lastYear: input.lastYear ? new Map<string, (number | null)[]>() : null,
  };
  const done = { targets: new Set<string>(), lastYear: new Set<string>() };
  // Indexed loops and no closure or object per row: this runs for every indicator (issue 11).
  for (let t = 0; t < input.tables.length; t++) {
    const table = input.tables[t];
    const cells = input.views.get(table.sheet);
    if (!cells) continue;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const key = keyOf(row);
      if (!input.targets?.sheet.values.has(key) && !input.lastYear?.sheet.values.has(key)) continue;
      const rowShown = supportRowShown(row, cells, table);
      if (rowShown === null) continue;
      if (input.targets) {
        const p = supportSheetProblem(input.targets, done.targets, key, row, rowShown, typed.targets!, 'targets');
        if (p)
          row.explicitScaleProblem = {
            sheet: p.sheet,
            row: p.row,
            col: p.col,
            message: scaleMessage(
              p.mismatch,
              `the ${p.sheet} sheet's month target`,
              'it is not rated (counted under "Not rated")',
              `the month targets on the ${p.sheet} sheet`,
            ),
          };
      }
      if (input.lastYear) {
        const p = supportSheetProblem(input.lastYear, done.lastYear, key, row, rowShown, typed.lastYear!, 'lastYear');
        if (p && !row.lastYearScaleProblem)
          row.lastYearScaleProblem = {
            sheet: p.sheet,
            row: p.row,
            col: p.col,
            message: scaleMessage(
              p.mismatch,
              `last year's figure on the ${p.sheet} sheet`,
              LAST_YEAR_UNCOMPARED,
              "last year's figures",
            ),
          };
      }
    }
  }
}

/** How a row's figures are shown, as the support sheets' check needs it (`supportRowShown`). */
interface SupportRowShown {
  /** The row's `shown`, packed (see SHOWN_BY_CODE). */
  packed: number;
  /** Some figure formatted as a percentage; and some typed "5%" as well (then read in percent units). */
  hasFormatted: boolean;
  inPercentUnits: boolean;
  /** Among the values the support sheet's figures are held to (not the odd ones of a row written two ways): a percentage, a plain number. */
  valuesPercent: boolean;
  valuesPlain: boolean;
}

/**
 * The row's `shown` as withNumberFormats kept it, else worked out again from its cells (a value placed
 * after reading): how its target, outturn and values are shown, packed (see SHOWN_BY_CODE). Exported for
 * the property test that the two agree (test/core/shown-packed.test.ts).
 */
export function packedShown(row: IndicatorRow, cells: FormattedCells, table: IndicatorTable): number {
  if (row.shown !== undefined) return row.shown;
  const target =
    row.annualTarget !== null && table.columns.target !== undefined
      ? shownAs(cells, row.row, table.columns.target)
      : null;
  const outturn =
    row.outturnPrevYear !== null && table.columns.outturn !== undefined
      ? shownAs(cells, row.row, table.columns.outturn)
      : null;
  let packed = shownCode(target) | (shownCode(outturn) << 2);
  for (let i = 0; i < row.periods.length && i < PACKED_PERIODS; i++) {
    const c = row.periodColumns[i];
    if (row.periods[i].kind === 'number' && c !== null) packed |= shownCode(shownAs(cells, row.row, c)) << (4 + 2 * i);
  }
  return packed;
}

/** The row's figures as the support sheets' check needs them; null when it has no value (nothing to check). */
function supportRowShown(row: IndicatorRow, cells: FormattedCells, table: IndicatorTable): SupportRowShown | null {
  const packed = packedShown(row, cells, table);
  const target = SHOWN_BY_CODE[packed & 3];
  const outturn = SHOWN_BY_CODE[(packed >> 2) & 3];
  // A row written two ways is held to the figures written as its latest is (mixedValues).
  const odd = row.mixedScale?.odd;
  let count = 0;
  let hasFormatted = target === 'formatted-percent' || outturn === 'formatted-percent';
  let hasTyped = target === 'typed-percent' || outturn === 'typed-percent';
  let valuesPercent = false;
  let valuesPlain = false;
  for (let i = 0; i < row.periods.length && i < PACKED_PERIODS; i++) {
    const how = SHOWN_BY_CODE[(packed >> (4 + 2 * i)) & 3];
    if (how === null) continue;
    count++;
    if (how === 'formatted-percent') hasFormatted = true;
    else if (how === 'typed-percent') hasTyped = true;
    if ((odd && odd.includes(i)) || row.periods[i].kind !== 'number') continue;
    if (how === 'plain') valuesPlain = true;
    else valuesPercent = true;
  }
  if (count === 0) return null;
  return { packed, hasFormatted, inPercentUnits: hasFormatted && hasTyped, valuesPercent, valuesPlain };
}

/** The values the support sheet's figures are held to, as read (the odd ones of a row written two ways left out). */
function supportValues(row: IndicatorRow, packed: number): ShownFigure[] {
  const odd = row.mixedScale?.odd;
  const figures: ShownFigure[] = [];
  for (let i = 0; i < row.periods.length && i < PACKED_PERIODS; i++) {
    const how = SHOWN_BY_CODE[(packed >> (4 + 2 * i)) & 3];
    const p = row.periods[i];
    if (how === null || (odd && odd.includes(i)) || p.kind !== 'number') continue;
    figures.push({ value: p.value, how });
  }
  return figures;
}

/** A support figure in the row's units: `inRowUnits` without an object (issue 11). */
function valueInRowUnits(value: number, how: Shown, rowInPercentUnits: boolean, rowHasFormatted: boolean): number {
  if (how === 'formatted-percent' && rowInPercentUnits) return percentUnits(value);
  if (how === 'typed-percent' && !rowInPercentUnits && rowHasFormatted) return Number((value / 100).toPrecision(15));
  return value;
}

/** How each month of the support sheet's row is shown (null: no figure), reused row after row (issue 11). */
const SUPPORT_HOWS: (Shown | null)[] = new Array<Shown | null>(12).fill(null);

/**
 * One support sheet's figures for the row's key, read as they show in the row's units (the sheet's map
 * takes the figures so read, once per key: a duplicated ref reads the same row of the sheet), and where
 * they part from the row's values (`scaleMismatch`), the first such cell; null when they agree.
 */
function supportSheetProblem(
  support: NonNullable<SupportScaleInput['targets']>,
  seen: Set<string>,
  key: string,
  row: IndicatorRow,
  shown: SupportRowShown,
  replaced: Map<string, (number | null)[]>,
  own: 'targets' | 'lastYear',
): { mismatch: ScaleMismatch; sheet: string; row: number; col: number } | null {
  // As typed: the sheet's own figures, or those its map held before this reading replaced them.
  const monthly = replaced.get(key) ?? support.sheet.values.get(key);
  const at = support.sheet.rows.get(key);
  if (!monthly || !at) return null;
  const hows = monthly.length <= SUPPORT_HOWS.length ? SUPPORT_HOWS : new Array<Shown | null>(monthly.length);
  let read: (number | null)[] | null = null;
  let figuresPercent = false;
  let figuresPlain = false;
  for (let m = 0; m < monthly.length; m++) {
    const c = support.sheet.columns[m];
    const v = monthly[m];
    if (v === null || c === null || c === undefined) {
      hows[m] = null;
      continue;
    }
    const how = shownAs(support.cells, at.row, c);
    hows[m] = how;
    if (how === 'plain') figuresPlain = true;
    else figuresPercent = true;
    const value = valueInRowUnits(v, how, shown.inPercentUnits, shown.hasFormatted);
    if (value !== v) (read ??= [...monthly])[m] = value;
  }
  // Read as it shows once per key; a later row with the same ref that reads it otherwise keeps its own
  // (noticed item 5, session 6: it was handed the first row's reading).
  if (!seen.has(key)) {
    if (read !== null) {
      replaced.set(key, monthly);
      support.sheet.values.set(key, read);
    }
  } else if (!sameFigures(read ?? monthly, support.sheet.values.get(key)!))
    (row.ownSupportFigures ??= {})[own] = read ?? [...monthly];
  seen.add(key);
  // Only one side with a percent sign can part from the other (scaleMismatch): most rows, nothing to build.
  if (!((figuresPercent && shown.valuesPlain) || (figuresPlain && shown.valuesPercent))) return null;
  const figures: ShownFigure[] = [];
  const cols: number[] = [];
  for (let m = 0; m < monthly.length; m++) {
    const how = hows[m];
    if (how === null) continue;
    figures.push({ value: valueInRowUnits(monthly[m]!, how, shown.inPercentUnits, shown.hasFormatted), how });
    cols.push(support.sheet.columns[m]!);
  }
  const mismatch = scaleMismatch(figures, supportValues(row, shown.packed));
  return mismatch ? { mismatch, sheet: support.name, row: at.row, col: cols[figures.indexOf(mismatch.figure)] } : null;
}

/** Two rows of month figures alike, month by month. */
function sameFigures(a: (number | null)[], b: (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A percentage as the analyst reads it: "97.9%". */
function percentText(n: number): string {
  return `${ukNumber(4).format(Number(n.toPrecision(12)))}%`;
}

/** A plain figure as typed: "97.9". */
function plainText(n: number): string {
  return ukNumber(4).format(Number(n.toPrecision(12)));
}

/**
 * Where a figure moved a hundredfold onto the other scale (× 100 when `up`, else ÷ 100) lands: that figure,
 * when it sits among `figures` (within a factor of two of their median, on the same side of zero), else
 * null — too far from them for the slip to be sure (9.8 beside 96.0% and 97.5%: 9.8%, or 98?).
 */
function onOtherScale(x: number, up: boolean, figures: number[]): number | null {
  const moved = Number((up ? x * 100 : x / 100).toPrecision(15));
  if (moved === 0) return moved;
  const m = median(figures);
  if (m === 0 || Math.sign(m) !== Math.sign(moved)) return null;
  const ratio = moved / m;
  return ratio <= 2 && ratio >= 0.5 ? moved : null;
}

/** Clears a period's two bits in the row's packed `shown` (see SHOWN_BY_CODE): no figure there now. */
function setShown(out: IndicatorRow, i: number): void {
  if (out.shown === undefined || i >= PACKED_PERIODS) return;
  out.shown &= ~(3 << (4 + 2 * i));
}

/**
 * A row's plain numbers among its figures shown as percentages — formatted (0.975 as 97.5%) or typed
 * ("97.5%") — about a hundred times from them (`odd`, period indices): 97.9 typed into a General cell
 * beside 96.0% and 97.5%. Each, moved a hundredfold onto the row's scale, that sits among the row's
 * figures (within a factor of two of their median) is read so — 97.9 as 97.9% (0.979 beside fractions,
 * 97.9 beside percent units) — and scored; one that does not (9.8 beside 96.0% and 97.5%: 9.8%, or a
 * slip for 98?) is left out as a note (`scale`), so its quarter is a data gap that says why. Either way
 * a Check names the cell (`plainPercents`). Returns the row's figures, all on its scale, for the target
 * and last year's figures to be held to. Source: session 8 closing note, noticed item 1 (both fresh
 * users): such a row was counted under No target, taking an indicator with a target out of the RAG counts.
 */
function readPlainAmongPercents(
  out: IndicatorRow,
  odd: number[],
  alike: ShownFigure[],
  inPercentUnits: boolean,
  target: ShownFigure | null,
  naming: PeriodNaming,
): ShownFigure[] {
  const how = alike[alike.length - 1].how;
  // Whether the row's percentages are held in percent units (typed "97.5%", or read so beside one) or as fractions.
  const percentUnitsHeld = how === 'typed-percent' || inPercentUnits;
  const asPercent = (held: number) => (percentUnitsHeld ? held : percentUnits(held));
  const figures = alike.map((f) => f.value);
  // The last figure written the row's way, and the target where it agrees with them, as the sheet shows them.
  let lastAlike = -1;
  for (let i = out.periods.length - 1; i >= 0 && lastAlike < 0; i--) {
    const p = out.periods[i];
    if (p.kind === 'number' && !odd.includes(i)) lastAlike = i;
  }
  const besides =
    (lastAlike >= 0
      ? `${periodName(lastAlike + 1, naming)} ${percentText(asPercent((out.periods[lastAlike] as { value: number }).value))}`
      : '') +
    (target && target.how !== 'plain' && !scaleMismatch([target], alike)
      ? ` and the target ${percentText(asPercent(target.value))}`
      : '');
  const read: ShownFigure[] = [...alike];
  const plainPercents: { col: number; message: string }[] = [];
  for (const i of odd) {
    const p = out.periods[i] as Extract<IndicatorRow['periods'][number], { kind: 'number' }>;
    const col = out.periodColumns[i]!;
    const typed = plainText(p.value);
    const name = periodName(i + 1, naming);
    const moved = onOtherScale(p.value, percentUnitsHeld, figures);
    if (moved !== null) {
      // Its cell still shows a plain number (`shown` stays as the cells give it: shown-packed.test.ts).
      out.periods[i] = { ...p, value: moved };
      read.push({ value: moved, how });
      plainPercents.push({
        col,
        message:
          `${name} ${typed} is a plain number among figures shown as percentages (${besides}), so it is read as ` +
          `${percentText(asPercent(moved))}; type it as ${percentText(asPercent(moved))} (or correct it) and score again.`,
      });
      continue;
    }
    // Too far from the row's figures to be read as a percentage: left out, and said (a data gap where it is the quarter's figure).
    const shownAsPercent = percentText(percentUnitsHeld ? p.value * 100 : p.value);
    out.periods[i] = {
      kind: 'note',
      text: `${name} ${typed} is a plain number among percentages, too far from them to be read as ${shownAsPercent}`,
      scale: true,
    };
    setShown(out, i);
    plainPercents.push({
      col,
      message:
        `${name} ${typed} is a plain number among figures shown as percentages (${besides}), too far from them to be ` +
        `read as ${shownAsPercent}, so it is left out of the scores (where it is the quarter's only figure, the quarter is ` +
        'a data gap); type the figure meant, with its % sign, and score again.',
    });
  }
  out.plainPercents = [...(out.plainPercents ?? []), ...plainPercents];
  return read;
}

/**
 * A target on the other percentage scale from its values (one has a percent sign, they are about a
 * hundred times apart): a plain 95 over values shown as 97.5% (stored 0.975), or a target shown as 95%
 * (0.95) over values typed plainly as 97.5. Moved a hundredfold onto the values' scale, where it sits
 * among them (within a factor of two of their median) it is read so — 95 as 95% — and a Check says so;
 * where it does not (30 over 96%–98%), the indicator is a data gap that says why (`scaleProblem.dataGap`).
 * `valuesLarger`: the values are the larger side. Source: session 8 closing note, noticed item 1: such an
 * indicator was counted under No target, out of the RAG counts, though it has a target.
 */
function targetOnValuesScale(
  out: IndicatorRow,
  how: Shown,
  col: number,
  values: ShownFigure[],
  valuesLarger: boolean,
  inPercentUnits: boolean,
): void {
  const t = out.annualTarget!;
  const plainTarget = how === 'plain';
  const example = values[values.length - 1];
  // How the values are shown: a percent sign on them when the target is plain.
  const valuesPercentUnits = example.how === 'typed-percent' || inPercentUnits;
  const valueShown = plainTarget
    ? percentText(valuesPercentUnits ? example.value : percentUnits(example.value))
    : plainText(example.value);
  const targetShown = plainTarget
    ? plainText(t)
    : percentText(how === 'typed-percent' || inPercentUnits ? t : percentUnits(t));
  const moved = onOtherScale(
    t,
    valuesLarger,
    values.map((v) => v.value),
  );
  const over = plainTarget
    ? `the target ${targetShown} is a plain number over values shown as percentages (such as ${valueShown})`
    : `the target ${targetShown} is shown as a percentage over plain values (such as ${valueShown})`;
  if (moved !== null) {
    out.annualTarget = moved;
    const readAs = plainTarget ? percentText(valuesPercentUnits ? moved : percentUnits(moved)) : plainText(moved);
    out.plainPercents = [
      ...(out.plainPercents ?? []),
      {
        col,
        message: plainTarget
          ? `${over}, so it is read as ${readAs}; type it as ${readAs} (or correct it) and score again.`
          : `${over}, so it is read as ${readAs}, as the values are written; type the target as ${readAs} (or correct it) and score again.`,
      },
    ];
    return;
  }
  const meant = plainTarget ? `${plainText(t)}%` : plainText(valuesLarger ? t * 100 : t / 100);
  out.scaleProblem = {
    col,
    dataGap: true,
    reason: plainTarget
      ? `the target ${targetShown} is a plain number over percentages, too far from them to be read as ${meant}`
      : `the target ${targetShown} is a percentage over plain values, too far from them to be read as ${meant}`,
    message:
      `${over}, too far from them to be read as ${meant}, so it is not rated and counted as a data gap; ` +
      'type the target meant, written as the values are, and score again.',
  };
}

/** A name or header saying its durations are hours and minutes: "(hh:mm)", "h:mm", "hours", "hrs". */
const HOURS_NAME = /\bh{1,2}:mm\b|\bhours?\b|\bhrs?\b/i;
/** A name saying its "1:15" is a ratio, not a time ("Staff to pupil ratio"). */
const RATIO_NAME = /\bratio\b/i;

/**
 * Durations typed as text in the row's months or target ("13:55", "1:02:30": read/values.ts
 * `parseClockText`, two parts read there as minutes and seconds) read as the row's times are: as hours and
 * minutes where a time cell of the row is formatted so ("h:mm", "[h]:mm": Excel's own reading of "13:55")
 * or its name says so ("(hh:mm)", "hours"); back to notes where the name says it is a ratio ("1:15").
 * The row, changed in place; true when its target is such a duration (for the time check, timeMismatch).
 * Fresh user 4, session 10: a police force's "Average attendance time – urgent (mm:ss)", "12:34" … "13:55"
 * against "15:00", was a data gap ("Data gap: 13:55") with a Note on each month.
 */
function withClockTimes(cells: FormattedCells, row: IndicatorRow, targetCol: number | undefined): boolean {
  const targetRaw = targetCol === undefined ? null : cells.raw(row.row, targetCol);
  const targetClock =
    typeof targetRaw === 'string' && row.annualTarget !== null
      ? (clockInTarget(cellText(targetRaw))?.clock ?? null)
      : null;
  let any = targetClock !== null;
  for (let i = 0; i < row.periods.length && !any; i++) {
    const p = row.periods[i];
    if (p.kind === 'number' && p.clock !== undefined) any = true;
  }
  if (!any) return false;
  if (RATIO_NAME.test(row.name)) {
    for (let i = 0; i < row.periods.length; i++) {
      const p = row.periods[i];
      const c = row.periodColumns[i];
      if (p.kind === 'number' && p.clock !== undefined && c !== null)
        row.periods[i] = { kind: 'note', text: cellText(cells.raw(row.row, c)) };
    }
    if (targetClock !== null) {
      row.targetText = cellText(targetRaw);
      row.annualTarget = null;
    }
    return false;
  }
  let hours = HOURS_NAME.test(row.name) && !/\bmm:ss\b/i.test(row.name);
  const hoursFormat = (code: string | null) =>
    code !== null && isTimeFormat(code) && /h/i.test(code.split(';')[0]) && !/s/i.test(code.split(';')[0]);
  if (!hours && targetCol !== undefined && typeof targetRaw === 'number')
    hours = hoursFormat(cells.formatOf(row.row, targetCol));
  for (let i = 0; i < row.periods.length && !hours; i++) {
    const p = row.periods[i];
    const c = row.periodColumns[i];
    if (p.kind === 'number' && !p.fromText && c !== null) hours = hoursFormat(cells.formatOf(row.row, c));
  }
  if (hours) {
    for (let i = 0; i < row.periods.length; i++) {
      const p = row.periods[i];
      if (p.kind === 'number' && p.clock === 'm:ss') row.periods[i] = { ...p, value: p.value * 60, clock: 'h:mm' };
    }
    if (targetClock?.form === 'm:ss') row.annualTarget = targetClock.days * 60;
  }
  return targetClock !== null;
}
