/**
 * DOT where the earlier period has no target of its own (rules/earlier-target.ts): never a variance against
 * another period's target.
 * - Fresh user 15, a district council: cumulative collection rates, "Q1 | Q2" to date, a "Q2 target" (the Q2
 *   profile) and an "Annual target". Q1 had been measured against the whole year's 97.8% (−70%), Q2 against its
 *   profile (−1%): "↑ improving" written over the officer's correct ↓, with a Check calling the officer wrong.
 * - The regression of session 14: a Target column that is the target to date of Q2 ("CH01 (2)", 2.4): Q1's 1.1
 *   had been measured against Q2's 2.4 too, and DOT read "worsening".
 */
import { strict as assert } from 'assert';
import type { CellValue, Finding, ScoreResult } from '../../src/core';
import { byRef, scored } from '../support/scoring';
import { sheet } from '../support/grids';
import { MemoryWorkbook } from '../support/memory-workbook';
import { HOUSING_TTD_MAP, housingBoardGrids } from '../support/housing-board';

/** The district's Resources table: Ref, Indicator, Polarity, [extra columns], Q1, Q2, Q2 target, Annual target, DOT, RAG. */
function resources(
  rows: { ref: string; name: string; q1: number; q2: number; q2Target: number; annual: number; dot: CellValue }[],
  extra: { header: string; cells: CellValue[] }[] = [],
) {
  return sheet('Resources', [
    [
      'Ref',
      'Indicator',
      'Polarity',
      ...extra.map((e) => e.header),
      'Q1',
      'Q2',
      'Q2 target',
      'Annual target',
      'DOT',
      'RAG',
    ],
    ...rows.map((r, i) => [
      r.ref,
      r.name,
      'Higher is better',
      ...extra.map((e) => e.cells[i]),
      r.q1,
      r.q2,
      r.q2Target,
      r.annual,
      r.dot,
      'Amber',
    ]),
  ]);
}

const RB04 = {
  ref: 'RB04',
  name: 'Council Tax collected (%)',
  q1: 28.9,
  q2: 56.1,
  q2Target: 56.8,
  annual: 97.8,
  dot: '↓',
};
const RB05 = {
  ref: 'RB05',
  name: 'Business rates (NNDR) collected (%)',
  q1: 31.2,
  q2: 58.0,
  q2Target: 59.5,
  annual: 98.5,
  dot: '↓',
};
/** Column of the DOT cell in `resources` with no extra columns (0-based). */
const DOT_COL = 7;

const typedDotChecks = (r: ScoreResult, ref: string): Finding[] =>
  r.findings.filter((f) => f.ref === ref && f.kind === 'typed-dot-disagrees');
const earlierNote = (r: ScoreResult): Finding | undefined =>
  r.findings.find((f) => /is not worked out from % variances/.test(f.message));

