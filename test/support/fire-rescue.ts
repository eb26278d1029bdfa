/**
 * Fresh-user check 10's workbook: a fire and rescue service's quarterly performance report to its Fire
 * Authority (Northshire FRS, Q2 2025/26, /work/fresh10-frs.ts), as the service's performance analyst keeps
 * it: a Cover sheet, then one sheet per priority under two or three title rows and, on two sheets, a
 * "Data not yet validated" note; monthly counts with "Q1 Target" / "Q2 Target" columns that are the year
 * to date's (PRV: 62 then 125 of 250) or a quarter's share (PRT07: 60 of 240), a YTD formula, a
 * "Q2 2024/25" same-quarter-last-year column, "Lower or higher is better", "Context only" and
 * "Monitor only" rows, "3 of 4" in place of a figure, times typed as text ("01:24"), and a sheet of
 * people and corporate-health measures under band rows ("People", "Health and safety").
 *
 * `frsWorkbook()` builds it as the analyst saved it; `frsGrids(change?)` reads it back through the command
 * line's package reader, after `change` (an edit as the analyst would make it), so a test sees the grids
 * the command saw. `FRS_MAP` is the mapping the analyst ended up with ("Q2 2024/25" as Last year Q2).
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { countyBytes, gridsOfBytes } from './county-council';

/** The mapping the analyst saved after two refusals (fresh10-map2.json). */
export const FRS_MAP = { sheets: { Prevention: { headerRow: 6, columns: { 'Q2 2024/25': 'Last year Q2' } } } };

