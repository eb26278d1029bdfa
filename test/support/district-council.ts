/**
 * Fresh-user check 15's workbook, rebuilt (the analyst's file was lost): a shire district's quarterly
 * Corporate Plan report (Ashdown Vale District Council, made up; Quarter 2 2025/26), as its performance
 * officer built it: a sheet per Corporate Plan priority (Homes, Economy, Environment, Resources), each under
 * the title "Ashdown Vale District Council — Corporate Plan priority: Homes", with the columns Ref | Indicator |
 * Polarity | Frequency | Q1 | Q2 | Q2 target | Annual target | RAG | DOT | % Variance | Notes; and a sheet for
 * the revenues and benefits service the council shares with its neighbour, Weald Hill Borough Council, giving
 * both councils' figures under each quarter: `Q1` merged over two columns with `Ashdown Vale | Weald Hill`
 * under it (`sharedLayout: 'merged'`), or the one-row headers `Q1 Ashdown Vale | Q1 Weald Hill | Q2 Ashdown
 * Vale | Q2 Weald Hill` (`'one-row'`). `partnerFirst` puts Weald Hill's column before Ashdown Vale's under
 * each quarter (the order the partner's officer types them).
 *
 * What the officer typed that misled (fresh user 15's findings): HO04's Q2 left blank (the re-let figure not
 * in yet); EN01 and EN02 "Reported one quarter in arrears" in their Notes; HO03 "Contextual — no target";
 * LE01's Q2 target typed (290,000) beside its Annual target.
 *
 * `districtCouncilWorkbook(options)` builds it, with `edits` made ('Sheet!E7' → value, null clears the
 * cell); `districtCouncilGrids(options)` reads it back with the command line's package reader.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridsOfBytes } from './county-council';

/** The council and its partner in the shared service. */
export const DISTRICT = 'Ashdown Vale District Council';
export const PARTNER = 'Weald Hill Borough Council';

/** The sheet names, as the officer named them. */
export const DISTRICT_SHEETS = {
  homes: 'Homes',
  economy: 'Economy',
  environment: 'Environment',
  resources: 'Resources',
  shared: 'Revs & Bens (shared)',
} as const;

/** Cells changed from the workbook as built: 'Sheet!A1' → value (null clears it). */
export type DistrictEdits = Record<string, string | number | null>;

export interface DistrictOptions {
  /** The shared-service sheet's quarter headers: merged over two rows (default) or one row of four. */
  sharedLayout?: 'merged' | 'one-row';
  /** Weald Hill's column before Ashdown Vale's under each quarter. */
  partnerFirst?: boolean;
  edits?: DistrictEdits;
}

type V = number | string | null;
interface Row {
  ref: string;
  name: string;
  pol: string;
  freq: string;
  q1: V;
  q2: V;
  q2Target: V;
  annual: V;
  note?: string;
}

const HEADERS = [
  'Ref',
  'Indicator',
  'Polarity',
  'Frequency',
  'Q1',
  'Q2',
  'Q2 target',
  'Annual target',
  'RAG',
  'DOT',
  '% Variance',
  'Notes',
];

