/**
 * A housing association's performance analyst scoring the board pack (fresh-user check 14;
 * test/support/housing-board.ts builds the workbook as the analyst did): what misled, in the analyst's words,
 * most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type ScoreResult, type SheetGrid } from '../../src/core';
import { housingBoardGrids, HOUSING_MAP, type HousingEdits } from '../support/housing-board';
import { byRef } from '../support/scoring';

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
  });

  describe('2. the banner "Northvale Homes — Board Performance Report, Quarter 2 2025/26" names no priority', () => {
    it('the Summary counts four priorities: Customer, Homes & Safety, Income management (Money) and People', () => {
      assert.deepEqual(
        q2.priorities.map((p) => p.priorityName),
        ['Customer', 'Homes & Safety', 'Income management', 'People'],
      );
    });

    it('whatever the organisation is called: "Northvale Housing", "Northvale Living", "Northvale Homes Ltd"', async () => {
      for (const name of ['Northvale Housing', 'Northvale Living', 'Northvale Homes Ltd', 'Northvale Trust']) {
        const r = score(await housingBoardGrids({}, `${name} — Board Performance Report, Quarter 2 2025/26`));
        assert.ok(!r.priorities.some((p) => p.priorityName.startsWith('Northvale')), name);
        assert.equal(r.priorities.length, 4, name);
      }
    });
  });
});
