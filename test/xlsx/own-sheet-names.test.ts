/** A sheet of the analyst's named like a summary sheet is never touched: the product picks another name. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { findSheet } from '../../src/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { EXAMPLE_WORKBOOK, folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, sheetStyles, sheetValues } from '../support/xlsx-snapshot';

describe('An analyst\'s own sheet called "Q3 Summary"', () => {
  const folder = folderForTheseTests();
  const { at } = folder;
  let scored: ExcelJS.Workbook;
  let original: ExcelJS.Worksheet;
  let stdout: string;

  before(async () => {
    const wb = await readXlsx(fs.readFileSync(EXAMPLE_WORKBOOK));
    const mine = wb.addWorksheet('Q3 Summary');
    mine.getCell('A1').value = 'My notes for the Q3 Cabinet report';
    mine.getCell('A1').font = { bold: true, size: 14 };
    mine.getCell('A3').value = 'Ask Housing about HS-01';
    mine.getCell('B3').value = 42;
    mine.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    fs.writeFileSync(at('mine.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    original = findSheet(await readXlsx(fs.readFileSync(at('mine.xlsx'))), 'Q3 Summary')!;
    const ran = await scorecard(['score', at('mine.xlsx'), '-o', at('scored.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    stdout = ran.stdout;
    scored = await readXlsx(fs.readFileSync(at('scored.xlsx')));
  });

  it('is left exactly as it was: values and formats', () => {
    const after = findSheet(scored, 'Q3 Summary')!;
    assert.equal(after.state, 'visible');
    assert.deepEqual(sheetValues(after), sheetValues(original));
    assert.deepEqual(sheetStyles(after), sheetStyles(original));
  });

  it('makes the product write its summary on "Q3 Summary (2)", and says so', () => {
    const product = findSheet(scored, 'Q3 Summary (2)')!;
    assert.ok(product, 'the product summary sheet');
    assert.match(String(product.getCell('A1').value), /Performance Scorecard – Q3 2020\/21/);
    assert.match(stdout, /Your own sheet 'Q3 Summary' is left as it is/);
  });

  it('keeps to "Q3 Summary (2)" when scoring again after a change, and still leaves the analyst\'s sheet alone', async () => {
    const ran = await scorecard(['score', at('scored.xlsx'), '-t', '7', '-o', at('again.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    const again = await readXlsx(fs.readFileSync(at('again.xlsx')));
    assert.deepEqual(sheetValues(findSheet(again, 'Q3 Summary')!), sheetValues(original));
    assert.equal(String(findSheet(again, 'Q3 Summary (2)')!.getCell('D6').value), 'Within 7% of target');
    assert.equal(findSheet(again, 'Q3 Summary (3)'), undefined);
  });
});
