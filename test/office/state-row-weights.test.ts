/**
 * What the add-in weighs the state sheet's rows at before reading them (issue 11 item 2): never less than
 * they hold — a response is sized before it is asked for — and, for a /3 state's "productSheets" rows,
 * not at the packed worst case of a /2 state (98,400 bytes a cell), which left a rescore's request of
 * state rows a quarter of a megabyte short at 10,000 indicators. The journal's rows are left out of the
 * last check: those holding a replaced sheet's packed content weigh three bytes a character, and only
 * the first of them read says so (read-workbook.ts weighs the rest at the most bytes a character seen).
 */
import { strict as assert } from 'assert';
import { STATE_FORMAT, STATE_SHEET, stateColumn } from '../../src/core';
import { jsonStateCell, stateRowFromKeys } from '../../src/office/read-workbook';
import { utf8Bytes } from '../../src/office/payload';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromGrids, gridsOfDocument } from '../support/excel-model/build';
import { bigGrids } from '../support/big-workbook';

const AT = () => new Date('2026-11-26T09:00:00Z');
const JSON_CELL = jsonStateCell(1.1);
/** A row of the pair A:B only (columns A to C). */
const row = (key: string | null | undefined, jsonSheets = [true, true]) =>
  stateRowFromKeys([key, null], 0, 3, JSON_CELL, jsonSheets);

describe("The state sheet's rows weighed before they are read (in-memory model)", () => {
  it('a /3 productSheets row at a full cell of JSON, a /2 one at the packed worst case, an unread one at the worst', () => {
    assert.equal(row('productSheets'), 400 + JSON_CELL);
    assert.equal(row('productSheets', [false, false]), 400 + 98400);
    assert.equal(row(undefined), 400 + 98400);
    assert.equal(row('journal'), 400 + JSON_CELL);
  });

  it('the format line, the journal status and a row without a key as short', () => {
    for (const key of ['format', 'journalStatus', null, '']) assert.equal(row(key), 600, String(key));
  });

  it("a scored workbook's state rows but the journal's weigh no more than they are weighed at", async () => {
    const model = modelFromGrids(bigGrids(1000));
    await scoreQuarter(model.host, {}, AT);
    await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    const state = gridsOfDocument(model.doc).find((g) => g.name === STATE_SHEET)!;
    const left = stateColumn(state.values);
    assert.equal(state.values[1][left + 1], STATE_FORMAT, 'a /3 state');
    const jsonSheets = [left === 0, left === 3];
    let productRows = 0;
    state.values.forEach((cells, r) => {
      const key = cells[left];
      if (key === 'productSheets') productRows++;
      if (key === 'journal' || cells[3 - left] === 'journal') return;
      const held = cells.reduce<number>((n, v) => n + (v === null ? 2 : utf8Bytes(JSON.stringify(v))) + 1, 0);
      const keys = [cells[0] ?? null, cells[3] ?? null];
      const weighed = stateRowFromKeys(keys, 0, cells.length, JSON_CELL, jsonSheets);
      assert.ok(held <= weighed, `row ${r + 1} (${String(key)}) holds ${held} bytes, weighed at ${weighed}`);
    });
    assert.ok(productRows > 0, 'the state lists the product sheets');
  });
});
