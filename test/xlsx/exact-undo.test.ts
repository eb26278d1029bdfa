/**
 * Undo puts owned cells back exactly (issue 8 item 6): hyperlinks, rich text, error values, formulas
 * with cached errors, theme and indexed colours, pattern fills — through the command line's adapter.
 */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { scoreInPlace, undoInPlace, workbookBytes } from '../../src/xlsx';
import { undoFile } from '../../src/cli/undo-file';
import { tempFolder, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, styleJson } from '../support/xlsx-snapshot';
import { unscoredReport } from '../support/lifecycle';

const P1 = 'P1 Children & Young People';

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Owned cells of CYP-01 … CYP-41 (rows 5–8, columns T–W) holding what a real workbook may hold. */
function dress(ws: ExcelJS.Worksheet): void {
  ws.getCell('T5').value = { text: 'see the report', hyperlink: 'https://example.org/report' };
  ws.getCell('U5').value = {
    richText: [
      { text: 'up', font: { bold: true } },
      { text: ' a bit', font: { italic: true } },
    ],
  };
  ws.getCell('T6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('U6').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('T7').fill = {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 4, tint: 0.3999755851924192 } as unknown as ExcelJS.Color,
  };
  ws.getCell('U7').font = { color: { theme: 5 } as unknown as ExcelJS.Color, name: 'Calibri', size: 11 };
  ws.getCell('T8').fill = {
    type: 'pattern',
    pattern: 'darkGrid',
    fgColor: { argb: 'FFFF0000' },
    bgColor: { indexed: 64 } as unknown as ExcelJS.Color,
  };
  ws.getCell('U8').value = '=1+1';
}

const CELLS = ['T5', 'U5', 'T6', 'U6', 'T7', 'U7', 'T8', 'U8'];
/**
 * A cell's value and style; a style that only spells out Excel's defaults (no border, no fill, the
 * workbook's Calibri 11) is the same cell as one without a style, and is read as {}.
 */
function styleOf(cell: ExcelJS.Cell): string {
  const s = JSON.parse(styleJson(cell)) as Record<string, unknown>;
  if (JSON.stringify(s.border) === '{}') delete s.border;
  if (JSON.stringify(s.fill) === '{"pattern":"none","type":"pattern"}') delete s.fill;
  if (JSON.stringify(s.font) === '{"family":2,"name":"Calibri","scheme":"minor","size":11}') delete s.font;
  return JSON.stringify(s);
}
const picture = (ws: ExcelJS.Worksheet) =>
  CELLS.map((a) => `${a} ${JSON.stringify(ws.getCell(a).value)} ${styleOf(ws.getCell(a))}`);

describe('Undo puts owned cells back exactly (.xlsx)', () => {
  it('hyperlinks, rich text, an error value, a formula with a cached error, theme, indexed and pattern colours, and text "=1+1"', async () => {
    let wb = await readXlsx(await xlsxFromGrids(unscoredReport()));
    dress(wb.getWorksheet(P1)!);
    wb = await reopen(wb);
    const before = picture(wb.getWorksheet(P1)!);
    scoreInPlace(wb, {}, { at: '2026-11-26T09:00:00.000Z' });
    wb = await reopen(wb);
    assert.notDeepEqual(picture(wb.getWorksheet(P1)!), before, 'scoring wrote the cells');
    undoInPlace(wb);
    wb = await reopen(wb);
    const after = picture(wb.getWorksheet(P1)!);
    assert.deepEqual(after, before);
    const ws = wb.getWorksheet(P1)!;
    assert.equal(ws.getCell('T6').type, ExcelJS.ValueType.Error, '#N/A is the error, not the text');
    assert.equal(ws.getCell('U8').type, ExcelJS.ValueType.String, '"=1+1" is text, not a formula');
  });

  it('a journal written by the command line before issue 10 (its ExcelJS path), undone by the package path: every cell as that path gave it back, a gradient fill too', async () => {
    const folder = tempFolder();
    try {
      let wb = await readXlsx(await xlsxFromGrids(unscoredReport()));
      const ws0 = wb.getWorksheet(P1)!;
      dress(ws0);
      ws0.getCell('V5').fill = {
        type: 'gradient',
        gradient: 'angle',
        degree: 90,
        stops: [
          { position: 0, color: { argb: 'FFFFFFFF' } },
          { position: 1, color: { theme: 4 } as unknown as ExcelJS.Color },
        ],
      };
      wb = await reopen(wb);
      const cells = [...CELLS, 'V5'];
      const pictureOf = (ws: ExcelJS.Worksheet) =>
        cells.map((a) => `${a} ${JSON.stringify(ws.getCell(a).value)} ${styleOf(ws.getCell(a))}`);
      const before = pictureOf(wb.getWorksheet(P1)!);
      // The old command line: ExcelJS's load, score and save; its journal pictures each of these cells.
      scoreInPlace(wb, {}, { at: '2026-11-26T09:00:00.000Z' });
      const scored = path.join(folder.dir, 'scored-before-issue-10.xlsx');
      fs.writeFileSync(scored, await workbookBytes(wb));
      assert.match(fs.readFileSync(scored).toString('latin1'), /xl\/worksheets/, 'a workbook');
      const undone = path.join(folder.dir, 'undone.xlsx');
      const done = await undoFile({
        input: scored,
        output: undone,
        outputNamed: true,
        at: new Date('2026-11-27T09:00:00Z'),
      });
      assert.ok(done.cells > 0);
      const back = await readXlsx(fs.readFileSync(undone));
      assert.deepEqual(pictureOf(back.getWorksheet(P1)!), before);
      assert.equal(back.getWorksheet(P1)!.getCell('T6').type, ExcelJS.ValueType.Error);
    } finally {
      folder.remove();
    }
  });
});
