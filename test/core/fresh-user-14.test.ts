/**
 * A housing association's performance analyst scoring the board pack (fresh-user check 14;
 * test/support/housing-board.ts builds the workbook as the analyst did): what misled, in the analyst's words,
 * most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type ScoreResult, type SheetGrid } from '../../src/core';
import {
  housingBoardGrids,
  HOUSING_BUDGET_MAP,
  HOUSING_MAP,
  HOUSING_TTD_MAP,
  type HousingEdits,
} from '../support/housing-board';
import { byRef } from '../support/scoring';
import { sheet } from '../support/grids';

const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);

function score(grids: SheetGrid[], mapping: unknown = HOUSING_MAP, quarter: 1 | 2 = 2): ScoreResult {
  return scoreWorkbook(grids, { quarter, mapping } as Parameters<typeof scoreWorkbook>[1]).result;
}

async function scored(edits: HousingEdits = {}, mapping: unknown = HOUSING_MAP, quarter: 1 | 2 = 2) {
  return score(await housingBoardGrids(edits), mapping, quarter);
}

describe('Fresh user 14: a housing association board pack, scored by its performance analyst', function () {
  this.timeout(60000);
  let q2: ScoreResult;
  before(async () => {
    q2 = await scored();
  });

  describe('1. "RAG thresholds" in words over satisfaction figures stored as fractions shown as %', () => {
    let noTargets: ScoreResult;
    let oneBlank: ScoreResult;
    before(async () => {
      const cleared: HousingEdits = { 'Customer!E4': null };
      for (let r = 5; r <= 16; r++) cleared[`Customer!E${r}`] = null;
      noTargets = await scored(cleared);
      oneBlank = await scored({ 'Customer!E7': null, 'Customer!G7': 0.6 });
    });

    it("with no Target column, TP05 at 80.2% against 'Green ≥ 80%' is green, and TP01 at 70.8% against 'Amber 70–75%' is amber", () => {
      const tp05 = byRef(noTargets, 'TP05');
      assert.equal(tp05.latestValue, 80.2);
      assert.equal(tp05.periodTarget, 80);
      assert.equal(tp05.rag, 'green');
      assert.equal(tp05.variancePct, 0.25);
      const tp01 = byRef(noTargets, 'TP01');
      assert.equal(tp01.rag, 'amber');
      assert.equal(tp01.variancePct, -5.6);
    });

    it('no satisfaction measure is about −99% red for want of a Target column', () => {
      for (const i of noTargets.indicators.filter((x) => /^TP(0\d|10)$/.test(x.ref ?? '')))
        assert.ok(i.variancePct !== null && i.variancePct > -20, `${i.ref} ${i.variancePct}`);
    });

    it("TP03's target cell left blank: 60.0% against 'Red < 68%' is red, not amber", () => {
      const tp03 = byRef(oneBlank, 'TP03');
      assert.equal(tp03.rag, 'red');
      assert.equal(tp03.variancePct, -16.67);
    });

    it('no Check points at the empty target cell E7 asking for "72%" to be typed', () => {
      assert.equal(
        oneBlank.findings.filter((f) => f.sheet === 'Customer' && f.cell === 'E7').length,
        0,
        JSON.stringify(about(oneBlank, 'TP03')),
      );
    });

    it("figures typed as plain fractions (0.6 in General) against 'Green ≥ 72%, Amber 68–72%, Red < 68%': 0.6 is red, the amber band moved with the target", () => {
      const grid = sheet('Customer', [
        ['Ref', 'Measure', 'Good is', 'Q1', 'Q2', 'RAG thresholds'],
        ['TP03', 'Satisfaction with time taken', 'Higher', 0.69, 0.6, 'Green ≥ 72%, Amber 68–72%, Red < 68%'],
        ['TP05', 'Satisfaction that the home is safe', 'Higher', 0.79, 0.79, 'Green ≥ 80%, Amber 76–80%, Red < 76%'],
      ]);
      const r = score([grid], null);
      assert.deepEqual([byRef(r, 'TP03').periodTarget, byRef(r, 'TP03').rag], [0.72, 'red']);
      assert.deepEqual([byRef(r, 'TP05').periodTarget, byRef(r, 'TP05').rag], [0.8, 'amber']);
    });
  });

  describe('2. the banner "Northvale Homes — Board Performance Report, Quarter 2 2025/26" names no priority', () => {
    it('the Summary counts four priorities: Customer, Homes & Safety, Money and People', () => {
      assert.deepEqual(
        q2.priorities.map((p) => p.priorityName),
        ['Customer', 'Homes & Safety', 'Money', 'People'],
      );
    });

    it('whatever the organisation is called: "Northvale Housing", "Northvale Living", "Northvale Homes Ltd"', async () => {
      const banners = ['Northvale Housing', 'Northvale Living', 'Northvale Homes Ltd', 'Northvale Trust'].map(
        (name) => `${name} — Board Performance Report, Quarter 2 2025/26`,
      );
      banners.push('Board Performance Report, Quarter 2 2025/26 | Northvale Homes');
      for (const name of banners) {
        const r = score(await housingBoardGrids({}, name));
        assert.ok(!r.priorities.some((p) => p.priorityName.startsWith('Northvale')), name);
        assert.equal(r.priorities.length, 4, name);
      }
    });
  });

  describe('3. "Target to date" beside the annual target is the quarter\'s target as given', () => {
    let v1: ScoreResult;
    let mapped: ScoreResult;
    before(async () => {
      v1 = await scored({ 'Customer!F21': 17, 'People!E7': 4 });
      mapped = await scored({ 'Customer!F21': 17, 'People!E7': 4 }, HOUSING_TTD_MAP);
    });

    it('CH01 (1), stage one complaints 19.6 per 1,000 homes to Q2, is measured against its target to date of 17, not 36 pro rata (18)', () => {
      const ch = byRef(v1, 'CH01 (1)');
      assert.equal(ch.periodTarget, 17);
      assert.equal(ch.variancePct, -15.29);
      assert.equal(ch.rag, 'red');
    });

    it("FIN03 rent collected 99.1% to September against a target to date of 98.8% is green, not amber against the year's 99.5%", () => {
      const fin = byRef(q2, 'FIN03');
      assert.equal(fin.periodTarget, 98.8);
      assert.equal(fin.rag, 'green');
      assert.equal(fin.variancePct, 0.3);
    });

    it("no Check asks for a Cumulative profile on FIN03 (it would halve a rate's target), and CH01 (1) is not said to be profiled pro rata", () => {
      assert.equal(about(q2, 'FIN03').filter((f) => f.kind === 'looks-cumulative').length, 0);
      assert.equal(about(v1, 'CH01 (1)').filter((f) => f.kind === 'looks-cumulative').length, 0);
    });

    it('one Note a table says the column is used as given for the last quarter, with what pro rata would have given', () => {
      const note = v1.findings.find((f) => f.sheet === 'Customer' && f.cell === 'F20');
      assert.ok(note);
      assert.equal(note.severity, 'info');
      assert.match(
        note.message,
        /\("Target to date"\) gives each indicator's target for Q2.*never profiled again \(CH01 \(1\) against 17, where its annual target profiled pro rata gives 18\)/,
      );
    });

    it("scoring Q1 keeps the annual target profiled: the target to date is Q2's", async () => {
      const q1 = score(await housingBoardGrids({ 'Customer!F21': 17 }), HOUSING_MAP, 1);
      assert.equal(byRef(q1, 'CH01 (1)').periodTarget, 9);
    });

    it('mapped as the target, "Target to date" is not profiled again because the Comments say "Cumulative": 17, not 8.5', () => {
      assert.equal(byRef(mapped, 'CH01 (1)').periodTarget, 17);
      assert.equal(byRef(mapped, 'HR04').periodTarget, 4);
      assert.equal(byRef(mapped, 'FIN03').periodTarget, 98.8);
      assert.equal(about(mapped, 'FIN03').filter((f) => f.kind === 'looks-cumulative').length, 0);
      const note = mapped.findings.find((f) => f.sheet === 'Customer' && f.cell === 'F20');
      assert.match(
        note!.message,
        /is the target, and its header says it is a target to date.*profiled to 8\.5, not 17/,
      );
    });
  });

  describe('3b. "Target to date" mapped as the target, where rules met (the regression check of session 13)', () => {
    it("at Q1, HR04's 3 is not rated against Q2's target to date of 5 (it had been green), and a Check says why and how to map it", async () => {
      const q1 = score(await housingBoardGrids({ 'Customer!F21': 17, 'People!E7': 4 }), HOUSING_TTD_MAP, 1);
      for (const ref of ['HR04', 'CH01 (1)']) {
        const i = byRef(q1, ref);
        assert.equal(i.status, 'not rated', ref);
        assert.equal(i.periodTarget, null, ref);
        const check = about(q1, ref).find((f) => /is the target to date for Q2/.test(f.message));
        assert.ok(check, ref);
        assert.match(check.message, /not rated for Q1/);
        assert.equal(about(q1, ref).filter((f) => /no target for Q1/.test(f.message)).length, 0, ref);
      }
    });
  });

  describe('4. the budget monitoring table (£k) on Money', () => {
    let budget: ScoreResult;
    before(async () => {
      budget = await scored({}, HOUSING_BUDGET_MAP);
    });
    const line = (r: ScoreResult, name: string) => r.indicators.find((i) => i.name === name)!;

    it('not mapped, it is not skipped without a word: a Note says it was not read and how to map it', () => {
      const note = q2.findings.find((f) => f.sheet === 'Money' && f.cell === 'A11');
      assert.ok(note);
      assert.equal(note.severity, 'info');
      assert.match(note.message, /'Money' rows 11–17 hold a budget table .* that was not read/);
      assert.match(
        note.message,
        /"Budget line" as the name, "Budget YTD £k" as the target, "Actual YTD £k" as the actual/,
      );
    });

    it('mapped, responsive repairs overspent, 5,420 against a budget to date of 4,900, is off target (−10.61%), not "on target, +10.61%"', () => {
      const repairs = line(budget, 'Responsive repairs');
      assert.equal(repairs.variancePct, -10.61);
      assert.equal(repairs.rag, 'red');
    });

    it('income lines are higher-is-better: rental income 23,850 against 24,100 is short (−1.04%), service charge income over is on target', () => {
      assert.equal(line(budget, 'Rental income').variancePct, -1.04);
      assert.equal(line(budget, 'Service charge income').rag, 'green');
      assert.equal(line(budget, 'Operating surplus').rag, 'red');
    });

    it('one Note says which lines were read as income and which as spending, and why; no table-wide polarity Check', () => {
      const note = budget.findings.find((f) => /The budget table on 'Money'/.test(f.message));
      assert.ok(note);
      assert.match(note.message, /income \(Rental income, Service charge income, Operating surplus\) higher is better/);
      assert.match(
        note.message,
        /spending \(Responsive repairs, Planned maintenance, Management costs\) lower is better/,
      );
      assert.ok(
        !budget.findings.some((f) => /has no Higher \/ Lower is better\? column, so higher is taken/.test(f.message)),
      );
    });

    it('no Check on C11 says the year-to-date actuals are "measured against the whole annual target": the target is the budget to date', () => {
      assert.ok(!budget.findings.some((f) => f.sheet === 'Money' && /whole annual target/.test(f.message)));
    });
  });

  describe('5. GS01, gas certificates outstanding against a target of 0, monthly', () => {
    it("at Q1, May's 2 is scored, not June's 0: missed in any month is missed for the quarter, and the Note says so", async () => {
      const q1 = await scored({}, HOUSING_MAP, 1);
      const gs = byRef(q1, 'GS01');
      assert.deepEqual([gs.latestMonth, gs.latestValue, gs.rag], ['May', 2, 'red']);
      assert.match(about(q1, 'GS01')[0].message, /May's 2 is scored as the Q1 figure, not June's 0/);
    });

    it("at Q2, September's 3 (the quarter-end position, still missing) is scored, and the Note names August's 4 as the quarter's worst", () => {
      const gs = byRef(q2, 'GS01');
      assert.deepEqual([gs.latestMonth, gs.latestValue, gs.rag], ['Sep', 3, 'red']);
      const [note] = about(q2, 'GS01').filter((f) => f.kind === 'zero-target-quarter');
      assert.ok(note);
      assert.equal(note.severity, 'info');
      assert.match(
        note.message,
        /Sept's 3 is scored as the Q2 figure, the position at quarter end: a target of 0 missed in any month is missed for the quarter.*Aug's 4 was the quarter's worst month/,
      );
    });
  });
});
