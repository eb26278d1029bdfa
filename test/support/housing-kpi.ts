/**
 * A housing association's board KPI pack (Quarter 2 2026/27), as a fresh user's workbook kept it (the
 * workbook itself was lost; its shape and figures rebuilt from the user's report). Written with ExcelJS
 * and read back by the command line's package reader, so a test sees the grids the command saw.
 *
 * Each indicator row: Ref | KPI | Good is | Q1 | Q2 | Q3 | Q4 (each the quarter's OWN figure) | YTD (the
 * sum of the quarters so far for a count or £; for a rate, the year's figure to date) | Annual target |
 * "Q2 target" — CUMULATIVE for a count or £ (half the year's target at Q2: year 40, Q2 20), the year's
 * target for a rate — | DOT (the product's) | Commentary. Band rows name the sections. A second sheet,
 * "Vale", holds the same pack for the Vale subsidiary (its own CH01 row).
 *
 * Variants:
 * - `pack`: as the user kept it (a YTD column, one "Q2 target" column).
 * - `target-q2`: the target headed "Target Q2".
 * - `quarter-targets`: a target column per quarter, "Q1 target" … "Q4 target" (cumulative for counts).
 * - `no-ytd`: no YTD column: the product adds up a count's quarters itself.
 *
 * What the analyst says of it at Q2: CH01's Q2 to date, 23.8 complaints, is 19% over the half-year's
 * target of 20 (red), not Q2's own 12.6 "37% better than 20" (green); PE01, PE02 and FN03 alike; and the
 * DOT compares each quarter's to-date with its own cumulative target, so NM01, FN03 and Vale's CH01 are
 * improving: 14 improving and 8 worsening, where the product said 11 and 11.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core';
import { gridOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';

export type HousingVariant = 'pack' | 'target-q2' | 'quarter-targets' | 'no-ytd';

/** One KPI as the pack holds it: `q` the quarters' own figures (null: not yet in), `cumulative` for a count or £. */
export interface HousingKpi {
  ref: string;
  name: string;
  good: 'Higher' | 'Lower';
  q: [number, number | null, number | null, number | null];
  ytd: number;
  annual: number;
  /** Its targets build up over the year (a count or £): Q1 a quarter of the year's, Q2 half, Q3 three quarters. */
  cumulative: boolean;
  fmt: string;
}

const P = '0.0%';
const kpi = (
  ref: string,
  name: string,
  good: 'Higher' | 'Lower',
  q1: number,
  q2: number,
  ytd: number,
  annual: number,
  fmt: string,
  cumulative = false,
): HousingKpi => ({ ref, name, good, q: [q1, q2, null, null], ytd, annual, cumulative, fmt });

/** The association's own KPIs, by section. */
export const HOUSING_SECTIONS: [string, HousingKpi[]][] = [
  [
    'Customer experience',
    [
      kpi('CH01', 'Stage 1 complaints received per 1,000 homes', 'Lower', 11.2, 12.6, 23.8, 40, '0.0', true),
      kpi('CH02', 'Stage 2 complaints escalated', 'Lower', 4, 7, 11, 24, '0', true),
      kpi('CH03', '% of complaints responded to within 10 working days', 'Higher', 0.88, 0.91, 0.896, 0.95, P),
      kpi('CH04', 'Tenant satisfaction with complaint handling (%)', 'Higher', 0.41, 0.38, 0.395, 0.45, P),
    ],
  ],
  [
    'Neighbourhoods',
    [
      kpi('NM01', 'Rent lost through empty homes (£k)', 'Lower', 138, 112, 250, 480, '#,##0', true),
      kpi('NM02', 'Average days to re-let empty homes', 'Lower', 34.1, 29.8, 31.9, 28, '0.0'),
      kpi('NM03', 'ASB cases resolved within target (%)', 'Higher', 0.82, 0.86, 0.84, 0.85, P),
      kpi('NM04', 'Empty homes as % of stock', 'Lower', 0.014, 0.012, 0.012, 0.01, P),
    ],
  ],
  [
    'People',
    [
      kpi('PE01', 'Working days lost to sickness per FTE', 'Lower', 2.0, 2.4, 4.4, 8, '0.0', true),
      kpi('PE02', 'Voluntary staff leavers', 'Lower', 6, 11, 17, 30, '0', true),
      kpi('PE03', '% of staff completing mandatory training', 'Higher', 0.87, 0.93, 0.93, 0.95, P),
    ],
  ],
  [
    'Finance',
    [
      kpi('FN01', 'Rent collected (£k)', 'Higher', 5950, 6020, 11970, 24000, '#,##0', true),
      kpi('FN02', 'Current tenant arrears (% of rent debit)', 'Lower', 0.039, 0.036, 0.036, 0.035, P),
      kpi('FN03', 'Spend on responsive repairs (£k)', 'Lower', 880, 790, 1670, 3200, '#,##0', true),
      kpi('FN04', 'Operating margin (%)', 'Higher', 0.241, 0.228, 0.234, 0.25, P),
    ],
  ],
  [
    'Repairs and compliance',
    [
      kpi('RP01', 'Emergency repairs completed within 24 hours (%)', 'Higher', 0.972, 0.984, 0.978, 0.98, P),
      kpi('RP02', 'Average days to complete a routine repair', 'Lower', 18.6, 16.9, 17.7, 15, '0.0'),
      kpi('RP03', 'Repairs completed right first time (%)', 'Higher', 0.88, 0.855, 0.867, 0.9, P),
      kpi('RP04', 'Homes with a valid gas safety certificate (%)', 'Higher', 0.998, 1, 1, 1, P),
    ],
  ],
];

