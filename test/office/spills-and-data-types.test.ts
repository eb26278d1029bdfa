/**
 * Owned cells in a dynamic array's spilled results, or holding a linked data type (docs/addin.md,
 * "Excel's rules the model keeps"): the model keeps Excel's rules (writing into a spill makes its
 * formula #SPILL!; a data type reads as #VALUE! and is lost when written over), and the add-in refuses
 * to own such cells, in one sentence, changing nothing — the command line says the same
 * (test/cross/spills-and-data-types.test.ts).
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { undoMessage } from '../../src/office/outcome-message';
import { plainMessage } from '../../src/office/problems';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel, ExcelModelError } from '../support/excel-model';

const AT = () => new Date('2026-11-30T09:00:00Z');
const P1 = 'P1 Children & Young People';

/** P1's % variance column (T5:T14) filled by one dynamic array in T5, as an analyst might compute it. */
function varianceSpill(model: ExcelModel): void {
  const sheet = model.doc.sheet(P1)!;
  sheet.edit(4, 19).formula = '=(M5:M14-F5:F14)/F5:F14';
  sheet.spills = [{ anchor: { row: 4, col: 19 }, area: { top: 4, left: 19, bottom: 13, right: 19 } }];
}

async function refused(model: ExcelModel): Promise<string> {
  const before = JSON.stringify(snapOfDocument(model.doc));
  model.clearLog();
  let message = '';
  await scoreQuarter(model.host, {}, AT).then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => (message = plainMessage(e)),
  );
  assert.equal(JSON.stringify(snapOfDocument(model.doc)), before, 'the workbook is unchanged');
  assert.ok(!model.syncs.some((s) => s.wrote), 'no request wrote anything');
  return message;
}

describe('The model: dynamic arrays and data types (ExcelApi 1.12, 1.1)', () => {
  it('writing into a spill makes its formula #SPILL! and clears its other results; hasSpill and the spill parent say where it is', async () => {
    const model = modelFromGrids(
      [
        {
          name: 'Data',
          values: [
            ['h', null],
            [1, 1],
            [2, 2],
            [3, 3],
          ],
        },
      ],
      {
        apiVersion: '1.12',
      },
    );
    const data = model.doc.sheet('Data')!;
    data.edit(1, 1).formula = '=A2:A4';
    data.spills = [{ anchor: { row: 1, col: 1 }, area: { top: 1, left: 1, bottom: 3, right: 1 } }];
    const seen = await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getRange('B2:B4').load('hasSpill');
      const some = sheet.getRange('A2:B4').load('hasSpill');
      const none = sheet.getRange('A2:A4').load('hasSpill');
      const parent = sheet.getRange('B3').getSpillParentOrNullObject().load('address');
      const nothing = sheet.getRange('A3').getSpillParentOrNullObject().load('address');
      await context.sync();
      return [all.hasSpill, some.hasSpill, none.hasSpill, parent.address, nothing.isNullObject];
    });
    assert.deepEqual(seen, [true, null, false, 'Data!B2', true]);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B3').values = [['x']];
      await context.sync();
    });
    assert.deepEqual(
      [1, 2, 3].map((r) => data.cell(r, 1)?.value ?? null),
      ['#SPILL!', 'x', null],
      'the formula (a cell the writer does not own) shows #SPILL!',
    );
    const old = modelFromGrids([{ name: 'Data', values: [['h']] }], { apiVersion: '1.11' });
    await assert.rejects(
      old.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').load('hasSpill');
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'ApiNotFound',
    );
  });

  it('a linked data type reads as #VALUE! with the value type RichValue, and is gone once written over', async () => {
    const model = modelFromGrids([{ name: 'Data', values: [['h'], ['#VALUE!']] }]);
    model.doc.sheet('Data')!.edit(1, 0).richValue = { kind: 'entity', text: 'United Kingdom' };
    const read = await model.host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A2').load('values,valueTypes');
      await context.sync();
      return [r.values[0][0], r.valueTypes[0][0]];
    });
    assert.deepEqual(read, ['#VALUE!', 'RichValue']);
    await model.host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A2');
      r.values = [['#VALUE!']];
      await context.sync();
    });
    assert.equal(model.doc.sheet('Data')!.cell(1, 0)!.richValue, undefined, 'written back, it is no data type');
  });
});

