/**
 * An NHS acute and community trust's Integrated Performance Report, 2025/26, data to December 2025
 * (Month 9, Q3), one sheet per CQC domain (Safe, Effective, Caring, Responsive, Well-led), as fresh user 11
 * (an NHS trust analyst, session 12) kept it. Written with ExcelJS and read back by the command line's
 * package reader, so a test sees the grids the command saw.
 *
 * Each domain sheet: row 1 the trust's banner; row 2 "<Domain> – position at end of Month 9 (December
 * 2025)"; a two-row header — Ref | Indicator | Exec lead | Good is | Standard | Annual trajectory (merged
 * down) | "2025/26" merged over the months, typed as dates (Apr-25 … Jan-26) | "Latest month" over
 * % variance and DOT | Commentary (merged down); a source line under the table.
 *
 * Variants (each the user's own edit of the workbook):
 * - `ipr`: as kept;
 * - `slip`: A&E 4-hour's December typed 71.2 into its 0.0% cell (Responsive!O6 shows 7,120.0%);
 * - `edge`: stroke's December 0.7597 (Effective!O7: −5.04% against 80%, red) beside readmissions' −5.00% (amber);
 * - `cdiff`: C. difficile cases to date 30, 32, 35 in Oct–Dec (Safe!M6:O6): 8 new cases in Q3 against 14 in Q2;
 * - `no-trajectory`: C. difficile's trajectory cell (Safe!F6) blank: no target at all;
 * - `cdiff-no-trajectory`: both;
 * - `cdiff-standard`: C. difficile's Standard filled with NHS England's threshold of 52 (Safe!E6) and its
 *   trajectory the trust's own 44 (Safe!F6);
 * - `assurance`: the Commentary column headed "SPC assurance" instead, a header the product does not know.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';

export type NhsIprVariant =
  'ipr' | 'slip' | 'edge' | 'cdiff' | 'no-trajectory' | 'cdiff-no-trajectory' | 'cdiff-standard' | 'assurance';

type V = number | string | null;
export interface NhsIndicator {
  ref: string;
  name: string;
  lead: string;
  good: string; // NHS words
  std: number | string | null;
  traj?: number | string | null;
  fmt: string;
  vals: V[]; // Apr-25 … Jan-26 (10 months); null = blank
  comment?: string;
}

const PCT = '0.0%';
// months Apr-25 .. Jan-26
const MONTHS = [
  new Date(Date.UTC(2025, 3, 1)),
  new Date(Date.UTC(2025, 4, 1)),
  new Date(Date.UTC(2025, 5, 1)),
  new Date(Date.UTC(2025, 6, 1)),
  new Date(Date.UTC(2025, 7, 1)),
  new Date(Date.UTC(2025, 8, 1)),
  new Date(Date.UTC(2025, 9, 1)),
  new Date(Date.UTC(2025, 10, 1)),
  new Date(Date.UTC(2025, 11, 1)),
  new Date(Date.UTC(2026, 0, 1)),
];

export const NHS_DOMAINS: [string, NhsIndicator[]][] = [
  [
    'Safe',
    [
      {
        ref: 'SAF01',
        name: 'C. difficile cases – cumulative YTD',
        lead: 'CNO',
        good: 'Lower is better',
        std: null,
        traj: 52, // annual trajectory (NHSE threshold), figures are cumulative
        fmt: '0',
        vals: [4, 9, 13, 18, 22, 27, 33, 38, 43, null],
        comment: 'Above trajectory YTD (39 at M9). Ribotyping shows no linked cases.',
      },
      {
        ref: 'SAF02',
        name: 'Inpatient falls per 1,000 bed days',
        lead: 'CNO',
        good: 'Lower is better',
        std: 6.0,
        fmt: '0.00',
        vals: [5.9, 6.3, 6.0, 5.7, 6.4, 6.1, 5.8, 6.6, 6.9, null],
        comment: 'Winter escalation beds opened in Nov.',
      },
      {
        ref: 'SAF03',
        name: 'Never events',
        lead: 'MD',
        good: 'Lower is better',
        std: 'Zero',
        fmt: '0',
        vals: [0, 0, 1, 0, 0, 0, 0, 1, 0, null],
        comment: 'Nov: wrong-site block (theatres). SI investigation under way.',
      },
      {
        ref: 'SAF04',
        name: 'MRSA bacteraemia (hospital onset)',
        lead: 'CNO',
        good: 'Lower is better',
        std: 0,
        fmt: '0',
        vals: [0, 0, 0, 0, 0, 0, 0, 0, 0, null],
      },
      {
        ref: 'SAF05',
        name: 'VTE risk assessment completed %',
        lead: 'MD',
        good: 'Higher is better',
        std: 0.95,
        fmt: PCT,
        vals: [0.951, 0.948, 0.953, 0.949, 0.944, 0.952, 0.956, 0.947, 0.941, null],
      },
      {
        ref: 'SAF06',
        name: 'Pressure ulcers (category 2+) per 1,000 bed days',
        lead: 'CNO',
        good: 'Lower is better',
        std: 0.8,
        fmt: '0.00',
        vals: [0.72, 0.81, 0.69, 0.75, 0.88, 0.79, 0.83, 0.91, '*', null],
        comment: 'Dec figure suppressed pending validation.',
      },
    ],
  ],
  [
    'Effective',
    [
      {
        ref: 'EFF01',
        name: 'SHMI (rolling 12 months)',
        lead: 'MD',
        good: 'Lower is better',
        std: 1.0,
        fmt: '0.00',
        vals: [1.02, 1.01, 1.03, 1.02, 1.04, 1.03, null, null, null, null],
        comment: 'Published 3 months in arrears; latest is Sep-25 (as expected band).',
      },
      {
        ref: 'EFF02',
        name: 'Stroke: 90% of stay on a stroke unit',
        lead: 'COO',
        good: 'Higher is better',
        std: 0.8,
        fmt: PCT,
        vals: [0.82, 0.79, 0.84, 0.81, 0.77, 0.8, 0.78, 0.74, 0.76, null],
      },
      {
        ref: 'EFF03',
        name: 'Emergency readmissions within 30 days %',
        lead: 'MD',
        good: 'Lower is better',
        std: 0.12,
        fmt: PCT,
        vals: [0.118, 0.121, 0.119, 0.124, 0.12, 0.122, 0.125, 0.127, 0.126, null],
      },
      {
        ref: 'EFF04',
        name: 'Average length of stay – non-elective (days)',
        lead: 'COO',
        good: 'Lower is better',
        std: 4.5,
        fmt: '0.0',
        vals: [4.8, 4.7, 4.6, 4.9, 4.8, 5.0, 5.2, 5.4, 5.6, null],
      },
    ],
  ],
  [
    'Caring',
    [
      {
        ref: 'CAR01',
        name: 'FFT inpatients – % positive',
        lead: 'CNO',
        good: 'Higher is better',
        std: 0.95,
        fmt: PCT,
        vals: [0.962, 0.958, '95.1%', 0.949, 0.953, 0.96, 0.957, 0.944, 0.951, null],
      },
      {
        ref: 'CAR02',
        name: 'FFT A&E – % positive',
        lead: 'CNO',
        good: 'Higher is better',
        std: 0.85,
        fmt: PCT,
        vals: [0.81, 0.79, 0.8, 0.78, 0.82, 0.8, 0.77, 0.75, 0.74, null],
      },
      {
        ref: 'CAR03',
        name: 'Complaints responded to within 25 working days %',
        lead: 'CNO',
        good: 'Higher is better',
        std: 0.9,
        fmt: PCT,
        vals: [0.72, 0.68, 0.75, 0.81, 0.79, 0.83, 0.86, 0.88, 0.91, null],
      },
      {
        ref: 'CAR04',
        name: 'Mixed sex accommodation breaches',
        lead: 'CNO',
        good: 'Lower is better',
        std: 0,
        fmt: '0',
        vals: [0, 2, 0, 0, 1, 0, 3, 5, 4, null],
      },
    ],
  ],
  [
    'Responsive',
    [
      {
        ref: 'RES01',
        name: 'A&E 4-hour performance %',
        lead: 'COO',
        good: 'Higher is better',
        std: 0.78,
        fmt: PCT,
        vals: [0.752, 0.768, 0.781, 0.774, 0.779, 0.762, 0.749, 0.731, 0.712, 0.705],
        comment: 'Jan flash figure included. UEC improvement plan: see item 7.',
      },
      {
        ref: 'RES02',
        name: '12-hour waits in ED from arrival',
        lead: 'COO',
        good: 'Lower is better',
        std: 'N/A',
        fmt: '0',
        vals: [412, 388, 350, 371, 402, 455, 512, 634, 781, 802],
      },
      {
        ref: 'RES03',
        name: 'RTT incomplete pathways within 18 weeks %',
        lead: 'COO',
        good: 'Higher is better',
        std: 0.92,
        traj: 0.615,
        fmt: PCT,
        vals: [0.586, 0.589, 0.593, 0.597, 0.595, 0.601, 0.604, 0.606, 0.603, 0.607],
        comment: 'Constitutional standard 92%; 25/26 operating plan trajectory 61.5% by Mar-26.',
      },
      {
        ref: 'RES04',
        name: 'Patients waiting 52+ weeks (RTT)',
        lead: 'COO',
        good: 'Lower is better',
        std: 0,
        fmt: '#,##0',
        vals: [1204, 1150, 1098, 1021, 987, 942, 890, 845, 861, 830],
      },
      {
        ref: 'RES05',
        name: 'Cancer 62-day referral to treatment %',
        lead: 'COO',
        good: 'Higher is better',
        std: 0.85,
        traj: 0.75,
        fmt: PCT,
        vals: [0.701, 0.688, 0.712, 0.724, 0.709, 0.731, 0.745, 0.738, 0.752, null],
      },
      {
        ref: 'RES06',
        name: 'Cancer 28-day Faster Diagnosis Standard %',
        lead: 'COO',
        good: 'Higher is better',
        std: 0.77,
        fmt: PCT,
        vals: [0.768, 0.771, 0.779, 0.782, 0.775, 0.784, 0.79, 0.776, 0.781, null],
      },
      {
        ref: 'RES07',
        name: 'Diagnostics: % waiting 6+ weeks (DM01)',
        lead: 'COO',
        good: 'Lower is better',
        std: '≤5%',
        fmt: PCT,
        vals: [0.142, 0.131, 0.128, 0.119, 0.124, 0.118, 0.112, 0.121, 0.134, null],
      },
    ],
  ],
  [
    'Well-led',
    [
      {
        ref: 'WL01',
        name: 'Sickness absence rate %',
        lead: 'CPO',
        good: 'Lower is better',
        std: 0.04,
        fmt: PCT,
        vals: [0.043, 0.041, 0.04, 0.042, 0.044, 0.046, 0.049, 0.052, 0.055, null],
      },
      {
        ref: 'WL02',
        name: 'Vacancy rate %',
        lead: 'CPO',
        good: 'Lower is better',
        std: 0.08,
        fmt: PCT,
        vals: [0.091, 0.089, 0.087, 0.085, 0.083, 0.082, 0.079, 0.081, 0.078, null],
      },
      {
        ref: 'WL03',
        name: 'Agency spend £k (monthly)',
        lead: 'CFO',
        good: 'Lower is better',
        std: 450,
        fmt: '£#,##0',
        vals: [512, 498, 476, 463, 481, 455, 470, 492, 531, null],
        comment: 'Agency cap breached in Dec: ED medical rota gaps.',
      },
      {
        ref: 'WL04',
        name: 'Statutory & mandatory training compliance %',
        lead: 'CPO',
        good: 'Higher is better',
        std: 0.9,
        fmt: PCT,
        vals: [0.88, 0.885, 0.89, 0.893, 0.897, 0.901, 0.904, 0.899, 0.902, null],
      },
      {
        ref: 'WL05',
        name: 'Staff turnover % (rolling 12m)',
        lead: 'CPO',
        good: 'Contextual',
        std: null,
        fmt: PCT,
        vals: [0.112, 0.111, 0.109, 0.108, 0.107, 0.106, 0.105, 0.104, 0.104, null],
      },
    ],
  ],
];

const BANNER = 'Northshire Community & Acute Hospitals NHS Foundation Trust — Integrated Performance Report';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** The analyst's workbook as ExcelJS writes it. */
export function nhsIprWorkbook(variant: NhsIprVariant = 'ipr'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2026-01-12T09:30:00Z');
  wb.creator = 'Performance & Information Team';
  for (const [domain, inds] of NHS_DOMAINS) {
    const ws = wb.addWorksheet(domain, { views: [{ state: 'frozen', xSplit: 2, ySplit: 5 }] });
    // columns: A Ref, B Indicator, C Exec lead, D Good is, E Standard, F Annual trajectory,
    // G..P months (10), Q % variance, R DOT, S Commentary
    const nM = MONTHS.length;
    const cMonth0 = 7;
    const cVar = cMonth0 + nM; // 17 Q
    const cDot = cVar + 1; // R
    const cCom = cDot + 1; // S
    ws.mergeCells(1, 1, 1, cCom);
    ws.getCell(1, 1).value = BANNER;
    ws.getCell(1, 1).font = { bold: true, size: 14, color: { argb: 'FF005EB8' } };
    ws.getCell(2, 1).value = `${domain} – position at end of Month 9 (December 2025)`;
    ws.getCell(2, 1).font = { bold: true, size: 12 };
    const up = ws.getRow(4);
    const low = ws.getRow(5);
    const fixed = ['Ref', 'Indicator', 'Exec lead', 'Good is', 'Standard', 'Annual trajectory'];
    fixed.forEach((h, i) => {
      up.getCell(i + 1).value = h;
      ws.mergeCells(4, i + 1, 5, i + 1);
    });
    up.getCell(cMonth0).value = '2025/26';
    ws.mergeCells(4, cMonth0, 4, cMonth0 + nM - 1);
    MONTHS.forEach((d, i) => {
      const c = low.getCell(cMonth0 + i);
      c.value = d;
      c.numFmt = 'mmm-yy';
    });
    up.getCell(cVar).value = 'Latest month';
    ws.mergeCells(4, cVar, 4, cDot);
    low.getCell(cVar).value = '% variance';
    low.getCell(cDot).value = 'DOT';
    up.getCell(cCom).value = 'Commentary';
    ws.mergeCells(4, cCom, 5, cCom);
    for (const r of [up, low])
      for (let c = 1; c <= cCom; c++) {
        const cell = r.getCell(c);
        cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF005EB8' } };
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        cell.border = thin;
      }
    inds.forEach((ind, k) => {
      const r = ws.getRow(6 + k);
      r.getCell(1).value = ind.ref;
      r.getCell(2).value = ind.name;
      r.getCell(3).value = ind.lead;
      r.getCell(4).value = ind.good;
      const std = r.getCell(5);
      std.value = ind.std;
      if (typeof ind.std === 'number') std.numFmt = ind.fmt;
      const tr = r.getCell(6);
      tr.value = ind.traj ?? null;
      if (typeof ind.traj === 'number') tr.numFmt = ind.fmt;
      ind.vals.forEach((v, i) => {
        const c = r.getCell(cMonth0 + i);
        c.value = v;
        if (typeof v === 'number') c.numFmt = ind.fmt;
      });
      r.getCell(cVar).numFmt = '0.00%';
      r.getCell(cCom).value = ind.comment ?? null;
      for (let c = 1; c <= cCom; c++) r.getCell(c).border = thin;
    });
    const foot = 6 + inds.length + 1;
    ws.getCell(foot, 1).value = 'Source: Trust PAS, Datix, ESR, ledger. Data as at 12 January 2026.';
    ws.getCell(foot, 1).font = { italic: true, size: 9 };
    ws.getColumn(1).width = 8;
    ws.getColumn(2).width = 44;
    ws.getColumn(3).width = 9;
    ws.getColumn(4).width = 15;
    ws.getColumn(5).width = 10;
    ws.getColumn(6).width = 11;
    for (let i = 0; i < nM; i++) ws.getColumn(cMonth0 + i).width = 8;
    ws.getColumn(cVar).width = 10;
    ws.getColumn(cDot).width = 6;
    ws.getColumn(cCom).width = 50;
  }
  const at = (sheet: string, address: string) => wb.getWorksheet(sheet)!.getCell(address);
  if (variant === 'slip') at('Responsive', 'O6').value = 71.2;
  if (variant === 'edge') at('Effective', 'O7').value = 0.7597;
  if (variant === 'cdiff' || variant === 'cdiff-no-trajectory')
    [30, 32, 35].forEach((v, i) => (at('Safe', `${'MNO'[i]}6`).value = v));
  if (variant === 'assurance') for (const ws of wb.worksheets) ws.getCell('S4').value = 'SPC assurance';
  if (variant === 'no-trajectory' || variant === 'cdiff-no-trajectory') at('Safe', 'F6').value = null;
  if (variant === 'cdiff-standard') {
    at('Safe', 'E6').value = 52;
    at('Safe', 'E6').numFmt = '0';
    at('Safe', 'F6').value = 44;
  }
  return wb;
}

/** The workbook's bytes, as the analyst saved it. */
export async function nhsIprBytes(variant: NhsIprVariant = 'ipr'): Promise<Buffer> {
  return Buffer.from(await nhsIprWorkbook(variant).xlsx.writeBuffer());
}

/** The grids the command line reads from the workbook (its package reader). */
export async function nhsIprGrids(variant: NhsIprVariant = 'ipr'): Promise<SheetGrid[]> {
  const pkg = readPackage(await nhsIprBytes(variant), `nhs-ipr-${variant}.xlsx`);
  return pkg.sheets.map((s) =>
    gridOf(s, readSheet(entryText(pkg.byName.get(s.part)!), pkg.sharedStrings, pkg.date1904), pkg.styles, pkg.date1904),
  );
}
