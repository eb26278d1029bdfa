/**
 * Lays the St Helens Q3 2020/21 indicators out as the analyst's workbook has them: one sheet per
 * priority (or all on one sheet), each table under its title row, a quarter row over the month row,
 * Tier only on the first row of a block, notes merged across their months, the printed DOT and Trend
 * arrows typed in, a Profile column, and a Targets sheet for the explicit month targets.
 *
 * Pure: gives sheet values and merged areas (plus hints for styling). The golden tests read these
 * grids directly; `write-example.ts` writes them to `examples/st-helens-2020-21.xlsx`.
 */
import type { Area, CellValue } from '../../src/core/model';

export interface ReportIndicator {
  priority: number;
  priorityName: string;
  tier: number;
  ref: string;
  name: string;
  polarity: 'Higher' | 'Lower';
  outturnPrevYear: number | null;
  annualTarget: number | null;
  monthly: Record<string, number | string | null>;
  variancePct: number | null;
  dot: 'up' | 'down' | 'same' | 'first' | null;
  trend: 'up' | 'down' | 'same' | 'first' | null;
  quartile: 1 | 2 | 3 | 4 | null;
}

export interface PeriodTargets {
  [ref: string]: { profile: 'flat' | 'cumulative' | 'explicit'; targets?: Record<string, number> };
}

/** How a table writes its period header, as the report's six tables do. */
export type HeaderStyle = 'merged-quarters' | 'repeated-quarters' | 'quarter-and-month';

export interface LayoutOptions {
  /** All six tables on one sheet, each under its title row (default: one sheet per priority). */
  oneSheet?: boolean;
  /** Write the printed % variance into the variance column, as the analyst's hand-kept sheet has it (default true). */
  typedVariance?: boolean;
  /**
   * A permutation of the table's 23 columns (indices into the report's order), to show that recognition
   * does not depend on column order. Periods are then labelled "Q1 April" … and notes are not merged.
   */
  columnOrder?: number[];
}

export interface SheetHints {
  titleRows: number[];
  headerRows: number[];
  /** Cells holding a fraction to be shown as 0.00%. */
  percentCells: { row: number; col: number }[];
  columnWidths: number[];
  /** Rows and columns to keep in view (header rows, Ref and name columns). */
  freeze: { rows: number; cols: number } | null;
  /** Explanatory notes under a table ("NB – …"). */
  noteRows: number[];
  /** Each table's extent, for borders. */
  tables: Area[];
}

export interface LayoutSheet {
  name: string;
  values: CellValue[][];
  merges: Area[];
  hints: SheetHints;
}

export const SHEET_NAMES = [
  'P1 Children & Young People',
  'P2 Health & Care',
  'P3 Safe & Strong Communities',
  'P4 Economy',
  'P5 Green & Vibrant Place',
  'P6 Modern Council',
];

/** The titles the report prints over each priority's table. */
export const TABLE_TITLES = [
  'Ensure Children and Young People have a positive start in life - 2020/21',
  'Promote good health, independence and care across our communities - 2020/21',
  'Create safe and strong communities for our residents - 2020/21',
  'Support a strong, diverse and well-connected local economy - 2020/21',
  'Create a green, thriving and vibrant place to be proud of - 2020/21',
  'Be a modern, efficient and effective Council - 2020/21',
];

/** The report's header styles, table by table. */
const HEADER_STYLES: HeaderStyle[] = [
  'merged-quarters',
  'repeated-quarters',
  'quarter-and-month',
  'merged-quarters',
  'repeated-quarters',
  'repeated-quarters',
];

/** The quartile spellings the report uses where they differ from "Nth Quartile" / "N/A". */
const QUARTILE_SPELLINGS: Record<string, string> = {
  'PH-25': '4th quartile',
  'PH-48': '4th quartile',
  'ASC-13': '4th quartile',
  'SC-12': '4th quartile',
  'ENV-01': 'NA',
};

const MONTH_KEYS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const MONTH_HEADERS = ['April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March'];
const ARROWS = { up: '↑', down: '↓', same: '↔', first: '■' } as const;
const NB =
  "NB – The 'Trend' column compares performance in the current quarter to performance in the same quarter in the previous year.";

type Column =
  | 'Tier'
  | 'Ref'
  | 'Performance Indicator'
  | 'Higher / Lower is better?'
  | '19/20 Outturn'
  | '20/21 Target'
  | 'Profile'
  | '% Variance from Target'
  | 'DOT'
  | 'Trend'
  | 'Comparative Performance';

const LEADING: Column[] = [
  'Tier',
  'Ref',
  'Performance Indicator',
  'Higher / Lower is better?',
  '19/20 Outturn',
  '20/21 Target',
  'Profile',
];
const TRAILING: Column[] = ['% Variance from Target', 'DOT', 'Trend', 'Comparative Performance'];

