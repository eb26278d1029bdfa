/**
 * "Missed (target 0)" in the analyst's own narrow % Variance column was cut off ("Missed (targ", which a
 * board member reads as another word). The cell is the product's, the column's width the analyst's: the
 * cell shrinks its words to fit (its alignment's shrink to fit), the width stays, and undo puts back the
 * cell's own alignment exactly. Both front ends, and each undoing the other's scoring. The fire and rescue
 * workbook (test/fixtures/key-before-sectors/fire.xlsx) has two rows with a target of 0, Prevention's
 * FRS08 and FRS09: their % Variance cells are R9 and R10.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { STATE_SHEET } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { modelFromGrids } from '../support/excel-model/build';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { WorkbookSnap } from '../support/workbook-snapshot';
import { scorecard } from '../support/xlsx-cli';
import { folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';

const UNSCORED = path.join(__dirname, '..', 'fixtures', 'key-before-sectors', 'fire.xlsx');
const AT = () => new Date('2026-11-28T09:00:00Z');
const SHEET = 'Prevention';
const VARIANCE_COL = 17;

function besideState(snap: WorkbookSnap): WorkbookSnap {
  return snap.filter((s) => s.name !== STATE_SHEET);
}

async function fileSnap(file: string | Buffer): Promise<WorkbookSnap> {
  return besideState(snapshotWorkbook(await readXlsx(typeof file === 'string' ? fs.readFileSync(file) : file)));
}

/** Each shrink-to-fit cell of the % Variance column, by A1 address, with what it shows. */
function shrunk(snap: WorkbookSnap): Record<string, unknown> {
  const cells = snap.find((s) => s.name === SHEET)!.cells;
  return Object.fromEntries(
    Object.entries(cells)
      .filter(([, c]) => c.shrinkToFit)
      .map(([a, c]) => [a, c.value]),
  );
}

describe('A target of 0 in a narrow % Variance column: its words shrink to fit', function () {
  this.timeout(180000);
  const folder = folderForTheseTests();
  const { at } = folder;

  describe('the in-memory Excel model knows RangeFormat.shrinkToFit', () => {
    it('sets it on 1.9, reads it with getCellProperties, and refuses it below 1.9', async () => {
      const grids = [{ name: 'Data', values: [['Missed (target 0)']] }];
      const model = modelFromGrids(grids);
      await model.host.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1');
        range.format.shrinkToFit = true;
        await context.sync();
        const props = range.getCellProperties({ format: { shrinkToFit: true } });
        await context.sync();
        assert.equal(props.value[0][0].format?.shrinkToFit, true);
      });
      assert.equal(model.doc.sheet('Data')!.cell(0, 0)!.shrinkToFit, true);
      const old = modelFromGrids(grids, { apiVersion: '1.8' });
      await assert.rejects(
        old.host.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1').format.shrinkToFit = true;
          await context.sync();
        }),
        /ApiNotFound|could not be found/,
      );
    });
  });

  describe('the add-in', () => {
    it('shrinks the two words cells only, keeps the column width, and undo gives back each cell’s own alignment', async () => {
      const model = await modelFromXlsx(UNSCORED);
      const prevention = model.doc.sheet(SHEET)!;
      prevention.columnWidths.set(VARIANCE_COL, 45); // a narrow column: about 8 characters
      prevention.edit(9, VARIANCE_COL).shrinkToFit = true; // the analyst's own, on R10
      const before = besideState(snapOfDocument(model.doc));
      await scoreQuarter(model.host, {}, AT);
      assert.deepEqual(shrunk(besideState(snapOfDocument(model.doc))), {
        R9: 'Missed (target 0)',
        R10: 'Missed (target 0)',
      });
      assert.equal(prevention.columnWidths.get(VARIANCE_COL), 45, "the analyst's column width");
      const again = await scoreQuarter(model.host, {}, AT);
      assert.equal(again.changed, false, 'scoring again changes nothing');
      await undoLastScoring(model.host);
      assert.deepEqual(besideState(snapOfDocument(model.doc)), before);
      assert.equal(prevention.cell(8, VARIANCE_COL)?.shrinkToFit, undefined, 'R9 as it was: off');
      assert.equal(prevention.cell(9, VARIANCE_COL)?.shrinkToFit, true, 'R10 as it was: on');
    });

    it('on a host below ExcelApi 1.9 writes the words as before, without shrink to fit, and fails nothing', async () => {
      const model = await modelFromXlsx(UNSCORED, { apiVersion: '1.8' });
      const before = besideState(snapOfDocument(model.doc));
      await scoreQuarter(model.host, {}, AT);
      assert.deepEqual(shrunk(besideState(snapOfDocument(model.doc))), {});
      assert.equal(model.doc.sheet(SHEET)!.cell(8, VARIANCE_COL)!.value, 'Missed (target 0)');
      assert.ok(!model.syncs.some((s) => s.error));
      await undoLastScoring(model.host);
      assert.deepEqual(besideState(snapOfDocument(model.doc)), before);
    });
  });

  describe('the command line', () => {
    it('shrinks the same two cells, and its undo gives back the workbook', async () => {
      let ran = await scorecard(['score', UNSCORED, '-o', at('scored.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.deepEqual(shrunk(await fileSnap(at('scored.xlsx'))), {
        R9: 'Missed (target 0)',
        R10: 'Missed (target 0)',
      });
      const width = async (file: string) =>
        (await readXlsx(fs.readFileSync(file))).getWorksheet(SHEET)!.getColumn(VARIANCE_COL + 1).width;
      assert.equal(await width(at('scored.xlsx')), await width(UNSCORED), "the analyst's column width");
      ran = await scorecard(['undo', at('scored.xlsx'), '-o', at('undone.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.deepEqual(await fileSnap(at('undone.xlsx')), await fileSnap(UNSCORED));
    });

    it('the add-in undoes the command line’s scoring, alignment included (from the journal)', async () => {
      const model = await modelFromXlsx(at('scored.xlsx'));
      await undoLastScoring(model.host);
      const unscored = await modelFromXlsx(UNSCORED);
      assert.deepEqual(besideState(snapOfDocument(model.doc)), besideState(snapOfDocument(unscored.doc)));
    });

    it('the command line undoes the add-in’s scoring, alignment included', async () => {
      const model = await modelFromXlsx(UNSCORED);
      await scoreQuarter(model.host, {}, AT);
      fs.writeFileSync(at('by-add-in.xlsx'), await xlsxFromModel(model));
      assert.deepEqual(Object.keys(shrunk(await fileSnap(at('by-add-in.xlsx')))), ['R9', 'R10']);
      const ran = await scorecard(['undo', at('by-add-in.xlsx'), '-o', at('by-add-in-undone.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.deepEqual(await fileSnap(at('by-add-in-undone.xlsx')), await fileSnap(UNSCORED));
    });
  });
});
