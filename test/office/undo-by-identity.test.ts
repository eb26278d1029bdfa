/**
 * Undo after the analyst has changed the workbook's layout (issue 8 item 1), references to the summary
 * sheets (issue 9 item 2) and a failure part-way through a run (issue 9 item 5), through the add-in on
 * the in-memory Excel model.
 */
import { strict as assert } from 'assert';
import { STATE_SHEET } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { putBackHalfDoneRun } from '../../src/office/recovery';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel } from '../support/excel-model';
import { editModel, newIndicatorRow, stateV1, unscoredReport, type AnalystEdit } from '../support/lifecycle';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';
const P2 = 'P2 Health & Care';
const withoutState = (model: ExcelModel) => snapOfDocument(model.doc).filter((s) => s.name !== STATE_SHEET);

/** The workbook as the analyst would have it had the product never scored it: the same edits on a fresh copy. */
function expectedAfter(edits: AnalystEdit[]) {
  const fresh = modelFromGrids(unscoredReport());
  for (const e of edits) editModel(fresh.doc, e);
  return withoutState(fresh);
}

async function scoreEditUndo(edits: AnalystEdit[]) {
  const model = modelFromGrids(unscoredReport());
  await scoreQuarter(model.host, {}, AT);
  for (const e of edits) editModel(model.doc, e);
  const undone = await undoLastScoring(model.host);
  return { model, undone };
}

describe('Undo follows the owned cells by identity (in-memory Excel model)', () => {
  it("after a row is inserted on a priority sheet, puts every indicator's cells back on its own row and leaves the new row alone", async () => {
    const insert: AnalystEdit = { kind: 'insert-row', sheet: P1, at: 7, values: newIndicatorRow() };
    const { model, undone } = await scoreEditUndo([insert]);
    assert.equal(undone.cells, 240, '240 cells put back');
    const p1 = model.doc.sheet(P1)!;
    assert.equal(p1.cell(7, 19)!.value, 'typed by hand', 'the new row keeps what the analyst typed');
    assert.equal(p1.cell(7, 20)!.value, '↔');
    assert.equal(p1.cell(8, 1)!.value, 'CYP-41');
    assert.equal(p1.cell(8, 19)?.value ?? null, null, 'CYP-41, now on row 9, has its empty variance back');
    assert.deepEqual(withoutState(model), expectedAfter([insert]));
  });

  it('after a scored sheet is renamed, puts its cells back under its new name (the sheet is followed by its id)', async () => {
    const rename: AnalystEdit = { kind: 'rename', sheet: P2, to: 'Health' };
    const { model, undone } = await scoreEditUndo([rename]);
    assert.equal(undone.cells, 240);
    assert.deepEqual(withoutState(model), expectedAfter([rename]));
    const state = model.doc.sheet(STATE_SHEET);
    assert.ok(state, 'the state sheet stays');
  });

  it('after a column left of the owned ones is deleted, puts the cells back in the columns that moved left', async () => {
    const del: AnalystEdit = { kind: 'delete-column', sheet: P1, at: 4 };
    const { model, undone } = await scoreEditUndo([del]);
    assert.equal(undone.cells, 240);
    assert.deepEqual(withoutState(model), expectedAfter([del]));
  });

  it("after a row is deleted, puts back the other indicators' cells and says how many had gone", async () => {
    const del: AnalystEdit = { kind: 'delete-row', sheet: P1, at: 6 };
    const { model, undone } = await scoreEditUndo([del]);
    assert.equal(undone.cells, 236, "CYP-40's four cells went with its row");
    assert.deepEqual(withoutState(model), expectedAfter([del]));
  });

  it('leaves an owned cell the analyst has changed since, and lists it', async () => {
    const edit: AnalystEdit = { kind: 'set', sheet: P1, row: 7, col: 19, value: 'see note' };
    const { model, undone } = await scoreEditUndo([edit]);
    assert.deepEqual(undone.changedSince, [`${P1}!T8`]);
    assert.equal(model.doc.sheet(P1)!.cell(7, 19)!.value, 'see note');
    assert.equal(undone.cells, 239);
  });

  it('refuses in one sentence and changes nothing when a scored table can no longer be matched', async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, {}, AT);
    // The analyst replaced P2's header row: its indicators can no longer be read as a table.
    const p2 = model.doc.sheet(P2)!;
    for (let c = 0; c < 23; c++) p2.edit(2, c).value = null;
    for (let c = 0; c < 23; c++) p2.edit(3, c).value = null;
    const before = JSON.stringify(snapOfDocument(model.doc));
    await assert.rejects(
      undoLastScoring(model.host),
      /Undo cannot match the scored cells on 'P2 Health & Care'[^.]*, so nothing was changed\.$/,
    );
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
  });

  it('rescoring after a row is inserted follows the indicators too: undo then gives back the workbook before that rescoring', async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, {}, AT);
    const insert: AnalystEdit = { kind: 'insert-row', sheet: P1, at: 7, values: newIndicatorRow() };
    editModel(model.doc, insert);
    const beforeRescore = withoutState(model);
    await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    await undoLastScoring(model.host);
    assert.deepEqual(withoutState(model), beforeRescore);
  });
});

