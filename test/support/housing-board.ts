/**
 * Fresh-user check 14's workbook: a housing association's board performance report (Northvale Homes, 18,000
 * homes, Quarter 2 2025/26; /work/fresh14-housing.ts), as its performance analyst built it: a cover sheet and
 * four sheets (Customer, Homes & Safety, Money, People) each under the banner "Northvale Homes — Board
 * Performance Report, Quarter 2 2025/26"; the Tenant Satisfaction Measures as fractions shown as 0.0% with a
 * "RAG thresholds" column in words ("Green ≥ 75%, Amber 70–75%, Red < 70%"), "Q1 rolling | Q2 rolling"
 * columns; complaints per 1,000 homes with a "Target to date" column; building safety months Apr–Sep with
 * GS01, a count of gas certificates outstanding against a target of 0; income management with a "Target to
 * date" and bands in words; a budget monitoring table in £k (Budget line | Annual budget | Budget YTD |
 * Actual YTD | Variance | Variance %, the last two the analyst's formulas) under it; People with quarters.
 *
 * `housingBoardWorkbook(edits)` builds it, with cells changed as the analyst tried them ('Sheet!E7' → value,
 * null to clear: the value replaced, the cell's format kept, as /work/fresh14-edit.ts does);
 * `housingBoardGrids(edits)` reads it back with the command line's package reader. `HOUSING_MAP` is the
 * analyst's first mapping ("Q1 rolling" → Q1, "Q2 rolling" → Q2), `HOUSING_BUDGET_MAP` the one for the
 * budget table, `HOUSING_TTD_MAP` the one taking "Target to date" as the target.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridsOfBytes } from './county-council';

type Cell = string | number | null | { formula: string; result?: number };

/** The banner on every sheet, as the analyst typed it. */
export const HOUSING_BANNER = 'Northvale Homes — Board Performance Report, Quarter 2 2025/26';
const PCT1 = '0.0%';
const bold = { bold: true } as const;
const headFill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF1F4E79' },
} as const;

