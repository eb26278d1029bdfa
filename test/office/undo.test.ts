/** Undo through the Office.js adapter puts back every owned cell's value and format and the sheets. */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';

const AT = () => new Date('2026-11-26T09:00:00Z');
const userSheets = (snap: ReturnType<typeof snapOfDocument>) => snap.filter((s) => s.name !== 'Scorecard_State');

describe('Undo last scoring in Excel (in-memory model)', () => {
  it('restores the exact values and formats and removes the generated sheets', async () => {
    const model = modelFromGrids(reportGrids());
    const p1 = model.doc.sheet('P1 Children & Young People')!;
    // The analyst's own formats and a formula in owned cells must come back exactly.
    Object.assign(p1.edit(4, 19), { fill: 'D9D9D9', fontColor: '7030A0', numberFormat: '0.0%' });
    Object.assign(p1.edit(5, 20), { formula: '=1+1', value: 2 });
    const before = snapOfDocument(model.doc);
    await scoreQuarter(model.host, {}, AT);
    assert.notDeepEqual(userSheets(snapOfDocument(model.doc)), userSheets(before));
    model.clearLog();
    const undone = await undoLastScoring(model.host);
    assert.equal(undone.quarter, 'Q3 2020/21');
    assert.deepEqual(undone.sheetsRemoved, ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings']);
    assert.deepEqual(userSheets(snapOfDocument(model.doc)), userSheets(before));
    assert.ok(model.syncs.length <= 3, `${model.syncs.length} syncs`);
  });

  it('brings the previous summaries back under their names, in their places, after a re-scoring', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    const once = snapOfDocument(model.doc).filter((s) => s.visibility !== 'veryHidden');
    await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    await undoLastScoring(model.host);
    assert.deepEqual(
      snapOfDocument(model.doc).filter((s) => s.visibility !== 'veryHidden'),
      once,
    );
    assert.equal(
      model.doc.sheets.some((s) => s.name.startsWith('~')),
      false,
      'no backup left behind',
    );
  });

  it('puts the cells back under a protected workbook structure when no sheet need change (the state sheet is already very hidden)', async () => {
    const model = modelFromGrids(reportGrids());
    const before = snapOfDocument(model.doc);
    await scoreQuarter(model.host, {}, AT);
    // The analyst deleted the summary sheets, then protected the structure.
    model.doc.sheets = model.doc.sheets.filter((s) => !s.name.startsWith('Q3 '));
    model.doc.structureProtected = true;
    model.clearLog();
    await undoLastScoring(model.host);
    assert.equal(
      model.syncs.some((s) => s.error),
      false,
      'no request failed',
    );
    assert.deepEqual(userSheets(snapOfDocument(model.doc)), userSheets(before));
  });

  it('says plainly when there is nothing to undo, and changes nothing', async () => {
    const model = modelFromGrids(reportGrids());
    const before = JSON.stringify(snapOfDocument(model.doc));
    await assert.rejects(undoLastScoring(model.host), /no scoring to undo/);
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
  });
});
