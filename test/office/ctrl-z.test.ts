/**
 * Ctrl+Z (issue 9, item 6). Where the host has ExcelApi 1.20 a scoring runs as one undo group
 * (Excel.run({ mergeUndoGroup: true }, …)), so the analyst's own Ctrl+Z takes it back in one step. Excel
 * cannot group deleting a sheet, nor (Windows, Mac) renaming, hiding or moving one: it says
 * UndoNotSupported, and the run is made the ordinary way — today's behaviour, the add-in's own Undo as
 * before. Source: "Undo capabilities with the Excel JavaScript API" (Microsoft Learn).
 */
import { strict as assert } from 'assert';
import { abilitiesOf, runAsOneUndoStep, UndoGroupDeclined } from '../../src/office/host';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { ExcelModelError } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const A_FIGURE = { sheet: 'P1 Children & Young People', row: 4, col: 15 };

/** Three writes in three syncs, as a run of several requests makes them. */
async function threeSyncs(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItem('Notes');
  for (const address of ['A1', 'A2', 'A3']) {
    sheet.getRange(address).values = [['checked']];
    await context.sync();
  }
}

describe('Ctrl+Z after a scoring (in-memory model)', () => {
  it('the model knows the option: on ExcelApi 1.20 a grouped batch is one Ctrl+Z step, three steps without it', async () => {
    const model = modelFromGrids([{ name: 'Notes', values: [['x']] }], { apiVersion: '1.20' });
    await model.host.run(threeSyncs, { mergeUndoGroup: true });
    assert.equal(model.undoSteps, 1);
    await model.host.run(threeSyncs);
    assert.equal(model.undoSteps, 4);
  });

  it('the model knows the requirement set: below ExcelApi 1.20 the option is ignored', async () => {
    const model = modelFromGrids([{ name: 'Notes', values: [['x']] }], { apiVersion: '1.19' });
    await model.host.run(threeSyncs, { mergeUndoGroup: true });
    assert.equal(model.undoSteps, 3);
  });

  it('the model knows the error: renaming a sheet in a group on Windows is UndoNotSupported; on the web it groups', async () => {
    const rename = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('Notes').name = 'Old notes';
      await context.sync();
    };
    const desktop = modelFromGrids(
      [
        { name: 'Notes', values: [['x']] },
        { name: 'Other', values: [['y']] },
      ],
      { apiVersion: '1.20' },
    );
    await assert.rejects(
      desktop.host.run(rename, { mergeUndoGroup: true }),
      (e: ExcelModelError) => e.code === 'UndoNotSupported',
    );
    assert.ok(desktop.doc.sheet('Notes'), 'nothing renamed');
    const web = modelFromGrids(
      [
        { name: 'Notes', values: [['x']] },
        { name: 'Other', values: [['y']] },
      ],
      { apiVersion: '1.20', platform: 'web' },
    );
    await web.host.run(rename, { mergeUndoGroup: true });
    assert.ok(web.doc.sheet('Old notes'));
    assert.equal(web.undoSteps, 1);
  });

  it('a batch Excel refuses to group (UndoNotSupported) is run again the ordinary way, and does its work', async () => {
    const model = modelFromGrids(
      [
        { name: 'Notes', values: [['x']] },
        { name: 'Other', values: [['y']] },
      ],
      { apiVersion: '1.20' },
    );
    const attempts: boolean[] = [];
    await runAsOneUndoStep(model.host, abilitiesOf(model.host), async (context, grouped) => {
      attempts.push(grouped);
      context.workbook.worksheets.getItem('Notes').name = 'Old notes';
      await context.sync();
    });
    assert.deepEqual(attempts, [true, false]);
    assert.ok(model.doc.sheet('Old notes'));
  });

  it('a batch that declines the group before writing is run again the ordinary way; other errors are not retried', async () => {
    const model = modelFromGrids([{ name: 'Notes', values: [['x']] }], { apiVersion: '1.20' });
    const attempts: boolean[] = [];
    await runAsOneUndoStep(model.host, abilitiesOf(model.host), async (context, grouped) => {
      attempts.push(grouped);
      if (grouped) throw new UndoGroupDeclined('deletes sheets');
      await threeSyncs(context);
    });
    assert.deepEqual(attempts, [true, false]);
    let tries = 0;
    await assert.rejects(
      runAsOneUndoStep(model.host, abilitiesOf(model.host), async () => {
        tries++;
        throw new ExcelModelError('GeneralException', 'boom');
      }),
      /boom/,
    );
    assert.equal(tries, 1);
  });

  it('below ExcelApi 1.20 a scoring never asks for a group', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.19' });
    const asked: unknown[] = [];
    const host = {
      ...model.host,
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) => (
        asked.push(options),
        model.host.run(batch, options)
      ),
    };
    await scoreQuarter(host, {}, AT);
    assert.deepEqual(asked, [undefined]);
  });

  it("on ExcelApi 1.20 a scoring that must hide or rename sheets falls back to today's behaviour: the same workbook as on 1.19, and Undo still puts it back", async () => {
    const grouped = modelFromGrids(reportGrids(), { apiVersion: '1.20' });
    const plain = modelFromGrids(reportGrids(), { apiVersion: '1.19' });
    const before = snapOfDocument(grouped.doc);
    for (const model of [grouped, plain]) {
      await scoreQuarter(model.host, {}, AT); // creates and hides the state sheet
      model.doc.sheet(A_FIGURE.sheet)!.edit(A_FIGURE.row, A_FIGURE.col).value = 999;
      await scoreQuarter(model.host, {}, AT); // regenerates the summaries
    }
    assert.deepEqual(snapOfDocument(grouped.doc), snapOfDocument(plain.doc));
    const userSheets = (snap: ReturnType<typeof snapOfDocument>) => snap.filter((s) => s.name !== 'Scorecard_State');
    const fresh = modelFromGrids(reportGrids(), { apiVersion: '1.20' });
    await scoreQuarter(fresh.host, {}, AT);
    await undoLastScoring(fresh.host);
    assert.deepEqual(userSheets(snapOfDocument(fresh.doc)), userSheets(before));
  });

  it('on ExcelApi 1.20 a scoring that changes no sheet but its cells is ONE Ctrl+Z step', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.20' });
    await scoreQuarter(model.host, {}, AT);
    // Take the scoring's own sheets away as the analyst might (none to regenerate): the next run only
    // writes cells and adds sheets, which Excel can group.
    for (const name of ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings'])
      model.doc.sheets = model.doc.sheets.filter((s) => s.name !== name);
    model.doc.sheet(A_FIGURE.sheet)!.edit(A_FIGURE.row, A_FIGURE.col).value = 999;
    model.undoSteps = 0;
    const asked: unknown[] = [];
    const host = {
      ...model.host,
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) => (
        asked.push(options),
        model.host.run(batch, options)
      ),
    };
    const outcome = await scoreQuarter(host, {}, AT);
    assert.equal(outcome.changed, true);
    assert.deepEqual(asked, [{ mergeUndoGroup: true }], 'one grouped run, no fallback');
    assert.ok(model.doc.sheet('Q3 Summary'));
    assert.equal(model.undoSteps, 1);
  });
});
