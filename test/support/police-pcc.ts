/**
 * Fresh-user check 12's workbook: a Police and Crime Commissioner's Police and Crime Plan performance pack
 * (Northshire PCC, Q2 2025/26; /work/fresh12-police.ts), as an OPCC performance analyst built it: a cover
 * sheet, five priority sheets each under "Priority N: …" in A3, a merged period band (Q1 2025/26 over Apr-Jun,
 * Q2 over Jul-Sep, Comparison) above the header row, months Apr-25 … Sep-25, "Rolling 12 months to Sep-25",
 * "Same period last year (Apr-Sep 24)" (a half-year's total), "% change vs last year" typed as text, a 3-year
 * average, "Statistically significant?", a typed "Direction of travel", BCU breakdown rows under PC1.1, crime
 * counts with no numerical target, and a Definitions sheet.
 *
 * `policeWorkbook(options)` builds it (options: the variants fresh user 12 tried); `policeGrids` reads it back
 * with the command line's package reader; `policeQuarterColumnsWorkbook` is the crime sheet with quarter
 * columns between the months ("Apr | May | Jun | Q1 | Jul …", variant D).
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridsOfBytes } from './county-council';

export interface PoliceOptions {
  /** The "Same period last year" column's header (default "Same period last year (Apr-Sep 24)"). */
  lastYearHeader?: string;
  /** WS5.9 overtime's comment (default "Cumulative budget £1.2m for year"). */
  overtimeComment?: string;
  /** The merged period band above the header row (default true). */
  bands?: boolean;
  /**
   * Variant C (/work/fresh12-varC.ts): a sheet for each Basic Command Unit after the force's five, "North BCU",
   * "South BCU" and "Central BCU", each repeating PC1.1, PC1.2, PC1.4, PC1.6 and RP3.4 with the BCU's figures
   * (crime counts a third or so of the force's each, adding up to it; RP3.4's percentage near the force's).
   * `bcuNames` names them otherwise (the county's districts' way: after the place alone).
   */
  bcuSheets?: boolean;
  bcuNames?: [string, string, string];
  /** The BCU sheets' heading in A3 (default "<sheet> – local crime picture"). */
  bcuHeading?: (sheet: string) => string;
}

/** Each BCU's share of the force's crime (variant C): 0.33 + 0.30 + 0.37 = the whole force. */
export const BCU_SHARES = [0.33, 0.3, 0.37] as const;

type V = number | string | null;
interface Row {
  ref?: string;
  name: string;
  pol?: string;
  target?: V;
  m: V[]; // Apr..Sep
  r12?: V; // rolling 12 months to Sep-25
  ly?: V; // same period last year (Apr-Sep 24)
  chg?: V; // % change vs LY (typed text as analysts paste)
  avg3?: V; // 3-year average
  sig?: string;
  dot?: string; // typed last quarter
  src?: string;
  comment?: string;
  fmt?: string;
  note?: string; // cell comment on Sep
}

