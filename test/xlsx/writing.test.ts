/** Carrying out the plan on ExcelJS cells: formats touch only what they name, text stays text, generated sheets in full. */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import type { SheetContent } from '../../src/core';
import { applyFormat, cellValue, colourHex, fillHex, readGrids, writeSheetContent } from '../../src/xlsx';
import { carryOutPatch } from '../../src/xlsx/patch';
import { readXlsx } from '../support/xlsx-snapshot';

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('Formatting a cell the product owns', () => {
  it('sets only what the format names: a fill colour leaves the font, number format and borders', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('P1');
    const cell = ws.getCell('T5');
    cell.style = { numFmt: '0.0', font: { name: 'Arial', size: 10, bold: true }, border: { top: { style: 'thin' } } };
    applyFormat(cell, { fill: 'C6EFCE' });
    assert.equal(fillHex(cell.fill), 'C6EFCE');
    assert.equal(cell.numFmt, '0.0');
    assert.deepEqual(cell.font, { name: 'Arial', size: 10, bold: true });
    assert.deepEqual(cell.border, { top: { style: 'thin' } });
  });

  it('no fill removes the fill; automatic font colour removes the colour and keeps the font', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('P1');
    const cell = ws.getCell('U5');
    cell.style = {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
      font: { name: 'Arial', size: 10, bold: true, color: { argb: 'FF9C0006' } },
    };
    applyFormat(cell, { fill: null, fontColor: null });
    assert.equal(cell.fill, undefined);
    assert.deepEqual(cell.font, { name: 'Arial', size: 10, bold: true });
  });

  it('never changes another cell that shared its style in the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('P1');
    for (const a of ['T5', 'T6', 'A20']) {
      ws.getCell(a).value = 1;
      ws.getCell(a).style = { font: { name: 'Arial', size: 10 } };
    }
    const read = await reread(wb);
    const sheet = read.getWorksheet('P1')!;
    assert.equal(
      sheet.getCell('T5').style,
      sheet.getCell('A20').style,
      'ExcelJS shares one style object between the cells',
    );
    const before = JSON.stringify(sheet.getCell('A20').style);
    applyFormat(sheet.getCell('T5'), { fill: 'FFC7CE', fontColor: '9C0006', numberFormat: '0.00%' });
    assert.equal(JSON.stringify(sheet.getCell('A20').style), before);
    assert.equal(fillHex(sheet.getCell('A20').fill), null);
    assert.equal(colourHex(sheet.getCell('T5').font.color), '9C0006');
    assert.equal(sheet.getCell('T5').font.name, 'Arial');
  });

  it('writes a block of values: null leaves a cell, "" clears it, text that looks like a formula stays text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('P1');
    ws.getCell('A1').value = 'kept';
    ws.getCell('A2').value = 'cleared';
    carryOutPatch(ws, {
      sheet: 'P1',
      values: [{ top: 0, left: 0, values: [[null], [''], ['=1+1'], ['+44 1744'], ['1,350'], [0.0528]] }],
      formats: [],
      cells: [],
    });
    const values = readGrids(await reread(wb))[0].values.map((r) => r[0] ?? null);
    assert.deepEqual(values, ['kept', null, '=1+1', '+44 1744', '1,350', 0.0528]);
  });

  it('keeps the formula of a cell it does not own when the formula was filled down from one it does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('P1');
    for (let r = 1; r <= 4; r++) {
      ws.getCell(`A${r}`).value = r;
      ws.getCell(`B${r}`).value =
        r === 1
          ? ({ formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B4' } as ExcelJS.CellValue)
          : ({ sharedFormula: 'B1', result: r * 2 } as ExcelJS.CellValue);
    }
    const read = await reread(wb);
    const sheet = read.getWorksheet('P1')!;
    carryOutPatch(sheet, {
      sheet: 'P1',
      values: [{ top: 0, left: 1, values: [['↑'], ['↓']] }],
      formats: [],
      cells: [],
    });
    const after = (await reread(read)).getWorksheet('P1')!;
    assert.deepEqual(
      [1, 2, 3, 4].map((r) => cellValue(after.getCell(`B${r}`))),
      ['↑', '↓', 6, 8],
    );
    assert.equal(after.getCell('B3').formula, 'A3*2');
    assert.equal(after.getCell('B4').formula, 'A4*2');
  });
});

