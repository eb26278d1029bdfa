/**
 * Sheets that repeat the whole's indicators with an area's figures (read/area-sheets.ts; fresh user 12,
 * variant C): a police force's BCU sheets, a county's district sheets. Each is scored and coloured on its
 * own sheet; the summaries count each indicator once, from the whole's figure.
 */
import { strict as assert } from 'assert';
import {
  defaultState,
  prepareRun,
  scoreWorkbook,
  validateMapping,
  type CellValue,
  type ColumnMapping,
  type ScoreResult,
  type SheetGrid,
} from '../../src/core';
import { figuresFit, namesArea } from '../../src/core/read/area-sheets';
import { reportLines } from '../../src/cli/report';
import { policeGrids } from '../support/police-pcc';
import { sheet } from '../support/grids';

const Q2 = { quarter: 2 as const };
const BCUS = ['North BCU', 'South BCU', 'Central BCU'];

function scored(grids: SheetGrid[], mapping: ColumnMapping | null = null): ScoreResult {
  return scoreWorkbook(grids, { ...Q2, mapping }).result;
}

const kinds = (r: ScoreResult, kind: string) => r.findings.filter((f) => f.kind === kind);

describe("A police force's pack with a sheet for each BCU repeating the force's refs (fresh user 12, variant C)", () => {
  let grids: SheetGrid[];
  let force: ScoreResult;
  let withBcus: ScoreResult;
  before(async () => {
    force = scored(await policeGrids());
    grids = await policeGrids({ bcuSheets: true });
    withBcus = scored(grids);
  });

  it('the force summary counts 38 indicators in 5 priorities, as the pack without the BCU sheets does', () => {
    assert.equal(withBcus.executiveSummary.total, 38);
    assert.deepEqual(withBcus.executiveSummary, force.executiveSummary);
    assert.deepEqual(withBcus.priorities, force.priorities);
  });

  it("the North BCU sheet's 5 indicators are scored on their own sheet and not added in", () => {
    const north = withBcus.indicators.filter((s) => s.sheet === 'North BCU');
    assert.deepEqual(
      north.map((s) => s.ref),
      ['PC1.1', 'PC1.2', 'PC1.4', 'PC1.6', 'RP3.4'],
    );
    assert.ok(north.every((s) => s.area === 'North BCU'));
    // RP3.4 has a target of 90% on the BCU sheet: North's 91.0% in Sept is rated on target, on North's sheet.
    const rp34 = north.find((s) => s.ref === 'RP3.4')!;
    assert.deepEqual([rp34.latestValue, rp34.status], [0.91, 'on target']);
    assert.equal(withBcus.indicators.length, 38 + 15, 'all 53 rows scored');
  });

  it("colours the BCU sheets' cells as the force's (their owned cells are planned)", () => {
    const run = prepareRun(grids, defaultState(), Q2);
    const sheets = new Set(run.plan.patches.map((p) => p.sheet));
    for (const bcu of BCUS) assert.ok(sheets.has(bcu), `${bcu} is formatted`);
    assert.equal(run.result.executiveSummary.total, 38);
  });

  it('says once, in a Note, that the BCU sheets are breakdowns, why, and how to count them otherwise', () => {
    const notes = kinds(withBcus, 'area-sheets');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.equal(
      notes[0].message,
      `'North BCU', 'South BCU' and 'Central BCU' repeat 5 indicators of 'P1 Preventing Crime' and 'P3 Responsive Policing' (PC1.1, PC1.2, PC1.4, PC1.6 …) with each area's own figures, so they are read as breakdowns of them, as their names say and their figures bear out (they add up to the whole's or sit near it): each breakdown is scored and coloured on its own sheet, but not counted again — the summaries count each indicator once, from 'P1 Preventing Crime' and 'P3 Responsive Policing' (15 breakdown rows left out of the counts). To count them as returns of their own instead, map them so: {"returnSheets":["North BCU","South BCU","Central BCU"]}.`,
    );
    assert.deepEqual(kinds(withBcus, 'duplicate-ref'), [], 'PC1.1 on a BCU sheet is no duplicate');
    assert.deepEqual(kinds(withBcus, 'parallel-sheets'), [], 'not read as organisations');
  });

  it('keeps the BCU rows out of the highlights and Tier 1 lists (each ref once)', () => {
    for (const list of [withBcus.strongPerformance, withBcus.requiresImprovement, withBcus.tier1])
      assert.equal(new Set(list).size, list.length);
    assert.deepEqual(withBcus.strongPerformance, force.strongPerformance);
    assert.deepEqual(withBcus.requiresImprovement, force.requiresImprovement);
  });

  it('the summary sheet and the command line state the breakdowns in one line beside the counts', () => {
    const line =
      "15 area breakdown rows (on 'North BCU', 'South BCU' and 'Central BCU') are scored and coloured on their own sheets, not counted here: each indicator is counted once, from the figure for the whole.";
    const run = prepareRun(grids, defaultState(), Q2);
    const summary = run.plan.sheets.find((s) => s.role === 'summary')!;
    const note = summary.values.values[1].map(String).join('');
    assert.ok(note.startsWith('38 indicators in 5 priorities'), note);
    assert.ok(note.includes(line), note);
    const lines = reportLines(withBcus);
    assert.equal(lines[1], line);
    assert.match(lines[0], /: 38 indicators in 5 priorities/);
  });

  it('with no force sheets, the three BCU sheets are returns of their own, as before: 15 indicators, a priority each', () => {
    const r = scored(grids.filter((g) => BCUS.includes(g.name)));
    assert.equal(r.executiveSummary.total, 15);
    assert.deepEqual(
      r.priorities.map((p) => [p.priorityName, p.total]),
      BCUS.map((b) => [`${b} – local crime picture`, 5]),
    );
    assert.deepEqual(kinds(r, 'area-sheets'), []);
    assert.equal(kinds(r, 'parallel-sheets').length, 1);
  });

  it('counts them as returns of their own where the mapping says so (53, as before), with the parallel Note', () => {
    const returns = scored(grids, { returnSheets: BCUS });
    assert.equal(returns.executiveSummary.total, 53);
    assert.deepEqual(kinds(returns, 'area-sheets'), []);
    assert.equal(kinds(returns, 'parallel-sheets').length, 1);
  });

  it("reads BCU sheets named after their towns alone as breakdowns too, because their crime counts add up to the force's", async () => {
    const towns: [string, string, string] = ['Northton', 'Southby', 'Midchester'];
    const r = scored(
      await policeGrids({ bcuSheets: true, bcuNames: towns, bcuHeading: (s) => `${s} – crime picture` }),
    );
    assert.equal(r.executiveSummary.total, 38);
    const note = kinds(r, 'area-sheets');
    assert.equal(note.length, 1);
    assert.match(
      note[0].message,
      /^'Northton', 'Southby' and 'Midchester' repeat 5 indicators of 'P1 Preventing Crime' and 'P3 Responsive Policing'/,
    );
    assert.match(note[0].message, /as their figures say \(they add up to the whole's\)/);
  });
});

/** A county's sheet and a sheet per district, with the given figures for Q1 and Q2 (months Jun and Sep). */
function county(
  districts: { name: string; heading?: string; share: number }[],
  rows: {
    ref: string;
    name: string;
    pol: 'Higher' | 'Lower';
    target: number;
    jun: number;
    sep: number;
    rate?: boolean;
  }[],
  districtFigure: (row: (typeof rows)[number], share: number, month: 'jun' | 'sep', i: number) => number,
): SheetGrid[] {
  const head: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'];
  const grids = [
    sheet('Kentshire County', [
      ['Kentshire County Council – Waste and Environment, Q2 2025/26'],
      head,
      ...rows.map((r) => [r.ref, r.name, r.pol, r.target, r.jun, r.sep]),
    ]),
  ];
  districts.forEach((d, i) =>
    grids.push(
      sheet(d.name, [
        [d.heading ?? `${d.name} – Waste and Environment, Q2 2025/26`],
        head,
        ...rows.map((r) => [
          r.ref,
          r.name,
          r.pol,
          r.rate ? r.target : null,
          districtFigure(r, d.share, 'jun', i),
          districtFigure(r, d.share, 'sep', i),
        ]),
      ]),
    ),
  );
  return grids;
}

interface WasteRow {
  ref: string;
  name: string;
  pol: 'Higher' | 'Lower';
  target: number;
  jun: number;
  sep: number;
  rate?: boolean;
}
const WASTE: WasteRow[] = [
  {
    ref: 'W1',
    name: 'Household waste collected (tonnes)',
    pol: 'Lower' as const,
    target: 60000,
    jun: 61200,
    sep: 59400,
  },
  { ref: 'W2', name: 'Fly-tipping incidents', pol: 'Lower' as const, target: 900, jun: 960, sep: 870 },
  { ref: 'W3', name: 'Missed bin collections', pol: 'Lower' as const, target: 300, jun: 330, sep: 280 },
  {
    ref: 'W4',
    name: 'Household waste recycled (%)',
    pol: 'Higher' as const,
    target: 50,
    jun: 48.5,
    sep: 49.2,
    rate: true,
  },
];
const SHARES = [0.4, 0.25, 0.35];
const byShare = (r: WasteRow, share: number, m: 'jun' | 'sep', i: number) =>
  r.rate ? r[m] + (i - 1) * 1.5 : Math.round(r[m] * share);

describe("A county workbook with one sheet per district repeating the county's refs", () => {
  it('the county summary counts 4 indicators; the districts\' sheets ("Ashford district" …) are scored and not added in', () => {
    const grids = county(
      ['Ashford', 'Canterbury', 'Dover'].map((n, i) => ({ name: `${n} district`, share: SHARES[i] })),
      WASTE,
      byShare,
    );
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 4);
    assert.deepEqual(
      r.priorities.map((p) => [p.priorityName, p.total]),
      [['Waste and Environment, Q2', 4]],
    );
    assert.equal(r.indicators.filter((s) => s.area !== undefined).length, 12);
    assert.match(kinds(r, 'area-sheets')[0].message, /as their names say and their figures bear out/);
  });

  it("does not score a district's tonnes against the county's row of the Targets sheet (a part of the county's, always under it)", () => {
    const grids = county(
      ['Ashford', 'Canterbury', 'Dover'].map((n, i) => ({ name: `${n} district`, share: SHARES[i] })),
      WASTE,
      byShare,
    );
    grids.push(
      sheet('Targets', [
        ['Ref', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'],
        ['W1', ...Array(12).fill(58000)],
      ]),
    );
    const r = scored(grids);
    const w1 = r.indicators.filter((s) => s.ref === 'W1');
    assert.deepEqual(
      w1.map((s) => [s.sheet, s.periodTarget, s.status]),
      [
        ['Kentshire County', 58000, 'within tolerance'],
        ['Ashford district', null, 'no target'],
        ['Canterbury district', null, 'no target'],
        ['Dover district', null, 'no target'],
      ],
    );
    assert.equal(
      kinds(r, 'area-support-rows')[0]?.message,
      "The Targets sheet's rows for W1 are the whole's: the areas' figures on 'Ashford district', 'Canterbury district' and 'Dover district' add up to the whole's, so those rows are not used for the areas' rows (no target or Trend from them there). Give an area's row its own target in its sheet's Target column.",
    );
  });

  it("reads district sheets named after the place alone as breakdowns where their counts add up to the county's", () => {
    const grids = county(
      ['Ashford', 'Canterbury', 'Dover'].map((n, i) => ({ name: n, share: SHARES[i] })),
      WASTE,
      byShare,
    );
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 4);
    assert.match(
      kinds(r, 'area-sheets')[0].message,
      /^'Ashford', 'Canterbury' and 'Dover' repeat 4 indicators of 'Kentshire County'/,
    );
  });

  it('where neither names nor figures tell, counts them as before but says so in a Check with the mapping to use', () => {
    // Each place's own figures, not adding up to the county's: a return of its own, or a breakdown?
    const grids = county(
      ['Ashford', 'Canterbury', 'Dover'].map((n, i) => ({ name: n, share: SHARES[i] })),
      WASTE.slice(0, 3).concat([{ ...WASTE[3], ref: 'W5', name: 'Street cleanliness (%)' }]),
      (row, _share, m, i) => Math.round(row[m] * (0.5 + i * 0.1)),
    );
    // The county holds one ref more than the places do: a whole by its shape.
    grids[0].values.push(['W9', 'Waste complaints', 'Lower', 40, 44, 39]);
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 5 + 3 * 4, 'counted as returns, as before');
    const check = kinds(r, 'area-or-return');
    assert.equal(check.length, 1);
    assert.equal(check[0].severity, 'warning');
    assert.equal(
      check[0].message,
      `'Ashford', 'Canterbury' and 'Dover' repeat 4 indicators of 'Kentshire County' (W1, W2, W3, W5), but neither their names nor their figures say whether they are areas of it (a breakdown of its figures) or returns of their own: they are counted as returns of their own, each a priority of their own. If they are areas of 'Kentshire County', map them so: {"breakdownSheets":["Ashford","Canterbury","Dover"]}; they are then scored on their own sheet but counted once, from 'Kentshire County'.`,
    );
    const mapped = scored(grids, { breakdownSheets: ['Ashford', 'Canterbury', 'Dover'] });
    assert.equal(mapped.executiveSummary.total, 5);
    assert.match(kinds(mapped, 'area-sheets')[0].message, /as the mapping says/);
    assert.deepEqual(kinds(mapped, 'area-or-return'), []);
  });

  it('where the sheets name districts but the figures neither add up nor sit near, still does not count them, and says to check', () => {
    const grids = county(
      ['Ashford', 'Canterbury', 'Dover'].map((n) => ({ name: `${n} district`, share: 1 })),
      WASTE.slice(0, 3),
      (row, _share, m) => row[m] * 3,
    );
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 3);
    const check = kinds(r, 'area-sheets-figures');
    assert.equal(check.length, 1);
    assert.equal(
      check[0].message,
      `On 'Ashford district', 'Canterbury district' and 'Dover district', the figures for W1, W2 and W3 neither add up to the whole's nor sit near them (W1 Sept: 178,200 + 178,200 + 178,200 against 59,400), so only the sheets' names say they are areas: they are still read as breakdowns and not counted. Check they are those areas' figures; if the sheets are returns of their own, map them so: {"returnSheets":["Ashford district","Canterbury district","Dover district"]}, and they are counted.`,
    );
  });

  it("leaves a housing group's subsidiaries, peers with the same refs and no whole, as returns of their own", () => {
    const head: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'];
    const grids = ['Riverside Homes', 'Riverside Living', 'Kingfisher HA'].map((name, i) =>
      sheet(name, [
        head,
        ['TP01', 'Overall satisfaction', 'Higher', 80, 75 + i, 76 + i],
        ['RP01', 'Homes not meeting Decent Homes', 'Lower', 1, 1.2 + i, 1.1 + i],
        ['BS01', 'Gas safety checks', 'Higher', 100, 99.5, 99.8],
      ]),
    );
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 9);
    assert.deepEqual(kinds(r, 'area-sheets'), []);
    assert.deepEqual(kinds(r, 'area-or-return'), []);
    assert.equal(kinds(r, 'parallel-sheets').length, 1);
  });
});

