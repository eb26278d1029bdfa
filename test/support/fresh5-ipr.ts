/**
 * Fresh-user check 5's workbook: an NHS acute trust's Integrated Performance Report (2026/27, data to
 * October, Month 7), as the analyst built it (/work/fresh5-council.ts, with its variants
 * /tmp/f5-variants.ts and /tmp/f5-var2.ts), written with ExcelJS and read back by the command line's
 * package reader, so a test sees the grids the command saw.
 *
 * - `v2`: the workable layout — Standard, Latest, months as dates under a merged "2026/27", YTD, Variance,
 *   DOT, Trend, SPC columns; NHS domain band rows (SAFE … WELL-LED).
 * - `base`: a "Plan 26/27" column instead of Latest, filled only on the two finance rows (whose Standard is blank).
 * - `messy`: v2 with polarity words (↓, ↑, High, Low, "Under plan"), targets typed as text (≥78%, 92%,
 *   Zero, <4%), RTT typed as whole percentages and a banding note in SHMI's July.
 * - `vmerge`: v2 with "Indicator" and "Standard" merged down over rows 4–5 (a two-row header).
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';

export type Fresh5Variant = 'v2' | 'base' | 'messy' | 'vmerge';

type Row = {
  ref: string;
  name: string;
  lead: string;
  good: string;
  std: number | string;
  fmt: string;
  vals: (number | string | null)[];
  variation?: string;
  assurance?: string;
};

const P = '0.0%';
/** The report's indicators by domain, Apr … Oct, as the analyst typed them. */
export const FRESH5_SECTIONS: [string, Row[]][] = [
  [
    'SAFE',
    [
      {
        ref: 'S01',
        name: 'Inpatient falls per 1,000 bed days',
        lead: 'CNO',
        good: 'Lower',
        std: 6.0,
        fmt: '0.00',
        vals: [5.8, 6.4, 6.1, 5.9, 6.6, 6.2, 5.7],
        variation: 'Common cause',
        assurance: 'Hit and miss',
      },
      {
        ref: 'S02',
        name: 'C. difficile cases (annual ceiling 48)',
        lead: 'CNO',
        good: 'Lower',
        std: 48,
        fmt: '0',
        vals: [3, 5, 4, 6, 2, 5, 4],
        variation: 'Common cause',
        assurance: 'Hit and miss',
      },
      {
        ref: 'S03',
        name: 'MRSA bacteraemia',
        lead: 'CNO',
        good: 'Lower',
        std: 0,
        fmt: '0',
        vals: [0, 0, 1, 0, 0, 0, 0],
      },
      { ref: 'S04', name: 'Never events', lead: 'CMO', good: 'Lower', std: 0, fmt: '0', vals: [0, 1, 0, 0, 0, 0, 1] },
      {
        ref: 'S05',
        name: '12-hour trolley waits (decision to admit)',
        lead: 'COO',
        good: 'Lower',
        std: 0,
        fmt: '0',
        vals: [14, 9, 22, 3, 0, 0, 17],
        variation: 'Special cause concern',
        assurance: 'Consistently fail',
      },
    ],
  ],
  [
    'EFFECTIVE',
    [
      {
        ref: 'E01',
        name: 'HSMR (rolling 12 months, 100 = expected)',
        lead: 'CMO',
        good: 'Lower',
        std: 100,
        fmt: '0.0',
        vals: [98.4, 99.1, 101.2, 102.5, 103.0, 'n/a', null],
      },
      {
        ref: 'E02',
        name: 'SHMI (ratio, 1.00 = expected)',
        lead: 'CMO',
        good: 'Lower',
        std: 1.0,
        fmt: '0.00',
        vals: [1.03, null, null, 1.05, null, null, 0.99],
      },
      {
        ref: 'E03',
        name: 'Emergency readmissions within 30 days',
        lead: 'CMO',
        good: 'Lower',
        std: 0.085,
        fmt: P,
        vals: [0.081, 0.079, 0.088, 0.09, 0.084, 0.086, 0.083],
      },
    ],
  ],
  [
    'CARING',
    [
      {
        ref: 'C01',
        name: 'Friends & Family Test - inpatients % positive',
        lead: 'CNO',
        good: 'Higher',
        std: 0.95,
        fmt: P,
        vals: [0.962, 0.955, 0.948, 0.951, 0.957, 0.944, 0.949],
      },
      {
        ref: 'C02',
        name: 'Friends & Family Test - ED % positive',
        lead: 'CNO',
        good: 'Higher',
        std: 0.85,
        fmt: P,
        vals: [0.812, 0.798, 0.826, 0.834, 0.841, 0.822, 0.806],
      },
      {
        ref: 'C03',
        name: 'Complaints responded to within 25 working days',
        lead: 'CNO',
        good: 'Higher',
        std: 0.9,
        fmt: P,
        vals: [0.71, 0.68, 0.75, 0.82, 0.88, 0.91, 0.86],
        variation: 'Special cause improving',
        assurance: 'Hit and miss',
      },
      {
        ref: 'C04',
        name: 'Mixed sex accommodation breaches',
        lead: 'CNO',
        good: 'Lower',
        std: 0,
        fmt: '0',
        vals: [0, 0, '*', 0, 0, 0, 0],
      },
    ],
  ],
  [
    'RESPONSIVE',
    [
      {
        ref: 'R01',
        name: 'A&E 4-hour performance (all types)',
        lead: 'COO',
        good: 'Higher',
        std: 0.78,
        fmt: P,
        vals: [0.742, 0.751, 0.768, 0.773, 0.781, 0.764, 0.749],
        variation: 'Common cause',
        assurance: 'Hit and miss',
      },
      {
        ref: 'R02',
        name: 'RTT incomplete pathways < 18 weeks',
        lead: 'COO',
        good: 'Higher',
        std: 0.92,
        fmt: P,
        vals: [0.598, 0.603, 0.611, 0.607, 0.615, 0.622, 0.619],
        variation: 'Special cause improving',
        assurance: 'Consistently fail',
      },
      {
        ref: 'R03',
        name: 'RTT 52-week waiters',
        lead: 'COO',
        good: 'Lower',
        std: 0,
        fmt: '#,##0',
        vals: [1248, 1190, 1102, 1065, 998, 951, 930],
      },
      {
        ref: 'R04',
        name: 'Cancer 28-day Faster Diagnosis Standard',
        lead: 'COO',
        good: 'Higher',
        std: 0.8,
        fmt: P,
        vals: [0.781, 0.802, 0.795, 0.812, 0.776, 0.808, null],
      },
      {
        ref: 'R05',
        name: 'Cancer 62-day referral to treatment',
        lead: 'COO',
        good: 'Higher',
        std: 0.85,
        fmt: P,
        vals: [0.702, 0.688, 0.715, 0.731, 0.709, 0.744, null],
      },
      {
        ref: 'R06',
        name: 'Cancer 31-day decision to treat',
        lead: 'COO',
        good: 'Higher',
        std: 0.96,
        fmt: P,
        vals: [0.952, 0.961, 0.97, 0.958, 0.965, 0.962, null],
      },
      {
        ref: 'R07',
        name: 'Diagnostics: % waiting over 6 weeks (DM01)',
        lead: 'COO',
        good: 'Lower',
        std: 0.05,
        fmt: P,
        vals: [0.112, 0.098, 0.087, 0.074, 0.069, 0.052, 0.048],
      },
    ],
  ],
  [
    'WELL-LED',
    [
      {
        ref: 'W01',
        name: 'Staff sickness absence rate',
        lead: 'CPO',
        good: 'Lower',
        std: 0.04,
        fmt: P,
        vals: [0.046, 0.044, 0.043, 0.045, 0.047, 0.049, 0.052],
      },
      {
        ref: 'W02',
        name: 'Vacancy rate',
        lead: 'CPO',
        good: 'Lower',
        std: 0.08,
        fmt: P,
        vals: [0.084, 0.081, 0.079, 0.077, 0.078, 0.076, 0.075],
      },
      {
        ref: 'W03',
        name: 'Appraisal compliance',
        lead: 'CPO',
        good: 'Higher',
        std: 0.9,
        fmt: P,
        vals: [0.83, 0.84, 0.86, 0.87, 0.85, 0.88, 0.89],
      },
      {
        ref: 'W04',
        name: 'Statutory & mandatory training compliance',
        lead: 'CPO',
        good: 'Higher',
        std: 0.9,
        fmt: P,
        vals: [0.91, 0.905, 0.912, 0.908, 0.915, 0.921, 0.918],
      },
      {
        ref: 'W05',
        name: 'Agency spend (£k) vs plan',
        lead: 'CFO',
        good: 'Lower',
        std: 850,
        fmt: '#,##0',
        vals: [1020, 965, 910, 880, 842, 861, 820],
      },
      {
        ref: 'W06',
        name: 'I&E surplus / (deficit) £k vs plan',
        lead: 'CFO',
        good: 'Higher',
        std: -1200,
        fmt: '#,##0;(#,##0)',
        vals: [-1450, -1310, -1280, -1190, -1350, -1100, -1050],
      },
    ],
  ],
];