describe('Writing a sheet the product generates', () => {
  const content: SheetContent = {
    name: 'Q3 Summary',
    role: 'summary',
    values: {
      top: 0,
      left: 0,
      values: [
        ['Performance Scorecard – Q3 2020/21', '', ''],
        ['=SUM(A1) is text', '-5', 60],
        ['CYP-01', 'On target', ''],
      ],
    },
    formats: [
      { format: { bold: true, fontSize: 16, fontColor: '1F4E78' }, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] },
      {
        format: { border: 'thin', hAlign: 'center', vAlign: 'center', wrap: true, fill: 'C6EFCE', italic: true },
        areas: [{ top: 2, left: 1, bottom: 2, right: 1 }],
      },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [44, 12, 12],
    freeze: { rows: 1, cols: 0 },
    links: [{ row: 2, col: 0, sheet: "P1 Children's Services", cell: 'A5' }],
    tabColor: '1F4E78',
  };
  let sheet: ExcelJS.Worksheet;

  before(async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetContent(wb.addWorksheet('Q3 Summary'), content);
    sheet = (await reread(wb)).getWorksheet('Q3 Summary')!;
  });

  it('writes every value, text always as text', () => {
    assert.deepEqual(readGrids(sheet.workbook)[0].values, [
      ['Performance Scorecard – Q3 2020/21'],
      ['=SUM(A1) is text', '-5', 60],
      ['CYP-01', 'On target'],
    ]);
    assert.equal(sheet.getCell('A2').type, ExcelJS.ValueType.String);
  });

  it('carries out fonts, fills, alignment, wrapping and thin borders', () => {
    const title = sheet.getCell('A1');
    assert.deepEqual([title.font.bold, title.font.size, colourHex(title.font.color)], [true, 16, '1F4E78']);
    const status = sheet.getCell('B3');
    assert.equal(fillHex(status.fill), 'C6EFCE');
    assert.equal(status.font.italic, true);
    assert.deepEqual(status.alignment, { horizontal: 'center', vertical: 'middle', wrapText: true });
    assert.deepEqual(
      ['top', 'left', 'bottom', 'right'].map((side) => status.border[side as 'top']?.style),
      ['thin', 'thin', 'thin', 'thin'],
    );
  });

  it('merges, sets column widths, freezes the header rows and colours the tab', () => {
    assert.deepEqual(sheet.model.merges, ['A1:C1']);
    assert.deepEqual(
      sheet.columns.map((c) => c.width),
      [44, 12, 12],
    );
    assert.equal(sheet.views[0].state, 'frozen');
    assert.equal((sheet.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 1);
    assert.equal(sheet.properties.tabColor?.argb, 'FF1F4E78');
  });

  it("links a cell to its place in the workbook, keeping the cell's text", () => {
    const link = sheet.getCell('A3').value as ExcelJS.CellHyperlinkValue;
    assert.equal(link.text, 'CYP-01');
    assert.equal(link.hyperlink, "#'P1 Children''s Services'!A5");
  });

  it('prints landscape, fitted to the page width', () => {
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.pageSetup.fitToHeight, 0);
  });
});

describe('Rows of a generated sheet holding long text', () => {
  it('grow to show wrapped text, but never past the 409 points Excel allows a row', () => {
    const note = (words: number) => 'The provider could not supply figures for this period. '.repeat(words);
    const content: SheetContent = {
      name: 'Q3 Findings',
      role: 'findings',
      values: { top: 0, left: 0, values: [[note(2)], [note(8)], [note(400)]] },
      formats: [{ format: { wrap: true }, areas: [{ top: 0, left: 0, bottom: 2, right: 0 }] }],
      merges: [],
      columnWidths: [60],
      freeze: null,
      links: [],
      tabColor: null,
    };
    const sheet = new ExcelJS.Workbook().addWorksheet('Q3 Findings');
    writeSheetContent(sheet, content);
    const heights = [1, 2, 3].map((r) => sheet.getRow(r).height);
    assert.ok(heights[0] > 15 && heights[1] > heights[0], `taller for more lines: ${heights.join(', ')}`);
    assert.equal(heights[2], 409);
  });
});
