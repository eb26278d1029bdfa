/**
 * Small tables in the shapes councils, NHS trusts and housing providers publish (issue 7), each with
 * the right answer an analyst would give. Made up, in the shape of what was seen.
 */
import type { CellValue, SheetGrid } from '../../src/core/model';
import { sheet } from './grids';

/** Kind 2: the issue's own example. Q4 26 days against a goal of 30, lower is better: green, +13.33%. */
export const RELET: SheetGrid = sheet('Housing KPIs', [
  ['Measure ID', 'Measure', 'Target Direction', 'Goal', 'Q1', 'Q2', 'Q3', 'Q4'],
  [4021, 'Average days to re-let', 'Lower', 30, null, null, null, 26],
]);

/** Kind 1: an indicator column and a target, but the figures sit under "Perf", which names no period. */
export const NO_PERIOD: SheetGrid = sheet('Scorecard', [
  ['Housing performance 2023/24'],
  [],
  ['Measure', 'Target', 'Perf', 'Comments'],
  ['Rent collected', 98, 97.5, 'On track'],
  ['Average days to re-let', 30, 26, ''],
]);

/** Kind 3: the series runs on across the year end. */
export const ACROSS_YEAR_END: SheetGrid = sheet('Board report', [
  ['Measure', 'Good is', 'Target', 'Q4 2022/23', 'Q1 2023/24'],
  ['Rent collected %', 'Higher', 98, 97, 98.5],
  ['Emergency repairs completed in 24 hours %', 'Higher', 95, 96, 93],
  ['Average days to re-let', 'Lower', 30, 34, 28],
]);

/** Kind 3: two financial years of quarters side by side. */
export const TWO_YEARS: SheetGrid = sheet('Fire', [
  [
    'PI Code',
    'Measure',
    'Aim',
    'Target',
    'Q1 2019/20',
    'Q2 2019/20',
    'Q3 2019/20',
    'Q4 2019/20',
    'Q1 2020/21',
    'Q2 2020/21',
  ],
  ['FRS-01', 'Dwelling fires per 10,000 dwellings', 'Aim to minimise', 2, 1.9, 2.1, 2.4, 2.2, 1.8, 2.0],
  ['FRS-02', 'Home fire safety checks', 'Aim to maximise', 1500, 1400, 1450, 1600, 1700, 1550, 1420],
]);

/** Kind 3: month headers with years, one of them (Jun-16) copied from last year's sheet. */
export const MONTHS_WITH_A_STRAY_YEAR: SheetGrid = sheet('Police', [
  ['Ref', 'Measure', 'Better if', 'Target', 'Apr-17', 'May-17', 'Jun-16', 'Jul-17'],
  ['POL-3', '999 calls answered within 10 seconds %', 'Higher', 90, 91, 92, 88, 89],
]);

/** Kind 2: a table of annual figures: a financial year alone heads each column. */
export const ANNUAL: SheetGrid = sheet('Annual', [
  ['Ref', 'Measure', 'Polarity', 'Target 2022/23', '2021/22', '2022-23'],
  ['ENV-1', 'Household waste recycled %', 'Up', 50, 47.2, 49.1],
]);

/** Kind 2: one value column headed "Actual": the quarter comes from the run. */
export const ACTUAL_ONLY: SheetGrid = sheet('KPI summary', [
  ['Measure', 'Better if', 'Plan', 'Actual'],
  ['HSG-01 Rent collected', 'Increase', 98, 97],
  ['HSG-02 Average days to re-let', 'Decrease', 30, 33],
]);

/** Kind 2: periods with extra words, "Q2 2022/23" and "Value" on two lines of one cell, Trajectory as the only target. */
export const PERIOD_WORDS: SheetGrid = sheet('NHS', [
  ['Measure', 'Good is', 'Trajectory', 'Quarter 1 Result', 'Q2 2022/23\nValue', 'Q3 Actual'],
  ['Patients seen within 18 weeks %', 'Max', 92, 90.1, 91.5, 92.4],
  ['Cancelled operations', 'Min', 40, 44, 41, 38],
]);

/** Kind 5: figures and targets as typed. */
export const AS_TYPED: SheetGrid = sheet('Typed', [
  ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
  ['RL-1', 'Average days to re-let', 'Lower', '25 days', '24 days', '21 days'],
  ['CT-1', 'Council tax collected', 'Higher', '£1,200,000', '£600,000', '£1,204,330'],
  ['AS-1', 'Average response time', 'Lower', '12 hrs', '13 hrs', '12.5 hrs'],
  ['HB-1', 'Housing benefit claims processed', 'Higher', 1200, 1100, '1,234 (provisional)'],
  ['EV-1', 'Events held', 'Higher', 'TBC', 10, 12],
  ['CX-1', 'Complaints received', 'Lower', 'Data only', 40, 35],
  ['FI-1', 'Freedom of information requests', 'Lower', 'For information', 90, 95],
  ['NA-1', 'Library visits', 'Higher', 'N/A', 900, 950],
]);

/** Kind 4 (comparator targets): the target says which way is better. No polarity column. */
export const COMPARATORS: SheetGrid = sheet('Comparators', [
  ['Ref', 'Measure', 'Target', 'Q1'],
  ['C-1', 'Rent collected %', '≥ 95%', 96],
  ['C-2', 'Repairs right first time %', '>= 90%', 88],
  ['C-3', 'Days to process a claim', '<= 150', 140],
  ['C-4', 'Staff sickness days', 'less than 5', 6],
  ['C-5', 'Tenant satisfaction %', 'at least 80%', 80],
]);

/**
 * Kind 4, the issue's own example: bed occupancy, close to target is better, target 100, green within
 * ±5%, amber within ±10%. Each value with the RAG and % variance an analyst gives it (the sign says above
 * or below the target).
 */
export const CLOSE_TO_TARGET: { ref: string; value: number; rag: 'green' | 'amber' | 'red'; variancePct: number }[] = [
  { ref: 'A', value: 104, rag: 'green', variancePct: 4 },
  { ref: 'B', value: 97, rag: 'green', variancePct: -3 },
  { ref: 'C', value: 108, rag: 'amber', variancePct: 8 },
  { ref: 'D', value: 91, rag: 'amber', variancePct: -9 },
  { ref: 'E', value: 112, rag: 'red', variancePct: 12 },
  { ref: 'F', value: 85, rag: 'red', variancePct: -15 },
];

/** CLOSE_TO_TARGET as [ref, rag, variance] rows, as the tests compare them. */
export const CLOSE_TO_TARGET_SCORED = CLOSE_TO_TARGET.map((c) => [c.ref, c.rag, c.variancePct]);

export function grid(name: string, rows: CellValue[][]): SheetGrid {
  return sheet(name, rows);
}
