/**
 * An English county council's performance lead, a year with the product (fresh-user check 8;
 * test/support/county-council.ts builds the workbook as the lead did): what misled, in the lead's words,
 * most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { sheet } from '../support/grids';
import { byRef, scored } from '../support/scoring';
import { summarySheet } from '../../src/core/plan/summary-sheets';
import { defaultSheetNames } from '../../src/core/plan/sheet-names';
import { COL, countyGrids, countyQ2With, countyRowOf } from '../support/county-council';

function score(grids: SheetGrid[], quarter: 1 | 2 | 3 | 4): ScoreResult {
  return scoreWorkbook(grids, { quarter }).result;
}

const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);

describe('Fresh user 8: a county council, a year with the product', function () {
  this.timeout(60000);
  let q1: ScoreResult;
  let q2: ScoreResult;
  before(async () => {
    q1 = score(await countyGrids(3), 1);
    q2 = score(await countyGrids(6), 2);
  });

  describe('2. two tables one blank row apart: the first table\'s "CIPFA NN Quartile" column is read', () => {
    it('CS01 "2nd quartile", CS02 "Bottom quartile", CS03 "Top quartile", CS06 "3rd Quartile" have their quartiles, as the second table\'s CS07 does', () => {
      for (const r of [q1, q2]) {
        assert.deepEqual(
          ['CS01', 'CS02', 'CS03', 'CS06', 'CS07'].map((ref) => byRef(r, ref).quartile),
          [2, 4, 1, 3, 4],
        );
      }
    });

    it('at Q2, CS01 (2nd quartile, ↑) is under Strong performance and CS02 is not under Requires improvement (↑)', () => {
      const cs01 = byRef(q2, 'CS01');
      assert.equal(cs01.dot, 'up');
      assert.ok(q2.strongPerformance.includes('CS01'), q2.strongPerformance.join(', '));
      assert.ok(!q2.requiresImprovement.includes('CS02'));
    });

    it('no partly-recognised Note on the Children\'s sheet names "CIPFA NN Quartile" as not recognised', () => {
      const notes = q2.findings.filter((f) => f.sheet === "Children's" && /CIPFA NN Quartile/.test(f.message));
      assert.deepEqual(
        notes.map((f) => f.message),
        [],
      );
    });
  });

  describe("2b. the other looks at a column's cells stop at the next table too", () => {
    const header = ['Ref', 'Indicator', 'Direction', 'Target', 'Q1', 'Q2', 'Benchmark (CIPFA)'];
    const two = (second: CellValue[][]): SheetGrid =>
      sheet('Services', [
        ['Housing'],
        header,
        ['H1', 'Homes let within 28 days (%)', 'Higher', 90, 88, 91, 'Top quartile'],
        ['H2', 'Rent arrears (%)', 'Lower', 3, 3.2, 2.9, '3rd quartile'],
        [],
        ['Waste'],
        ...second,
      ]);

    it('a "Direction" column of polarity words in the first table is its polarity, though the next table\'s header says "Direction"', () => {
      const r = scored([two([header, ['W1', 'Missed bins per 100,000', 'Lower', 50, 55, 48, 'Top quartile']])], {
        quarter: 2,
      });
      const h2 = r.indicators.find((i) => i.ref === 'H2')!;
      assert.equal(h2.variancePct, 3.33, 'lower is better: 2.9 against 3');
      assert.equal(h2.quartile, 3);
      assert.equal(r.indicators.find((i) => i.ref === 'H1')!.quartile, 1);
    });
  });

  describe('1. figures that build up over the year, said so in the Comments column or a footnote', () => {
    it('PH02 smoking quitters, Comments "Cumulative": Q2\'s 1,120.6 against half the year\'s 2,300 (1,150): −2.56%, amber, not −51.28% red; a Note on the Comments cell says so', () => {
      const ph02 = byRef(q2, 'PH02');
      assert.deepEqual([ph02.periodTarget, ph02.variancePct, ph02.rag], [1150, -2.56, 'amber']);
      const notes = about(q2, 'PH02').filter((f) => f.kind === 'looks-cumulative');
      assert.equal(notes.length, 1);
      assert.equal(notes[0].severity, 'info');
      assert.equal(notes[0].cell, 'W9');
      assert.match(
        notes[0].message,
        /^PH02: its Comments cell says "Cumulative", so it is scored as cumulative: its annual target 2,300(\.0)? is profiled pro rata, Sept's target is 6\/12 of it, 1,150(\.0)?\. If 2,300(\.0)? is already the target for the figure as it stands, add a "Profile" column saying Flat\.$/,
      );
    });

    it('ASC02 care home admissions (lower is better), Comments "Cumulative - annual target 560": 282.5 against 280, −0.89% amber, not +49.55% green', () => {
      const asc02 = byRef(q2, 'ASC02');
      assert.deepEqual([asc02.periodTarget, asc02.variancePct, asc02.rag], [280, -0.89, 'amber']);
      assert.equal(
        about(q2, 'ASC02').filter((f) => f.kind === 'looks-cumulative' && f.severity === 'warning').length,
        0,
      );
    });

    it('PH01 health checks, named only in the footnote "PH01, PH02 are cumulative within the year.": 4.1% against 4.0%, on target, and the Note quotes the footnote', () => {
      const ph01 = byRef(q2, 'PH01');
      assert.deepEqual([ph01.periodTarget, ph01.variancePct, ph01.rag], [0.04, 2.5, 'green']);
      const notes = about(q2, 'PH01').filter((f) => f.kind === 'looks-cumulative');
      assert.equal(notes.length, 1);
      assert.match(notes[0].message, /the note "PH01, PH02 are cumulative within the year\." under the table says so/);
    });

    it('Q1: PH02 548.3 against 3/12 of 2,300 (575) and DOT compares like with like at Q2 (↑)', () => {
      assert.equal(byRef(q1, 'PH02').periodTarget, 575);
      assert.equal(byRef(q2, 'PH02').dot, 'up');
    });

    describe('without the Comments and footnotes: the product suspects cumulative but cannot tell', () => {
      let bare: ScoreResult;
      before(async () => {
        bare = score(
          await countyQ2With((wb) => {
            const ad = wb.getWorksheet('Adults')!;
            ad.getCell(countyRowOf(wb, 'Adults', 'ASC02'), COL.comment).value = null;
            const ph = wb.getWorksheet('Public Health')!;
            for (const ws of [ad, ph])
              ws.eachRow((row) => {
                const v = row.getCell(1).value;
                if (typeof v === 'string' && /cumulative/i.test(v)) row.getCell(1).value = null;
              });
          }),
          2,
        );
      });

      it('ASC02 (figures only rise) is not rated: green against the whole year, amber pro rata — not counted green, and the Check gives both and the fix', () => {
        const asc02 = byRef(bare, 'ASC02');
        assert.equal(asc02.rag, null);
        assert.equal(asc02.reason, 'Needs a profile');
        assert.equal(asc02.dot, null);
        const checks = about(bare, 'ASC02').filter((f) => f.kind === 'looks-cumulative');
        assert.equal(checks.length, 1);
        assert.equal(checks[0].severity, 'warning');
        assert.match(
          checks[0].message,
          /^ASC02: its figures only rise from 47\.1 in April, as a count to date does, but the table has no Profile column, and Sept's 282\.5 is 49\.55% \(on target\) against the whole year's 560(\.0)? but −0\.89% \(within tolerance\) against 6\/12 of it \(280(\.0)?\): it is not rated \(Needs a profile\), counted under "Not rated"\./,
        );
      });

      it('PH01 "(cumulative %)" 1.9%, 4.1% is not rated either (red against the year, on target pro rata)', () => {
        const ph01 = byRef(bare, 'PH01');
        assert.equal(ph01.rag, null);
        assert.equal(ph01.reason, 'Needs a profile');
      });

      it("neither is counted red or green: the council's Not rated counts them", () => {
        const adults = bare.priorities.find((p) => p.priorityName === byRef(bare, 'ASC02').priorityName)!;
        const before = q2.priorities.find((p) => p.priority === adults.priority)!;
        assert.equal(adults.notRated, before.notRated + 1);
        assert.ok(!bare.strongPerformance.includes('PH01'));
      });

      it('a rising count whose RAG is the same either way keeps it (RES03-like), and nothing else on the workbook changes', () => {
        const changed = bare.indicators
          .filter((i) => !['ASC02', 'PH01', 'PH02'].includes(i.ref ?? ''))
          .filter((i) => {
            const was = byRef(q2, i.ref ?? '');
            return was.rag !== i.rag || was.variancePct !== i.variancePct;
          });
        assert.deepEqual(
          changed.map((i) => i.ref),
          [],
        );
      });
    });
  });

  describe('1b. a footnote names refs, not numbers', () => {
    it('"Note 1: H2 is cumulative" profiles H2, not the indicator whose ref is 1', () => {
      const r = scored(
        [
          sheet('Housing', [
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'],
            ['1', 'Homes built', 'Higher', 400, 90, 380, null, null],
            ['H2', 'Homes let', 'Higher', 400, 90, 190, null, null],
            [],
            ['Note 1: H2 is cumulative year to date.'],
          ]),
        ],
        { quarter: 2 },
      );
      assert.equal(r.indicators.find((i) => i.ref === 'H2')!.periodTarget, 200);
      assert.equal(r.indicators.find((i) => i.ref === '1')!.periodTarget, 400);
    });
  });

  describe('4. a quarterly figure with no Q2 figure, Comments "No Q2 figure - summer holiday"', () => {
    it("CS09 is a Q2 data gap in the comment's words, not June's 18.2 scored amber as Q2's; a Note on the Comments cell says so", () => {
      const cs09 = byRef(q2, 'CS09');
      assert.equal(cs09.status, 'data gap');
      assert.equal(cs09.reason, 'No Q2 figure - summer holiday');
      assert.equal(cs09.rag, null);
      const notes = about(q2, 'CS09');
      assert.equal(notes.length, 1, notes.map((f) => f.message).join('\n'));
      assert.equal(notes[0].cell, 'W32');
      assert.equal(
        notes[0].message,
        'CS09: no Q2 figure — its Comments cell says "No Q2 figure - summer holiday" — so it is counted as a data gap; June\'s 18.2 is not carried forward as the Q2 figure.',
      );
    });

    it('at Q3 the Q3 figure is scored as usual', async () => {
      const q3 = score(await countyGrids(9), 3);
      assert.equal(byRef(q3, 'CS09').latestValue, 17.1);
    });
  });

  describe('6. an annual indicator whose Comments say when it is reported', () => {
    it('ASC09 "Annual survey - reported Q3" is due in Q3, not Q4; PH04 "Annual - ONS release Mar" in Q4', () => {
      assert.equal(byRef(q2, 'ASC09').reason, 'reported annually, due in Q3');
      assert.equal(byRef(q2, 'PH04').reason, 'reported annually, due in Q4');
    });
  });

  describe("3. DOT at Q1: first reported, not last year's outturn", () => {
    it("every Q1 DOT is ■ (the \"2024/25 Outturn\" is a year's figure, GE02's a total of 58,210 against a monthly 4,500), and the key keeps the report's words", () => {
      const dots = new Set(q1.indicators.filter((i) => i.rag !== null).map((i) => i.dot));
      assert.deepEqual([...dots], ['first']);
      const sheet = summarySheet(q1, defaultSheetNames(1));
      const texts = sheet.values.values.flat().filter((v): v is string => typeof v === 'string');
      assert.ok(texts.includes('■ First reported period'));
    });
  });
});
