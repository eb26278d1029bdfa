/**
 * Bad input: a non-zero exit, one plain-English line on stderr (never a stack trace), and nothing
 * written — no output file, no half-written one, no temporary file left in the folder.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scorecard, type Ran } from '../support/xlsx-cli';
import {
  compoundFileWith,
  copyExample,
  EXAMPLE_WORKBOOK,
  filesIn,
  folderForEachTest,
  rezip,
  xlsxFromGrids,
  zipOf,
} from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';
import { readZipEntry, zipEntryNames } from '../../src/xlsx/package/zip';

function oneLine(ran: Ran, message: RegExp, code = 1): void {
  assert.equal(ran.code, code, `exit code (stderr: ${ran.stderr})`);
  const lines = ran.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got:\n${ran.stderr}`);
  assert.match(lines[0], /^scorecard: /);
  assert.match(lines[0], message);
  assert.doesNotMatch(ran.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(ran.stdout, '', 'nothing on stdout');
}

describe('The score command refuses bad input in one plain sentence and writes nothing', () => {
  const folder = folderForEachTest();
  const { at } = folder;
  const put = (name: string, bytes: Buffer | string) => {
    fs.writeFileSync(at(name), bytes);
    return at(name);
  };
  /** Scores `input` into out.xlsx (and r.json) and checks the folder holds only what it held before. */
  async function refused(input: string, extra: string[] = []): Promise<Ran> {
    const before = filesIn(folder.dir);
    const ran = await scorecard(['score', input, '-o', at('out.xlsx'), '--json', at('r.json'), ...extra]);
    assert.deepEqual(filesIn(folder.dir), before, 'no output file, and no temporary file, left behind');
    return ran;
  }

  it('a text file is not an Excel workbook', async () => {
    oneLine(
      await refused(put('indicators.xlsx', 'Ref,Performance Indicator,Target\nCYP-01,Children in need,485\n')),
      /'.*indicators\.xlsx' is not an Excel workbook \(\.xlsx\): it holds plain text/,
    );
  });

  it('an old .xls workbook must be saved as .xlsx first', async () => {
    oneLine(
      await refused(put('indicators.xls', compoundFileWith(['Root Entry', 'Workbook', 'SummaryInformation']))),
      /is an old-style Excel file \(\.xls\): open it in Excel and save it as an Excel Workbook \(\.xlsx\)/,
    );
  });

  it('a password-protected workbook must have its password removed', async () => {
    oneLine(
      await refused(put('secret.xlsx', compoundFileWith(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))),
      /is protected with a password/,
    );
  });

  it('a truncated file is damaged', async () => {
    const whole = fs.readFileSync(copyExample(folder.dir, 'whole.xlsx'));
    oneLine(
      await refused(put('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)))),
      /'.*cut\.xlsx' is damaged and cannot be read/,
    );
  });

  it('a workbook whose contents are corrupt is damaged', async () => {
    const bytes = Buffer.from(fs.readFileSync(copyExample(folder.dir, 'whole.xlsx')));
    for (let i = 200; i < bytes.length - 2000; i += 97) bytes[i] ^= 0x5a;
    oneLine(await refused(put('corrupt.xlsx', bytes)), /is damaged/);
  });

  it("a workbook whose zip lacks one sheet's part is refused, not scored with 47 indicators instead of 60 (issue 8)", async () => {
    const whole = fs.readFileSync(EXAMPLE_WORKBOOK);
    const lacking = rezip(whole, (parts) => parts.delete('xl/worksheets/sheet3.xml'));
    oneLine(
      await refused(put('lacking.xlsx', lacking)),
      /^scorecard: '.*lacking\.xlsx' is damaged: the sheet 'P3 Safe & Strong Communities' is listed but its part \(xl\/worksheets\/sheet3\.xml\) is missing\. Open it in Excel, let it repair the file, save it and try again\.$/,
    );
  });

  it('a workbook with a sheet part that cannot be decompressed is refused (issue 8)', async () => {
    const whole = fs.readFileSync(EXAMPLE_WORKBOOK);
    // A part said to be deflated whose bytes are no deflate stream (0xFF: a reserved block type).
    const broken = rezip(whole, (parts) => parts.set('xl/worksheets/sheet2.xml', Buffer.alloc(64, 0xff)), [
      'xl/worksheets/sheet2.xml',
    ]);
    oneLine(
      await refused(put('unreadable.xlsx', broken)),
      /is damaged: the sheet 'P2 Health & Care' is listed but its part \(xl\/worksheets\/sheet2\.xml\) cannot be read/,
    );
  });

  it('a zip file that is a Word document is not a workbook', async () => {
    oneLine(
      await refused(
        put('report.xlsx', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })),
      ),
      /is a zip file but not an Excel workbook \(\.xlsx\) \(it is a Word document\)/,
    );
  });

  it('an empty file is not a workbook', async () => {
    oneLine(await refused(put('empty.xlsx', '')), /is empty: it is not an Excel workbook/);
  });

  it('a file that is not there', async () => {
    oneLine(await refused(at('missing.xlsx')), /Cannot find '.*missing\.xlsx': check the file name and folder/);
  });

  it('a folder is not a workbook', async () => {
    fs.mkdirSync(at('reports'));
    oneLine(await refused(at('reports')), /is a folder, not an Excel workbook/);
  });

  it('a workbook without an indicator table says what a table needs, naming the nearest miss', async () => {
    const input = put(
      'notes.xlsx',
      await xlsxFromGrids([
        {
          name: 'Notes',
          values: [
            ['Ref', 'Notes'],
            ['CYP-01', "Ask children's services"],
          ],
        },
      ]),
    );
    oneLine(await refused(input), /No indicator table found: a table needs a header row with an indicator-name column/);
  });

  it('an unknown quarter', async () => {
    oneLine(
      await refused(copyExample(folder.dir), ['--quarter', 'Q5']),
      /There is no quarter "Q5": give Q1, Q2, Q3 or Q4 \(or 1 to 4\)/,
    );
  });

  it('a tolerance out of range, or not a number', async () => {
    const input = copyExample(folder.dir);
    oneLine(
      await refused(input, ['--tolerance', '150']),
      /The tolerance must be a percentage between 0 and 100; 150 is not/,
    );
    oneLine(
      await refused(input, ['--tolerance', 'five']),
      /The tolerance must be a percentage between 0 and 100, such as 5; "five" is not a number/,
    );
    oneLine(await refused(input, ['--tolerance=-1']), /between 0 and 100; -1 is not/);
  });

  it('a mapping file that is missing, not JSON, or names columns the workbook does not have', async () => {
    const input = copyExample(folder.dir);
    oneLine(
      await refused(input, ['--map', at('nowhere.json')]),
      /Cannot find the column mapping file '.*nowhere\.json'/,
    );
    oneLine(
      await refused(input, ['--map', put('broken.json', '{"columns": {"Perf Ind": "name",}}')]),
      /The column mapping file '.*broken\.json' is not valid JSON/,
    );
    oneLine(await refused(input, ['--map', put('list.json', '["name"]')]), /The column mapping must be a JSON object/);
    oneLine(
      await refused(input, [
        '--map',
        put('absent.json', JSON.stringify({ columns: { 'Perf Ind': 'name', 'Yr Target': 'target' } })),
      ]),
      /The column mapping does not fit this workbook: the mapping names a column "Perf Ind" that no sheet has; the mapping names a column "Yr Target" that no sheet has/,
    );
  });

  it('a mapping to a meaning it does not know lists every column it does, tolerance mode and RAG bands too', async () => {
    const input = copyExample(folder.dir);
    oneLine(
      await refused(input, ['--map', put('bad-meaning.json', JSON.stringify({ columns: { DOT: 'wibble' } }))]),
      /"DOT" is mapped to "wibble", which is not a column this product knows \(use tier, ref, name, polarity, outturn, target, profile, tolerance, variance, status, dot, trend, quartile, greenBand, amberBand, toleranceMode, frequency, a month such as Dec/,
    );
  });

  it('a mapping file of the wrong shape says what is wrong with it', async () => {
    const input = copyExample(folder.dir);
    const map = (name: string, mapping: unknown) => ['--map', put(name, JSON.stringify(mapping))];
    oneLine(
      await refused(input, map('null-sheet.json', { sheets: { 'P6 Modern Council': null } })),
      /The column mapping does not fit this workbook: the mapping for the sheet "P6 Modern Council" must be an object such as \{"headerRow": 4, "columns": \{"Col F": "target"\}\}/,
    );
    oneLine(
      await refused(input, map('sheets-text.json', { sheets: 'P6 Modern Council' })),
      /The column mapping does not fit this workbook: "sheets" must map sheet names to their mappings/,
    );
    oneLine(
      await refused(input, map('ignore-text.json', { ignoreSheets: 'Lookups' })),
      /The column mapping does not fit this workbook: "ignoreSheets" must be a list of sheet names, such as \["Lookups"\]/,
    );
    oneLine(
      await refused(input, map('row-text.json', { sheets: { 'P6 Modern Council': { headerRow: '4' } } })),
      /the header row "4" given for "P6 Modern Council" must be a row number, such as 4/,
    );
  });

  it('never writes the JSON result over the input workbook', async () => {
    const input = copyExample(folder.dir);
    const before = fs.readFileSync(input);
    const ran = await scorecard(['score', input, '--json', input]);
    oneLine(ran, /--json names the input workbook/);
    assert.ok(fs.readFileSync(input).equals(before), 'the input is untouched');
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21.xlsx']);
  });

  it('wants the output workbook to end in .xlsx', async () => {
    oneLine(
      await scorecard(['score', copyExample(folder.dir), '-o', at('out.xls')]),
      /The output workbook's name must end in \.xlsx/,
    );
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21.xlsx']);
  });

  it('cannot write over a folder, and leaves no temporary file', async () => {
    const input = copyExample(folder.dir);
    fs.mkdirSync(at('out.xlsx'));
    oneLine(
      await scorecard(['score', input, '-o', at('out.xlsx'), '--json', at('r.json')]),
      /Cannot write '.*out\.xlsx': it is a folder/,
    );
    assert.deepEqual(filesIn(folder.dir), ['out.xlsx', 'st-helens-2020-21.xlsx']);
    assert.deepEqual(filesIn(at('out.xlsx')), []);
  });

  it('a protected sheet the scores would go on is not written to', async () => {
    const wb = await readXlsx(fs.readFileSync(EXAMPLE_WORKBOOK));
    await wb.getWorksheet('P4 Economy')!.protect('', {});
    const input = put('protected.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    oneLine(
      await refused(input),
      /The sheet 'P4 Economy' is protected, so its scores cannot be written there\. Unprotect it in Excel \(Review > Unprotect Sheet\)/,
    );
  });

  it('a workbook whose structure is protected gets no new sheets', async () => {
    const bytes = fs.readFileSync(EXAMPLE_WORKBOOK);
    const parts: Record<string, string> = {};
    for (const p of zipEntryNames(bytes)!) parts[p] = readZipEntry(bytes, p)!.toString('utf8');
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(
      '<bookViews>',
      '<workbookProtection lockStructure="1"/><bookViews>',
    );
    oneLine(
      await refused(put('locked.xlsx', zipOf(parts))),
      /The workbook's structure is protected, so the summary sheets cannot be added or replaced/,
    );
  });

  it('undo of a workbook never scored says there is nothing to undo', async () => {
    const input = copyExample(folder.dir);
    oneLine(await scorecard(['undo', input, '-o', at('out.xlsx')]), /There is no scoring to undo in this workbook/);
    assert.deepEqual(filesIn(folder.dir), ['st-helens-2020-21.xlsx']);
  });

  it('a settings sheet written by a newer version is not guessed at', async () => {
    const input = put(
      'newer.xlsx',
      await xlsxFromGrids([
        {
          name: 'Indicators',
          values: [
            ['Ref', 'Performance Indicator', 'Target', 'Apr'],
            ['A-1', 'Calls answered', 90, 91],
          ],
        },
        {
          name: 'Scorecard_State',
          values: [
            ['note', ''],
            ['format', 'performance-scorecard-state/9'],
          ],
          state: 'veryHidden',
        },
      ]),
    );
    oneLine(await refused(input), /written by a newer or unknown version of Performance Scorecard/);
  });
});

describe('The command line typed wrongly', () => {
  it('an unknown option: exit 2, and where to find the options', async () => {
    const ran = await scorecard(['score', 'x.xlsx', '--quater', 'Q3']);
    oneLine(ran, /'score' has no option --quater\. Run 'scorecard score --help' for its options\./, 2);
  });

  it('an option without its value', async () => {
    oneLine(await scorecard(['score', 'x.xlsx', '--quarter']), /--quarter needs a value/, 2);
  });

  it('no workbook, or two', async () => {
    oneLine(await scorecard(['score']), /'score' needs the workbook to score/, 2);
    oneLine(await scorecard(['score', 'a.xlsx', 'b.xlsx']), /'score' takes one workbook, not 2/, 2);
    oneLine(await scorecard(['undo']), /'undo' needs the scored workbook/, 2);
  });

  it('an unknown command', async () => {
    oneLine(await scorecard(['scroe', 'x.xlsx']), /there is no command 'scroe': use 'score' or 'undo'/, 2);
  });
});