const REPORT_ORDER: (Column | number)[] = [...LEADING, ...MONTH_KEYS.map((_, i) => i), ...TRAILING];

export const COLUMN_COUNT = REPORT_ORDER.length;

function columnOrder(options: LayoutOptions): (Column | number)[] {
  return options.columnOrder ? options.columnOrder.map((i) => REPORT_ORDER[i]) : REPORT_ORDER;
}

/** A figure as the report prints it: thousands with commas are text, as pasted from the report. */
function printed(n: number | null): CellValue {
  if (n === null) return null;
  return Math.abs(n) >= 1000 ? n.toLocaleString('en-GB') : n;
}

/** The Profile cell: explicit targets that grow through the year are a year-to-date (cumulative) measure. */
function profileText(ref: string, targets: PeriodTargets): string {
  const t = targets[ref];
  if (!t || t.profile === 'flat') return 'Flat';
  if (t.profile === 'cumulative') return 'Cumulative';
  const values = Object.values(t.targets ?? {});
  return values.length > 1 && values[values.length - 1] > values[0] ? 'Cumulative' : 'Flat';
}

class SheetBuilder {
  values: CellValue[][] = [];
  merges: Area[] = [];
  hints: SheetHints = {
    titleRows: [],
    headerRows: [],
    percentCells: [],
    columnWidths: [],
    freeze: null,
    noteRows: [],
    tables: [],
  };

  set(row: number, col: number, v: CellValue): void {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row];
    while (r.length <= col) r.push(null);
    r[col] = v;
  }

  get rowCount(): number {
    return this.values.length;
  }

  /** Every row as long as the widest, so the grid is a rectangle. */
  finish(name: string): LayoutSheet {
    const width = this.values.reduce((n, r) => Math.max(n, r.length), 0);
    for (const r of this.values) while (r.length < width) r.push(null);
    return { name, values: this.values, merges: this.merges, hints: this.hints };
  }
}

function writeTable(
  b: SheetBuilder,
  top: number,
  priority: number,
  rows: ReportIndicator[],
  targets: PeriodTargets,
  options: LayoutOptions,
): number {
  const style = options.columnOrder ? 'quarter-and-month' : HEADER_STYLES[priority - 1];
  const order = columnOrder(options);
  const colOf = (c: Column | number) => order.indexOf(c);
  const width = order.length;
  b.set(top, 0, TABLE_TITLES[priority - 1]);
  b.merges.push({ top, left: 0, bottom: top, right: width - 1 });
  b.hints.titleRows.push(top);
  const header = top + 2;
  const twoRows = style !== 'quarter-and-month';
  const dataTop = header + (twoRows ? 2 : 1);
  for (const c of order) {
    if (typeof c === 'string') {
      b.set(header, colOf(c), c);
      if (twoRows) b.merges.push({ top: header, left: colOf(c), bottom: header + 1, right: colOf(c) });
      continue;
    }
    const quarter = `Q${Math.floor(c / 3) + 1}`;
    if (style === 'quarter-and-month') {
      b.set(header, colOf(c), `${quarter} ${MONTH_HEADERS[c]}`);
    } else {
      if (style === 'repeated-quarters' || c % 3 === 0) b.set(header, colOf(c), quarter);
      if (style === 'merged-quarters' && c % 3 === 0)
        b.merges.push({ top: header, left: colOf(c), bottom: header, right: colOf(c) + 2 });
      b.set(header + 1, colOf(c), MONTH_HEADERS[c]);
    }
  }
  b.hints.headerRows.push(header, ...(twoRows ? [header + 1] : []));
  let row = dataTop;
  let lastTier: number | null = null;
  for (const ind of rows) {
    if (ind.tier !== lastTier) b.set(row, colOf('Tier'), `Tier ${ind.tier}`);
    lastTier = ind.tier;
    b.set(row, colOf('Ref'), ind.ref);
    b.set(row, colOf('Performance Indicator'), ind.name);
    b.set(row, colOf('Higher / Lower is better?'), ind.polarity);
    b.set(row, colOf('19/20 Outturn'), printed(ind.outturnPrevYear));
    b.set(row, colOf('20/21 Target'), printed(ind.annualTarget));
    b.set(row, colOf('Profile'), profileText(ind.ref, targets));
    writeMonths(b, row, ind, (m) => colOf(m), !options.columnOrder);
    const varCol = colOf('% Variance from Target');
    if (options.typedVariance !== false && ind.variancePct !== null) {
      b.set(row, varCol, Number((ind.variancePct / 100).toPrecision(12)));
      b.hints.percentCells.push({ row, col: varCol });
    } else if (options.typedVariance !== false && ind.ref === 'SC-12') {
      b.set(row, varCol, '-');
    }
    b.set(row, colOf('DOT'), ind.dot ? ARROWS[ind.dot] : null);
    b.set(row, colOf('Trend'), ind.trend ? ARROWS[ind.trend] : null);
    b.set(
      row,
      colOf('Comparative Performance'),
      QUARTILE_SPELLINGS[ind.ref] ?? (ind.quartile ? `${ordinal(ind.quartile)} Quartile` : 'N/A'),
    );
    row++;
  }
  b.hints.tables.push({ top: header, left: 0, bottom: row - 1, right: width - 1 });
  b.set(row + 1, 0, NB);
  b.hints.noteRows.push(row + 1);
  return row + 2;
}