describe('A refresh under a protected workbook structure (in-memory Excel model)', () => {
  it('works: the summaries are regenerated in place, no sheet is added, renamed or deleted', async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, {}, AT);
    model.doc.structureProtected = true;
    model.clearLog();
    const again = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    assert.equal(again.changed, true);
    assert.equal(
      model.syncs.some((s) => s.error),
      false,
      'no request failed',
    );
    assert.equal(model.doc.sheet('Q3 Summary')!.cell(5, 3)!.value, 'Within 10% of target');
  });
});

describe('An indicator row merged across the owned columns (in-memory Excel model)', () => {
  const merged = () =>
    unscoredReport().map((g) =>
      g.name === P1 ? { ...g, merges: [...(g.merges ?? []), { top: 7, left: 19, bottom: 7, right: 22 }] } : g,
    );

  it("is written on the merged area's top-left cell only, and a rescore with nothing changed writes nothing", async () => {
    const model = modelFromGrids(merged());
    const before = withoutState(model);
    await scoreQuarter(model.host, {}, AT);
    const p1 = model.doc.sheet(P1)!;
    assert.equal(typeof p1.cell(7, 19)!.value, 'number', 'the variance on T8, the top-left');
    assert.equal(p1.cell(7, 20)?.value ?? null, null, 'nothing written under the merge');
    model.clearLog();
    const again = await scoreQuarter(model.host, {}, AT);
    assert.equal(again.changed, false);
    assert.equal(
      model.syncs.some((s) => s.wrote),
      false,
    );
    await undoLastScoring(model.host);
    assert.deepEqual(withoutState(model), before);
  });
});

describe("The summaries regenerated in place keep the analyst's references to them (in-memory Excel model)", () => {
  it("a dashboard formula on the analyst's sheet shows the new count after Refresh and the old count after Undo", async () => {
    const model = modelFromGrids(unscoredReport());
    await scoreQuarter(model.host, {}, AT);
    const summary = model.doc.sheet('Q3 Summary')!;
    const dashboard = model.doc.add('Dashboard');
    dashboard.edit(0, 0).formula = "='Q3 Summary'!D7";
    const shown = () => model.doc.shown(dashboard, dashboard.cell(0, 0)!);
    const at5 = shown();
    assert.equal(typeof at5, 'number');
    assert.equal(at5, summary.cell(6, 3)!.value);
    await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    const at10 = shown();
    assert.notEqual(at10, at5, 'Refresh: the count within 10% differs from the count within 5%');
    assert.equal(dashboard.cell(0, 0)!.formula, "='Q3 Summary'!D7", 'the formula still refers to the summary');
    await undoLastScoring(model.host);
    assert.equal(shown(), at5, 'Undo: the old count');
    assert.equal(dashboard.cell(0, 0)!.formula, "='Q3 Summary'!D7");
  });

  it('the model moves a formula with a renamed sheet and gives #REF! for a deleted one, as Excel does', () => {
    const model = modelFromGrids(unscoredReport());
    const target = model.doc.add('Q3 Summary');
    target.edit(4, 2).value = 42;
    const dash = model.doc.add('Dashboard');
    dash.edit(0, 0).formula = "='Q3 Summary'!C5";
    assert.equal(model.doc.shown(dash, dash.cell(0, 0)!), 42);
    model.doc.rename(target, '~1 Q3 Summary');
    assert.equal(dash.cell(0, 0)!.formula, "='~1 Q3 Summary'!C5");
    model.doc.remove(target);
    assert.equal(dash.cell(0, 0)!.formula, '=#REF!C5');
    assert.equal(model.doc.shown(dash, dash.cell(0, 0)!), '#REF!');
  });
});

