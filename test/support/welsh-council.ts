/**
 * Fresh-user check 13's workbook: a Welsh unitary council's quarterly performance report (Cyngor Bro Tawe,
 * made up; Q2 2025/26; /work/fresh13-wales.ts), as its performance officer built it: one sheet per well-being
 * objective (Amcan Llesiant), bilingual headers ("Targed / Target", "Amlder / Frequency", "Sylwadau / Notes",
 * "% Amrywiant / % Variance"), a two-row header with merged year bands (2024/25 over "Ch2 / Q2" and
 * "Canlyniad / Outturn"; 2025/26 over the target and the quarters), Data Cymru PAMs with ranks "9th of 22" or
 * Wales quartiles ("Upper", "Lower middle"), annual measures with "n/a", a lagged figure "not yet available",
 * "Cumulative year to date" said only in the Notes, and a monthly sheet (AL4) of collection rates.
 *
 * `welshCouncilWorkbook(edits)` builds it; each edit sets one cell as fresh user 13's variants did
 * ("AL1 Plant a Phobl Ifanc!E9" = 95.1, null clears); `welshCouncilGrids(edits)` reads it back with the
 * command line's package reader.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridsOfBytes } from './county-council';

/** One cell edit: the sheet name and A1 address, and the value (null clears the cell). */
export type WelshCouncilEdit = [sheetAndCell: string, value: number | string | null];

/** The sheet names, as the officer named them. */
export const WELSH_SHEETS = {
  AL1: 'AL1 Plant a Phobl Ifanc',
  AL2: "AL2 Byw'n Annibynnol",
  AL3: 'AL3 Sir Werdd',
  AL4: 'AL4 Cyngor Modern',
} as const;

