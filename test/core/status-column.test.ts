/**
 * Whose a Status / RAG column is (analyst's item 1, session 7; read/status-column.ts). The analyst's
 * typed RAG may be a judgement the figures do not carry: a column holding their words is theirs, never
 * written over, and each one the figures disagree with is a Check. An empty column, or one the product
 * filled from empty, is the product's. A column an earlier version wrote over gets the analyst's words back.
 */
import { strict as assert } from 'assert';
import { encodeState, STATE_SHEET, type CellValue } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';
import { sheet } from '../support/grids';

const HEADER = ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'RAG'];
/** RAG is column H (7). A-1 scores Red at −12.00% in Q3, A-2 Green, A-3 Amber. */
const RAG = 7;
const table = (rag: CellValue[]) =>
  sheet('P1', [
    HEADER,
    ['A-1', 'Calls answered %', 'Higher', 100, 95, 90, 88, rag[0]],
    ['A-2', 'Days to re-let', 'Lower', 30, 31, 30, 28, rag[1]],
    ['A-3', 'Complaints answered in time %', 'Higher', 80, 79, 78, 77, rag[2]],
  ]);
const checks = (wb: MemoryWorkbook, overrides = {}) =>
  wb
    .score(overrides)
    .run.result.findings.filter((f) => f.kind === 'typed-status-disagrees' || f.kind === 'status-column-not-owned')
    .map((f) => `${f.cell} ${f.message}`);