/** The Vale subsidiary's rows, on a sheet of their own. */
export const VALE_KPIS: HousingKpi[] = [
  kpi('CH01', 'Stage 1 complaints received per 1,000 homes', 'Lower', 13, 8, 21, 40, '0.0', true),
  kpi('RP01', 'Emergency repairs completed within 24 hours (%)', 'Higher', 0.965, 0.979, 0.972, 0.98, P),
  kpi('FN02', 'Current tenant arrears (% of rent debit)', 'Lower', 0.042, 0.044, 0.044, 0.04, P),
];

/** A quarter's target as the pack gives it: cumulative (n/4 of the year's) for a count or £, else the year's. */
export function quarterTarget(k: HousingKpi, quarter: number): number {
  return k.cumulative ? Number(((k.annual * quarter) / 4).toPrecision(12)) : k.annual;
}

function addPack(
  wb: ExcelJS.Workbook,
  sheet: string,
  title: string,
  sections: [string | null, HousingKpi[]][],
  variant: HousingVariant,
): void {
  const ws = wb.addWorksheet(sheet);
  ws.getCell('A1').value = title;
  ws.getCell('A2').value = 'Performance to 30 September 2026 - Board 19 November 2026';
  const targets =
    variant === 'quarter-targets'
      ? ['Q1 target', 'Q2 target', 'Q3 target', 'Q4 target']
      : [variant === 'target-q2' ? 'Target Q2' : 'Q2 target'];
  const headers = [
    'Ref',
    'KPI',
    'Good is',
    'Q1',
    'Q2',
    'Q3',
    'Q4',
    ...(variant === 'no-ytd' ? [] : ['YTD']),
    'Annual target',
    ...targets,
    'DOT',
    'Commentary',
  ];
  const hdr = 4;
  headers.forEach((h, i) => (ws.getCell(hdr, i + 1).value = h));
  const colOf = (h: string) => headers.indexOf(h) + 1;
  let r = hdr + 1;
  for (const [section, rows] of sections) {
    if (section !== null) {
      ws.getCell(r, 1).value = section;
      ws.mergeCells(r, 1, r, headers.length);
      r++;
    }
    for (const k of rows) {
      ws.getCell(r, 1).value = k.ref;
      ws.getCell(r, 2).value = k.name;
      ws.getCell(r, 3).value = k.good;
      const put = (col: number, v: number | null) => {
        if (v === null) return;
        ws.getCell(r, col).value = v;
        ws.getCell(r, col).numFmt = k.fmt;
      };
      k.q.forEach((v, i) => put(colOf(`Q${i + 1}`), v));
      if (variant !== 'no-ytd') put(colOf('YTD'), k.ytd);
      put(colOf('Annual target'), k.annual);
      if (variant === 'quarter-targets') for (let q = 1; q <= 4; q++) put(colOf(`Q${q} target`), quarterTarget(k, q));
      else put(colOf(targets[0]), quarterTarget(k, 2));
      r++;
    }
  }
  ws.getCell(r + 1, 1).value = 'Q2 targets are cumulative (year to date) for counts and £; YTD is the year so far.';
}

/** The analyst's workbook as ExcelJS writes it. */
export function housingWorkbook(variant: HousingVariant): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2026-11-05T09:30:00Z');
  addPack(wb, 'Board KPIs', 'Riverside Homes Group - Board KPI pack, Quarter 2 2026/27', HOUSING_SECTIONS, variant);
  addPack(wb, 'Vale', 'Vale Homes (subsidiary) - Board KPI pack, Quarter 2 2026/27', [[null, VALE_KPIS]], variant);
  return wb;
}

/** The workbook's bytes, as the analyst saved it. */
export async function housingBytes(variant: HousingVariant = 'pack'): Promise<Buffer> {
  return Buffer.from(await housingWorkbook(variant).xlsx.writeBuffer());
}

/** The grids the command line reads from the workbook (its package reader). */
export async function housingGrids(variant: HousingVariant = 'pack'): Promise<SheetGrid[]> {
  const bytes = await housingBytes(variant);
  const pkg = readPackage(bytes, `housing-${variant}.xlsx`);
  return pkg.sheets.map((s) =>
    gridOf(s, readSheet(entryText(pkg.byName.get(s.part)!), pkg.sharedStrings, pkg.date1904), pkg.styles, pkg.date1904),
  );
}
