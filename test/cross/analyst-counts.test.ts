/**
 * Three places where the product misled an analyst (noticed items 1–3, session 4 closing note), on both
 * front ends — the command line on the .xlsx file, the add-in on the in-memory Excel model — which must
 * agree on the counts, the findings and the cells:
 *   1. a target typed "5%" against values stored as plain 0.053 is not counted on target: No target;
 *   2. a table with no % Variance, DOT or Trend column ends with a sentence saying why no cell was
 *      coloured and which columns to add, not "0 cells scored on 0 sheets";
 *   3. a "↑" typed in a Trend cell with no figure behind it is neither coloured nor counted.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue, ScoreResult } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { outcomeMessage } from '../../src/office/outcome-message';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { AT, scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import type { WorkbookSnap } from '../support/workbook-snapshot';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { HEADER_TO_TREND } from '../support/grids';

const UNCOLOURED =
  'No cells in your tables were coloured: they have no % Variance from Target, DOT, Trend, Status or ' +
  'Comparative Performance column for the scores to go in, so the scores are on the summary sheets only; ' +
  'add columns headed "% Variance from Target", "DOT" and "Trend" beside the figures and score again.';

describe('What the analyst is told, on the command line and in the add-in alike (noticed items 1–3)', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  const both = (file: string, extra: string[] = []) => scoreOnBothFrontEnds(file, at, extra);

  describe('1. a target on another percentage scale from its values', () => {
    const header = HEADER_TO_TREND;
    const values = [null, null, 0.05, null, null, 0.051, null, null, 0.053];
    const grids = [
      {
        name: 'P6 Modern Council',
        values: [
          header,
          ['CS-07', 'Council tax collected %', 'Higher', '5%', ...values, null, null, null],
          [
            'CS-08',
            'Business rates collected %',
            'Higher',
            5,
            ...values.map((v) => (v === null ? null : Number((v * 100).toPrecision(12)))),
            null,
            null,
            null,
          ],
        ],
      },
    ];

    it('"5%" against plain 0.053 is read as 0.05 in both front ends: +6.00%, on target, its variance cell green; one Check names D2 and how it was read (session 8: it was "No target")', async () => {
      fs.writeFileSync(at('scales.xlsx'), await xlsxFromGrids(grids));
      const { ran, cli, cliSnap, addIn, addInSnap } = await both(at('scales.xlsx'));
      for (const [who, r] of [
        ['command line', cli],
        ['add-in', addIn.result],
      ] as const) {
        const cs07 = r.indicators.find((i) => i.ref === 'CS-07')!;
        assert.equal(cs07.status, 'on target', who);
        assert.equal(cs07.variancePct, 6, who);
        assert.equal(r.executiveSummary.onTarget, 2, `${who}: CS-07 (0.053 against 0.05) and CS-08 (5.3 against 5)`);
        assert.equal(r.executiveSummary.noTarget, 0, who);
        const scales = r.findings.filter((f) => f.kind === 'percentage-scales');
        assert.equal(scales.length, 1, who);
        assert.equal(scales[0].cell, 'D2', who);
        assert.match(
          scales[0].message,
          /so it is read as 0\.05, as the values are written; type the target as 0\.05/,
          who,
        );
      }
      assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
      assert.match(ran.stdout, /CS-07: the target 5% is shown as a percentage over plain values \(such as 0\.05\d*\)/);
      for (const snap of [cliSnap, addInSnap]) {
        assert.equal(seen(snap, 'P6 Modern Council', 'N2').fill, 'C6EFCE', 'CS-07 is green');
        assert.equal(seen(snap, 'P6 Modern Council', 'N3').fill, 'C6EFCE', 'CS-08 is green');
      }
      // The Highlights sheet no longer calls it "No target".
      const highlights = addIn.sheets.highlights;
      const texts = (snap: WorkbookSnap) =>
        Object.values(snap.find((s) => s.name === highlights)!.cells).map((c) => c.value);
      for (const snap of [cliSnap, addInSnap])
        assert.ok(!texts(snap).includes('No target: the target and its values are on different scales'));
    });
  });

  describe('2. tables with no column for the scores', () => {
    const grids = [
      {
        name: 'Housing',
        values: [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual'],
          ['HSG-01', 'Rent collected %', 'Higher', 98, 97],
          ['HSG-02', 'Days to re-let', 'Lower', 30, 26],
        ] as CellValue[][],
      },
    ];

    it('the command line ends with why no cell was coloured and the columns to add, not "0 cells scored on 0 sheets"; the add-in says the same', async () => {
      fs.writeFileSync(at('plain.xlsx'), await xlsxFromGrids(grids));
      const { ran, cli, addIn } = await both(at('plain.xlsx'), ['--quarter', 'Q2']);
      assert.equal(cli.executiveSummary.total, 2, 'both indicators are counted');
      assert.doesNotMatch(ran.stdout, /0 cells scored/);
      const lines = ran.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(-3), [
        `Wrote ${at('cli.xlsx')}: summary sheets 'Q2 Summary', 'Q2 Highlights', 'Q2 Findings'.`,
        UNCOLOURED,
        `Wrote ${at('cli.json')}.`,
      ]);
      assert.equal(addIn.cells, 0);
      const message = outcomeMessage(addIn, 'score');
      assert.ok(message.endsWith(` ${UNCOLOURED}`), message);
      assert.match(message, /^Q2 scored: 1 on target, 1 within 5%, 0 off target, 0 data gaps/);
    });

    it('scored again with nothing changed: "Nothing to change", still with the reason — on both front ends', async () => {
      fs.writeFileSync(at('plain.xlsx'), await xlsxFromGrids(grids));
      await scorecard(['score', at('plain.xlsx'), '-o', at('once.xlsx'), '--quarter', 'Q2']);
      const again = await scorecard(['score', at('once.xlsx')]);
      assert.equal(again.code, 0, again.stderr);
      const lines = again.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(-2), [
        `Nothing to change: '${at('once.xlsx')}' already holds this scoring, so no file was written.`,
        UNCOLOURED,
      ]);
      const model = await modelFromXlsx(at('once.xlsx'));
      const byAddIn = await scoreQuarter(model.host, {}, AT);
      assert.equal(byAddIn.changed, false);
      assert.ok(outcomeMessage(byAddIn, 'refresh').endsWith(` ${UNCOLOURED}`));
    });

    it('a table with a % Variance column whose cells did not change is not said to have nothing coloured', async () => {
      const withVariance = [
        { name: 'Housing', values: grids[0].values.map((r, i) => [...r, i === 0 ? '% Variance from Target' : null]) },
      ];
      fs.writeFileSync(at('variance.xlsx'), await xlsxFromGrids(withVariance));
      const first = await scorecard(['score', at('variance.xlsx'), '-o', at('once.xlsx'), '--quarter', 'Q2']);
      assert.match(first.stdout, /: 2 cells scored on 1 sheet; summary sheets/);
      const again = await scorecard(['score', at('once.xlsx')]);
      assert.doesNotMatch(again.stdout, /No cells in your tables were coloured/);
      const model = await modelFromXlsx(at('once.xlsx'));
      const byAddIn = await scoreQuarter(model.host, {}, AT);
      assert.doesNotMatch(outcomeMessage(byAddIn, 'refresh'), /No cells in your tables were coloured/);
    });
  });

  describe('3. a typed Trend arrow with no figure behind it', () => {
    const grids = [
      {
        name: 'P1',
        values: [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Oct', 'Nov', 'Dec', '% Variance from Target', 'DOT', 'Trend'],
          ['X-1', 'Reported once, nothing before', 'Higher', 10, null, null, 12, null, null, '↑'],
          ['X-2', 'Reported monthly', 'Higher', 10, 9, 11, 12, null, null, '↑'],
        ] as CellValue[][],
      },
    ];

    it('X-1\'s "↑" is kept as typed but not coloured or counted, and a Check says why; X-2\'s is kept, coloured and counted', async () => {
      fs.writeFileSync(at('trend.xlsx'), await xlsxFromGrids(grids));
      const { cli, cliSnap, addIn, addInSnap } = await both(at('trend.xlsx'));
      for (const [who, r] of [
        ['command line', cli],
        ['add-in', addIn.result],
      ] as const) {
        assert.deepEqual(
          r.indicators.map((i) => [i.ref, i.trend]),
          [
            ['X-1', null],
            ['X-2', 'up'],
          ],
          who,
        );
        assert.equal(r.executiveSummary.trendImproving, 1, who);
        assert.equal(r.executiveSummary.trendTotal, 1, `${who}: Trend can be determined for X-2 only`);
        const f = r.findings.filter((x) => x.kind === 'typed-trend-disagrees');
        assert.deepEqual(
          f.map((x) => x.cell),
          ['J2'],
          who,
        );
        assert.match(
          f[0].message,
          /^X-1: the Trend was typed as ↑ \(improving\) but the workbook holds no figure to compare with/,
        );
      }
      for (const snap of [cliSnap, addInSnap]) {
        assert.deepEqual(seen(snap, 'P1', 'J2'), { value: '↑', fill: null, font: null }, 'kept as typed, no colour');
        assert.deepEqual(
          seen(snap, 'P1', 'J3'),
          { value: '↑', fill: null, font: '006100' },
          'in the RAG colour (green)',
        );
      }
    });

    it('the file the add-in scored, scored again on the command line: nothing to change, the same counts', async () => {
      fs.writeFileSync(at('trend.xlsx'), await xlsxFromGrids(grids));
      const model = await modelFromXlsx(at('trend.xlsx'));
      const byAddIn = await scoreQuarter(model.host, {}, AT);
      fs.writeFileSync(at('add-in.xlsx'), await xlsxFromModel(model));
      const ran = await scorecard(['score', at('add-in.xlsx'), '-o', at('then-cli.xlsx'), '--json', at('r.json')]);
      assert.match(ran.stdout, /^Nothing to change/m);
      const cli = JSON.parse(fs.readFileSync(at('r.json'), 'utf8')) as ScoreResult;
      assert.deepEqual(cli.executiveSummary, byAddIn.result.executiveSummary);
    });
  });
});