/** The analyst's workbook as ExcelJS writes it (the builder script, its variants applied in place). */
export function fresh5Workbook(variant: Fresh5Variant): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('IPR Scorecard');
  ws.getCell('A1').value = 'Northshire Hospitals NHS Foundation Trust';
  ws.getCell('A2').value = 'Integrated Performance Report - Month 7 (October 2026) - Trust Board 26 November 2026';
  const hdrRow = 5;
  ws.getCell(4, 7).value = '2026/27';
  ws.mergeCells(4, 7, 4, 18);
  const v2 = variant !== 'base';
  const headers = ['Ref', 'Indicator', 'Exec Lead', 'Good is', 'Standard', v2 ? 'Latest' : 'Plan 26/27'];
  headers.forEach((h, i) => {
    ws.getCell(hdrRow, i + 1).value = h;
  });
  for (let i = 0; i < 12; i++) {
    const c = ws.getCell(hdrRow, 7 + i);
    c.value = new Date(Date.UTC(i < 9 ? 2026 : 2027, (i + 3) % 12, 1));
    c.numFmt = 'mmm-yy';
  }
  const extra = v2
    ? ['YTD', 'Variance', 'DOT', 'Trend', 'SPC Variation', 'SPC Assurance']
    : ['YTD', 'SPC Variation', 'SPC Assurance'];
  extra.forEach((h, i) => {
    ws.getCell(hdrRow, 19 + i).value = h;
  });
  const spcCol = v2 ? 23 : 20;
  const lastCol = 18 + extra.length;
  let r = hdrRow + 1;
  for (const [sec, rows] of FRESH5_SECTIONS) {
    ws.getCell(r, 1).value = sec;
    ws.mergeCells(r, 1, r, lastCol);
    r++;
    for (const x of rows) {
      ws.getCell(r, 1).value = x.ref;
      ws.getCell(r, 2).value = x.name;
      ws.getCell(r, 3).value = x.lead;
      ws.getCell(r, 4).value = x.good;
      // Finance lines carry a Plan instead of a national Standard.
      const col = x.lead === 'CFO' && !v2 ? 6 : 5;
      ws.getCell(r, col).value = x.std;
      ws.getCell(r, col).numFmt = x.fmt;
      x.vals.forEach((v, i) => {
        const c = ws.getCell(r, 7 + i);
        if (v !== null) {
          c.value = v;
          c.numFmt = x.fmt;
        }
      });
      if (x.variation) ws.getCell(r, spcCol).value = x.variation;
      if (x.assurance) ws.getCell(r, spcCol + 1).value = x.assurance;
      if (v2) {
        const last = [...x.vals].reverse().find((v) => typeof v === 'number');
        if (last !== undefined) {
          ws.getCell(r, 6).value = last;
          ws.getCell(r, 6).numFmt = x.fmt;
        }
      }
      r++;
    }
  }
  ws.getCell(r + 1, 1).value =
    'Source: SUS / ECDS / NHS England CWT / ESR / ledger. * = suppressed (fewer than 3). n/a = not yet published.';
  const rowOf = (ref: string): number => {
    for (let i = 1; i <= 40; i++) if (ws.getCell(i, 1).value === ref) return i;
    throw new Error(ref);
  };
  if (variant === 'messy') {
    const pol: Record<string, string> = {
      S01: '↓',
      R01: '↑',
      W01: 'Lower is better',
      C01: 'High',
      R07: 'Low',
      W05: 'Under plan',
    };
    for (const [k, v] of Object.entries(pol)) ws.getCell(rowOf(k), 4).value = v;
    ws.getCell(rowOf('R01'), 5).value = '≥78%';
    ws.getCell(rowOf('R02'), 5).value = '92%';
    ws.getCell(rowOf('S04'), 5).value = 'Zero';
    ws.getCell(rowOf('W01'), 5).value = '<4%';
    // RTT typed as whole numbers, as some BI extracts give it.
    const rtt = rowOf('R02');
    for (let c = 7; c <= 13; c++) {
      const v = ws.getCell(rtt, c).value as number;
      ws.getCell(rtt, c).value = Math.round(v * 1000) / 10;
      ws.getCell(rtt, c).numFmt = '0.0';
    }
    ws.getCell(rowOf('E02'), 10).value = '1.05 (as expected)';
  }
  if (variant === 'vmerge') {
    // A two-row header: "Indicator" and "Standard" merged down rows 4–5, the months on row 5 under "2026/27".
    ws.getCell(5, 2).value = null;
    ws.getCell(4, 2).value = 'Indicator';
    ws.mergeCells(4, 2, 5, 2);
    ws.getCell(5, 5).value = null;
    ws.getCell(4, 5).value = 'Standard';
    ws.mergeCells(4, 5, 5, 5);
  }
  return wb;
}

/** The workbook's bytes, as the analyst's script saved it. */
export async function fresh5Bytes(variant: Fresh5Variant): Promise<Buffer> {
  return Buffer.from(await fresh5Workbook(variant).xlsx.writeBuffer());
}

/** The grids the command line reads from the workbook (its package reader). */
export async function fresh5Grids(variant: Fresh5Variant): Promise<SheetGrid[]> {
  const bytes = await fresh5Bytes(variant);
  const pkg = readPackage(bytes, `fresh5-${variant}.xlsx`);
  return pkg.sheets.map((s) =>
    gridOf(s, readSheet(entryText(pkg.byName.get(s.part)!), pkg.sharedStrings, pkg.date1904), pkg.styles, pkg.date1904),
  );
}
