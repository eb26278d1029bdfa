/**
 * A Status / RAG column of the analyst's, on both front ends (analyst's item 1, session 7): typed words
 * kept and checked, an empty column written, and a column an earlier version wrote over handed back —
 * the command line on the .xlsx file, the add-in on the in-memory Excel model, with the same cells and findings.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, ScoreResult } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { AT, scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { HEADER_TO_DOT } from '../support/grids';
import type { WorkbookSnap } from '../support/workbook-snapshot';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'status-scored-by-rules-6');
/** The RAG column's cells (P) of the four indicators. */
const RAG_CELLS = ['P2', 'P3', 'P4', 'P5'];
const rag = (snap: WorkbookSnap) => RAG_CELLS.map((a) => seen(snap, 'P1', a));
const plain = (value: CellValue) => ({ value, fill: null, font: null });

const KEPT_NOTE = `The column headed "RAG" on 'P1' holds statuses you typed, so they are kept as typed and no status is written there; each one the figures disagree with is a Check. To have the product fill the column, clear it.`;
const CHECKS = [
  'A-1: the status was typed as Amber but the figures give Green (on target: 104 against a target of 100, 4.00%). It is kept as you typed it; check which is right before the report goes out.',
  'A-2: the status was typed as "G" (Green) but the figures give Red (off target: 40 against a target of 30, −33.33%). It is kept as you typed it; check which is right before the report goes out.',
];
const statusFindings = (r: ScoreResult) =>
  r.findings
    .filter((f) => f.kind === 'status-column-not-owned' || f.kind === 'typed-status-disagrees')
    .map((f) => f.message);

describe('A RAG column of typed words, on the command line and in the add-in alike (analyst item 1)', function () {
  this.timeout(120000);
  const folder = folderForEachTest();
  const { at } = folder;

  it('typed "Amber", "G", a blank and "On track": kept as typed on both, the blank not filled, the same Note and Checks', async () => {
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(path.join(FIXTURES, 'typed.xlsx'), at, [
      '--quarter',
      'Q3',
    ]);
    const typed = [plain('Amber'), plain('G'), plain(null), plain('On track')];
    assert.deepEqual(rag(cliSnap), typed, 'command line');
    assert.deepEqual(rag(addInSnap), typed, 'add-in');
    for (const r of [cli, addIn.result]) assert.deepEqual(statusFindings(r), [KEPT_NOTE, ...CHECKS]);
    assert.deepEqual(cli.findings, addIn.result.findings);
  });

  it('an empty RAG column is written by both, in the same words and fills', async () => {
    const file = at('empty.xlsx');
    const row = (ref: string, dec: number): CellValue[] => [
      ref,
      ref,
      'Higher',
      100,
      90,
      92,
      95,
      96,
      97,
      99,
      101,
      103,
      dec,
      null,
      null,
      null,
    ];
    fs.writeFileSync(
      file,
      await xlsxFromGrids([
        {
          name: 'P1',
          values: [[...HEADER_TO_DOT, 'RAG'], row('A-1', 104), row('A-2', 97), row('A-3', 80), row('A-4', 100)],
        },
      ]),
    );
    const { cliSnap, addInSnap } = await scoreOnBothFrontEnds(file, at, ['--quarter', 'Q3']);
    assert.deepEqual(
      rag(cliSnap).map((c) => c.value),
      ['On target', 'Within tolerance', 'Off target', 'On target'],
    );
    assert.deepEqual(rag(addInSnap), rag(cliSnap));
  });

  it("a workbook whose RAG column an earlier version wrote over (RULES_VERSION 6): both give the typed words back, and the add-in then finds nothing to change in the command line's copy", async () => {
    const scored = path.join(FIXTURES, 'scored.xlsx');
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(scored, at);
    const typed = [plain('Amber'), plain('G'), plain(null), plain('On track')];
    assert.deepEqual(rag(cliSnap), typed, 'command line');
    assert.deepEqual(rag(addInSnap), typed, 'add-in');
    const handedBack = `The column headed "RAG" on 'P1' holds statuses you typed, which an earlier version of Performance Scorecard wrote its own over: 4 cells were put back as you had them, and the column is kept as typed from now on; each status the figures disagree with is a Check.`;
    for (const r of [cli, addIn.result]) assert.deepEqual(statusFindings(r), [handedBack, ...CHECKS]);
    assert.deepEqual(cli.findings, addIn.result.findings);
    const model = await modelFromXlsx(at('cli.xlsx'));
    await scoreQuarter(model.host, {}, AT);
    assert.equal(
      model.syncs.some((s) => s.wrote),
      false,
      'scoring the handed-back copy again writes nothing',
    );
  });
});