const PRIORITIES: [sheet: string, priority: string, rows: Row[]][] = [
  [
    DISTRICT_SHEETS.homes,
    'Homes',
    [
      {
        ref: 'HO01',
        name: 'Net additional homes delivered',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 62,
        q2: 131,
        q2Target: 150,
        annual: 300,
        note: 'Cumulative year to date.',
      },
      {
        ref: 'HO02',
        name: 'Affordable homes delivered',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 18,
        q2: 41,
        q2Target: 40,
        annual: 80,
        note: 'Cumulative year to date.',
      },
      {
        ref: 'HO03',
        name: 'Households in temporary accommodation',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 64,
        q2: 71,
        q2Target: null,
        annual: null,
        note: 'Contextual — no target',
      },
      {
        ref: 'HO04',
        name: 'Average days to re-let council homes',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 24,
        q2: null,
        q2Target: 25,
        annual: 25,
      },
      {
        ref: 'HO05',
        name: 'Homelessness cases prevented or relieved',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 112,
        q2: 236,
        q2Target: 225,
        annual: 450,
        note: 'Cumulative year to date.',
      },
      {
        ref: 'HO06',
        name: 'Private sector homes improved through council intervention',
        pol: 'Higher is better',
        freq: 'Annual',
        q1: 146,
        q2: null,
        q2Target: null,
        annual: 150,
        note: '2024/25 outturn, reported at Q1.',
      },
    ],
  ],
  [
    DISTRICT_SHEETS.economy,
    'Economy',
    [
      {
        ref: 'EC01',
        name: 'Major planning applications determined within 13 weeks (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 88.2,
        q2: 92.3,
        q2Target: 90,
        annual: 90,
      },
      {
        ref: 'EC02',
        name: 'Minor planning applications determined within 8 weeks (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 79.4,
        q2: 76.1,
        q2Target: 80,
        annual: 80,
      },
      {
        ref: 'EC03',
        name: 'Town centre retail vacancy rate (%)',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 11.2,
        q2: 10.8,
        q2Target: 10,
        annual: 10,
      },
      {
        ref: 'LE01',
        name: 'Visits to council leisure centres',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 142000,
        q2: 301000,
        q2Target: 290000,
        annual: 600000,
        note: 'Cumulative year to date; the summer holidays are the busiest weeks.',
      },
    ],
  ],
  [
    DISTRICT_SHEETS.environment,
    'Environment',
    [
      {
        ref: 'EN01',
        name: 'Household waste sent for reuse, recycling and composting (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 44.1,
        q2: 46.8,
        q2Target: 48,
        annual: 48,
        note: 'Reported one quarter in arrears (WasteDataFlow).',
      },
      {
        ref: 'EN02',
        name: 'Residual household waste per household (kg)',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 98,
        q2: 201,
        q2Target: 200,
        annual: 400,
        note: 'Cumulative; reported one quarter in arrears.',
      },
      {
        ref: 'EN03',
        name: 'Missed bin collections per 100,000 collections',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 38,
        q2: 45,
        q2Target: 40,
        annual: 40,
      },
      {
        ref: 'EN04',
        name: 'Fly-tipping incidents cleared within 2 working days (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 94,
        q2: 96.5,
        q2Target: 95,
        annual: 95,
      },
    ],
  ],
  [
    DISTRICT_SHEETS.resources,
    'Resources',
    [
      {
        ref: 'RS01',
        name: 'Working days lost to sickness absence per FTE',
        pol: 'Lower is better',
        freq: 'Quarterly',
        q1: 2.1,
        q2: 4.3,
        q2Target: 4,
        annual: 8,
        note: 'Cumulative year to date.',
      },
      {
        ref: 'RS02',
        name: 'Complaints responded to within 10 working days (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 87,
        q2: 91.4,
        q2Target: 90,
        annual: 90,
      },
      {
        ref: 'RS03',
        name: 'Undisputed invoices paid within 30 days (%)',
        pol: 'Higher is better',
        freq: 'Quarterly',
        q1: 96.5,
        q2: 97.2,
        q2Target: 97,
        annual: 97,
      },
    ],
  ],
];

/** The shared service's rows: each council's Q1 and Q2. */
interface SharedRow {
  ref: string;
  name: string;
  pol: string;
  freq: string;
  av: [number, number];
  wh: [number, number];
  q2Target: number;
  annual: number;
  note?: string;
}

const SHARED: SharedRow[] = [
  {
    ref: 'RB01',
    name: 'Council tax collected in year (%)',
    pol: 'Higher is better',
    freq: 'Quarterly',
    av: [29.1, 57.3],
    wh: [28.4, 55.2],
    q2Target: 57,
    annual: 98,
    note: 'Cumulative year to date.',
  },
  {
    ref: 'RB02',
    name: 'Business rates (NNDR) collected in year (%)',
    pol: 'Higher is better',
    freq: 'Quarterly',
    av: [31, 59.8],
    wh: [30.2, 58.1],
    q2Target: 59.5,
    annual: 98.5,
    note: 'Cumulative year to date.',
  },
  {
    ref: 'RB03',
    name: 'Average days to process new Housing Benefit and Council Tax Reduction claims',
    pol: 'Lower is better',
    freq: 'Quarterly',
    av: [19.2, 18.4],
    wh: [23.5, 24.9],
    q2Target: 20,
    annual: 20,
  },
  {
    ref: 'RB04',
    name: 'Average days to process changes of circumstances',
    pol: 'Lower is better',
    freq: 'Quarterly',
    av: [7.9, 6.8],
    wh: [9.8, 10.4],
    q2Target: 8,
    annual: 8,
  },
  {
    ref: 'RB05',
    name: 'Housing Benefit overpayments recovered (%)',
    pol: 'Higher is better',
    freq: 'Quarterly',
    av: [68, 71],
    wh: [61, 59],
    q2Target: 70,
    annual: 70,
  },
];

const headFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5597' } } as const;