/** The service's workbook at the end of Q2 2025/26, as saved. */
export function frsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Performance & Information Team';
  const PCT = '0.0%';
  const MMSS = 'mm:ss';
  const secs = (m: number, s: number) => (m * 60 + s) / 86400; // an Excel time (fraction of a day)
  const t = (mmss: string) => {
    const [m, s] = mmss.split(':').map(Number);
    return secs(m, s);
  };

  type Cell = string | number | null | { formula: string; result?: number } | Date;
  const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
  const bandFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  const white: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

  function title(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number, size = 12) {
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = { bold: true, size };
    ws.mergeCells(row, 1, row, lastCol);
  }

  function header(ws: ExcelJS.Worksheet, row: number, names: Cell[]) {
    names.forEach((n, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = n as ExcelJS.CellValue;
      c.font = white;
      c.fill = headerFill;
      c.alignment = { wrapText: true, vertical: 'middle' };
    });
    ws.getRow(row).height = 32;
  }

  /** put a row; fmt maps column index (1-based) to numFmt */
  function put(ws: ExcelJS.Worksheet, row: number, cells: Cell[], fmt: Record<number, string> = {}) {
    cells.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(row, i + 1);
      c.value = v as ExcelJS.CellValue;
      if (fmt[i + 1]) c.numFmt = fmt[i + 1];
    });
  }

  // ---------------------------------------------------------------- Cover
  {
    const ws = wb.addWorksheet('Cover');
    ws.getCell('A1').value = 'Northshire Fire and Rescue Service';
    ws.getCell('A1').font = { bold: true, size: 18 };
    ws.getCell('A3').value = 'Quarterly Performance Report to the Fire Authority';
    ws.getCell('A4').value = 'Quarter 2 2025/26 (April – September 2025)';
    ws.getCell('A6').value = 'Contents';
    ws.getCell('A6').font = { bold: true };
    ['Prevention', 'Protection', 'Response', 'People & Corporate Health'].forEach((s, i) => {
      ws.getCell(7 + i, 1).value = `${i + 1}. ${s}`;
    });
    ws.getCell('A12').value = 'Status: DRAFT – data not yet validated. Not for publication.';
    ws.getCell('A12').font = { italic: true, color: { argb: 'FFC00000' } };
    ws.getColumn(1).width = 60;
  }

  // ---------------------------------------------------------------- Prevention
  {
    const ws = wb.addWorksheet('Prevention');
    const cols = [
      'Ref',
      'Indicator',
      'Aim',
      'Annual Target 2025/26',
      'Q1 Target',
      'Q2 Target',
      'Tolerance',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'YTD',
      'Q2 2024/25',
      'Q1 RAG',
      'Q1 DOT',
      '% Variance',
      'DOT',
      'Comments',
    ];
    title(ws, 1, 'Northshire Fire and Rescue Service', cols.length, 14);
    title(ws, 2, 'Quarterly Performance Report – Quarter 2 2025/26', cols.length);
    title(ws, 3, 'Priority 1: Prevention – Reducing the risk of fire and other emergencies in the home', cols.length);
    ws.getCell('A4').value = 'Data not yet validated – September figures are provisional and subject to change';
    ws.getCell('A4').font = { italic: true, color: { argb: 'FFC00000' } };
    // quarter band over the months
    ws.getCell('H5').value = 'Q1';
    ws.mergeCells('H5:J5');
    ws.getCell('K5').value = 'Q2';
    ws.mergeCells('K5:M5');
    for (const a of ['H5', 'K5']) {
      ws.getCell(a).fill = bandFill;
      ws.getCell(a).alignment = { horizontal: 'center' };
    }
    header(ws, 6, cols);
    const P = (r: number) => ({ formula: `SUM(H${r}:M${r})` });
    const rows: [Cell[], Record<number, string>?][] = [
      [
        [
          'PRV01',
          'Accidental dwelling fires (number)',
          'Reduce',
          250,
          62,
          125,
          null,
          21,
          19,
          23,
          20,
          24,
          18,
          P(7),
          66,
          'G',
          '↔',
          null,
          null,
          'Slight rise in cooking-related fires in August',
        ],
      ],
      [
        [
          'PRV02',
          'Accidental dwelling fires per 10,000 dwellings (rolling 12 months)',
          'Reduce',
          7.5,
          7.5,
          7.5,
          null,
          7.8,
          7.7,
          7.7,
          7.6,
          7.6,
          7.4,
          null,
          7.9,
          'A',
          '↑',
        ],
      ],
      [
        [
          'PRV03',
          'Deaths in accidental dwelling fires',
          'Reduce',
          0,
          0,
          0,
          null,
          0,
          0,
          1,
          0,
          1,
          0,
          P(9),
          1,
          'R',
          '↓',
          null,
          null,
          'One fatality in August (Westbrook); subject to coroner',
        ],
      ],
      [
        [
          'PRV04',
          'Injuries in accidental dwelling fires',
          'Reduce',
          0,
          0,
          0,
          null,
          2,
          1,
          3,
          0,
          2,
          1,
          P(10),
          4,
          'R',
          '↔',
        ],
      ],
      [
        [
          'PRV05',
          'Safe and well visits completed (cumulative)',
          'Increase',
          11000,
          2750,
          5500,
          null,
          905,
          1840,
          2790,
          3700,
          4480,
          5360,
          null,
          5120,
          'G',
          '↑',
          null,
          null,
          'Two advocates on long-term sick in Q2',
        ],
      ],
      [
        [
          'PRV06',
          '% of safe and well visits to households at higher risk',
          'Increase',
          0.75,
          0.75,
          0.75,
          '2pp',
          0.78,
          0.74,
          0.76,
          0.77,
          0.73,
          null,
          null,
          0.71,
          'G',
          '↑',
          null,
          null,
          'Sept data awaited from partner referral system',
        ],
        { 4: PCT, 5: PCT, 6: PCT, 8: PCT, 9: PCT, 10: PCT, 11: PCT, 12: PCT, 13: PCT, 15: PCT },
      ],
      [['PRV07', 'Deliberate primary fires', 'Reduce', 180, 45, 90, null, 14, 17, 16, 15, 19, 13, P(13), 51, 'A', '↓']],
      [
        [
          'PRV08',
          'Deliberate secondary fires',
          'Reduce',
          700,
          175,
          350,
          null,
          72,
          95,
          88,
          110,
          84,
          61,
          P(14),
          240,
          'R',
          '↓',
          null,
          null,
          'Hot dry summer: grass and wildfire activity well above average',
        ],
      ],
      [
        [
          'PRV09',
          '% of high risk referrals visited within 7 days',
          'Increase',
          90,
          90,
          90,
          null,
          88.5,
          91.2,
          92.0,
          89.4,
          '86.4%',
          90.3,
          null,
          87.1,
          'G',
          '↑',
        ],
      ],
      [
        [
          'PRV10',
          'Community safety campaigns delivered to plan',
          'Increase',
          '100%',
          null,
          null,
          null,
          '-',
          '-',
          '4 of 4',
          '-',
          '-',
          '3 of 4',
          null,
          null,
          'G',
          '■',
          null,
          null,
          'Bonfire campaign planning moved to Q3',
        ],
      ],
      [
        [
          'PRV11',
          'Smoke alarms fitted (year to date)',
          'Increase',
          6000,
          null,
          null,
          null,
          480,
          1010,
          1530,
          2020,
          2480,
          2950,
        ],
      ],
      [['PRV12', 'Water safety sessions delivered', 'Increase', 40, 10, 20, null, 2, 4, 5, 6, 3, 1, P(18), 9]],
    ];
    rows.forEach(([cells]) => {
      // a formula's cached result, as Excel would have saved it
      const f = cells[13] as { formula: string; result?: number } | null;
      if (f && typeof f === 'object' && 'formula' in f)
        f.result = (cells.slice(7, 13) as unknown[]).reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
    });
    rows.forEach(([cells, fmt], i) => put(ws, 7 + i, cells, fmt));
    ws.getCell('A20').value =
      'RAG key: Green = on or better than target; Amber = within tolerance (5% unless stated); Red = outside tolerance';
    ws.getCell('A21').value = 'Source: Incident Recording System (IRS) and CFRMIS; extracted 06/10/2025';
    ws.getColumn(2).width = 55;
  }

  // ---------------------------------------------------------------- Protection
  {
    const ws = wb.addWorksheet('Protection');
    const months = [3, 4, 5, 6, 7, 8].map((m) => new Date(Date.UTC(2025, m, 1)));
    const cols: Cell[] = [
      'Ref',
      'Measure',
      'Polarity',
      'Target 2025/26',
      'Q2 Target',
      ...months,
      'Same quarter last year',
      'RAG',
      'DOT',
      'Variance %',
      'Notes',
    ];
    title(ws, 1, 'Priority 2: Protection – Keeping people safe where they work, visit and live', cols.length, 13);
    ws.getCell('A2').value = 'Position at end of Q2 2025/26';
    header(ws, 4, cols);
    for (let c = 6; c <= 11; c++) ws.getCell(4, c).numFmt = 'mmm-yy';
    const F: Record<number, string> = { 4: PCT, 5: PCT, 6: PCT, 7: PCT, 8: PCT, 9: PCT, 10: PCT, 11: PCT, 12: PCT };
    const rows: [Cell[], Record<number, string>?][] = [
      [
        [
          'PRT01',
          'Fire safety audits completed (cumulative)',
          'Higher',
          1400,
          700,
          110,
          235,
          352,
          468,
          570,
          688,
          655,
          'Green',
          '↑',
        ],
      ],
      [
        [
          'PRT02',
          '% of high-risk premises audited in line with the Risk Based Inspection Programme',
          'Higher',
          1,
          1,
          0.92,
          0.95,
          0.97,
          0.96,
          0.98,
          0.99,
          0.94,
          'Amber',
          '↑',
        ],
        F,
      ],
      [
        [
          'PRT03',
          '% of audits with an unsatisfactory outcome',
          'Contextual',
          'N/A',
          'N/A',
          0.31,
          0.28,
          0.35,
          0.33,
          0.3,
          0.29,
          0.32,
          null,
          null,
          null,
          'For information only',
        ],
        F,
      ],
      [
        [
          'PRT04',
          'False alarms caused by automatic fire alarms (AFAs)',
          'Lower',
          1700,
          850,
          148,
          162,
          151,
          139,
          155,
          '142',
          468,
          'Amber',
          '↓',
          null,
          'UwFS policy change from 1 Oct expected to reduce AFA attendance',
        ],
      ],
      [
        [
          'PRT05',
          'AFA false alarms per 1,000 non-domestic premises (rolling 12 months)',
          'Lower',
          45,
          45,
          47.2,
          46.8,
          46.1,
          45.9,
          45.3,
          44.6,
          48.0,
          'Red',
          '↑',
        ],
      ],
      [
        [
          'PRT06',
          'Building Regulations consultations completed within 15 working days',
          'Higher',
          1,
          1,
          1,
          0.98,
          1,
          0.97,
          1,
          0.96,
          0.99,
          'Green',
          '↔',
        ],
        F,
      ],
      [
        [
          'PRT07',
          'Fires in non-domestic premises',
          'Lower',
          240,
          60,
          19,
          23,
          18,
          21,
          20,
          22,
          57,
          'Green',
          '↑',
          null,
          'Q2 target is the quarter’s share',
        ],
      ],
      [['PRT08', 'Enforcement and prohibition notices issued', 'Monitor only', 'N/A', 'N/A', 4, 2, 5, 3, 6, 2, 9]],
      [
        [
          'PRT09',
          'High-rise residential buildings visited (38 in programme)',
          'Higher',
          38,
          19,
          3,
          7,
          10,
          13,
          17,
          20,
          15,
          'Green',
          '↑',
        ],
      ],
      [
        [
          'PRT10',
          'Business safety engagement events',
          'Higher',
          48,
          12,
          null,
          null,
          11,
          null,
          null,
          14,
          10,
          'Amber',
          '■',
          null,
          'Reported quarterly',
        ],
      ],
    ];
    rows.forEach(([cells, fmt], i) => put(ws, 5 + i, cells, fmt));
    ws.getCell('A16').value = 'Note: PRT01 and PRT09 are cumulative within the year.';
    ws.getColumn(2).width = 55;
  }

  // ---------------------------------------------------------------- Response
  {
    const ws = wb.addWorksheet('Response');
    const cols = [
      'Ref',
      'Indicator',
      'Lower or higher is better',
      'Target',
      'Tolerance',
      'Apr-25',
      'May-25',
      'Jun-25',
      'Jul-25',
      'Aug-25',
      'Sep-25',
      'Same quarter last year',
      'Last qtr RAG',
      'DOT',
      'Status',
      '% Variance',
      'Comments',
    ];
    title(ws, 1, 'Priority 3: Response – Responding quickly and effectively to emergencies', cols.length, 13);
    ws.getCell('A2').value = 'Data not yet validated';
    ws.getCell('A2').font = { italic: true, color: { argb: 'FFC00000' } };
    header(ws, 3, cols);
    const F: Record<number, string> = { 4: PCT, 6: PCT, 7: PCT, 8: PCT, 9: PCT, 10: PCT, 11: PCT, 12: PCT };
    const T: Record<number, string> = { 4: MMSS, 6: MMSS, 7: MMSS, 8: MMSS, 9: MMSS, 10: MMSS, 11: MMSS, 12: MMSS };
    const rows: [Cell[], Record<number, string>?][] = [
      [
        [
          'RSP01',
          '% of critical incidents attended within 8 minutes',
          'Higher is better',
          0.7,
          '2.5%',
          0.712,
          0.695,
          0.703,
          0.688,
          0.674,
          '67.9%',
          0.701,
          'Green',
          '↑',
          null,
          null,
          'Two stations off the run for crewing in Sept',
        ],
        F,
      ],
      [
        [
          'RSP02',
          '% of critical incidents attended within 10 minutes',
          'Higher is better',
          0.8,
          '2.5%',
          0.842,
          0.835,
          0.851,
          0.829,
          0.818,
          0.822,
          0.839,
          'Green',
          '↔',
        ],
        F,
      ],
      [
        [
          'RSP03',
          'Average response time to dwelling fires (mm:ss)',
          'Lower is better',
          t('08:00'),
          null,
          t('07:35'),
          t('07:48'),
          t('07:52'),
          t('08:05'),
          t('08:12'),
          t('07:58'),
          t('07:49'),
          'Green',
          '↓',
        ],
        T,
      ],
      [
        [
          'RSP04',
          'Average call handling time – Fire Control (mm:ss)',
          'Lower is better',
          '01:30',
          null,
          '01:22',
          '01:25',
          '01:19',
          '01:27',
          '01:31',
          '01:34',
          '01:24',
          'Green',
          '↑',
        ],
      ],
      [
        [
          'RSP05',
          'On-call appliance availability (%)',
          'Higher is better',
          85,
          '2pp',
          82.1,
          80.4,
          79.8,
          74.6,
          null,
          78.3,
          81.2,
          'Red',
          '↓',
          null,
          null,
          'August figure not yet available (Gartan extract failed)',
        ],
      ],
      [
        [
          'RSP06',
          'Wholetime appliance availability (%)',
          'Higher is better',
          98,
          null,
          98.6,
          98.9,
          97.7,
          98.2,
          98.4,
          98.8,
          98.1,
          'Amber',
          '↓',
        ],
      ],
      [
        [
          'RSP07',
          '% of 999 calls answered within 10 seconds',
          'Higher is better',
          0.96,
          null,
          0.962,
          0.958,
          0.971,
          0.955,
          0.949,
          0.961,
          0.957,
          'Green',
          '↑',
        ],
        F,
      ],
      [['RSP08', 'Total incidents attended', 'Context only', 'N/A', null, 712, 698, 765, 880, 842, 701, 2301]],
      [['RSP09', 'Road traffic collisions attended', 'Context only', 'N/A', null, 48, 52, 45, 51, 57, 49, 160]],
      [
        [
          'RSP10',
          'Average time to attend road traffic collisions (mm:ss)',
          'Lower is better',
          '10:00',
          null,
          '09:12',
          '09:40',
          '08:55',
          '09:48',
          '10:21',
          '09:33',
          '09:41',
          'Green',
          '↔',
        ],
      ],
      [
        [
          'RSP11',
          '% of dwelling fires where no working smoke alarm was fitted',
          'Lower is better',
          0.3,
          null,
          0.34,
          0.29,
          0.31,
          0.33,
          0.36,
          0.28,
          0.32,
          'Amber',
          '↔',
        ],
        F,
      ],
      [
        [
          'RSP12',
          '% of appliances mobilised within 90 seconds of call',
          'Higher is better',
          0.9,
          null,
          0.91,
          0.92,
          0.89,
          0.9,
          0.88,
          0.87,
          0.9,
          'Amber',
          '↓',
        ],
        F,
      ],
    ];
    rows.forEach(([cells, fmt], i) => put(ws, 4 + i, cells, fmt));
    ws.getColumn(2).width = 55;
  }

  // ---------------------------------------------------------------- People & Corporate Health
  {
    const ws = wb.addWorksheet('People & Corporate Health');
    const cols = [
      'PI ref',
      'Performance measure',
      'Aim',
      'Annual target',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Q2 last year',
      'DOT',
      '% Var',
      'RAG Q1',
      'Commentary',
    ];
    title(
      ws,
      1,
      'Priority 4: People and Corporate Health – A safe, healthy, diverse and well-run Service',
      cols.length,
      13,
    );
    header(ws, 3, cols);
    const band = (r: number, text: string) => {
      ws.getCell(r, 1).value = text;
      ws.getCell(r, 1).font = { bold: true };
      ws.getCell(r, 1).fill = bandFill;
    };
    const F: Record<number, string> = { 4: PCT, 5: PCT, 6: PCT, 7: PCT, 8: PCT, 9: PCT, 10: PCT, 11: PCT };
    band(4, 'People');
    const people: [Cell[], Record<number, string>?][] = [
      [
        [
          'CH01',
          'Working days lost to sickness per FTE – all staff (cumulative)',
          'Smaller is better',
          8.0,
          0.62,
          1.25,
          1.93,
          2.61,
          3.3,
          4.12,
          3.85,
          null,
          null,
          'Green',
          'Musculoskeletal absence up in Q2',
        ],
      ],
      [
        [
          'CH02',
          'Shifts lost to sickness per FTE – wholetime',
          'Smaller is better',
          7.0,
          0.51,
          1.05,
          1.62,
          2.2,
          2.71,
          3.31,
          3.1,
          null,
          null,
          'Green',
        ],
      ],
      [
        [
          'CH03',
          '% of workforce from ethnic minority backgrounds',
          'Bigger is better',
          0.05,
          '-',
          '-',
          0.038,
          '-',
          '-',
          0.039,
          0.035,
          null,
          null,
          'Red',
          'Positive action recruitment campaign ran in July',
        ],
        F,
      ],
      [
        [
          'CH04',
          '% of operational workforce who are women',
          'Bigger is better',
          0.1,
          '-',
          '-',
          0.082,
          '-',
          '-',
          0.085,
          0.079,
          null,
          null,
          'Red',
        ],
        F,
      ],
      [
        ['CH05', 'Staff turnover (%)', 'Monitor only', null, '-', '-', 0.021, '-', '-', 0.024, 0.026, null, null, null],
        F,
      ],
      [
        [
          'CH06',
          'Appraisals completed (%)',
          'Bigger is better',
          1,
          0.12,
          0.35,
          0.61,
          0.74,
          0.82,
          0.9,
          0.88,
          null,
          null,
          'Amber',
        ],
        F,
      ],
    ];
    people.forEach(([cells, fmt], i) => put(ws, 5 + i, cells, fmt));
    band(11, 'Health and safety');
    const hs: [Cell[], Record<number, string>?][] = [
      [
        [
          'CH07',
          'RIDDOR reportable injuries to staff',
          'Smaller is better',
          6,
          1,
          0,
          1,
          0,
          2,
          0,
          1,
          null,
          null,
          'Amber',
          'Two RIDDORs in Aug (manual handling at RTC; slip on drill yard)',
        ],
      ],
      [
        [
          'CH08',
          'Injuries to staff (all, including minor)',
          'Smaller is better',
          60,
          6,
          4,
          7,
          5,
          8,
          3,
          17,
          null,
          null,
          'Green',
        ],
      ],
      [
        [
          'CH09',
          'Collisions involving Service vehicles',
          'Smaller is better',
          24,
          2,
          3,
          1,
          2,
          0,
          4,
          5,
          null,
          null,
          'Green',
        ],
      ],
    ];
    hs.forEach(([cells, fmt], i) => put(ws, 12 + i, cells, fmt));
    band(15, 'Corporate health');
    const corp: [Cell[], Record<number, string>?][] = [
      [
        [
          'CH10',
          '% of invoices paid within 30 days',
          'Bigger is better',
          0.95,
          0.962,
          0.948,
          0.955,
          0.971,
          0.93,
          0.944,
          0.951,
          null,
          null,
          'Green',
        ],
        F,
      ],
      [
        [
          'CH11',
          'FOI requests responded to within 20 working days (%)',
          'Bigger is better',
          0.9,
          0.92,
          0.88,
          0.95,
          0.85,
          0.91,
          0.89,
          0.93,
          null,
          null,
          'Green',
        ],
        F,
      ],
      [['CH12', 'Complaints received', 'Monitor only', null, 4, 6, 3, 5, 7, 2, 12]],
      [['CH13', 'Compliments received', 'Bigger is better', 'N/A', 11, 9, 14, 12, 16, 10, 30]],
      [
        [
          'CH14',
          '% of operational staff in date for core competencies',
          'Bigger is better',
          0.95,
          0.93,
          0.94,
          0.94,
          0.95,
          0.95,
          0.96,
          0.92,
          null,
          null,
          'Amber',
        ],
        F,
      ],
    ];
    corp.forEach(([cells, fmt], i) => put(ws, 16 + i, cells, fmt));
    ws.getCell('A22').value = 'CH01 and CH02 are cumulative within the year.';
    ws.getColumn(2).width = 55;
  }
  return wb;
}

/** The row (1-based) of the indicator `ref` on `sheet`. */
export function frsRowOf(wb: ExcelJS.Workbook, sheet: string, ref: string): number {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === ref) return r;
  throw new Error(`${ref} not on ${sheet}`);
}

/** The grids the command line reads from the workbook, after `change` (an edit as the analyst makes it). */
export async function frsGrids(change?: (wb: ExcelJS.Workbook) => void): Promise<SheetGrid[]> {
  const wb = frsWorkbook();
  change?.(wb);
  return gridsOfBytes(await countyBytes(wb), 'northshire-frs.xlsx');
}
