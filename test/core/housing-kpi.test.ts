/**
 * A housing association's board KPI pack (a fresh user's; test/support/housing-kpi.ts rebuilds it): each
 * quarter's OWN figure was measured against a CUMULATIVE quarter target (half the year's at Q2), and Q1
 * against the whole year's target, so complaints over target showed green and DOT said "Worsening" for
 * indicators that improved. In the analyst's words.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type IndicatorScore, type ScoreResult } from '../../src/core';
import { isNotRated } from '../../src/core/score/summaries';
import { NO_FIGURE_TO_DATE, cumulativeQuarterTargets } from '../../src/core/rules/quarter-to-date';
import { sheet } from '../support/grids';
import { housingGrids, type HousingVariant } from '../support/housing-kpi';

async function scorePack(variant: HousingVariant, quarter: 1 | 2 | 3 | 4 = 2): Promise<ScoreResult> {
  return scoreWorkbook(await housingGrids(variant), { quarter }).result;
}

function kpi(result: ScoreResult, ref: string, sheetName = 'Board KPIs'): IndicatorScore {
  const s = result.indicators.find((i) => i.ref === ref && i.sheet === sheetName);
  assert.ok(s, `${ref} on ${sheetName} is scored`);
  return s;
}

function said(result: ScoreResult, kind: string, ref: string, sheetName = 'Board KPIs'): string[] {
  return result.findings.filter((f) => f.kind === kind && f.ref === ref && f.sheet === sheetName).map((f) => f.message);
}

describe('A housing association board KPI pack: quarter figures against cumulative quarter targets', () => {
  describe('as the analyst kept it (Q1 … Q4 own figures, YTD, annual target, a cumulative "Q2 target")', () => {
    let result: ScoreResult;
    before(async () => {
      result = await scorePack('pack');
    });

    it("CH01's Q2 to date, 23.8 complaints, is 19% over the half-year's target of 20: red, not Q2's own 12.6 \"37% better\" green", () => {
      const ch01 = kpi(result, 'CH01');
      assert.equal(ch01.latestValue, 23.8);
      assert.equal(ch01.periodTarget, 20);
      assert.equal(ch01.variancePct, -19);
      assert.equal(ch01.rag, 'red');
      assert.equal(ch01.status, 'off target');
    });

    it('PE01 (4.4 days lost to date against 4) and PE02 (17 leavers against 15) are red; FN03 (£1,670k spent against £1,600k, 4.38% over) is amber', () => {
      assert.deepEqual(
        ['PE01', 'PE02', 'FN03'].map((r) => {
          const s = kpi(result, r);
          return [r, s.latestValue, s.periodTarget, s.variancePct, s.rag];
        }),
        [
          ['PE01', 4.4, 4, -10, 'red'],
          ['PE02', 17, 15, -13.33, 'red'],
          ['FN03', 1670, 1600, -4.38, 'amber'],
        ],
      );
    });

    it('FN01\'s rent collected to date, £11,970k against £12,000k, is within 5%: amber, not Q2\'s own £6,020k "half short" red', () => {
      const fn01 = kpi(result, 'FN01');
      assert.equal(fn01.latestValue, 11970);
      assert.equal(fn01.variancePct, -0.25);
      assert.equal(fn01.rag, 'amber');
    });

    it("Q1 is measured against a quarter of the year's target for DOT: NM01, FN03 and Vale's CH01 improved, and say so", () => {
      const ch01 = kpi(result, 'CH01');
      assert.deepEqual(ch01.previous, { month: 'Jun', value: 11.2, periodTarget: 10, variancePct: -12 });
      assert.equal(ch01.dot, 'down'); // −12% at Q1, −19% at Q2: worse
      assert.equal(kpi(result, 'NM01').dot, 'up'); // £138k against £120k (−15%), then £250k against £240k (−4.17%)
      assert.equal(kpi(result, 'FN03').dot, 'up'); // −10%, then −4.38%
      const vale = kpi(result, 'CH01', 'Vale');
      assert.equal(vale.latestValue, 21);
      assert.equal(vale.variancePct, -5);
      assert.equal(vale.rag, 'amber');
      assert.equal(vale.dot, 'up'); // 13 against 10 (−30%), then 21 against 20 (−5%)
    });

    it("the DOT counts are the analyst's: 14 improving, 8 worsening (the product said 11 and 11)", () => {
      const e = result.executiveSummary;
      assert.equal(e.dotImproving, 14);
      assert.equal(e.dotWorsening, 8);
      assert.equal(e.dotSame, 0);
      assert.deepEqual(
        [e.onTarget, e.withinTolerance, e.offTarget, e.dataGaps, e.noTarget, e.notRated],
        [4, 9, 9, 0, 0, 0],
      );
    });

    it("rates are never added up: CH03 91% against 95% and RP04 100% against 100% are Q2's own, as before", () => {
      const ch03 = kpi(result, 'CH03');
      assert.equal(ch03.latestValue, 0.91);
      assert.equal(ch03.periodTarget, 0.95);
      assert.equal(ch03.rag, 'amber');
      const rp04 = kpi(result, 'RP04');
      assert.equal(rp04.latestValue, 1);
      assert.equal(rp04.previous?.periodTarget, 1, "Q1 against the year's 100%, not a quarter of it");
      for (const ref of [
        'CH03',
        'CH04',
        'NM02',
        'NM03',
        'NM04',
        'PE03',
        'FN02',
        'FN04',
        'RP01',
        'RP02',
        'RP03',
        'RP04',
      ])
        assert.deepEqual(said(result, 'quarter-to-date', ref), [], `${ref}: its targets are the year's, nothing said`);
    });

    it('a Note on each says what was measured and why, in figures', () => {
      assert.deepEqual(said(result, 'quarter-to-date', 'CH01'), [
        "CH01: its Q2 target of 20.0 is half the year's 40.0, a target for the year to date, so Q2's figure to date, " +
          '23.8 (its "YTD" column: Q1 11.2 + Q2 12.6), is measured against it, not Q2\'s own 12.6. DOT compares it ' +
          "with Q1's figure to date, 11.2, against Q1's own target to date, 10.0 (a quarter of the year's).",
      ]);
      assert.match(said(result, 'quarter-to-date', 'PE02')[0], /against Q1's own target to date, 7\.5 \(a quarter/);
      const notes = result.findings.filter((f) => f.kind === 'quarter-to-date');
      assert.equal(notes.length, 8);
      assert.ok(notes.every((f) => f.severity === 'info'));
      assert.equal(notes.find((f) => f.ref === 'CH01')!.cell, 'E6', 'on the Q2 figure');
      assert.equal(result.findings.filter((f) => f.kind === 'quarter-to-date-unclear').length, 0);
    });
  });

  it('"Target Q2" and a target column per quarter ("Q1 target" … "Q4 target") give the same scores', async () => {
    const pack = await scorePack('pack');
    const pick = (r: ScoreResult) =>
      r.indicators.map((i) => [i.sheet, i.ref, i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot]);
    assert.deepEqual(pick(await scorePack('target-q2')), pick(pack));
    const perQuarter = await scorePack('quarter-targets');
    assert.deepEqual(pick(perQuarter), pick(pack));
    // Q1's own target column is used, so no "(a quarter of the year's)".
    assert.match(said(perQuarter, 'quarter-to-date', 'CH01')[0], /against Q1's own target to date, 10\.0\.$/);
  });

  it("scored at Q1, each Q1 figure is measured against a quarter of the year's target: CH01 11.2 against 10, 12% over, red", async () => {
    const q1 = await scorePack('pack', 1);
    const ch01 = kpi(q1, 'CH01');
    assert.equal(ch01.latestValue, 11.2);
    assert.equal(ch01.periodTarget, 10);
    assert.equal(ch01.rag, 'red');
    assert.equal(ch01.dot, 'first');
    assert.equal(kpi(q1, 'CH03').periodTarget, 0.95, "a rate's Q1 target is the year's");
    assert.deepEqual(said(q1, 'quarter-to-date', 'CH01'), [
      "CH01: Q1's target to date is a quarter of the year's 40, 10 (its Q2 target of 20 is half of it, a target " +
        "for the year to date), so Q1's 11.2 is measured against it, not against the whole year's.",
    ]);
  });

  describe("without a YTD column: the product adds up a count's quarters only where they cannot be to date", () => {
    let result: ScoreResult;
    before(async () => {
      result = await scorePack('no-ytd');
    });

    it('NM01 (£138k then £112k: a figure to date never falls) and FN01 (5,950 then 6,020: far too little rise to be to date) are added up', () => {
      assert.equal(kpi(result, 'NM01').latestValue, 250);
      assert.equal(kpi(result, 'FN01').latestValue, 11970);
      assert.equal(kpi(result, 'FN03').latestValue, 1670);
      assert.match(
        said(result, 'quarter-to-date', 'NM01')[0],
        /250 \(Q1 138 \+ Q2 112: its quarters' own counts added up/,
      );
    });

    it('PE02 (6 then 11) may be own figures or figures to date: not rated, with a Check saying how to map it', () => {
      const pe02 = kpi(result, 'PE02');
      assert.ok(isNotRated(pe02));
      assert.equal(pe02.reason, NO_FIGURE_TO_DATE);
      assert.equal(pe02.rag, null);
      assert.equal(pe02.dot, null);
      assert.deepEqual(said(result, 'quarter-to-date-unclear', 'PE02'), [
        "PE02: its Q2 target of 15 is half the year's 30, a target for the year to date, but its quarter figures " +
          "(Q1 6, Q2 11) rise by more than a quarter's own figures would and less than figures to date would, and " +
          'with no YTD column it cannot be told whether each is the ' +
          "quarter's own or the year to date: which figure the target is for cannot be told, so it is not rated (no " +
          'variance or RAG colour) and is counted under "Not rated". If each is the quarter\'s own, add a "YTD" column ' +
          'holding the year to date; if each is the year to date, head the quarter columns "Q1 YTD" … "Q4 YTD", and score again.',
      ]);
    });

    it('complaints "per 1,000 homes" is a rate: added up only where the workbook\'s YTD column does, so not rated here', () => {
      assert.ok(isNotRated(kpi(result, 'CH01')));
      assert.ok(isNotRated(kpi(result, 'CH01', 'Vale')));
      assert.match(
        said(result, 'quarter-to-date-unclear', 'CH01')[0],
        /are a rate, added up to a year to date only where/,
      );
      const e = result.executiveSummary;
      assert.equal(e.notRated, 5); // CH01, CH02, PE01, PE02, Vale CH01
      assert.equal(e.offTarget + e.onTarget + e.withinTolerance, 17);
    });
  });
});

describe('Cumulative quarter targets: the rule in small tables', () => {
  const HEADER: CellValue[] = [
    'Ref',
    'Indicator',
    'Good is',
    'Q1',
    'Q2',
    'Q3',
    'Q4',
    'YTD',
    'Annual target',
    'Q2 target',
  ];
  const score = (rows: CellValue[][], quarter: 1 | 2 | 3 | 4 = 2, header = HEADER) =>
    scoreWorkbook([sheet('KPIs', [header, ...rows])], { quarter }).result;

  it("quarters already to date (the YTD column is Q2's figure): Q2's 23.8 against 20 as it stands, Q1 against a quarter of the year's", () => {
    const r = score([['A1', 'Complaints received', 'Lower', 11.2, 23.8, null, null, 23.8, 40, 20]]);
    const a1 = r.indicators[0];
    assert.equal(a1.latestValue, 23.8);
    assert.equal(a1.periodTarget, 20);
    assert.equal(a1.previous?.periodTarget, 10);
    assert.match(
      r.findings.find((f) => f.kind === 'quarter-to-date')!.message,
      /already to date \(its "YTD" figure is the latest quarter's\)/,
    );
  });

  it('a YTD figure that is neither the quarters added up nor the latest: not rated, and the Check names all three', () => {
    const r = score([['A1', 'Complaints received', 'Lower', 11, 12, null, null, 30, 40, 20]]);
    assert.ok(isNotRated(r.indicators[0]));
    assert.match(
      r.findings.find((f) => f.kind === 'quarter-to-date-unclear')!.message,
      /its "YTD" figure of 30 is neither its quarters added up \(23\) nor Q2's 12: .* Correct the "YTD" figure/,
    );
  });

  it('a percentage is never added up, even where its YTD column is the sum: not rated, asked', () => {
    const r = score([
      ['A1', '% of annual rent debit collected', 'Higher', '24.5%', '24.1%', null, null, '48.6%', '97.5%', '48.75%'],
    ]);
    assert.ok(isNotRated(r.indicators[0]));
    assert.equal(r.indicators[0].latestValue, 24.1);
    assert.match(
      r.findings.find((f) => f.kind === 'quarter-to-date-unclear')!.message,
      /are a rate, whose quarters are never added up/,
    );
  });

  it('a percentage that builds up (council tax collected 28.5%, then 56.2%, Q2 target 48.75%) is to date already: scored as it stands, green', () => {
    const r = score([
      ['A1', '% of council tax collected', 'Higher', '28.5%', '56.2%', null, null, null, '97.5%', '48.75%'],
    ]);
    const a1 = r.indicators[0];
    assert.equal(a1.latestValue, 56.2);
    assert.equal(a1.rag, 'green');
    assert.equal(a1.previous?.periodTarget, 24.375);
  });

  it('quarter headers that say they are to date ("Q1 YTD" …) are left as they are', () => {
    const header = [
      'Ref',
      'Indicator',
      'Good is',
      'Q1 YTD',
      'Q2 YTD',
      'Q3 YTD',
      'Q4 YTD',
      'Annual target',
      'Q2 target',
    ];
    const r = score([['A1', 'Complaints received', 'Lower', 11, 13, null, null, 40, 20]], 2, header);
    assert.equal(r.indicators[0].latestValue, 13);
    assert.equal(r.findings.filter((f) => f.kind.startsWith('quarter-to-date')).length, 0);
  });

  it("scored at Q3 with only a Q2 target: Q3's to date against three quarters of the year's, said so", () => {
    const r = score([['A1', 'Complaints received', 'Lower', 11, 12, 9, null, 32, 40, 20]], 3);
    const a1 = r.indicators[0];
    assert.equal(a1.latestValue, 32);
    assert.equal(a1.periodTarget, 30);
    assert.deepEqual(a1.previous, { month: 'Sep', value: 23, periodTarget: 20, variancePct: -15 });
    assert.match(
      r.findings.find((f) => f.kind === 'quarter-to-date')!.message,
      /^A1: Q3's target to date is three quarters of the year's 40, 30 \(its Q2 target of 20 is half of it, a target for the year to date\)/,
    );
  });

  it('a quarter with no figure before the latest: its quarters cannot be added up, not rated', () => {
    const r = score([['A1', 'Complaints received', 'Lower', null, 12, null, null, 12, 40, 20]]);
    assert.ok(isNotRated(r.indicators[0]));
    assert.match(
      r.findings.find((f) => f.kind === 'quarter-to-date-unclear')!.message,
      /Q1 has no figure.*Type Q1's figure/,
    );
  });

  it("targets that are not cumulative are left alone: a Q2 target equal to the year's, or a quarter's own share (10 of 40)", () => {
    const r = score([
      ['A1', 'Complaints received', 'Lower', 11, 12, null, null, 23, 40, 40],
      ['A2', 'Complaints received (quarter)', 'Lower', 11, 12, null, null, 23, 40, 10],
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.latestValue, i.periodTarget]),
      [
        [12, 40],
        [12, 10],
      ],
    );
    assert.equal(r.findings.filter((f) => f.kind.startsWith('quarter-to-date')).length, 0);
  });

  it('cumulativeQuarterTargets: "about" n/4 — a Q2 target of 167 for 333 is, 10 for 40 is a quarter\'s own, 100% of 100% is the year\'s', () => {
    const at = (q2: number) => [null, null, null, null, null, q2, null, null, null, null, null, null];
    assert.deepEqual(cumulativeQuarterTargets(333, at(167))?.targets, [83.25, 167, 249.75, 333]);
    assert.equal(cumulativeQuarterTargets(40, at(10)), null);
    assert.equal(cumulativeQuarterTargets(1, at(1)), null);
    assert.equal(cumulativeQuarterTargets(null, at(20)), null);
  });
});
