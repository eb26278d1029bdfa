/**
 * Fresh-user check 7's workbook: a Scottish council's quarterly performance workbook, 2025/26, Quarter 2
 * (Fife-style, LGBF codes), as the analyst built it (/work/fresh7-council.ts): a Contents sheet and six
 * service sheets, 41 indicators — monthly sheets (Ref | Indicator | Polarity | Unit | 2024/25 | Apr…Mar as
 * dates | Target 2025/26 | Rank (of 32) | Family Group (of 8) | Scotland Avg | Status | Comments) and
 * quarterly ones (Ref | Measure | Good is | 2023/24 | 2024/25 | Q1 (Apr-Jun) … | Annual target | LGBF rank |
 * Family group position | Scotland | Quartile | Note), with annual LGBF measures that have no 2025/26
 * figure at all ("Annual LGBF" in Comments).
 *
 * `scottishCouncilWorkbook(edit)` builds it with ExcelJS; `edit` changes cells as the analyst did in the
 * second round (a whole-number target typed into a percentage cell, say) by sheet, ref and column header.
 */
import ExcelJS from 'exceljs';

/** One cell the analyst changed: the row of `ref` on `sheet`, the column headed `header`. */
export interface CouncilEdit {
  sheet: string;
  ref: string;
  header: string;
  value: ExcelJS.CellValue;
  numFmt?: string;
}

