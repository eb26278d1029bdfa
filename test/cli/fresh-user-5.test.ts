/**
 * Fresh-user check 5 (an NHS trust's Integrated Performance Report), the analyst's own commands: the
 * workbook saved as their script saved it (test/support/fresh5-ipr.ts) and scored by the command.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scorecard } from '../support/xlsx-cli';
import { filesIn, folderForEachTest } from '../support/xlsx-fixtures';
import { fresh5Bytes } from '../support/fresh5-ipr';

describe('Fresh user 5: the command line on an NHS trust IPR', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  it('score -q Q2 --tolerance-mode points -t 2: RTT 62.2% against 92% is red, and the JSON says so', async () => {
    fs.writeFileSync(at('ipr.xlsx'), await fresh5Bytes('v2'));
    const ran = await scorecard([
      'score',
      at('ipr.xlsx'),
      '-q',
      'Q2',
      '--tolerance-mode',
      'points',
      '-t',
      '2',
      '-o',
      at('p.xlsx'),
      '--json',
      at('p.json'),
    ]);
    assert.equal(ran.code, 0, ran.stderr);
    const json = JSON.parse(fs.readFileSync(at('p.json'), 'utf8')) as {
      indicators: { ref: string; rag: string | null }[];
    };
    const rag = (ref: string) => json.indicators.find((i) => i.ref === ref)?.rag;
    assert.deepEqual(['R02', 'R05', 'C02', 'R01', 'E01'].map(rag), ['red', 'red', 'red', 'amber', 'red']);
    assert.match(ran.stdout, /Not percentages: S01, E01, E02, W05, W06\. Percentage points cannot apply/);
  });

  it('score -q Q4 in October: one sentence, exit 1, no file written', async () => {
    fs.writeFileSync(at('ipr.xlsx'), await fresh5Bytes('v2'));
    const before = filesIn(folder.dir);
    const ran = await scorecard(['score', at('ipr.xlsx'), '-q', 'Q4', '-o', at('q4.xlsx')]);
    assert.equal(ran.code, 1);
    assert.equal(
      ran.stderr.trim(),
      "scorecard: No indicator has a Q4 figure yet (the latest is Q3 2026/27), so Q4 was not scored and nothing was changed: score Q3, or type Q4's figures first.",
    );
    assert.deepEqual(filesIn(folder.dir), before);
  });
});
