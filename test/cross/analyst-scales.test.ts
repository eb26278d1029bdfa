/**
 * Noticed items 1–3 of session 5, on both front ends — the command line on the .xlsx file, the add-in on
 * the in-memory Excel model — which must agree on the counts, the findings and the cells:
 *   1. a Targets sheet's month target or a Last year figure on another percentage scale from the values
 *      is not compared: the month target is not rated against (No target), last year's gives no Trend;
 *   2. where some tables have a column for the scores and others do not, the count of cells scored is
 *      followed by one sentence naming the others and the columns to add;
 *   3. a row whose values are written two ways a hundred times apart (0.05, "5.2%", 0.051): the latest
 *      is rated where it is written as the target is, DOT is not worked out across the two ways, and a
 *      Check names the odd cell.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { outcomeMessage } from '../../src/office/outcome-message';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { AT, scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { councilTaxRow, HEADER_TO_TREND, months } from '../support/grids';

describe('What the analyst is told, on the command line and in the add-in alike (session 5 noticed items)', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  const both = (file: string, extra: string[] = []) => scoreOnBothFrontEnds(file, at, extra);

  describe("1. Targets sheet month targets and last year's figures on another percentage scale", () => {
    const header = HEADER_TO_TREND;
    const values = [null, null, 0.05, null, null, 0.051, null, null, 0.053];
    const grids = [
      {
        name: 'P6 Modern Council',
        values: [
          header,
          ['CS-07', 'Council tax collected %', 'Higher', null, ...values, null, null, null],
          ['CS-08', 'Business rates collected %', 'Higher', 0.05, ...values, null, null, null],
          ['CS-09', 'Sundry debt collected %', 'Higher', 0.05, ...values, null, null, null],
        ] as CellValue[][],
      },
      {
        name: 'Targets',
        values: [
          ['Ref', 'Jun', 'Sep', 'Dec'],
          ['CS-07', '5%', '5%', '5%'],
        ] as CellValue[][],
      },
      {
        name: 'Last year',
        values: [
          ['Ref', 'Dec'],
          ['CS-08', '5%'],
          ['CS-09', 0.05],
        ] as CellValue[][],
      },
    ];

    it('CS-07 (Targets sheet "5%" against 0.053) is counted under Not rated (it has a target); CS-08 (Last year "5%") has no Trend; one Check each names the cell on its sheet', async () => {
      fs.writeFileSync(at('scales.xlsx'), await xlsxFromGrids(grids));
      const { ran, cli, cliSnap, addIn, addInSnap } = await both(at('scales.xlsx'));
      for (const [who, r] of [
        ['command line', cli],
        ['add-in', addIn.result],
      ] as const) {
        assert.deepEqual(
          r.indicators.map((i) => [i.ref, i.status, i.variancePct, i.trend]),
          [
            ['CS-07', 'not rated', null, null],
            ['CS-08', 'on target', 6, null],
            ['CS-09', 'on target', 6, 'up'],
          ],
          who,
        );
        assert.equal(r.executiveSummary.notRated, 1, who);
        assert.equal(r.executiveSummary.noTarget, 0, `${who}: its target is there`);
        assert.equal(r.executiveSummary.onTarget, 2, `${who}: not 3 (CS-07 at 0.053 against 5 as stored is −98.9%)`);
        assert.equal(r.executiveSummary.trendTotal, 1, `${who}: Trend can be determined for CS-09 only`);
        const scales = r.findings.filter((f) => f.kind === 'percentage-scales');
        assert.deepEqual(
          scales.map((f) => [f.ref, f.sheet, f.cell]),
          [
            ['CS-07', 'Targets', 'B2'],
            ['CS-08', 'Last year', 'B2'],
          ],
          who,
        );
        assert.match(scales[0].message, /or type the month targets on the Targets sheet as 0\.05 — and score again\.$/);
        assert.match(scales[1].message, /so Trend is not worked out from them/);
      }
      assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
      assert.match(
        ran.stdout,
        /CS-07: the Targets sheet's month target 5% and its values such as 0\.05 are on different scales/,
      );
      for (const snap of [cliSnap, addInSnap]) {
        assert.deepEqual(seen(snap, 'P6 Modern Council', 'N2'), { value: '-', fill: null, font: null });
        assert.equal(seen(snap, 'P6 Modern Council', 'N3').fill, 'C6EFCE', 'CS-08 is green against its own target');
        assert.deepEqual(seen(snap, 'P6 Modern Council', 'P3').value, null, 'no Trend for CS-08');
        assert.equal(seen(snap, 'P6 Modern Council', 'P4').value, '↑', 'CS-09: Trend up from 0.05');
      }
    });
  });

  describe('2. some tables with a column for the scores, others without', () => {
    const grids = [
      {
        name: 'Finance',
        values: [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', '% Variance from Target', 'DOT'],
          ['CS-01', 'Council tax collected %', 'Higher', 96, 95, null, null],
        ] as CellValue[][],
      },
      {
        name: 'Housing',
        values: [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual'],
          ['HSG-01', 'Rent collected %', 'Higher', 98, 97],
          ['HSG-02', 'Days to re-let', 'Lower', 30, 26],
        ] as CellValue[][],
      },
    ];
    const SENTENCE =
      "The 2 indicators on 'Housing' were scored into the summary sheets only: their table has no % Variance " +
      'from Target, DOT, Trend, Status or Comparative Performance column for the scores to go in; add columns ' +
      'headed "% Variance from Target", "DOT" and "Trend" beside their figures and score again.';

    it("the command line says \"2 cells scored on 1 sheet\" and then names 'Housing' and the columns to add; the add-in's message ends with the same sentence", async () => {
      fs.writeFileSync(at('mixed.xlsx'), await xlsxFromGrids(grids));
      const ran = await scorecard(['score', at('mixed.xlsx'), '-o', at('cli.xlsx'), '--quarter', 'Q2']);
      assert.equal(ran.code, 0, ran.stderr);
      const lines = ran.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(-2), [
        `Wrote ${at('cli.xlsx')}: 2 cells scored on 1 sheet; summary sheets 'Q2 Summary', 'Q2 Highlights', 'Q2 Findings'.`,
        SENTENCE,
      ]);
      const model = await modelFromXlsx(at('mixed.xlsx'));
      const addIn = await scoreQuarter(model.host, { quarter: 2 }, AT);
      assert.equal(addIn.cells, 2);
      const message = outcomeMessage(addIn, 'score');
      assert.ok(message.endsWith(` ${SENTENCE}`), message);
      // Scored again: nothing to change, and still the sentence.
      const again = await scorecard(['score', at('cli.xlsx')]);
      assert.deepEqual(again.stdout.trimEnd().split('\n').slice(-1), [SENTENCE]);
    });
  });

  describe('3. a row whose values are written two ways', () => {
    const grids = [
      {
        name: 'P6 Modern Council',
        values: [
          [
            'Ref',
            'Performance Indicator',
            'Higher / Lower is better?',
            'Target',
            ...months(9),
            '% Variance from Target',
            'DOT',
          ],
          councilTaxRow(0.05, 0.05, '5.2%', 0.051, 2),
        ] as CellValue[][],
      },
    ];

    it('CS-07 is +2.00% green on both front ends, its DOT cell is not an arrow down from "5.2%", and one Check names J2 (Sept)', async () => {
      fs.writeFileSync(at('mixed.xlsx'), await xlsxFromGrids(grids));
      const { cli, cliSnap, addIn, addInSnap } = await both(at('mixed.xlsx'));
      for (const [who, r] of [
        ['command line', cli],
        ['add-in', addIn.result],
      ] as const) {
        const cs07 = r.indicators[0];
        assert.deepEqual([cs07.variancePct, cs07.rag, cs07.dot], [2, 'green', null], who);
        assert.equal(r.executiveSummary.onTarget, 1, who);
        const f = r.findings.filter((x) => x.kind === 'percentage-scales');
        assert.deepEqual(
          f.map((x) => x.cell),
          ['J2'],
          who,
        );
        assert.match(f[0].message, /Sept 5\.2% has a percent sign, unlike Dec 0\.051 and the target/, who);
      }
      assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
      for (const snap of [cliSnap, addInSnap]) {
        assert.equal(seen(snap, 'P6 Modern Council', 'N2').fill, 'C6EFCE', 'green');
        assert.notEqual(seen(snap, 'P6 Modern Council', 'O2').value, '↓');
        assert.deepEqual(
          seen(snap, 'P6 Modern Council', 'O2'),
          seen(cliSnap, 'P6 Modern Council', 'O2'),
          'the same DOT cell',
        );
      }
    });
  });
});
