/**
 * Undo after the figures changed, in the core (docs/workbook.md, "Undo after the figures changed"): which
 * indicators undo names, what it does not count as a change, the state's old shape, and the digests' size.
 */
import { strict as assert } from 'assert';
import { encodeState, STATE_SHEET, type CellValue } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';
import { indicatorRow, standardSheet } from '../support/grids';

/** Ref, polarity, target 100, April … December; A-1's December is column 12. */
function rows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) =>
    indicatorRow(`A-${i + 1}`, i % 2 ? 'Lower' : 'Higher', 100, [
      90,
      92,
      95,
      96,
      97,
      99,
      101 - (i % 4),
      103,
      104 - (i % 7),
    ]),
  );
}

const SHEET = 'P1';
const DEC = 12;
const staleLine = (wb: MemoryWorkbook) => wb.sheet('Q3 Findings')?.values[2]?.[0] ?? null;

describe('Undo after the figures changed (core)', () => {
  it('names the indicator whose figure changed since the scoring put back, and only it', () => {
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(5))]);
    wb.score();
    wb.sheet(SHEET)!.values[2][DEC] = 50; // A-2's December
    wb.score();
    const undo = wb.undo();
    assert.deepEqual(undo.stale, ['A-2']);
    assert.equal(
      staleLine(wb),
      'Check: The restored scores for A-2 were worked out before its figures were changed; score again to bring it up to date.',
    );
  });

  it('sorting whole rows, renaming the sheet and changing the tolerance are no change of figures', () => {
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(5))]);
    wb.score();
    const sheet = wb.sheet(SHEET)!;
    sheet.values = [sheet.values[0], ...sheet.values.slice(1).reverse()];
    for (const [k, f] of [...sheet.formats]) {
      const [r, c] = k.split(',').map(Number);
      sheet.formats.delete(k);
      if (r > 0) sheet.formats.set(`${sheet.values.length - r},${c}`, f);
      else sheet.formats.set(k, f);
    }
    sheet.name = 'Renamed';
    wb.score({ tolerancePct: 10 });
    const undo = wb.undo();
    assert.deepEqual(undo.stale, []);
    assert.equal(staleLine(wb), null);
  });

  it('after an undo, the scoring it put back keeps its digests: undoing a later scoring still names a figure changed since', () => {
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(3))]);
    wb.score();
    wb.score({ tolerancePct: 10 });
    assert.deepEqual(wb.undo().stale, []);
    assert.ok(wb.state().inputs, 'the state after the undo keeps the first scoring’s digests');
    wb.sheet(SHEET)!.values[1][DEC] = 20;
    wb.score({ tolerancePct: 10 });
    assert.deepEqual(wb.undo().stale, ['A-1']);
  });

  it('a state written before digests were kept undoes as before, saying nothing', () => {
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(3))]);
    wb.score();
    wb.sheet(SHEET)!.values[1][DEC] = 20;
    wb.score();
    const state = wb.state();
    delete state.journal!.inputs;
    delete state.journal!.inputsBefore;
    wb.sheet(STATE_SHEET)!.values = encodeState(state);
    const undo = wb.undo();
    assert.deepEqual(undo.stale, []);
    assert.equal(staleLine(wb), null);
    assert.equal(wb.state().inputs, undefined);
  });

  it('keeps six characters an indicator for each of the two scorings, and two more for its outturn where its table has one (session 13)', () => {
    const n = 1000;
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(n))]);
    wb.score();
    wb.sheet(SHEET)!.values[1][DEC] = 20;
    wb.score();
    const state = wb.state();
    assert.equal(state.journal!.inputs!.d.length, 6 * n);
    assert.equal(state.journal!.inputsBefore!.d.length, 6 * n);
    assert.equal(state.journal!.inputs!.o, undefined, 'no outturn column: nothing kept for it');
    const size = (s: typeof state) => JSON.stringify(encodeState(s)).length;
    const without = { ...state, journal: { ...state.journal!, inputs: undefined, inputsBefore: undefined } };
    assert.ok(size(state) - size(without) <= 12 * n + 100, `${size(state) - size(without)} characters`);
  });
});
