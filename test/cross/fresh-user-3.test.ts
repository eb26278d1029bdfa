/**
 * Fresh-user check 3 (session 9), on both front ends — the command line on the .xlsx file, the add-in on
 * the in-memory Excel model — which must agree: a cumulative collection rate measured mid-year against its
 * full-year target with no profile is not counted red ("Needs a profile"), and an indicator whose polarity
 * says "Contextual" is neither rated nor counted as improving.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { months } from '../support/grids';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';

describe('Fresh user 3 on the command line and in the add-in alike', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  const header: CellValue[] = ['Ref', 'Indicator', 'Good is', 'Target', ...months(6), '% Variance from Target', 'DOT'];
  const grids = [
    {
      name: 'Council Services',
      values: [
        header,
        [
          'DC01',
          '% of Council Tax collected (cumulative)',
          'Higher',
          97.5,
          10.1,
          19.3,
          28.5,
          37.7,
          46.8,
          56.2,
          null,
          null,
        ],
        ['SH03', 'Staff turnover (%)', 'Contextual', null, 0.8, 1.1, 0.9, 1.3, 0.7, 1.0, null, null],
        ['DC03', 'Days to process new benefit claims', 'Lower', 20, 18.2, 19.5, 22.1, 23.4, 21.8, 20.6, null, null],
      ] as CellValue[][],
    },
  ];

  it('council tax collected 56.2% by September against 97.5%: "Needs a profile", not red; turnover "Contextual": no DOT; the same on both', async () => {
    fs.writeFileSync(at('fresh3.xlsx'), await xlsxFromGrids(grids));
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('fresh3.xlsx'), at, ['--quarter', 'Q2']);
    for (const [who, r] of [
      ['command line', cli],
      ['add-in', addIn.result],
    ] as const) {
      const dc01 = r.indicators.find((i) => i.ref === 'DC01')!;
      assert.equal(dc01.status, 'not rated', who);
      assert.equal(dc01.reason, 'Needs a profile', who);
      assert.equal(dc01.rag, null, who);
      const sh03 = r.indicators.find((i) => i.ref === 'SH03')!;
      assert.equal(sh03.dot, null, who);
      assert.equal(sh03.reason, 'Contextual (neither higher nor lower is better)', who);
      const e = r.executiveSummary;
      assert.equal(e.offTarget, 0, `${who}: nothing counted red`);
      assert.equal(e.notRated, 1, `${who}: DC01 not rated, not counted as having no target`);
      // SH03's target cell says "n/a": no target, as its finding says (fresh-user check 7, item 4).
      assert.equal(e.noTarget, 1, `${who}: SH03, "Contextual" with a target of "n/a"`);
      assert.equal(e.total, e.onTarget + e.withinTolerance + e.offTarget + e.dataGaps + e.noTarget + e.notRated, who);
      assert.equal(e.dotImproving, 1, `${who}: only DC03 improving`);
      assert.equal(e.dotTotal, 1, who);
    }
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    for (const snap of [cliSnap, addInSnap]) {
      assert.deepEqual(seen(snap, 'Council Services', 'K2'), { value: '-', fill: null, font: null });
      const highlights = snap.find((s) => s.name === addIn.sheets.highlights)!;
      const texts = Object.values(highlights.cells).map((c) => c.value);
      assert.ok(texts.includes('Not rated: Needs a profile'));
      assert.ok(texts.includes('No target: Contextual (neither higher nor lower is better)'));
    }
  });

  it('a target of 0 missed: the variance cell and the Highlights sheet both say "Missed (target 0)", not "-" as for no target', async () => {
    const zero = [
      {
        name: 'Shared',
        values: [
          header,
          ['SH04', 'Net budget variance (£)', 'Lower', 0, null, null, 4350, null, null, 18900, null, null],
          ['SH05', 'Unplanned IT outages', 'Lower', 0, 0, 0, 0, 0, 0, 0, null, null],
        ] as CellValue[][],
      },
    ];
    fs.writeFileSync(at('zero.xlsx'), await xlsxFromGrids(zero));
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('zero.xlsx'), at, ['--quarter', 'Q2']);
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    for (const snap of [cliSnap, addInSnap]) {
      assert.equal(seen(snap, 'Shared', 'K2').value, 'Missed (target 0)');
      assert.equal(seen(snap, 'Shared', 'K3').value, 'Met (target 0)');
      const highlights = snap.find((s) => s.name === addIn.sheets.highlights)!;
      const texts = Object.values(highlights.cells).map((c) => c.value);
      assert.ok(texts.includes('Missed (target 0)'), 'the Highlights sheet says it too');
      assert.ok(texts.includes('Met (target 0)'));
      assert.ok(!texts.includes('-'), 'no "-" for a variance that was judged');
    }
  });
});