function styleHeader(row: ExcelJS.Row, last: number): void {
  for (let c = 1; c <= last; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = headFill;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
}

/** The district's workbook, with the options' edits made. */
export function districtCouncilWorkbook(options: DistrictOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ashdown Vale District Council, Policy and Performance';

  for (const [sheet, priority, rows] of PRIORITIES) {
    const ws = wb.addWorksheet(sheet);
    ws.getCell('A1').value = `${DISTRICT} — Corporate Plan priority: ${priority}`;
    ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = 'Quarter 2 2025/26 (July to September 2025)';
    ws.getCell('A2').font = { italic: true };
    HEADERS.forEach((h, i) => (ws.getCell(4, i + 1).value = h));
    styleHeader(ws.getRow(4), HEADERS.length);
    let r = 5;
    for (const x of rows) {
      const vals: V[] = [x.ref, x.name, x.pol, x.freq, x.q1, x.q2, x.q2Target, x.annual, null, null, null];
      vals.push(x.note ?? null);
      const row = ws.getRow(r++);
      vals.forEach((v, i) => {
        if (v !== null) row.getCell(i + 1).value = v;
      });
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    ws.columns = HEADERS.map((_, i) => ({ width: i === 1 ? 46 : i === 11 ? 40 : 12 }));
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  }

  sharedSheet(wb, options);

  for (const [at, value] of Object.entries(options.edits ?? {})) {
    const m = /^(.*)!([A-Z]+[0-9]+)$/.exec(at);
    if (!m) throw new Error(`not a cell: ${at}`);
    wb.getWorksheet(m[1])!.getCell(m[2]).value = value;
  }
  return wb;
}

/**
 * The revenues and benefits sheet: Ref | Indicator | Polarity | Frequency, then each quarter's two councils,
 * then Q2 target | Annual target | RAG | DOT | % Variance | Notes (the targets are the shared service's).
 */
function sharedSheet(wb: ExcelJS.Workbook, options: DistrictOptions): void {
  const ws = wb.addWorksheet(DISTRICT_SHEETS.shared);
  const partnerFirst = options.partnerFirst === true;
  const councils = partnerFirst ? ['Weald Hill', 'Ashdown Vale'] : ['Ashdown Vale', 'Weald Hill'];
  ws.getCell('A1').value = `Revenues and Benefits Shared Service — ${DISTRICT} and ${PARTNER}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Quarter 2 2025/26 (July to September 2025)';
  ws.getCell('A2').font = { italic: true };
  const lead = ['Ref', 'Indicator', 'Polarity', 'Frequency'];
  const tail = ['Q2 target', 'Annual target', 'RAG', 'DOT', '% Variance', 'Notes'];
  const last = lead.length + 4 + tail.length;
  let first: number;
  if (options.sharedLayout === 'one-row') {
    const quarters = ['Q1', 'Q2'].flatMap((q) => councils.map((c) => `${q} ${c}`));
    [...lead, ...quarters, ...tail].forEach((h, i) => (ws.getCell(4, i + 1).value = h));
    styleHeader(ws.getRow(4), last);
    first = 5;
  } else {
    const top = [...lead, 'Q1', null, 'Q2', null, ...tail];
    top.forEach((h, i) => {
      if (h !== null) ws.getCell(4, i + 1).value = h;
    });
    for (let c = 1; c <= last; c++) if (c < 5 || c > 8) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 6);
    ws.mergeCells(4, 7, 4, 8);
    councils.forEach((c, i) => {
      ws.getCell(5, 5 + i).value = c;
      ws.getCell(5, 7 + i).value = c;
    });
    styleHeader(ws.getRow(4), last);
    styleHeader(ws.getRow(5), last);
    first = 6;
  }
  let r = first;
  for (const x of SHARED) {
    const [a, b] = partnerFirst ? [x.wh, x.av] : [x.av, x.wh];
    const vals: V[] = [x.ref, x.name, x.pol, x.freq, a[0], b[0], a[1], b[1], x.q2Target, x.annual, null, null, null];
    vals.push(x.note ?? null);
    const row = ws.getRow(r++);
    vals.forEach((v, i) => {
      if (v !== null) row.getCell(i + 1).value = v;
    });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.columns = Array.from({ length: last }, (_, i) => ({ width: i === 1 ? 46 : i === last - 1 ? 36 : 12 }));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: first - 1 }];
}

/** The grids the command line reads from the workbook. */
export async function districtCouncilGrids(options: DistrictOptions = {}): Promise<SheetGrid[]> {
  return gridsOfBytes(Buffer.from(await districtCouncilWorkbook(options).xlsx.writeBuffer()), 'ashdown-vale.xlsx');
}