describe("A Status / RAG column: the analyst's words or the product's (analyst's item 1)", () => {
  it('typed "Amber", "G" and a blank: kept exactly, the blank not filled, a Note on the header and a Check where the figures disagree', () => {
    const wb = new MemoryWorkbook([table(['Amber', 'G', null])]);
    const found = checks(wb);
    assert.deepEqual(
      [0, 1, 2].map((i) => wb.get('P1', i + 1, RAG)),
      ['Amber', 'G', null],
    );
    assert.deepEqual(
      [0, 1, 2].map((i) => wb.format('P1', i + 1, RAG).fill),
      [null, null, null],
      'no RAG fill',
    );
    assert.deepEqual(found, [
      `H1 The column headed "RAG" on 'P1' holds statuses you typed, so they are kept as typed and no status is written there; each one the figures disagree with is a Check. To have the product fill the column, clear it.`,
      'H2 A-1: the status was typed as Amber but the figures give Red (off target: 88 against a target of 100, −12.00%). It is kept as you typed it; check which is right before the report goes out.',
    ]);
    assert.equal(wb.state().journal!.cells.filter((c) => c.role === 'status').length, 0, 'not the product’s cells');
    // Scored again, and again with another tolerance: the same words, the same Checks.
    assert.deepEqual(checks(wb), found);
    assert.deepEqual(checks(wb, { tolerancePct: 15 }).slice(0, 1), found.slice(0, 1));
    assert.equal(wb.get('P1', 1, RAG), 'Amber');
  });

  it('"On track" alone in the column makes it the analyst\'s (words the product does not compare are still theirs)', () => {
    const wb = new MemoryWorkbook([table([null, 'On track', null])]);
    wb.score();
    assert.deepEqual(
      [0, 1, 2].map((i) => wb.get('P1', i + 1, RAG)),
      [null, 'On track', null],
    );
  });

  it("an empty column is the product's: its words on the RAG fill, and scoring again changes nothing", () => {
    const wb = new MemoryWorkbook([table([null, null, null])]);
    wb.score();
    assert.deepEqual(
      [0, 1, 2].map((i) => wb.get('P1', i + 1, RAG)),
      ['Off target', 'On target', 'Within tolerance'],
    );
    assert.equal(wb.format('P1', 1, RAG).fill, 'FFC7CE');
    const { outcome } = wb.score();
    assert.equal(outcome.changed, false);
  });

  it('in the product\'s column, a cell the analyst types over ("Amber" over "Off target") is theirs from then on: kept, with a Check', () => {
    const wb = new MemoryWorkbook([table([null, null, null])]);
    wb.score();
    wb.sheet('P1')!.values[1][RAG] = 'Amber';
    const found = checks(wb);
    assert.equal(wb.get('P1', 1, RAG), 'Amber', 'the override is kept');
    assert.equal(wb.get('P1', 2, RAG), 'On target', 'the rest stays the product’s');
    assert.deepEqual(found, [
      'H2 A-1: the status was typed as Amber but the figures give Red (off target: 88 against a target of 100, −12.00%). It is kept as you typed it; check which is right before the report goes out.',
    ]);
    // A figure changes: the product's cells follow it, the override stays.
    wb.sheet('P1')!.values[3][6] = 60;
    wb.score();
    assert.equal(wb.get('P1', 1, RAG), 'Amber');
    assert.equal(wb.get('P1', 3, RAG), 'Off target');
  });

  it("a column an earlier version wrote over (its journal keeps the typed words): the words come back with their own format, a Note, and then it is the analyst's", () => {
    // The earlier version's scoring, as its journal recorded it: the product's words over "Amber", "G" and a blank.
    const wb = new MemoryWorkbook([table([null, null, null])]);
    wb.score();
    const state = wb.state();
    const typed: Record<string, CellValue> = { H2: 'Amber', H3: 'G', H4: null };
    for (const c of state.journal!.cells)
      if (c.role === 'status') {
        c.original = typed[c.cell];
        c.before = { value: typed[c.cell], format: { numberFormat: 'General', fill: 'FFFF00', fontColor: null } };
      }
    wb.sheet(STATE_SHEET)!.values = encodeState(state);

    const first = wb.score();
    assert.equal(first.outcome.changed, true);
    assert.deepEqual(
      [0, 1, 2].map((i) => wb.get('P1', i + 1, RAG)),
      ['Amber', 'G', null],
      'the typed words back, the filled blank cleared',
    );
    assert.equal(wb.format('P1', 1, RAG).fill, 'FFFF00', 'their own yellow, not the RAG fill');
    const note = first.run.result.findings.find((f) => f.kind === 'status-column-not-owned')!;
    assert.equal(
      note.message,
      `The column headed "RAG" on 'P1' holds statuses you typed, which an earlier version of Performance Scorecard wrote its own over: 3 cells were put back as you had them, and the column is kept as typed from now on; each status the figures disagree with is a Check.`,
    );
    // Scored again with nothing changed: nothing written (the same Note while that scoring is the last).
    const again = wb.score();
    assert.equal(again.outcome.changed, false);
    assert.deepEqual(
      again.run.result.findings.map((f) => f.message),
      first.run.result.findings.map((f) => f.message),
    );
    // Undo gives back the earlier version's words; scoring again hands them back again.
    wb.undo();
    assert.equal(wb.get('P1', 1, RAG), 'Off target');
    wb.score();
    assert.equal(wb.get('P1', 1, RAG), 'Amber');
    // A figure changes: the column stays the analyst's. The Note says the words were put back while the
    // scoring that put them back is the last; after the next scoring it is the plain one.
    wb.sheet('P1')!.values[3][6] = 60;
    assert.match(checks(wb)[0], /3 cells were put back as you had them/);
    assert.equal(wb.get('P1', 1, RAG), 'Amber');
    assert.equal(wb.get('P1', 3, RAG), null);
    wb.sheet('P1')!.values[3][6] = 61;
    assert.match(
      checks(wb)[0],
      /^H1 The column headed "RAG" on 'P1' holds statuses you typed, so they are kept as typed/,
    );
    assert.equal(wb.get('P1', 1, RAG), 'Amber');
  });

  it("after score → rescore → undo, a column the product filled from empty is still the product's (the state keeps whose its words are)", () => {
    const wb = new MemoryWorkbook([table([null, null, null])]);
    wb.score();
    wb.score({ tolerancePct: 15 });
    wb.undo();
    assert.equal(wb.get('P1', 1, RAG), 'Off target');
    wb.score({ tolerancePct: 15 });
    assert.equal(wb.get('P1', 1, RAG), 'Within tolerance', 'written again: not taken for typed words');
  });
});
