/**
 * A target said to be the year's, beside month figures (session 13; rules/annual-to-date.ts, read/annual-words.ts;
 * docs/workbook.md, "A year's target said so, beside month figures"): what a police or council analyst would say
 * of each row, the year to date against the year's share elapsed, or not rated with a Check.
 */
import { strict as assert } from 'assert';
import { type ScoreResult, type SheetGrid } from '../../src/core';
import { sheet, months } from '../support/grids';
import { byRef, scored } from '../support/scoring';
import { policeGrids } from '../support/police-pcc';

const about = (r: ScoreResult, ref: string, kind?: string) =>
  r.findings.filter((f) => f.ref === ref && (kind === undefined || f.kind === kind));

const q2 = (grids: SheetGrid[], options: Parameters<typeof scored>[1] = {}) =>
  scored(grids, { quarter: 2, ...options });

describe("A year's target said so, beside month figures", function () {
  this.timeout(60000);

  describe('1. the police pack\'s overtime spend, "Annual budget £1.2m" in its Comments (no cumulative word)', () => {
    it("is £1,433k spent April to September against £600k of the year's budget elapsed: red, not September's £220k against £1,200k, green", async () => {
      const r = q2(await policeGrids({ overtimeComment: 'Annual budget £1.2m' }));
      const s = byRef(r, 'WS5.9');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [1433, 600, 'red']);
      const [note] = about(r, 'WS5.9', 'annual-to-date');
      assert.equal(note.severity, 'info');
      assert.match(
        note.message,
        /its Comments cell says "Annual budget £1\.2m", so its target 1,200 is the year's.*the year to date, 1,433 \(April–Sept added up\), is measured against the year's share elapsed, 6\/12 of it, 600, not Sept's 220/,
      );
      assert.equal(about(r, 'WS5.9', 'looks-cumulative').length, 0, 'no "its figures only rise" Check on the sums');
    });

    it('"Budget £1.2m for the year" and "Full year budget £1.2m" say the same', async () => {
      for (const overtimeComment of ['Budget £1.2m for the year', 'Full year budget £1.2m']) {
        const s = byRef(q2(await policeGrids({ overtimeComment })), 'WS5.9');
        assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [1433, 600, 'red'], overtimeComment);
      }
    });

    it("DOT compares June's year to date, 648 against 300 (−116%), with September's (−138.83%): worsening", async () => {
      const s = byRef(q2(await policeGrids({ overtimeComment: 'Annual budget £1.2m' })), 'WS5.9');
      assert.equal(s.variancePct, -138.83);
      assert.equal(s.dot, 'down');
    });
  });

  describe('2. "Annual target" over the target column', () => {
    const header = ['Ref', 'Indicator', 'Polarity', 'Annual target', ...months(6)];

    it('a count with nothing to show each month is its own (apprentices, 18 to 22 against 50): not rated, with a Check giving both readings and both fixes', () => {
      const r = q2([sheet('HR', [header, ['HR1', 'Apprentices', 'Higher', 50, 18, 20, 22, 19, 21, 20]])]);
      const s = byRef(r, 'HR1');
      assert.equal(s.status, 'not rated');
      assert.equal(s.rag, null);
      const [check] = about(r, 'HR1', 'annual-to-date-refused');
      assert.equal(check.severity, 'warning');
      assert.match(check.message, /its target column is headed "Annual target", so its target 50 is the year's/);
      assert.match(check.message, /the year to date, 120, is measured against 6\/12 of the target, 25/);
      assert.match(
        check.message,
        /add a "YTD" column holding them added up; if 50 is the target for each month's figure/,
      );
    });

    it('with a "YTD" column that adds the months up, the year to date is measured: 120 against 25, green', () => {
      const r = q2([
        sheet('HR', [
          [...header, 'YTD'],
          ['HR1', 'Apprentices started', 'Higher', 50, 18, 20, 22, 19, 21, 20, 120],
        ]),
      ]);
      const s = byRef(r, 'HR1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [120, 25, 'green']);
      assert.match(about(r, 'HR1', 'annual-to-date')[0].message, /its year-to-date column adds them up/);
    });

    it("a level about the target's size (children in care, 390 against 400) is the month against the target, as before", () => {
      const r = q2([sheet('CS', [header, ['CS1', 'Children in care', 'Lower', 400, 380, 385, 392, 388, 395, 390]])]);
      const s = byRef(r, 'CS1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [390, 400, 'green']);
      assert.equal(about(r, 'CS1', 'annual-to-date').length + about(r, 'CS1', 'annual-to-date-refused').length, 0);
    });

    it('a percentage (its name) is the month against the target, as before', () => {
      const r = q2([sheet('CS', [header, ['CS2', 'Reviews on time %', 'Higher', 95, 40, 42, 41, 44, 43, 45]])]);
      assert.deepEqual([byRef(r, 'CS2').latestValue, byRef(r, 'CS2').periodTarget], [45, 95]);
    });

    it('"Monthly target" in the Comments cell says the target is a month\'s: nothing changes', () => {
      const r = q2([
        sheet('HR', [
          [...header, 'Comments'],
          ['HR1', 'Apprentices', 'Higher', 50, 18, 20, 22, 19, 21, 20, 'Monthly target 50'],
        ]),
      ]);
      // The row's own words outweigh the table's header: September's 20 against the month's 50.
      const s = byRef(r, 'HR1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [20, 50, 'red']);
      assert.equal(about(r, 'HR1', 'annual-to-date-refused').length, 0);
    });
  });

  describe('3. a month missing before the latest', () => {
    it('spend with June blank is not added up short: not rated, with a Check naming June', () => {
      const r = q2([
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Target', ...months(6), 'Comments'],
          ['F1', 'Agency spend (£k)', 'Lower', 1200, 190, 210, null, 195, 205, 200, 'Annual budget'],
        ]),
      ]);
      const s = byRef(r, 'F1');
      assert.equal(s.status, 'not rated');
      assert.match(about(r, 'F1', 'annual-to-date-refused')[0].message, /but June has no figure/);
    });
  });

  describe("4. an amber band in the unit, given beside the year's budget", () => {
    it("an amber threshold £60k over the year's £1,200k is £30k at September (6/12): 640 against 600 is red above 630, not amber to 660", () => {
      const r = q2([
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Amber threshold', ...months(6)],
          ['F2', 'Overtime spend (£k)', 'Lower', 1200, 1260, 100.5, 110.5, 105, 115, 99, 110],
        ]),
      ]);
      const s = byRef(r, 'F2');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [640, 600, 30, 'red']);
      assert.match(
        about(r, 'F2', 'annual-to-date')[0].message,
        /Its amber band is scaled as the target is, from the year's 60 to 30: red above 630\./,
      );
    });
  });

  describe('5. a table of quarters under "Annual target" with a YTD column', () => {
    it("Q2's year to date, the quarters added up, against half the year's", () => {
      const r = q2([
        sheet('KPIs', [
          ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Q1', 'Q2', 'YTD'],
          ['K1', 'Homes improved', 'Higher', 400, 95, 90, 185],
        ]),
      ]);
      const s = byRef(r, 'K1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [185, 200, 'red']);
    });
  });
  describe('6. quarter columns beside the months, under "Annual target"', () => {
    const header = [
      'Ref',
      'Indicator',
      'Polarity',
      'Annual target',
      'Apr',
      'May',
      'Jun',
      'Q1',
      'Jul',
      'Aug',
      'Sep',
      'Q2',
      'YTD',
    ];

    it("complaints of about 100 a month against 400 for the year: 615 to September against the year's 200 elapsed, red — not Q2's 300 against 400 as a quarter's, green", () => {
      const r = q2([
        sheet('Customer', [
          header,
          ['C1', 'Complaints received', 'Lower', 400, 100, 110, 105, 315, 95, 100, 105, 300, 615],
        ]),
      ]);
      const s = byRef(r, 'C1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [615, 200, 'red']);
      assert.match(about(r, 'C1', 'annual-to-date')[0].message, /so its target 400 is the year's/);
    });
  });
  describe('7. "Annual budget" over the target column', () => {
    it('agency staff spend of about £200k a month under "Annual budget" 1,200: £1,205k to September against the year\'s £600k elapsed, red — not "No target"', () => {
      const r = q2([
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Annual budget', ...months(6)],
          ['F1', 'Agency staff spend (£k)', 'Lower', 1200, 190, 210, 205, 195, 205, 200],
        ]),
      ]);
      const s = byRef(r, 'F1');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [1205, 600, 'red']);
      assert.match(
        about(r, 'F1', 'annual-to-date')[0].message,
        /its target column is headed "Annual budget", so its target 1,200 is the year's/,
      );
    });

    it('"Full year budget £k" says the same; beside a Target column, the Target is the target', () => {
      const full = q2([
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Full year budget £k', ...months(6)],
          ['F1', 'Agency staff spend (£k)', 'Lower', 1200, 190, 210, 205, 195, 205, 200],
        ]),
      ]);
      assert.deepEqual([byRef(full, 'F1').latestValue, byRef(full, 'F1').periodTarget], [1205, 600]);
      const both = q2([
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Annual budget', ...months(6)],
          ['F1', 'Agency staff (FTE)', 'Lower', 210, 2500, 190, 210, 205, 195, 205, 200],
        ]),
      ]);
      assert.deepEqual([byRef(both, 'F1').latestValue, byRef(both, 'F1').periodTarget], [200, 210]);
    });
  });
  describe('8. a budget table, "Annual budget £k | Actual YTD £k", mapped as its Note says', () => {
    const grids = [
      sheet('Money', [
        ['Budget line', 'Annual budget £k', 'Actual YTD £k'],
        ['Responsive repairs', 9800, 5420],
        ['Rental income', 24000, 11800],
      ]),
    ];
    const mapping = {
      sheets: {
        Money: {
          headerRow: 1,
          columns: { 'Budget line': 'name', 'Annual budget £k': 'target', 'Actual YTD £k': 'actual' },
        },
      },
    };
    const line = (r: ScoreResult, name: string) => r.indicators.find((i) => i.name === name)!;

    it("responsive repairs' £5,420k spent to September is against the year's £4,900k elapsed, 10.6% over: red — not against the year's £9,800k, green", () => {
      const r = q2(grids, { mapping } as never);
      const repairs = line(r, 'Responsive repairs');
      assert.deepEqual([repairs.latestValue, repairs.periodTarget, repairs.rag], [5420, 4900, 'red']);
      const rent = line(r, 'Rental income');
      assert.deepEqual([rent.latestValue, rent.periodTarget, rent.rag], [11800, 12000, 'amber']);
      // One Note for the table, not one a line (hunt 7).
      const notes = r.findings.filter((f) => f.kind === 'annual-to-date');
      assert.equal(notes.length, 1);
      assert.match(
        notes[0].message,
        /its target column is headed "Annual budget £k", so each line's target is the year's budget, and its period header "Actual YTD £k" says the figures are to date: each of its 2 lines is measured against the year's share elapsed, 6\/12 of its budget by Sept, not against the whole year's \("Responsive repairs" 5,420 against 4,900; "Rental income" 11,800 against 12,000\)/,
      );
    });

    it('no Check says each line is measured against the whole annual target', () => {
      const r = q2(grids, { mapping } as never);
      assert.ok(!r.findings.some((f) => /measured against the whole annual target/.test(f.message)));
    });
  });
});
