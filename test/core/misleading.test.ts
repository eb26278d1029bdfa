/**
 * What could mislead a council performance analyst reading the report (session 6, analyst's items):
 * figures carried forward past a cell that says why there is none, priorities named by lines that are
 * not priority names, figures read a hundred times out, duplicated refs on the Targets sheet, and
 * values typed the ways analysts type them. In the analyst's words.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue } from '../../src/core';
import { indicatorRow, standardSheet } from '../support/grids';

function score(rows: CellValue[][], quarter: 1 | 2 | 3 | 4 = 3) {
  return scoreWorkbook([standardSheet('P', rows)], { quarter }).result;
}

describe('What could mislead the analyst reading the report', () => {
  describe('1. No figure in the quarter scored: carried forward, or a data gap', () => {
    const sept = [null, null, 70, null, null, 80];

    for (const said of [
      'n/a',
      'N/A',
      'not available',
      'Not yet available',
      'TBC',
      'awaited',
      'Data collection suspended',
    ])
      it(`December typed "${said}" after September's 80: Q3 is a data gap, and September's 80 is not counted as Q3's`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, said])]);
        const i = r.indicators[0];
        assert.equal(i.status, 'data gap');
        assert.equal(i.latestValue, null);
        assert.equal(i.rag, null);
        assert.equal(r.executiveSummary.dataGaps, 1);
        assert.equal(r.executiveSummary.onTarget, 0, "September's 80 is not counted on target in Q3");
        assert.equal(i.reason, said === 'n/a' || said === 'N/A' ? 'Not applicable' : said);
        assert.equal(r.findings.filter((f) => /is carried forward/.test(f.message)).length, 0);
        const f = r.findings.find((x) => x.kind === 'carried-forward');
        assert.ok(f, 'a Note says why');
        assert.equal(f.severity, 'info');
        assert.equal(f.cell, 'M2', "on December's cell");
        assert.match(
          f.message,
          /^CS-07: no Q3 figure — Dec says ".+" — so it is counted as a data gap; Sept's 80 is not carried forward as the Q3 figure\. Leave the month blank or "-" to carry it forward instead\.$/,
        );
      });

    for (const nothing of [null, '-', '–', '..'])
      it(`December ${nothing === null ? 'blank' : `typed "${nothing}"`} after September's 80: carried forward, and the Check says it is scored and counted as Q3's`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, nothing])]);
        const i = r.indicators[0];
        assert.equal(i.status, 'on target');
        assert.equal(i.latestMonth, 'Sep');
        const f = r.findings.find((x) => x.kind === 'carried-forward')!;
        assert.equal(f.severity, 'warning');
        assert.equal(
          f.message,
          'CS-07: no Q3 figure yet; the latest value (80) is carried forward from Sept and scored and counted as the Q3 figure. ' +
            'Type this quarter\'s figure, or "not available" in its month to count it as a data gap.',
        );
      });

    it('"not available" in November and a figure in October: October is the Q3 figure (nothing carried across quarters)', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 78, 'not available', null])]);
      assert.equal(r.indicators[0].latestMonth, 'Oct');
      assert.equal(r.indicators[0].latestValue, 78);
      assert.equal(r.findings.filter((f) => f.kind === 'carried-forward').length, 0);
    });

    it('"TBC" in a month before the last figure changes nothing: September is the Q3 figure carried forward', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [null, 'TBC', 70, null, null, 80])]);
      assert.equal(r.indicators[0].latestMonth, 'Sep');
    });

    it('"not available" in every month is a data gap whose reason is "not available" (not "Not applicable")', () => {
      const r = score([indicatorRow('NA-2', 'Higher', 5, ['not available', 'not available', 'not available'])]);
      assert.equal(r.indicators[0].status, 'data gap');
      assert.equal(r.indicators[0].reason, 'not available');
    });
  });
});
