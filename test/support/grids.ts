/** Small hand-written sheets for tests: rows of cells, padded into a rectangle. */
import type { Area, CellValue, SheetGrid } from '../../src/core/model';

export function sheet(name: string, rows: CellValue[][], merges: Area[] = []): SheetGrid {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return { name, values: rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), merges };
}

/** The months of the financial year as a header row spells them, April first (months 1 … 12). */
export const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/**
 * The first `n` month headers, the one home for the month lists tests write: months(9) is Apr … Dec;
 * `{ sept: true }` spells September "Sept", as the St Helens report does.
 */
export function months(n: number, spelling: { sept?: boolean } = {}): string[] {
  return MONTHS.slice(0, n).map((m) => (m === 'Sep' && spelling.sept ? 'Sept' : m));
}

/** A one-table sheet with the usual header: Ref, Indicator, polarity, target, then months Apr … Dec, then derived columns. */
export const MONTHS_APR_DEC = months(9);
export const STANDARD_HEADER: CellValue[] = [
  'Ref',
  'Performance Indicator',
  'Higher / Lower is better?',
  'Target',
  ...MONTHS_APR_DEC,
  '% Variance from Target',
  'DOT',
  'Trend',
  'Comparative Performance',
];

/** STANDARD_HEADER without its quartile column: the scores go in % variance, DOT and Trend only. */
export const HEADER_TO_TREND: CellValue[] = STANDARD_HEADER.slice(0, STANDARD_HEADER.indexOf('Trend') + 1);

/** STANDARD_HEADER up to DOT: no Trend or quartile column. */
export const HEADER_TO_DOT: CellValue[] = STANDARD_HEADER.slice(0, STANDARD_HEADER.indexOf('DOT') + 1);

/** One indicator row under STANDARD_HEADER. */
export function indicatorRow(
  ref: string,
  polarity: 'Higher' | 'Lower',
  target: CellValue,
  months: CellValue[],
  extra: { variance?: CellValue; dot?: CellValue; trend?: CellValue; quartile?: CellValue } = {},
): CellValue[] {
  const nine = [...months, ...Array(Math.max(0, 9 - months.length)).fill(null)].slice(0, 9);
  return [
    ref,
    `${ref} indicator`,
    polarity,
    target,
    ...nine,
    extra.variance ?? null,
    extra.dot ?? null,
    extra.trend ?? null,
    extra.quartile ?? null,
  ];
}

export function standardSheet(name: string, rows: CellValue[][], title: string | null = null): SheetGrid {
  return sheet(name, [...(title ? [[title], []] : []), STANDARD_HEADER, ...rows]);
}

/**
 * CS-07, "Council tax collected %", higher is better, under a Ref / Indicator / polarity / Target / Apr …
 * Dec header: figures in June, September and December only (the percentage-scale tests' row), then
 * `trailing` empty cells for the score columns.
 */
export function councilTaxRow(
  target: CellValue,
  jun: CellValue,
  sep: CellValue,
  dec: CellValue,
  trailing = 0,
): CellValue[] {
  const quarterEnds = [null, null, jun, null, null, sep, null, null, dec];
  return ['CS-07', 'Council tax collected %', 'Higher', target, ...quarterEnds, ...Array(trailing).fill(null)];
}
