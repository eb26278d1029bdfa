/**
 * How the generated summaries name their counts (session 9 closing note, noticed items 3, 7 and 8, and
 * fresh user 3's key spilling out of its boxes): "Not rated" apart from "No target", an empty highlight list
 * that says whether there were quartiles, "3 of 8" named as a comparator position, the organisation's own
 * words, and key text kept inside its box. The St Helens example's sheets stay as the report prints them.
 */
import { strict as assert } from 'assert';
import {
  defaultState,
  prepareRun,
  type CellFormat,
  type CellValue,
  type PreparedRun,
  type SheetContent,
  type SheetGrid,
} from '../../src/core';
import { comparatorPosition } from '../../src/core/findings/reading';
import { organisationOf } from '../../src/core/read/organisation';
import { findingsSheet, generatedSheetRole } from '../../src/core/plan/summary-sheets';
import { countsPhrase } from '../../src/office/outcome-message';
import { reportGrids } from '../support/golden';
import { sheet } from '../support/grids';

const HEADER: CellValue[] = ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'DOT', 'Quartile'];

/** A quarterly table: ref, name, polarity, target, Q1, Q2, quartile (DOT left to the product). */
function kpis(
  name: string,
  title: string | null,
  rows: [string, string, string, CellValue, number, number, CellValue][],
) {
  const body = rows.map(([ref, n, pol, target, q1, q2, quartile]) => [ref, n, pol, target, q1, q2, null, quartile]);
  return sheet(name, [...(title ? [[title], []] : []), HEADER, ...body]);
}

function run(grids: SheetGrid[]): PreparedRun {
  return prepareRun(grids, defaultState(), { quarter: 2 });
}

const text = (content: SheetContent): string[][] =>
  content.values.values.map((r) => r.map((v) => (v === null ? '' : String(v))));

/** The format written to one cell of a generated sheet (merged over its format groups). */
function formatAt(content: SheetContent, row: number, col: number): CellFormat {
  let out: CellFormat = {};
  for (const g of content.formats)
    for (const a of g.areas)
      if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) out = { ...out, ...g.format };
  return out;
}

const sheetOf = (r: PreparedRun, role: SheetContent['role']) => r.plan.sheets.find((s) => s.role === role)!;

