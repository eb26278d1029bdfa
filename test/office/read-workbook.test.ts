/**
 * Reading a workbook whose contents pass Excel on the web's response cap: in bands of rows, cut finer
 * until each request's answer fits, giving the same grids as one read; a row too large for any request
 * is refused plainly.
 */
import { strict as assert } from 'assert';
import { abilitiesOf } from '../../src/office/host';
import { readExcelGrids } from '../../src/office/read-workbook';
import { plainMessage } from '../../src/office/problems';
import { reportGrids } from '../support/golden';
import { gridsOfDocument, modelFromGrids } from '../support/excel-model/build';
import { ExcelModel } from '../support/excel-model';

const valuesOf = (grids: { name: string; values: unknown[][] }[]) =>
  grids.map((g) => ({ name: g.name, values: g.values }));

describe('Reading a workbook too large for one response (in-memory model)', () => {
  it('reads in bands, cut finer until each answer fits, and gets the same grids', async () => {
    const doc = modelFromGrids(reportGrids()).doc;
    const model = new ExcelModel(doc, { responseLimit: 8000 });
    const book = await model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host)));
    assert.deepEqual(valuesOf(book.grids), valuesOf(gridsOfDocument(doc)));
    const bandReads = model.syncs.filter((s) => s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes'));
    assert.ok(
      bandReads.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded'),
      'a band request was refused, then cut finer',
    );
    assert.ok(bandReads.filter((s) => !s.error).length > 1, 'several band requests');
    assert.ok(model.largestResponse > 0);
  });

  it('says plainly when even one row is too large for Excel on the web', async () => {
    const model = modelFromGrids([{ name: 'Notes', values: [Array.from({ length: 10 }, () => 'x'.repeat(200))] }], {
      responseLimit: 1500,
    });
    await assert.rejects(
      model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host))),
      (e: unknown) => /too large for Excel on the web/.test(plainMessage(e)),
    );
  });
});