describe("An NHS trust's IPR with a sheet per site repeating the trust's measures", () => {
  it("counts the trust's 3 measures once; the two hospitals' sheets are scored on their own", () => {
    const head: CellValue[] = ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'];
    const trust = (k: number): CellValue[][] => [
      ['ED1', '4-hour A&E standard (%)', 'Higher', 78, 74 + k, 76 + k],
      ['RTT1', 'RTT within 18 weeks (%)', 'Higher', 92, 60 + k, 61 + k],
      ['C1', 'C. difficile cases', 'Lower', 40, k === 0 ? 12 : 6 + k, k === 0 ? 10 : 5 + k],
    ];
    const grids = [
      sheet('Trust', [['Mersey NHS Trust – Integrated Performance Report'], head, ...trust(0)]),
      sheet('Whiston Hospital', [['Whiston Hospital site'], head, ...trust(-1)]),
      sheet('St Helens Hospital', [['St Helens Hospital site'], head, ...trust(1)]),
    ];
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 3);
    assert.equal(r.indicators.filter((s) => s.area !== undefined).length, 6);
    assert.match(
      kinds(r, 'area-sheets')[0].message,
      /^'Whiston Hospital' and 'St Helens Hospital' repeat 3 indicators of 'Trust'/,
    );
  });
});

