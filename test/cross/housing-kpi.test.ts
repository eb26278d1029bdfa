/**
 * A housing association's board KPI pack (a fresh user's; test/support/housing-kpi.ts), on both front ends —
 * the command line on the .xlsx file, the add-in on the in-memory Excel model — which must agree: each
 * quarter's figure to date is measured against its cumulative quarter target (CH01's 23.8 complaints to
 * date against 20: red), and DOT compares like with like (14 improving, 8 worsening).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { housingBytes } from '../support/housing-kpi';
import { folderForEachTest } from '../support/xlsx-fixtures';

describe('A housing KPI pack with cumulative quarter targets, on the command line and in the add-in alike', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  it("CH01's Q2 to date, 23.8, is 19% over the half-year's 20 (red) and DOT says 14 improving, 8 worsening: the same on both", async () => {
    fs.writeFileSync(at('housing.xlsx'), await housingBytes('pack'));
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('housing.xlsx'), at, ['--quarter', 'Q2']);
    for (const [who, r] of [
      ['command line', cli],
      ['add-in', addIn.result],
    ] as const) {
      const ch01 = r.indicators.find((i) => i.ref === 'CH01' && i.sheet === 'Board KPIs')!;
      assert.deepEqual([ch01.latestValue, ch01.periodTarget, ch01.variancePct, ch01.rag], [23.8, 20, -19, 'red'], who);
      const vale = r.indicators.find((i) => i.ref === 'CH01' && i.sheet === 'Vale')!;
      assert.equal(vale.dot, 'up', `${who}: Vale's complaints improved, 13 against 10 then 21 against 20`);
      const e = r.executiveSummary;
      assert.deepEqual([e.dotImproving, e.dotWorsening], [14, 8], who);
      assert.deepEqual([e.onTarget, e.withinTolerance, e.offTarget], [4, 9, 9], who);
    }
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    assert.equal(cli.findings.filter((f) => f.kind === 'quarter-to-date').length, 8);
    // The DOT cells (column K): CH01 on row 6 worsening in red, NM01 on row 11 improving in amber.
    for (const snap of [cliSnap, addInSnap]) {
      assert.deepEqual(seen(snap, 'Board KPIs', 'K6'), seen(cliSnap, 'Board KPIs', 'K6'));
      assert.equal(seen(snap, 'Board KPIs', 'K6').value, '↓');
      assert.equal(seen(snap, 'Board KPIs', 'K11').value, '↑');
      assert.equal(seen(snap, 'Vale', 'K5').value, '↑');
    }
    assert.deepEqual(seen(addInSnap, 'Board KPIs', 'K11'), seen(cliSnap, 'Board KPIs', 'K11'));
  });
});