function sheet(
  wb: ExcelJS.Workbook,
  o: PoliceOptions,
  name: string,
  priority: string,
  rows: Row[],
  opts: { rag?: boolean } = {},
) {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'Northshire Police and Crime Commissioner';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Police and Crime Plan 2025-29 – Performance Report Q2 2025/26 (April – September 2025)';
  ws.getCell('A3').value = priority;
  ws.getCell('A3').font = { bold: true, size: 12 };
  // merged header band, row 5
  if (o.bands !== false) {
    ws.mergeCells('E5:G5');
    ws.getCell('E5').value = 'Q1 2025/26';
    ws.mergeCells('H5:J5');
    ws.getCell('H5').value = 'Q2 2025/26';
    ws.mergeCells('K5:O5');
    ws.getCell('K5').value = 'Comparison';
  }
  const hdr = [
    'Ref',
    'Indicator',
    'Polarity',
    'Target',
    'Apr-25',
    'May-25',
    'Jun-25',
    'Jul-25',
    'Aug-25',
    'Sep-25',
    'Rolling 12 months to Sep-25',
    o.lastYearHeader ?? 'Same period last year (Apr-Sep 24)',
    '% change vs last year',
    '3-year average (Apr-Sep)',
    'Statistically significant?',
    'Direction of travel',
  ];
  if (opts.rag) hdr.push('RAG');
  hdr.push('Data source', 'Comments');
  const h = ws.getRow(6);
  hdr.forEach((t, i) => {
    h.getCell(i + 1).value = t;
    h.getCell(i + 1).font = { bold: true };
    h.getCell(i + 1).alignment = { wrapText: true };
  });
  let r = 7;
  for (const row of rows) {
    const x = ws.getRow(r);
    const vals: V[] = [
      row.ref ?? null,
      row.name,
      row.pol ?? null,
      row.target ?? null,
      ...row.m,
      row.r12 ?? null,
      row.ly ?? null,
      row.chg ?? null,
      row.avg3 ?? null,
      row.sig ?? null,
      row.dot ?? null,
    ];
    if (opts.rag) vals.push(null);
    vals.push(row.src ?? null, row.comment ?? null);
    vals.forEach((v, i) => {
      if (v !== null && v !== undefined) x.getCell(i + 1).value = v as ExcelJS.CellValue;
    });
    if (row.fmt) for (let c = 4; c <= 12; c++) x.getCell(c).numFmt = row.fmt;
    if (row.note) x.getCell(10).note = row.note;
    r++;
  }
  r++;
  ws.getCell(`A${r}`).value =
    'Source: Northshire Police Niche RMS, Command & Control (STORM), HR (SAP). Sep-25 figures are provisional until validated.';
  ws.getColumn(2).width = 48;
  for (let c = 5; c <= 16; c++) ws.getColumn(c).width = 11;
  ws.getColumn(hdr.length).width = 40;
  return ws;
}

