/**
 * A fire and rescue service's performance analyst, first time with the product (fresh-user check 10;
 * test/support/fire-rescue.ts builds the workbook as the analyst kept it): what misled, in the analyst's
 * words, most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type IndicatorScore, type ScoreResult, type SheetGrid } from '../../src/core';
import { sheet, months } from '../support/grids';
import { frsGrids, FRS_MAP } from '../support/fire-rescue';

function byRef(result: ScoreResult, ref: string): IndicatorScore {
  const s = result.indicators.find((i) => i.ref === ref);
  assert.ok(s, `${ref} is scored`);
  return s;
}

const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);

function score(grids: SheetGrid[], quarter: 1 | 2 | 3 | 4, mapping: unknown = FRS_MAP): ScoreResult {
  return scoreWorkbook(grids, { quarter, mapping } as Parameters<typeof scoreWorkbook>[1]).result;
}

/** A small sheet of a service's counts: annual target, Q1 and Q2 target columns, months Apr … Dec. */
function q3Sheet(rows: CellValue[][]): SheetGrid[] {
  return [
    sheet('Protection', [
      ['Ref', 'Indicator', 'Higher / Lower is better?', 'Annual target', 'Q1 Target', 'Q2 Target', ...months(9), 'DOT'],
      ...rows,
    ]),
  ];
}

describe('Fresh user 10: a fire and rescue service, first time with the product', function () {
  this.timeout(60000);
  let q2: ScoreResult;
  before(async () => {
    q2 = score(await frsGrids(), 2);
  });

  describe("1. monthly counts against quarter targets to date or a quarter's share", () => {
    it("PRV08 deliberate secondary fires: the year to date, 510 (its YTD column), against the Q2 target 350: −45.71%, red — not Sept's 61, green", () => {
      const s = byRef(q2, 'PRV08');
      assert.equal(s.latestValue, 510);
      assert.equal(s.periodTarget, 350);
      assert.equal(s.variancePct, -45.71);
      assert.equal(s.rag, 'red');
      const note = about(q2, 'PRV08').find((f) => f.kind === 'months-quarter-target');
      assert.ok(note, 'a Note says which figure was measured');
      assert.match(note.message, /the year to date, 510 \(April–Sept added up, as its "YTD" column does\)/);
      assert.match(note.message, /not Sept's 61 alone/);
    });

    it('PRT04 false alarms (no YTD column): 897 to date against 850, red; PRV12 water safety: 21 against 20, green; PRV01 125 against 125, green; PRV07 94 against 90, amber', () => {
      const want: [string, number, number, string][] = [
        ['PRT04', 897, 850, 'red'],
        ['PRV12', 21, 20, 'green'],
        ['PRV01', 125, 125, 'green'],
        ['PRV07', 94, 90, 'amber'],
      ];
      for (const [ref, value, target, rag] of want) {
        const s = byRef(q2, ref);
        assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [value, target, rag], ref);
      }
    });

    it("PRT07 fires in non-domestic premises, \"Q2 target is the quarter's share\": Q2's months, 63, against 60 — DOT against Q1's 60 against a quarter of 240", () => {
      const s = byRef(q2, 'PRT07');
      assert.deepEqual([s.latestValue, s.periodTarget, s.variancePct, s.rag], [63, 60, -5, 'amber']);
      assert.deepEqual(s.previous, { month: 'Jun', value: 60, periodTarget: 60, variancePct: 0 });
      assert.equal(s.dot, 'down');
    });

    it("PRT10 reported quarterly: Q1's 11 is measured against a quarter of the year's 48, not 48 (its DOT)", () => {
      const s = byRef(q2, 'PRT10');
      assert.equal(s.previous?.periodTarget, 12);
      assert.equal(s.dot, 'up');
      const note = about(q2, 'PRT10').find((f) => f.kind === 'typed-dot-disagrees');
      assert.ok(!note || !/−77/.test(note.message), note?.message);
    });

    it('at Q3 with no Q3 target column, a quarterly count is measured against a quarter of the year, not the year (12, not 48)', () => {
      const r = score(
        q3Sheet([
          [
            'PRT10',
            'Business safety engagement events',
            'Higher',
            48,
            12,
            12,
            null,
            null,
            11,
            null,
            null,
            14,
            null,
            null,
            13,
          ],
        ]),
        3,
        undefined,
      );
      const s = byRef(r, 'PRT10');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [13, 12, 'green']);
    });

    it('at Q3, monthly counts with targets to date: the year to date against three quarters of the year', () => {
      const r = score(
        q3Sheet([
          [
            'PRT04',
            'False alarms caused by AFAs',
            'Lower',
            1700,
            425,
            850,
            148,
            162,
            151,
            139,
            155,
            142,
            150,
            140,
            130,
          ],
        ]),
        3,
        undefined,
      );
      const s = byRef(r, 'PRT04');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [1317, 1275, 'amber']);
    });

    it('a month missing before the latest: not rated, with a Check, rather than added up short', () => {
      const r = score(
        q3Sheet([['PRT04', 'False alarms caused by AFAs', 'Lower', 1700, 425, 850, 148, 162, 151, 139, null, 142]]),
        2,
        undefined,
      );
      const s = byRef(r, 'PRT04');
      assert.equal(s.status, 'not rated');
      const check = about(r, 'PRT04').find((f) => f.kind === 'months-quarter-target-gap');
      assert.ok(check);
      assert.equal(check.severity, 'warning');
    });

    it('a percentage or a rate with quarter targets is not added up (PRV02 per 10,000 dwellings, PRV06 %)', () => {
      assert.equal(byRef(q2, 'PRV02').latestValue, 7.4);
      assert.equal(byRef(q2, 'PRV06').latestValue, 0.73);
    });
  });

  describe('2. rare events and Trend like with like', () => {
    it("CH07 RIDDOR injuries 1, 0, 1, 0, 2, 0 against 6 for the year: not rated with the month-share Check, never Sept's 0 green", () => {
      const s = byRef(q2, 'CH07');
      assert.equal(s.status, 'not rated');
      assert.equal(s.rag, null);
      assert.ok(about(q2, 'CH07').some((f) => f.kind === 'month-share' && f.severity === 'warning'));
    });

    it("PRV08 Trend: this Q2's 255 fires against last Q2's 240 (lower is better): worsening, not Sept's 61 against 240", () => {
      assert.equal(byRef(q2, 'PRV08').trend, 'down');
    });

    it("CH13 compliments: Q2's 38 against last Q2's 30, improving; CH07 (as near the month as the quarter): Trend not rated", () => {
      assert.equal(byRef(q2, 'CH13').trend, 'up');
      assert.equal(byRef(q2, 'CH07').trend, null);
    });
  });

  describe('6. a target of 0: DOT compares the quarters as they were scored', () => {
    it("PRV03 deaths: Q2 missed in August (1), Q3 0, 0, 0: DOT improving, against August's 1, not Sept's 0", () => {
      const r = score(
        q3Sheet([['PRV03', 'Deaths in accidental dwelling fires', 'Lower', 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0]]),
        3,
        undefined,
      );
      const s = byRef(r, 'PRV03');
      assert.equal(s.rag, 'green');
      assert.equal(s.dot, 'up');
      assert.equal(s.previous?.month, 'Aug');
    });
  });
});
