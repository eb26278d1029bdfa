/**
 * Fresh-user check 8's workbook: an English county council's quarterly performance workbook (Kentshire
 * County Council 2025/26, /work/fresh8-council.ts), as the corporate performance lead built it and lived a
 * year with it: five directorate sheets, each under a report title, with one or two tables each under a
 * merged title row; a two-row header (Quarter 1 … 4 merged over Apr-25 … Mar-26); "Good is", "Frequency",
 * "2024/25 Outturn", "2025/26 Target", a YTD formula, a hidden helper column, typed DOT, "CIPFA NN Quartile",
 * "Comments"; ONE blank row between two tables on a sheet; district breakdown rows; footnotes.
 *
 * `countyWorkbook(upto)` types the months Apr … `upto`; `typeMonths(wb, from, to)` types more into a
 * scored workbook, as the analyst does each quarter. Read back by the command line's package reader
 * (`countyGrids`), so a test sees the grids the command saw.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';

export const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
export const DISTRICTS = [
  'Ashford',
  'Canterbury',
  'Dartford',
  'Dover',
  'Folkestone & Hythe',
  'Gravesham',
  'Maidstone',
  'Sevenoaks',
  'Swale',
  'Thanet',
  'Tonbridge & Malling',
  'Tunbridge Wells',
];

type Fmt = 'pct' | 'pctwhole' | 'num1' | 'int' | 'gbp' | 'rate';
export interface Ind {
  ref: string;
  name: string;
  pol: 'High' | 'Low';
  freq: 'Monthly' | 'Quarterly' | 'Annual';
  fmt: Fmt;
  prev: number | string | null;
  target: number | string | null;
  data: (number | string | null)[]; // 12 months, quarter-end months for quarterly, one month for annual
  ytd?: 'SUM' | 'AVERAGE';
  dot?: string;
  quart?: string;
  comment?: string;
  district?: boolean;
}
interface Table {
  title: string;
  rows: Ind[];
}
interface SheetDef {
  name: string;
  heading: string;
  source: string;
  tables: Table[];
  footnotes: string[];
}

const numFmt: Record<Fmt, string> = {
  pct: '0.0%',
  pctwhole: '0.0',
  num1: '0.0',
  int: '#,##0',
  gbp: '"£"#,##0',
  rate: '#,##0.0',
};

const q = (a: number | null, b: number | null, c: number | null, d: number | null) => [
  null,
  null,
  a,
  null,
  null,
  b,
  null,
  null,
  c,
  null,
  null,
  d,
];
const ann = (m: number, v: number) => {
  const a: (number | null)[] = Array(12).fill(null);
  a[m] = v;
  return a;
};

// district helper: county row data plus 12 district rows with small offsets
function districtRows(base: Ind, offsets: number[]): Ind[] {
  return DISTRICTS.map((d, i) => ({
    ...base,
    ref: '',
    name: '    ' + d,
    district: true,
    dot: undefined,
    quart: undefined,
    comment: undefined,
    prev: typeof base.prev === 'number' ? +(base.prev + offsets[i] * 0.8).toFixed(3) : base.prev,
    data: base.data.map((v, m) => (typeof v === 'number' ? +(v + offsets[i] * (1 + (m % 3) * 0.1)).toFixed(3) : v)),
  }));
}

const recycling: Ind = {
  ref: 'GE10',
  name: '% of household waste sent for reuse, recycling and composting',
  pol: 'High',
  freq: 'Monthly',
  fmt: 'pct',
  prev: 0.452,
  target: 0.47,
  data: [0.468, 0.481, 0.476, 0.462, 0.455, 0.449, 0.441, 0.42, 0.395, 0.401, 0.412, 0.438],
  ytd: 'AVERAGE',
  dot: '↑',
  quart: '2nd quartile',
  comment: 'Garden waste tonnage seasonal',
};
const ehcp: Ind = {
  ref: 'CS07',
  name: '% of new EHC plans issued within 20 weeks (excl. exceptions)',
  pol: 'High',
  freq: 'Monthly',
  fmt: 'pctwhole',
  prev: 41.2,
  target: 60,
  data: [38.5, 44.0, 47.9, 52.3, 49.0, 55.1, 57.2, 58.8, 60.4, 61.0, 59.5, 63.2],
  ytd: 'AVERAGE',
  quart: 'Bottom quartile',
  comment: 'Recovery plan agreed with DfE',
};

export const COUNTY_SHEETS: SheetDef[] = [
  {
    name: 'Adults',
    heading: 'Adult Social Care & Health',
    source: 'Source: Mosaic, SALT return, ASCOF. Figures provisional until year-end validation.',
    tables: [
      {
        title: 'Adult Social Care',
        rows: [
          {
            ref: 'ASC01',
            name: 'Proportion of adults with a learning disability in paid employment',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.052,
            target: 0.055,
            data: [0.051, 0.053, 0.056, 0.057, 0.055, 0.058, 0.059, 0.06, 0.058, 0.061, 0.062, 0.063],
            ytd: 'AVERAGE',
            quart: '3rd quartile',
          },
          {
            ref: 'ASC02',
            name: 'Permanent admissions to residential & nursing care homes, aged 65+, per 100,000 population',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'rate',
            prev: 589.4,
            target: 560,
            data: [47.1, 95.8, 141.0, 188.2, 236.9, 282.5, 330.1, 377.4, 425.0, 473.2, 519.8, 566.3],
            quart: '3rd quartile',
            comment: 'Cumulative - annual target 560',
          },
          {
            ref: 'ASC03',
            name: 'Number of people in receipt of long-term support',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'int',
            prev: 16420,
            target: null,
            data: [16388, 16450, 16502, 16530, 16610, 16598, 16655, 16702, 16750, 16801, 16790, 16840],
            comment: 'Contextual - no target',
          },
          {
            ref: 'ASC04',
            name: 'Average weekly cost of a residential placement (65+)',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'gbp',
            prev: 1012,
            target: 1050,
            data: [1031, 1044, 1049, 1058, 1062, 1071, 1075, 1080, 1082, 1090, 1093, 1099],
            ytd: 'AVERAGE',
          },
          {
            ref: 'ASC05',
            name: '% of Section 42 safeguarding enquiries where desired outcomes were fully or partially met',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 93.1,
            target: 95,
            data: [94.2, 95.8, 96.1, 93.0, 94.7, 95.2, 96.0, 96.4, 95.9, 96.8, 97.1, 96.5],
            ytd: 'AVERAGE',
            quart: 'Top quartile',
          },
          {
            ref: 'ASC06',
            name: 'Proportion of older people (65+) still at home 91 days after discharge into reablement',
            pol: 'High',
            freq: 'Quarterly',
            fmt: 'pct',
            prev: 0.821,
            target: 0.83,
            data: q(0.815, 0.838, 0.842, 0.85),
            quart: '2nd quartile',
          },
          {
            ref: 'ASC07',
            name: 'Care Act assessments completed within 28 days (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 71,
            target: 75,
            data: [72, 70, 68, 73, 76, 78, 79, 80, 77, 81, 82, 83],
            ytd: 'AVERAGE',
            dot: 'Worse',
          },
          {
            ref: 'ASC08',
            name: 'Number of people waiting for a Care Act assessment',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'int',
            prev: 1240,
            target: 1000,
            data: [1198, 1150, 1102, 1080, 1010, 985, 960, 990, 1020, 940, 900, 870],
          },
          {
            ref: 'ASC09',
            name: 'Overall satisfaction of people who use services (ASCS)',
            pol: 'High',
            freq: 'Annual',
            fmt: 'pct',
            prev: 0.612,
            target: 0.62,
            data: ann(8, 0.634),
            quart: '2nd quartile',
            comment: 'Annual survey - reported Q3',
          },
        ],
      },
    ],
    footnotes: [
      'Note 1: ASC02 is cumulative year to date; the target is the year-end figure.',
      'Note 2: Quartiles are against CIPFA nearest neighbours (2023/24 ASCOF).',
    ],
  },
  {
    name: "Children's",
    heading: 'Children, Young People & Education',
    source: 'Source: Liquidlogic, Synergy, DfE returns.',
    tables: [
      {
        title: "Children's Social Care",
        rows: [
          {
            ref: 'CS01',
            name: 'Rate of children in care per 10,000 under-18s',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'rate',
            prev: 52.3,
            target: 50,
            data: [52.8, 53.1, 52.6, 52.0, 51.7, 51.2, 50.9, 50.5, 50.1, 49.8, 49.9, 49.5],
            quart: '2nd quartile',
          },
          {
            ref: 'CS02',
            name: "% of re-referrals to children's social care within 12 months",
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.224,
            target: 0.2,
            data: [0.21, 0.198, 0.205, 0.215, 0.19, 0.185, 0.192, 0.188, 0.18, 0.184, 0.179, 0.176],
            ytd: 'AVERAGE',
            quart: 'Bottom quartile',
            dot: '↓',
          },
          {
            ref: 'CS03',
            name: '% of single assessments completed within 45 working days',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 86.5,
            target: 90,
            data: [88.1, 90.3, 91.7, 87.0, 85.2, 89.9, 90.5, 92.0, 91.1, 93.4, 92.8, 94.0],
            ytd: 'AVERAGE',
            quart: 'Top quartile',
          },
          {
            ref: 'CS04',
            name: 'Number of children subject to a child protection plan',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'int',
            prev: 1320,
            target: 'n/a',
            data: [1298, 1310, 1335, 1342, 1360, 1371, 1380, 1366, 1350, 1344, 1331, 1322],
            comment: 'Contextual',
          },
          {
            ref: 'CS05',
            name: 'Average cost of an independent fostering agency placement per week',
            pol: 'Low',
            freq: 'Quarterly',
            fmt: 'gbp',
            prev: 1105,
            target: 1100,
            data: q(1120, 1135, 1128, 1140),
          },
          {
            ref: 'CS06',
            name: 'Care leavers aged 19-21 in education, employment or training (%)',
            pol: 'High',
            freq: 'Quarterly',
            fmt: 'pctwhole',
            prev: 58,
            target: 60,
            data: q(59, 62, 61, 64),
            quart: '3rd Quartile',
          },
        ],
      },
      {
        title: 'Education & SEND (district breakdown shown for EHCP timeliness)',
        rows: [
          ehcp,
          ...districtRows(ehcp, [-5, 3, 8, -12, 1, 6, -2, 10, -8, -15, 4, 12]),
          {
            ref: 'CS08',
            name: '% of pupils in good or outstanding schools',
            pol: 'High',
            freq: 'Annual',
            fmt: 'pct',
            prev: 0.912,
            target: 0.92,
            data: ann(5, 0.918),
            quart: 'Top quartile',
            comment: 'Ofsted outcomes at 31 Aug',
          },
          {
            ref: 'CS09',
            name: 'Persistent absence - all pupils (%)',
            pol: 'Low',
            freq: 'Quarterly',
            fmt: 'pctwhole',
            prev: 19.4,
            target: 17.5,
            data: q(18.2, null, 17.1, 16.8),
            comment: 'No Q2 figure - summer holiday',
          },
        ],
      },
    ],
    footnotes: [
      "* CS07 district figures are by the district of the child's home address.",
      'Quartile: CIPFA nearest neighbours, latest published year.',
    ],
  },
  {
    name: 'Public Health',
    heading: 'Public Health',
    source: 'Source: OHID Fingertips, local provider returns. Reported one quarter in arrears where stated.',
    tables: [
      {
        title: 'Public Health',
        rows: [
          {
            ref: 'PH01',
            name: 'NHS Health Checks received by eligible population (cumulative %)',
            pol: 'High',
            freq: 'Quarterly',
            fmt: 'pct',
            prev: 0.071,
            target: 0.08,
            data: q(0.019, 0.041, 0.06, 0.081),
            quart: '3rd quartile',
          },
          {
            ref: 'PH02',
            name: 'Smoking quitters per 100,000 smokers',
            pol: 'High',
            freq: 'Quarterly',
            fmt: 'rate',
            prev: 2210,
            target: 2300,
            data: q(548.3, 1120.6, 1690.2, 2290.0),
            quart: 'Top quartile',
            comment: 'Cumulative',
          },
          {
            ref: 'PH03',
            name: 'Successful completion of drug treatment - opiate users (%)',
            pol: 'High',
            freq: 'Quarterly',
            fmt: 'pctwhole',
            prev: 5.1,
            target: 6,
            data: q(5.4, 5.9, 6.2, 6.4),
            quart: '2nd quartile',
          },
          {
            ref: 'PH04',
            name: 'Under-18 conception rate per 1,000 females aged 15-17',
            pol: 'Low',
            freq: 'Annual',
            fmt: 'num1',
            prev: 13.4,
            target: 13,
            data: ann(11, 12.8),
            quart: '2nd quartile',
            comment: 'Annual - ONS release Mar',
          },
          {
            ref: 'PH05',
            name: 'Sexual health: % of new STI attendances offered an HIV test',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.874,
            target: 0.9,
            data: [0.881, 0.894, 0.902, 0.91, 0.899, 0.905, 0.912, 0.918, 0.907, 0.921, 0.925, 0.93],
            ytd: 'AVERAGE',
            quart: '2nd',
          },
          {
            ref: 'PH06',
            name: 'Health visitor new birth visits within 14 days (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 89.3,
            target: 90,
            data: [88.0, 91.2, 90.1, 87.5, 86.0, 89.8, 90.4, 91.0, 92.2, 91.5, 92.0, 93.1],
            ytd: 'AVERAGE',
            quart: 'Top Quartile',
            dot: 'Improving',
          },
        ],
      },
    ],
    footnotes: ['PH01, PH02 are cumulative within the year.'],
  },
  {
    name: 'Growth & Environment',
    heading: 'Growth, Environment & Transport',
    source: 'Source: Symology (highways), WasteDataFlow, district collection returns.',
    tables: [
      {
        title: 'Highways & Transport',
        rows: [
          {
            ref: 'GE01',
            name: '% of Category 1 (emergency) defects made safe within 2 hours',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.962,
            target: 0.98,
            data: [0.975, 0.983, 0.991, 0.978, 0.965, 0.982, 0.987, 0.992, 0.96, 0.971, 0.979, 0.988],
            ytd: 'AVERAGE',
            dot: '↑',
            quart: 'Top quartile',
          },
          {
            ref: 'GE02',
            name: 'Number of potholes repaired',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'int',
            prev: 58210,
            target: 4500,
            data: [4820, 5110, 4390, 4010, 3850, 4420, 4980, 5600, 6120, 7450, 6890, 5520],
            ytd: 'SUM',
            dot: '↔',
            comment: 'Monthly target 4,500',
          },
          {
            ref: 'GE03',
            name: 'Streetlight faults repaired within 28 calendar days (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 90,
            target: 90,
            data: [91, 93, 89, 94, 92, 95, 90, 88, 86, 92, 93, 94],
            ytd: 'AVERAGE',
            dot: 'Same',
          },
          {
            ref: 'GE04',
            name: 'Highways customer enquiries responded to within 28 days (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.81,
            target: 0.85,
            data: [0.79, 0.8, 0.78, 0.83, 0.86, 0.87, 0.84, 0.83, 0.88, 0.89, 0.9, 0.91],
            ytd: 'AVERAGE',
            dot: 'Declining',
            quart: 'Bottom quartile',
          },
          {
            ref: 'GE05',
            name: 'Killed or seriously injured (KSI) road casualties',
            pol: 'Low',
            freq: 'Quarterly',
            fmt: 'int',
            prev: 742,
            target: 175,
            data: q(168, 192, 180, 170),
            dot: '↓',
            comment: 'Quarterly target 175; provisional (STATS19)',
          },
        ],
      },
      {
        title: 'Waste (county figure, then the 12 collection authorities)',
        rows: [
          recycling,
          ...districtRows(recycling, [0.04, -0.02, -0.06, 0.01, 0.03, -0.08, 0.05, 0.07, -0.04, -0.09, 0.06, 0.02]),
          {
            ref: 'GE11',
            name: 'Residual household waste per household (kg)',
            pol: 'Low',
            freq: 'Quarterly',
            fmt: 'num1',
            prev: 512.4,
            target: 125,
            data: q(122.3, 128.9, 131.4, 119.8),
            dot: '↑',
            quart: '2nd quartile',
            comment: 'Quarterly figure',
          },
          {
            ref: 'GE12',
            name: '% of municipal waste sent to landfill',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.012,
            target: 0.01,
            data: [0.008, 0.011, 0.009, 0.013, 0.007, 0.006, 0.01, 0.012, 0.009, 0.008, 0.007, 0.006],
            ytd: 'AVERAGE',
            dot: 'Better',
          },
          {
            ref: 'GE13',
            name: 'Fly-tipping incidents cleared (county land)',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'int',
            prev: 3120,
            target: 0,
            data: [241, 265, 280, 302, 290, 255, 249, 230, 205, 219, 240, 262],
            ytd: 'SUM',
            comment: 'Target: reduce',
          },
        ],
      },
    ],
    footnotes: [
      'GE10 district figures exclude rejected loads.',
      'DOT is entered by the service; arrows compare with the previous quarter.',
    ],
  },
  {
    name: 'Resources',
    heading: "Chief Executive's & Deputy Chief Executive's (Resources)",
    source: 'Source: Oracle Fusion, iTrent, Respond.',
    tables: [
      {
        title: 'Corporate health',
        rows: [
          {
            ref: 'RES01',
            name: 'Average working days lost to sickness per FTE (rolling 12 months)',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'num1',
            prev: 9.4,
            target: 8.5,
            data: [9.3, 9.2, 9.0, 8.9, 8.95, 8.7, 8.6, 8.8, 9.0, 9.1, 8.9, 8.6],
            quart: '3rd quartile',
          },
          {
            ref: 'RES02',
            name: '% of undisputed invoices paid within 30 days',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 95.1,
            target: 96,
            data: [95.5, 96.8, 97.2, 96.0, 94.9, 96.4, 97.0, 97.3, 96.1, 97.5, 97.8, 98.0],
            ytd: 'AVERAGE',
          },
          {
            ref: 'RES03',
            name: 'Agency staff spend (£000s)',
            pol: 'Low',
            freq: 'Monthly',
            fmt: 'gbp',
            prev: 14820,
            target: 1100,
            data: [1180, 1145, 1090, 1120, 1060, 1015, 990, 1010, 1045, 970, 940, 925],
            ytd: 'SUM',
            comment: 'Monthly budget £1.1m',
          },
          {
            ref: 'RES04',
            name: 'FOI/EIR requests responded to within 20 working days (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pct',
            prev: 0.88,
            target: 0.9,
            data: [0.86, 0.912, 0.9, 0.88, 0.93, 0.92, 0.91, 0.89, 0.94, 0.95, 0.93, 0.96],
            ytd: 'AVERAGE',
            quart: '2nd quartile',
          },
          {
            ref: 'RES05',
            name: 'Complaints responded to within timescale (%)',
            pol: 'High',
            freq: 'Monthly',
            fmt: 'pctwhole',
            prev: 78,
            target: 85,
            data: [80, 'System outage', 83, 84, 86, 87, 85, 88, 87, 89, 90, 91],
            ytd: 'AVERAGE',
          },
          {
            ref: 'RES06',
            name: 'Council tax base growth (Band D equivalents, %)',
            pol: 'High',
            freq: 'Annual',
            fmt: 'pct',
            prev: 0.012,
            target: 0.011,
            data: ann(9, 0.0105),
            comment: 'Set at tax-base in Jan',
          },
        ],
      },
    ],
    footnotes: ['RES03: monthly budget £1.1m; YTD is the total spend.'],
  },
];

// columns: A Ref, B Indicator, C Good is, D Frequency, E 2024/25 outturn, F 2025/26 Target, G..R months, S YTD,
// T hidden helper, U DOT, V Quartile, W Comments
export const COL = {
  ref: 1,
  name: 2,
  pol: 3,
  freq: 4,
  prev: 5,
  target: 6,
  m0: 7,
  ytd: 19,
  helper: 20,
  dot: 21,
  quart: 22,
  comment: 23,
};
const colL = (c: number) => String.fromCharCode(64 + c);

function ytdFormula(ind: Ind, r: number): ExcelJS.CellFormulaValue | null {
  if (!ind.ytd) return null;
  return { formula: `IFERROR(${ind.ytd}(${colL(COL.m0)}${r}:${colL(COL.m0 + 11)}${r}),"")`, result: undefined as any };
}

export function cached(ws: ExcelJS.Worksheet, r: number) {
  // recompute the cached result of the YTD formula as Excel would on save
  const c = ws.getCell(r, COL.ytd);
  const v = c.value as any;
  if (!v || typeof v !== 'object' || !('formula' in v)) return;
  const nums: number[] = [];
  for (let m = 0; m < 12; m++) {
    const x = ws.getCell(r, COL.m0 + m).value;
    if (typeof x === 'number') nums.push(x);
  }
  const isSum = String(v.formula).includes('SUM(');
  const res =
    nums.length === 0
      ? isSum
        ? 0
        : ''
      : isSum
        ? nums.reduce((a, b) => a + b, 0)
        : nums.reduce((a, b) => a + b, 0) / nums.length;
  c.value = { formula: v.formula, result: res } as any;
}

/** The workbook with months 1 … `uptoMonth` typed (3: Q1). */
export function countyWorkbook(uptoMonth: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Corporate Performance Team';
  const cover = wb.addWorksheet('Contents');
  cover.getCell('A1').value = 'Kentshire County Council';
  cover.getCell('A2').value = 'Quarterly Performance Report 2025/26';
  cover.getCell('A1').font = { bold: true, size: 16 };
  cover.getCell('A4').value = 'Sheet';
  cover.getCell('B4').value = 'Directorate';
  COUNTY_SHEETS.forEach((s, i) => {
    cover.getCell(5 + i, 1).value = s.name;
    cover.getCell(5 + i, 2).value = s.heading;
  });
  cover.getCell('A12').value =
    'Key: Good is High/Low = polarity. DOT typed by services in some sheets. RAG per corporate tolerance (5%).';
  cover.getColumn(1).width = 24;
  cover.getColumn(2).width = 60;

  for (const s of COUNTY_SHEETS) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }] });
    ws.getColumn(COL.name).width = 58;
    ws.getColumn(COL.comment).width = 36;
    ws.getColumn(COL.helper).hidden = true;
    for (let c = COL.m0; c < COL.m0 + 12; c++) ws.getColumn(c).width = 8;
    ws.mergeCells(1, 1, 1, COL.comment);
    ws.getCell(1, 1).value = 'Kentshire County Council - Quarterly Performance Report 2025/26';
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.mergeCells(2, 1, 2, COL.comment);
    ws.getCell(2, 1).value = s.heading;
    ws.getCell(2, 1).font = { bold: true, size: 12 };
    ws.getCell(3, 1).value = s.source;
    ws.getCell(3, 1).font = { italic: true, size: 9 };
    let r = 5;
    for (const t of s.tables) {
      // table title
      ws.mergeCells(r, 1, r, COL.comment);
      ws.getCell(r, 1).value = t.title;
      ws.getCell(r, 1).font = { bold: true, color: { argb: 'FFFFFFFF' } };
      ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
      r++;
      // two-row header: quarter groups merged over months
      const h1 = r,
        h2 = r + 1;
      const heads: [number, string][] = [
        [COL.ref, 'Ref'],
        [COL.name, 'Indicator'],
        [COL.pol, 'Good is'],
        [COL.freq, 'Frequency'],
        [COL.prev, '2024/25 Outturn'],
        [COL.target, '2025/26 Target'],
        [COL.ytd, 'YTD'],
        [COL.helper, 'Key'],
        [COL.dot, 'DOT'],
        [COL.quart, 'CIPFA NN Quartile'],
        [COL.comment, 'Comments'],
      ];
      for (const [c, h] of heads) {
        ws.mergeCells(h1, c, h2, c);
        ws.getCell(h1, c).value = h;
      }
      for (let qn = 0; qn < 4; qn++) {
        ws.mergeCells(h1, COL.m0 + qn * 3, h1, COL.m0 + qn * 3 + 2);
        ws.getCell(h1, COL.m0 + qn * 3).value = `Quarter ${qn + 1}`;
      }
      MONTHS.forEach((m, i) => {
        ws.getCell(h2, COL.m0 + i).value = `${m}-${i < 9 ? 25 : 26}`;
      });
      for (const rr of [h1, h2])
        for (let c = 1; c <= COL.comment; c++) {
          const cell = ws.getCell(rr, c);
          cell.font = { bold: true };
          cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
          cell.border = { bottom: { style: 'thin' } };
        }
      r += 2;
      for (const ind of t.rows) {
        ws.getCell(r, COL.ref).value = ind.ref || null;
        ws.getCell(r, COL.name).value = ind.name;
        if (ind.district) ws.getCell(r, COL.name).font = { italic: true, size: 9 };
        if (!ind.district) {
          ws.getCell(r, COL.pol).value = ind.pol;
          ws.getCell(r, COL.freq).value = ind.freq;
          ws.getCell(r, COL.target).value = ind.target as any;
        }
        ws.getCell(r, COL.prev).value = ind.prev as any;
        for (let m = 0; m < uptoMonth; m++) {
          const v = ind.data[m];
          if (v !== null && v !== undefined) ws.getCell(r, COL.m0 + m).value = v;
        }
        const f = ytdFormula(ind, r);
        if (f) ws.getCell(r, COL.ytd).value = f;
        cached(ws, r);
        ws.getCell(r, COL.helper).value = {
          formula: `A${r}&"|"&C${r}`,
          result: `${ind.ref}|${ind.district ? '' : ind.pol}`,
        } as any;
        if (ind.dot) ws.getCell(r, COL.dot).value = ind.dot;
        if (ind.quart) ws.getCell(r, COL.quart).value = ind.quart;
        if (ind.comment) ws.getCell(r, COL.comment).value = ind.comment;
        const nf = numFmt[ind.fmt];
        for (const c of [COL.prev, COL.target, COL.ytd, ...Array.from({ length: 12 }, (_, i) => COL.m0 + i)])
          ws.getCell(r, c).numFmt = nf;
        ws.getCell(r, COL.name).alignment = { wrapText: true };
        r++;
      }
      r++; // blank row between tables
    }
    for (const fn of s.footnotes) {
      ws.getCell(r, 1).value = fn;
      ws.getCell(r, 1).font = { italic: true, size: 9 };
      r++;
    }
  }
  return wb;
}

