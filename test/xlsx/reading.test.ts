/** Reading an .xlsx workbook into the engine's grids: values as the cells hold them, merged areas, every sheet. */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/core';
import { dateToSerial, plainValue, readGrids } from '../../src/xlsx';
import { readXlsx } from '../support/xlsx-snapshot';

async function roundTrip(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Indicators'), wb);
  return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('Reading a workbook into grids', () => {
  it('keeps numbers stored as text as text, exactly as typed', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = '1,350,000';
      ws.getCell('B1').value = '5.28%';
      ws.getCell('C1').value = 1350000;
      ws.getCell('D1').value = '-';
    });
    assert.deepEqual(readGrids(wb)[0].values[0], ['1,350,000', '5.28%', 1350000, '-']);
  });

  it('reads rich text as its plain text, a hyperlink as its text, an error as its text', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: 'Data collection ' }, { text: 'suspended', font: { bold: true } }, { text: ' by NHS' }],
      };
      ws.getCell('B1').value = { text: 'CYP-01', hyperlink: 'https://www.sthelens.gov.uk' };
      ws.getCell('C1').value = { error: '#N/A' };
    });
    assert.deepEqual(readGrids(wb)[0].values[0], ['Data collection suspended by NHS', 'CYP-01', '#N/A']);
  });

  it('reads a formula as the value it last showed', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = 459.4;
      ws.getCell('B1').value = 485;
      ws.getCell('C1').value = { formula: '(B1-A1)/B1', result: 0.0528 };
      ws.getCell('D1').value = { formula: 'IF(A1>B1,"Off","On")', result: 'On' };
      ws.getCell('E1').value = { formula: 'NA()', result: { error: '#N/A' } };
    });
    assert.deepEqual(readGrids(wb)[0].values[0], [459.4, 485, 0.0528, 'On', '#N/A']);
  });

  it('reads a date as its Excel serial number, in either date system', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2020, 11, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    assert.equal(readGrids(wb)[0].values[0][0], 44196);
    assert.equal(dateToSerial(new Date(Date.UTC(2020, 11, 31)), true), 44196 - 1462);
    assert.equal(plainValue(true), true);
  });

  it('finds the months of a header row typed as "Apr-20", "May-20" …, which Excel keeps as dates', async () => {
    const wb = await roundTrip((ws) => {
      ws.addRow(['Ref', 'Performance Indicator', 'Target', ...[3, 4, 5].map((m) => new Date(Date.UTC(2020, m, 1)))]);
      for (const col of ['D', 'E', 'F']) ws.getCell(`${col}1`).numFmt = 'mmm-yy';
      ws.addRow(['A-1', 'One', 10, 9, 10, 11]);
    });
    const [table] = readWorkbook(readGrids(wb)).tables;
    assert.deepEqual(table.monthColumns.slice(0, 3), [3, 4, 5]);
    assert.deepEqual(table.rows[0].periods[2], { kind: 'number', value: 11, fromText: false });
  });

  it('gives merged areas 0-based, with the value in the top-left cell only', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('H3').value = 'Q1';
      ws.mergeCells('H3:J3');
      ws.getCell('H5').value = 'CCG currently unable to provide data';
      ws.mergeCells('H5:J5');
    });
    const grid = readGrids(wb)[0];
    assert.deepEqual(grid.merges, [
      { top: 2, left: 7, bottom: 2, right: 9 },
      { top: 4, left: 7, bottom: 4, right: 9 },
    ]);
    assert.deepEqual(grid.values[2].slice(7, 10), ['Q1']);
    assert.deepEqual(grid.values[4].slice(7, 10), ['CCG currently unable to provide data']);
  });

  it('reads every sheet, hidden and very hidden ones too, in workbook order, flagging the hidden ones', async () => {
    const wb = await roundTrip((ws, book) => {
      ws.getCell('A1').value = 'visible';
      book.addWorksheet('Lookups', { state: 'hidden' }).getCell('A1').value = 'hidden';
      book.addWorksheet('Scorecard_State', { state: 'veryHidden' }).getCell('B2').value = 'very hidden';
    });
    assert.deepEqual(
      readGrids(wb).map((g) => [g.name, g.values]),
      [
        ['Indicators', [['visible']]],
        ['Lookups', [['hidden']]],
        ['Scorecard_State', [[], [null, 'very hidden']]],
      ],
    );
    assert.deepEqual(
      readGrids(wb).map((g) => g.hidden ?? false),
      [false, true, true],
    );
  });
});