describe('The summaries name what they count', () => {
  const stHelens = prepareRun(reportGrids(), defaultState());

  describe('"Not rated" is counted apart from "No target"', () => {
    // KP1 has no target at all; KP2 has one but "Contextual" polarity says neither way is better; KP3 is judged.
    const grids = [
      kpis('P1 Services', null, [
        ['KP1', 'Complaints received', 'Lower', null, 40, 38, '2nd'],
        ['KP2', 'Staff turnover %', 'Contextual', 10, 9, 11, '1st'],
        ['KP3', 'Invoices paid in 30 days %', 'Higher', 95, 96, 97, '2nd'],
      ]),
    ];
    const r = run(grids);

    it('counts KP1 under No target and KP2 under Not rated: a target that is there is never counted as missing', () => {
      const e = r.result.executiveSummary;
      assert.deepEqual([e.total, e.onTarget, e.noTarget, e.notRated], [3, 1, 1, 1]);
      assert.deepEqual([r.result.priorities[0].noTarget, r.result.priorities[0].notRated], [1, 1]);
    });

    it('the Summary has a Not rated column after No target in both tables, and the key says what each counts', () => {
      const rows = text(sheetOf(r, 'summary'));
      const council = rows.findIndex((x) => x[1] === 'Total PIs');
      assert.deepEqual(rows[council].slice(1, 8), [
        'Total PIs',
        'On target',
        'Within 5% of target',
        'Off target',
        'Data gaps',
        'No target',
        'Not rated',
      ]);
      assert.deepEqual(rows[council + 1].slice(0, 8), ['Whole council', '3', '1', '0', '0', '0', '1', '1']);
      const byPriority = rows.findIndex((x) => x[0] === 'Priority');
      assert.deepEqual(rows[byPriority].slice(6, 8), ['No target', 'Not rated']);
      assert.deepEqual(rows[byPriority + 1].slice(0, 8), ['P1 Services', '3', '1', '0', '0', '0', '1', '1']);
      const key = rows.map((x) => x[0]);
      assert.ok(key.includes('No target: none is set for the quarter'));
      assert.ok(
        key.includes(
          "Not rated: it has a target but cannot be judged against it this quarter; why is on 'Q2 Highlights', what to do on 'Q2 Findings'",
        ),
      );
    });

    it('the Highlights says "Not rated" and why for KP2, "No target" for KP1', () => {
      const cells = text(sheetOf(r, 'highlights')).flat();
      assert.ok(cells.includes('Not rated: Contextual (neither higher nor lower is better)'));
      assert.ok(cells.includes('No target'));
      assert.ok(!cells.some((c) => c.startsWith('No target:')));
    });

    it('the ribbon and pane sentence says "1 without a target, 1 not rated"', () => {
      assert.match(countsPhrase(r), /, 1 without a target, 1 not rated — \d+ findings?$/);
    });

    it("St Helens, with none not rated, keeps the report's six count columns and its key", () => {
      const rows = text(sheetOf(stHelens, 'summary'));
      assert.ok(!rows.flat().some((c) => /Not rated/.test(c)));
      const council = rows.findIndex((x) => x[1] === 'Total PIs');
      assert.deepEqual(rows[council].slice(1, 8), [
        'Total PIs',
        'On target',
        'Within 5% of target',
        'Off target',
        'Data gaps',
        'No target',
        '',
      ]);
      assert.equal(stHelens.result.executiveSummary.notRated, 0);
      assert.equal(countsPhrase(stHelens), '29 on target, 8 within 5%, 21 off target, 2 data gaps — 18 findings');
    });
  });

  describe('Requires improvement and strong performance say why they are empty', () => {
    const noQuartiles = run([
      sheet('P1 Services', [
        ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['KP1', 'Invoices paid in 30 days %', 'Higher', 95, 96, 93],
        ['KP3', 'Calls answered %', 'Higher', 90, 85, 80],
      ]),
    ]);

    it('without a quartile anywhere, the lists are chosen against target and say so (fresh user 10: a fire service keeps no quartiles)', () => {
      const h = text(sheetOf(noQuartiles, 'highlights'));
      const at = (title: string, k: number) => h[h.findIndex((x) => x[0] === title) + k][0];
      assert.match(at('Strong performance', 1), /^No indicator has a quartile, so chosen against target: on target/);
      assert.equal(at('Strong performance', 2), 'None this quarter.', 'KP1 amber, KP3 red: no strong performer');
      assert.match(at('Requires improvement', 1), /^No indicator has a quartile, so chosen against target: off target/);
      assert.deepEqual(noQuartiles.result.requiresImprovement, ['KP3'], 'KP3 80% against 90%, worsening');
    });

    it('with some quartiles and none to list, how many could be judged', () => {
      const r = run([
        kpis('P1 Services', null, [
          ['KP1', 'Invoices paid in 30 days %', 'Higher', 95, 96, 97, '2nd'],
          ['KP2', 'Calls answered %', 'Higher', 90, 85, 88, 'N/A'],
        ]),
      ]);
      const h = text(sheetOf(r, 'highlights'));
      assert.equal(
        h[h.findIndex((x) => x[0] === 'Requires improvement') + 2][0],
        'None this quarter among the 1 indicator with a quartile; the other 1 has none (N/A), so they cannot be listed here.',
      );
    });

    it('"3 of 8" in the quartile cell: a Check naming it a comparator position and the quartile to type', () => {
      const r = run([
        kpis('P1 Crime', null, [['PC1', 'Burglary per 1,000 households', 'Lower', 0.5, 0.6, 0.57, '3 of 8']]),
      ]);
      const f = r.result.findings.find((x) => x.ref === 'PC1' && x.kind === 'unreadable-cell')!;
      assert.equal(f.severity, 'warning');
      assert.equal(f.cell, 'H2');
      assert.equal(
        f.message,
        'PC1: comparative performance "3 of 8" is a position in a comparator group (3rd of 8), not a quartile, so it is treated as N/A and cannot put the indicator in the strong performance or requires improvement tables. Type the quartile instead: 3rd of 8 is the 2nd quartile (places 3–4 of 8, the group split into four equal parts).',
      );
      assert.equal(r.result.indicators[0].quartile, null, 'not read as a quartile: advice only');
    });

    it('places a comparator position in its quartile: 3 of 15 is the 1st (places 1–3), 8 of 8 the 4th, "MSG 2nd of 4"', () => {
      assert.deepEqual(comparatorPosition('3 of 15'), {
        place: '3rd',
        of: 15,
        quartile: '1st',
        positions: 'places 1–3',
      });
      assert.deepEqual(comparatorPosition('8 of 8'), { place: '8th', of: 8, quartile: '4th', positions: 'places 7–8' });
      assert.deepEqual(comparatorPosition('MSG 2nd of 4'), {
        place: '2nd',
        of: 4,
        quartile: '2nd',
        positions: 'place 2',
      });
      assert.equal(comparatorPosition('9 of 8'), null);
      assert.equal(comparatorPosition('4th Quartile'), null);
    });

    it('St Helens lists both tables as before', () => {
      const h = text(sheetOf(stHelens, 'highlights')).flat();
      assert.ok(!h.some((c) => /None can be listed|None this quarter among/.test(c)));
    });
  });

  describe("The organisation's own words", () => {
    it('reads whose workbook it is from its titles, sheet names and priorities — never an indicator name', () => {
      assert.equal(organisationOf(['P6 Modern Council', 'Be a modern, efficient and effective Council']), 'council');
      assert.equal(organisationOf(['Northshire Police – Force Performance Report, April to October 2026']), 'force');
      assert.equal(organisationOf(['Police and Crime Plan priority 1: Reducing crime']), 'force');
      assert.equal(organisationOf(['Safer streets: working with the police', 'Eastvale Borough Council']), 'council');
      assert.equal(organisationOf(['Northshire Fire & Rescue Service and Eastvale District Council']), 'organisation');
      assert.equal(organisationOf(['Northshire Fire and Rescue Authority – KPIs']), 'fire');
      assert.equal(
        organisationOf(['Northshire Hospitals NHS Foundation Trust – Integrated Performance Report']),
        'nhs',
      );
      assert.equal(organisationOf(['NHS Northshire ICB – System Oversight']), 'organisation');
      assert.equal(organisationOf(['KPIs', 'Council Tax']), 'council', 'no kind named: the default');
      assert.equal(organisationOf(['Riverside Vale Housing Group - Board KPI pack 2025/26', 'Homes']), 'housing');
      assert.equal(organisationOf(['Homes', 'Tenants', 'Money']), 'council', '"Homes" alone is a council theme too');
    });

    const force = run([
      kpis('Force Performance', 'Northshire Police – Force Performance Report 2026/27', [
        ['PC1', 'Residential burglary per 1,000 households', 'Lower', 0.5, 0.6, 0.57, '2nd'],
        ['PC2', '999 calls answered within 10 seconds %', 'Higher', 90, 91, 88, '3rd'],
      ]),
    ]);

    it('a police force\'s Summary says "the whole force" and "Total indicators"', () => {
      assert.equal(force.result.organisation, 'force');
      const rows = text(sheetOf(force, 'summary'));
      assert.ok(rows.some((x) => x[0] === 'Executive summary – the whole force'));
      assert.ok(rows.some((x) => x[1] === 'Total indicators'));
      assert.ok(rows.some((x) => x[1] === 'Total indicators where DOT can be determined'));
      assert.ok(rows.some((x) => x[0] === 'The whole-force row is the sum of the priorities above it.'));
      assert.equal(rows.filter((x) => x[0] === 'Whole force').length, 4);
      assert.ok(!rows.flat().some((c) => /council|Total PIs/i.test(c)));
      assert.equal(generatedSheetRole(sheetOf(force, 'summary').values.values as CellValue[][]), 'summary');
    });

    it('its Findings sheet with nothing to check says "before the report goes out", and is still known as the product\'s', () => {
      const findings = findingsSheet({ ...force.result, findings: [] }, force.names);
      assert.equal(text(findings)[3][0], 'No findings: nothing to check before the report goes out.');
      assert.equal(generatedSheetRole(findings.values.values as CellValue[][]), 'findings');
      const council = findingsSheet({ ...stHelens.result, findings: [] }, stHelens.names);
      assert.equal(text(council)[3][0], 'No findings: nothing to check before the report goes to Cabinet.');
    });

    it('St Helens (it names itself a council) keeps "the whole council" and "Total PIs"', () => {
      assert.equal(stHelens.result.organisation, undefined);
      const rows = text(sheetOf(stHelens, 'summary'));
      assert.ok(rows.some((x) => x[0] === 'Executive summary – the whole council'));
      assert.ok(rows.some((x) => x[1] === 'Total PIs where DOT can be determined'));
    });
  });

  describe("The DOT key's words, plain for every sector", () => {
    const TITLES: [string, string][] = [
      ['force', 'Northshire Police – Force Performance Report 2026/27'],
      ['fire', 'Northshire Fire and Rescue Authority – KPIs'],
      ['nhs', 'Northshire Hospitals NHS Foundation Trust – Integrated Performance Report'],
      ['housing', 'Riverside Vale Housing Group - Board KPI pack 2025/26'],
      ['organisation', 'Northshire Fire & Rescue Service and Eastvale District Council'],
    ];
    const sectorRun = (title: string, dot?: 'period') =>
      prepareRun(
        [
          kpis('KPIs', title, [
            ['K1', 'Calls answered within 10 seconds %', 'Higher', 90, 91, 88, null],
            ['K2', 'Complaints per 1,000 residents', 'Lower', 5, 6, 5.5, null],
          ]),
        ],
        defaultState(),
        { quarter: 2, ...(dot ? { dot } : {}) },
      );
    const dotKey = (r: PreparedRun) =>
      text(sheetOf(r, 'summary'))
        .map((x) => x[0])
        .filter((x) => /^[↑↓↔■] /.test(x));

    it('a council keeps the St Helens report\'s own key: "Better than the last reported outturn"', () => {
      assert.deepEqual(dotKey(stHelens), [
        '↑ Better than the last reported outturn',
        '↓ Worse than the last reported outturn',
        '↔ No change from the last reported outturn',
        '■ First reported period',
      ]);
    });

    for (const [kind, title] of TITLES) {
      it(`a ${kind} workbook's key says "the previous reported quarter", never "outturn"`, () => {
        const r = sectorRun(title);
        assert.equal(r.result.organisation, kind);
        assert.deepEqual(dotKey(r), [
          '↑ Better than the previous reported quarter',
          '↓ Worse than the previous reported quarter',
          '↔ No change from the previous reported quarter',
          '■ First reported period',
        ]);
        assert.ok(
          !text(sheetOf(r, 'summary'))
            .flat()
            .some((c) => /outturn/i.test(c)),
        );
      });
    }

    it('with DOT against the previous period, "the previous reported period"', () => {
      assert.deepEqual(dotKey(sectorRun(TITLES[2][1], 'period')).slice(0, 3), [
        '↑ Better than the previous reported period',
        '↓ Worse than the previous reported period',
        '↔ No change from the previous reported period',
      ]);
    });
  });

  describe('The key stays inside its boxes', () => {
    it('wraps a key line longer than column A (44 characters) and leaves the ones that fit as they were', () => {
      // Two-sided indicators make the amber and red lines long ("… (close to target: within the amber band)").
      const r = run([
        kpis('P1 Services', null, [
          ['KP1', 'Occupancy %', 'Close to target', 95, 94, 96, '2nd'],
          ['KP2', 'Invoices paid in 30 days %', 'Higher', 95, 96, 97, '2nd'],
        ]),
      ]);
      const summary = sheetOf(r, 'summary');
      const rows = text(summary);
      const amber = rows.findIndex((x) => x[0].startsWith('Off target, within tolerance (close to target'));
      assert.ok(amber > 0);
      assert.ok(rows[amber][0].length > 44);
      assert.equal(formatAt(summary, amber, 0).wrap, true);
      const green = rows.findIndex((x) => x[0] === 'On or better than target');
      assert.equal(formatAt(summary, green, 0).wrap, undefined);
      assert.equal(summary.columnWidths[0], 44);
    });

    it("St Helens' key, every line of which fits, is not wrapped", () => {
      const summary = sheetOf(stHelens, 'summary');
      const rows = text(summary);
      const key = rows.findIndex((x) => x[0] === 'Key');
      for (let i = key + 1; i < rows.length && rows[i][0] !== ''; i++)
        assert.equal(formatAt(summary, i, 0).wrap, undefined, rows[i][0]);
    });
  });
});