describe('A failure part-way through a run (write-ahead journal, in-memory Excel model)', function () {
  this.timeout(120000);

  // A small write budget: the refresh takes many syncs, as a large workbook's does.
  const SMALL = { writeBudget: 16000 };

  async function setUp() {
    const model = modelFromGrids(unscoredReport(), SMALL);
    await scoreQuarter(model.host, {}, AT);
    // The analyst's edit, then a refresh that will fail: it rewrites cells, formats and the summaries.
    model.doc.sheet(P1)!.edit(5, 15).value = 120;
    return model;
  }

  it('counts the syncs of a refresh', async () => {
    const model = await setUp();
    model.clearLog();
    await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    assert.ok(model.syncs.length >= 6, `${model.syncs.length} syncs`);
  });

  it('a failure at any sync of a refresh leaves a workbook that Undo restores exactly', async () => {
    const probe = await setUp();
    probe.clearLog();
    await scoreQuarter(probe.host, { tolerancePct: 10 }, AT);
    const total = probe.syncs.length;
    for (let k = 1; k <= total; k++) {
      const model = await setUp();
      const before = JSON.stringify(withoutState(model));
      model.failAt(k);
      const failed = await scoreQuarter(model.host, { tolerancePct: 10 }, AT).then(
        () => false,
        () => true,
      );
      model.failAt(null);
      // The failure came before anything was written, or at a read the adapter tried again.
      if (!failed || JSON.stringify(withoutState(model)) === before) continue;
      const undone = await undoLastScoring(model.host);
      assert.equal(undone.unfinished, true, `sync ${k} of ${total}: undo finds the half-done run`);
      assert.equal(
        JSON.stringify(withoutState(model)),
        before,
        `a failure at sync ${k} of ${total} leaves a workbook that Undo restores exactly`,
      );
    }
  });

  it('a failure at any sync of a first scoring: the next run from the task pane puts the half-done one back, then scores', async () => {
    const probe = modelFromGrids(unscoredReport(), SMALL);
    await scoreQuarter(probe.host, {}, AT);
    const total = probe.syncs.length;
    const clean = modelFromGrids(unscoredReport(), SMALL);
    await scoreQuarter(clean.host, {}, AT);
    const expected = JSON.stringify(withoutState(clean));
    for (let k = 1; k <= total; k++) {
      const model = modelFromGrids(unscoredReport(), SMALL);
      model.failAt(k);
      await scoreQuarter(model.host, {}, AT).catch(() => undefined);
      model.failAt(null);
      await scoreQuarter(model.host, {}, AT, putBackHalfDoneRun);
      assert.equal(
        JSON.stringify(withoutState(model)),
        expected,
        `after a failure at sync ${k} of ${total}, the next run scores as if nothing had happened`,
      );
    }
  });
});

describe('A ribbon command meeting a half-done run (in-memory Excel model)', () => {
  it('refuses in one sentence and changes nothing; Undo from the task pane then puts the workbook back', async () => {
    const before = JSON.stringify(withoutState(modelFromGrids(unscoredReport())));
    let model = modelFromGrids(unscoredReport(), { writeBudget: 16000 });
    // The first sync whose failure leaves the run half done.
    let failed = false;
    for (let k = 1; !failed || JSON.stringify(withoutState(model)) === before; k++) {
      model = modelFromGrids(unscoredReport(), { writeBudget: 16000 });
      model.failAt(k);
      failed = await scoreQuarter(model.host, {}, AT).then(
        () => false,
        () => true,
      );
      model.failAt(null);
    }
    const half = JSON.stringify(snapOfDocument(model.doc));
    assert.notEqual(JSON.stringify(withoutState(model)), before, 'the failed run had written part of its changes');
    await assert.rejects(
      scoreQuarter(model.host, {}, AT),
      /: The last scoring of this workbook stopped part-way, so nothing was scored: open the task pane and choose Undo last scoring \(or score there\) to put the workbook back first\.$/,
    );
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), half, 'nothing changed');
    await undoLastScoring(model.host);
    assert.equal(JSON.stringify(withoutState(model)), before);
  });
});

describe('A workbook scored by the previous version (state /1), in the add-in (in-memory Excel model)', () => {
  it('still undoes: cells by their addresses, the very hidden backup renamed back and shown', async () => {
    const model = modelFromGrids(unscoredReport());
    const p1 = model.doc.sheet(P1)!;
    p1.edit(4, 19).value = 0.0528;
    p1.edit(4, 20).value = '↓';
    p1.edit(5, 19).value = 0.0016;
    model.doc.add('Q3 Summary').edit(0, 0).value = 'new summary';
    const backup = model.doc.add('~1 Q3 Summary');
    backup.edit(0, 0).value = 'old summary';
    backup.visibility = 'VeryHidden';
    const state = model.doc.add(STATE_SHEET);
    stateV1().forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '') state.edit(r, c).value = v;
      }),
    );
    state.visibility = 'VeryHidden';
    const undone = await undoLastScoring(model.host);
    assert.deepEqual(undone.sheetsRestored, ['Q3 Summary']);
    assert.deepEqual(undone.sheetsRemoved, [], 'the summary put back is not also reported as removed (summariseUndo)');
    assert.equal(p1.cell(4, 19)?.value ?? null, null);
    assert.equal(p1.cell(4, 20)!.value, 'typed');
    assert.equal(p1.cell(5, 19)!.formula, '=A1/4');
    assert.equal(model.doc.sheet('Q3 Summary')!.cell(0, 0)!.value, 'old summary');
    assert.equal(model.doc.sheet('Q3 Summary')!.visibility, 'Visible');
    assert.equal(
      model.doc.sheets.some((s) => s.name.startsWith('~')),
      false,
    );
  });
});
