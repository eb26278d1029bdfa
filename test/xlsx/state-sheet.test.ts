/** The Scorecard_State sheet in an .xlsx file: the core's format, very hidden, shared with the add-in. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { STATE_SHEET, defaultState, encodeState, type WorkbookState } from '../../src/core';
import { findSheet, readGrids, readState, writeState } from '../../src/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { copyExample, tempFolder } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';

describe('The settings and journal sheet in an .xlsx file', () => {
  it("is written in the core's key / value rows on a very hidden sheet, and read back the same", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Indicators').getCell('A1').value = 'Ref';
    const state: WorkbookState = {
      ...defaultState(),
      settings: { quarter: 3, tolerancePct: 2.5, mapping: { columns: { 'Perf Ind': 'name' } } },
    };
    writeState(wb, state);
    const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const sheet = findSheet(read, STATE_SHEET)!;
    assert.equal(sheet.state, 'veryHidden');
    assert.deepEqual(
      readGrids(read)
        .find((g) => g.name === STATE_SHEET)!
        .values.slice(1),
      encodeState(state).slice(1),
    );
    assert.deepEqual(readState(readGrids(read)), state);
  });

  it('splits a long journal over rows of the same key and reads it whole', async () => {
    const wb = new ExcelJS.Workbook();
    const cells = Array.from({ length: 3000 }, (_, i) => ({
      sheet: 'P1 Children & Young People',
      cell: `T${i + 5}`,
      before: { value: `typed ${i}`, format: { numberFormat: 'General', fill: null, fontColor: null } },
      afterValue: 0.0528,
      original: `typed ${i}`,
    }));
    const state: WorkbookState = {
      ...defaultState(),
      journal: {
        at: '2026-11-26T10:00:00.000Z',
        by: 'add-in',
        quarter: 'Q3 2020/21',
        cells,
        created: ['Q3 Summary'],
        replaced: [],
        productSheetsBefore: [],
      },
    };
    writeState(wb, state);
    const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const rows = readGrids(read)[0].values.filter((r) => r[0] === 'journal');
    assert.ok(rows.length > 1, 'over several rows');
    assert.ok(
      rows.every((r) => String(r[1]).length <= 32767),
      "each within a cell's limit",
    );
    assert.deepEqual(readState(readGrids(read)), state);
  });

  it('carries the settings the add-in saved into a command-line run', async () => {
    const folder = tempFolder();
    try {
      const wb = await readXlsx(fs.readFileSync(copyExample(folder.dir)));
      writeState(wb, { ...defaultState(), settings: { quarter: 2, tolerancePct: 2.5, mapping: null } });
      const file = path.join(folder.dir, 'from-add-in.xlsx');
      fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      const ran = await scorecard(['score', file, '-o', path.join(folder.dir, 'scored.xlsx')]);
      assert.equal(ran.code, 0, ran.stderr);
      assert.match(ran.stdout, /^Q2 2020\/21: 60 indicators in 6 priorities, scored against a 2\.5% tolerance\./);
    } finally {
      folder.remove();
    }
  });
});
