/**
 * Fresh user 4's police force workbook, on both front ends (session 10, helper analyst2): the command
 * line on the .xlsx file and the add-in on the in-memory Excel model agree on what is now said and
 * scored — drink-drive arrests a month against the year's 1,200 not rated (its YTD column is the sum of
 * its months), "<5" read as a suppressed figure, "13:55" read as a duration, and Q3 found on October
 * alone with one Check for the table.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { DRINK_DRIVE_ARRESTS, POLICE_HEADER } from '../support/police-force';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';

const HEADER: CellValue[] = [...POLICE_HEADER, '% Variance from Target', 'DOT'];

describe('Fresh user 4 (police), on the command line and in the add-in alike (session 10)', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  it('month-share without an outturn, suppressed "<5", "13:55" as a duration and Q3 on October alone: the same scores, findings and cells', async () => {
    const grids = [
      {
        name: 'Force Performance',
        values: [
          HEADER,
          [...DRINK_DRIVE_ARRESTS, null, null],
          ['PCP1-06', 'Firearms discharges', 'Lower is better', 3, '<5', 0, '<5', 6, '<5', 0, '<5', 14, 17, null, null],
          [
            'PCP3-03',
            'Average attendance time – urgent (mm:ss)',
            'Lower is better',
            '15:00',
            '12:34',
            '13:10',
            '14:02',
            '15:41',
            '16:05',
            '14:48',
            '13:55',
            '14:19',
            '13:47',
            null,
            null,
          ],
          [
            'PCP3-04',
            'Emergency incidents attended within 15 mins %',
            'Higher is better',
            85,
            87,
            86,
            84,
            81,
            80,
            83,
            85,
            83.7,
            85.2,
            null,
            null,
          ],
        ],
      },
    ];
    fs.writeFileSync(at('police.xlsx'), await xlsxFromGrids(grids));
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('police.xlsx'), at);
    const scores = (r: typeof cli) => r.indicators.map((i) => [i.ref, i.status, i.variancePct, i.rag, i.dot, i.reason]);
    assert.deepEqual(scores(cli), scores(addIn.result), 'the same scores');
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    for (const [who, r] of [
      ['command line', cli],
      ['add-in', addIn.result],
    ] as const) {
      const pick = (ref: string) => r.indicators.find((i) => i.ref === ref)!;
      assert.match(r.quarter, /^Q3/, who);
      assert.deepEqual([pick('PCP2-03').status, pick('PCP2-03').rag], ['not rated', null], `${who}: was −91.33%, red`);
      assert.deepEqual([pick('PCP1-06').status, pick('PCP1-06').dot], ['data gap', null], who);
      assert.deepEqual(
        [pick('PCP3-03').variancePct, pick('PCP3-03').rag],
        [7.22, 'green'],
        `${who}: was "Data gap: 13:55"`,
      );
      const kinds = (ref: string | null) => r.findings.filter((f) => f.ref === ref).map((f) => f.kind);
      // Trend: April to October's 708 arrests against "Same period last year" 655, said in a Note (fresh user 12).
      assert.deepEqual(kinds('PCP2-03'), ['same-period-trend', 'month-share'], who);
      assert.equal(pick('PCP2-03').trend, 'up', who);
      assert.deepEqual(kinds('PCP1-06'), ['suppressed'], who);
      assert.deepEqual(kinds('PCP3-03'), [], who);
      const part = r.findings.filter((f) => f.kind === 'part-quarter');
      assert.equal(part.length, 1, `${who}: one Check for the table, not one a row`);
      assert.match(part[0].message, /^Q3 is scored on October only: November and December have no figures/, who);
    }
    for (const snap of [cliSnap, addInSnap]) {
      assert.deepEqual(
        seen(snap, 'Force Performance', 'N2'),
        { value: '-', fill: null, font: null },
        'PCP2-03: no variance, not coloured',
      );
      assert.equal(seen(snap, 'Force Performance', 'N4').value, 0.0722, 'PCP3-03: +7.22%');
      assert.equal(seen(snap, 'Force Performance', 'N4').fill, 'C6EFCE', 'green');
    }
  });
});
