/**
 * Session 6's analyst items on both front ends — the command line on the .xlsx file, the add-in on the
 * in-memory Excel model — which must agree on the counts, the findings, the cells and the refusals:
 *   1. "not available" typed after the last figure: a data gap, not the earlier figure carried forward;
 *   2. a table under "Position at end of Q2" is counted under the sheet's name;
 *   3. a refusal asking to map the columns by hand says how, each front end its own way;
 *   4. last year's outturn on another percentage scale: a typed Trend is not kept on it;
 *   5. a ref on two Targets rows with different month targets is refused; a ref on two indicator rows
 *      reads the Targets sheet in each row's units;
 *   6. a figure typed "1,5" is a Check saying how to type it.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue, ScoreResult } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { scorecard } from '../support/xlsx-cli';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { filesIn, folderForEachTest, xlsxFromGrids, type FixtureSheet } from '../support/xlsx-fixtures';
import { HEADER_TO_DOT } from '../support/grids';

const HEADER = HEADER_TO_DOT;

/** The results of both front ends, named for the assertion messages. */
const results = (cli: ScoreResult, addIn: ScoreResult) =>
  [
    ['command line', cli],
    ['add-in', addIn],
  ] as const;

describe('What could mislead the analyst, on the command line and in the add-in alike (session 6 items)', function () {
  this.timeout(120000);
  const folder = folderForEachTest();
  const { at } = folder;
  const both = (file: string, extra: string[] = []) => scoreOnBothFrontEnds(file, at, extra);

  /** Both front ends refuse `file` with the same core sentence, write nothing, and return what each said. */
  async function refusedOnBoth(file: string): Promise<{ cli: string; addIn: string }> {
    const before = filesIn(folder.dir);
    const ran = await scorecard(['score', file, '-o', at('out.xlsx'), '--json', at('r.json')]);
    assert.equal(ran.code, 1, ran.stderr);
    assert.equal(ran.stdout, '');
    assert.deepEqual(filesIn(folder.dir), before, 'no file written');
    const lines = ran.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, ran.stderr);
    const model = await modelFromXlsx(file);
    const unchanged = JSON.stringify(snapOfDocument(model.doc));
    let addIn = '';
    try {
      await scoreQuarter(model.host);
      assert.fail('the add-in scored it');
    } catch (e) {
      addIn = plainMessage(e);
    }
    assert.equal(
      model.syncs.some((s) => s.wrote),
      false,
      'the add-in wrote nothing',
    );
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), unchanged);
    return { cli: lines[0].replace(/^scorecard: /, ''), addIn };
  }

  it('1b. CS-09 with October 50, November 55 and December "n/a": November\'s 55 is scored as Q3\'s on both front ends, with the same Note naming December', async () => {
    const row: CellValue[] = [
      'CS-09',
      'Calls answered %',
      'Higher',
      75,
      null,
      null,
      70,
      null,
      null,
      80,
      50,
      55,
      'n/a',
      null,
      null,
    ];
    fs.writeFileSync(at('nov.xlsx'), await xlsxFromGrids([{ name: 'P6', values: [HEADER, row] }]));
    const { cli, addIn } = await both(at('nov.xlsx'), ['--quarter', 'Q3']);
    for (const [who, r] of results(cli, addIn.result)) {
      assert.deepEqual(
        r.indicators.map((i) => [i.ref, i.status, i.latestMonth, i.latestValue]),
        [['CS-09', 'off target', 'Nov', 55]],
        who,
      );
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'latest-before-quarter-end').map((f) => [f.cell, f.severity, f.message]),
        [
          [
            'M2',
            'info',
            'CS-09: Dec says "n/a", so Nov\'s 55 is scored as the Q3 figure. Type the missing figure if there is one.',
          ],
        ],
        who,
      );
    }
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
  });

  it('1. CS-07 with December "not available" after September\'s 80 is a data gap; CS-08 with December "-" carries 80 forward, and the Check says it is counted as Q3\'s', async () => {
    const row = (ref: string, dec: CellValue): CellValue[] => [
      ref,
      'Council tax collected %',
      'Higher',
      75,
      null,
      null,
      70,
      null,
      null,
      80,
      null,
      null,
      dec,
      null,
      null,
    ];
    fs.writeFileSync(
      at('gap.xlsx'),
      await xlsxFromGrids([{ name: 'P6', values: [HEADER, row('CS-07', 'not available'), row('CS-08', '-')] }]),
    );
    const { cli, cliSnap, addIn, addInSnap } = await both(at('gap.xlsx'), ['--quarter', 'Q3']);
    for (const [who, r] of results(cli, addIn.result)) {
      assert.deepEqual(
        r.indicators.map((i) => [i.ref, i.status, i.latestMonth, i.reason ?? null]),
        [
          ['CS-07', 'data gap', null, 'not available'],
          ['CS-08', 'on target', 'Sep', null],
        ],
        who,
      );
      assert.equal(r.executiveSummary.dataGaps, 1, who);
      assert.equal(r.executiveSummary.onTarget, 1, who);
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'carried-forward').map((f) => [f.ref, f.cell, f.severity]),
        [
          ['CS-07', 'M2', 'info'],
          ['CS-08', 'J3', 'warning'],
        ],
        who,
      );
    }
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    for (const snap of [cliSnap, addInSnap]) assert.equal(seen(snap, 'P6', 'N2').fill, null, 'no RAG for a data gap');
    assert.deepEqual(seen(cliSnap, 'P6', 'N2'), seen(addInSnap, 'P6', 'N2'));
    assert.deepEqual(seen(cliSnap, 'P6', 'N3'), seen(addInSnap, 'P6', 'N3'));
  });

  it("2. a table under \"Position at end of Q2\" is counted under the sheet's name, 'Housing', on the Summary sheet of both", async () => {
    fs.writeFileSync(
      at('titles.xlsx'),
      await xlsxFromGrids([
        {
          name: 'Housing',
          values: [
            ['Position at end of Q2'],
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2'],
            ['H-1', 'Rent collected %', 'Higher', 98, 97],
          ],
        },
      ]),
    );
    const { cli, cliSnap, addIn, addInSnap } = await both(at('titles.xlsx'));
    for (const [who, r] of results(cli, addIn.result))
      assert.deepEqual(
        r.priorities.map((p) => p.priorityName),
        ['Housing'],
        who,
      );
    for (const snap of [cliSnap, addInSnap]) {
      const summary = snap.find((s) => /Summary$/.test(s.name))!;
      const texts = Object.values(summary.cells).map((c) => c.value);
      assert.ok(texts.includes('Housing'), 'the priority is named Housing');
      assert.ok(!texts.some((t) => typeof t === 'string' && /Position at end of Q2/.test(t)));
    }
  });

  it('3. "map the columns by hand": the command line names --map mapping.json and docs/cli.md in its one line, the add-in the Scorecard pane', async () => {
    fs.writeFileSync(
      at('none.xlsx'),
      await xlsxFromGrids([
        { name: 'A', values: [['hello']] },
        { name: 'B', values: [[1, 2]] },
      ]),
    );
    const said = await refusedOnBoth(at('none.xlsx'));
    const core =
      'No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") ' +
      'and month, quarter or year columns. None of the 2 sheets has one; map the columns by hand if the headers use other names.';
    assert.equal(
      said.cli,
      `${core} To do so, save the headers and what each column holds as mapping.json (see "Column mapping (--map)" in docs/cli.md) and score again with --map mapping.json.`,
    );
    assert.equal(
      said.addIn,
      `${core} To map them, type "Performance Indicator" over the heading of the column that names the indicators, then open Scorecard on the Home tab: its column mapping panel opens for the other columns.`,
    );
  });

  it('4. "2019/20 Outturn" typed 94% against plain 0.96: the typed Trend ↑ is not kept, coloured or counted on either front end, and one Check names D2', async () => {
    fs.writeFileSync(
      at('outturn.xlsx'),
      await xlsxFromGrids([
        {
          name: 'P6',
          values: [
            ['Ref', 'Indicator', 'Polarity', '2019/20 Outturn', '20/21 Target', 'Dec', 'Trend'],
            ['CS-07', 'Council tax collected %', 'Higher', '94%', 0.95, 0.96, '↑'],
          ],
        },
      ]),
    );
    const { cli, cliSnap, addIn, addInSnap } = await both(at('outturn.xlsx'), ['--quarter', 'Q3']);
    for (const [who, r] of results(cli, addIn.result)) {
      assert.equal(r.indicators[0].trend, null, who);
      assert.equal(r.executiveSummary.trendTotal, 0, who);
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'percentage-scales').map((f) => f.cell),
        ['D2'],
        who,
      );
    }
    for (const snap of [cliSnap, addInSnap])
      assert.deepEqual(seen(snap, 'P6', 'G2'), { value: '↑', fill: null, font: null }, 'kept as typed, not coloured');
  });

  it('5. CYP-41 on Targets rows 2 and 3 with December 450 and 470 is refused by both, in the same sentence, and nothing is written', async () => {
    fs.writeFileSync(
      at('targets.xlsx'),
      await xlsxFromGrids([
        {
          name: 'P1',
          values: [HEADER, ['CYP-41', 'Referrals', 'Higher', 600, ...Array(8).fill(null), 470, null, null]],
        },
        {
          name: 'Targets',
          values: [
            ['Ref', 'Dec'],
            ['CYP-41', 450],
            ['CYP-41', 470],
          ],
        },
      ]),
    );
    const said = await refusedOnBoth(at('targets.xlsx'));
    const sentence =
      'The Targets sheet gives CYP-41 (rows 2 and 3: Dec 450 and 470) two different month targets, so nothing was scored ' +
      'rather than pick one; keep one row for each ref on the Targets sheet and score again.';
    assert.equal(said.cli, sentence);
    assert.equal(said.addIn, sentence);
  });

  it('5. CS-07 on two sheets, values shown as 5.3% (stored 0.053) on one and typed "5.3%" on the other, against a Targets "5%": both +6.00%, green, on both front ends', async () => {
    const wb = new ExcelJS.Workbook();
    const sheets: FixtureSheet[] = [
      {
        name: 'P1',
        values: [HEADER, ['CS-07', 'Council tax collected %', 'Higher', null, ...Array(8).fill(null), 0.053]],
      },
      {
        name: 'P2',
        values: [HEADER, ['CS-07', 'Council tax collected %', 'Higher', null, ...Array(8).fill(null), '5.3%']],
      },
      {
        name: 'Targets',
        values: [
          ['Ref', 'Dec'],
          ['CS-07', '5%'],
        ],
      },
    ];
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    }
    wb.getWorksheet('P1')!.getCell('M2').numFmt = '0.0%';
    fs.writeFileSync(at('units.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const { cli, cliSnap, addIn, addInSnap } = await both(at('units.xlsx'), ['--quarter', 'Q3']);
    for (const [who, r] of results(cli, addIn.result))
      assert.deepEqual(
        r.indicators.map((i) => [i.sheet, i.variancePct, i.rag]),
        [
          ['P1', 6, 'green'],
          ['P2', 6, 'green'],
        ],
        `${who}: P2 was +10,500% against the first row's reading of "5%"`,
      );
    for (const snap of [cliSnap, addInSnap])
      for (const sheet of ['P1', 'P2']) assert.equal(seen(snap, sheet, 'N2').fill, 'C6EFCE', sheet);
  });

  it('6. December typed "1,5": a Check on M2 on both says to type it as 1.5', async () => {
    fs.writeFileSync(
      at('comma.xlsx'),
      await xlsxFromGrids([
        {
          name: 'P6',
          values: [
            HEADER,
            ['CS-07', 'Sickness days', 'Lower', 2, null, null, 1.4, null, null, 1.6, 1.7, 1.8, '1,5', null, null],
          ],
        },
      ]),
    );
    const { cli, addIn } = await both(at('comma.xlsx'), ['--quarter', 'Q3']);
    for (const [who, r] of results(cli, addIn.result)) {
      assert.equal(r.indicators[0].latestMonth, 'Nov', who);
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'text-in-value').map((f) => [f.cell, f.severity, f.message]),
        [
          [
            'M2',
            'warning',
            'CS-07: Dec\'s "1,5" is not read as a figure, so it is left out of the scores; type it as 1.5 and score again.',
          ],
        ],
        who,
      );
    }
  });
});
