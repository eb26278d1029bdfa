/**
 * A workbook scored by the version before the journal by identity (state format /1: cells by address,
 * regenerated sheets on very hidden backups) still undoes, and rescores into the new format.
 */
import { strict as assert } from 'assert';
import { STATE_FORMAT, STATE_SHEET, summariseUndo, type CellValue } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';
import { stateV1, unscoredReport } from '../support/lifecycle';

const P1 = 'P1 Children & Young People';

function scoredByV1(): MemoryWorkbook {
  const wb = new MemoryWorkbook(unscoredReport());
  const p1 = wb.sheet(P1)!;
  p1.values[4][19] = 0.0528;
  p1.values[4][20] = '↓';
  p1.values[5][19] = 0.0016;
  wb.sheets.push({ name: 'Q3 Summary', values: [['new summary']], formats: new Map(), visibility: 'visible' });
  wb.sheets.push({ name: '~1 Q3 Summary', values: [['old summary']], formats: new Map(), visibility: 'veryHidden' });
  wb.sheets.push({
    name: STATE_SHEET,
    values: stateV1() as CellValue[][],
    formats: new Map(),
    visibility: 'veryHidden',
  });
  return wb;
}

describe('A workbook scored by the previous version (state /1)', () => {
  it('still undoes: cells by their addresses, the backup renamed back', () => {
    const wb = scoredByV1();
    const undone = wb.undo();
    assert.deepEqual(undone.restoreSheets, [{ backup: '~1 Q3 Summary', name: 'Q3 Summary' }]);
    assert.equal(wb.get(P1, 4, 19), null);
    assert.equal(wb.get(P1, 4, 20), 'typed');
    assert.equal(wb.get(P1, 5, 19), '=A1/4', "the analyst's formula back");
    assert.deepEqual(wb.sheet('Q3 Summary')!.values, [['old summary']]);
    assert.equal(
      wb.sheets.some((s) => s.name.startsWith('~')),
      false,
    );
  });

  it('reports the summary put back as put back, not also as removed (summariseUndo, both front ends)', () => {
    const summary = summariseUndo(scoredByV1().undo());
    assert.deepEqual(summary.sheetsRestored, ['Q3 Summary']);
    assert.deepEqual(summary.sheetsRemoved, []);
    assert.equal(summary.quarter, 'Q3 2020/21');
  });

  it('rescores into the new format: the old backup deleted, the summary regenerated in place, and that undoes', () => {
    const wb = scoredByV1();
    const { outcome } = wb.score({ tolerancePct: 10 });
    assert.deepEqual(outcome.deleteSheets, ['~1 Q3 Summary']);
    assert.ok(outcome.inPlace.includes('Q3 Summary'));
    assert.equal(wb.sheet(STATE_SHEET)!.values[1][1], STATE_FORMAT);
    assert.equal(
      wb.state().journal!.replaced[0].content!.values.values[0][0],
      'new summary',
      "the /1 summary's values kept for undo",
    );
    wb.undo();
    assert.deepEqual(wb.sheet('Q3 Summary')!.values, [['new summary']]);
  });
});
