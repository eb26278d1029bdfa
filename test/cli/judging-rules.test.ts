/**
 * Issue 7, kinds 4, 6, 7 and 8, through `scorecard score` on small .xlsx workbooks built with
 * ExcelJS: close-to-target bands, the missing polarity column, tolerance in points, the typed Status,
 * DOT month-on-month; and the new settings refused in one sentence with no output file.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { findSheet } from '../../src/xlsx';
import { scorecard, type Ran } from '../support/xlsx-cli';
import { copyExample, filesIn, folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, sheetValues } from '../support/xlsx-snapshot';
import { months } from '../support/grids';
import { CLOSE_TO_TARGET, CLOSE_TO_TARGET_SCORED } from '../support/field-tables';

interface JsonIndicator {
  ref: string;
  rag: string | null;
  variancePct: number | null;
  dot: string | null;
  status: string;
}
interface JsonResult {
  indicators: JsonIndicator[];
  findings: { kind: string; ref: string | null; message: string; severity: string }[];
  toleranceMode?: string;
  dotComparison?: string;
}

describe('scorecard score: close to target, polarity, tolerance modes, typed status, DOT (issue 7)', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  async function workbook(name: string, rows: CellValue[][]): Promise<string> {
    fs.writeFileSync(at(name), await xlsxFromGrids([{ name: 'PIs', values: rows }]));
    return at(name);
  }

  async function score(input: string, extra: string[] = [], out = 'out.xlsx'): Promise<{ ran: Ran; json: JsonResult }> {
    const ran = await scorecard(['score', input, '-o', at(out), '--json', at(`${out}.json`), ...extra]);
    assert.equal(ran.code, 0, ran.stderr);
    return { ran, json: JSON.parse(fs.readFileSync(at(`${out}.json`), 'utf8')) as JsonResult };
  }

  async function summaryTexts(file: string): Promise<string[]> {
    const wb = await readXlsx(fs.readFileSync(at(file)));
    return [...sheetValues(findSheet(wb, 'Q1 Summary')!).values()].filter((v): v is string => typeof v === 'string');
  }

  it('kind 4: target 100, green ±5%, amber ±10% — 104 and 97 green, 108 and 91 amber, 112 and 85 red', async () => {
    const input = await workbook('close.xlsx', [
      [
        'Ref',
        'Performance Indicator',
        'Polarity',
        'Target',
        'Green band',
        'Amber band',
        'Q1',
        '% Variance from Target',
        'Status',
      ],
      ...CLOSE_TO_TARGET.map(({ ref, value }) => [
        ref,
        `${ref} occupancy`,
        'Close to target',
        100,
        '±5%',
        '±10%',
        value,
        null,
        null,
      ]),
    ]);
    const { json } = await score(input);
    assert.deepEqual(
      json.indicators.map((i) => [i.ref, i.rag, i.variancePct]),
      CLOSE_TO_TARGET_SCORED,
    );
    const sheet = sheetValues(findSheet(await readXlsx(fs.readFileSync(at('out.xlsx'))), 'PIs')!);
    assert.deepEqual(
      ['H2', 'I2', 'H4', 'I4', 'H6', 'I6'].map((a) => sheet.get(a)),
      [0.04, 'On target', 0.08, 'Within tolerance', 0.12, 'Off target'],
    );
  });

  it('kind 4: no polarity column is one Check, printed first, naming the indicators and what to add', async () => {
    const input = await workbook('nopol.xlsx', [
      ['Ref', 'Performance Indicator', 'Target', 'Q1', 'DOT'],
      ['H1', 'Homes let', 10, 12, '↓'],
      ['H2', 'Repairs on time', 10, 'Not collected', null],
      ['H3', 'Complaints answered', 10, 9, null],
    ]);
    const { ran, json } = await score(input);
    assert.equal(json.findings.filter((f) => f.kind === 'polarity-assumed').length, 1);
    assert.equal(json.findings[0].kind, 'polarity-assumed');
    const lines = ran.stdout.split('\n');
    const first = lines.findIndex((l) => /^Findings: /.test(l));
    assert.match(lines[first + 2], /^  PIs$/);
    assert.match(
      lines[first + 3],
      /^\s+Check\s+A1\s+The table "PIs" on 'PIs' \(header row 1\) has no Higher \/ Lower is better\? column, so higher is taken as better for its 3 indicators\. Add a column headed "Polarity" with Higher, Lower or Close to target on each row\.$/,
    );
  });

  it('kind 6: --tolerance 1 --tolerance-mode points on a 7.5% arrears rate; saved and said on the summary sheet', async () => {
    const input = await workbook('arrears.xlsx', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1'],
      ['ARR-1', 'Rent arrears %', 'Lower', '7.5%', '8.4%'],
      ['ARR-2', 'Former tenant arrears %', 'Lower', '7.5%', '8.6%'],
      ['ARR-3', 'Court costs %', 'Lower', '7.5%', '7.4%'],
    ]);
    const { ran, json } = await score(input, ['--tolerance', '1', '--tolerance-mode', 'points']);
    assert.deepEqual(
      json.indicators.map((i) => i.rag),
      ['amber', 'red', 'green'],
    );
    assert.equal(json.toleranceMode, 'points');
    assert.match(ran.stdout, /^Q1: 3 indicators in 1 priority, scored against a tolerance of 1 percentage point\.$/m);
    assert.match(ran.stdout, /Within 1 pt/);
    const texts = await summaryTexts('out.xlsx');
    assert.ok(texts.includes('Within 1 percentage point of target'), texts.join(' | '));
    // The key names the unit too: never "within 1%" in points mode.
    assert.ok(texts.includes('Off target, within 1 percentage point'), texts.join(' | '));
    assert.ok(!texts.some((t) => /within 1%/i.test(t)));
    assert.ok(
      texts.some((t) =>
        /Tolerance in percentage points: an indicator no more than 1 point worse than its target is amber\./.test(t),
      ),
    );
    // Scored again with no options: the saved mode is used.
    const again = await score(at('out.xlsx'), [], 'again.xlsx');
    assert.deepEqual(
      again.json.indicators.map((i) => i.rag),
      ['amber', 'red', 'green'],
    );
    // Relative, as before: 8.4% is 12% worse than 7.5%.
    const relative = await score(input, ['--tolerance', '1'], 'relative.xlsx');
    assert.deepEqual(
      relative.json.indicators.map((i) => i.rag),
      ['red', 'red', 'green'],
    );
  });

  it('kind 6: when indicators have their own tolerance the count column says "Within tolerance"', async () => {
    const input = await workbook('mixed.xlsx', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Tolerance', 'Tolerance mode', 'Q1'],
      ['ARR-1', 'Rent arrears %', 'Lower', 7.5, 1, 'points', 8.4],
      ['DAY-1', 'Days to re-let', 'Lower', 30, 2, 'absolute', 32],
      ['CUS-1', 'Satisfaction', 'Higher', 80, null, null, 77],
    ]);
    const { ran, json } = await score(input);
    assert.deepEqual(
      json.indicators.map((i) => i.rag),
      ['amber', 'amber', 'amber'],
    );
    assert.match(ran.stdout, /Within tolerance/);
    assert.doesNotMatch(ran.stdout, /Within 5%/);
    const texts = await summaryTexts('out.xlsx');
    assert.ok(texts.includes('Within tolerance'));
    assert.ok(!texts.includes('Within 5% of target'));
  });

  it('kind 7: a typed Status the figures contradict is a Check, still found when the scored copy is scored again', async () => {
    const input = await workbook('status.xlsx', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'RAG'],
      ['S1', 'Homes built', 'Higher', 100, 80, 'G'],
      ['S2', 'Homes empty', 'Lower', 100, 99, 'Green'],
      ['S3', 'Repairs', 'Higher', 100, 101, '✗'],
    ]);
    const { json } = await score(input);
    const typed = (j: JsonResult) =>
      j.findings.filter((f) => f.kind === 'typed-status-disagrees').map((f) => [f.ref, f.severity]);
    assert.deepEqual(typed(json), [
      ['S1', 'warning'],
      ['S3', 'warning'],
    ]);
    const sheet = sheetValues(findSheet(await readXlsx(fs.readFileSync(at('out.xlsx'))), 'PIs')!);
    assert.equal(sheet.get('F2'), 'G', "the analyst's typed status is kept (analyst's item 1, session 7)");
    const again = await score(at('out.xlsx'), ['--tolerance', '25'], 'again.xlsx');
    assert.deepEqual(
      typed(again.json),
      [
        ['S1', 'warning'],
        ['S3', 'warning'],
      ],
      'S1 is amber now, and still not the Green typed',
    );
    assert.match(
      again.json.findings.find((f) => f.ref === 'S1')!.message,
      /typed as "G" \(Green\) but the figures give Amber/,
    );
  });

  it('kind 8: --dot period compares December with November; the default with September', async () => {
    const input = await workbook('monthly.xlsx', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', ...months(9)],
      ['M1', 'Calls answered', 'Higher', 100, 70, 72, 75, 78, 79, 80, 85, 90, 88],
    ]);
    const byQuarter = await score(input);
    assert.equal(byQuarter.json.indicators[0].dot, 'up');
    const byPeriod = await score(input, ['--dot', 'period'], 'period.xlsx');
    assert.equal(byPeriod.json.indicators[0].dot, 'down');
    assert.equal(byPeriod.json.dotComparison, 'period');
    assert.match(byPeriod.ran.stdout, /scored against a 5% tolerance, DOT against the previous reported period\./);
  });

  it('score --help names the new options', async () => {
    const help = await scorecard(['score', '--help']);
    for (const option of ['--tolerance-mode', '--green-band', '--amber-band', '--dot'])
      assert.match(help.stdout, new RegExp(option));
  });

  describe('invalid settings: one plain sentence, exit 1, no output file', () => {
    const cases: [string[], string][] = [
      [
        ['--tolerance-mode', 'pts'],
        'There is no tolerance mode "pts": give relative (percent of the target), points (percentage points) or absolute (the indicator\'s own unit).',
      ],
      [
        ['--dot', 'fortnight'],
        'There is no DOT comparison "fortnight": give quarter (against the previous quarter) or period (against the previous reported period).',
      ],
      [['--green-band', 'wide'], 'The green band must be a number of 0 or more, such as 5; "wide" is not.'],
      [
        ['--green-band', '5', '--amber-band', '3'],
        'The amber band (3) must be at least as wide as the green band (5).',
      ],
      [
        ['--tolerance', '150', '--tolerance-mode', 'points'],
        'The tolerance must be a number of percentage points between 0 and 100; 150 is not.',
      ],
      [
        ['--tolerance=-2', '--tolerance-mode', 'absolute'],
        "The tolerance must be an amount of 0 or more, in the indicator's own unit; -2 is not.",
      ],
      [['--amber-band', '120'], 'The amber band must be a percentage between 0 and 100; 120 is not.'],
      [
        ['--tolerance', 'five', '--tolerance-mode', 'points'],
        'The tolerance must be a number of percentage points between 0 and 100, such as 1; "five" is not a number.',
      ],
    ];
    for (const [args, sentence] of cases) {
      it(`${args.join(' ')}`, async () => {
        const input = copyExample(folder.dir);
        const before = filesIn(folder.dir);
        const ran = await scorecard(['score', input, '-o', at('out.xlsx'), '--json', at('r.json'), ...args]);
        assert.equal(ran.code, 1, ran.stderr);
        assert.equal(ran.stderr, `scorecard: ${sentence}\n`);
        assert.equal(ran.stdout, '');
        assert.deepEqual(filesIn(folder.dir), before, 'no output file');
      });
    }
  });
});
