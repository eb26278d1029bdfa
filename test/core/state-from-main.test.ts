/**
 * A workbook scored (and rescored) by the version before the compact state (issue 10 item 5, issue 11
 * item 1) still undoes exactly and rescores: its state, with the generated sheets' content packed in
 * `productSheets` and the journal's cells as tuples, is read as it was written. The fixture was written by
 * main's code before the change (test/fixtures/state-v2-main/README.md says how).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { planUndo, STATE_SHEET, type CellValue, type OwnedFormat, type SheetContent } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';

interface DumpedSheet {
  name: string;
  visibility: 'visible' | 'veryHidden';
  values: CellValue[][];
  formats: [string, OwnedFormat][];
}

interface Fixture {
  before: unknown;
  scored: DumpedSheet[];
  pictureScored: unknown;
  firstSheets: SheetContent[];
  rescored: DumpedSheet[];
  pictureRescored: unknown;
  secondSheets: SheetContent[];
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'state-v2-main', 'memory-workbook.json'), 'utf8'),
) as Fixture;

function load(sheets: DumpedSheet[]): MemoryWorkbook {
  const wb = new MemoryWorkbook([]);
  wb.sheets = sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    values: s.values.map((r) => [...r]),
    formats: new Map(s.formats),
  }));
  return wb;
}

describe('A workbook scored by the version before the compact state', () => {
  it('undoes its first scoring exactly: the analyst’s typed arrow, formula and format back, the summaries removed', () => {
    const wb = load(fixture.scored);
    const undone = wb.undo();
    assert.deepEqual(undone.deleteSheets, ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings']);
    assert.deepEqual(wb.picture(), fixture.before);
  });

  it('undoes a rescore: the summaries it regenerated get back the content the first scoring wrote, the analyst’s later edit kept', () => {
    const wb = load(fixture.rescored);
    const undo = planUndo(wb.state(), wb.grids());
    assert.deepEqual(undo.rewriteSheets, fixture.firstSheets);
    wb.applyUndo(undo);
    assert.deepEqual(wb.picture(), fixture.pictureScored);
  });

  it('scored again with nothing changed, changes nothing', () => {
    const wb = load(fixture.scored);
    const state = wb.sheet(STATE_SHEET)!.values;
    const { outcome } = wb.score({}, '2026-11-28T10:00:00Z');
    assert.equal(outcome.changed, false);
    assert.deepEqual(wb.sheet(STATE_SHEET)!.values, state);
  });

  it('rescores, keeping the content the rescore wrote for undo, and that undoes back to the rescored workbook', () => {
    const wb = load(fixture.rescored);
    const { outcome } = wb.score({ tolerancePct: 5 }, '2026-11-28T10:00:00Z');
    assert.equal(outcome.changed, true);
    assert.deepEqual(outcome.inPlace, ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings']);
    assert.deepEqual(
      wb.state().journal!.replaced.map((r) => r.content),
      fixture.secondSheets,
    );
    wb.undo();
    assert.deepEqual(wb.picture(), fixture.pictureRescored);
  });
});
