/**
 * What the task pane shows after an undo went back to an earlier scoring (fresh user 9's pane session:
 * score Q3, score Q2, Undo — or score Q3, edit a figure, Refresh, Undo): the workbook holds the Q3
 * summary sheets again, so the pane shows the Q3 scoring, its counts and Refresh — not an unscored
 * workbook. The state keeps one journal only, so Undo itself is then unavailable.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { viewWorkbook } from '../../src/office/pane-state';
import { modelFromGrids } from '../support/excel-model/build';
import { unscoredReport } from '../support/lifecycle';

const AT = () => new Date('2026-11-26T09:00:00Z');

describe('The pane after an undo back to an earlier scoring (in-memory Excel model)', () => {
  it('score Q3, score Q2, Undo: shows the Q3 scoring (quarter, counts), Refresh available, Undo not', async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, { quarter: 3 }, AT);
    const q3 = await viewWorkbook(model.host);
    await scoreQuarter(model.host, { quarter: 2 }, AT);
    await undoLastScoring(model.host);
    const view = await viewWorkbook(model.host);
    assert.deepEqual(view.lastScoring, { at: null, by: null, quarter: 'Q3 2020/21', undoable: false });
    assert.equal(view.result?.quarter, 'Q3 2020/21');
    assert.deepEqual(view.result?.executiveSummary, q3.result?.executiveSummary, "the Q3 scoring's counts");
  });

  it('score Q3 (the latest), Undo: the workbook is unscored again', async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, {}, AT);
    assert.equal((await viewWorkbook(model.host)).lastScoring?.undoable, true);
    await undoLastScoring(model.host);
    const view = await viewWorkbook(model.host);
    assert.equal(view.lastScoring, null);
    assert.equal(view.result, null);
  });
});
