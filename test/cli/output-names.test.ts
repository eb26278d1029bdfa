/**
 * Where a rescore writes when -o is not given, and when it writes nothing at all. An analyst who scores
 * q3.xlsx gets q3-scored.xlsx; scoring that copy again after editing a figure gives q3-scored-2.xlsx,
 * never q3-scored-scored.xlsx; and scoring it again with nothing changed leaves no identical copy behind.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoredName } from '../../src/cli/paths';
import { scoreFile } from '../../src/cli/score-file';
import { readPackage } from '../../src/xlsx/package/read';
import { entryText, newEntry, readZip, writeZip } from '../../src/xlsx/package/zip';
import { scorecard } from '../support/xlsx-cli';
import { copyExample, filesIn, folderForEachTest } from '../support/xlsx-fixtures';

const AT = new Date('2026-11-26T09:00:00Z');

describe("The scored workbook's default name, and no copy when nothing changed", function () {
  this.timeout(120000);
  const folder = folderForEachTest();
  const { at } = folder;

  it('names a scored copy of a scored copy with the next number, not a second "-scored"', () => {
    assert.equal(scoredName('reports/q3.xlsx'), 'reports/q3-scored.xlsx');
    assert.equal(scoredName('reports/q3-scored.xlsx'), 'reports/q3-scored-2.xlsx');
    assert.equal(scoredName('reports/q3-scored-2.xlsx'), 'reports/q3-scored-3.xlsx');
    assert.equal(scoredName('Q3-SCORED.XLSX'), 'Q3-SCORED-2.xlsx');
    assert.equal(scoredName('q3-scored-undone.xlsx'), 'q3-scored-undone-scored.xlsx');
    assert.equal(scoredName('prescored.xlsx'), 'prescored-scored.xlsx');
  });

  /** A figure retyped: CYP-41's December (P5 on the first priority sheet), 1,000 more each time. */
  function withFigureRetyped(file: string): void {
    const bytes = fs.readFileSync(file);
    const part = readPackage(bytes, file).sheets.find((s) => s.name === 'P1 Children & Young People')!.part;
    const edit = (xml: string) => {
      const cell = /(<c r="P5"[^>]*><v>)(\d+(?:\.\d+)?)(<\/v>)/;
      assert.match(xml, cell);
      return xml.replace(cell, (_, open: string, n: string, close: string) => `${open}${Number(n) + 1000}${close}`);
    };
    fs.writeFileSync(
      file,
      writeZip(readZip(bytes).map((e) => (e.name === part ? newEntry(e.name, edit(entryText(e)), AT) : e))),
    );
  }

  it('rescoring x-scored.xlsx with nothing changed and no -o writes no file, and says so', async () => {
    const input = copyExample(folder.dir);
    assert.equal((await scorecard(['score', input])).code, 0);
    const scored = at('st-helens-2020-21-scored.xlsx');
    const again = await scorecard(['score', scored]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      /^Nothing to change: '.*st-helens-2020-21-scored\.xlsx' already holds this scoring, so no file was written\.$/m,
    );
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21-scored.xlsx', 'st-helens-2020-21.xlsx']);
  });

  it('rescoring x-scored.xlsx after a figure was retyped writes x-scored-2.xlsx, then x-scored-3.xlsx', async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input]);
    const scored = at('st-helens-2020-21-scored.xlsx');
    withFigureRetyped(scored);
    const second = await scorecard(['score', scored]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^Wrote .*st-helens-2020-21-scored-2\.xlsx: /m);
    withFigureRetyped(at('st-helens-2020-21-scored-2.xlsx'));
    const third = await scorecard(['score', at('st-helens-2020-21-scored-2.xlsx')]);
    assert.match(third.stdout, /^Wrote .*st-helens-2020-21-scored-3\.xlsx: /m);
    assert.deepEqual(filesIn(folder.dir), [
      'st-helens-2020-21-scored-2.xlsx',
      'st-helens-2020-21-scored-3.xlsx',
      'st-helens-2020-21-scored.xlsx',
      'st-helens-2020-21.xlsx',
    ]);
  });

  it('-o naming another file still writes the identical copy a script asked for; -o naming the input leaves it alone', async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input, '-o', at('scored.xlsx')]);
    const copy = await scorecard(['score', at('scored.xlsx'), '-o', at('copy.xlsx')]);
    assert.match(copy.stdout, /Nothing to change: .* so .*copy\.xlsx is an identical copy\./);
    assert.ok(fs.readFileSync(at('copy.xlsx')).equals(fs.readFileSync(at('scored.xlsx'))));
    const mtime = fs.statSync(at('scored.xlsx')).mtimeMs;
    const inPlace = await scorecard(['score', at('scored.xlsx'), '-o', at('scored.xlsx')]);
    assert.match(
      inPlace.stdout,
      /^Nothing to change: '.*scored\.xlsx' already holds this scoring, and was left as it is\.$/m,
    );
    assert.equal(fs.statSync(at('scored.xlsx')).mtimeMs, mtime, 'not rewritten');
  });

  it('--json is still written when nothing changed (the result was asked for)', async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input]);
    const done = await scoreFile({
      input: at('st-helens-2020-21-scored.xlsx'),
      output: scoredName(at('st-helens-2020-21-scored.xlsx')),
      outputNamed: false,
      json: at('q3.json'),
      overrides: {},
      at: AT,
    });
    assert.equal(done.changed, false);
    assert.equal(done.written, false);
    assert.ok(fs.existsSync(at('q3.json')));
    assert.ok(!fs.existsSync(at('st-helens-2020-21-scored-2.xlsx')));
  });
  it('scoring q3.xlsx again never writes over a q3-scored.xlsx the analyst typed in since; -o replaces it on purpose', async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input]);
    const scored = at('st-helens-2020-21-scored.xlsx');
    withFigureRetyped(scored);
    const typedIn = fs.readFileSync(scored);
    const again = await scorecard(['score', input]);
    assert.equal(again.code, 1);
    assert.equal(
      again.stderr.trim(),
      `scorecard: '${scored}' already exists and was changed after it was scored, so nothing was written over it: give -o '${scored}' to replace it, or -o another name.`,
    );
    assert.ok(fs.readFileSync(scored).equals(typedIn), "the analyst's copy is as they left it");
    const named = await scorecard(['score', input, '-o', scored]);
    assert.equal(named.code, 0, named.stderr);
    assert.ok(!fs.readFileSync(scored).equals(typedIn));
  });

  it('a q3-scored.xlsx nobody touched since it was written is replaced by a new scoring of q3.xlsx', async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input]);
    withFigureRetyped(input);
    const again = await scorecard(['score', input]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Wrote .*st-helens-2020-21-scored\.xlsx: /m);
  });

  it("undo never writes over a file of another's at its default name (x-undone.xlsx)", async () => {
    const input = copyExample(folder.dir);
    await scorecard(['score', input]);
    const scored = at('st-helens-2020-21-scored.xlsx');
    fs.writeFileSync(at('st-helens-2020-21-scored-undone.xlsx'), "the analyst's own notes");
    const undo = await scorecard(['undo', scored]);
    assert.equal(undo.code, 1);
    assert.match(
      undo.stderr,
      /^scorecard: '.*st-helens-2020-21-scored-undone\.xlsx' already exists, so nothing was written over it: give -o /,
    );
    assert.equal(fs.readFileSync(at('st-helens-2020-21-scored-undone.xlsx'), 'utf8'), "the analyst's own notes");
  });
});
