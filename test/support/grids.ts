/** Small hand-written sheets for tests: rows of cells, padded into a rectangle. */
import type { Area, CellValue, SheetGrid } from '../../src/core/model';

export function sheet(name: string, rows: CellValue[][], merges: Area[] = []): SheetGrid {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return { name, values: rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), merges };
}

/** A one-table sheet with the usual header: Ref, Indicator, polarity, target, then months Apr … Dec, then derived columns. */
export const MONTHS_APR_DEC = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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
