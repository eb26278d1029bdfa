/**
 * One scoring counts one financial year. A Q1 2023/24 board report sheet beside the 2020/21 priority
 * sheets must not have its June 2023 figures counted in "Q2 2020/21": the run is refused in one sentence
 * naming each year's sheets and where the year was seen, with the mapping that leaves the other year out.
 * The engine, the command line and the add-in (in-memory Excel model).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { InputError, scoreWorkbook, type SheetGrid } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { ACROSS_YEAR_END } from '../support/field-tables';
import { reportGrids } from '../support/golden';
import { sheet } from '../support/grids';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { scorecard } from '../support/xlsx-cli';
import { filesIn, folderForTheseTests, xlsxFromGrids } from '../support/xlsx-fixtures';

/** The refusal the St Helens 2020/21 sheets and the 2023/24 board report give. */
const REFUSAL =
  "'P1 Children & Young People', 'P2 Health & Care' and 4 more sheets hold 2020/21 figures (their titles say so), " +
  "but 'Board report' holds 2023/24 figures (its period headers say so): one scoring counts one financial year, " +
  'so nothing was scored rather than count 2023/24 figures in a 2020/21 summary; to score 2020/21, leave the ' +
  'other year\'s sheet out with the mapping {"ignoreSheets":["Board report"]}, or hide it.';

function refusalOf(grids: SheetGrid[], options: Parameters<typeof scoreWorkbook>[1] = {}): string {
  try {
    scoreWorkbook(grids, options);
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    return e.message;
  }
  return assert.fail('expected a refusal');
}

describe('Tables of different financial years are not scored as one', function () {
  this.timeout(120000);

  describe('the engine', () => {
    it("refuses 2020/21 priority sheets beside a Q1 2023/24 board report, naming each year's sheets", () => {
      assert.equal(refusalOf([...reportGrids(), ACROSS_YEAR_END]), REFUSAL);
    });

    it('reads the year from month headers Excel keeps as dates: Apr-23 … Jun-23 is 2023/24', () => {
      // 45017 is 1 April 2023 in the 1900 date system; 45047 1 May, 45078 1 June.
      const dated = sheet('Housing', [
        ['Ref', 'Performance Indicator', 'Polarity', 'Target', 45017, 45047, 45078],
        ['HSG-1', 'Rent collected %', 'Higher', 98, 97, 97.5, 98.2],
      ]);
      const message = refusalOf([...reportGrids(), dated]);
      assert.match(message, /'Housing' holds 2023\/24 figures \(its period headers say so\)/);
      assert.match(message, /\{"ignoreSheets":\["Housing"\]\}/);
    });

    it('scores the 2020/21 sheets when the mapping leaves the board report out, labelled Q3 2020/21', () => {
      const { result } = scoreWorkbook([...reportGrids(), ACROSS_YEAR_END], {
        mapping: { ignoreSheets: ['Board report'] },
      });
      assert.equal(result.quarter, 'Q3 2020/21');
      assert.equal(result.executiveSummary.total, 60);
    });

    it('scores the board report alone as Q1 2023/24, and a hidden board report is not counted', () => {
      assert.equal(scoreWorkbook([ACROSS_YEAR_END]).result.quarter, 'Q1 2023/24');
      const { result } = scoreWorkbook([...reportGrids(), { ...ACROSS_YEAR_END, hidden: true }]);
      assert.equal(result.quarter, 'Q3 2020/21');
    });

    it('"Council Plan 2019-22" in a title names no financial year: no refusal beside 2020/21 sheets', () => {
      const plan = sheet('Council Plan', [
        ['Council Plan 2019-22 measures'],
        [],
        ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
        ['CP-1', 'Residents satisfied %', 'Higher', 70, 68, 69, 71],
      ]);
      const { result } = scoreWorkbook([...reportGrids(), plan]);
      assert.equal(result.quarter, 'Q3 2020/21');
      assert.equal(result.executiveSummary.total, 61);
    });

    it('a table with no year anywhere is taken to be of the year the others give: no refusal', () => {
      const noYear = sheet('Extra', [
        ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
        ['X-1', 'Missed bins', 'Lower', 50, 40, 45, 48],
      ]);
      const { result } = scoreWorkbook([...reportGrids(), noYear]);
      assert.equal(result.quarter, 'Q3 2020/21');
      assert.equal(result.executiveSummary.total, 61);
    });
  });

  describe('the command line', () => {
    const folder = folderForTheseTests();
    const { at } = folder;

    it('exits 1 with the one sentence on stderr and writes no file', async () => {
      fs.writeFileSync(at('mixed.xlsx'), await xlsxFromGrids([...reportGrids(), ACROSS_YEAR_END]));
      const before = filesIn(folder.dir);
      const ran = await scorecard(['score', at('mixed.xlsx'), '-o', at('out.xlsx'), '--json', at('r.json')]);
      assert.equal(ran.code, 1);
      assert.equal(ran.stdout, '');
      assert.deepEqual(ran.stderr.split('\n').filter(Boolean), [`scorecard: ${REFUSAL}`]);
      assert.deepEqual(filesIn(folder.dir), before);
    });

    it('the mapping the sentence gives, saved and passed with --map, scores Q3 2020/21', async () => {
      fs.writeFileSync(at('mixed.xlsx'), await xlsxFromGrids([...reportGrids(), ACROSS_YEAR_END]));
      fs.writeFileSync(at('mapping.json'), /(\{"ignoreSheets":\[[^\]]*\]\})/.exec(REFUSAL)![1]);
      const ran = await scorecard(['score', at('mixed.xlsx'), '-o', at('out.xlsx'), '--map', at('mapping.json')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.match(ran.stdout, /^Q3 2020\/21: 60 indicators in 6 priorities/);
    });
  });

  describe('the add-in (in-memory Excel model)', () => {
    it('refuses in the same sentence and changes nothing', async () => {
      const model = modelFromGrids([...reportGrids(), ACROSS_YEAR_END]);
      const before = JSON.stringify(snapOfDocument(model.doc));
      let message = '';
      try {
        await scoreQuarter(model.host);
        assert.fail('expected a refusal');
      } catch (e) {
        message = plainMessage(e);
      }
      assert.equal(message, REFUSAL);
      assert.equal(
        model.syncs.some((s) => s.wrote),
        false,
        'no request wrote anything',
      );
      assert.equal(JSON.stringify(snapOfDocument(model.doc)), before, 'the workbook is unchanged');
    });
  });
});