describe('Sheets that only happen to name a place are not taken for areas', () => {
  const head: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'];

  it('one ref repeated on a "Safer Neighbourhoods" sheet is still a duplicate, both rows counted', () => {
    const r = scored([
      sheet('Housing', [head, ['H1', 'Rent collected %', 'Higher', 99, 98, 98], ['H2', 'Voids', 'Lower', 2, 2, 2]]),
      sheet('Safer Neighbourhoods', [
        head,
        ['H1', 'Rent collected %', 'Higher', 99, 98, 98],
        ['S1', 'ASB cases', 'Lower', 50, 48, 47],
        ['S2', 'Fly-tipping', 'Lower', 90, 88, 91],
      ]),
    ]);
    assert.equal(r.executiveSummary.total, 5);
    assert.deepEqual(kinds(r, 'area-sheets'), []);
    assert.deepEqual(
      kinds(r, 'duplicate-ref').map((f) => f.ref),
      ['H1'],
    );
  });

  it('a force sheet headed "Neighbourhood crime" over three towns\' sheets is the whole (their figures add up to it), not an area', () => {
    const rows = (k: number): CellValue[][] => [
      ['N1', 'Burglary', 'Lower', null, Math.round(300 * k), Math.round(330 * k)],
      ['N2', 'Vehicle crime', 'Lower', null, Math.round(600 * k), Math.round(620 * k)],
      ['N3', 'Shoplifting', 'Lower', null, Math.round(900 * k), Math.round(870 * k)],
    ];
    const grids = [
      sheet('Neighbourhood crime', [head, ...rows(1)]),
      ...['Northton', 'Southby', 'Midchester'].map((n, i) => sheet(n, [head, ...rows([0.3, 0.3, 0.4][i])])),
    ];
    const r = scored(grids);
    assert.equal(r.executiveSummary.total, 3);
    assert.ok(r.indicators.filter((s) => s.sheet === 'Neighbourhood crime').every((s) => s.area === undefined));
    assert.match(
      kinds(r, 'area-sheets')[0].message,
      /^'Northton', 'Southby' and 'Midchester' repeat 3 indicators of 'Neighbourhood crime'/,
    );
  });
});

