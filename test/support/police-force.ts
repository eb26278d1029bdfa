/**
 * Fresh user 4's police force table (session 10), the one home for the rows more than one test scores:
 * Ref, Measure, Polarity, Target, Apr … Oct, a YTD column and a same-period-last-year column.
 */
import type { CellValue } from '../../src/core/model';
import { months } from './grids';

export const POLICE_HEADER: CellValue[] = [
  'Ref',
  'Measure',
  'Polarity',
  'Target',
  ...months(7),
  'YTD (cumulative)',
  'Same period last year',
];

/** PCP2-03: 88 to 130 arrests a month against 1,200 for the year; YTD 708 is the sum of its months. */
export const DRINK_DRIVE_ARRESTS: CellValue[] = [
  'PCP2-03',
  'Drink/drug drive arrests (annual target 1,200)',
  'Higher is better',
  1200,
  92,
  101,
  98,
  130,
  88,
  95,
  104,
  708,
  655,
];
