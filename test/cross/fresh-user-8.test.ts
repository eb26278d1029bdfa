/**
 * Fresh-user check 8 (session 11), a county council's year with the product, on both front ends — the
 * command line on the .xlsx file, the add-in on the in-memory Excel model — which must agree: scored at Q1
 * on the command line, July to September typed into the scored workbook, then Q2 scored.
 * test/support/county-council.ts builds the workbook as the performance lead did.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { ScoreResult } from '../../src/core';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { scorecard } from '../support/xlsx-cli';
import { countyWorkbook, typeMonths } from '../support/county-council';
import { folderForTheseTests } from '../support/xlsx-fixtures';

describe('Fresh user 8 on the command line and in the add-in alike: Q1 scored, then Q2', function () {
  this.timeout(240000);
  const { at } = folderForTheseTests();
  let both: Awaited<ReturnType<typeof scoreOnBothFrontEnds>>;

  before(async () => {
    await countyWorkbook(3).xlsx.writeFile(at('q1.xlsx'));
    const q1 = await scorecard(['score', at('q1.xlsx'), '-o', at('q1-scored.xlsx')]);
    assert.equal(q1.code, 0, q1.stderr);
    // The lead types July to September into the scored workbook, as each quarter.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('q1-scored.xlsx'));
    typeMonths(wb, 4, 6);
    await wb.xlsx.writeFile(at('q2.xlsx'));
    both = await scoreOnBothFrontEnds(at('q2.xlsx'), (n) => at(`run-${n}`), ['--quarter', 'Q2']);
  });

  const results = (): [string, ScoreResult][] => [
    ['command line', both.cli],
    ['add-in', both.addIn.result],
  ];

  it('ASC07\'s DOT typed "Worse" before the Q1 scoring, replaced by the product\'s arrow since, is not quoted at Q2 as if it were in the cell', () => {
    for (const [who, r] of results()) {
      const typed = r.findings.filter((f) => f.ref === 'ASC07' && f.kind === 'typed-dot-disagrees');
      assert.deepEqual(
        typed.map((f) => f.message),
        [],
        who,
      );
      assert.equal(r.findings.filter((f) => f.kind === 'typed-dot-disagrees').length, 0, who);
    }
  });

  it('Q2 scored again after a figure is corrected: still no Check quoting the Q1 typed arrows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('run-cli.xlsx'));
    wb.getWorksheet('Resources')!.getCell('L8').value = 8.8;
    await wb.xlsx.writeFile(at('q2-edited.xlsx'));
    const again = await scorecard([
      'score',
      at('q2-edited.xlsx'),
      '-o',
      at('q2-again.xlsx'),
      '--json',
      at('again.json'),
    ]);
    assert.equal(again.code, 0, again.stderr);
    const r = JSON.parse(fs.readFileSync(at('again.json'), 'utf8')) as ScoreResult;
    assert.equal(r.quarter, both.cli.quarter);
    assert.equal(r.findings.filter((f) => f.kind === 'typed-dot-disagrees').length, 0);
  });

  it('PH02 (Comments "Cumulative") is amber against 1,150, ASC02 amber against 280, CS01 has its 2nd quartile, CS09 is a data gap — the same on both', () => {
    for (const [who, r] of results()) {
      const pick = (ref: string) => r.indicators.find((i) => i.ref === ref)!;
      assert.deepEqual([pick('PH02').periodTarget, pick('PH02').rag], [1150, 'amber'], who);
      assert.deepEqual([pick('ASC02').periodTarget, pick('ASC02').rag], [280, 'amber'], who);
      assert.equal(pick('CS01').quartile, 2, who);
      assert.equal(pick('CS09').status, 'data gap', who);
    }
    assert.deepEqual(both.addIn.result.executiveSummary, both.cli.executiveSummary);
    assert.deepEqual(
      both.addIn.result.findings.map((f) => f.message),
      both.cli.findings.map((f) => f.message),
    );
  });

  it("the quartile cell of CS01 (first table on Children's) is filled yellow on both", () => {
    const cli = seen(both.cliSnap, "Children's", 'V8');
    const addIn = seen(both.addInSnap, "Children's", 'V8');
    assert.equal(cli.value, '2nd quartile');
    assert.ok(cli.fill !== null, 'filled');
    assert.deepEqual(addIn, cli);
  });
});