/** The analyst's workbook, with `edits` applied, as ExcelJS holds it. */
export function scottishCouncilWorkbook(edits: CouncilEdit[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2025-10-20T09:00:00Z');
  const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
  const monthDates = MONTHS.map((_, i) => new Date(Date.UTC(i < 9 ? 2025 : 2026, (i + 3) % 12, 1)));

  type V = number | string | null;
  interface Row {
    ref: string;
    name: string;
    polarity: string; // as typed by the analyst
    unit: string;
    prev: V; // 2024/25 outturn
    months?: V[]; // 12 monthly values (Apr..Mar)
    quarters?: V[]; // Q1..Q4 values
    target: V;
    rank?: V; // LGBF rank of 32 (2023/24)
    family?: V; // family group position of 8
    scot?: V; // Scotland average
    comment?: string;
    fmt?: string;
  }

  const title = (ws: ExcelJS.Worksheet, t: string, sub: string, lastCol: number) => {
    ws.getCell(1, 1).value = 'Fife Council — Performance Report 2025/26';
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = t;
    ws.getCell(2, 1).font = { bold: true, size: 12 };
    ws.getCell(3, 1).value = sub;
    ws.getCell(3, 1).font = { italic: true };
    ws.mergeCells(1, 1, 1, lastCol);
    ws.mergeCells(2, 1, 2, lastCol);
    ws.mergeCells(3, 1, 3, lastCol);
  };

  const headFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  const headFont = { bold: true, color: { argb: 'FFFFFFFF' } };

  // Monthly sheet layout:
  // A Ref | B Indicator | C Polarity | D Unit | E 2024/25 | F..Q Apr..Mar | R Target 2025/26 | S Rank /32 | T Family grp | U Scotland avg | V Status | W Comments
  function monthlySheet(name: string, service: string, rows: Row[], footnotes: string[]) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }] });
    const last = 23;
    title(ws, service, 'Quarter 2: April – September 2025. Figures are monthly unless stated. p = provisional.', last);
    // merged group headers row 5
    const groups: [number, number, string][] = [
      [1, 4, 'Indicator'],
      [5, 5, 'Last year'],
      [6, 17, '2025/26 monthly actuals'],
      [18, 18, 'Target'],
      [19, 21, 'LGBF 2023/24'],
      [22, 23, 'Assessment'],
    ];
    for (const [a, b, t] of groups) {
      if (b > a) ws.mergeCells(5, a, 5, b);
      const c = ws.getCell(5, a);
      c.value = t;
      c.alignment = { horizontal: 'center' };
    }
    const heads: (string | Date)[] = [
      'Ref',
      'Indicator',
      'Polarity',
      'Unit',
      '2024/25',
      ...monthDates,
      'Target 2025/26',
      'Rank (of 32)',
      'Family Group (of 8)',
      'Scotland Avg',
      'Status',
      'Comments',
    ];
    heads.forEach((h, i) => {
      const c = ws.getCell(6, i + 1);
      c.value = h;
      if (h instanceof Date) c.numFmt = 'mmm-yy';
    });
    for (const r of [5, 6])
      ws.getRow(r).eachCell({ includeEmpty: true }, (c) => {
        c.fill = headFill;
        c.font = headFont;
      });
    rows.forEach((r, i) => {
      const rr = 7 + i;
      const vals: V[] = [
        r.ref,
        r.name,
        r.polarity,
        r.unit,
        r.prev,
        ...(r.months ?? Array(12).fill(null)),
        r.target,
        r.rank ?? null,
        r.family ?? null,
        r.scot ?? null,
        null,
        r.comment ?? null,
      ];
      vals.forEach((v, j) => {
        const c = ws.getCell(rr, j + 1);
        c.value = v as ExcelJS.CellValue;
        if (r.fmt && typeof v === 'number' && (j === 4 || (j >= 5 && j <= 17) || j === 20)) c.numFmt = r.fmt;
      });
    });
    const fr = 7 + rows.length + 1;
    footnotes.forEach((f, i) => {
      ws.getCell(fr + i, 1).value = f;
      ws.getCell(fr + i, 1).font = { italic: true, size: 9 };
    });
    ws.getColumn(2).width = 55;
    return ws;
  }

  // Quarterly sheet layout: A Ref | B Measure | C Good is | D 2023/24 | E 2024/25 | F Q1 | G Q2 | H Q3 | I Q4 | J Annual target | K LGBF rank | L Family group | M Scotland | N Quartile | O Note
  function quarterlySheet(name: string, service: string, rows: Row[], footnotes: string[]) {
    const ws = wb.addWorksheet(name);
    const last = 15;
    title(
      ws,
      service,
      'Quarterly and annual measures. Annual LGBF measures show the latest published year (2023/24).',
      last,
    );
    const groups: [number, number, string][] = [
      [1, 3, 'Measure'],
      [4, 5, 'Previous years'],
      [6, 9, '2025/26'],
      [10, 10, ''],
      [11, 14, 'Benchmarking (LGBF)'],
      [15, 15, ''],
    ];
    for (const [a, b, t] of groups) {
      if (b > a) ws.mergeCells(5, a, 5, b);
      ws.getCell(5, a).value = t;
    }
    const heads = [
      'Ref',
      'Measure',
      'Good is',
      '2023/24',
      '2024/25',
      'Q1 (Apr-Jun)',
      'Q2 (Jul-Sep)',
      'Q3 (Oct-Dec)',
      'Q4 (Jan-Mar)',
      'Annual target',
      'LGBF rank',
      'Family group position',
      'Scotland',
      'Quartile',
      'Note',
    ];
    heads.forEach((h, i) => {
      ws.getCell(6, i + 1).value = h;
    });
    for (const r of [5, 6])
      ws.getRow(r).eachCell({ includeEmpty: true }, (c) => {
        c.fill = headFill;
        c.font = headFont;
      });
    rows.forEach((r, i) => {
      const rr = 7 + i;
      const q = r.quarters ?? [null, null, null, null];
      const quart =
        typeof r.rank === 'number' ? (r.rank <= 8 ? 'Q1' : r.rank <= 16 ? 'Q2' : r.rank <= 24 ? 'Q3' : 'Q4') : null;
      const vals: V[] = [
        r.ref,
        r.name,
        r.polarity,
        (r as any).y2324 ?? null,
        r.prev,
        ...q,
        r.target,
        r.rank ?? null,
        r.family ?? null,
        r.scot ?? null,
        quart,
        r.comment ?? null,
      ];
      vals.forEach((v, j) => {
        const c = ws.getCell(rr, j + 1);
        c.value = v as ExcelJS.CellValue;
        if (r.fmt && typeof v === 'number' && j >= 3 && j <= 12 && j !== 10 && j !== 11) c.numFmt = r.fmt;
      });
    });
    const fr = 7 + rows.length + 1;
    footnotes.forEach((f, i) => {
      ws.getCell(fr + i, 1).value = f;
    });
    ws.getColumn(2).width = 60;
    return ws;
  }

  const n = null;
  const pad = (a: V[]) => [...a, ...Array(12 - a.length).fill(null)];

  // ---------- Cover / notes sheet ----------
  const cover = wb.addWorksheet('Contents');
  cover.getCell('A1').value = 'Fife Council Performance Indicator Workbook 2025/26';
  cover.getCell('A1').font = { bold: true, size: 16 };
  cover.getCell('A3').value = 'Owner: Performance & Improvement Team, Fife House';
  cover.getCell('A4').value = 'Reporting period: Quarter 2 (to 30 September 2025)';
  cover.getCell('A6').value = 'Sheet';
  cover.getCell('B6').value = 'Service';
  [
    ['Children & Families', "Education & Children's Services"],
    ['Corporate', 'Finance & Corporate Services'],
    ['Housing & Building', 'Housing Services'],
    ['Environment', 'Environment & Building Services'],
    ['Economic Development', 'Enterprise & Environment'],
    ['HSCP', 'Fife Health & Social Care Partnership'],
  ].forEach(([a, b], i) => {
    cover.getCell(7 + i, 1).value = a;
    cover.getCell(7 + i, 2).value = b;
  });
  cover.getCell('A15').value =
    'RAG: Green = on or better than target; Amber = within 5% of target; Red = more than 5% adrift.';
  cover.getCell('A16').value = 'LGBF quartiles: 1st = rank 1-8, 2nd = 9-16, 3rd = 17-24, 4th = 25-32.';

  // ---------- Children & Families (monthly + annual LGBF) ----------
  monthlySheet(
    'Children & Families',
    "Education & Children's Services",
    [
      {
        ref: 'CF01',
        name: 'Primary school attendance (%)',
        polarity: 'High is good',
        unit: '%',
        prev: 0.931,
        months: pad([0.952, 0.948, 0.944, n, 0.951, 0.936]),
        target: 0.94,
        fmt: '0.0%',
        comment: 'No data in July (school holidays)',
      },
      {
        ref: 'CF02',
        name: 'Secondary school attendance (%)',
        polarity: 'High is good',
        unit: '%',
        prev: 88.4,
        months: pad([89.1, 88.0, 86.2, 'n/a', 87.9, 87.5]),
        target: 90,
        comment: 'Whole number % from SEEMIS',
      },
      {
        ref: 'CF03',
        name: 'Number of looked after children',
        polarity: 'n/a',
        unit: 'No.',
        prev: 812,
        months: pad([805, 801, 799, 796, 790, 788]),
        target: 'n/a',
        comment: 'Context measure - no target',
      },
      {
        ref: 'CF04',
        name: 'Child protection re-registrations within 18 months (%)',
        polarity: 'Low is good',
        unit: '%',
        prev: 6.1,
        months: pad([n, n, 5.2, n, n, 7.8]),
        target: 5,
        comment: 'Reported quarterly',
      },
      {
        ref: 'CHN1',
        name: 'Cost per primary school pupil (£)',
        polarity: 'Low is good',
        unit: '£',
        prev: 7123,
        months: pad([]),
        target: 7250,
        rank: 14,
        family: 4,
        scot: 7450,
        fmt: '£#,##0',
        comment: 'Annual LGBF; 2024/25 not yet published',
      },
      {
        ref: 'CHN4',
        name: '% pupils gaining 5+ awards at level 5',
        polarity: 'High is good',
        unit: '%',
        prev: 0.62,
        months: pad([]),
        target: 0.65,
        rank: 19,
        family: 6,
        scot: 0.67,
        fmt: '0%',
        comment: 'Annual (SQA results Aug)',
      },
      {
        ref: 'CHN11',
        name: 'Proportion of pupils entering positive destinations',
        polarity: 'High is good',
        unit: '%',
        prev: 95.1,
        months: pad([]),
        target: 95.5,
        rank: 21,
        family: '5th',
        scot: 95.9,
        comment: 'Annual - Feb publication',
      },
      {
        ref: 'C&L1',
        name: 'Cost per attendance at sports facilities (£)',
        polarity: 'Low is good',
        unit: '£',
        prev: 2.85,
        months: pad([2.71, 2.64, 2.9, 3.05, 3.12, '2.77p']),
        target: 2.8,
        rank: 9,
        family: 2,
        scot: 3.01,
        fmt: '£0.00',
        comment: 'Sept provisional (Fife Sports & Leisure Trust)',
      },
    ],
    [
      'p = provisional figure, subject to revision.',
      'Source: SEEMIS; LGBF 2023/24 (published Feb 2025).',
      '* July attendance not collected during summer holidays.',
    ],
  );

  // ---------- Corporate ----------
  monthlySheet(
    'Corporate',
    'Finance & Corporate Services',
    [
      {
        ref: 'CORP6a',
        name: 'Sickness absence days per teacher',
        polarity: 'Lower is better',
        unit: 'Days',
        prev: 6.9,
        months: pad([0.41, 0.52, 0.61, 0.22, 0.18, 0.66]),
        target: 0.55,
        rank: 20,
        family: 5,
        scot: 6.8,
        comment: 'Monthly days lost per FTE; target is monthly',
      },
      {
        ref: 'CORP6b',
        name: 'Sickness absence days per employee (non-teacher)',
        polarity: 'Lower is better',
        unit: 'Days',
        prev: 13.2,
        months: pad([1.1, 1.05, 1.0, 1.12, 1.2, 1.09]),
        target: 1,
        rank: 27,
        family: 7,
        scot: 12.6,
      },
      {
        ref: 'CORP7',
        name: 'Council tax collected within year (%) - cumulative',
        polarity: 'Higher is better',
        unit: '%',
        prev: 0.955,
        months: pad([0.112, 0.201, 0.293, 0.385, 0.476, 0.565]),
        target: 0.957,
        rank: 18,
        family: 4,
        scot: 0.962,
        fmt: '0.0%',
        comment: 'Cumulative to date; annual target',
      },
      {
        ref: 'CORP8',
        name: 'Invoices paid within 30 days (%)',
        polarity: 'Higher is better',
        unit: '%',
        prev: 91.8,
        months: pad([92.5, 93.1, 90.2, 94.0, 95.2, 96.1]),
        target: 92,
        rank: 11,
        family: 3,
        scot: 92.4,
      },
      {
        ref: 'CORP4',
        name: 'Cost of collecting council tax per dwelling (£)',
        polarity: 'Lower is better',
        unit: '£',
        prev: 6.12,
        months: pad([]),
        target: 6,
        rank: 12,
        family: 3,
        scot: 5.89,
        fmt: '£0.00',
        comment: 'Annual LGBF',
      },
      {
        ref: 'CS01',
        name: 'FOI requests responded to within 20 working days',
        polarity: 'Higher is better',
        unit: '%',
        prev: 0.88,
        months: pad([0.91, 0.87, 0.83, 0.9, 0.92, n]),
        target: 0.9,
        fmt: '0%',
        comment: 'Sept figure not yet available from Information Governance',
      },
    ],
    [
      'Note: sickness absence targets are monthly (annual target / 12).',
      'Council tax collection is cumulative; quarter-end figure compared with annual target.',
    ],
  );

  // ---------- Housing & Building (quarterly + annual) ----------
  quarterlySheet(
    'Housing & Building',
    'Housing Services',
    [
      {
        ref: 'HSN1b',
        name: 'Gross rent arrears as % of rent due',
        polarity: 'Low',
        unit: '%',
        prev: 9.4,
        y2324: 9.9,
        quarters: [9.1, 9.6, n, n],
        target: 9,
        rank: 23,
        family: 6,
        scot: 9.6,
        comment: 'Q2 increase due to UC migration',
      } as any,
      {
        ref: 'HSN2',
        name: '% rent lost due to voids',
        polarity: 'Low',
        unit: '%',
        prev: 0.012,
        y2324: 0.014,
        quarters: [0.0105, 0.0098, n, n],
        target: 0.01,
        rank: 10,
        family: 2,
        scot: 0.0141,
        fmt: '0.00%',
      } as any,
      {
        ref: 'HSN4b',
        name: 'Average days to complete non-emergency repairs',
        polarity: 'Low',
        unit: 'Days',
        prev: 9.8,
        y2324: 10.5,
        quarters: [8.7, 9.3, n, n],
        target: 9,
        rank: 15,
        family: 4,
        scot: 9.1,
      } as any,
      {
        ref: 'HSN3',
        name: '% council dwellings meeting SHQS',
        polarity: 'High',
        unit: '%',
        prev: 0.873,
        y2324: 0.862,
        quarters: [n, n, n, n],
        target: 0.9,
        rank: 26,
        family: 7,
        scot: 0.88,
        fmt: '0.0%',
        comment: 'Annual (ARC return)',
      } as any,
      {
        ref: 'HSN5',
        name: '% council dwellings energy efficient',
        polarity: 'High',
        unit: '%',
        prev: 86.1,
        y2324: 85.0,
        quarters: ['n/a', 'n/a', n, n],
        target: 88,
        rank: 7,
        family: 1,
        scot: 84.2,
        comment: 'Annual - EESSH measure under review',
      } as any,
      {
        ref: 'HB01',
        name: 'Affordable homes completed (cumulative)',
        polarity: 'High',
        unit: 'No.',
        prev: 512,
        y2324: 480,
        quarters: [88, 201, n, n],
        target: 500,
        comment: 'Annual target 500; cumulative',
      } as any,
      {
        ref: 'HB02',
        name: 'Homeless cases - average days in temporary accommodation',
        polarity: 'Low',
        unit: 'Days',
        prev: 301,
        y2324: 288,
        quarters: [315, '322 (provisional)', n, n],
        target: 280,
        comment: 'Q2 provisional',
      } as any,
    ],
    [
      'Rank and family group position are 2023/24 LGBF (published February 2025). Family group: Housing - FG2 (Fife, Clackmannanshire, Dumfries & Galloway, Falkirk, Highland, Moray, Scottish Borders, South Ayrshire).',
      'Quartile based on rank: Q1 = 1-8 (best).',
    ],
  );

  // ---------- Environment (monthly) ----------
  monthlySheet(
    'Environment',
    'Environment & Building Services',
    [
      {
        ref: 'ENV2a',
        name: 'Net cost of waste collection per premises (£)',
        polarity: 'Low is good',
        unit: '£',
        prev: 71.5,
        months: pad([]),
        target: 70,
        rank: 16,
        family: 4,
        scot: 73.2,
        fmt: '£0.00',
        comment: 'Annual LGBF',
      },
      {
        ref: 'ENV6',
        name: '% of total household waste recycled',
        polarity: 'High is good',
        unit: '%',
        prev: 0.51,
        months: pad([0.534, 0.561, 0.552, 0.548, 0.556, 0.529]),
        target: 0.55,
        rank: 6,
        family: 1,
        scot: 0.436,
        fmt: '0.0%',
      },
      {
        ref: 'ENV7a',
        name: '% adults satisfied with refuse collection',
        polarity: 'High is good',
        unit: '%',
        prev: 79.7,
        months: pad([]),
        target: 80,
        rank: 8,
        family: 2,
        scot: 76.3,
        comment: 'Scottish Household Survey 3-year rolled',
      },
      {
        ref: 'ENV3c',
        name: 'Street cleanliness score',
        polarity: 'High is good',
        unit: 'Score',
        prev: 91.2,
        months: pad([n, n, 92.0, n, n, 89.7]),
        target: 92,
        rank: 17,
        family: 5,
        scot: 90.3,
        comment: 'LEAMS survey quarterly',
      },
      {
        ref: 'EN01',
        name: 'Missed bins per 100,000 collections',
        polarity: 'Low is good',
        unit: 'Rate',
        prev: 48,
        months: pad([42, 45, 51, 60, 58, 55]),
        target: 50,
      },
      {
        ref: 'EN02',
        name: 'Fly-tipping incidents cleared within 5 working days (%)',
        polarity: 'High is good',
        unit: '%',
        prev: 93,
        months: pad([96, 97, 95, 100, 98, 99]),
        target: 95,
      },
      {
        ref: 'EN03',
        name: 'Road condition index: % of roads to be considered for maintenance',
        polarity: 'Low is good',
        unit: '%',
        prev: 35.2,
        months: pad([]),
        target: 'TBC',
        rank: 22,
        family: 6,
        scot: 31.6,
        comment: 'Target to be set by committee',
      },
    ],
    ['Recycling figures for Aug & Sept are provisional (SEPA WasteDataFlow).'],
  );

  // ---------- Economic Development (quarterly) ----------
  quarterlySheet(
    'Economic Development',
    'Enterprise & Environment',
    [
      {
        ref: 'ECON1',
        name: '% unemployed people assisted into work from council funded employability programmes',
        polarity: 'High',
        unit: '%',
        prev: 14.2,
        y2324: 13.1,
        quarters: [3.1, 6.8, n, n],
        target: 15,
        rank: 9,
        family: 3,
        scot: 12.8,
        comment: 'Cumulative in year; annual target',
      } as any,
      {
        ref: 'ECON2',
        name: 'Cost of planning and building standards per planning application (£)',
        polarity: 'Low',
        unit: '£',
        prev: 5210,
        y2324: 4980,
        quarters: [n, n, n, n],
        target: 5000,
        rank: 13,
        family: 4,
        scot: 5455,
        fmt: '£#,##0',
      } as any,
      {
        ref: 'ECON3',
        name: 'Average time per business and industry planning application (weeks)',
        polarity: 'Low',
        unit: 'Weeks',
        prev: 9.6,
        y2324: 10.4,
        quarters: [8.2, 11.9, n, n],
        target: 9,
        rank: 17,
        family: 5,
        scot: 10.9,
      } as any,
      {
        ref: 'ECON4',
        name: '% of procurement spent on local enterprises',
        polarity: 'High',
        unit: '%',
        prev: 0.271,
        y2324: 0.265,
        quarters: [0.284, 0.266, n, n],
        target: 0.28,
        rank: 25,
        family: 8,
        scot: 0.296,
        fmt: '0.0%',
      } as any,
      {
        ref: 'ECON5',
        name: 'No. of business gateway start-ups per 10,000 population',
        polarity: 'High',
        unit: 'Rate',
        prev: 16.2,
        y2324: 15.4,
        quarters: [4.1, 8.0, n, n],
        target: 4,
        rank: 14,
        family: 3,
        scot: 16.4,
        comment: 'Quarterly target 4 per 10k (annual 16)',
      } as any,
      {
        ref: 'ECON7',
        name: 'Proportion of people earning less than the real living wage',
        polarity: 'Low',
        unit: '%',
        prev: 0.103,
        y2324: 0.117,
        quarters: [n, n, n, n],
        target: 0.1,
        rank: 'n/a',
        family: 'n/a',
        scot: 0.101,
        fmt: '0.0%',
        comment: 'Annual ASHE',
      } as any,
    ],
    ['LGBF 2023/24 ranks. Family group: Economic Development FG3.'],
  );

  // ---------- HSCP (monthly, mixed) ----------
  monthlySheet(
    'HSCP',
    'Fife Health & Social Care Partnership (Adult Social Care)',
    [
      {
        ref: 'SW1',
        name: 'Home care costs per hour for people aged 65 or over (£)',
        polarity: 'Low is good',
        unit: '£',
        prev: 32.6,
        months: pad([]),
        target: 31,
        rank: 18,
        family: 5,
        scot: 35.81,
        fmt: '£0.00',
        comment: 'Annual LGBF',
      },
      {
        ref: 'SW3a',
        name: '% of people aged 65+ with long-term care needs receiving personal care at home',
        polarity: 'High is good',
        unit: '%',
        prev: 61.8,
        months: pad([62.1, 62.4, 62.0, 61.7, 61.9, 62.6]),
        target: 62,
        rank: 12,
        family: 3,
        scot: 61.6,
      },
      {
        ref: 'SW5',
        name: 'Residential costs per week per resident for people aged 65+ (£)',
        polarity: 'Low is good',
        unit: '£',
        prev: 812,
        months: pad([]),
        target: 800,
        rank: 4,
        family: 1,
        scot: 883,
        fmt: '£#,##0',
      },
      {
        ref: 'SW8',
        name: 'Number of days people spend in hospital when ready for discharge (per 1,000 75+)',
        polarity: 'Low is good',
        unit: 'Rate',
        prev: 1210,
        months: pad([98, 104, 112, 120, 131, 119]),
        target: 95,
        rank: 29,
        family: 8,
        scot: 902,
        comment: 'Monthly rate; target is monthly (annual/12)',
      },
      {
        ref: 'AS01',
        name: 'Adult Support & Protection inquiries completed within 5 days (%)',
        polarity: 'High is good',
        unit: '%',
        prev: 0.78,
        months: pad([0.82, 0.79, 0.85, 0.81, 0.0, 0.84]),
        target: 0.8,
        fmt: '0%',
        comment: 'Aug figure - system outage, being checked',
      },
      {
        ref: 'AS02',
        name: 'Care at home: unmet need hours per week',
        polarity: 'Low is good',
        unit: 'Hours',
        prev: 2300,
        months: pad([2410, 2380, 2290, 2150, 2120, 2050]),
        target: 0,
        comment: 'Aim is zero unmet need',
      },
      {
        ref: 'AS03',
        name: 'Delayed discharge bed days lost (standard delays)',
        polarity: 'Low is good',
        unit: 'Bed days',
        prev: 2950,
        months: pad([3010, 2980, 3100, 3250, 3330, 3180]),
        target: 2700,
      },
    ],
    ['HSCP figures provided by Public Health Scotland; most recent month may be revised.'],
  );

  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet)!;
    let col = 0;
    ws.getRow(6).eachCell((c, n) => {
      const h = c.value instanceof Date ? c.value.toISOString().slice(0, 7) : String(c.value);
      if (h === e.header) col = n;
    });
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === e.ref) row = n;
    });
    if (!row || !col) throw new Error(`no cell ${e.sheet} ${e.ref} ${e.header}`);
    const cell = ws.getCell(row, col);
    cell.value = e.value;
    if (e.numFmt) cell.numFmt = e.numFmt;
  }
  return wb;
}

/** The workbook's bytes, as the analyst saved it. */
export async function scottishCouncilXlsx(edits: CouncilEdit[] = []): Promise<Buffer> {
  return Buffer.from(await scottishCouncilWorkbook(edits).xlsx.writeBuffer());
}