describe('The add-in refuses to own cells in a spill or holding a data type', () => {
  it('the % variance column filled by one dynamic array: one sentence naming the cells and the formula, nothing changed', async () => {
    const model = modelFromGrids(reportGrids());
    varianceSpill(model);
    assert.equal(
      await refused(model),
      `The % Variance from Target cells T5:T14 on '${P1}' are part of the results the formula in T5 spills (a dynamic array, such as =SORT or =FILTER), and writing the scores there would break that formula (#SPILL!): move the formula, or turn its results into values (Copy, then Paste Values), and score again.`,
    );
  });

  it('a dynamic array elsewhere on the sheet costs one request to look, and the scoring is the same', async () => {
    // A spill in column Y, beside the table (=B5:B7): the band's hasSpill is null, the owned cells are asked.
    const withFormula = (spills: boolean) => {
      const model = modelFromGrids(reportGrids());
      const sheet = model.doc.sheet(P1)!;
      sheet.edit(4, 24).formula = '=B5:B7';
      for (const r of [4, 5, 6]) sheet.edit(r, 24).value = `CYP-${r}`;
      if (spills) sheet.spills = [{ anchor: { row: 4, col: 24 }, area: { top: 4, left: 24, bottom: 6, right: 24 } }];
      return model;
    };
    const plain = withFormula(false);
    const model = withFormula(true);
    await scoreQuarter(plain.host, {}, AT);
    await scoreQuarter(model.host, {}, AT);
    assert.equal(model.syncs.length, plain.syncs.length + 1, 'one request more, to ask about the owned cells');
    assert.deepEqual(snapOfDocument(model.doc), snapOfDocument(plain.doc), 'the same cells');
    assert.equal(model.doc.sheet(P1)!.spills.length, 1, "the analyst's array is untouched");
  });

  it('a DOT cell holding a linked data type: one sentence naming it, nothing changed', async () => {
    const model = modelFromGrids(reportGrids());
    const cell = model.doc.sheet(P1)!.edit(6, 20);
    cell.value = '#VALUE!';
    cell.richValue = { kind: 'entity', text: 'Down' };
    assert.equal(
      await refused(model),
      `The DOT cell U7 on '${P1}' holds a linked data type or a picture (such as Stocks or Geography), which scoring would replace with text and undo could not put back: convert it to text (Data Type › Convert to Text) or clear it, and score again.`,
    );
  });

  it('a workbook with neither costs no request more', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    assert.equal(model.syncs.length, 3, 'the example still takes three syncs');
  });
});

