/** The score and undo commands as an analyst uses them: where files go, what is printed, and when. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scorecard, scorecardProcess, REPO } from '../support/xlsx-cli';
import { copyExample, filesIn, folderForEachTest } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';
import { findSheet } from '../../src/xlsx';
import { isSheetProtected } from '../../src/xlsx/protection';

describe('The scorecard command', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  it('writes the scored copy beside the input by default, and leaves the input alone', async () => {
    const input = copyExample(folder.dir);
    const before = fs.readFileSync(input);
    const ran = await scorecard(['score', input]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21-scored.xlsx', 'st-helens-2020-21.xlsx']);
    assert.ok(fs.readFileSync(input).equals(before));
    assert.match(
      ran.stdout,
      /Wrote .*st-helens-2020-21-scored\.xlsx: 240 cells scored on 6 sheets; summary sheets 'Q3 Summary', 'Q3 Highlights', 'Q3 Findings'\./,
    );
  });

  it('scores the input itself when -o names it', async () => {
    const input = copyExample(folder.dir);
    const ran = await scorecard(['score', input, '-o', input]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21.xlsx']);
    assert.ok(findSheet(await readXlsx(fs.readFileSync(input)), 'Q3 Summary'));
  });

  // Analyst's item 4 (session 7): the command used to make the folders -o and --json named; a typo'd
  // folder then left clutter with the scored copy hidden in it. It now writes into folders that exist only.
  it('writes into the folders -o and --json name when they exist, and makes none', async () => {
    fs.mkdirSync(at('out/q3'), { recursive: true });
    fs.mkdirSync(at('out/json'));
    const ran = await scorecard([
      'score',
      copyExample(folder.dir),
      '-o',
      at('out/q3/scored.xlsx'),
      '--json',
      at('out/json/q3.json'),
    ]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.ok(fs.existsSync(at('out/q3/scored.xlsx')));
    assert.ok(fs.existsSync(at('out/json/q3.json')));
    assert.match(ran.stdout, /Wrote .*q3\.json\./);
    const typo = await scorecard(['score', copyExample(folder.dir), '-o', at('out/q4/scored.xlsx')]);
    assert.equal(typo.code, 1);
    assert.equal(fs.existsSync(at('out/q4')), false, 'no folder made');
  });

  it('takes the quarter as Q2 or 2, and saves it in the workbook for next time', async () => {
    const input = copyExample(folder.dir);
    const q2 = await scorecard(['score', input, '--quarter', '2', '-o', at('q2.xlsx'), '--json', at('q2.json')]);
    assert.equal(q2.code, 0, q2.stderr);
    assert.match(q2.stdout, /^Q2 2020\/21: 60 indicators in 6 priorities/);
    assert.equal(JSON.parse(fs.readFileSync(at('q2.json'), 'utf8')).quarter, 'Q2 2020/21');
    const again = await scorecard(['score', at('q2.xlsx'), '-o', at('q2-again.xlsx')]);
    assert.match(again.stdout, /^Q2 2020\/21/, 'the saved quarter is used when none is given');
    assert.match(again.stdout, /Nothing to change/);
  });

  it('takes the tolerance in percent, with or without the % sign', async () => {
    const ran = await scorecard(['score', copyExample(folder.dir), '-t', '2.5%', '-o', at('t.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /scored against a 2\.5% tolerance/);
    assert.match(ran.stdout, /Within 2\.5%/);
  });

  it('reads a column mapping for headers it would not recognise, and saves it', async () => {
    const input = copyExample(folder.dir);
    const map = at('map.json');
    fs.writeFileSync(
      map,
      JSON.stringify({ columns: { 'Comparative Performance': 'quartile' }, ignoreSheets: ['Targets'] }),
    );
    const ran = await scorecard(['score', input, '--map', map, '-o', at('mapped.xlsx'), '--json', at('mapped.json')]);
    assert.equal(ran.code, 0, ran.stderr);
    const json = JSON.parse(fs.readFileSync(at('mapped.json'), 'utf8')) as {
      indicators: { ref: string; periodTarget: number | null }[];
    };
    assert.equal(
      json.indicators.find((i) => i.ref === 'PH-04')!.periodTarget,
      null,
      'the Targets sheet is ignored as mapped',
    );
    const again = await scorecard(['score', at('mapped.xlsx'), '-o', at('mapped-again.xlsx')]);
    assert.match(again.stdout, /Nothing to change/, 'the saved mapping is used again');
  });

  it('scores a workbook with a protected sheet it does not write to, which stays protected', async () => {
    const wb = await readXlsx(fs.readFileSync(copyExample(folder.dir)));
    await wb.getWorksheet('Targets')!.protect('', {});
    fs.writeFileSync(at('targets-locked.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const ran = await scorecard(['score', at('targets-locked.xlsx'), '-o', at('s.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    const targets = findSheet(await readXlsx(fs.readFileSync(at('s.xlsx'))), 'Targets')!;
    assert.ok(isSheetProtected(targets));
  });

  it('prints plain text when not on a terminal, and no progress line', async () => {
    const ran = await scorecard(['score', copyExample(folder.dir), '-o', at('s.xlsx')]);
    assert.doesNotMatch(ran.stdout, /\x1b\[/);
    assert.equal(ran.stderr, '');
  });

  it('shows a progress line on stderr only when it is a terminal, and clears it', async () => {
    const ran = await scorecard(['score', copyExample(folder.dir), '-o', at('s.xlsx')], { stderrIsTTY: true });
    assert.match(ran.stderr, /Reading .*st-helens-2020-21\.xlsx…/);
    assert.match(ran.stderr, /Scoring…/);
    assert.ok(ran.stderr.endsWith('\r\x1b[K'), 'the line is cleared before the results');
  });

  it('bolds the headings on a terminal, unless NO_COLOR is set', async () => {
    const input = copyExample(folder.dir);
    const tty = await scorecard(['score', input, '-o', at('a.xlsx')], { stdoutIsTTY: true, columns: 100 });
    assert.match(tty.stdout, /\x1b\[1mExecutive summary/);
    const noColour = await scorecard(['score', input, '-o', at('b.xlsx')], {
      stdoutIsTTY: true,
      columns: 100,
      env: { NO_COLOR: '1' },
    });
    assert.doesNotMatch(noColour.stdout, /\x1b\[/);
  });

  it("wraps the findings to the terminal's width", async () => {
    const ran = await scorecard(['score', copyExample(folder.dir), '-o', at('s.xlsx')], {
      stdoutIsTTY: true,
      columns: 90,
      env: { NO_COLOR: '1' },
    });
    const findings = ran.stdout.slice(ran.stdout.indexOf('Findings'), ran.stdout.indexOf('\nWrote'));
    for (const line of findings.split('\n')) assert.ok([...line].length <= 90, line);
  });

  it('prints usage for --help, score --help and undo --help', async () => {
    const main = await scorecard(['--help']);
    assert.equal(main.code, 0);
    assert.match(main.stdout, /^Usage: scorecard <command> \[options\]/);
    assert.match(main.stdout, /score <workbook\.xlsx>/);
    const score = await scorecard(['score', '--help']);
    assert.match(score.stdout, /^Usage: scorecard score <workbook\.xlsx> \[options\]/);
    for (const option of ['--output', '--quarter', '--tolerance', '--map', '--json'])
      assert.match(score.stdout, new RegExp(option));
    const undo = await scorecard(['undo', '-h']);
    assert.match(undo.stdout, /^Usage: scorecard undo <scored\.xlsx>/);
  });

  it('prints usage on stderr and exits 2 when given no command', async () => {
    const ran = await scorecard([]);
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /^Usage: scorecard/);
  });

  it('prints its version', async () => {
    const ran = await scorecard(['--version']);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal(ran.stdout, `${pkg.version}\n`);
  });
});

describe('The scorecard command as its own process', () => {
  const folder = folderForEachTest();

  it('exits 0 after scoring, with findings (they are not failures)', () => {
    const input = copyExample(folder.dir);
    const ran = scorecardProcess(['score', input, '-o', folder.at('s.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Findings: 2 to check, 16 notes/);
  });

  it('exits 1 with one line and no stack trace for a text file', () => {
    const file = folder.at('notes.xlsx');
    fs.writeFileSync(file, 'not a workbook');
    const ran = scorecardProcess(['score', file]);
    assert.equal(ran.code, 1);
    assert.equal(ran.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(ran.stderr, /\bat .*\.(ts|js):\d+/);
  });

  it('runs from bin/scorecard.js once built (npm ci builds it)', function () {
    if (!fs.existsSync(path.join(REPO, 'lib', 'cli', 'main.js'))) this.skip();
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const ran = spawnSync(process.execPath, [path.join(REPO, 'bin', 'scorecard.js'), '--help'], { encoding: 'utf8' });
    assert.equal(ran.status, 0);
    assert.match(ran.stdout, /^Usage: scorecard/);
  });
});
