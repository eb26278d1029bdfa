/**
 * One workbook, two front ends (docs/architecture.md): scored by the add-in then by the command line (and the other
 * way round) it gives the same cells, and undo by either one undoes a scoring by the other.
 * The add-in runs on the in-memory Excel model; the file goes between them as .xlsx.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { STATE_SHEET, decodeState } from '../../src/core';
import { gridOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { fontOf } from '../support/expected-cells';
import { folderForEachTest } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import type { CellSnap, WorkbookSnap } from '../support/workbook-snapshot';

const AT = new Date('2026-11-26T09:00:00Z');

/** Every visible sheet's cells as "value | number format | fill | font colour | bold", by sheet and address. */
function picture(snap: WorkbookSnap): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const sheet of snap) {
    if (sheet.visibility !== 'visible') continue;
    const cells: Record<string, string> = {};
    for (const [address, c] of Object.entries(sheet.cells)) {
      const line = cellLine(c);
      if (line !== cellLine({ value: null })) cells[address] = line;
    }
    out[sheet.name] = cells;
  }
  return out;
}

function cellLine(c: CellSnap): string {
  const value = typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value;
  return JSON.stringify([
    value,
    c.formula ?? null,
    c.numberFormat ?? 'General',
    c.fill ?? null,
    fontOf(c.fontColor ?? null),
    c.bold ?? false,
  ]);
}

async function fileSnap(file: string): Promise<WorkbookSnap> {
  return snapshotWorkbook(await readXlsx(fs.readFileSync(file)));
}

describe('The add-in and the command line on one workbook', function () {
  this.timeout(120000);
  const tmp = folderForEachTest({ example: true });

  it('scored by the add-in, then by the command line: the command line finds nothing to change', async () => {
    const model = await modelFromXlsx(tmp.example);
    const byAddIn = await scoreQuarter(model.host, {}, () => AT);
    assert.equal(byAddIn.changed, true);
    const afterAddIn = tmp.at('add-in.xlsx');
    fs.writeFileSync(afterAddIn, await xlsxFromModel(model));
    const byCli = await scoreFile({
      input: afterAddIn,
      output: tmp.at('then-cli.xlsx'),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    assert.equal(byCli.changed, false);
    assert.deepEqual(byCli.result.executiveSummary, byAddIn.result.executiveSummary);
  });

  it('scored by the command line, then by the add-in: the add-in finds nothing to change', async () => {
    const scored = tmp.at('cli.xlsx');
    const byCli = await scoreFile({ input: tmp.example, output: scored, outputNamed: true, overrides: {}, at: AT });
    const model = await modelFromXlsx(scored);
    const writesBefore = model.syncs.length;
    const byAddIn = await scoreQuarter(model.host, {}, () => AT);
    assert.equal(byAddIn.changed, false);
    assert.ok(model.syncs.length - writesBefore <= 2, 'it only reads');
    assert.deepEqual(byAddIn.result.findings, byCli.result.findings, 'the same findings, typed ↑ on CS-01 included');
  });

  it('gives the same cells from either front end', async () => {
    const scored = tmp.at('cli.xlsx');
    await scoreFile({ input: tmp.example, output: scored, outputNamed: true, overrides: {}, at: AT });
    const model = await modelFromXlsx(tmp.example);
    await scoreQuarter(model.host, {}, () => AT);
    const cli = picture(await fileSnap(scored));
    const addIn = picture(snapOfDocument(model.doc));
    assert.deepEqual(Object.keys(addIn), Object.keys(cli), 'the same visible sheets, in the same order');
    for (const sheet of Object.keys(cli)) assert.deepEqual(addIn[sheet], cli[sheet], sheet);
  });

  it("the command line undoes the add-in's scoring, back to the workbook as it was", async () => {
    const before = picture(await fileSnap(tmp.example));
    const model = await modelFromXlsx(tmp.example);
    await scoreQuarter(model.host, {}, () => AT);
    const afterAddIn = tmp.at('add-in.xlsx');
    fs.writeFileSync(afterAddIn, await xlsxFromModel(model));
    const undone = tmp.at('undone.xlsx');
    const u = await undoFile({ input: afterAddIn, output: undone, outputNamed: true, at: AT });
    assert.equal(u.quarter, 'Q3 2020/21');
    const after = await fileSnap(undone);
    assert.deepEqual(picture(after), before);
    assert.ok(!after.some((s) => s.name === 'Q3 Summary'));
  });

  it('an add-in run that failed part-way, handed to the command line: scoring puts it back first and scores as from the start; undo puts the workbook back', async () => {
    const before = picture(await fileSnap(tmp.example));
    const clean = tmp.at('clean.xlsx');
    await scoreFile({
      input: tmp.example,
      output: clean,
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    // The first sync whose failure leaves the add-in's run half done (write-ahead journal "pending").
    let half: Buffer | null = null;
    for (let k = 1; !half; k++) {
      const model = await modelFromXlsx(tmp.example, { writeBudget: 16000 });
      model.failAt(k);
      const failed = await scoreQuarter(model.host, {}, () => AT).then(
        () => false,
        () => true,
      );
      model.failAt(null);
      if (failed && JSON.stringify(picture(snapOfDocument(model.doc))) !== JSON.stringify(before))
        half = await xlsxFromModel(model);
      assert.ok(k < 200, 'a failure leaves a half-done run');
    }
    const halfFile = tmp.at('half.xlsx');
    fs.writeFileSync(halfFile, half);
    const pkg = readPackage(half, halfFile);
    const stateSheet = pkg.sheets.find((s) => s.name === STATE_SHEET)!;
    const stateGrid = gridOf(
      stateSheet,
      readSheet(entryText(pkg.byName.get(stateSheet.part)!), pkg.sharedStrings, false),
      pkg.styles,
      false,
    );
    assert.equal(decodeState(stateGrid.values).journal?.complete, false, 'the file holds a run marked unfinished');
    const scored = tmp.at('half-scored.xlsx');
    const done = await scoreFile({
      input: halfFile,
      output: scored,
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    assert.equal(done.changed, true);
    assert.deepEqual(
      picture(await fileSnap(scored)),
      picture(await fileSnap(clean)),
      'the same cells as a scoring of the workbook that never met the failure',
    );
    const undone = tmp.at('half-undone.xlsx');
    const u = await undoFile({ input: halfFile, output: undone, outputNamed: true, at: AT });
    assert.equal(u.quarter, 'Q3 2020/21');
    assert.deepEqual(
      picture(await fileSnap(undone)),
      before,
      'undo of the half-done run gives back the workbook as it was',
    );
  });

  it("the add-in undoes the command line's scoring, back to the workbook as it was", async () => {
    const original = await modelFromXlsx(tmp.example);
    const before = picture(snapOfDocument(original.doc));
    const scored = tmp.at('cli.xlsx');
    await scoreFile({ input: tmp.example, output: scored, outputNamed: true, overrides: {}, at: AT });
    const model = await modelFromXlsx(scored);
    const u = await undoLastScoring(model.host);
    assert.equal(u.quarter, 'Q3 2020/21');
    assert.deepEqual(picture(snapOfDocument(model.doc)), before);
    assert.deepEqual(
      model.doc.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name),
      original.doc.sheets.map((s) => s.name),
    );
    assert.ok(model.doc.sheets.every((s) => s.name !== STATE_SHEET || s.visibility === 'VeryHidden'));
  });
});
