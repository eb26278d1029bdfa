/**
 * The example workbook file (examples/st-helens-2020-21.xlsx) loaded into the in-memory Excel model and
 * scored through the Office.js adapter: expected-q3.json's counts, the plan's cells; and the model
 * written back to .xlsx and read again keeps what the add-in wrote (for add-in ↔ command line trips).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scoreQuarter } from '../../src/office/scoring';
import { expectedQ3 } from '../support/golden';
import { gridsOfDocument } from '../support/excel-model/build';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { differences, expectedWorkbook } from '../support/expected-cells';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'st-helens-2020-21.xlsx');
const AT = () => new Date('2026-11-26T09:00:00Z');

describe('The example .xlsx through the add-in (in-memory model)', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(EXAMPLE)) this.skip();
  });

  it("scores expected-q3.json's counts and writes the plan's cells", async () => {
    const model = await modelFromXlsx(EXAMPLE);
    const grids = gridsOfDocument(model.doc);
    const { result } = await scoreQuarter(model.host, {}, AT);
    assert.equal(result.quarter, expectedQ3.quarter);
    const ex = result.executiveSummary as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(expectedQ3.executiveSummary)) assert.equal(ex[k], v, k);
    assert.deepEqual(differences(expectedWorkbook(grids), snapOfDocument(model.doc)), []);
    assert.equal(
      result.priorities[0].priorityName,
      'Ensure Children and Young People have a positive start in life',
      'named by the merged title row',
    );
    assert.ok(model.syncs.length <= 3, `${model.syncs.length} syncs`);
  });

  it('survives being written to .xlsx and read back: the same cells, formats, merges and sheets', async () => {
    const model = await modelFromXlsx(EXAMPLE);
    await scoreQuarter(model.host, {}, AT);
    const again = await modelFromXlsx(await xlsxFromModel(model));
    assert.deepEqual(snapOfDocument(again.doc), snapOfDocument(model.doc));
    const rescored = await scoreQuarter(again.host, {}, AT);
    assert.equal(rescored.changed, false, 'the state sheet travels with the file: scoring again changes nothing');
  });
});
