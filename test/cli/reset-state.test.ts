/**
 * A damaged state sheet (issue 8 item 7): Excel's own menus cannot show or delete a very hidden sheet,
 * so the refusal says what to do, and `scorecard reset-state` removes it.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { scorecard } from '../support/xlsx-cli';
import { copyExample, filesIn, folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';

describe('A damaged Scorecard_State sheet, and scorecard reset-state', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  /**
   * The example scored twice, then its settings row garbled. Since issue 9 the summaries are regenerated
   * in place, so the very hidden backup a version /1 refresh left ('~1 Q3 Summary') is added by hand.
   */
  async function damaged(): Promise<string> {
    const input = copyExample(folder.dir, 'in.xlsx');
    assert.equal((await scorecard(['score', input, '-o', at('once.xlsx')])).code, 0);
    assert.equal((await scorecard(['score', at('once.xlsx'), '-o', at('scored.xlsx'), '-t', '3'])).code, 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at('scored.xlsx'));
    const state = book.getWorksheet('Scorecard_State')!;
    state.eachRow((row) => {
      if (row.getCell(1).value === 'settings') row.getCell(2).value = '{"quarter": 3, "toler';
    });
    if (!book.getWorksheet('~1 Q3 Summary'))
      book.addWorksheet('~1 Q3 Summary', { state: 'veryHidden' }).getCell('A1').value = 'Performance summary';
    await book.xlsx.writeFile(at('damaged.xlsx'));
    fs.rmSync(input);
    fs.rmSync(at('once.xlsx'));
    fs.rmSync(at('scored.xlsx'));
    return at('damaged.xlsx');
  }

  it("scoring it is refused in one sentence that says how to remove the sheet, Excel's menus being unable to", async () => {
    const file = await damaged();
    const ran = await scorecard(['score', file, '-o', at('out.xlsx')]);
    assert.equal(ran.code, 1);
    assert.equal(ran.stderr.trim().split('\n').length, 1);
    assert.match(
      ran.stderr,
      /^scorecard: The Scorecard_State sheet is damaged \(its settings cannot be read\) and must be removed before this workbook is scored again: run "scorecard reset-state <workbook\.xlsx>", or in Excel for Windows or Mac press Alt\+F11, .*set its Visible property to "-1 - xlSheetVisible", close the editor and delete the sheet/,
    );
    assert.deepEqual(filesIn(folder.dir), ['damaged.xlsx']);
  });

  it('reset-state removes it and the hidden backup sheets, keeps every other sheet, and the workbook scores again', async () => {
    const file = await damaged();
    const ran = await scorecard(['reset-state', file, '-o', at('reset.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(
      ran.stdout,
      /^Removed the Scorecard_State sheet: the saved quarter, tolerance and column mapping, and the undo of the last scoring, are gone; every other sheet is as it was\.\nAlso removed the hidden copies of earlier summary sheets: '~1 Q3 Summary'\.\nSummary sheets written before stay as they are: scoring the same quarter again writes new ones beside them \("Q3 Summary \(2\)" …\); delete the old ones first to keep the usual names\.\n/,
    );
    const before = snapshotWorkbook(await readXlsx(fs.readFileSync(file)));
    const after = snapshotWorkbook(await readXlsx(fs.readFileSync(at('reset.xlsx'))));
    const kept = before.filter((s) => s.name !== 'Scorecard_State' && !/^~\d /.test(s.name));
    assert.ok(kept.length < before.length - 1, 'the state sheet and a backup were there');
    assert.deepEqual(after, kept);
    const again = await scorecard(['score', at('reset.xlsx'), '-o', at('rescored.xlsx')]);
    assert.equal(again.code, 0, again.stderr);
  });

  it('reset-state of a workbook without the sheet says there is nothing to reset', async () => {
    const input = copyExample(folder.dir, 'plain.xlsx');
    const ran = await scorecard(['reset-state', input]);
    assert.equal(ran.code, 1);
    assert.match(
      ran.stderr,
      /^scorecard: '.*plain\.xlsx' has no Scorecard_State sheet: there is nothing to reset\.\n$/,
    );
    assert.deepEqual(filesIn(folder.dir), ['plain.xlsx']);
  });

  it("a visible sheet of the analyst's called Scorecard_State is never removed: scoring says to rename it, reset-state refuses", async () => {
    const input = at('own.xlsx');
    fs.writeFileSync(
      input,
      await xlsxFromGrids([
        {
          name: 'Indicators',
          values: [
            ['Ref', 'Performance Indicator', 'Target', 'Apr'],
            ['A-1', 'Calls answered', 90, 91],
          ],
        },
        { name: 'Scorecard_State', values: [['My notes on the scorecard'], ['Check CYP-41 with Housing']] },
      ]),
    );
    const scored = await scorecard(['score', input, '-o', at('out.xlsx')]);
    assert.equal(scored.code, 1);
    assert.match(
      scored.stderr,
      /The sheet 'Scorecard_State' was not written by Performance Scorecard, which keeps its settings under that name: if it is a sheet of yours, rename it \(right-click its tab > Rename\)/,
    );
    const reset = await scorecard(['reset-state', input, '-o', at('out.xlsx')]);
    assert.equal(reset.code, 1);
    assert.match(reset.stderr, /is a visible sheet that Performance Scorecard did not write; it is left alone/);
    assert.deepEqual(filesIn(folder.dir), ['own.xlsx']);
  });

  it("after reset-state, the earlier scoring's sheets are known by their content: not read as tables, not written to, and said so", async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    assert.equal((await scorecard(['score', input, '-o', at('scored.xlsx')])).code, 0);
    assert.equal((await scorecard(['reset-state', at('scored.xlsx'), '-o', at('reset.xlsx')])).code, 0);
    const again = await scorecard(['score', at('reset.xlsx'), '-o', at('rescored.xlsx'), '-j', at('rescored.json')]);
    assert.equal(again.code, 0, again.stderr);
    const json = JSON.parse(fs.readFileSync(at('rescored.json'), 'utf8')) as {
      indicators: { sheet: string }[];
      findings: { kind: string; sheet: string; severity: string; message: string }[];
    };
    // The 60 indicators of the council's six priority sheets, not the Highlights lists read again.
    assert.equal(json.indicators.length, 60);
    assert.ok(json.indicators.every((i) => !/^Q3 /.test(i.sheet)));
    const old = ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings'];
    for (const name of old) {
      const f = json.findings.find((x) => x.kind === 'product-sheet-not-listed' && x.sheet === name);
      assert.ok(f, `a note on '${name}'`);
      assert.equal(f.severity, 'info');
      assert.match(
        f.message,
        new RegExp(
          `^'${name}' looks like a sheet Performance Scorecard wrote .* so it was not read as an indicator table and nothing on it was changed; delete it or rename it if it is out of date\\.$`,
        ),
      );
    }
    assert.match(again.stdout, /summary sheets 'Q3 Summary \(2\)', 'Q3 Highlights \(2\)', 'Q3 Findings \(2\)'/);
    assert.doesNotMatch(again.stdout, /Your own sheet/, 'the Note says what the sheets are');
    // The earlier sheets are exactly as they were.
    const before = snapshotWorkbook(await readXlsx(fs.readFileSync(at('reset.xlsx'))));
    const after = snapshotWorkbook(await readXlsx(fs.readFileSync(at('rescored.xlsx'))));
    for (const name of old)
      assert.deepEqual(
        after.find((s) => s.name === name),
        before.find((s) => s.name === name),
        `'${name}' unchanged`,
      );
  });

  it('has its own help', async () => {
    const ran = await scorecard(['reset-state', '--help']);
    assert.equal(ran.code, 0);
    assert.match(ran.stdout, /^Usage: scorecard reset-state <workbook\.xlsx> \[-o <file\.xlsx>\]/);
  });
});
