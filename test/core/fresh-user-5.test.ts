/**
 * An NHS acute trust analyst's Integrated Performance Report, tried from a clean clone (fresh-user
 * check 5; test/support/fresh5-ipr.ts builds it as the analyst did): silent wrong results, in the
 * analyst's words.
 */
import { strict as assert } from 'assert';
import { defaultState, isInputError, prepareRun, scoreWorkbook, type ScoreResult } from '../../src/core';
import { isNotRated, withinToleranceLabel } from '../../src/core/score/summaries';
import { fresh5Grids, type Fresh5Variant } from '../support/fresh5-ipr';
import { byRef } from '../support/scoring';

type Options = Parameters<typeof scoreWorkbook>[1];

async function scoreIpr(variant: Fresh5Variant, options: Options = {}): Promise<ScoreResult> {
  return scoreWorkbook(await fresh5Grids(variant), options).result;
}

describe('Fresh user 5: an NHS trust IPR', () => {
  describe('percentage points tolerance (-t 2 --tolerance-mode points)', () => {
    let result: ScoreResult;
    before(async () => {
      result = await scoreIpr('v2', { quarter: 2, tolerancePct: 2, toleranceMode: 'points' });
    });

    it('RTT 18 weeks at 62.2% against 92% is 29.8 points short: red, not amber "within 2 points"', () => {
      const rtt = byRef(result, 'R02');
      assert.equal(rtt.latestValue, 0.622);
      assert.equal(rtt.rag, 'red');
      assert.equal(rtt.toleranceMode, 'points');
    });

    it('Cancer 62-day 74.4% against 85% and ED Friends & Family 82.2% against 85% are red too', () => {
      assert.equal(byRef(result, 'R05').rag, 'red');
      assert.equal(byRef(result, 'C02').rag, 'red');
    });

    it('within 2 points is amber: A&E 76.4% against 78% (1.6 points), appraisals 88% against 90% (2.0 points, on the edge)', () => {
      assert.equal(byRef(result, 'R01').rag, 'amber');
      assert.equal(byRef(result, 'W03').rag, 'amber');
      // Lower is better: sickness 4.9% against 4% is 0.9 of a point worse.
      assert.equal(byRef(result, 'W01').rag, 'amber');
    });

    it('HSMR 103 and agency spend £861k are not percentages: scored within 2% of target instead, and a Check says so', () => {
      const hsmr = byRef(result, 'E01');
      assert.equal(hsmr.toleranceMode, undefined);
      assert.equal(hsmr.pointsNotPercent, true);
      assert.equal(hsmr.rag, 'red'); // 3% worse than 100
      assert.equal(byRef(result, 'W05').rag, 'amber'); // 861 against 850 is 1.29% over
      const check = result.findings.find((f) => f.kind === 'points-not-percent');
      assert.ok(check);
      assert.equal(check.severity, 'warning');
      assert.match(
        check.message,
        /^Not percentages: S01, E01, E02, W05, W06\. Percentage points cannot apply to them, so they are scored within 2% of target \(relative\)/,
      );
      // C. difficile, 2 to 6 cases a month against the year's ceiling of 48, is a month's figure against a
      // year's target (helper analyst2's month-share without an outturn): not rated, so in no tolerance list.
      const cdiff = byRef(result, 'S02');
      assert.ok(isNotRated(cdiff));
      assert.equal(cdiff.reason, "a month's figure against a longer period's target");
    });

    it('the count column does not claim one tolerance for all: "Within tolerance", not "Within 2 pts"', () => {
      assert.equal(withinToleranceLabel(result, true), 'Within tolerance');
    });

    it('a percentage typed in percent units (62.2 against "92%") is measured in points as it stands', async () => {
      const messy = await scoreIpr('messy', { quarter: 2, tolerancePct: 2, toleranceMode: 'points' });
      const rtt = byRef(messy, 'R02');
      assert.equal(rtt.latestValue, 62.2);
      assert.equal(rtt.periodTarget, 92);
      assert.equal(rtt.rag, 'red');
      assert.equal(rtt.pointsNotPercent, undefined);
    });
  });

  it('a two-row header ("Indicator" and "Standard" merged down over the month row) scores as the one-row header does, not 24 data gaps', async () => {
    const merged = await scoreIpr('vmerge', { quarter: 2 });
    const plain = await scoreIpr('v2', { quarter: 2 });
    assert.equal(merged.indicators.length, 25);
    assert.equal(merged.executiveSummary.dataGaps, 0);
    assert.deepEqual(
      merged.indicators.map((i) => [i.ref, i.latestMonth, i.latestValue, i.periodTarget, i.rag, i.dot]),
      plain.indicators.map((i) => [i.ref, i.latestMonth, i.latestValue, i.periodTarget, i.rag, i.dot]),
    );
    assert.equal(merged.findings.filter((f) => f.kind === 'polarity-assumed').length, 0);
  });

  it('a "Plan 26/27" column filled on the two finance rows only: the other 23 are scored against their Standard, and a Note says which used which', async () => {
    const result = await scoreIpr('base', { quarter: 2 });
    assert.equal(result.executiveSummary.noTarget, 0);
    assert.equal(byRef(result, 'R02').periodTarget, 0.92);
    assert.equal(byRef(result, 'W05').periodTarget, 850);
    assert.equal(byRef(result, 'W06').periodTarget, -1200);
    const note = result.findings.find((f) => f.kind === 'partial-table' && /two Target columns/.test(f.message));
    assert.ok(note);
    assert.equal(note.severity, 'info');
    assert.equal(
      note.message,
      '\'IPR Scorecard\' row 5 has two Target columns, F "Plan 26/27" and E "Standard": each indicator is scored against F where it has one, else against E (23 indicators). Map the columns to use one for every row.',
    );
    assert.equal(result.findings.filter((f) => f.kind === 'target-missing').length, 0);
  });

  it('"Under plan" in the Good is column is lower is better: agency spend £861k against a plan of £850k is 1.29% over, not green, and improving from £910k', async () => {
    const result = await scoreIpr('messy', { quarter: 2 });
    const agency = byRef(result, 'W05');
    assert.equal(agency.variancePct, -1.29);
    assert.equal(agency.rag, 'amber');
    assert.equal(agency.dot, 'up');
    assert.ok(!result.findings.some((f) => f.ref === 'W05' && f.kind === 'polarity-assumed'));
    // ↓, Low, "Lower is better" are lower; ↑, High higher.
    assert.deepEqual(
      ['S01', 'R07', 'W01', 'R01', 'C01'].map((ref) => byRef(result, ref).variancePct),
      [-3.33, -4, -22.5, -2.05, -0.63],
    );
  });

  it('12-hour trolley waits of 3 in July, 0 and 0: Q2 is missed (target 0), not "Met" on September\'s 0', async () => {
    const result = await scoreIpr('v2', { quarter: 2 });
    const trolley = byRef(result, 'S05');
    assert.deepEqual([trolley.latestMonth, trolley.latestValue, trolley.rag], ['Jul', 3, 'red']);
    assert.deepEqual(trolley.zeroMissedBefore, { month: 'Sep', value: 0 });
    assert.equal(
      result.findings.find((f) => f.kind === 'zero-target-quarter' && f.ref === 'S05')?.message,
      "S05: July's 3 is scored as the Q2 figure, not Sept's 0: a target of 0 missed in any month is missed for the quarter.",
    );
    // A never event in May, none in June: Q1 is missed.
    const q1 = await scoreIpr('v2', { quarter: 1 });
    assert.deepEqual([byRef(q1, 'S04').latestMonth, byRef(q1, 'S04').rag], ['May', 'red']);
    // None all quarter is met; a waiting list over 0 at quarter end keeps its quarter-end figure (951, not July's 1,065).
    assert.equal(byRef(result, 'S03').rag, 'green');
    assert.deepEqual([byRef(result, 'R03').latestMonth, byRef(result, 'R03').latestValue], ['Sep', 951]);
  });

  it('-q Q4 in October, with no Q4 figure anywhere, is refused (not 13 "on target" carried forward, exit 0)', async () => {
    const grids = await fresh5Grids('v2');
    assert.throws(
      () => prepareRun(grids, defaultState(), { quarter: 4 }),
      (e: Error) =>
        isInputError(e) &&
        e.message ===
          "No indicator has a Q4 figure yet (the latest is Q3 2026/27), so Q4 was not scored and nothing was changed: score Q3, or type Q4's figures first.",
    );
    assert.equal(scoreWorkbook(grids, { quarter: 3 }).result.quarterNumber, 3);
  });

  describe('smaller things', () => {
    it('never events with a Standard typed "Zero" (or "Nil") have a target of 0, not No target', async () => {
      const result = await scoreIpr('messy', { quarter: 2 });
      const never = byRef(result, 'S04');
      assert.deepEqual([never.periodTarget, never.rag], [0, 'green']);
      assert.ok(!result.findings.some((f) => f.ref === 'S04' && f.kind === 'target-missing'));
      const grids = await fresh5Grids('v2');
      const cell = grids[0].values.findIndex((r) => r[0] === 'S04');
      grids[0].values[cell][4] = 'Nil';
      assert.equal(byRef(scoreWorkbook(grids, { quarter: 2 }).result, 'S04').periodTarget, 0);
    });

    it('HSMR in Q3: September\'s "n/a" is said to be in Q2, not as if it were a Q3 month', async () => {
      const result = await scoreIpr('v2', { quarter: 3 });
      assert.equal(
        result.findings.find((f) => f.ref === 'E01' && f.kind === 'carried-forward')?.message,
        'E01: no Q3 figure, and after Aug\'s 103.0 Sept (in Q2) says "n/a", so it is counted as a data gap; Aug\'s 103.0 is not carried forward as the Q3 figure. Leave the month blank or "-" to carry it forward instead.',
      );
    });

    it('A&E 4-hour against "≥78%" with its months formatted 0.0% is read in percent, with no "plain values" Check', async () => {
      const result = await scoreIpr('messy', { quarter: 2 });
      const ae = byRef(result, 'R01');
      assert.deepEqual([ae.latestValue, ae.periodTarget, ae.variancePct], [76.4, 78, -2.05]);
      assert.ok(!result.findings.some((f) => f.ref === 'R01' && /plain values/.test(f.message)));
    });
  });

  it("the CQC domains (SAFE … WELL-LED) are the groups the counts are by, and the report's subtitle is no priority", async () => {
    const result = await scoreIpr('v2', { quarter: 2 });
    assert.deepEqual(
      result.priorities.map((p) => [p.priorityName, p.total]),
      [
        ['SAFE', 5],
        ['EFFECTIVE', 3],
        ['CARING', 4],
        ['RESPONSIVE', 7],
        ['WELL-LED', 6],
      ],
    );
    assert.ok(!result.indicators.some((i) => /Integrated Performance Report/.test(i.priorityName)));
  });
});
