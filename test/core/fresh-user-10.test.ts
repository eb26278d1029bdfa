/**
 * A fire and rescue service's performance analyst, first time with the product (fresh-user check 10;
 * test/support/fire-rescue.ts builds the workbook as the analyst kept it): what misled, in the analyst's
 * words, most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { sheet, months } from '../support/grids';
import { frsGrids, FRS_MAP } from '../support/fire-rescue';
import { byRef } from '../support/scoring';

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
      assert.equal(s.latestPeriod, 'Apr–Sept', "the Highlights' Period column says what 510 covers");
      assert.equal(byRef(q2, 'PRT07').latestPeriod, 'Q2');
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

  describe('3. polarity words the analyst wrote', () => {
    it('"Lower or higher is better" is the polarity column: RSP11 (no working smoke alarm, lower is better) 28% against 30% is green', async () => {
      const r = score(await frsGrids(), 2, undefined);
      const s = byRef(r, 'RSP11');
      assert.deepEqual([s.variancePct, s.rag], [6.67, 'green']);
    });

    it('"Context only" rows get no DOT or Trend and are not counted as improving or worsening', async () => {
      const r = score(await frsGrids(), 2, undefined);
      for (const ref of ['RSP08', 'RSP09']) {
        const s = byRef(r, ref);
        assert.deepEqual([s.dot, s.trend], [null, null], ref);
      }
    });

    it('"Zero" in an Aim column is lower is better (an analyst aims for none)', () => {
      const r = score(
        [
          sheet('H&S', [
            ['Ref', 'Indicator', 'Aim', 'Target', 'Apr', 'May', 'Jun'],
            ['Z1', 'Fatalities at work', 'Zero', 0, 0, 1, 0],
          ]),
        ],
        1,
        undefined,
      );
      const s = byRef(r, 'Z1');
      assert.equal(s.rag, 'red', "May's 1 against a target of 0 is missed for the quarter");
      assert.ok(!r.findings.some((f) => f.kind === 'polarity-assumed'));
    });
  });

  describe('4. a "Q2 2024/25" column beside this year\'s months', () => {
    it("is read as last year's Q2 with no mapping: the workbook scores as 2025/26, and PRV08's Trend compares Q2 with Q2", async () => {
      const r = score(await frsGrids(), 2, undefined);
      assert.equal(r.quarter, 'Q2 2025/26');
      assert.equal(byRef(r, 'PRV08').trend, 'down');
      assert.equal(byRef(r, 'PRV01').trend, 'up', "125 fires to date; Q2 62 against last Q2's 66");
    });
  });

  describe('5. a caveat is never a title', () => {
    it('"Data not yet validated – September figures are provisional …" does not name Priority 1; the title two rows above does', async () => {
      const names = q2.priorities.map((p) => p.priorityName);
      // Without its "Priority N:" label, as a band row's is (the Summary numbers the priorities: fresh user 12).
      assert.equal(names[0], 'Prevention – Reducing the risk of fire and other emergencies in the home');
      assert.equal(names[2], 'Response – Responding quickly and effectively to emergencies');
      assert.ok(!names.some((n) => /validated/.test(n)));
    });
  });

  describe('7. "3 of 4" in a figure cell', () => {
    it('is a Check saying how to type it (75%, or 3 if it counts them), not a Note', () => {
      const f = about(q2, 'PRV10').find((x) => x.cell === 'M16');
      assert.ok(f);
      assert.equal(f.severity, 'warning');
      assert.match(f.message, /Sept's "3 of 4" is not read as a figure.*type it as 75% \(or 3, if it counts them\)/);
    });
  });

  describe('8. times typed as text in the last-year column', () => {
    it('RSP04 call handling "01:34" in Sept against "01:24" last Q2 (lower is better): Trend worsening', () => {
      assert.equal(byRef(q2, 'RSP04').trend, 'down');
      assert.equal(byRef(q2, 'RSP10').trend, 'up', '09:33 against 09:41');
    });
  });

  describe('Words that say what is true', () => {
    it('an outlier\'s "rest of the series" leaves out the other figures out of line, so it never holds the figure named', () => {
      const r = score(
        [
          sheet('S', [
            ['Ref', 'Indicator', 'Higher / Lower is better?', 'Target', ...months(9)],
            ['O1', 'Hoax calls', 'Lower', 5, 4, 2.0, 2.2, 2.1, 1.96, 2.05, 2.15, 6, 2.3],
          ]),
        ],
        3,
        undefined,
      );
      const outliers = r.findings.filter((f) => f.kind === 'outlier');
      assert.ok(outliers.length >= 2, outliers.map((f) => f.message).join('\n'));
      for (const f of outliers) assert.match(f.message, /\(1\.96 to 2\.3\)/, f.message);
    });

    it("PRV06: a blank Sept whose Comments cell says why is named as the Comments cell's words, and links to it", () => {
      const f = about(q2, 'PRV06').find((x) => x.kind === 'latest-before-quarter-end');
      assert.ok(f);
      assert.equal(f.cell, 'T12');
      assert.match(f.message, /Sept is blank and its Comments cell says "Sept data awaited/);
    });

    it('Highlights of a service with no quartiles: chosen against target and DOT, not always empty', () => {
      assert.ok(q2.strongPerformance.includes('PRV01'), q2.strongPerformance.join(', '));
      assert.ok(q2.requiresImprovement.includes('PRV08'), q2.requiresImprovement.join(', '));
      for (const ref of q2.strongPerformance) assert.equal(byRef(q2, ref).rag, 'green', ref);
      for (const ref of q2.requiresImprovement) assert.equal(byRef(q2, ref).rag, 'red', ref);
    });
  });
});
