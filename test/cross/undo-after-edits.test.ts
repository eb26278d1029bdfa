/**
 * Either front end undoes the other's scoring after the analyst has inserted a row and renamed a sheet
 * (issue 8 item 1): the sheet ids of the two front ends differ (Worksheet.id against the file's sheetId),
 * so a renamed sheet is found as the one sheet holding all its scored indicators.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { folderForEachTest } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import { editModel, newIndicatorRow, type AnalystEdit } from '../support/lifecycle';
import type { WorkbookSnap } from '../support/workbook-snapshot';

const AT = new Date('2026-11-26T09:00:00Z');
const EDITS: AnalystEdit[] = [
  { kind: 'insert-row', sheet: 'P1 Children & Young People', at: 7, values: newIndicatorRow() },
  { kind: 'rename', sheet: 'P2 Health & Care', to: 'Health' },
];

/** Cell values of the visible sheets (the fronts' formats are compared elsewhere). */
function values(snap: WorkbookSnap): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of snap) {
    if (s.visibility !== 'visible') continue;
    out[s.name] = Object.fromEntries(
      Object.entries(s.cells)
        .filter(([, c]) => c.value !== null)
        .map(([a, c]) => [a, typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value]),
    );
  }
  return out;
}

describe("Undo by the other front end after the analyst's edits", function () {
  this.timeout(120000);
  const tmp = folderForEachTest({ example: true });

  async function expected(): Promise<Record<string, Record<string, unknown>>> {
    const model = await modelFromXlsx(tmp.example);
    for (const e of EDITS) editModel(model.doc, e);
    return values(snapOfDocument(model.doc));
  }

  it('scored by the add-in, rows inserted and a sheet renamed, undone by the command line', async () => {
    const model = await modelFromXlsx(tmp.example);
    await scoreQuarter(model.host, {}, () => AT);
    for (const e of EDITS) editModel(model.doc, e);
    const edited = tmp.at('edited.xlsx');
    fs.writeFileSync(edited, await xlsxFromModel(model));
    const undone = tmp.at('undone.xlsx');
    const u = await undoFile({ input: edited, output: undone, outputNamed: true, at: AT });
    assert.equal(u.cells, 240);
    assert.deepEqual(u.changedSince, []);
    assert.deepEqual(values(snapshotWorkbook(await readXlsx(fs.readFileSync(undone)))), await expected());
  });

  it('scored by the command line, rows inserted and a sheet renamed, undone by the add-in', async () => {
    const scored = tmp.at('cli.xlsx');
    await scoreFile({ input: tmp.example, output: scored, outputNamed: true, overrides: {}, at: AT });
    const model = await modelFromXlsx(scored);
    for (const e of EDITS) editModel(model.doc, e);
    const u = await undoLastScoring(model.host);
    assert.equal(u.cells, 240);
    assert.deepEqual(values(snapOfDocument(model.doc)), await expected());
  });
});
