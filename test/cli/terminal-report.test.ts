/** What the terminal shows: aligned tables, wrapped findings, and a note about what a copy cannot keep. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultState, prepareRun } from '../../src/core';
import { findingLines, reportLines } from '../../src/cli/report';
import { textTable, wrapText } from '../../src/cli/text-table';
import { readZip, readZipEntry, zipEntryNames } from '../../src/xlsx/package/zip';
import { reportGrids } from '../support/golden';
import { scorecard } from '../support/xlsx-cli';
import { EXAMPLE_WORKBOOK, tempFolder, zipOf } from '../support/xlsx-fixtures';

describe('Tables in the terminal', () => {
  it('line up: words on the left, numbers on the right', () => {
    assert.deepEqual(
      textTable(
        ['Priority', 'Total PIs', 'On target'],
        [
          ['P1', 18, 6],
          ['Whole council', 60, 29],
        ],
      ),
      [
        '  Priority       Total PIs  On target',
        '  P1                    18          6',
        '  Whole council         60         29',
      ],
    );
  });

  it('count arrows and accents as one character each', () => {
    const lines = textTable(
      ['DOT', 'n'],
      [
        ['↑ Improving', 1],
        ['é', 22],
      ],
    );
    assert.equal([...lines[1]].length, [...lines[2]].length);
  });

  it('wrap the last column to a width, continuing under it', () => {
    assert.deepEqual(wrapText("Sept's 19.3 is far out of line with the rest of the series", 20), [
      "Sept's 19.3 is far",
      'out of line with the',
      'rest of the series',
    ]);
    const lines = textTable(
      ['Cell', 'Finding'],
      [['M9', "Sept's 19.3 is far out of line with the rest of the series"]],
      { width: 30 },
    );
    assert.deepEqual(lines.slice(1), [
      "  M9    Sept's 19.3 is far out",
      '        of line with the rest',
      '        of the series',
    ]);
    assert.ok(lines.every((l) => l.length <= 30));
  });
});

describe('The report of a scoring in the terminal', () => {
  const result = prepareRun(reportGrids(), defaultState()).result;

  it('opens with the quarter, the number of indicators and priorities, and the tolerance', () => {
    assert.equal(reportLines(result)[0], 'Q3 2020/21: 60 indicators in 6 priorities, scored against a 5% tolerance.');
  });

  it('names each priority once, then uses P1 … P6 in the tables, with the whole council last', () => {
    const text = reportLines(result).join('\n');
    assert.match(text, /^ {2}P1 {2}Ensure Children and Young People have a positive start in life$/m);
    assert.match(text, /^ {2}Whole council +60 +29 +8 +21 +2 +0$/m);
    assert.match(text, /^ {2}Whole council +55 +22 +26 +7 +50 +25 +12 +13$/m);
  });

  it('groups the findings by sheet, "Check" before what may change a figure, "Note" for information', () => {
    const lines = findingLines(result.findings, { heading: (s) => s });
    assert.equal(lines[0], 'Findings: 2 to check, 16 notes');
    assert.equal(lines[2], '  P1 Children & Young People');
    assert.match(lines[3], /^ {4}Check {2}M9 {4}E&S-25a {2}E&S-25a: Sept's 19\.3 is far out of line/);
  });

  it('says when there is nothing to check', () => {
    assert.deepEqual(findingLines([], { heading: (s) => s }), [
      'Findings: none',
      '  Nothing to check before the report goes to Cabinet.',
    ]);
  });
});

describe('A workbook with a chart and a pivot table (issue 10: the command line edits the package)', () => {
  it('is scored with no note, and its chart and pivot table parts come through byte-identical', async () => {
    const folder = tempFolder();
    try {
      const bytes = fs.readFileSync(EXAMPLE_WORKBOOK);
      const parts: Record<string, string> = {};
      for (const p of zipEntryNames(bytes)!) parts[p] = readZipEntry(bytes, p)!.toString('utf8');
      parts['xl/charts/chart1.xml'] = '<c:chartSpace/>';
      parts['xl/pivotTables/pivotTable1.xml'] = '<pivotTableDefinition/>';
      const withChart = zipOf(parts);
      const file = path.join(folder.dir, 'charts.xlsx');
      fs.writeFileSync(file, withChart);
      const ran = await scorecard(['score', file, '-o', path.join(folder.dir, 'scored.xlsx')]);
      assert.equal(ran.code, 0);
      assert.doesNotMatch(ran.stderr, /note:|does not keep/, 'nothing is left behind, so nothing is noted');
      const scored = fs.readFileSync(path.join(folder.dir, 'scored.xlsx'));
      const before = new Map(readZip(withChart).map((e) => [e.name, e]));
      const after = new Map(readZip(scored).map((e) => [e.name, e]));
      for (const part of ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml']) {
        assert.ok(after.get(part), `${part} is kept`);
        assert.ok(
          after.get(part)!.raw.equals(before.get(part)!.raw),
          `${part} is byte-identical (its compressed bytes copied)`,
        );
        assert.equal(after.get(part)!.crc, before.get(part)!.crc);
      }
    } finally {
      folder.remove();
    }
  });
});
