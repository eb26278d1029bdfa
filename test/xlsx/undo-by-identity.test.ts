/**
 * Undo after the analyst has changed the workbook's layout (issue 8 item 1) and the summaries
 * regenerated in place (issue 9 item 2), through the command line's adapter on .xlsx files.
 */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { STATE_SHEET } from '../../src/core';
import { scoreInPlace, undoInPlace } from '../../src/xlsx';
import { scorePackage, undoPackage } from '../../src/xlsx/package/session';
import { xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import { editWorkbook, newIndicatorRow, unscoredReport, type AnalystEdit } from '../support/lifecycle';

const P1 = 'P1 Children & Young People';
const P2 = 'P2 Health & Care';
const META = { at: '2026-11-26T09:00:00.000Z' };

async function fresh(): Promise<ExcelJS.Workbook> {
  return readXlsx(await xlsxFromGrids(unscoredReport()));
}

/** Saved and opened again, as between two runs of the command. */
async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

const withoutState = (wb: ExcelJS.Workbook) => snapshotWorkbook(wb).filter((s) => s.name !== STATE_SHEET);

async function expectedAfter(edits: AnalystEdit[]) {
  const wb = await fresh();
  for (const e of edits) editWorkbook(wb, e);
  return withoutState(await reopen(wb));
}

async function scoreEditUndo(edits: AnalystEdit[]) {
  let wb = await fresh();
  scoreInPlace(wb, {}, META);
  wb = await reopen(wb);
  for (const e of edits) editWorkbook(wb, e);
  wb = await reopen(wb);
  const { outcome } = undoInPlace(wb);
  return { wb: await reopen(wb), outcome };
}

describe('Undo follows the owned cells by identity (.xlsx)', () => {
  it("after a row is inserted on a priority sheet, puts every indicator's cells back on its own row and leaves the new row alone", async () => {
    const insert: AnalystEdit = { kind: 'insert-row', sheet: P1, at: 7, values: newIndicatorRow() };
    const { wb, outcome } = await scoreEditUndo([insert]);
    assert.equal(
      outcome.patches.reduce((n, p) => n + p.cells.length, 0),
      240,
    );
    const p1 = wb.getWorksheet(P1)!;
    assert.equal(p1.getCell('T8').value, 'typed by hand');
    assert.equal(p1.getCell('B9').value, 'CYP-41');
    assert.equal(p1.getCell('T9').value, null);
    assert.deepEqual(withoutState(wb), await expectedAfter([insert]));
  });

  it('after a scored sheet is renamed, puts its cells back under its new name (the sheet is followed by its sheetId)', async () => {
    const rename: AnalystEdit = { kind: 'rename', sheet: P2, to: 'Health' };
    const { wb, outcome } = await scoreEditUndo([rename]);
    assert.equal(
      outcome.patches.reduce((n, p) => n + p.cells.length, 0),
      240,
    );
    assert.deepEqual(withoutState(wb), await expectedAfter([rename]));
  });

  it('after a column left of the owned ones is deleted, puts the cells back in the columns that moved left', async () => {
    const del: AnalystEdit = { kind: 'delete-column', sheet: P1, at: 4 };
    const { wb } = await scoreEditUndo([del]);
    assert.deepEqual(withoutState(wb), await expectedAfter([del]));
  });

  it('leaves an owned cell the analyst has changed since, and lists it', async () => {
    const edit: AnalystEdit = { kind: 'set', sheet: P1, row: 7, col: 19, value: 'see note' };
    const { wb, outcome } = await scoreEditUndo([edit]);
    assert.deepEqual(outcome.changedSince, [`${P1}!T8`]);
    assert.equal(wb.getWorksheet(P1)!.getCell('T8').value, 'see note');
  });

  it('refuses in one sentence and changes nothing when a scored table can no longer be matched', async () => {
    let wb = await fresh();
    scoreInPlace(wb, {}, META);
    wb = await reopen(wb);
    const p2 = wb.getWorksheet(P2)!;
    for (let c = 1; c <= 23; c++) {
      p2.getCell(3, c).value = null;
      p2.getCell(4, c).value = null;
    }
    const before = JSON.stringify(snapshotWorkbook(wb));
    assert.throws(
      () => undoInPlace(wb),
      /Undo cannot match the scored cells on 'P2 Health & Care'[^.]*, so nothing was changed\.$/,
    );
    assert.equal(JSON.stringify(snapshotWorkbook(wb)), before);
  });

  it('regenerates the summaries in the same sheets (same sheetId) and undo writes the previous ones back into them', async () => {
    let wb = await fresh();
    scoreInPlace(wb, {}, META);
    wb = await reopen(wb);
    const once = withoutState(wb);
    const ids = wb.worksheets.map((s) => `${s.id}:${s.name}`);
    // The analyst's dashboard formula refers to the summary.
    scoreInPlace(wb, { tolerancePct: 10 }, META);
    wb = await reopen(wb);
    assert.deepEqual(
      wb.worksheets.map((s) => `${s.id}:${s.name}`),
      ids,
      'no sheet added, renamed or deleted',
    );
    assert.equal(wb.getWorksheet('Q3 Summary')!.getCell('D6').value, 'Within 10% of target');
    undoInPlace(wb);
    wb = await reopen(wb);
    assert.deepEqual(withoutState(wb), once);
  });

  it('writes an indicator row merged across the owned columns on its top-left cell only, and a rescore with nothing changed writes nothing', async () => {
    const grids = unscoredReport().map((g) =>
      g.name === P1 ? { ...g, merges: [...(g.merges ?? []), { top: 7, left: 19, bottom: 7, right: 22 }] } : g,
    );
    let wb = await readXlsx(await xlsxFromGrids(grids));
    const before = withoutState(wb);
    scoreInPlace(wb, {}, META);
    wb = await reopen(wb);
    assert.equal(typeof wb.getWorksheet(P1)!.getCell('T8').value, 'number');
    const again = scoreInPlace(wb, {}, META);
    assert.equal(again.outcome.changed, false, 'nothing to change');
    undoInPlace(wb);
    wb = await reopen(wb);
    assert.deepEqual(withoutState(wb), before);
  });
});

describe("Undo follows the owned cells by identity on the package path (issue 10: the command line's default)", function () {
  this.timeout(60000);
  const NOW = new Date(META.at);

  /** Scored by the package path, edited by the analyst (the file saved again), undone by the package path. */
  async function scoreEditUndoPackage(edits: AnalystEdit[]) {
    const scored = scorePackage(await xlsxFromGrids(unscoredReport()), 'in.xlsx', {}, { ...META, now: NOW });
    const wb = await readXlsx(scored.bytes);
    for (const e of edits) editWorkbook(wb, e);
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const { outcome, bytes } = undoPackage(edited, 'edited.xlsx', NOW);
    return { wb: await readXlsx(bytes), outcome };
  }

  for (const [what, edit] of [
    ['a row inserted on a priority sheet', { kind: 'insert-row', sheet: P1, at: 7, values: newIndicatorRow() }],
    ['a scored sheet renamed', { kind: 'rename', sheet: P2, to: 'Health' }],
    ['a column left of the owned ones deleted', { kind: 'delete-column', sheet: P1, at: 4 }],
  ] as [string, AnalystEdit][]) {
    it(`after ${what}, puts every indicator's cells back where its indicator is now`, async () => {
      const { wb, outcome } = await scoreEditUndoPackage([edit]);
      assert.equal(
        outcome.patches.reduce((n, p) => n + p.cells.length, 0),
        240,
      );
      assert.deepEqual(withoutState(wb), await expectedAfter([edit]));
    });
  }

  it('leaves an owned cell the analyst has changed since, and lists it', async () => {
    const { wb, outcome } = await scoreEditUndoPackage([
      { kind: 'set', sheet: P1, row: 7, col: 19, value: 'see note' },
    ]);
    assert.deepEqual(outcome.changedSince, [`${P1}!T8`]);
    assert.equal(wb.getWorksheet(P1)!.getCell('T8').value, 'see note');
  });
});