describe('Area breakdown rules', () => {
  it('names an area: BCU, district, division, site, locality, ward — not the whole', () => {
    assert.deepEqual(
      ['North BCU', 'Ashford district', 'Medicine Division', 'Whiston site', 'Locality 3', 'Central ward'].map(
        namesArea,
      ),
      [true, true, true, true, true, true],
    );
    assert.deepEqual(
      ['Force-wide', 'All districts', 'District total', 'P1 Preventing Crime', 'Kentshire County'].map(namesArea),
      [false, false, false, false, false],
    );
  });

  it("areas' figures add up to the whole's (rounding allowed), or sit near it (a rate), or neither", () => {
    assert.equal(figuresFit(8102, [2674, 2431, 2998]), 'adds up');
    assert.equal(figuresFit(0.893, [0.91, 0.907, 0.914]), 'near');
    assert.equal(figuresFit(59400, [178200, 178200]), 'neither');
  });

  it('refuses a mapping naming one sheet both a breakdown and a return', () => {
    const grids = [
      sheet('North BCU', [
        ['Ref', 'Indicator', 'Q1'],
        ['W1', 'Waste', 1],
      ]),
    ];
    assert.throws(
      () => validateMapping({ breakdownSheets: ['North BCU'], returnSheets: ['North BCU'] }, grids),
      /"North BCU" is named both in "breakdownSheets" and in "returnSheets"; keep it in one/,
    );
  });

  it('refuses a mapping naming a sheet the workbook does not have, in one sentence', () => {
    const grids = [
      sheet('County', [
        ['Ref', 'Indicator', 'Q1'],
        ['W1', 'Waste', 1],
      ]),
    ];
    assert.throws(
      () => validateMapping({ breakdownSheets: ['North BCU'] }, grids),
      /the mapping names a sheet "North BCU" in "breakdownSheets" that the workbook does not have/,
    );
  });
});
