/**
 * Issue 10 item 3: a rescore that changes nothing costs nothing. The state sheet keeps a digest of
 * every part of the package and of the options; scoring again with nothing changed says so having
 * parsed no sheet part at all (counted, never timed), and prints what the first scoring printed.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scoreFile, type ScoreFileRequest } from '../../src/cli/score-file';
import { entryText, newEntry, readZip, writeZip } from '../../src/xlsx/package/zip';
import { readPackage } from '../../src/xlsx/package/read';
import { EXAMPLE_WORKBOOK, tempFolder } from '../support/xlsx-fixtures';

const AT = new Date('2026-11-26T09:00:00Z');

describe('Scoring again when nothing changed (issue 10 item 3)', function () {
  this.timeout(120000);
  const folder = tempFolder();
  const at = (name: string) => path.join(folder.dir, name);
  after(() => folder.remove());

  async function score(input: string, output: string, extra: Partial<ScoreFileRequest> = {}) {
    const parsed: string[] = [];
    const done = await scoreFile({
      input,
      output,
      outputNamed: true,
      overrides: {},
      at: AT,
      observe: { partParsed: (p) => parsed.push(p) },
      ...extra,
    });
    return { done, parsed };
  }

  /** The scored workbook with one sheet part's XML changed. */
  function edited(file: string, sheet: string, edit: (xml: string) => string): Buffer {
    const bytes = fs.readFileSync(file);
    const part = readPackage(bytes, file).sheets.find((s) => s.name === sheet)!.part;
    return writeZip(readZip(bytes).map((e) => (e.name === part ? newEntry(e.name, edit(entryText(e)), AT) : e)));
  }

  let first: Awaited<ReturnType<typeof score>>;
  before(async () => {
    first = await score(EXAMPLE_WORKBOOK, at('scored.xlsx'), { json: at('first.json') });
    assert.equal(first.done.changed, true);
    assert.ok(first.parsed.length >= 7, 'the first scoring parses every sheet');
  });

  it('parses no sheet part, writes an identical copy, and tells the same result (counts, findings, names)', async () => {
    const again = await score(at('scored.xlsx'), at('again.xlsx'), { json: at('again.json') });
    assert.deepEqual(again.parsed, [], 'no analyst sheet part (nor any other sheet part) was parsed');
    assert.equal(again.done.changed, false);
    assert.ok(fs.readFileSync(at('again.xlsx')).equals(fs.readFileSync(at('scored.xlsx'))));
    assert.deepEqual(again.done.result, first.done.result);
    assert.deepEqual(
      [again.done.names, again.done.cells, again.done.tableSheets, again.done.namesTaken],
      [first.done.names, first.done.cells, first.done.tableSheets, first.done.namesTaken],
    );
    assert.equal(
      fs.readFileSync(at('again.json'), 'utf8'),
      fs.readFileSync(at('first.json'), 'utf8'),
      'the --json result is the same file',
    );
  });

  it('given the same options as the scoring, still parses nothing; given other options, scores in full', async () => {
    const q3 = await score(EXAMPLE_WORKBOOK, at('q3.xlsx'), { overrides: { quarter: 3 } });
    const same = await score(at('q3.xlsx'), at('q3-again.xlsx'), { overrides: { quarter: 3 } });
    assert.deepEqual(same.parsed, []);
    assert.equal(same.done.changed, false);
    assert.equal(q3.done.result.quarter, 'Q3 2020/21');
    const other = await score(at('q3.xlsx'), at('t.xlsx'), { overrides: { tolerancePct: 2.5 } });
    assert.ok(other.parsed.length >= 7, 'a new tolerance is a new scoring');
    assert.equal(other.done.changed, true);
  });

  it('a figure retyped on one sheet: every sheet is read again and the change is scored', async () => {
    const sheet = first.done.tableSheets[0];
    fs.writeFileSync(
      at('typed.xlsx'),
      edited(at('scored.xlsx'), sheet, (xml) =>
        xml.replace(/<v>(\d+(\.\d+)?)<\/v>/, (_, n: string) => `<v>${Number(n) + 1000}</v>`),
      ),
    );
    const again = await score(at('typed.xlsx'), at('typed-again.xlsx'));
    assert.ok(again.parsed.length >= 7);
  });

  it("a summary sheet edited by hand: the digest covers the product's sheets too, so the full path decides (as before the digest)", async () => {
    fs.writeFileSync(
      at('summary.xlsx'),
      edited(at('scored.xlsx'), first.done.names.summary, (xml) =>
        xml.replace(/<t xml:space="preserve">[^<]*<\/t>/, '<t xml:space="preserve">edited</t>'),
      ),
    );
    const again = await score(at('summary.xlsx'), at('summary-again.xlsx'));
    assert.ok(again.parsed.length >= 7);
  });
});
