/**
 * Issue 10 item 3: a rescore that changes nothing costs nothing. The state sheet keeps a digest of
 * every part of the package and of the options; scoring again with nothing changed says so having
 * parsed no sheet part at all (counted, never timed), and prints what the first scoring printed.
 */
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { scoreFile, type ScoreFileRequest } from '../../src/cli/score-file';
import { InputError, RULES_VERSION, STATE_SHEET } from '../../src/core';
import { digestRows, type ScoringSummary } from '../../src/xlsx/package/digest';
import { withStateRows } from '../../src/xlsx/package/sheet-xml';
import { entryText, newEntry, readZip, writeZip, type ZipEntry } from '../../src/xlsx/package/zip';
import { readPackage } from '../../src/xlsx/package/read';
import { ACROSS_YEAR_END } from '../support/field-tables';
import { reportGrids } from '../support/golden';
import { EXAMPLE_WORKBOOK, folderForTheseTests, xlsxFromGrids } from '../support/xlsx-fixtures';

const AT = new Date('2026-11-26T09:00:00Z');

describe('Scoring again when nothing changed (issue 10 item 3)', function () {
  this.timeout(120000);
  const folder = folderForTheseTests();
  const { at } = folder;

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

  /**
   * The scored workbook `file` as a version of the command under rules `rules` would have left it: its
   * parts changed by `edit`, then its state's digest written again over them, as that version wrote it
   * (the scoring's summary `summary`, no options).
   */
  function scoredUnder(file: string, rules: number, summary: ScoringSummary, edit = (e: ZipEntry) => e): Buffer {
    const bytes = fs.readFileSync(file);
    const statePart = readPackage(bytes, file).sheets.find((s) => s.name === STATE_SHEET)!.part;
    const entries = readZip(bytes).map(edit);
    const xml = entryText(entries.find((e) => e.name === statePart)!);
    const rowStart = xml.lastIndexOf('<row ', xml.indexOf('>packageDigest</t>'));
    const dataEnd = xml.indexOf('</sheetData>', rowStart);
    const bare = xml.slice(0, rowStart) + xml.slice(dataEnd);
    const count = Number(/^<row r="(\d+)"/.exec(xml.slice(rowStart))![1]) - 1;
    const rows = digestRows(entries, statePart, bare, {}, summary, rules);
    const state = newEntry(statePart, withStateRows(bare, count, rows), AT);
    return writeZip(entries.map((e) => (e.name === statePart ? state : e)));
  }

  const summaryOf = (done: Awaited<ReturnType<typeof scoreFile>>): ScoringSummary => ({
    result: done.result,
    names: done.names,
    cells: done.cells,
    tableSheets: done.tableSheets,
    namesTaken: done.namesTaken,
  });

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

  describe('a workbook scored by the version before this digest format (version 1: the summary inside the digest, as records)', () => {
    /**
     * The scored workbook `file` with its digest written again as version 1 wrote it: one key,
     * `packageDigest`, its rows the deflated JSON (base64, 30,000 characters a row) of the parts' CRC-32
     * and size, the SHA-1 of the state sheet without these rows, the options, the rules version, and the
     * summary's own fields.
     */
    function scoredByVersion1(file: string, summary: ScoringSummary): Buffer {
      const bytes = fs.readFileSync(file);
      const statePart = readPackage(bytes, file).sheets.find((s) => s.name === STATE_SHEET)!.part;
      const entries = readZip(bytes);
      const xml = entryText(entries.find((e) => e.name === statePart)!);
      const rowStart = xml.lastIndexOf('<row ', xml.indexOf('>packageDigest</t>'));
      const dataEnd = xml.indexOf('</sheetData>', rowStart);
      const bare = xml.slice(0, rowStart) + xml.slice(dataEnd);
      const count = Number(/^<row r="(\d+)"/.exec(xml.slice(rowStart))![1]) - 1;
      const parts: Record<string, string> = {};
      for (const e of entries)
        if (e.name !== statePart && !e.name.startsWith('docProps/')) parts[e.name] = `${e.crc >>> 0}:${e.size}`;
      const digest = {
        v: 1,
        rules: RULES_VERSION,
        overrides: '{}',
        parts,
        state: createHash('sha1').update(bare, 'utf8').digest('hex'),
        ...summary,
      };
      const text = zlib.deflateRawSync(Buffer.from(JSON.stringify(digest), 'utf8')).toString('base64');
      const rows: string[][] = [];
      for (let i = 0; i < text.length; i += 30000) rows.push(['packageDigest', text.slice(i, i + 30000)]);
      const state = newEntry(statePart, withStateRows(bare, count, rows), AT);
      return writeZip(entries.map((e) => (e.name === statePart ? state : e)));
    }

    it('rescored with nothing changed: no sheet part parsed, the same result told and the same --json written', async () => {
      fs.writeFileSync(at('v1.xlsx'), scoredByVersion1(at('scored.xlsx'), summaryOf(first.done)));
      const again = await score(at('v1.xlsx'), at('v1-again.xlsx'), { json: at('v1-again.json') });
      assert.deepEqual(again.parsed, []);
      assert.equal(again.done.changed, false);
      assert.ok(fs.readFileSync(at('v1-again.xlsx')).equals(fs.readFileSync(at('v1.xlsx'))));
      assert.deepEqual(again.done.result, first.done.result);
      assert.equal(fs.readFileSync(at('v1-again.json'), 'utf8'), fs.readFileSync(at('first.json'), 'utf8'));
    });

    it('a figure retyped since: scored in full, and the digest written now is trusted by the next rescore', async () => {
      fs.writeFileSync(at('v1.xlsx'), scoredByVersion1(at('scored.xlsx'), summaryOf(first.done)));
      fs.writeFileSync(
        at('v1-typed.xlsx'),
        edited(at('v1.xlsx'), first.done.tableSheets[0], (xml) =>
          xml.replace(/<v>(\d+(\.\d+)?)<\/v>/, (_, n: string) => `<v>${Number(n) + 1000}</v>`),
        ),
      );
      const full = await score(at('v1-typed.xlsx'), at('v1-typed-again.xlsx'), { json: at('v1-typed.json') });
      assert.ok(full.parsed.length >= 7, 'read in full');
      assert.equal(full.done.changed, true);
      const next = await score(at('v1-typed-again.xlsx'), at('v1-typed-third.xlsx'), { json: at('v1-third.json') });
      assert.deepEqual(next.parsed, []);
      assert.equal(next.done.changed, false);
      assert.deepEqual(next.done.result, full.done.result);
      assert.equal(fs.readFileSync(at('v1-third.json'), 'utf8'), fs.readFileSync(at('v1-typed.json'), 'utf8'));
    });
  });

  describe('a scoring made under older rules is not trusted (its digest records the rules version)', () => {
    it('nothing changed since a scoring under older rules: every sheet is read again; under these rules, none is', async () => {
      const older = scoredUnder(at('scored.xlsx'), RULES_VERSION - 1, summaryOf(first.done));
      fs.writeFileSync(at('older.xlsx'), older);
      const full = await score(at('older.xlsx'), at('older-again.xlsx'));
      assert.ok(full.parsed.length >= 7, 'read in full');
      assert.equal(full.done.changed, false, 'and found to hold this scoring already');
      assert.deepEqual(full.done.result, first.done.result);

      // The same digest made again under these rules is trusted: the shortcut still fires.
      fs.writeFileSync(at('current.xlsx'), scoredUnder(at('scored.xlsx'), RULES_VERSION, summaryOf(first.done)));
      const quick = await score(at('current.xlsx'), at('current-again.xlsx'));
      assert.deepEqual(quick.parsed, []);
      assert.equal(quick.done.changed, false);
    });

    it('two financial years scored by a version before their refusal, rescored with nothing changed: refused, not "nothing to change"', async () => {
      // An older version scored the 2020/21 sheets beside the 2023/24 board report. Forged here: the board
      // report hidden (not counted) for the scoring, then shown, and the digest written over the result.
      fs.writeFileSync(
        at('years.xlsx'),
        await xlsxFromGrids([...reportGrids(), { ...ACROSS_YEAR_END, state: 'hidden' }]),
      );
      const scored = await score(at('years.xlsx'), at('years-scored.xlsx'));
      assert.equal(scored.done.changed, true);
      const shown = (e: ZipEntry) =>
        e.name === 'xl/workbook.xml'
          ? newEntry(
              e.name,
              entryText(e).replace(/<sheet [^>]*name="Board report"[^>]*>/, (tag) =>
                tag.replace(' state="hidden"', ' state="visible"'),
              ),
              AT,
            )
          : e;
      const scoredBefore = (rules: number) =>
        scoredUnder(at('years-scored.xlsx'), rules, summaryOf(scored.done), shown);
      fs.writeFileSync(at('years-older.xlsx'), scoredBefore(RULES_VERSION - 1));
      await assert.rejects(
        score(at('years-older.xlsx'), at('years-older-again.xlsx')),
        (e: unknown) =>
          e instanceof InputError &&
          /but 'Board report' holds 2023\/24 figures .*one scoring counts one financial year/.test(e.message),
      );
      assert.ok(!fs.existsSync(at('years-older-again.xlsx')), 'no file written');

      // The forgery is faithful: a digest of these rules over the same parts would be trusted.
      fs.writeFileSync(at('years-current.xlsx'), scoredBefore(RULES_VERSION));
      const trusted = await score(at('years-current.xlsx'), at('years-current-again.xlsx'));
      assert.deepEqual(trusted.parsed, []);
      assert.equal(trusted.done.changed, false);
    });
  });
});