/** The pack as the analyst built it (see the file's comment). */
export function policeWorkbook(o: PoliceOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OPCC Performance';
  // Cover sheet
  const cover = wb.addWorksheet('Cover');
  cover.getCell('A1').value = 'Northshire Police and Crime Commissioner';
  cover.getCell('A3').value = 'Police and Crime Plan Performance Pack – Quarter 2 2025/26';
  cover.getCell('A5').value = 'OFFICIAL';
  cover.getCell('A7').value =
    'Crime volumes have no numerical targets: they are compared with the same period last year and the 3-year average, and tested for statistical significance.';
  cover.getCell('A8').value = 'Sep-25 figures are provisional (marked p).';

  const lower = 'Lower is better';
  const higher = 'Higher is better';

  sheet(wb, o, 'P1 Preventing Crime', 'Priority 1: Preventing crime and keeping communities safe', [
    {
      ref: 'PC1.1',
      name: 'Total recorded crime (excl. fraud)',
      pol: lower,
      target: 'No target – compare with last year',
      m: [8120, 8390, 8255, 8610, 8470, '8,102p'],
      r12: 98760,
      ly: 50110,
      chg: '-0.4%',
      avg3: 49880,
      sig: 'No',
      dot: 'Improving',
      src: 'Niche RMS',
      comment: 'Stable; seasonal rise in summer',
    },
    { name: 'North BCU', m: [2710, 2805, 2760, 2880, 2835, 2700], r12: 33010, ly: 16700, chg: '+0.5%' },
    { name: 'South BCU', m: [2450, 2530, 2480, 2590, 2540, 2440], r12: 29800, ly: 15110, chg: '-0.3%' },
    { name: 'Central BCU', m: [2960, 3055, 3015, 3140, 3095, 2962], r12: 35950, ly: 18300, chg: '-1.1%' },
    {
      ref: 'PC1.2',
      name: 'Residential burglary',
      pol: lower,
      target: null,
      m: [402, 388, 371, 365, 390, 412],
      r12: 4720,
      ly: 2540,
      chg: '-7.1%',
      avg3: 2610,
      sig: 'Yes – reduction',
      dot: '↑',
      src: 'Niche RMS',
    },
    {
      ref: 'PC1.3',
      name: 'Vehicle crime (theft of and from)',
      pol: lower,
      target: '-5%',
      m: [610, 645, 598, 660, 702, 688],
      r12: 7820,
      ly: 3790,
      chg: '+3.8%',
      avg3: 3850,
      sig: 'No',
      dot: '↓',
      src: 'Niche RMS',
      comment: 'Target: 5% reduction on 2024/25',
    },
    {
      ref: 'PC1.4',
      name: 'Violence with injury',
      pol: lower,
      target: 'Reduce',
      m: [1105, 1190, 1230, 1275, 1210, 1150],
      r12: 13840,
      ly: 6920,
      chg: '+4.3%',
      avg3: 6800,
      sig: 'Yes – increase',
      dot: '↔',
      src: 'Niche RMS',
    },
    {
      ref: 'PC1.5',
      name: 'Knife crime (possession and use)',
      pol: lower,
      target: null,
      m: [88, 92, 79, 95, 101, 84],
      r12: 1090,
      ly: 560,
      chg: '-2.0%',
      avg3: 540,
      sig: 'No',
      dot: 'Stable',
      src: 'Niche RMS',
    },
    {
      ref: 'PC1.6',
      name: 'Shoplifting offences',
      pol: lower,
      target: null,
      m: [720, 760, 745, 802, 815, 790],
      r12: 8900,
      ly: 4120,
      chg: '+12.4%',
      avg3: 3700,
      sig: 'Yes – increase',
      dot: '↓',
      src: 'Niche RMS',
      comment: 'National trend; retail crime plan in place',
    },
    {
      ref: 'PC1.7',
      name: 'ASB incidents reported',
      pol: 'Monitor only',
      target: null,
      m: [2410, 2690, 2850, 3120, 2980, 2560],
      r12: 30100,
      ly: 17800,
      chg: '-6.6%',
      avg3: 18400,
      sig: 'Yes – reduction',
      dot: 'Improving',
      src: 'STORM',
    },
    {
      ref: 'PC1.8',
      name: 'Hate crimes recorded',
      pol: 'Monitor only',
      target: 'N/A',
      m: [165, 172, 190, 201, 178, 170],
      r12: 2050,
      ly: 1010,
      chg: '+6.9%',
      avg3: 960,
      sig: 'No',
      dot: '↔',
      src: 'Niche RMS',
      comment: 'Increase in reporting is encouraged',
    },
    {
      ref: 'PC1.9',
      name: 'Drug trafficking offences (proactive)',
      pol: higher,
      target: null,
      m: [140, 152, 138, 161, 149, 155],
      r12: 1780,
      ly: 830,
      chg: '+8.1%',
      sig: 'No',
      dot: '↑',
      src: 'Niche RMS',
    },
    {
      ref: 'PC1.10',
      name: 'Stop and search – % with positive outcome',
      pol: 'Monitor only',
      target: null,
      m: [0.312, 0.298, 0.305, 0.321, 0.317, 0.309],
      fmt: '0.0%',
      r12: 0.31,
      ly: 0.29,
      src: 'Niche RMS',
    },
  ]);

  sheet(
    wb,
    o,
    'P2 Supporting Victims',
    'Priority 2: Putting victims first',
    [
      {
        ref: 'SV2.1',
        name: 'Victim satisfaction – whole experience (%)',
        pol: higher,
        target: 80,
        m: [76.2, 77.8, 75.9, 78.4, 79.1, '80.3%*'],
        r12: 77.6,
        ly: 76.0,
        chg: '+1.6pp',
        sig: 'No',
        dot: '↑',
        src: 'Victim survey (ORS)',
        comment: 'Survey lag: Sep interviews incomplete',
      },
      {
        ref: 'SV2.2',
        name: 'Victim satisfaction – kept informed (%)',
        pol: higher,
        target: 75,
        m: [68.0, 70.1, 69.5, 71.2, 70.8, 72.0],
        r12: 69.9,
        ly: 68.1,
        src: 'Victim survey (ORS)',
      },
      {
        ref: 'SV2.3',
        name: 'Repeat victims of domestic abuse (12 months)',
        pol: lower,
        target: null,
        m: [612, 598, 640, 655, 630, 618],
        r12: 7410,
        ly: 3620,
        chg: '+4.9%',
        avg3: 3550,
        sig: 'No',
        dot: '↓',
        src: 'Niche RMS',
      },
      {
        ref: 'SV2.4',
        name: 'Rape offences – charge/summons rate (%)',
        pol: higher,
        target: 10,
        m: [null, null, 7.8, null, null, 8.9],
        r12: 8.1,
        ly: 6.4,
        chg: '+2.5pp',
        sig: 'Yes – increase',
        dot: '↑',
        src: 'Home Office outcomes',
        comment: 'Quarterly figure; Operation Soteria',
      },
      {
        ref: 'SV2.5',
        name: 'Other sexual offences – charge/summons rate (%)',
        pol: higher,
        target: 12,
        m: [null, null, 11.2, null, null, 'TBC'],
        r12: 10.9,
        ly: 10.1,
        src: 'Home Office outcomes',
        comment: 'Q2 outcomes not yet finalised',
      },
      {
        ref: 'SV2.6',
        name: 'Domestic abuse arrest rate (%)',
        pol: higher,
        target: 45,
        m: [41.2, 43.0, 44.1, 46.3, 45.8, 44.9],
        r12: 43.8,
        src: 'Niche RMS',
      },
      {
        ref: 'SV2.7',
        name: 'Victims referred to Victim Care Hub',
        pol: 'Monitor only',
        target: null,
        m: [2890, 2950, 3010, 3120, 2870, 2990],
        r12: 35100,
        ly: 17200,
        src: 'Victim Care Hub CMS',
      },
      {
        ref: 'SV2.8',
        name: 'Victim Code of Practice compliance (%)',
        pol: higher,
        target: 0.9,
        m: [0.84, 0.86, 0.85, 0.88, 0.87, 0.89],
        fmt: '0%',
        src: 'VCOP audit',
        dot: '↑',
      },
    ],
    { rag: true },
  );

  sheet(
    wb,
    o,
    'P3 Responsive Policing',
    'Priority 3: A police service that responds when you need it',
    [
      {
        ref: 'RP3.1',
        name: '999 calls answered within 10 seconds (%)',
        pol: higher,
        target: 0.9,
        m: [0.912, 0.885, 0.871, 0.842, 0.866, 0.893],
        fmt: '0.0%',
        r12: 0.881,
        ly: 0.874,
        chg: '+0.7pp',
        dot: '↓',
        src: 'STORM / BT',
        comment: 'National standard 90%',
      },
      {
        ref: 'RP3.2',
        name: '101 average wait time (mm:ss)',
        pol: lower,
        target: 5 / 1440,
        m: [4.5 / 1440, 5.2 / 1440, 6.1 / 1440, 7.4 / 1440, 6.8 / 1440, 5.9 / 1440],
        fmt: 'mm:ss',
        r12: 5.8 / 1440,
        ly: 8.1 / 1440,
        dot: '↓',
        src: 'Contact centre telephony',
      },
      {
        ref: 'RP3.3',
        name: '101 call abandonment rate (%)',
        pol: lower,
        target: 0.1,
        m: [0.082, 0.094, 0.121, 0.156, 0.133, 0.108],
        fmt: '0.0%',
        r12: 0.11,
        src: 'Contact centre telephony',
      },
      {
        ref: 'RP3.4',
        name: 'Emergency (Grade 1) attended within 15 mins – urban (%)',
        pol: higher,
        target: 0.9,
        m: [0.883, 0.879, 0.892, 0.874, 0.881, 0.895],
        fmt: '0.0%',
        r12: 0.884,
        ly: 0.861,
        dot: '↔',
        src: 'STORM',
      },
      {
        ref: 'RP3.5',
        name: 'Emergency (Grade 1) attended within 20 mins – rural (%)',
        pol: higher,
        target: 0.85,
        m: [0.812, 0.826, 0.801, 0.834, 0.842, 0.851],
        fmt: '0.0%',
        r12: 0.82,
        src: 'STORM',
      },
      {
        ref: 'RP3.6',
        name: 'Grade 1 average attendance time (mm:ss)',
        pol: lower,
        target: '15:00',
        m: ['11:42', '11:55', '12:10', '12:31', '12:05', '11:48'],
        src: 'STORM',
      },
      {
        ref: 'RP3.7',
        name: 'Online reports (Single Online Home) – monitor',
        pol: 'Monitor only',
        target: null,
        m: [1650, 1710, 1690, 1820, 1750, 1800],
        src: 'SOH',
      },
    ],
    { rag: true },
  );

  sheet(wb, o, 'P4 Safer Roads', 'Priority 4: Safer roads', [
    {
      ref: 'SR4.1',
      name: 'Killed or seriously injured (KSI) road casualties',
      pol: lower,
      target: '40% reduction by 2030',
      m: [41, 38, 45, 52, 'Data not yet available', 'Data not yet available'],
      r12: 512,
      ly: 251,
      avg3: 260,
      src: 'STATS19 (DfT)',
      comment: 'Jul figure provisional; STATS19 validated 3 months in arrears',
      note: 'DfT validation due Dec-25',
    },
    {
      ref: 'SR4.2',
      name: 'Road deaths',
      pol: lower,
      target: null,
      m: [2, 3, 1, '<5', null, null],
      r12: 28,
      ly: 14,
      src: 'STATS19 (DfT)',
    },
    {
      ref: 'SR4.3',
      name: 'Drink / drug drive arrests',
      pol: higher,
      target: null,
      m: [88, 92, 101, 125, 118, 97],
      r12: 1140,
      ly: 560,
      chg: '+11.4%',
      dot: '↑',
      src: 'Niche RMS',
    },
    {
      ref: 'SR4.4',
      name: 'Speeding offences detected (community speedwatch referrals)',
      pol: 'Monitor only',
      m: [1210, 1350, 1420, 1580, 1490, 1310],
      src: 'Camera Partnership',
    },
  ]);

  sheet(wb, o, 'P5 Workforce & Standards', 'Priority 5: An effective and trusted police force', [
    {
      ref: 'WS5.1',
      name: 'Police officer headcount (FTE) vs uplift target',
      pol: higher,
      target: 3450,
      m: [3398, 3405, 3411, 3402, 3437, 3462],
      src: 'SAP HR',
      dot: '↑',
      comment: 'Uplift maintenance target 3,450 at 31 March',
    },
    {
      ref: 'WS5.2',
      name: 'PCSO headcount (FTE)',
      pol: higher,
      target: 310,
      m: [296, 294, 291, 289, 288, 286],
      src: 'SAP HR',
      dot: '↓',
    },
    {
      ref: 'WS5.3',
      name: 'Officer sickness – average working days lost (rolling 12 months)',
      pol: lower,
      target: 8.5,
      m: [9.4, 9.3, 9.1, 9.0, 8.8, 8.7],
      src: 'SAP HR',
      dot: '↑',
    },
    {
      ref: 'WS5.4',
      name: 'Staff sickness – average working days lost (rolling 12 months)',
      pol: lower,
      target: 8.5,
      m: [10.1, 10.0, 9.9, 10.2, 10.3, 10.4],
      src: 'SAP HR',
      dot: '↓',
    },
    {
      ref: 'WS5.5',
      name: 'Complaints logged within 2 working days (%)',
      pol: higher,
      target: 0.95,
      m: [0.97, 0.96, 0.98, 0.93, 0.95, 0.96],
      fmt: '0%',
      src: 'Centurion',
    },
    {
      ref: 'WS5.6',
      name: 'Complaints finalised within 12 months (%)',
      pol: higher,
      target: 0.85,
      m: [0.78, 0.8, 0.81, 0.83, 0.82, 0.86],
      fmt: '0%',
      src: 'Centurion',
      dot: '↑',
    },
    {
      ref: 'WS5.7',
      name: 'Public confidence – police do a good job (CSEW, %)',
      pol: higher,
      target: 'Top quartile MSG',
      m: [null, null, 68.2, null, null, 69.0],
      src: 'CSEW (ONS)',
      comment: 'Annual to June; MSG position 3 of 8',
    },
    {
      ref: 'WS5.8',
      name: 'Officers with student officer status (%)',
      pol: 'Monitor only',
      m: [0.21, 0.2, 0.22, 0.24, 0.23, 0.22],
      fmt: '0%',
      src: 'SAP HR',
    },
    {
      ref: 'WS5.9',
      name: 'Overtime spend (£000s) vs budget',
      pol: lower,
      target: 1200,
      m: [210, 198, 240, 260, 305, 220],
      src: 'Finance',
      comment: o.overtimeComment ?? 'Cumulative budget £1.2m for year',
    },
  ]);

  if (o.bcuSheets) {
    const names = o.bcuNames ?? ['North BCU', 'South BCU', 'Central BCU'];
    names.forEach((bcu, i) => {
      const f = BCU_SHARES[i];
      const sc = (a: number[]) => a.map((v) => Math.round(v * f));
      sheet(wb, o, bcu, o.bcuHeading?.(bcu) ?? `${bcu} – local crime picture`, [
        {
          ref: 'PC1.1',
          name: 'Total recorded crime (excl. fraud)',
          pol: lower,
          m: sc([8120, 8390, 8255, 8610, 8470, 8102]),
          src: 'Niche RMS',
        },
        {
          ref: 'PC1.2',
          name: 'Residential burglary',
          pol: lower,
          m: sc([402, 388, 371, 365, 390, 412]),
          src: 'Niche RMS',
        },
        {
          ref: 'PC1.4',
          name: 'Violence with injury',
          pol: lower,
          m: sc([1105, 1190, 1230, 1275, 1210, 1150]),
          src: 'Niche RMS',
        },
        {
          ref: 'PC1.6',
          name: 'Shoplifting offences',
          pol: lower,
          m: sc([720, 760, 745, 802, 815, 790]),
          src: 'Niche RMS',
        },
        {
          ref: 'RP3.4',
          name: 'Emergency (Grade 1) attended within 15 mins – urban (%)',
          pol: higher,
          target: 0.9,
          m: [0.87, 0.88, 0.9, 0.86, 0.89, 0.91].map((v) => v + (f - 0.33) / 10),
          fmt: '0.0%',
          src: 'STORM',
        },
      ]);
    });
  }

  // definitions sheet, as packs often carry
  const defs = wb.addWorksheet('Definitions');
  defs.getRow(1).values = ['Ref', 'Indicator', 'Definition', 'Data source', 'Frequency'];
  defs.getRow(2).values = [
    'PC1.1',
    'Total recorded crime (excl. fraud)',
    'All notifiable offences recorded under HOCR, excluding Action Fraud',
    'Niche RMS',
    'Monthly',
  ];
  defs.getRow(3).values = [
    'RP3.1',
    '999 calls answered within 10 seconds (%)',
    'BT connect to answer',
    'STORM',
    'Monthly',
  ];
  defs.getRow(4).values = [
    'SR4.1',
    'KSI road casualties',
    'STATS19 killed or seriously injured',
    'DfT',
    'Monthly, 3 months lag',
  ];

  return wb;
}

