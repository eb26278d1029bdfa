/**
 * The Excel rules the add-in's planning of requests relies on (issue 11 item 2), as the in-memory model
 * keeps them: sources in test/support/excel-model/context.ts and range.ts.
 */
import { strict as assert } from 'assert';
import { modelFromGrids } from '../support/excel-model/build';
import { FIVE_MB, type ExcelModelError } from '../support/excel-model';

const grids = [
  {
    name: 'Data',
    values: [
      ['Ref', 'Value'],
      ['A-1', 5],
      ['A-2', 7],
    ],
  },
  { name: 'Other', values: [['x'], ['y']] },
];

const notLoaded = (e: ExcelModelError) => e.code === 'PropertyNotLoaded';

describe('The in-memory Excel model: what the planning of requests relies on', () => {
  it('sends reads of two sheets and cell properties queued together in one request, all readable after it', async () => {
    const model = modelFromGrids(grids);
    await model.host.run(async (context) => {
      const data = context.workbook.worksheets.getItem('Data').getRangeByIndexes(1, 1, 2, 1).load('formulas');
      const colours = data.getCellProperties({ format: { fill: { color: true } } });
      const other = context.workbook.worksheets.getItem('Other').getRangeByIndexes(0, 0, 2, 1).load('values');
      assert.throws(() => colours.value, notLoaded, 'a ClientResult is empty before the sync');
      assert.throws(() => other.values, notLoaded, 'a loaded property is empty before the sync');
      await context.sync();
      assert.deepEqual(data.formulas, [[5], [7]]);
      assert.equal(colours.value.length, 2);
      assert.deepEqual(other.values, [['x'], ['y']]);
    });
    assert.equal(model.syncs.length, 1, 'one request');
  });

  it('fails a response over 5 MB with ResponsePayloadSizeLimitExceeded, and gives nothing of it', async () => {
    const big = Array.from({ length: 60000 }, (_, i) => [`${i}`.padEnd(100, 'x')]);
    const model = modelFromGrids([{ name: 'Big', values: big }]);
    let range: Excel.Range | undefined;
    await assert.rejects(
      model.host.run(async (context) => {
        range = context.workbook.worksheets.getItem('Big').getRange('A1:A60000').load('values');
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'ResponsePayloadSizeLimitExceeded',
    );
    assert.ok(model.syncs[0].responseBytes > FIVE_MB);
    assert.throws(() => range!.values, notLoaded);
  });

  it('refuses a merged-area read of more than 512 areas, and answers 512', async () => {
    const rows = Array.from({ length: 1100 }, () => ['a', 'b']);
    const model = modelFromGrids([{ name: 'M', values: rows }]);
    model.doc.sheet('M')!.merges = Array.from({ length: 513 }, (_, i) => ({
      top: 2 * i,
      left: 0,
      bottom: 2 * i + 1,
      right: 0,
    }));
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('M').getRange('A1:B1100').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'GeneralException',
    );
    const answered = await model.host.run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem('M')
        .getRange('A1:B1024')
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
      return merged.address.split(',').length;
    });
    assert.equal(answered, 512);
  });
});