/** Monthly values: numbers, "-" for no data, notes merged across the months of a quarter they span. */
function writeMonths(
  b: SheetBuilder,
  row: number,
  ind: ReportIndicator,
  colOf: (m: number) => number,
  mergeNotes: boolean,
): void {
  for (let m = 0; m < 12; m++) {
    const v = ind.monthly[MONTH_KEYS[m]];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !mergeNotes) {
      b.set(row, colOf(m), v ?? '-');
      continue;
    }
    const quarterEnd = Math.floor(m / 3) * 3 + 2;
    let end = m;
    while (end < quarterEnd && ind.monthly[MONTH_KEYS[end + 1]] === v) end++;
    b.set(row, colOf(m), v);
    for (let k = m + 1; k <= end; k++) b.set(row, colOf(k), null);
    if (end > m) b.merges.push({ top: row, left: colOf(m), bottom: row, right: colOf(end) });
    m = end;
  }
}

function ordinal(q: number): string {
  return ['1st', '2nd', '3rd', '4th'][q - 1];
}

function widths(options: LayoutOptions): number[] {
  const w: Record<string, number> = {
    Tier: 8,
    Ref: 10,
    'Performance Indicator': 46,
    'Higher / Lower is better?': 11,
    '19/20 Outturn': 11,
    '20/21 Target': 11,
    Profile: 11,
    '% Variance from Target': 11,
    DOT: 7,
    Trend: 7,
    'Comparative Performance': 15,
  };
  return columnOrder(options).map((c) => (typeof c === 'number' ? 8 : w[c]));
}

function targetsSheet(indicators: ReportIndicator[], targets: PeriodTargets): LayoutSheet {
  const b = new SheetBuilder();
  b.set(
    0,
    0,
    'Monthly targets 2020/21 – where a target is profiled unevenly through the year (overrides the annual target and Profile)',
  );
  b.hints.titleRows.push(0);
  const header = ['Ref', 'Performance Indicator', ...MONTH_HEADERS];
  header.forEach((h, c) => b.set(2, c, h));
  b.hints.headerRows.push(2);
  let row = 3;
  for (const ind of indicators) {
    const t = targets[ind.ref];
    if (t?.profile !== 'explicit' || !t.targets) continue;
    b.set(row, 0, ind.ref);
    b.set(row, 1, ind.name);
    MONTH_KEYS.forEach((k, m) => {
      const v = t.targets![k];
      b.set(row, 2 + m, v === undefined ? null : v);
    });
    row++;
  }
  b.hints.tables.push({ top: 2, left: 0, bottom: row - 1, right: header.length - 1 });
  b.hints.columnWidths = [10, 46, ...MONTH_HEADERS.map(() => 9)];
  b.hints.freeze = { rows: 3, cols: 2 };
  return b.finish('Targets');
}

/** The example workbook's sheets: six priority sheets (or one), then the Targets sheet. */
export function layoutReport(
  indicators: ReportIndicator[],
  targets: PeriodTargets,
  options: LayoutOptions = {},
): LayoutSheet[] {
  const priorities = [...new Set(indicators.map((i) => i.priority))].sort((a, b) => a - b);
  const sheets: LayoutSheet[] = [];
  if (options.oneSheet) {
    const b = new SheetBuilder();
    let top = 0;
    for (const p of priorities)
      top =
        writeTable(
          b,
          top,
          p,
          indicators.filter((i) => i.priority === p),
          targets,
          options,
        ) + 2;
    b.hints.columnWidths = widths(options);
    sheets.push(b.finish('All priorities'));
  } else {
    for (const p of priorities) {
      const b = new SheetBuilder();
      writeTable(
        b,
        0,
        p,
        indicators.filter((i) => i.priority === p),
        targets,
        options,
      );
      b.hints.columnWidths = widths(options);
      b.hints.freeze = { rows: p === 3 ? 3 : 4, cols: 3 };
      sheets.push(b.finish(SHEET_NAMES[p - 1]));
    }
  }
  sheets.push(targetsSheet(indicators, targets));
  return sheets;
}
