/**
 * The committed example workbook: never stale (it is what write-example.ts makes from the golden
 * data), laid out like the report, and styled like an analyst's workbook rather than a test fixture.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import { buildExampleWorkbook, EXAMPLE_WORKBOOK } from '../../examples/build/write-example';
import { SHEET_NAMES } from '../../examples/build/report-layout';
import { cellValue, findSheet } from '../../src/xlsx';
import { readXlsx, sheetStyles, snapshotWorkbook } from '../support/xlsx-snapshot';

describe('The example workbook examples/st-helens-2020-21.xlsx', () => {
  let committed: ExcelJS.Workbook;
  let fresh: ExcelJS.Workbook;

  before(async () => {
    committed = await readXlsx(fs.readFileSync(EXAMPLE_WORKBOOK));
    fresh = await readXlsx(Buffer.from(await buildExampleWorkbook().xlsx.writeBuffer()));
  });

  it('is what `npm run example` makes from the golden data: every sheet, cell, format and merge', () => {
    assert.deepEqual(
      snapshotWorkbook(committed),
      snapshotWorkbook(fresh),
      'run `npm run example` and commit the workbook',
    );
    for (const sheet of fresh.worksheets) {
      const mine = findSheet(committed, sheet.name)!;
      assert.deepEqual(sheetStyles(mine), sheetStyles(sheet), `styles of ${sheet.name}`);
      assert.deepEqual(
        mine.columns.map((c) => c.width),
        sheet.columns.map((c) => c.width),
        `widths of ${sheet.name}`,
      );
      assert.deepEqual(mine.views, sheet.views, `panes of ${sheet.name}`);
    }
  });

  it('is the same every time it is made, down to its dates', () => {
    assert.equal(committed.created.toISOString(), '2021-01-29T09:30:00.000Z');
    assert.equal(committed.modified.toISOString(), '2021-01-29T09:30:00.000Z');
    assert.equal(fresh.modified.toISOString(), committed.modified.toISOString());
  });

  it('has the six priority sheets in report order, then a Targets sheet', () => {
    assert.deepEqual(
      committed.worksheets.map((s) => s.name),
      [...SHEET_NAMES, 'Targets'],
    );
  });

  it('lays a priority out like the report: title row, quarter row over month row, Tier on the first row of a block', () => {
    const p1 = findSheet(committed, 'P1 Children & Young People')!;
    assert.equal(p1.getCell('A1').value, 'Ensure Children and Young People have a positive start in life - 2020/21');
    assert.equal(p1.getCell('H3').value, 'Q1');
    assert.ok(p1.model.merges.includes('H3:J3'), 'Q1 merged over its three months');
    assert.deepEqual(
      [p1.getCell('H4').value, p1.getCell('I4').value, p1.getCell('J4').value],
      ['April', 'May', 'June'],
    );
    assert.equal(p1.getCell('A5').value, 'Tier 1');
    assert.equal(p1.getCell('A6').value, null, 'Tier only on the first row of its block');
    assert.equal(p1.getCell('U5').value, '↓', 'the printed DOT arrow typed in');
    assert.equal(p1.getCell('G3').value, 'Profile');
    assert.ok(p1.model.merges.includes('G3:G4'), 'Profile header merged over both header rows');
    assert.equal(cellValue(p1.getCell('G4')), null, 'the merged-away cell holds nothing of its own');
  });

  it("looks like the analyst's workbook: Arial 10, bold title, shaded wrapped headers, thin borders", () => {
    const p1 = findSheet(committed, 'P1 Children & Young People')!;
    const title = p1.getCell('A1');
    assert.equal(title.font.name, 'Arial');
    assert.equal(title.font.bold, true);
    const header = p1.getCell('D3');
    assert.equal(header.value, 'Higher / Lower is better?');
    assert.equal(header.font.bold, true);
    assert.equal(header.alignment.wrapText, true);
    assert.equal((header.fill as ExcelJS.FillPattern).pattern, 'solid');
    const body = p1.getCell('C5');
    assert.deepEqual([body.font.name, body.font.size], ['Arial', 10]);
    assert.equal(body.border.left?.style, 'thin');
    assert.equal(body.border.bottom?.style, 'thin');
  });

  it('shows typed variances in 0.00%, keeps the Ref and name columns in view and prints landscape fitted to the width', () => {
    const p1 = findSheet(committed, 'P1 Children & Young People')!;
    assert.equal(p1.getCell('T5').value, 0.0528);
    assert.equal(p1.getCell('T5').numFmt, '0.00%');
    assert.deepEqual(p1.views[0], { ...p1.views[0], state: 'frozen', xSplit: 3, ySplit: 4 });
    assert.equal(p1.pageSetup.orientation, 'landscape');
    assert.equal(p1.pageSetup.fitToPage, true);
    assert.equal(p1.pageSetup.fitToWidth, 1);
    assert.equal(p1.pageSetup.fitToHeight, 0);
    assert.equal(p1.getColumn(3).width, 46);
  });
});
