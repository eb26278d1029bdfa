/**
 * A column headed just "Variance" on the command line: the analyst's Actual − Target counts are left
 * alone with a Check; an empty one is the product's, and stays the product's when scored again (its own
 * earlier percentages, known from the state, are not taken for the analyst's figures).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { scorecard } from '../support/xlsx-cli';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';

const HEADER = ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Apr', 'May', 'Jun', 'Variance', 'DOT'];

describe('scorecard score and a column headed "Variance"', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  async function book(variance: (number | null)[]): Promise<string> {
    const file = at('in.xlsx');
    const values = [
      HEADER,
      ['A-1', 'Calls answered', 'Higher', 90, 88, 91, 95, variance[0], null],
      ['A-2', 'Missed bins', 'Lower', 40, 44, 42, 45, variance[1], null],
    ];
    fs.writeFileSync(file, await xlsxFromGrids([{ name: 'Indicators', values }]));
    return file;
  }

  async function column(file: string): Promise<unknown[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Indicators')!;
    return [2, 3].map((r) => ws.getCell(r, 8).value);
  }

  it('the analyst\'s counts (5 and 5) are kept, and a Check says to add a "% variance" column', async () => {
    const input = await book([5, 5]);
    const ran = await scorecard(['score', input, '-q', 'Q1', '-o', at('out.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.deepEqual(await column(at('out.xlsx')), [5, 5]);
    assert.match(ran.stdout, /The column headed "Variance" on 'Indicators' holds figures of your own/);
  });

  it("an empty one is written, and stays the product's when scored again (its own percentages are not taken for the analyst's)", async () => {
    const input = await book([null, null]);
    const first = await scorecard(['score', input, '-q', 'Q1', '-o', at('once.xlsx')]);
    assert.equal(first.code, 0, first.stderr);
    const written = await column(at('once.xlsx'));
    assert.ok(written.every((v) => typeof v === 'number'));
    // Another tolerance, so the workbook is read and scored in full again (no "nothing to change" shortcut).
    const again = await scorecard(['score', at('once.xlsx'), '-t', '3', '-o', at('twice.xlsx')]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /holds figures of your own/);
    assert.match(again.stdout, /4 cells scored|cells scored/);
    assert.deepEqual(await column(at('twice.xlsx')), written);
  });
});
