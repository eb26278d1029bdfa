/**
 * Fresh user 16's workbook, made small: a multi-academy trust's board KPI dashboard (Kestrel Learning Trust,
 * made up; academic year 2025/26; /work/fresh16-trust.ts), as its data lead built it. Two sheets:
 *
 * - **Trust Summary**: a title naming the year ("… Board KPI Dashboard 2025/26"), a line "Academic year
 *   Sept–Aug", and a table of half terms "Aut 1 | Aut 2 | Spr 1 | Spr 2 | Sum 1 | Sum 2" beside "Target
 *   2025/26", "National", a typed RAG and DOT. `halfTerms` says how many half terms are filled: 3 for the
 *   Spring 1 board (February), 6 for the end-of-year board (July).
 * - **Attendance 2025-26**: monthly attendance "Sep … Jul" under a title "… academic year 2025/26".
 *
 * `academyTrustWorkbook(options)` builds it; `academyTrustGrids(options)` reads it back with the command
 * line's package reader. The half-term figures are the data lead's: at Summer 2, B1 suspensions are 140
 * against 120 (red), F1 budget variance +15 against 0 (green), O1 100% of academies Good or Outstanding.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridsOfBytes } from './county-council';

export const TRUST_SHEETS = { summary: 'Trust Summary', attendance: 'Attendance 2025-26' } as const;

/** The half terms as the data lead headed them. */
export const HALF_TERMS = ['Aut 1', 'Aut 2', 'Spr 1', 'Spr 2', 'Sum 1', 'Sum 2'] as const;

export interface AcademyTrustOptions {
  /** Half terms filled on Trust Summary, 1 … 6 (default 6: the July board). */
  halfTerms?: number;
  /** Months filled on the attendance sheet, from September (default 11: to July). */
  months?: number;
  /** The half-term headers (default HALF_TERMS). */
  headers?: readonly string[];
}

type Row = [ref: string, kpi: string, polarity: string, target: number, halfTerms: number[], rag: string, dot: string];

const SUMMARY: Row[] = [
  ['A1', 'Attendance %', 'Higher is better', 0.95, [0.946, 0.939, 0.932, 0.935, 0.94, 0.928], 'A', '↓'],
  ['B1', 'Suspensions (number)', 'Lower is better', 120, [134, 98, 110, 105, 90, 140], 'A', '↓'],
  ['S1', 'Staff absence (days per FTE)', 'Lower is better', 1.2, [1.1, 1.6, 1.4, 1.2, 1.0, 0.9], 'A', '↑'],
  [
    'F1',
    'Budget in-year variance £k (+ve = underspend)',
    'Higher is better',
    0,
    [-45, -120, -80, -60, -30, 15],
    'R',
    '↑',
  ],
  [
    'O1',
    '% academies Good or Outstanding (Ofsted)',
    'Higher is better',
    1,
    [0.778, 0.778, 0.889, 0.889, 0.889, 1],
    'A',
    '↑',
  ],
];

const ATTENDANCE: [string, string, string, number, number[]][] = [
  ['ATT1', 'Attendance %', 'Higher is better', 95, [96.1, 94.8, 93.9, 92.7, 93.5, 93.1, 93.6, 92.4, 94, 93.8, 91.9]],
  ['ATT2', 'Persistent absence %', 'Lower is better', 15, [12, 14.5, 16, 18.1, 17.4, 17, 16.5, 18, 16.1, 15.9, 19.5]],
];

const MONTHS = ['Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'];

export function academyTrustWorkbook(options: AcademyTrustOptions = {}): ExcelJS.Workbook {
  const halfTerms = options.halfTerms ?? 6;
  const months = options.months ?? 11;
  const headers = options.headers ?? HALF_TERMS;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kestrel Learning Trust, central data team';

  const s = wb.addWorksheet(TRUST_SHEETS.summary);
  s.getCell('A1').value = 'Kestrel Learning Trust — Board KPI Dashboard 2025/26';
  s.getCell('A2').value = '9 academies: 6 primary, 3 secondary. Academic year Sept–Aug.';
  s.addRow([]);
  s.addRow(['Ref', 'KPI', 'Polarity', 'Target 2025/26', ...headers, 'National', 'RAG', 'DOT']);
  for (const [ref, kpi, polarity, target, figures, rag, dot] of SUMMARY) {
    const row = s.addRow([
      ref,
      kpi,
      polarity,
      target,
      ...figures.map((v, i) => (i < halfTerms ? v : null)),
      null,
      rag,
      dot,
    ]);
    if (target === 1 || target < 1) for (let c = 4; c <= 10; c++) row.getCell(c).numFmt = '0.0%';
  }

  const a = wb.addWorksheet(TRUST_SHEETS.attendance);
  a.getCell('A1').value = 'Kestrel Learning Trust — monthly attendance, academic year 2025/26';
  a.addRow(['Ref', 'Measure', 'Polarity', 'Target', ...MONTHS]);
  for (const [ref, name, polarity, target, figures] of ATTENDANCE)
    a.addRow([ref, name, polarity, target, ...figures.map((v, i) => (i < months ? v : null))]);
  return wb;
}

export async function academyTrustGrids(options: AcademyTrustOptions = {}): Promise<SheetGrid[]> {
  return gridsOfBytes(Buffer.from(await academyTrustWorkbook(options).xlsx.writeBuffer()), 'academy-trust.xlsx');
}
