/**
 * A fire and rescue service's workbook scored by the version before the Summary key said "the previous
 * reported quarter" for sectors other than a council's, and before a target of 0's words shrank to fit
 * (test/fixtures/key-before-sectors/README.md: written by main's command line at dd06afe). Its Summary
 * says "↑ Better than the last reported outturn": the product's own words, not the analyst's. Both front
 * ends rescore it cleanly — the Summary regenerated in place with the new key, no "changed by hand" —
 * and undo that rescore back to the workbook as the old version left it, old key included; and the old
 * scoring itself still undoes to the unscored workbook.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { STATE_SHEET } from '../../src/core';
import { outcomeMessage } from '../../src/office/outcome-message';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { WorkbookSnap } from '../support/workbook-snapshot';
import { scorecard } from '../support/xlsx-cli';
import { folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'key-before-sectors');
const UNSCORED = path.join(FIXTURES, 'fire.xlsx');
const OLD_SCORED = path.join(FIXTURES, 'fire-scored.xlsx');
const AT = () => new Date('2026-11-28T09:00:00Z');

const OLD_KEY = [
  '↑ Better than the last reported outturn',
  '↓ Worse than the last reported outturn',
  '↔ No change from the last reported outturn',
];
const NEW_KEY = [
  '↑ Better than the previous reported quarter',
  '↓ Worse than the previous reported quarter',
  '↔ No change from the previous reported quarter',
];
/** Prevention's two rows whose target is 0 (FRS08, FRS09): their % Variance cells, R9 and R10. */
const ZERO_TARGET_CELLS = ['R9', 'R10'];

/** Every sheet but the state sheet, each cell's value and format. */
function besideState(snap: WorkbookSnap): WorkbookSnap {
  return snap.filter((s) => s.name !== STATE_SHEET);
}

async function fileSnap(file: string): Promise<WorkbookSnap> {
  return besideState(snapshotWorkbook(await readXlsx(fs.readFileSync(file))));
}

/** The DOT rows of the Summary's key, as the sheet shows them. */
function dotKey(snap: WorkbookSnap): string[] {
  const summary = snap.find((s) => / Summary$/.test(s.name));
  assert.ok(summary, 'a Summary sheet');
  return Object.values(summary.cells)
    .map((c) => c.value)
    .filter((v): v is string => typeof v === 'string' && /^[↑↓↔] (Better|Worse|No change)/.test(v));
}

function cellOf(snap: WorkbookSnap, sheet: string, address: string) {
  return snap.find((s) => s.name === sheet)!.cells[address];
}

describe('A fire service workbook scored before the sector DOT key', function () {
  this.timeout(180000);
  const folder = folderForTheseTests();
  const { at } = folder;

  it('holds the old key and the zero-target words without shrink to fit, as the old version wrote them', async () => {
    const old = await fileSnap(OLD_SCORED);
    assert.deepEqual(dotKey(old), OLD_KEY);
    for (const a of ZERO_TARGET_CELLS) {
      assert.match(String(cellOf(old, 'Prevention', a).value), /^(Met|Missed) \(target 0\)$/);
      assert.equal(cellOf(old, 'Prevention', a).shrinkToFit, undefined);
    }
  });

  describe('the command line', () => {
    it('rescores cleanly: the key in plain words, no "changed by hand", the words shrunk to fit in the same column width', async () => {
      const ran = await scorecard(['score', OLD_SCORED, '-o', at('rescored.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.doesNotMatch(ran.stdout + ran.stderr, /changed by hand/);
      const snap = await fileSnap(at('rescored.xlsx'));
      assert.deepEqual(dotKey(snap), NEW_KEY);
      for (const a of ZERO_TARGET_CELLS) assert.equal(cellOf(snap, 'Prevention', a).shrinkToFit, true, a);
      const widths = async (file: string) =>
        (await readXlsx(fs.readFileSync(file))).getWorksheet('Prevention')!.columns.map((c) => c.width ?? null);
      assert.deepEqual(await widths(at('rescored.xlsx')), await widths(OLD_SCORED), "the analyst's column widths");
    });

    it('undoes that rescore back to the workbook as the old version scored it, old key and alignment included', async () => {
      const ran = await scorecard(['undo', at('rescored.xlsx'), '-o', at('rescored-undone.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.deepEqual(await fileSnap(at('rescored-undone.xlsx')), await fileSnap(OLD_SCORED));
    });

    it('still undoes the old scoring itself: the unscored workbook', async () => {
      const ran = await scorecard(['undo', OLD_SCORED, '-o', at('old-undone.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.deepEqual(await fileSnap(at('old-undone.xlsx')), await fileSnap(UNSCORED));
    });
  });

  describe('the add-in (in-memory Excel model)', () => {
    it('rescores cleanly, and its undo gives back the old scoring exactly', async () => {
      const model = await modelFromXlsx(OLD_SCORED);
      const before = besideState(snapOfDocument(model.doc));
      const widths = [...model.doc.sheet('Prevention')!.columnWidths];
      const again = await scoreQuarter(model.host, {}, AT);
      assert.equal(again.changed, true);
      assert.deepEqual(again.editedSheets ?? [], [], 'the old wording is the product’s own: not an edit by hand');
      assert.doesNotMatch(outcomeMessage(again, 'score'), /changed by hand/);
      const snap = besideState(snapOfDocument(model.doc));
      assert.deepEqual(dotKey(snap), NEW_KEY);
      for (const a of ZERO_TARGET_CELLS) assert.equal(cellOf(snap, 'Prevention', a).shrinkToFit, true, a);
      assert.deepEqual([...model.doc.sheet('Prevention')!.columnWidths], widths, "the analyst's column widths");
      await undoLastScoring(model.host);
      assert.deepEqual(besideState(snapOfDocument(model.doc)), before);
    });

    it('still undoes the old scoring itself: the unscored workbook', async () => {
      const model = await modelFromXlsx(OLD_SCORED);
      await undoLastScoring(model.host);
      const unscored = await modelFromXlsx(UNSCORED);
      assert.deepEqual(besideState(snapOfDocument(model.doc)), besideState(snapOfDocument(unscored.doc)));
    });
  });
});