describe('DOT where the earlier period has no target of its own', function () {
  this.timeout(60000);

  describe("fresh user 15: a district's cumulative collection rates with a Q2 profile and the year's target", () => {
    it("RB04's Q2 56.1% against the Q2 profile 56.8% is amber (−1.23%); Q1's 28.9% has no Q1 target, so it is not measured against the year's 97.8% (−70.45%) and DOT is not '↑ improving'", () => {
      const r = scored([resources([RB04, RB05])], { quarter: 2 });
      for (const ref of ['RB04', 'RB05']) {
        const s = byRef(r, ref);
        assert.equal(s.dot, null, `${ref}: no DOT, not ↑`);
        assert.equal(s.previous?.periodTarget, null, `${ref}: Q1 measured against no target`);
        assert.equal(s.previous?.variancePct, null, ref);
      }
      const rb04 = byRef(r, 'RB04');
      assert.deepEqual([rb04.periodTarget, rb04.variancePct, rb04.rag], [56.8, -1.23, 'amber']);
    });

    it("the officer's ↓ stands: the DOT cells still say ↓ as typed, no Check says the officer's DOT is wrong, and one Note says why no DOT is given", () => {
      const wb = new MemoryWorkbook([resources([RB04, RB05])]);
      const { run } = wb.score({ quarter: 2 });
      assert.deepEqual([wb.get('Resources', 1, DOT_COL), wb.get('Resources', 2, DOT_COL)], ['↓', '↓']);
      assert.equal(wb.format('Resources', 1, DOT_COL).fontColor, null, 'not coloured by the product');
      assert.deepEqual(typedDotChecks(run.result, 'RB04'), []);
      assert.deepEqual(typedDotChecks(run.result, 'RB05'), []);
      const notes = run.result.findings.filter((f) => /is not worked out from % variances/.test(f.message));
      assert.equal(notes.length, 1, 'one Note for the table');
      assert.equal(notes[0].severity, 'info');
      assert.match(
        notes[0].message,
        /for RB04 and RB05: Q1 has no target of its own\. The table gives Q2 a target of its own \(RB04: 56\.8\), unlike the year's 97\.8, and Q1 none/,
      );
      assert.match(notes[0].message, /No DOT is given for RB04 and RB05: their DOT cells are left as you have them\./);
    });

    it("with last year's Q1 and Q2 rates in the table (29.3%, 56.9%), DOT compares each quarter with the same quarter last year: Q1 −1.37%, Q2 −1.41%, so ↓, as the officer typed", () => {
      const r = scored(
        [
          resources(
            [RB04],
            [
              { header: 'Last year Q1', cells: [29.3] },
              { header: 'Last year Q2', cells: [56.9] },
            ],
          ),
        ],
        { quarter: 2 },
      );
      const s = byRef(r, 'RB04');
      assert.equal(s.dot, 'down');
      assert.deepEqual(s.dotEarlierTarget?.lastYear, {
        now: 56.9,
        before: 29.3,
        nowVariancePct: -1.41,
        beforeVariancePct: -1.37,
      });
      assert.deepEqual(typedDotChecks(r, 'RB04'), []);
      assert.match(
        earlierNote(r)!.message,
        /For RB04, DOT compares each period with the same period last year instead: Q1 28\.9 against 29\.3 \(−1\.37%\), Q2 56\.1 against 56\.9 \(−1\.41%\), so ↓ \(worsening\)\./,
      );
    });

    it("an officer's ↑ that last year's figures contradict is a Check, whose evidence is last year's, not \"Q1 −70.45% against target\"", () => {
      const r = scored(
        [
          resources(
            [{ ...RB04, dot: '↑' }],
            [
              { header: 'Last year Q1', cells: [29.3] },
              { header: 'Last year Q2', cells: [56.9] },
            ],
          ),
        ],
        { quarter: 2 },
      );
      const [check] = typedDotChecks(r, 'RB04');
      assert.ok(check);
      assert.equal(
        check.message,
        'RB04: DOT was typed as ↑ (improving) but the figures say ↓ (worsening): against the same periods last year, Q1 −1.37%, Q2 −1.41%.',
      );
    });

    it("with a Q1 target column (the Q1 profile, 29.0%), Q1's 28.9% is measured against its own (−0.34%) and Q2's against 56.8% (−1.23%): ↓ from the variances, no Note", () => {
      const g = sheet('Resources', [
        ['Ref', 'Indicator', 'Polarity', 'Q1', 'Q2', 'Q1 target', 'Q2 target', 'Annual target', 'DOT'],
        ['RB04', 'Council Tax collected (%)', 'Higher is better', 28.9, 56.1, 29.0, 56.8, 97.8, '↓'],
      ]);
      const r = scored([g], { quarter: 2 });
      const s = byRef(r, 'RB04');
      assert.equal(s.dot, 'down');
      assert.deepEqual([s.previous?.periodTarget, s.previous?.variancePct], [29, -0.34]);
      assert.equal(earlierNote(r), undefined);
    });

    it('with a Profile column saying "Cumulative", Q1 is measured against the year\'s 97.8% profiled pro rata (24.45%), as the analyst asked: ↓, as before', () => {
      const r = scored([resources([RB04], [{ header: 'Profile', cells: ['Cumulative'] }])], { quarter: 2 });
      const s = byRef(r, 'RB04');
      assert.equal(s.dot, 'down');
      assert.equal(s.previous?.periodTarget, 24.45);
      assert.equal(earlierNote(r), undefined);
    });

    it("a rate judged against the same target each quarter (a Q2 target equal to the year's 95%) keeps its DOT from the variances", () => {
      const r = scored(
        [
          resources([
            {
              ref: 'RB06',
              name: 'Invoices paid within 30 days (%)',
              q1: 93,
              q2: 96,
              q2Target: 95,
              annual: 95,
              dot: null,
            },
          ]),
        ],
        { quarter: 2 },
      );
      const s = byRef(r, 'RB06');
      assert.equal(s.dot, 'up');
      assert.equal(s.previous?.periodTarget, 95);
      assert.equal(earlierNote(r), undefined);
    });

    for (const header of ['Q2 profile', 'Q2 target (profile)', 'Profiled target Q2', 'Q2 Target %']) {
      it(`a column headed "${header}" is Q2's target, not left unread with both quarters against the year's 97.8% (−70.45% then −42.64%, "↑", red)`, () => {
        const g = sheet('Resources', [
          ['Ref', 'Indicator', 'Polarity', 'Q1', 'Q2', header, 'Annual target', 'DOT'],
          ['RB04', 'Council Tax collected (%)', 'Higher is better', 28.9, 56.1, 56.8, 97.8, '↓'],
        ]);
        const s = byRef(scored([g], { quarter: 2 }), 'RB04');
        assert.deepEqual([s.periodTarget, s.variancePct, s.rag, s.dot], [56.8, -1.23, 'amber', null]);
      });
    }

    it("where an earlier scoring wrote ↑ over the officer's ↓, and Q1 no longer has a target of its own, the officer's ↓ is put back", () => {
      const g = sheet('Resources', [
        ['Ref', 'Indicator', 'Polarity', 'Q1', 'Q2', 'Q1 target', 'Q2 target', 'Annual target', 'DOT'],
        ['RB04', 'Council Tax collected (%)', 'Higher is better', 28.9, 56.1, 30.0, 56.8, 97.8, '↓'],
      ]);
      const wb = new MemoryWorkbook([g]);
      wb.score({ quarter: 2 });
      assert.equal(wb.get('Resources', 1, 8), '↑', 'Q1 −3.67% against its 30.0, Q2 −1.23%: the product wrote ↑');
      wb.sheet('Resources')!.values[1][5] = null; // the Q1 target cleared
      const { run } = wb.score({ quarter: 2 });
      assert.equal(byRef(run.result, 'RB04').dot, null);
      assert.equal(wb.get('Resources', 1, 8), '↓', "the officer's ↓ back");
    });
  });

  describe('a Target column that is the target to date of the latest quarter (the regression of session 14)', () => {
    const complaints = (header: string[], cells: CellValue[]) =>
      sheet('Customer', [
        ['Ref', 'Indicator', 'Good is', ...header, 'Q1', 'Q2', 'DOT'],
        ['CH01 (2)', 'Number of stage two complaints received per 1,000 homes', 'Lower', ...cells, 1.1, 2.2, null],
      ]);
    const toDateAsTarget = { mapping: { columns: { 'Target to date': 'target', 'Target 2025/26': 'ignore' } } };

    it("CH01 (2), its Target to date (2.4) mapped as the target: Q1's 1.1 is not measured against Q2's 2.4 (+54.17%), so DOT is not 'worsening'; a Note says why", () => {
      const r = scored([complaints(['Target 2025/26', 'Target to date'], [5, 2.4])], { quarter: 2, ...toDateAsTarget });
      const s = byRef(r, 'CH01 (2)');
      assert.deepEqual([s.periodTarget, s.variancePct, s.rag], [2.4, 8.33, 'green']);
      assert.equal(s.dot, null);
      assert.equal(s.previous?.periodTarget, null);
      assert.match(
        earlierNote(r)!.message,
        /Its target, column E \("Target to date"\), is the target to date of Q2 \(CH01 \(2\): 2\.4\), not Q1's, so Q1's 1\.1 measured against it says nothing of how Q1 went/,
      );
    });

    it('the housing board pack, "Target to date" mapped as the target (17 for CH01 (1), 2.5 for CH01 (2)): no DOT measures Q1 against Q2\'s target to date', async () => {
      const grids = await housingBoardGrids({ 'Customer!F21': 17 });
      const r = scored(grids, { quarter: 2, mapping: HOUSING_TTD_MAP });
      for (const ref of ['CH01 (1)', 'CH01 (2)']) {
        const s = byRef(r, ref);
        assert.equal(s.previous?.periodTarget, null, ref);
        assert.equal(s.dot, null, ref);
      }
      assert.ok(r.findings.some((f) => f.sheet === 'Customer' && /is not worked out from % variances/.test(f.message)));
    });

    it("beside a flat annual target of 5, the target to date is Q2's own and the year's 5 is not Q1's: no DOT rather than Q1 against 5", () => {
      const r = scored([complaints(['Target 2025/26', 'Target to date'], [5, 2.4])], { quarter: 2 });
      const s = byRef(r, 'CH01 (2)');
      assert.equal(s.periodTarget, 2.4);
      assert.equal(s.dot, null);
    });

    it('beside an annual target profiled pro rata (the Comments say cumulative), Q1 is measured against 5 × 3/12 = 1.25, as the target-to-date Note says: DOT from the variances', () => {
      const g = sheet('Customer', [
        ['Ref', 'Indicator', 'Good is', 'Target 2025/26', 'Target to date', 'Q1', 'Q2', 'DOT', 'Comments'],
        [
          'CH01 (2)',
          'Number of stage two complaints received per 1,000 homes',
          'Lower',
          5,
          2.5,
          1.1,
          2.2,
          null,
          'Cumulative year to date.',
        ],
      ]);
      const s = byRef(scored([g], { quarter: 2 }), 'CH01 (2)');
      assert.equal(s.previous?.periodTarget, 1.25);
      assert.equal(s.dot, 'same', '+12% both quarters');
    });
  });
});
