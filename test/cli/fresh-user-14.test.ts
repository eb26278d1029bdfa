/**
 * Fresh-user check 14 (a housing association's board pack), the analyst's own command: the budget table's
 * "Variance %" column, =E12/C12 … of their own, left unmapped, was overwritten with values with no word, the
 * overspends' signs turned round.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scorecard } from '../support/xlsx-cli';
import { filesIn, folderForEachTest } from '../support/xlsx-fixtures';
import { housingBoardWorkbook, HOUSING_BUDGET_MAP } from '../support/housing-board';

describe('Fresh user 14: the command line on a housing board pack', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  it('the budget table mapped without "Variance %": its formulas giving other figures (=E14/C14, +10.6% for an overspend scored −10.61%) are not overwritten; one sentence, exit 1, nothing written', async () => {
    fs.writeFileSync(at('board.xlsx'), Buffer.from(await housingBoardWorkbook().xlsx.writeBuffer()));
    const map = structuredClone(HOUSING_BUDGET_MAP) as { sheets: { Money: { columns: Record<string, string> } } };
    delete map.sheets.Money.columns['Variance %'];
    fs.writeFileSync(at('map.json'), JSON.stringify(map));
    const before = filesIn(folder.dir);
    const bytes = fs.readFileSync(at('board.xlsx'));
    const ran = await scorecard(['score', at('board.xlsx'), '-o', at('out.xlsx'), '--map', at('map.json')]);
    assert.equal(ran.code, 1, ran.stdout);
    assert.match(
      ran.stderr,
      /The % Variance from Target cells F14:F16 on 'Money' hold formulas of yours giving other figures than the scores \(such as =E14\/C14 in F14\), and scoring would write its figures over them: map that column as "ignore"/,
    );
    assert.deepEqual(filesIn(folder.dir), before);
    assert.ok(fs.readFileSync(at('board.xlsx')).equals(bytes));
  });

  it('with "Variance %" mapped as ignore, the budget table scores and the formulas stay', async () => {
    fs.writeFileSync(at('board.xlsx'), Buffer.from(await housingBoardWorkbook().xlsx.writeBuffer()));
    fs.writeFileSync(at('map.json'), JSON.stringify(HOUSING_BUDGET_MAP));
    const ran = await scorecard(['score', at('board.xlsx'), '-o', at('out.xlsx'), '--map', at('map.json')]);
    assert.equal(ran.code, 0, ran.stderr);
  });
});
