/**
 * A council workbook whose figures are formatted as analysts format them: times (mm:ss), percentages
 * (0.0%), money (£#,##0), elapsed hours ([h]:mm), decimals (0.0), and a target typed as text ("95%").
 * For the tests that say the generated sheets and the findings show each figure as the workbook shows
 * it (test/cross/figure-formats.test.ts, test/core/figure-formats.test.ts), and for looking at the
 * Highlights sheet rendered (`npx tsx test/support/formatted-workbook.ts out/formatted.xlsx`).
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/model';
import { STANDARD_HEADER } from './grids';

/** Seconds as Excel keeps a time: a fraction of a day. */
export const seconds = (s: number): number => s / 86400;

/** One indicator: its row's cells (under STANDARD_HEADER) and the number format of its target and of its month figures. */
export interface FormattedIndicator {
  ref: string;
  name: string;
  polarity: 'Higher' | 'Lower';
  target: CellValue;
  targetFormat: string | null;
  values: CellValue[];
  valueFormat: string | null;
  quartile?: string;
}

/** The indicators of the sheet 'Council KPIs', in row order from row 2. */
export const FORMATTED_INDICATORS: FormattedIndicator[] = [
  {
    ref: 'FR-01',
    name: 'Average call answer time (mm:ss)',
    polarity: 'Lower',
    target: seconds(135),
    targetFormat: 'mm:ss',
    values: [
      seconds(140),
      seconds(128),
      seconds(131),
      seconds(125),
      seconds(122),
      seconds(127),
      seconds(133),
      seconds(129),
      seconds(130),
    ],
    valueFormat: 'mm:ss',
    quartile: '1st Quartile',
  },
  {
    ref: 'CS-02',
    name: 'Council tax collected',
    polarity: 'Higher',
    target: 0.96,
    targetFormat: '0%',
    values: [0.1, 0.19, 0.28, 0.37, 0.46, 0.55, 0.64, 0.74, 0.955],
    valueFormat: '0.0%',
    quartile: '2nd Quartile',
  },
  {
    ref: 'CS-03',
    name: 'Savings delivered',
    polarity: 'Higher',
    target: 500000,
    targetFormat: '"£"#,##0',
    values: [null, null, 120000, null, null, 310000, null, null, 480000],
    valueFormat: '£#,##0',
    quartile: '3rd Quartile',
  },
  {
    ref: 'ASC-04',
    name: 'Hospital handover time ([h]:mm)',
    polarity: 'Lower',
    target: 1 / 24,
    targetFormat: '[h]:mm',
    values: [null, null, 1.25 / 24, null, null, 1.1 / 24, null, null, 26.5 / 24],
    valueFormat: '[h]:mm',
    quartile: '4th Quartile',
  },
  {
    ref: 'HS-05',
    name: 'Days to re-let a council home',
    polarity: 'Lower',
    target: 28,
    targetFormat: '0.0',
    values: [31.2, 30.4, 29.8, 29.1, 28.6, 28.9, 27.4, 27.9, 27.25],
    valueFormat: '0.0',
    quartile: '2nd Quartile',
  },
  {
    ref: 'CS-06',
    name: 'Calls resolved first time (target typed as text)',
    polarity: 'Higher',
    target: '95%',
    targetFormat: null,
    values: [0.9, 0.91, 0.92, 0.93, 0.935, 0.94, 0.945, 0.95, 0.948],
    valueFormat: '0.0%',
    quartile: '4th Quartile',
  },
  {
    ref: 'CS-07',
    name: 'Sundry debt over 90 days (custom format)',
    polarity: 'Lower',
    target: 12,
    targetFormat: '[>=100]0;[<100]0.00',
    values: [14.2, 13.1, 12.8, 12.6, 12.5, 12.4, 12.3, 12.2, 12.123],
    valueFormat: '[>=100]0;[<100]0.00',
    quartile: '3rd Quartile',
  },
  {
    ref: 'FR-08',
    name: 'Fire response time (no Q3 figure yet)',
    polarity: 'Lower',
    target: seconds(480),
    targetFormat: 'mm:ss',
    values: [seconds(470), seconds(455), seconds(462), seconds(449), seconds(458), seconds(130)],
    valueFormat: 'mm:ss',
  },
];

export const FORMATTED_SHEET = 'Council KPIs';

/**
 * The workbook as an .xlsx file's bytes: a title row, the header in row 2, one indicator a row from row 3.
 * `copies` > 1 repeats the indicators (refs "FR-01.2" …), for tests that the writes do not grow with them.
 */
export async function formattedWorkbook(copies = 1): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2021-01-29T09:30:00Z');
  const ws = wb.addWorksheet(FORMATTED_SHEET);
  ws.getCell(1, 1).value = 'Modern council - 2020/21';
  STANDARD_HEADER.forEach((h, c) => (ws.getCell(2, c + 1).value = h));
  const rows: FormattedIndicator[] = [];
  for (let k = 1; k <= copies; k++)
    for (const x of FORMATTED_INDICATORS) rows.push(k === 1 ? x : { ...x, ref: `${x.ref}.${k}` });
  rows.forEach((x, i) => {
    const r = i + 3;
    ws.getCell(r, 1).value = x.ref;
    ws.getCell(r, 2).value = x.name;
    ws.getCell(r, 3).value = x.polarity;
    const target = ws.getCell(r, 4);
    target.value = x.target as ExcelJS.CellValue;
    if (x.targetFormat) target.numFmt = x.targetFormat;
    x.values.forEach((v, m) => {
      if (v === null) return;
      const cell = ws.getCell(r, 5 + m);
      cell.value = v as ExcelJS.CellValue;
      if (x.valueFormat) cell.numFmt = x.valueFormat;
    });
    if (x.quartile) ws.getCell(r, STANDARD_HEADER.length).value = x.quartile;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  const out = process.argv[2] ?? 'out/formatted-council.xlsx';
  void formattedWorkbook().then((b) => {
    fs.writeFileSync(out, b);
    console.log(`Wrote ${out}`);
  });
}
