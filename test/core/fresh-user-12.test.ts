/**
 * A police / PCC performance analyst scoring the Police and Crime Plan pack (fresh-user check 12;
 * test/support/police-pcc.ts builds the workbook as the analyst did): what misled, in the analyst's words,
 * most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type ScoreResult } from '../../src/core';
import { policeGrids, policeQuarterColumnsGrids } from '../support/police-pcc';
import { byRef } from '../support/scoring';
import { ROLLING_YEAR_HEADER } from '../../src/core/read/rolling-year';

const about = (r: ScoreResult, ref: string, kind?: string) =>
  r.findings.filter((f) => f.ref === ref && (kind === undefined || f.kind === kind));

describe('Fresh user 12: a Police and Crime Plan pack, scored by an OPCC analyst', function () {
  this.timeout(60000);
  let q2: ScoreResult;
  let bare: ScoreResult;
  before(async () => {
    q2 = scoreWorkbook(await policeGrids(), { quarter: 2 }).result;
    bare = scoreWorkbook(await policeGrids({ lastYearHeader: 'Same period last year' }), { quarter: 2 }).result;
  });

  describe('1. "Same period last year (Apr-Sep 24)" is six months: Trend compares six months with six months', () => {
    it("shoplifting is up on last year: April to September's 4,632 offences against last year's 4,120 is worsening, as the row's +12.4% says", () => {
      for (const r of [q2, bare]) {
        assert.equal(byRef(r, 'PC1.6').trend, 'down');
        const [note] = about(r, 'PC1.6', 'same-period-trend');
        assert.ok(note, 'a Note says what Trend compared');
        assert.equal(note.severity, 'info');
        assert.match(note.message, /April to Sept this year added up, 4,632, with "Same period last year[^"]*", 4,120/);
      }
    });

    it('total recorded crime, 49,947 against 50,110, is improving (the row says −0.4%); violence with injury, 7,160 against 6,920, is worsening', () => {
      assert.equal(byRef(q2, 'PC1.1').trend, 'up');
      assert.equal(byRef(q2, 'PC1.4').trend, 'down');
    });

    it("says how the column was read: the header's months, else the year so far (a bare header could be the quarter)", () => {
      assert.match(about(q2, 'PC1.6', 'same-period-trend')[0].message, /the months its header names/);
      assert.match(about(bare, 'PC1.6', 'same-period-trend')[0].message, /read as the year so far/);
    });

    it('victim satisfaction (a percentage) gets no Trend from a half-year figure, and a Check says why', () => {
      for (const r of [q2, bare]) {
        assert.equal(byRef(r, 'SV2.1').trend, null);
        const [check] = about(r, 'SV2.1', 'same-period-refused');
        assert.ok(check);
        assert.equal(check.severity, 'warning');
        assert.match(check.message, /not added up/);
      }
    });

    it("KSIs, in only to July, are not compared with last year's April to September", () => {
      for (const r of [q2, bare]) {
        assert.equal(byRef(r, 'SR4.1').trend, null);
        assert.match(about(r, 'SR4.1', 'same-period-refused')[0].message, /run to July/);
      }
    });

    it('"ASB incidents" and "Hate crimes" are monitor only: no Trend is drawn for them', () => {
      for (const ref of ['PC1.7', 'PC1.8']) {
        assert.equal(byRef(q2, ref).trend, null);
        assert.equal(about(q2, ref, 'same-period-trend').length, 0);
      }
    });
  });

  describe("2. crime has no targets: DOT compares this quarter's crimes with last quarter's", () => {
    it('total recorded crime: Q2 25,182 against Q1 24,765 is worsening (September against August was "improving")', () => {
      const pc11 = byRef(q2, 'PC1.1');
      assert.equal(pc11.latestValue, 25182);
      assert.equal(pc11.dot, 'down');
      assert.equal(pc11.status, 'no target');
      const [note] = about(q2, 'PC1.1', 'month-counts');
      assert.match(
        note.message,
        /with no target, so Q2's figure is its months added up, 25,182 .* compares it with Q1's, 24,765/,
      );
    });

    it('drink / drug drive arrests (higher is better): Q2 340 against Q1 281 is improving', () => {
      assert.equal(byRef(q2, 'SR4.3').latestValue, 340);
      assert.equal(byRef(q2, 'SR4.3').dot, 'up');
    });

    it('percentages with no target (stop and search positive outcomes) are not added up', () => {
      assert.equal(byRef(q2, 'PC1.10').latestValue, 0.309);
    });

    it('with "Apr | May | Jun | Q1 | Jul | Aug | Sep | Q2" columns, the quarter columns that add the months up give the same answer', async () => {
      const r = scoreWorkbook(await policeQuarterColumnsGrids(), { quarter: 2 }).result;
      assert.deepEqual(
        ['PC1.1', 'PC1.4', 'SR4.3'].map((ref) => [byRef(r, ref).latestValue, byRef(r, ref).dot]),
        [
          [25182, 'down'],
          [3635, 'down'],
          [340, 'up'],
        ],
      );
      assert.match(about(r, 'PC1.1', 'month-counts')[0].message, /quarter columns add its months up/);
    });
  });

  describe('4. vehicle crime\'s target "-5%" is a 5% reduction, not a level', () => {
    it('PC1.3 is Not rated (not a data gap: every month has a figure), counted so, with its DOT and Trend still worked out', () => {
      const pc13 = byRef(q2, 'PC1.3');
      assert.equal(pc13.status, 'not rated');
      assert.equal(pc13.latestValue, 688);
      assert.notEqual(pc13.dot, null);
      assert.equal(pc13.trend, 'down', "3,903 vehicle crimes April to September against last year's 3,790");
      assert.equal(q2.executiveSummary.notRated, 1);
      assert.match(about(q2, 'PC1.3', 'percentage-scales')[0].message, /the target -5% is a change/);
    });
  });

  describe('6. overtime spend falls from August to September, so it is no running total', () => {
    it('WS5.9: spend to date is the months added up, £1,433k by September, against the budget to date £600k: red', () => {
      const ws59 = byRef(q2, 'WS5.9');
      assert.equal(ws59.latestValue, 1433);
      assert.equal(ws59.periodTarget, 600);
      assert.equal(ws59.rag, 'red');
      const [note] = about(q2, 'WS5.9', 'looks-cumulative');
      assert.match(
        note.message,
        /its figures fall .* so each is a month's, not a running total: they are added up to date, 1,433 by Sept/,
      );
    });
  });

  describe('wording', () => {
    it('"No target – compare with last year" is said as a Note: the force has no target for crime on purpose', () => {
      const [missing] = about(q2, 'PC1.1', 'target-missing');
      assert.equal(missing.severity, 'info');
      assert.match(missing.message, /the target cell says "No target – compare with last year"/);
    });

    it('a target cell left blank is still a Check', () => {
      assert.equal(about(q2, 'PC1.6', 'target-missing')[0].severity, 'warning');
    });
  });

  describe('8. "Rolling 12 months to Sep-25" beside Apr-25 … Sep-25 is its own figure, not a second September (session 13)', () => {
    it('no Check on any of the five sheets saying column K is a second Sep column: September is column J, as typed', () => {
      const second = q2.findings.filter((f) => /second Sep/.test(f.message));
      assert.deepEqual(
        second.map((f) => `${f.sheet}!${f.cell}`),
        [],
        'each priority sheet had a Check about a column the analyst had not got wrong',
      );
      assert.equal(
        byRef(q2, 'PC1.1').latestValue,
        25182,
        "Q2's crimes: July to September added up, not the rolling year's 98,760",
      );
    });

    it('the charge rate with September "TBC" is a data gap, and a Note says its rolling year\'s 10.9 is not scored in Q2\'s place, and why', () => {
      assert.equal(byRef(q2, 'SV2.5').status, 'data gap');
      const [note] = about(q2, 'SV2.5').filter((f) => /Rolling 12 months/.test(f.message));
      assert.ok(note, 'nothing said of the rolling year beside the missing figure');
      assert.equal(note.severity, 'info');
      assert.equal(note.cell, 'K11');
      assert.match(
        note.message,
        /SV2\.5: no Q2 figure in its months, and its "Rolling 12 months to Sep-25" figure \(10\.9\) is not scored in its place: a rolling year is twelve months, most of them before Q2/,
      );
      assert.match(note.message, /map that column as the Actual/);
    });

    it('what a rolling year is headed ("12 months ending Sep 2025", "R12M") and what it is not ("Year to date": a figure to date)', () => {
      for (const h of [
        'Rolling 12 months to Sep-25',
        '12 months ending Sep 2025',
        'Year to Jun-25',
        'Rolling 12 months',
        'R12M',
      ])
        assert.ok(ROLLING_YEAR_HEADER.test(h), h);
      for (const h of ['Year to date', '12 months to date', 'YTD', 'Rolling 3 months to Sep-25', 'Sep-25'])
        assert.ok(!ROLLING_YEAR_HEADER.test(h), h);
    });

    it('an indicator with its Q2 figures says nothing of its rolling year', () => {
      assert.deepEqual(
        about(q2, 'PC1.1').filter((f) => /Rolling 12 months/.test(f.message)),
        [],
      );
    });
  });

  describe('5. points tolerance: sickness days and headcounts are not percentages', () => {
    it('staff sickness, 10.4 days against 8.5, is red in points mode (it was amber "within 2 points"); headcount is not measured in points', async () => {
      const r = scoreWorkbook(await policeGrids(), { quarter: 2, tolerancePct: 2, toleranceMode: 'points' }).result;
      assert.equal(byRef(r, 'WS5.4').rag, 'red');
      const said = r.findings
        .filter((f) => f.kind === 'points-not-percent')
        .map((f) => f.message)
        .join(' ');
      for (const ref of ['WS5.1', 'WS5.2', 'WS5.3', 'WS5.4']) assert.match(said, new RegExp(ref.replace('.', '\\.')));
      assert.equal(byRef(r, 'RP3.1').rag, 'amber', '999 calls answered, 89.3% against 90%, is within 2 points');
    });
  });

  describe('7. each sheet\'s priority is the "Priority N: …" line in A3, above the merged period band', () => {
    it('the priorities are named by A3 without their "Priority N:" label, with or without the band', async () => {
      const names = [
        'Preventing crime and keeping communities safe',
        'Putting victims first',
        'A police service that responds when you need it',
        'Safer roads',
        'An effective and trusted police force',
      ];
      const noBand = scoreWorkbook(await policeGrids({ bands: false }), { quarter: 2 }).result;
      for (const r of [q2, noBand])
        assert.deepEqual(
          r.priorities.map((p) => p.priorityName),
          names,
        );
    });
  });

  it('the Definitions sheet (Ref, Indicator, Definition, Data source, Frequency) is not told to map its columns', () => {
    assert.equal(q2.findings.filter((f) => f.sheet === 'Definitions').length, 0);
  });
});
