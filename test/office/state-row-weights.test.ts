/**
 * What the add-in weighs the state sheet's rows at before reading them (issue 11 item 2): never less than
 * they hold — a response is sized before it is asked for — and, for a /3 state's "productSheets" rows,
 * not at the packed worst case of a /2 state (98,400 bytes a cell), which left a rescore's request of
 * state rows a quarter of a megabyte short at 10,000 indicators. The journal's rows may weigh three
 * bytes a character (JOURNAL_CELL: a replaced sheet's packed content); one not yet measured is planned
 * at 1.1 and no more than UNKNOWN_JOURNAL_CELLS of them travel in a request, so that a request stays
 * under Excel's 5 MB whatever they hold: with no cap (before), a journal of two million packed
 * characters was asked for in one response Excel refuses.
 */
import { strict as assert } from 'assert';
import { STATE_FORMAT, STATE_SHEET, decodeState, encodeState, stateColumn } from '../../src/core';
import type { SheetContent } from '../../src/core';
import {
  JOURNAL_CELL,
  JOURNAL_GUESS_CELL,
  UNKNOWN_JOURNAL_CELLS,
  jsonStateCell,
  stateRowFromKeys,
} from '../../src/office/read-workbook';
import { PAYLOAD_BUDGET, utf8Bytes } from '../../src/office/payload';
import { FIVE_MB } from '../support/excel-model';
import { reportGrids } from '../support/golden';
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
    assert.equal(row('journal'), 400 + JOURNAL_CELL, 'the journal at most three bytes a character');
    assert.ok(
      PAYLOAD_BUDGET + UNKNOWN_JOURNAL_CELLS * (JOURNAL_CELL - JOURNAL_GUESS_CELL) < FIVE_MB - 300000,
      'the journal cells planned at 1.1 in one request cannot take it past 5 MB, with 300 KB to spare',
    );
  });

  it('the format line, the journal status and a row without a key as short', () => {
    for (const key of ['format', 'journalStatus', null, '']) assert.equal(row(key), 600, String(key));
  });

  it("a scored workbook's state rows, the journal's too, weigh no more than they are weighed at", async () => {
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
      const held = cells.reduce<number>((n, v) => n + (v === null ? 2 : utf8Bytes(JSON.stringify(v))) + 1, 0);
      const keys = [cells[0] ?? null, cells[3] ?? null];
      const weighed = stateRowFromKeys(keys, 0, cells.length, JSON_CELL, jsonSheets);
      assert.ok(held <= weighed, `row ${r + 1} (${String(key)}) holds ${held} bytes, weighed at ${weighed}`);
    });
    assert.ok(productRows > 0, 'the state lists the product sheets');
    const journal = state.values.filter((cells) => cells[left] === 'journal').map((cells) => String(cells[left + 1]));
    assert.ok(
      journal.some((v) => utf8Bytes(JSON.stringify(v)) > jsonStateCell(1.1)),
      'a refresh journal holds packed rows heavier than 1.1 bytes a character',
    );
  });

  it('a journal of three megabytes of packed content is read without a request Excel refuses (the model refuses over 5 MB)', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    // The journal made to hold a replaced sheet whose content packs to about two million characters
    // (text that does not repeat packs to about its own length): some seventy rows of three bytes a
    // character, 6 MB, which at 1.1 bytes a character were weighed at 2.2 MB and asked for in one request.
    const sheet = model.doc.sheet(STATE_SHEET)!;
    const grid = gridsOfDocument(model.doc).find((g) => g.name === STATE_SHEET)!;
    const left = stateColumn(grid.values);
    const state = decodeState(grid.values);
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 2000000; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      chars.push(String.fromCharCode(0x4e00 + ((seed >>> 0) % 20000)));
    }
    const content = { name: 'Q3 Summary', role: 'summary', values: [[chars.join('')]] } as unknown as SheetContent;
    state.journal!.replaced.push({ name: 'Q3 Summary', content });
    const rows = encodeState(state);
    for (let r = 0; r < Math.max(rows.length, grid.values.length); r++)
      for (let c = 0; c < 2; c++) {
        const v = rows[r]?.[c] ?? '';
        if (v !== '' || sheet.cell(r, left + c)) sheet.edit(r, left + c).value = v === '' ? null : v;
      }
    const packed = rows.filter((r) => r[0] === 'journal' && utf8Bytes(r[1]) > 2.9 * r[1].length).length;
    assert.ok(packed >= 60, `${packed} packed journal rows`);
    model.clearLog();
    const scored = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    assert.equal(scored.changed, true);
    assert.deepEqual(
      model.syncs.filter((s) => s.error).map((s) => s.error),
      [],
      'no request refused',
    );
    assert.ok(model.largestResponse <= FIVE_MB);
  });
});
