/**
 * The command line's undo puts an owned cell's original `<c>` element back verbatim only while the shared
 * strings it refers to are where they were: a workbook saved again since (by Excel, or here by ExcelJS) has
 * its shared strings renumbered, and a string only the scoring's journal still used is dropped, so the
 * element would show another text (issue 8 items 1 and 6). Then undo writes the cell's text from the journal.
 */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { folderForEachTest } from '../support/xlsx-fixtures';

const P1 = 'P1 Children & Young People';
const AT = new Date('2026-11-26T09:00:00Z');

describe('Undo of a scoring after the workbook was saved again by another program', function () {
  this.timeout(60000);
  const tmp = folderForEachTest({ example: true });

  it("gives back the analyst's own note in CYP-01's DOT cell, not another shared string", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(tmp.example);
    book.getWorksheet(P1)!.getCell('U5').value = 'a note only this cell holds';
    const input = tmp.at('noted.xlsx');
    await book.xlsx.writeFile(input);
    const scored = tmp.at('scored.xlsx');
    await scoreFile({ input, output: scored, outputNamed: true, overrides: {}, at: AT });
    // Saved again: the note, now in no cell, leaves the shared strings and the others move up.
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(scored);
    const resaved = tmp.at('resaved.xlsx');
    await again.xlsx.writeFile(resaved);
    const undone = tmp.at('undone.xlsx');
    await undoFile({ input: resaved, output: undone, outputNamed: true, at: AT });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(undone);
    assert.equal(out.getWorksheet(P1)!.getCell('U5').value, 'a note only this cell holds');
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    for (const address of ['T5', 'U5', 'V5', 'T6', 'U6', 'T22', 'U22'])
      assert.deepEqual(
        out.getWorksheet(P1)!.getCell(address).value,
        original.getWorksheet(P1)!.getCell(address).value,
        address,
      );
  });
});
