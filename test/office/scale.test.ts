/**
 * Size: the calls do not grow with the number of indicators (blocks per column, one call per
 * property value per sheet), every request stays within the 4 MB budget at 50,000 indicators, and
 * the number of syncs stays small.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids } from '../support/excel-model/build';
import { FIVE_MB, type ExcelModel } from '../support/excel-model';
import { bigGrids } from '../support/big-workbook';

const AT = () => new Date('2026-11-26T09:00:00Z');

function callsByName(model: ExcelModel): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of model.syncs) for (const c of s.calls) m.set(c.name, (m.get(c.name) ?? 0) + 1);
  return m;
}

async function scored(n: number): Promise<ExcelModel> {
  const model = modelFromGrids(bigGrids(n));
  await scoreQuarter(model.host, {}, AT);
  return model;
}

describe('Scoring large workbooks in Excel (in-memory model)', function () {
  this.timeout(180000);

  it('makes about as many calls for 6,000 indicators as for 60', async () => {
    const small = await scored(60);
    const large = await scored(6000);
    const a = callsByName(small);
    const b = callsByName(large);
    // 100 times the indicators: the calls grow only by address lists cut at Excel's length limit
    // and by the read of the owned cells outside the read-ahead window.
    assert.ok(large.callCount < small.callCount * 1.5, `${small.callCount} calls for 60, ${large.callCount} for 6,000`);
    for (const name of ['Range.values', 'Range.numberFormat', 'Range.setCellProperties', 'WorksheetCollection.add', 'Range.format.columnWidth']) {
      assert.equal(b.get(name), a.get(name), name);
    }
    assert.ok(large.syncs.length <= 6, `${large.syncs.length} syncs`);
  });

  it('keeps every request within the 4 MB budget at 50,000 indicators, in a few dozen syncs', async () => {
    const model = await scored(50000);
    assert.ok(model.largestRequest <= PAYLOAD_BUDGET, `largest request ${model.largestRequest} bytes`);
    assert.ok(model.largestRequest < FIVE_MB);
    const failedWrites = model.syncs.filter((s) => s.wrote && s.error);
    assert.deepEqual(failedWrites, []);
    assert.ok(model.syncs.length <= 40, `${model.syncs.length} syncs`);
    assert.ok(model.syncs.filter((s) => s.wrote).length >= 2, 'the writes were cut into several requests');
    const summary = model.doc.sheet('Q3 Summary');
    assert.ok(summary, 'the summary sheet was written');
    assert.equal(summary.cell(6, 1)!.value, 50000, 'Total PIs');
  });
});