/** Types months `from` … `to` (1 = Apr) into each indicator's row, found by its name, as the analyst does. */
export function typeMonths(wb: ExcelJS.Workbook, from: number, to: number): void {
  for (const s of COUNTY_SHEETS) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    ws.eachRow((row, r) => {
      const name = String(row.getCell(COL.name).value ?? '');
      for (const t of s.tables)
        for (const ind of t.rows)
          if (ind.name === name) {
            for (let m = from - 1; m < to; m++) {
              const v = ind.data[m];
              if (v !== null && v !== undefined) ws.getCell(r, COL.m0 + m).value = v;
            }
            cached(ws, r);
          }
    });
  }
}

/** The row (1-based) of the indicator `ref` on `sheet`. */
export function countyRowOf(wb: ExcelJS.Workbook, sheet: string, ref: string): number {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, COL.ref).value === ref) return r;
  throw new Error(`${ref} not on ${sheet}`);
}

/** The workbook's bytes. */
export async function countyBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The grids the command line reads from these bytes (its package reader). */
export function gridsOfBytes(bytes: Buffer, name = 'county.xlsx'): SheetGrid[] {
  const pkg = readPackage(bytes, name);
  return pkg.sheets.map((s) =>
    gridOf(s, readSheet(entryText(pkg.byName.get(s.part)!), pkg.sharedStrings, pkg.date1904), pkg.styles, pkg.date1904),
  );
}

/** The grids of the workbook with months 1 … `uptoMonth` typed. */
export async function countyGrids(uptoMonth: number): Promise<SheetGrid[]> {
  return gridsOfBytes(await countyBytes(countyWorkbook(uptoMonth)));
}

/** The county workbook at Q2 with cells changed as the analyst might have typed them, read as grids. */
export async function countyQ2With(change: (wb: ExcelJS.Workbook) => void): Promise<SheetGrid[]> {
  const wb = countyWorkbook(6);
  change(wb);
  return gridsOfBytes(await countyBytes(wb));
}
