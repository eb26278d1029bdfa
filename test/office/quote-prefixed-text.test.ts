/**
 * Text that starts with "=" (issue 9, item 3). Analysts type '= in DOT cells for "same". Excel keeps it
 * as text (the apostrophe is a prefix, not part of the value); Range.formulas gives it back as "="
 * without the apostrophe (office-js issue 6687), and writing "=" as a formula is refused. So the "before"
 * picture must record it as text, and Undo must put it back as text.
 */
import { strict as assert } from 'assert';
import { formulaOf, isFormulaCell } from '../../src/office/cell-text';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModelError } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';
const CYP02_DOT = { row: 5, col: 20 }; // U6: CYP-02's DOT

describe("Quote-prefixed text such as '= (in-memory model)", () => {
  it('reads back from Range.formulas as "=", without its apostrophe, the same as its value (office-js #6687)', async () => {
    const model = modelFromGrids([{ name: 'Data', values: [[null, null]] }]);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [["'=", '=1+1']];
    });
    const read = await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1').load('formulas,values');
      await context.sync();
      return { formulas: range.formulas, values: range.values };
    });
    assert.deepEqual(read.formulas, [['=', '=1+1']]);
    assert.deepEqual(read.values, [['=', 2]]);
    assert.equal(model.doc.sheet('Data')!.cell(0, 0)!.quotePrefix, true);
  });

  it('Excel refuses to write "=" as a formula, and the request fails at sync', async () => {
    const model = modelFromGrids([{ name: 'Data', values: [['x']] }]);
    for (const bad of ['=', '=)', '=1+', '="abc']) {
      await assert.rejects(
        model.host.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1').formulas = [[bad]];
          await context.sync();
        }),
        (e: ExcelModelError) => e.code === 'InvalidArgument',
        bad,
      );
    }
    assert.equal(model.doc.sheet('Data')!.cell(0, 0)!.value, 'x');
  });

  it('a cell whose formulas entry equals its values text is text, whatever its first character', () => {
    assert.equal(isFormulaCell('=', '='), false);
    assert.equal(isFormulaCell('=AVERAGE(B2:B9)', '=AVERAGE(B2:B9)'), false);
    assert.equal(isFormulaCell('=B5/C5', 0.0528), true);
    assert.equal(isFormulaCell('=B5&"x"', 'Ax'), true);
    assert.equal(isFormulaCell('=1+1', 2), true);
    assert.equal(isFormulaCell('same', 'same'), false);
    assert.equal(isFormulaCell(12, 12), false);
    assert.equal(formulaOf('=', '='), undefined);
    assert.equal(formulaOf('=1+1', 2), '=1+1');
  });

  it("Undo puts '= back in CYP-02's DOT cell as text, not as a formula Excel would refuse", async () => {
    const model = modelFromGrids(reportGrids());
    const cell = model.doc.sheet(P1)!.edit(CYP02_DOT.row, CYP02_DOT.col);
    Object.assign(cell, { value: '=', quotePrefix: true });
    const before = snapOfDocument(model.doc).filter((s) => s.name !== 'Scorecard_State');
    await scoreQuarter(model.host, {}, AT);
    assert.notEqual(model.doc.sheet(P1)!.cell(CYP02_DOT.row, CYP02_DOT.col)!.value, '=', 'the scoring wrote its arrow');
    await undoLastScoring(model.host);
    const back = model.doc.sheet(P1)!.cell(CYP02_DOT.row, CYP02_DOT.col)!;
    assert.equal(back.value, '=');
    assert.equal(back.formula, undefined);
    assert.equal(back.quotePrefix, true);
    assert.deepEqual(
      snapOfDocument(model.doc).filter((s) => s.name !== 'Scorecard_State'),
      before,
    );
  });

  it("the same on a host below ExcelApi 1.9, whose snapshot reads each cell's formula separately", async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    Object.assign(model.doc.sheet(P1)!.edit(CYP02_DOT.row, CYP02_DOT.col), { value: '=', quotePrefix: true });
    await scoreQuarter(model.host, {}, AT);
    await undoLastScoring(model.host);
    const back = model.doc.sheet(P1)!.cell(CYP02_DOT.row, CYP02_DOT.col)!;
    assert.deepEqual([back.value, back.formula, back.quotePrefix], ['=', undefined, true]);
  });
});
