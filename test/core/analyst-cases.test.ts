/** The analyst's cases from the report, in the analyst's words. */
import { strict as assert } from 'assert';
import { scoreWorkbook, type IndicatorScore, type ScoreResult } from '../../src/core';
import { periodTarget } from '../../src/core/rules/targets';
import { ragStatus, variancePct } from '../../src/core/rules/variance';
import { reportGrids } from '../support/golden';

describe('The report, as an analyst reads it', () => {
  let q3: ScoreResult;
  const ind = (ref: string): IndicatorScore => q3.indicators.find((i) => i.ref === ref)!;
  before(() => {
    q3 = scoreWorkbook(reportGrids(), { quarter: 3 }).result;
  });

  it("CYP-41's December target is 9/12 of 600", () => {
    assert.equal(periodTarget({ annualTarget: 600, profile: 'cumulative' }, 9), (600 * 9) / 12);
    assert.equal(ind('CYP-41').periodTarget, 450);
    assert.equal(ind('CYP-41').latestMonth, 'Dec');
  });

  it('ASC-20a is a data gap: "Data collection currently suspended by NHS"', () => {
    const a = ind('ASC-20a');
    assert.equal(a.status, 'data gap');
    assert.equal(a.reason, 'Data collection currently suspended by NHS');
    assert.equal(a.rag, null);
    assert.equal(a.dot, null);
  });

  it('HS-01 is first reported (in November), and off target', () => {
    const h = ind('HS-01');
    assert.equal(h.dot, 'first');
    assert.equal(h.latestMonth, 'Nov');
    assert.equal(h.variancePct, -32.28);
    assert.equal(h.rag, 'red');
  });

  it('−5.00% is amber and −5.01% red', () => {
    assert.equal(ragStatus(-5.0, 5), 'amber');
    assert.equal(ragStatus(-5.01, 5), 'red');
    assert.equal(ragStatus(0, 5), 'green');
    assert.equal(ragStatus(-0.01, 5), 'amber');
  });

  it('a typed ↑ that the data contradicts (CS-01) is a finding that says what the data says', () => {
    const f = q3.findings.find((x) => x.kind === 'typed-dot-disagrees' && x.ref === 'CS-01');
    assert.ok(f, 'CS-01 finding');
    assert.match(f.message, /typed as ↑.*figures say ↓/);
    assert.match(f.message, /Sept −1\.81%.*Dec −1\.87%/);
    assert.equal(ind('CS-01').dot, 'down');
    assert.equal(q3.findings.filter((x) => x.kind === 'typed-dot-disagrees').length, 1, 'only CS-01 disagrees');
  });

  it("E&S-25a's September 19.3 among values of 4–8 is flagged, and nothing else is", () => {
    const outliers = q3.findings.filter((x) => x.kind === 'outlier');
    assert.deepEqual(
      outliers.map((o) => [o.ref, o.cell]),
      [['E&S-25a', 'M9']],
    );
    assert.match(outliers[0].message, /Sept's 19\.3 is far out of line/);
  });

  it('PH-15 is scored on its October figure against the Targets sheet, and its blank target cell is noted', () => {
    const p = ind('PH-15');
    assert.equal(p.latestMonth, 'Oct');
    assert.equal(p.periodTarget, 14.1);
    assert.ok(q3.findings.some((f) => f.kind === 'target-from-targets-sheet' && f.ref === 'PH-15'));
  });

  it('"4th Quartile" and "4th quartile", "N/A" and "NA" are noted as written two ways', () => {
    const spellings = q3.findings.filter((f) => f.kind === 'quartile-spelling').map((f) => f.message);
    assert.equal(spellings.length, 2);
    assert.ok(spellings.some((m) => m.includes('"4th Quartile"') && m.includes('"4th quartile"')));
    assert.ok(spellings.some((m) => m.includes('"N/A"') && m.includes('"NA"')));
  });

  it('ENV-02 (4th quartile, DOT ↔) and CS-01 (3rd quartile, DOT ↓) require improvement', () => {
    assert.ok(q3.requiresImprovement.includes('ENV-02'));
    assert.ok(q3.requiresImprovement.includes('CS-01'));
  });

  it('the executive summary is the sum of the priority tables', () => {
    for (const k of Object.keys(q3.executiveSummary) as (keyof ScoreResult['executiveSummary'])[]) {
      assert.equal(
        q3.executiveSummary[k],
        q3.priorities.reduce((n, p) => n + p[k], 0),
        k,
      );
    }
  });
});

describe('Scoring the other quarters of 2020/21', () => {
  it('Q1 has no earlier quarter: DOT is ■ for every indicator with data', () => {
    const q1 = scoreWorkbook(reportGrids(), { quarter: 1 }).result;
    assert.equal(q1.quarter, 'Q1 2020/21');
    const withData = q1.indicators.filter((i) => i.status !== 'data gap');
    assert.ok(withData.length > 30);
    assert.ok(withData.every((i) => i.dot === 'first'));
    assert.equal(q1.executiveSummary.dotTotal, 0);
  });

  it('Q2 compares September with June', () => {
    const q2 = scoreWorkbook(reportGrids(), { quarter: 2 }).result;
    const cs01 = q2.indicators.find((i) => i.ref === 'CS-01')!;
    assert.equal(cs01.latestMonth, 'Sep');
    assert.equal(cs01.variancePct, -1.81);
    assert.equal(cs01.previous?.month, 'Jun');
    const hs01 = q2.indicators.find((i) => i.ref === 'HS-01')!;
    assert.equal(hs01.status, 'data gap', 'HS-01 has no figure until November');
  });

  it('the quarter defaults to the latest with data (Q3 here)', () => {
    assert.equal(scoreWorkbook(reportGrids()).result.quarterNumber, 3);
  });

  // Changed deliberately (helper misread): each of the 58 indicators carried forward had its own
  // near-identical Check under the quarter-wide one. The quarter-wide Check now counts them, and an
  // indicator has its own only where it is carried forward from an earlier quarter than the rest.
  it('Q4 carries December forward (CYP-01 is scored on 459.4) and says so once, counting the 58 indicators carried forward', () => {
    const q4 = scoreWorkbook(reportGrids(), { quarter: 4 }).result;
    const cyp01 = q4.indicators.find((i) => i.ref === 'CYP-01')!;
    assert.deepEqual([cyp01.latestMonth, cyp01.latestValue], ['Dec', 459.4]);
    assert.match(
      q4.findings[0].message,
      /all 58 indicators with figures are scored on figures carried forward from Q3 /,
    );
    assert.equal(q4.indicators.filter((i) => i.latestMonth !== null).length, 58);
    assert.equal(q4.findings.filter((x) => x.kind === 'carried-forward').length, 0, 'no Check of its own');
  });

  it("Q4 asked for before any Q4 figure is typed: one Check, first, says the counts are Q3's carried forward, and to score Q3", () => {
    const q4 = scoreWorkbook(reportGrids(), { quarter: 4 }).result;
    assert.equal(q4.findings[0].kind, 'quarter-without-figures');
    assert.equal(q4.findings[0].severity, 'warning');
    assert.equal(
      q4.findings[0].message,
      'No indicator has a Q4 figure yet: all 58 indicators with figures are scored on figures carried forward from ' +
        "Q3 and counted as Q4's. Score Q3, the latest quarter with figures, or type Q4's figures first.",
    );
    assert.equal(q4.findings.filter((f) => f.kind === 'quarter-without-figures').length, 1);
  });

  it('no such Check for a quarter some indicator has a figure in, nor for the latest quarter with data', () => {
    for (const quarter of [1, 2, 3, null] as const) {
      const r = scoreWorkbook(reportGrids(), { quarter }).result;
      assert.equal(r.findings.filter((f) => f.kind === 'quarter-without-figures').length, 0, `Q${quarter}`);
    }
  });
});

describe('Variance, as the analyst works it out', () => {
  it('is positive when better, for either polarity', () => {
    assert.equal(variancePct(459.4, 485, 'lower'), 5.28);
    assert.equal(variancePct(94, 95, 'higher'), -1.05);
  });

  it('is rounded to 2 dp half away from zero, as Excel shows it', () => {
    assert.equal(variancePct(102.675, 100, 'higher'), 2.68);
    assert.equal(variancePct(97.325, 100, 'higher'), -2.68);
  });

  it('measures a negative target by its size: −5 against −10 is 50% better when higher is better', () => {
    assert.equal(variancePct(-5, -10, 'higher'), 50);
    assert.equal(variancePct(-15, -10, 'higher'), -50);
    assert.equal(variancePct(-5, -10, 'lower'), -50);
  });

  it('has no percentage against a target of 0', () => {
    assert.equal(variancePct(3, 0, 'lower'), null);
  });
});