function header(ws: ExcelJS.Worksheet, r: number, cells: string[]): void {
  const row = ws.getRow(r);
  cells.forEach((h, i) => {
    const c = row.getCell(i + 1);
    c.value = h;
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = headFill;
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  row.height = 32;
}

/** Writes one row; pctCols are 1-based columns whose numbers are fractions shown as %. */
function put(ws: ExcelJS.Worksheet, r: number, cells: Cell[], pctCols: number[] = []): void {
  const row = ws.getRow(r);
  cells.forEach((v, i) => {
    if (v === null) return;
    const c = row.getCell(i + 1);
    c.value = v as ExcelJS.CellValue;
    if (pctCols.includes(i + 1) && typeof v === 'number') c.numFmt = PCT1;
  });
}

function title(ws: ExcelJS.Worksheet, r: number, text: string, size = 12): void {
  const c = ws.getCell(r, 1);
  c.value = text;
  c.font = { bold: true, size };
}

function quarterBand(ws: ExcelJS.Worksheet, r: number, firstMonthCol: number): void {
  ws.getCell(r, firstMonthCol).value = 'Q1';
  ws.getCell(r, firstMonthCol + 3).value = 'Q2';
  ws.mergeCells(r, firstMonthCol, r, firstMonthCol + 2);
  ws.mergeCells(r, firstMonthCol + 3, r, firstMonthCol + 5);
  ws.getCell(r, firstMonthCol).font = bold;
  ws.getCell(r, firstMonthCol + 3).font = bold;
}

/** Cells changed from the workbook as built: 'Sheet!A1' → value (null clears it; the cell's format is kept). */
export type HousingEdits = Record<string, string | number | null>;

/** The board pack, with `edits` made. */
export function housingBoardWorkbook(edits: HousingEdits = {}, banner = HOUSING_BANNER): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Northvale Homes Performance & Insight';
  // ───────────────────────────── Cover ─────────────────────────────
  {
    const ws = wb.addWorksheet('Cover');
    title(ws, 1, banner, 16);
    ws.getCell('A3').value = 'Prepared by: Performance & Insight Team';
    ws.getCell('A4').value = 'Period: 1 April 2025 to 30 September 2025';
    ws.getCell('A5').value =
      'Tenant Satisfaction Measures follow the Regulator of Social Housing definitions. Perception measures (TP01–TP12) come from our quarterly rolling survey; TP10–TP12 are annual-only.';
    ws.getCell('A6').value =
      'Comparators: HouseMark 2024/25 (g15 and 10,000–25,000 homes peer group). RAG: Green on or better than target; Amber within tolerance; Red outside tolerance.';
    ws.getColumn(1).width = 120;
  }

  // ───────────────────────────── Customer ─────────────────────────────
  {
    const ws = wb.addWorksheet('Customer');
    title(ws, 1, banner, 14);
    title(ws, 2, 'Customer');
    title(ws, 3, 'Tenant Satisfaction Measures – tenant perception (rolling survey, 2025/26)');
    header(ws, 4, [
      'TSM code',
      'Measure',
      'Good is',
      '2024/25 outturn',
      'Target 2025/26',
      'Q1 rolling',
      'Q2 rolling',
      'Reporting basis',
      'HouseMark median 2024/25',
      'HouseMark upper quartile 2024/25',
      'HouseMark quartile',
      'RAG thresholds',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const pc = [4, 5, 6, 7, 9, 10];
    const tp: Cell[][] = [
      [
        'TP01',
        'Proportion of respondents who report that they are satisfied with the overall service from their landlord',
        'Higher',
        0.712,
        0.75,
        0.721,
        0.708,
        'Q2 rolling',
        0.711,
        0.772,
        'Lower median',
        'Green ≥ 75%, Amber 70–75%, Red < 70%',
        null,
        null,
        'Dip driven by repairs backlog in the East patch.',
      ],
      [
        'TP02',
        'Satisfaction with repairs',
        'Higher',
        0.748,
        0.78,
        0.752,
        0.771,
        'Q2 rolling',
        0.742,
        0.801,
        'Upper median',
        'Green ≥ 78%, Amber 74–78%, Red < 74%',
        null,
        null,
        '',
      ],
      [
        'TP03',
        'Satisfaction with time taken to complete most recent repair',
        'Higher',
        0.701,
        0.72,
        0.69,
        0.705,
        'Q2 rolling',
        0.689,
        0.752,
        'Upper median',
        'Green ≥ 72%, Amber 68–72%, Red < 68%',
        null,
        null,
        '',
      ],
      [
        'TP04',
        'Satisfaction that the home is well maintained',
        'Higher',
        0.724,
        0.75,
        0.73,
        0.741,
        'Q2 rolling',
        0.718,
        0.779,
        'Upper median',
        'Green ≥ 75%, Amber 71–75%, Red < 71%',
        null,
        null,
        '',
      ],
      [
        'TP05',
        'Satisfaction that the home is safe',
        'Higher',
        0.781,
        0.8,
        0.79,
        0.802,
        'Q2 rolling',
        0.773,
        0.826,
        'Upper median',
        'Green ≥ 80%, Amber 76–80%, Red < 76%',
        null,
        null,
        '',
      ],
      [
        'TP06',
        'Satisfaction that the landlord listens to tenant views and acts upon them',
        'Higher',
        0.598,
        0.65,
        0.61,
        0.62,
        'Q2 rolling',
        0.612,
        0.683,
        'Lower median',
        'Green ≥ 65%, Amber 60–65%, Red < 60%',
        null,
        null,
        'Tenant voice action plan agreed at Customer Committee in July.',
      ],
      [
        'TP07',
        'Satisfaction that the landlord keeps tenants informed about things that matter to them',
        'Higher',
        0.702,
        0.72,
        0.7,
        0.715,
        'Q2 rolling',
        0.708,
        0.761,
        'Upper median',
        'Green ≥ 72%, Amber 68–72%, Red < 68%',
        null,
        null,
        '',
      ],
      [
        'TP08',
        'Agreement that the landlord treats tenants fairly and with respect',
        'Higher',
        0.778,
        0.8,
        0.781,
        0.79,
        'Q2 rolling',
        0.771,
        0.823,
        'Upper median',
        'Green ≥ 80%, Amber 76–80%, Red < 76%',
        null,
        null,
        '',
      ],
      [
        'TP09',
        "Satisfaction with the landlord's approach to handling complaints",
        'Higher',
        0.341,
        0.4,
        0.35,
        0.338,
        'Q2 rolling',
        0.352,
        0.421,
        'Lower quartile',
        'Green ≥ 40%, Amber 35–40%, Red < 35%',
        null,
        null,
        'Small base (n=118).',
      ],
      [
        'TP10',
        'Satisfaction that the landlord keeps communal areas clean and well maintained',
        'Higher',
        0.655,
        0.68,
        0.662,
        0.671,
        'Q2 rolling',
        0.648,
        0.712,
        'Upper median',
        'Green ≥ 68%, Amber 64–68%, Red < 64%',
        null,
        null,
        '',
      ],
      [
        'TP11',
        'Satisfaction that the landlord makes a positive contribution to neighbourhoods',
        'Higher',
        0.612,
        0.65,
        '-',
        '-',
        'Annual (reported at Q4)',
        0.631,
        0.694,
        'Lower median',
        'Green ≥ 65%, Amber 60–65%, Red < 60%',
        null,
        null,
        'Annual survey question: 2024/25 figure shown until the Q4 survey.',
      ],
      [
        'TP12',
        "Satisfaction with the landlord's approach to handling anti-social behaviour",
        'Higher',
        0.553,
        0.6,
        '-',
        '-',
        'Annual (reported at Q4)',
        0.571,
        0.638,
        'Lower median',
        'Green ≥ 60%, Amber 55–60%, Red < 55%',
        null,
        null,
        'Annual survey question: 2024/25 figure shown until the Q4 survey.',
      ],
    ];
    tp.forEach((r, i) => put(ws, 5 + i, r, pc));

    title(ws, 19, 'Complaints and anti-social behaviour (per 1,000 homes, year to date)');
    header(ws, 20, [
      'TSM code',
      'Measure',
      'Good is',
      '2024/25 outturn',
      'Target 2025/26',
      'Target to date',
      'Q1',
      'Q2',
      'HouseMark median 2024/25',
      'Tolerance',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const ch: Cell[][] = [
      [
        'CH01 (1)',
        'Number of stage one complaints received per 1,000 homes',
        'Lower',
        38.2,
        36,
        18,
        9.4,
        19.6,
        42.1,
        '10%',
        null,
        null,
        'Cumulative year to date. 353 stage 1 complaints to 30 Sept.',
      ],
      [
        'CH01 (2)',
        'Number of stage two complaints received per 1,000 homes',
        'Lower',
        5.1,
        5,
        2.5,
        1.1,
        2.2,
        6.3,
        '10%',
        null,
        null,
        'Cumulative year to date.',
      ],
      [
        'CH02 (1)',
        'Proportion of stage one complaints responded to within the Complaint Handling Code timescales',
        'Higher',
        0.88,
        0.95,
        0.95,
        0.91,
        0.936,
        0.86,
        '2%',
        null,
        null,
        '',
      ],
      [
        'CH02 (2)',
        'Proportion of stage two complaints responded to within the Complaint Handling Code timescales',
        'Higher',
        0.82,
        0.95,
        0.95,
        0.875,
        1,
        0.83,
        '2%',
        null,
        null,
        '8 of 8 stage 2 responses in time.',
      ],
      [
        'NM01 (1)',
        'Number of anti-social behaviour cases opened per 1,000 homes',
        'Monitor only',
        31.5,
        null,
        null,
        7.9,
        16.4,
        34.8,
        null,
        null,
        null,
        'Cumulative year to date. Contextual: no target set.',
      ],
      [
        'NM01 (2)',
        'Number of anti-social behaviour cases that involve hate incidents opened per 1,000 homes',
        'Monitor only',
        0.6,
        null,
        null,
        0.1,
        0.3,
        0.7,
        null,
        null,
        null,
        'Cumulative year to date.',
      ],
    ];
    ch.forEach((r, i) => put(ws, 21 + i, r, []));
    for (let r = 23; r <= 24; r++) for (const c of [4, 5, 6, 7, 8, 9]) ws.getCell(r, c).numFmt = PCT1;

    ws.getColumn(2).width = 60;
    ws.getColumn(12).width = 36;
    ws.getColumn(15).width = 40;
  }

  // ───────────────────────────── Homes & Safety ─────────────────────────────
  {
    const ws = wb.addWorksheet('Homes & Safety');
    title(ws, 1, banner, 14);
    title(ws, 2, 'Building safety (BS01–BS05): compliance must be 100%');
    quarterBand(ws, 3, 6);
    header(ws, 4, [
      'TSM code',
      'Measure',
      'Good is',
      'Target 2025/26',
      'Tolerance',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'HouseMark median 2024/25',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const pc = [4, 6, 7, 8, 9, 10, 11, 12];
    const bs: Cell[][] = [
      [
        'BS01',
        'Proportion of homes for which all required gas safety checks have been carried out',
        'Higher',
        1,
        0,
        1,
        1,
        0.999,
        1,
        0.998,
        0.996,
        0.999,
        null,
        null,
        '9 homes without a valid LGSR at 30 Sept: 6 no-access cases with legal action under way.',
      ],
      [
        'BS02',
        'Proportion of buildings for which all required fire risk assessments have been carried out',
        'Higher',
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        null,
        null,
        '',
      ],
      [
        'BS03',
        'Proportion of buildings for which all required asbestos management surveys or re-inspections have been carried out',
        'Higher',
        1,
        null,
        1,
        1,
        0.999,
        0.999,
        0.998,
        0.998,
        1,
        null,
        null,
        '3 re-inspections overdue (contractor capacity).',
      ],
      [
        'BS04',
        'Proportion of buildings for which all required legionella risk assessments have been carried out',
        'Higher',
        1,
        '0%',
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        null,
        null,
        '',
      ],
      [
        'BS05',
        'Proportion of buildings for which all required communal passenger lift safety checks have been carried out',
        'Higher',
        '100%',
        '0%',
        100,
        100,
        100,
        100,
        98.5,
        98.5,
        100,
        null,
        null,
        '1 of 67 lifts: engineer access refused by commercial tenant.',
      ],
      [
        'GS01',
        'Gas safety certificates outstanding (number of homes without a valid certificate)',
        'Lower',
        0,
        0,
        0,
        2,
        0,
        1,
        4,
        3,
        null,
        null,
        null,
        'Target is zero. All cases in no-access procedure.',
      ],
    ];
    bs.forEach((r, i) =>
      put(
        ws,
        5 + i,
        r,
        pc.filter((c) => c !== 4 || i < 4),
      ),
    );
    // BS05 is typed in whole percentages (analyst copied from the lift contractor's report); GS01 is a count
    for (const c of [6, 7, 8, 9, 10, 11, 12]) {
      ws.getCell(9, c).numFmt = 'General';
      ws.getCell(10, c).numFmt = 'General';
    }

    title(ws, 13, 'Repairs, voids and Decent Homes');
    quarterBand(ws, 14, 6);
    header(ws, 15, [
      'Ref',
      'Measure',
      'Good is',
      'Target 2025/26',
      'Tolerance',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'HouseMark median 2024/25',
      'HouseMark upper quartile 2024/25',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const rp: Cell[][] = [
      [
        'RP01',
        'Proportion of homes that do not meet the Decent Homes Standard (%)',
        'Lower',
        0.5,
        null,
        0.9,
        0.85,
        0.8,
        0.78,
        0.74,
        0.71,
        1.2,
        0.3,
        null,
        null,
        'Figures are % of stock (0.71 = 0.71%, 128 homes). Kitchen & bathroom programme on track to reach 0.5% by March.',
      ],
      [
        'RP02 (1)',
        'Proportion of non-emergency responsive repairs completed within the landlord’s target timescale',
        'Higher',
        0.92,
        '2%',
        0.905,
        0.912,
        0.897,
        0.889,
        0.901,
        0.915,
        0.853,
        0.902,
        null,
        null,
        '',
      ],
      [
        'RP02 (2)',
        'Proportion of emergency responsive repairs completed within the landlord’s target timescale',
        'Higher',
        0.98,
        '1%',
        0.972,
        0.975,
        0.979,
        0.983,
        0.977,
        0.981,
        0.95,
        0.978,
        null,
        null,
        '',
      ],
      [
        'REP03',
        'Emergency repairs attended within 24 hours (%)',
        'Higher',
        0.99,
        '1pp',
        0.985,
        0.991,
        0.988,
        0.976,
        0.972,
        0.968,
        0.97,
        0.988,
        null,
        null,
        'Out-of-hours contractor change in July.',
      ],
      [
        'VOI01',
        'Average re-let time in days – general needs (standard voids)',
        'Lower',
        28,
        '3 days',
        31,
        29,
        33,
        30,
        27,
        34,
        35.2,
        26.4,
        null,
        null,
        'Month figures. 14 major voids excluded per HouseMark definition.',
      ],
      [
        'VOI02',
        'Average re-let time in days – supported housing',
        'Lower',
        42,
        '5 days',
        55,
        48,
        61,
        44,
        40,
        39,
        52.1,
        38,
        null,
        null,
        'Month figures.',
      ],
    ];
    rp.forEach((r, i) => put(ws, 16 + i, r, i === 0 || i >= 4 ? [] : [4, 6, 7, 8, 9, 10, 11, 12, 13]));
    ws.getColumn(2).width = 60;
    ws.getColumn(16).width = 40;
    ws.getColumn(15).width = 40;
  }

  // ───────────────────────────── Money ─────────────────────────────
  {
    const ws = wb.addWorksheet('Money');
    title(ws, 1, banner, 14);
    title(ws, 2, 'Income management');
    quarterBand(ws, 3, 7);
    header(ws, 4, [
      'Ref',
      'Indicator',
      'Good is',
      'Target 2025/26',
      'Target to date',
      'RAG thresholds',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'HouseMark median 2024/25',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const inc: Cell[][] = [
      [
        'FIN01',
        'Current tenant rent arrears as % of rent due',
        'Lower',
        2.8,
        2.8,
        'Green ≤ 2.8%, Amber 2.81–3.2%, Red > 3.2%',
        2.9,
        3.1,
        3.0,
        3.3,
        3.4,
        3.1,
        3.05,
        null,
        null,
        'Universal Credit migration in West patch.',
      ],
      [
        'FIN02',
        'Void rent loss (% of rent roll)',
        'Lower',
        1.5,
        1.5,
        'G: <=1.5; A: 1.51-1.8; R: >1.8',
        1.9,
        1.8,
        1.7,
        1.65,
        1.6,
        1.55,
        1.72,
        null,
        null,
        'Falling for the fourth month running.',
      ],
      [
        'FIN03',
        'Rent collected as % of rent due (year to date, excluding arrears brought forward)',
        'Higher',
        99.5,
        98.8,
        'Green ≥ target to date, Amber within 1 point, Red more than 1 point below',
        96.1,
        97.4,
        98.2,
        98.6,
        98.9,
        99.1,
        99.2,
        null,
        null,
        'Year to date. Target to date is profiled for the seasonal pattern.',
      ],
    ];
    inc.forEach((r, i) => put(ws, 5 + i, r, []));

    title(ws, 10, 'Budget monitoring (£k), year to date to 30 September 2025');
    header(ws, 11, [
      'Budget line',
      'Annual budget £k',
      'Budget YTD £k',
      'Actual YTD £k',
      'Variance £k',
      'Variance %',
      'RAG',
      'Comments',
    ]);
    const fin: [string, number, number, number, string][] = [
      ['Rental income', 48200, 24100, 23850, 'Adverse: void loss and arrears.'],
      ['Service charge income', 6400, 3200, 3215, ''],
      ['Responsive repairs', 9800, 4900, 5420, 'Overspend: damp & mould cases up 40%.'],
      ['Planned maintenance', 14500, 7250, 6100, 'Underspend is slippage on the kitchen programme, not a saving.'],
      ['Management costs', 11200, 5600, 5540, ''],
      ['Operating surplus', 10400, 5200, 4610, 'Adverse £590k: repairs overspend and income shortfall.'],
    ];
    fin.forEach(([n, a, b, c, note], i) => {
      const r = 12 + i;
      put(ws, r, [
        n,
        a,
        b,
        c,
        { formula: `D${r}-C${r}`, result: c - b } as Cell,
        { formula: `E${r}/C${r}`, result: (c - b) / b } as Cell,
        null,
        note,
      ]);
      for (const col of [2, 3, 4, 5]) ws.getCell(r, col).numFmt = '#,##0';
      ws.getCell(r, 6).numFmt = PCT1;
    });
    // the analyst's own RAGs for the budget lines (±2% of budget to date)
    ['Amber', 'Green', 'Red', 'Red', 'Green', 'Red'].forEach((s, i) => (ws.getCell(12 + i, 7).value = s));
    ws.getColumn(2).width = 50;
    ws.getColumn(6).width = 30;
    ws.getColumn(16).width = 40;
  }

  // ───────────────────────────── People ─────────────────────────────
  {
    const ws = wb.addWorksheet('People');
    title(ws, 1, banner, 14);
    title(ws, 2, 'People');
    header(ws, 3, [
      'Ref',
      'KPI',
      'Good is',
      'Target 2025/26',
      'Target to date',
      'Q1',
      'Q2',
      'HouseMark median 2024/25',
      'HouseMark upper quartile 2024/25',
      'RAG',
      'DOT',
      'Comments',
    ]);
    const hr: Cell[][] = [
      [
        'HR01',
        'Staff turnover (rolling 12 months, %)',
        'Lower',
        12,
        12,
        13.1,
        14.2,
        13.5,
        10.2,
        null,
        null,
        'Rolling 12 months. Leavers concentrated in repairs trades.',
      ],
      [
        'HR02',
        'Average working days lost to sickness per FTE (rolling 12 months)',
        'Lower',
        8,
        8,
        9.1,
        8.6,
        9.4,
        7.1,
        null,
        null,
        'Rolling 12 months.',
      ],
      ['HR03', 'Mandatory training compliance (%)', 'Higher', 0.95, 0.95, 0.91, 0.934, null, null, null, null, ''],
      [
        'HR04',
        'Voluntary leavers within first year of employment (number)',
        'Lower',
        10,
        5,
        3,
        7,
        null,
        null,
        null,
        null,
        'Cumulative year to date.',
      ],
    ];
    hr.forEach((r, i) => put(ws, 4 + i, r, i === 2 ? [4, 5, 6, 7] : []));
    ws.getColumn(2).width = 55;
    ws.getColumn(12).width = 40;
  }
  for (const [at, value] of Object.entries(edits)) {
    const m = /^(.+)!([A-Z]+\d+)$/.exec(at)!;
    wb.getWorksheet(m[1])!.getCell(m[2]).value = value;
  }
  return wb;
}

/** The grids the command line reads from the pack, with `edits` made. */
export async function housingBoardGrids(edits: HousingEdits = {}, banner = HOUSING_BANNER): Promise<SheetGrid[]> {
  return gridsOfBytes(Buffer.from(await housingBoardWorkbook(edits, banner).xlsx.writeBuffer()), 'housing.xlsx');
}

/** The analyst's first mapping: the rolling survey's quarters (/work/fresh14-map1.json). */
export const HOUSING_MAP = { columns: { 'Q1 rolling': 'Q1', 'Q2 rolling': 'Q2' } };

/** The mapping for the budget monitoring table on 'Money' (/work/fresh14-map2.json). */
export const HOUSING_BUDGET_MAP = {
  columns: { 'Q1 rolling': 'Q1', 'Q2 rolling': 'Q2' },
  sheets: {
    Money: {
      headerRow: 11,
      columns: {
        'Budget line': 'name',
        'Annual budget £k': 'ignore',
        'Budget YTD £k': 'target',
        'Actual YTD £k': 'actual',
        'Variance £k': 'ignore',
        'Variance %': 'ignore',
        RAG: 'status',
        Comments: 'ignore',
      },
    },
  },
};

/** "Target to date" mapped as the target, the annual target ignored (/work/fresh14-map-ttd.json). */
export const HOUSING_TTD_MAP = {
  columns: { 'Q1 rolling': 'Q1', 'Q2 rolling': 'Q2', 'Target to date': 'target', 'Target 2025/26': 'ignore' },
};