describe('Undo leaves alone owned cells that have become a dynamic array or a data type since the scoring', () => {
  it("a dynamic array typed over the scored % variance column, whose results equal the scores: undo leaves T5:T14 as they are, names them, and the analyst's formula still spills", async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    await scoreQuarter(model.host, {}, AT);
    const sheet = model.doc.sheet(P1)!;
    const scored = Array.from({ length: 10 }, (_, i) => sheet.cell(4 + i, 19)!.value);
    // The analyst computes the variance themselves: =(M5:M14-F5:F14)/F5:F14 in T5, whose results are
    // the very figures the scoring wrote (T6:T14 read as untouched by value).
    sheet.edit(4, 19).formula = '=(M5:M14-F5:F14)/F5:F14';
    sheet.spills = [{ anchor: { row: 4, col: 19 }, area: { top: 4, left: 19, bottom: 13, right: 19 } }];
    const undone = await undoLastScoring(model.host);
    assert.equal(sheet.spills.length, 1, 'the formula still spills (no #SPILL!)');
    assert.notEqual(sheet.cell(4, 19)!.value, '#SPILL!');
    assert.deepEqual(
      Array.from({ length: 9 }, (_, i) => sheet.cell(5 + i, 19)!.value),
      scored.slice(1),
      'its results are untouched',
    );
    for (let r = 4; r <= 13; r++) assert.ok(undone.changedSince.includes(`${P1}!T${r + 1}`), `T${r + 1} listed`);
    assert.match(undoMessage(undone), /you changed since the scoring were left as you have them/);
    // Everything else is put back: the DOT column (U) holds what it held before the scoring.
    const before = modelFromGrids(reportGrids()).doc.sheet(P1)!;
    for (let r = 4; r <= 13; r++) assert.equal(sheet.cell(r, 20)?.value ?? null, before.cell(r, 20)?.value ?? null);
  });

  it('a scored DOT cell turned into a linked data type: undo leaves it (it reads #VALUE!, not what the scoring wrote) and names it', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    const cell = model.doc.sheet(P1)!.edit(6, 20);
    cell.value = '#VALUE!';
    cell.richValue = { kind: 'entity', text: 'Down' };
    const undone = await undoLastScoring(model.host);
    assert.deepEqual(model.doc.sheet(P1)!.cell(6, 20)!.richValue, { kind: 'entity', text: 'Down' });
    assert.ok(undone.changedSince.includes(`${P1}!U7`));
  });
});

/** P1's % variance column (T5:T14) as one legacy array formula (Ctrl+Shift+Enter), its results kept as values. */
function varianceArray(model: ExcelModel): void {
  const sheet = model.doc.sheet(P1)!;
  for (let r = 4; r <= 13; r++) sheet.edit(r, 19).formula = '=(M5:M14-F5:F14)/F5:F14';
  sheet.arrays = [{ area: { top: 4, left: 19, bottom: 13, right: 19 } }];
}

describe('Legacy array formulas (Ctrl+Shift+Enter) over owned cells (ExcelApi 1.12: Range.savedAsArray)', () => {
  it('the model: every cell of the array gives its A1 formula, savedAsArray is true / null / false, and Excel will not change part of one', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    varianceArray(model);
    const seen = await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(P1);
      const all = sheet.getRange('T5:T14').load('savedAsArray,formulas');
      const some = sheet.getRange('S5:T6').load('savedAsArray');
      const none = sheet.getRange('S5:S6').load('savedAsArray');
      const parent = sheet.getRange('T7').getSpillParentOrNullObject().load('address');
      await context.sync();
      return [all.savedAsArray, all.formulas[3][0], some.savedAsArray, none.savedAsArray, parent.isNullObject];
    });
    assert.deepEqual(seen, [true, '=(M5:M14-F5:F14)/F5:F14', null, false, true]);
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem(P1).getRange('T7').values = [[0.1]];
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'InvalidOperation',
    );
    assert.equal(model.doc.sheet(P1)!.cell(6, 19)!.formula, '=(M5:M14-F5:F14)/F5:F14', 'nothing changed');
  });

  it('scoring refuses in the sentence the command line gives for <f t="array" ref>, naming the cells and the array\'s first cell, and changes nothing', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    varianceArray(model);
    assert.equal(
      await refused(model),
      // Named a legacy array, as it is (helper wording, session 9: it said "a dynamic array, such as =SORT").
      `The % Variance from Target cells T5:T14 on '${P1}' are part of the array formula in T5 (a legacy array formula, entered with Ctrl+Shift+Enter and shown in braces {=…}), and Excel does not let part of an array be changed: select the whole array and delete it, or turn its results into values (Copy, then Paste Values), and score again.`,
    );
  });

  it('a legacy array typed over the scored column after the scoring: undo leaves it and names its cells, instead of failing on "You can\'t change part of an array"', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    await scoreQuarter(model.host, {}, AT);
    varianceArray(model);
    const undone = await undoLastScoring(model.host);
    assert.equal(model.doc.sheet(P1)!.arrays.length, 1, 'the array is untouched');
    for (let r = 4; r <= 13; r++) assert.ok(undone.changedSince.includes(`${P1}!T${r + 1}`), `T${r + 1} listed`);
  });
});
