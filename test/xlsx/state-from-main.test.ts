/**
 * A workbook scored and rescored by the command line of the version before the compact state still
 * undoes to the same workbook that version's undo gave, and rescores (issue 10 item 5, issue 11 item 1).
 * The fixtures were written by main's code before the change (test/fixtures/state-v2-main/README.md).
 * Every part but the state sheet's must be byte for byte what that version wrote.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { STATE_SHEET } from '../../src/core';
import { readPackage } from '../../src/xlsx/package/read';
import { entryBytes, readZip } from '../../src/xlsx/package/zip';
import { scorecard } from '../support/xlsx-cli';
import { folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'state-v2-main');
const fixture = (name: string) => path.join(FIXTURES, name);

/** The zip's parts by name, without the state sheet's part. */
function partsBesideState(file: string): Map<string, Buffer> {
  const bytes = fs.readFileSync(file);
  const statePart = readPackage(bytes, file).sheets.find((s) => s.name === STATE_SHEET)?.part;
  return new Map(readZip(bytes).flatMap((e) => (e.name === statePart ? [] : [[e.name, entryBytes(e)]])));
}

function assertSameParts(actual: string, expected: string): void {
  const a = partsBesideState(actual);
  const e = partsBesideState(expected);
  assert.deepEqual([...a.keys()].sort(), [...e.keys()].sort());
  for (const [name, bytes] of e) assert.ok(bytes.equals(a.get(name)!), `${name} differs`);
}

/** Every sheet but the state sheet: each cell's value, formula and format, merges and visibility. */
async function picture(file: string) {
  return snapshotWorkbook(await readXlsx(fs.readFileSync(file))).filter((s) => s.name !== STATE_SHEET);
}

/**
 * An undo of a scoring the earlier version journalled: since the package journal keeps the owned cells'
 * text (main fdc0ab1), one written before it is undone cell by cell rather than verbatim, so the sheet
 * parts and styles.xml are written afresh; every other part is byte for byte what that version's undo
 * wrote, and every cell shows the same value and format.
 */
async function assertSameUndo(actual: string, expected: string): Promise<void> {
  const a = partsBesideState(actual);
  const e = partsBesideState(expected);
  assert.deepEqual([...a.keys()].sort(), [...e.keys()].sort());
  for (const [name, bytes] of e)
    if (!/^xl\/(worksheets\/[^/]+\.xml|styles\.xml)$/.test(name))
      assert.ok(bytes.equals(a.get(name)!), `${name} differs`);
  assert.deepEqual(await picture(actual), await picture(expected));
}

describe('A workbook the command line scored before the compact state', function () {
  this.timeout(60000);
  const folder = folderForTheseTests();
  const { at } = folder;

  it('undoes its first scoring to the workbook that version’s undo gave, cell for cell', async () => {
    const ran = await scorecard(['undo', fixture('scored.xlsx'), '-o', at('scored-undone.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    await assertSameUndo(at('scored-undone.xlsx'), fixture('scored-undone.xlsx'));
  });

  it('undoes a rescore: the regenerated summaries get back what the first scoring wrote, cell for cell', async () => {
    const ran = await scorecard(['undo', fixture('rescored.xlsx'), '-o', at('rescored-undone.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Brought back the sheets it replaced: 'Q3 Summary', 'Q3 Highlights', 'Q3 Findings'/);
    await assertSameUndo(at('rescored-undone.xlsx'), fixture('rescored-undone.xlsx'));
  });

  it('rescores as that version did, and that rescore undoes back to the rescored workbook', async () => {
    let ran = await scorecard(['score', fixture('rescored.xlsx'), '--tolerance', '5', '-o', at('again.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assertSameParts(at('again.xlsx'), fixture('rescored-rescored.xlsx'));
    ran = await scorecard(['undo', at('again.xlsx'), '-o', at('again-undone.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    // Every sheet as the rescore left it: each cell's value and format (a regenerated sheet's style
    // indexes may differ, its cells' formats may not).
    assert.deepEqual(await picture(at('again-undone.xlsx')), await picture(fixture('rescored.xlsx')));
  });
});