/** The grids the command line reads from the pack. */
export async function policeGrids(o: PoliceOptions = {}): Promise<SheetGrid[]> {
  return gridsOfBytes(Buffer.from(await policeWorkbook(o).xlsx.writeBuffer()), 'police.xlsx');
}

/** Variant D: a crime sheet with each quarter's column after its months, and a sheet of rolling-12-month columns. */
export async function policeQuarterColumnsGrids(): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Crime');
  ws.getCell('A1').value = 'Northshire Police – Police and Crime Plan: crime, Q2 2025/26';
  ws.getRow(3).values = [
    'Ref',
    'Indicator',
    'Polarity',
    'Target',
    'Apr-25',
    'May-25',
    'Jun-25',
    'Q1',
    'Jul-25',
    'Aug-25',
    'Sep-25',
    'Q2',
    'DOT',
  ];
  ws.getRow(4).values = [
    'PC1.1',
    'Total recorded crime',
    'Lower is better',
    null,
    8120,
    8390,
    8255,
    24765,
    8610,
    8470,
    8102,
    25182,
  ];
  ws.getRow(5).values = [
    'PC1.4',
    'Violence with injury',
    'Lower is better',
    null,
    1105,
    1190,
    1230,
    3525,
    1275,
    1210,
    1150,
    3635,
  ];
  ws.getRow(6).values = [
    'SR4.3',
    'Drink / drug drive arrests',
    'Higher is better',
    null,
    88,
    92,
    101,
    281,
    125,
    118,
    97,
    340,
  ];
  return gridsOfBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'police-quarters.xlsx');
}
