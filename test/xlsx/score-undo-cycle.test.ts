/**
 * What scoring changes in an .xlsx file and what it leaves alone, scoring again, and undo — over the
 * whole example workbook, every sheet, every cell.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import { defaultState, prepareRun } from '../../src/core';
import { findSheet, readGrids } from '../../src/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { copyExample, folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, sheetStyles, sheetValues, snapshotWorkbook } from '../support/xlsx-snapshot';
import { cellAddress } from '../../src/core/a1';

async function read(file: string): Promise<ExcelJS.Workbook> {
  return readXlsx(fs.readFileSync(file));
}

function visibleNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name);
}

describe('Scoring an .xlsx file, scoring it again, and undoing it', () => {
  const folder = folderForTheseTests();
  const { at } = folder;
  let input: ExcelJS.Workbook;
  let out1: ExcelJS.Workbook;
  let owned: Set<string>;

  before(async () => {
    copyExample(folder.dir, 'input.xlsx');
    for (const [from, to] of [
      ['input.xlsx', 'out1.xlsx'],
      ['out1.xlsx', 'out2.xlsx'],
    ]) {
      const ran = await scorecard(['score', at(from), '-o', at(to)]);
      assert.equal(ran.code, 0, ran.stderr);
    }
    const ran = await scorecard(['undo', at('out1.xlsx'), '-o', at('undone.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    input = await read(at('input.xlsx'));
    out1 = await read(at('out1.xlsx'));
    const run = prepareRun(readGrids(input), defaultState());
    owned = new Set(run.ownedCells.map((c) => `${c.sheet}!${cellAddress(c.row, c.col)}`));
  });

  it('changes no cell it does not own: every sheet, every cell, the same value', () => {
    assert.ok(owned.size > 200);
    for (const sheet of input.worksheets) {
      const before = sheetValues(sheet);
      const after = sheetValues(findSheet(out1, sheet.name)!);
      for (const address of new Set([...before.keys(), ...after.keys()])) {
        if (owned.has(`${sheet.name}!${address}`)) continue;
        assert.deepEqual(after.get(address), before.get(address), `${sheet.name}!${address}`);
      }
    }
  });

  it('keeps the formats of the cells it does not own', () => {
    for (const sheet of input.worksheets) {
      const before = sheetStyles(sheet);
      const after = sheetStyles(findSheet(out1, sheet.name)!);
      for (const [address, style] of before) {
        if (owned.has(`${sheet.name}!${address}`)) continue;
        assert.equal(after.get(address), style, `${sheet.name}!${address}`);
      }
    }
  });

  it("keeps merged cells, column widths and frozen panes of the analyst's sheets", () => {
    for (const sheet of input.worksheets) {
      const after = findSheet(out1, sheet.name)!;
      assert.deepEqual(after.model.merges.sort(), sheet.model.merges.sort(), sheet.name);
      assert.deepEqual(
        after.columns.map((c) => c.width),
        sheet.columns.map((c) => c.width),
        sheet.name,
      );
      assert.deepEqual(after.views, sheet.views, sheet.name);
    }
  });

  it('changes nothing when scored a second time: out2 is out1 byte for byte', () => {
    assert.ok(fs.readFileSync(at('out2.xlsx')).equals(fs.readFileSync(at('out1.xlsx'))));
  });

  it('says so when scoring again changes nothing', async () => {
    const ran = await scorecard(['score', at('out1.xlsx'), '-o', at('out3.xlsx')]);
    assert.equal(ran.code, 0);
    assert.match(ran.stdout, /Nothing to change: .* already holds this scoring/);
  });

  it("undo gives back the input: the same sheets, every cell's value and format", async () => {
    const undone = await read(at('undone.xlsx'));
    assert.deepEqual(
      undone.worksheets.map((s) => s.name),
      input.worksheets.map((s) => s.name),
      'sheets scoring created are gone, the state sheet too',
    );
    assert.deepEqual(snapshotWorkbook(undone), snapshotWorkbook(input));
    for (const sheet of input.worksheets) {
      assert.deepEqual(
        sheetStyles(findSheet(undone, sheet.name)!),
        sheetStyles(sheet),
        `whole styles on ${sheet.name}`,
      );
    }
  });

  it('undo says what it did', async () => {
    const ran = await scorecard(['undo', at('out1.xlsx'), '-o', at('undone-again.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Undid the Q3 2020\/21 scoring: 240 cells put back/);
    assert.match(ran.stdout, /Removed the sheets it added: 'Q3 Summary', 'Q3 Highlights', 'Q3 Findings'/);
  });

  it('opens on a visible sheet after undo, even when the workbook was saved showing a sheet undo removes', async () => {
    const wb = await read(at('out1.xlsx'));
    const findings = wb.worksheets.findIndex((s) => s.name === 'Q3 Findings');
    wb.views = [{ ...wb.views[0], activeTab: findings }];
    fs.writeFileSync(at('showing-findings.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    assert.equal((await scorecard(['undo', at('showing-findings.xlsx'), '-o', at('undone-showing.xlsx')])).code, 0);
    const undone = await read(at('undone-showing.xlsx'));
    const active = undone.worksheets[undone.views[0].activeTab];
    assert.ok(active && active.state === 'visible', `active sheet ${active?.name}`);
  });

  it('regenerates the summaries in place after a change of tolerance, and undo brings the previous ones back', async () => {
    const ran = await scorecard(['score', at('out1.xlsx'), '--tolerance', '10', '-o', at('tol10.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    const tol10 = await read(at('tol10.xlsx'));
    assert.deepEqual(visibleNames(tol10), visibleNames(out1), 'the same sheets, in the same places');
    const summary = sheetValues(findSheet(tol10, 'Q3 Summary')!);
    assert.equal(summary.get('D6'), 'Within 10% of target');
    const hidden = tol10.worksheets.filter((s) => s.state === 'veryHidden').map((s) => s.name);
    assert.deepEqual(hidden, ['Scorecard_State'], 'no backup sheet: the summaries are regenerated in place');
    assert.deepEqual(
      tol10.worksheets.filter((s) => s.name.startsWith('Q3 ')).map((s) => s.id),
      out1.worksheets.filter((s) => s.name.startsWith('Q3 ')).map((s) => s.id),
      'the same sheets (sheetId)',
    );

    const undo = await scorecard(['undo', at('tol10.xlsx'), '-o', at('tol10-undone.xlsx')]);
    assert.equal(undo.code, 0, undo.stderr);
    assert.match(undo.stdout, /Brought back the sheets it replaced: 'Q3 Summary', 'Q3 Highlights', 'Q3 Findings'/);
    const back = await read(at('tol10-undone.xlsx'));
    const withoutState = (wb: ExcelJS.Workbook) => snapshotWorkbook(wb).filter((s) => s.name !== 'Scorecard_State');
    assert.deepEqual(withoutState(back), withoutState(out1));
  });
});
