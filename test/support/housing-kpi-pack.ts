/**
 * A housing association's board KPI pack (fresh user 6, session 11): the group's Tenant Satisfaction
 * Measures and its own KPIs, one sheet per subsidiary, each with the same codes (TP01, RP01, BS01 …) under
 * theme band rows (Homes, Tenants, Neighbourhoods, Finance), quarters Q1 … Q4 with YTD and "Same period
 * last year" columns, and the group's banner on every sheet. The workbook was lost; this is its shape as
 * the analyst described it, rebuilt small.
 *
 * Figures are in percent units (72.4 = 72.4%) or per 1,000 homes, as the pack prints them; some carry the
 * marks packs put on provisional or revised figures: "79.0*", "91.2%*", "38.1†", "27.5 (p)", "98.7r".
 */
import type { CellValue, SheetGrid } from '../../src/core/model';
import { sheet } from './grids';

/** The group's banner, the first line of every subsidiary's sheet. */
export const HOUSING_BANNER = 'Riverside Homes Group — Board KPI report';

/** The pack's column headers: Ref, Measure, Good is, Target, Q1 … Q4, YTD, Same period last year, DOT, RAG. */
export const HOUSING_HEADER: CellValue[] = [
  'Ref',
  'Measure',
  'Good is',
  'Target 2025/26',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'YTD',
  'Same period last year',
  'DOT',
  'RAG',
];

type Measure = {
  ref: string;
  name: string;
  good: 'Higher' | 'Lower';
  target: CellValue;
  /** Q1 … Q3 as typed. */
  q: CellValue[];
  ytd?: CellValue;
  lastYear?: CellValue;
};

/** The measures by theme, as the first subsidiary's sheet has them (the others differ in a few figures). */
export const HOUSING_THEMES: [string, Measure[]][] = [
  [
    'Homes',
    [
      {
        ref: 'RP01',
        name: 'Homes that do not meet the Decent Homes Standard (%)',
        good: 'Lower',
        target: 1.5,
        q: [1.9, 1.7, 1.6],
      },
      {
        ref: 'RP02',
        name: 'Repairs completed within target timescale (%)',
        good: 'Higher',
        target: 90,
        q: [88.2, 89.5, 90.4],
      },
      { ref: 'BS01', name: 'Gas safety checks carried out (%)', good: 'Higher', target: 100, q: [100, 99.94, 99.87] },
      { ref: 'BS02', name: 'Fire risk assessments carried out (%)', good: 'Higher', target: 100, q: [100, 100, 100] },
    ],
  ],
  [
    'Tenants',
    [
      { ref: 'TP01', name: 'Overall satisfaction (%)', good: 'Higher', target: 75, q: [72.4, 74.0, '79.0*'] },
      { ref: 'TP02', name: 'Satisfaction with repairs (%)', good: 'Higher', target: 80, q: [78.5, 80.1, '91.2%*'] },
      { ref: 'CH01', name: 'Stage 1 complaints per 1,000 homes', good: 'Lower', target: 40, q: [42.0, 39.4, '38.1†'] },
    ],
  ],
  [
    'Neighbourhoods',
    [
      {
        ref: 'NM01',
        name: 'Anti-social behaviour cases per 1,000 homes',
        good: 'Lower',
        target: 30,
        q: [31.2, 29.8, '27.5 (p)'],
      },
      {
        ref: 'TP12',
        name: 'Satisfaction with handling of anti-social behaviour (%)',
        good: 'Higher',
        target: 65,
        q: [61.0, 63.5, 64.1],
      },
    ],
  ],
  [
    'Finance',
    [
      { ref: 'F01', name: 'Rent collected (%)', good: 'Higher', target: 99, q: [97.9, 98.3, '98.7r'] },
      {
        ref: 'F02',
        name: 'Rent lost through empty homes (%)',
        good: 'Lower',
        target: 1.5,
        q: [1.8, 1.6, 1.4],
        ytd: 1.6,
        lastYear: 1.9,
      },
    ],
  ],
];

/** The subsidiaries, one sheet each, in the pack's order. */
export const HOUSING_SUBSIDIARIES = ['Riverside Homes', 'Riverside Living', 'Kingfisher HA'];

/**
 * One subsidiary's sheet: the banner, the quarter line, the header, then each theme's band row and its
 * measures. `marks: false` types every figure plainly (the marks taken off), for comparing.
 */
export function housingSheet(name: string, options: { marks?: boolean } = {}): SheetGrid {
  const marks = options.marks ?? true;
  const rows: CellValue[][] = [[HOUSING_BANNER], [`${name} — Quarter 3 2025/26`], [], HOUSING_HEADER];
  for (const [theme, measures] of HOUSING_THEMES) {
    rows.push([theme]);
    for (const m of measures) {
      const q = m.q.map((v) => (marks || typeof v !== 'string' ? v : Number.parseFloat(v)));
      rows.push([m.ref, m.name, m.good, m.target, ...q, null, m.ytd ?? null, m.lastYear ?? null, null, null]);
    }
  }
  return sheet(name, rows);
}

/** The whole pack: one sheet per subsidiary, the same codes on each. */
export function housingPack(options: { marks?: boolean } = {}): SheetGrid[] {
  return HOUSING_SUBSIDIARIES.map((s) => housingSheet(s, options));
}
