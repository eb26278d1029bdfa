/**
 * Size on ExcelApi 1.18 (issue 11 item 2): there the add-in also keeps an owned cell's rich text for
 * undo (getCellProperties' textRuns), and those reads must ride in the requests that read the owned
 * cells' "before" picture — the guessed ahead blocks, or the read-ahead of a workbook read in one
 * request — not in a request of their own after them. For the example (60 indicators, whose typed
 * quartiles are text) and 6,000 indicators, with rich text in owned cells, a first scoring and a
 * rescore: syncs ≤ 2 + ⌈payload / budget⌉ with no slack, nothing refused, and the rich text kept in the
 * journal and put back by undo.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids, gridsOfDocument } from '../support/excel-model/build';
import { FIVE_MB, type ExcelModel } from '../support/excel-model';
import { bigGrids } from '../support/big-workbook';
import { decodeState } from '../../src/core';
import { RICH, RICH_COLUMN, RICH_SHEET, richRows, typeRichNotes } from '../support/rich-notes';

const AT = () => new Date('2026-11-26T09:00:00Z');

interface Counts {
  syncs: number;
  payload: number;
  failed: number;
  /** Requests that only read owned cells' properties after the reads (snapshots.ts's own). */
  afterReads: number;
}

function counts(model: ExcelModel): Counts {
  return {
    syncs: model.syncs.length,
    payload: model.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    failed: model.syncs.filter((s) => s.error).length,
    afterReads: model.syncs.filter(
      (s) =>
        !s.wrote &&
        s.calls.some((c) => c.name === 'Range.getCellProperties') &&
        !s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes'),
    ).length,
  };
}

const bound = (c: Counts) => 2 + Math.ceil(c.payload / PAYLOAD_BUDGET);

function journalRuns(model: ExcelModel): string[] {
  const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
  return state
    .journal!.cells.filter((c) => c.before.native?.kind === 'office' && c.before.native.textRuns)
    .map((c) => c.cell);
}

describe('Scoring at ExcelApi 1.18 with rich text in owned cells: runs read with the "before" picture, syncs at the bound (in-memory model)', function () {
  this.timeout(240000);

  for (const n of [60, 6000]) {
    it(`${n.toLocaleString('en-GB')} indicators: first scoring and rescore within 2 + ⌈payload / budget⌉ (no slack); the runs come back on undo`, async () => {
      const model = modelFromGrids(bigGrids(n), { apiVersion: '1.18' });
      const p1 = model.doc.sheet(RICH_SHEET)!;
      const rows = richRows(model);
      assert.ok(rows.length >= 3, `P1's indicator rows found: ${rows.join(', ')}`);
      typeRichNotes(model, rows);

      await scoreQuarter(model.host, {}, AT);
      const first = counts(model);
      const cells = (rs: number[]) => rs.map((r) => `T${r + 1}`).sort();
      assert.deepEqual(journalRuns(model).sort(), cells(rows), 'first scoring: every rich cell kept with its runs');
      for (const r of rows) assert.equal(typeof p1.cell(r, RICH_COLUMN)!.value, 'number', `T${r + 1} scored`);

      // The analyst types rich notes over two scored variances; the rescore at 10% writes over them.
      const again = [rows[0], rows[rows.length - 1]];
      typeRichNotes(model, again);
      model.clearLog();
      const rescored = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
      assert.equal(rescored.changed, true, 'the rescore at 10% writes');
      const rescore = counts(model);
      assert.deepEqual(journalRuns(model).sort(), cells(again), 'rescore: the rich notes kept with their runs');

      for (const [label, c] of [
        ['first scoring', first],
        ['rescore', rescore],
      ] as const) {
        const seen = `${label}: ${c.syncs} syncs, payload ${c.payload} bytes (bound ${bound(c)}), ${c.afterReads} requests of owned cells' properties after the reads`;
        assert.equal(c.failed, 0, `nothing refused — ${seen}`);
        assert.ok(c.syncs <= bound(c), seen);
        assert.equal(c.afterReads, 0, `the runs travel with the reads — ${seen}`);
        if (n === 60) assert.equal(c.syncs, 3, seen);
      }

      await undoLastScoring(model.host);
      for (const r of again) {
        const cell = p1.cell(r, RICH_COLUMN)!;
        assert.equal(cell.value, 'see note 4', `T${r + 1}'s note back`);
        assert.deepEqual(cell.textRuns, RICH, `T${r + 1}: "see " bold, "note 4" red italic, as they were`);
      }
    });
  }
  it('6,000 indicators with 400 notes of 80 runs each (some 16 KB of response a cell, weighed as 900 bytes): nothing lost, nothing thrown', async () => {
    const model = modelFromGrids(bigGrids(6000), { apiVersion: '1.18' });
    const p1 = model.doc.sheet(RICH_SHEET)!;
    const grid = gridsOfDocument(model.doc).find((g) => g.name === RICH_SHEET)!;
    const rows = grid.values
      .flatMap((r, i) => (typeof r[1] === 'string' && /^[A-Z]+-\d/.test(r[1]) ? [i] : []))
      .slice(-400);
    const runs = Array.from({ length: 80 }, (_, i) => ({
      text: `w${String(i).padStart(2, '0')} `,
      font: { bold: i % 2 === 0 },
    }));
    const text = runs.map((r) => r.text).join('');
    for (const r of rows) Object.assign(p1.edit(r, RICH_COLUMN), { value: text, textRuns: structuredClone(runs) });
    await scoreQuarter(model.host, {}, AT);
    // Excel refuses the request that carries them at plain text's weight; it is asked again with the
    // guessed blocks at twice their weight, and again: 16 KB against 900 bytes is some four halvings.
    const refused = model.syncs.filter((s) => s.error);
    assert.ok(refused.length >= 1 && refused.length <= 5, `${refused.length} requests refused`);
    assert.ok(model.syncs.every((s) => s.error || s.responseBytes <= FIVE_MB));
    assert.equal(journalRuns(model).length, rows.length, 'every note kept with its runs');
    await undoLastScoring(model.host);
    for (const r of [rows[0], rows[rows.length - 1]])
      assert.equal(p1.cell(r, RICH_COLUMN)!.textRuns?.length, 80, `T${r + 1}`);
  });
});
