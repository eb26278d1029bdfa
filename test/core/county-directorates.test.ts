/**
 * An English county council's workbook (test/support/county-council.ts), two misreads a county analyst
 * would point at (docs/workbook.md says why for each):
 * 1. a directorate's sheet holding several small titled tables gave a priority per table, so the Summary
 *    had services and no directorate totals (read/directorate-sheets.ts);
 * 2. a count per month with a month's target was scored on its last month alone (rules/month-counts.ts).
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { months, sheet } from '../support/grids';
import { byRef, scored } from '../support/scoring';
import { COL, countyGrids, countyQ2With, countyRowOf, countyWorkbook } from '../support/county-council';

const score = (grids: SheetGrid[], quarter: 1 | 2 | 3 | 4): ScoreResult => scoreWorkbook(grids, { quarter }).result;

const priorityOf = (r: ScoreResult, name: string) => r.priorities.find((p) => p.priorityName === name);

describe('A county council: directorates as priorities, and counts per month by quarter', function () {
  this.timeout(60000);
  let q1: ScoreResult;
  let q2: ScoreResult;
  before(async () => {
    q1 = score(await countyGrids(3), 1);
    q2 = score(await countyGrids(6), 2);
  });

  describe("1. a directorate's sheet of several titled tables is one priority", () => {
    it("the Summary's priorities are the five directorates, named by each sheet's heading as the Contents sheet names them — not seven services", () => {
      assert.deepEqual(
        q2.priorities.map((p) => p.priorityName),
        [
          'Adult Social Care & Health',
          'Children, Young People & Education',
          'Public Health',
          'Growth, Environment & Transport',
          "Chief Executive's & Deputy Chief Executive's (Resources)",
        ],
      );
    });

    it("Children, Young People & Education is one priority with 9 indicators (6 of Children's Social Care, 3 of Education & SEND), its district rows not counted", () => {
      const cye = priorityOf(q2, 'Children, Young People & Education')!;
      assert.equal(cye.total, 9);
      const refs = q2.indicators.filter((i) => i.priorityName === cye.priorityName).map((i) => i.ref);
      assert.deepEqual(refs, ['CS01', 'CS02', 'CS03', 'CS04', 'CS05', 'CS06', 'CS07', 'CS08', 'CS09']);
    });

    it('Growth, Environment & Transport counts Highways & Transport and Waste together: 9 indicators, and the council is the sum of the five', () => {
      assert.equal(priorityOf(q2, 'Growth, Environment & Transport')!.total, 9);
      assert.equal(
        q2.priorities.reduce((n, p) => n + p.total, 0),
        q2.executiveSummary.total,
      );
    });

    it("a Note on each two-table sheet's heading names its titles as groups within the directorate and says how to make each a priority", () => {
      const notes = q2.findings.filter((f) => f.kind === 'sheet-priority');
      assert.deepEqual(
        notes.map((f) => [f.sheet, f.cell, f.severity]),
        [
          ["Children's", 'A2', 'info'],
          ['Growth & Environment', 'A2', 'info'],
        ],
      );
      assert.equal(
        notes[0].message,
        `'Children's' holds 2 tables under titles of their own ("Children's Social Care" and "Education & SEND (district breakdown shown for EHCP timeliness)"), ` +
          `and the workbook gives each directorate a sheet, so they are counted as one priority, 'Children, Young People & Education' ` +
          `(the sheet's heading, row 2), their titles groups within it. To count each table as a priority of its own, give it a sheet of its own.`,
      );
    });

    const HEADER: CellValue[] = ['Ref', 'Indicator', 'Good is', 'Target', ...months(3)];
    const table = (title: string, ref: string): CellValue[][] => [
      [title],
      HEADER,
      [ref, `${title} measure`, 'Higher', 90, 88, 91, 92],
    ];
    const housing = (name = 'Housing') =>
      sheet(name, [...table('Lettings', 'H1'), [], ...table('Repairs', 'H2'), [], ...table('Homelessness', 'H3')]);
    const waste = sheet('Waste', table('Waste collection', 'W1'));

    it("without a heading above the tables, the sheet's name names the directorate, and a Check says it is a guess", () => {
      const r = scored([housing(), waste], { quarter: 1 });
      assert.deepEqual(
        r.priorities.map((p) => [p.priorityName, p.total]),
        [
          ['Housing', 3],
          ['Waste collection', 1],
        ],
      );
      const check = r.findings.filter((f) => f.kind === 'sheet-priority');
      assert.equal(check.length, 1);
      assert.equal(check[0].severity, 'warning');
      assert.match(
        check[0].message,
        /one priority, 'Housing' \(the sheet's name: a guess, as no heading above the tables names the sheet\)/,
      );
    });

    it('a workbook with one sheet of tables keeps its titles as priorities (St Helens on one sheet; docs/workbook.md)', () => {
      const r = scored([housing()], { quarter: 1 });
      assert.deepEqual(
        r.priorities.map((p) => p.priorityName),
        ['Lettings', 'Repairs', 'Homelessness'],
      );
      assert.equal(r.findings.filter((f) => f.kind === 'sheet-priority').length, 0);
    });

    it('titles labelled as priorities ("Priority 1: …"), a sheet named for the report ("All priorities") or a title shared with another sheet stay priorities', () => {
      const labelled = sheet('Housing', [
        ...table('Priority 1: Homes for all', 'H1'),
        [],
        ...table('Priority 2: Safe streets', 'H2'),
      ]);
      const report = housing('All priorities');
      const shared = sheet('Waste', table('Lettings', 'W1'));
      for (const grids of [
        [labelled, waste],
        [report, waste],
        [housing(), shared],
      ]) {
        const r = scored(grids, { quarter: 1 });
        assert.ok(r.priorities.length >= 3, r.priorities.map((p) => p.priorityName).join(', '));
        assert.equal(r.findings.filter((f) => f.kind === 'sheet-priority').length, 0);
      }
    });
  });

  describe("2. a count per month against a month's target, scored by quarter", () => {
    it("GE02's Q2 is 12,280 (4,010 + 3,850 + 4,420) against a quarter target of 13,500: −9.04%, red — not September's 4,420 against 4,500, −1.78% amber", () => {
      const ge02 = byRef(q2, 'GE02');
      assert.deepEqual(
        [ge02.latestValue, ge02.latestPeriod, ge02.periodTarget, ge02.variancePct, ge02.rag],
        [12280, 'Q2', 13500, -9.04, 'red'],
      );
    });

    it("GE02's DOT compares the quarter with Q1's, 14,320 against 13,500 (+6.07%): ↓, and the typed ↔ is checked in quarters", () => {
      const ge02 = byRef(q2, 'GE02');
      assert.equal(ge02.dot, 'down');
      assert.deepEqual(
        [ge02.previous?.value, ge02.previous?.periodTarget, ge02.previous?.variancePct],
        [14320, 13500, 6.07],
      );
      const typed = q2.findings.find((f) => f.ref === 'GE02' && f.kind === 'typed-dot-disagrees')!;
      assert.match(typed.message, /Q1 6\.07% against target, Q2 −9\.04%/);
    });

    it('at Q1, GE02 is 14,320 against 13,500, on target, first reported', () => {
      const ge02 = byRef(q1, 'GE02');
      assert.deepEqual(
        [ge02.latestValue, ge02.periodTarget, ge02.variancePct, ge02.dot],
        [14320, 13500, 6.07, 'first'],
      );
    });

    it('a Note on the Target cell says what was added up, against what, and why', () => {
      const note = q2.findings.filter((f) => f.ref === 'GE02' && f.kind === 'month-counts');
      assert.equal(note.length, 1);
      assert.equal(note[0].severity, 'info');
      assert.equal(note[0].cell, `F${countyRowOf(countyWorkbook(6), 'Growth & Environment', 'GE02')}`);
      assert.equal(
        note[0].message,
        "GE02 is a count per month (last year's outturn of 58,210 is about twelve of its months) with a month's target, " +
          "so Q2's figure is its months added up, 12,280 (July 4,010 + Aug 3,850 + Sept 4,420), measured against the quarter's " +
          "target, 13,500 (3 × 4,500), not Sept's 4,420 alone against 4,500.",
      );
    });

    it('RES03 agency spend (lower is better, a monthly budget of £1,100k): Q2 £3,195k against £3,300k, +3.18%', () => {
      const res03 = byRef(q2, 'RES03');
      assert.deepEqual(
        [res03.latestValue, res03.periodTarget, res03.variancePct, res03.rag],
        [3195, 3300, 3.18, 'green'],
      );
    });

    it("a percentage (GE01) and a count that is a snapshot (ASC08 people waiting: its outturn is one month's size) stay September against its target", () => {
      const ge01 = byRef(q2, 'GE01');
      assert.deepEqual([ge01.latestValue, ge01.periodTarget, ge01.latestPeriod], [0.982, 0.98, 'Sept']);
      const asc08 = byRef(q2, 'ASC08');
      assert.deepEqual([asc08.latestValue, asc08.periodTarget, asc08.variancePct], [985, 1000, 1.5]);
      for (const ref of ['GE01', 'ASC08', 'ASC02', 'PH02'])
        assert.equal(q2.findings.filter((f) => f.ref === ref && f.kind === 'month-counts').length, 0, ref);
    });

    it("with only July in, Q2 is July's 4,010 against July's 4,500, and the Note says the quarter is not complete", async () => {
      const r = score(await countyGrids(4), 2);
      const ge02 = byRef(r, 'GE02');
      assert.deepEqual([ge02.latestValue, ge02.periodTarget, ge02.variancePct], [4010, 4500, -10.89]);
      const note = r.findings.find((f) => f.ref === 'GE02' && f.kind === 'month-counts')!;
      assert.match(
        note.message,
        /4,010 \(July 4,010\), measured against those months' target, 4,500 \(1 × 4,500\).*Q2 is not complete yet/,
      );
    });

    it('a note typed in August in place of its figure: the quarter cannot be added up, so September stands against its month target, as before', async () => {
      const grids = await countyQ2With((wb) => {
        const ws = wb.getWorksheet('Growth & Environment')!;
        ws.getCell(countyRowOf(wb, 'Growth & Environment', 'GE02'), COL.m0 + 4).value = 'Depot strike';
      });
      const ge02 = byRef(score(grids, 2), 'GE02');
      assert.deepEqual([ge02.latestValue, ge02.periodTarget, ge02.variancePct], [4420, 4500, -1.78]);
    });

    it('"n/a" typed in September: the quarter will never be whole, so August\'s 3,850 stands against its month target, not July and August added up', async () => {
      const grids = await countyQ2With((wb) => {
        const ws = wb.getWorksheet('Growth & Environment')!;
        ws.getCell(countyRowOf(wb, 'Growth & Environment', 'GE02'), COL.m0 + 5).value = 'n/a';
      });
      const ge02 = byRef(score(grids, 2), 'GE02');
      assert.deepEqual([ge02.latestValue, ge02.periodTarget], [3850, 4500]);
    });

    it("Trend compares the quarter with the same months last year added up: 12,280 against 13,500 (4,500 + 5,000 + 4,000) is ↓, though Sept's 4,420 beat last Sept's 4,000", async () => {
      const grids = await countyQ2With((wb) => {
        const ws = wb.addWorksheet('Last year');
        ws.addRow(['Ref', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
        ws.addRow(['GE02', 4000, 4000, 4000, 4500, 5000, 4000]);
      });
      assert.equal(byRef(score(grids, 2), 'GE02').trend, 'down');
    });

    it('month targets on a Targets sheet (4,000, 4,500, 5,000 in Q2) are added up the same way: 12,280 against 13,500', async () => {
      const grids = await countyQ2With((wb) => {
        const ws = wb.addWorksheet('Targets');
        ws.addRow(['Ref', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
        ws.addRow(['GE02', 4500, 4500, 4500, 4000, 4500, 5000]);
      });
      const r = score(grids, 2);
      const ge02 = byRef(r, 'GE02');
      assert.deepEqual([ge02.latestValue, ge02.periodTarget, ge02.variancePct], [12280, 13500, -9.04]);
      const note = r.findings.find((f) => f.ref === 'GE02' && f.kind === 'month-counts')!;
      assert.match(note.message, /13,500 \(July 4,000 \+ Aug 4,500 \+ Sept 5,000\)/);
    });
  });
});
