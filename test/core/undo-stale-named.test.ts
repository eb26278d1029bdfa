/**
 * Undo's "figures changed" message and Check line name the right indicators (docs/workbook.md, "Undo after
 * the figures changed"; state/inputs.ts, state/undo-inputs.ts). Three faults, each as an analyst meets it:
 * a figure set back as the text of the same figure, or a polarity retyped in lower case, named the indicator
 * as changed (the digest hashed the cell as typed, not as read); a figure set back after an undo had named
 * it left that undo's Check line on the Findings sheet a later undo put back; and a Findings sheet whose
 * blank third row the analyst had typed in got no Check line at all, only the message saying it.
 */
import { strict as assert } from 'assert';
import { encodeState, STATE_SHEET, type CellValue } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';
import { indicatorRow, standardSheet } from '../support/grids';

/** Ref, polarity, target 100, April … December. */
function rows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) =>
    indicatorRow(`A-${i + 1}`, i % 2 ? 'Lower' : 'Higher', 100, [90, 92, 95, 96, 97, 99, 101 - (i % 4), 103, 104 - i]),
  );
}

const SHEET = 'P1';
const POLARITY = 2;
const DEC = 12;
const A2 = 2;
const FINDINGS = 'Q3 Findings';
const A2_LINE =
  'Check: The restored scores for A-2 were worked out before its figures were changed; score again to bring it up to date.';
const row3 = (wb: MemoryWorkbook) => wb.sheet(FINDINGS)?.values[2] ?? [];
/** What the Findings sheet's third row holds (no Check line: nothing). */
const line = (wb: MemoryWorkbook) => row3(wb).filter((v) => v !== null);

/** Scored, A-2's December changed, scored again: undo will put back the first scoring. */
function rescored(): { wb: MemoryWorkbook; december: CellValue } {
  const wb = new MemoryWorkbook([standardSheet(SHEET, rows(3))]);
  wb.score();
  const december = wb.sheet(SHEET)!.values[A2][DEC];
  wb.sheet(SHEET)!.values[A2][DEC] = 50;
  wb.score();
  return { wb, december };
}

/** Scored, then scored again at another tolerance (a change: a journal whose undo puts the first back). */
function scoredTwice(): MemoryWorkbook {
  const wb = new MemoryWorkbook([standardSheet(SHEET, rows(3))]);
  wb.score();
  wb.score({ tolerancePct: 10 });
  return wb;
}

describe('Undo names the indicators whose figures changed, and only them', () => {
  it('a figure set back as the text of the same figure ("102") is no change: nothing said, no Check line', () => {
    const { wb, december } = rescored();
    wb.sheet(SHEET)!.values[A2][DEC] = String(december);
    const undo = wb.undo();
    assert.deepEqual(undo.stale, [], 'was A-2');
    assert.deepEqual(line(wb), []);
  });

  it('a polarity retyped in lower case ("lower"), read the same, is no change; a figure changed beside it still is', () => {
    const wb = scoredTwice();
    wb.sheet(SHEET)!.values[A2][POLARITY] = 'lower';
    wb.sheet(SHEET)!.values[1][DEC] = 20;
    assert.deepEqual(wb.undo().stale, ['A-1'], 'A-2 was named too');
  });

  it('a figure set back after an undo named it: undoing a later scoring takes that undo’s Check line off the Findings sheet', () => {
    const wb = scoredTwice();
    const december = wb.sheet(SHEET)!.values[A2][DEC];
    wb.sheet(SHEET)!.values[A2][DEC] = 50;
    assert.deepEqual(wb.undo().stale, ['A-2']);
    assert.equal(row3(wb)[0], A2_LINE);
    wb.sheet(SHEET)!.values[A2][DEC] = december;
    wb.score({ tolerancePct: 10 });
    const undo = wb.undo();
    assert.deepEqual(undo.stale, []);
    assert.deepEqual(
      line(wb),
      [],
      'the restored Findings sheet said A-2 was out of date, while its figure is the one the scores were worked out from',
    );
    assert.deepEqual(undo.changedSince, []);
  });

  it('the analyst’s own words in the Findings sheet’s blank row: the Check line goes after them, their words kept', () => {
    const wb = new MemoryWorkbook([standardSheet(SHEET, rows(3))]);
    wb.score();
    wb.sheet(FINDINGS)!.values[2] = ['Reviewed by JB'];
    wb.score({ tolerancePct: 10 });
    wb.sheet(SHEET)!.values[A2][DEC] = 50;
    const undo = wb.undo();
    assert.deepEqual(undo.stale, ['A-2']);
    assert.deepEqual(row3(wb).slice(0, 2), ['Reviewed by JB', A2_LINE], 'was the message only');
  });

  it('a journal whose digests were worked out from the cells as typed (before version 2) says nothing, as one without digests', () => {
    const { wb } = rescored();
    const state = wb.state();
    delete state.journal!.inputs!.v;
    delete state.journal!.inputsBefore!.v;
    wb.sheet(STATE_SHEET)!.values = encodeState(state);
    const undo = wb.undo();
    assert.deepEqual(undo.stale, []);
    assert.deepEqual(line(wb), []);
  });
});