export function welshCouncilWorkbook(edits: readonly WelshCouncilEdit[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tîm Perfformiad / Performance Team, Cyngor Bro Tawe';

  type V = number | string | null;
  interface QRow {
    ref: string;
    name: string;
    freq: string;
    pol: string;
    lyQ2: V; // Q2 2024/25 (same period last year)
    outturn: V; // 2024/25 outturn
    target: V; // 2025/26 target
    q1: V;
    q2: V;
    comp: V; // rank / quartile
    wAvg?: V; // Wales average (AL3 only)
    note?: string;
  }

  const BANNER =
    'Cyngor Bro Tawe – Adroddiad Perfformiad Chwarter 2 2025/26 / Bro Tawe Council – Quarter 2 Performance Report 2025/26';
  const HIGHER = 'Uwch yn well / Higher is better';
  const LOWER = 'Is yn well / Lower is better';

  function quarterlySheet(
    sheetName: string,
    objective: string,
    rows: QRow[],
    comp: { header: string; wales?: boolean },
  ) {
    const ws = wb.addWorksheet(sheetName);
    ws.getCell('A1').value = BANNER;
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = objective;
    ws.getCell('A2').font = { bold: true, size: 12, color: { argb: 'FF00573F' } };
    // Two-row header: fields merged down rows 4-5, year bands merged across row 4.
    const cols: string[] = [
      'Cyf / Ref', // A
      'Dangosydd / Indicator', // B
      'Amlder / Frequency', // C
      'Polaredd / Polarity', // D
      'Ch2 / Q2', // E  (under 2024/25)
      'Canlyniad / Outturn', // F (under 2024/25)
      'Targed / Target', // G (under 2025/26)
      'Gwirioneddol Ch1 / Q1 Actual', // H
      'Gwirioneddol Ch2 / Q2 Actual', // I
      '% Amrywiant / % Variance', // J
      'Cyfeiriad / Direction', // K
      'Statws / Status', // L
    ];
    if (comp.wales) cols.push('Cyfartaledd Cymru / Wales average 2024/25');
    cols.push(comp.header, 'Sylwadau / Notes');
    const last = cols.length;
    const r4 = ws.getRow(4);
    const r5 = ws.getRow(5);
    cols.forEach((h, i) => {
      const c = i + 1;
      if (c >= 5 && c <= 10) {
        r5.getCell(c).value = h;
      } else {
        r4.getCell(c).value = h;
        ws.mergeCells(4, c, 5, c);
      }
    });
    ws.mergeCells(4, 5, 4, 6);
    ws.getCell(4, 5).value = '2024/25';
    ws.mergeCells(4, 7, 4, 10);
    ws.getCell(4, 7).value = '2025/26';
    for (const r of [r4, r5]) {
      r.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      r.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      for (let c = 1; c <= last; c++)
        r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00573F' } };
    }
    r4.height = 22;
    r5.height = 42;
    let rowNo = 6;
    for (const q of rows) {
      const vals: V[] = [q.ref, q.name, q.freq, q.pol, q.lyQ2, q.outturn, q.target, q.q1, q.q2, null, null, null];
      if (comp.wales) vals.push(q.wAvg ?? null);
      vals.push(q.comp, q.note ?? null);
      const row = ws.getRow(rowNo++);
      vals.forEach((v, i) => {
        if (v !== null) row.getCell(i + 1).value = v;
      });
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    rowNo++;
    ws.getCell(rowNo++, 1).value =
      'Ffynhonnell cymharu / Comparator source: Data Cymru, Public Accountability Measures 2024/25 (22 awdurdod / authorities).';
    ws.getCell(rowNo++, 1).value = 'n/a = dim data y chwarter hwn / no data this quarter (annual measure).';
    ws.columns = cols.map((_, i) => ({ width: i === 1 ? 48 : i === cols.length - 1 ? 40 : 14 }));
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 5 }];
    return ws;
  }

  // ---------------- AL1: children and young people ----------------
  quarterlySheet(
    'AL1 Plant a Phobl Ifanc',
    'Amcan Llesiant 1 / Well-being Objective 1: Giving every child and young person the best start in life',
    [
      {
        ref: 'PAM/008',
        name: 'Canran presenoldeb disgyblion mewn ysgolion uwchradd / Percentage of pupil attendance in secondary schools',
        freq: 'Blynyddol / Annual',
        pol: HIGHER,
        lyQ2: 'n/a',
        outturn: 88.6,
        target: 90,
        q1: 'n/a',
        q2: 'n/a',
        comp: '14th of 22',
        note: 'Academic year measure – reported at Q3.',
      },
      {
        ref: 'PAM/046',
        name: 'Year 11 leavers not in education, employment or training (NEET) %',
        freq: 'Blynyddol / Annual',
        pol: LOWER,
        lyQ2: 'n/a',
        outturn: 1.9,
        target: 1.6,
        q1: 'n/a',
        q2: 'not yet available',
        comp: '8th of 22',
        note: 'Careers Wales destinations survey published January 2026.',
      },
      {
        ref: 'CS/01',
        name: '% of child protection re-registrations within 12 months',
        freq: 'Chwarterol / Quarterly',
        pol: LOWER,
        lyQ2: 9.4,
        outturn: 8.7,
        target: 10,
        q1: 8.3,
        q2: 12.5,
        comp: 'n/a',
        note: 'Small numbers: 5 of 40 children re-registered.',
      },
      {
        ref: 'CS/02',
        name: '% of statutory visits to children on the child protection register carried out within timescale',
        freq: 'Misol / Monthly',
        pol: HIGHER,
        lyQ2: 93.8,
        outturn: 94.5,
        target: 95,
        q1: 91.2,
        q2: 96.4,
        comp: 'n/a',
      },
      {
        ref: 'CS/05',
        name: 'Number of children looked after',
        freq: 'Chwarterol / Quarterly',
        pol: 'Cyd-destun / Contextual',
        lyQ2: 312,
        outturn: 305,
        target: 'n/a',
        q1: 298,
        q2: 301,
        comp: '12th of 22',
        note: 'Contextual – no target set.',
      },
      {
        ref: 'ED/05',
        name: '% of Individual Development Plans (IDPs) issued within 12 weeks',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 58,
        outturn: 61.2,
        target: 80,
        q1: 64,
        q2: 71.5,
        comp: 'n/a',
        note: 'ALN Act transition; additional caseworker from July.',
      },
      {
        ref: 'ED/11',
        name: 'Number of Flying Start childcare places taken up',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 402,
        outturn: 431,
        target: 450,
        q1: 438,
        q2: 462,
        comp: 'n/a',
      },
    ],
    { header: 'Safle yng Nghymru / Rank in Wales' },
  );

  // ---------------- AL2: independent lives ----------------
  quarterlySheet(
    "AL2 Byw'n Annibynnol",
    'Amcan Llesiant 2 / Well-being Objective 2: Supporting people to live safe, healthy and independent lives',
    [
      {
        ref: 'PAM/012',
        name: 'Percentage of households successfully prevented from becoming homeless',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 60.1,
        outturn: 63.5,
        target: 65,
        q1: 62.4,
        q2: 67.8,
        comp: '9th of 22',
      },
      {
        ref: 'PAM/015',
        name: 'Average number of calendar days taken to deliver a Disabled Facilities Grant',
        freq: 'Chwarterol / Quarterly',
        pol: LOWER,
        lyQ2: 250,
        outturn: 245,
        target: 220,
        q1: 241,
        q2: 232,
        comp: '14th of 22',
        note: 'Contractor capacity improving; 38 DFGs completed in Q2.',
      },
      {
        ref: 'PAM/025',
        name: 'Rate of people kept in hospital while waiting for social care per 1,000 population aged 75+',
        freq: 'Misol / Monthly',
        pol: LOWER,
        lyQ2: 4.1,
        outturn: 3.8,
        target: 3.5,
        q1: 3.9,
        q2: 3.6,
        comp: '17th of 22',
      },
      {
        ref: 'SS/05',
        name: '% of adult safeguarding enquiries completed within 7 working days',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 86.2,
        outturn: 87.9,
        target: 90,
        q1: 88,
        q2: '92.3',
        comp: 'n/a',
      },
      {
        ref: 'PAM/013',
        name: 'Percentage of empty private sector properties brought back into use',
        freq: 'Blynyddol / Annual',
        pol: HIGHER,
        lyQ2: 'n/a',
        outturn: 6.8,
        target: 7.5,
        q1: 'n/a',
        q2: 'n/a',
        comp: '11th of 22',
      },
      {
        ref: 'PAM/017',
        name: 'Number of visits to leisure centres per 1,000 population',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 4010,
        outturn: 8090,
        target: 8200,
        q1: 2150,
        q2: 4280,
        comp: '6th of 22',
        note: 'Cumulative year to date (Apr–Sep).',
      },
      {
        ref: 'SS/08',
        name: 'Number of people waiting for a domiciliary care package (snapshot at quarter end)',
        freq: 'Misol / Monthly',
        pol: LOWER,
        lyQ2: 61,
        outturn: 55,
        target: 40,
        q1: 52,
        q2: 47,
        comp: 'n/a',
      },
    ],
    { header: 'Safle yng Nghymru (o 22) / Rank in Wales (of 22)' },
  );

  // ---------------- AL3: green county ----------------
  quarterlySheet(
    'AL3 Sir Werdd',
    'Amcan Llesiant 3 / Well-being Objective 3: A green, resilient and thriving county',
    [
      {
        ref: 'PAM/030',
        name: 'Percentage of municipal waste collected and prepared for reuse, recycled or composted',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 66.8,
        outturn: 65.9,
        target: 70,
        q1: 67.9,
        q2: 'not yet available',
        wAvg: 65.2,
        comp: 'Upper',
        note: 'Q1 provisional; Q2 awaiting WasteDataFlow validation (NRW).',
      },
      {
        ref: 'PAM/010',
        name: 'Percentage of streets that are clean',
        freq: 'Blynyddol / Annual',
        pol: HIGHER,
        lyQ2: 'n/a',
        outturn: 94.2,
        target: 95,
        q1: 'n/a',
        q2: 'n/a',
        wAvg: 94.8,
        comp: 'Lower middle',
        note: 'Keep Wales Tidy LEAMS survey – annual.',
      },
      {
        ref: 'PAM/035',
        name: 'Average number of working days taken to clear fly-tipping incidents',
        freq: 'Chwarterol / Quarterly',
        pol: LOWER,
        lyQ2: 2.1,
        outturn: 1.9,
        target: 2,
        q1: 1.6,
        q2: 2.3,
        wAvg: 2.4,
        comp: 'Upper middle',
      },
      {
        ref: 'PAM/018',
        name: 'Percentage of all planning applications determined in time',
        freq: 'Chwarterol / Quarterly',
        pol: HIGHER,
        lyQ2: 85.5,
        outturn: 86.9,
        target: 87,
        q1: 88.1,
        q2: 84,
        wAvg: 85.1,
        comp: 'Lower',
      },
      {
        ref: 'PAM/020',
        name: 'Percentage of A roads in poor condition',
        freq: 'Blynyddol / Annual',
        pol: LOWER,
        lyQ2: 'n/a',
        outturn: 3.6,
        target: 4,
        q1: 'n/a',
        q2: 'n/a',
        wAvg: 3.9,
        comp: 'Upper',
      },
      {
        ref: 'PAM/043',
        name: 'Kilograms of residual waste generated per person',
        freq: 'Chwarterol / Quarterly',
        pol: LOWER,
        lyQ2: 92.4,
        outturn: 181,
        target: 180,
        q1: 44.1,
        q2: 89.6,
        wAvg: 187.3,
        comp: 'Upper middle',
        note: 'Cumulative year to date; annual target 180 kg.',
      },
      {
        ref: 'ENV/12',
        name: 'Council operational carbon emissions (tCO2e)',
        freq: 'Blynyddol / Annual',
        pol: LOWER,
        lyQ2: 'n/a',
        outturn: 12340,
        target: 11500,
        q1: 'n/a',
        q2: 'n/a',
        comp: 'n/a',
        note: 'Reported to Welsh Government in Q3.',
      },
    ],
    { header: 'Chwartel Cymru / Wales quartile', wales: true },
  );

  // ---------------- AL4: modern council (monthly) ----------------
  {
    const ws = wb.addWorksheet('AL4 Cyngor Modern');
    ws.getCell('A1').value = BANNER;
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = 'Amcan Llesiant 4 / Well-being Objective 4: A modern, efficient and bilingual council';
    ws.getCell('A2').font = { bold: true, size: 12, color: { argb: 'FF00573F' } };
    const top = ['Cyf / Ref', 'Dangosydd / Indicator', 'Polaredd / Polarity', 'Targed 2025/26 / Target 2025/26'];
    top.forEach((h, i) => {
      ws.getCell(4, i + 1).value = h;
      ws.mergeCells(4, i + 1, 5, i + 1);
    });
    ws.mergeCells(4, 5, 4, 7);
    ws.getCell(4, 5).value = 'Ch1 / Q1';
    ws.mergeCells(4, 8, 4, 10);
    ws.getCell(4, 8).value = 'Ch2 / Q2';
    ['Ebrill / April', 'Mai / May', 'Mehefin / June', 'Gorffennaf / July', 'Awst / August', 'Medi / September'].forEach(
      (m, i) => (ws.getCell(5, 5 + i).value = m),
    );
    ['Cyfeiriad / Direction', 'Statws / Status', 'Sylwadau / Notes'].forEach((h, i) => {
      ws.getCell(4, 11 + i).value = h;
      ws.mergeCells(4, 11 + i, 5, 11 + i);
    });
    for (const r of [4, 5]) {
      const row = ws.getRow(r);
      row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      for (let c = 1; c <= 13; c++)
        row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00573F' } };
    }
    const rows: [string, string, string, V, V[], string?][] = [
      [
        'PAM/001',
        'Nifer y diwrnodau gwaith a gollwyd oherwydd salwch fesul gweithiwr CALl / Working days lost to sickness absence per FTE employee',
        LOWER,
        10.5,
        [0.84, 1.7, 2.58, 3.49, 4.31, 5.27],
        'Cumulative: days lost April to the month shown; annual target 10.5.',
      ],
      [
        'CT/01',
        'Council tax collected in year %',
        HIGHER,
        97.2,
        [10.8, 20.2, 29.5, 38.9, 48.1, 57.3],
        'Cumulative; profiled target for September 57.5%.',
      ],
      [
        'CT/02',
        'Non-domestic rates collected in year %',
        HIGHER,
        98,
        [12.1, 21.9, 31.0, 40.2, 49.6, 58],
        'Cumulative.',
      ],
      [
        'FOI/01',
        '% of Freedom of Information requests responded to within 20 working days',
        HIGHER,
        90,
        [88.2, 91.5, 93, 85.1, 79.4, 86.7],
        'August dip: summer leave in Legal.',
      ],
      ['FIN/03', '% of undisputed invoices paid within 30 days', HIGHER, 95, [96.1, 95.8, 94.7, 95.3, 96, 94.9]],
      [
        'CS/04',
        '% of Stage 1 complaints responded to within 10 working days',
        HIGHER,
        80,
        [71, 75, 77.4, 78, 82, '-'],
        'September figure not yet validated.',
      ],
      [
        'WL/01',
        'Number of staff completing Welsh language training (cumulative)',
        HIGHER,
        300,
        [12, 30, 55, 61, 70, 118],
      ],
      ['DIG/02', '% of council transactions completed online', HIGHER, 60, [57.2, 58.1, 59.4, 60.2, 61.5, 62.3]],
    ];
    let r = 6;
    for (const [ref, name, pol, tgt, months, note] of rows) {
      const row = ws.getRow(r++);
      row.getCell(1).value = ref;
      row.getCell(2).value = name;
      row.getCell(3).value = pol;
      if (tgt !== null) row.getCell(4).value = tgt;
      months.forEach((v, i) => {
        if (v !== null) row.getCell(5 + i).value = v;
      });
      if (note) row.getCell(13).value = note;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    ws.columns = Array.from({ length: 13 }, (_, i) => ({ width: i === 1 ? 48 : i === 12 ? 40 : 11 }));
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 5 }];
  }

  for (const [at, value] of edits) {
    const m = /^(.*)!([A-Z]+[0-9]+)$/.exec(at);
    if (!m) throw new Error(`not a cell: ${at}`);
    wb.getWorksheet(m[1])!.getCell(m[2]).value = value;
  }
  return wb;
}

export async function welshCouncilGrids(edits: readonly WelshCouncilEdit[] = []): Promise<SheetGrid[]> {
  return gridsOfBytes(Buffer.from(await welshCouncilWorkbook(edits).xlsx.writeBuffer()), 'welsh-council.xlsx');
}
