/**
 * Undo reads the analyst's sheets once (one home per fact): the add-in reads every sheet's values from
 * Excel in one pass, and the core reads those grids as tables once — to follow the owned cells to where
 * their indicators are now, and to check which restored scores were worked out from figures changed since
 * (state/undo-inputs.ts) — where the scoring put back had the same column mapping. Before, the core read
 * every sheet twice. Counted on the in-memory Excel model, never timed.
 */
import { strict as assert } from 'assert';
import { decodeState, planUndo, STATE_SHEET, type SheetGrid } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { readExcelGrids } from '../../src/office/read-workbook';
import { abilitiesOf } from '../../src/office/host';
import { modelFromGrids } from '../support/excel-model/build';
import { editModel, unscoredReport } from '../support/lifecycle';
import type { ExcelModel } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';

/**
 * The grids, each counting how often the core reads it as tables: a read of the workbook's tables looks
 * at each sheet's date system once (read/workbook.ts, through read/number-formats.ts inDateSystem1900),
 * and nothing else in an undo does, so the count is the number of times the sheet was read as tables.
 */
function counted(grids: SheetGrid[]): { grids: SheetGrid[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    grids: grids.map(
      (g) =>
        new Proxy(g, {
          get(target, key, receiver) {
            if (key === 'date1904') reads.set(target.name, (reads.get(target.name) ?? 0) + 1);
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    ),
  };
}

/** Scored, a December figure corrected, scored again: the undo puts back the first scoring, out of date for CYP-01. */
async function rescoredAfterAnEdit(): Promise<ExcelModel> {
  const model = modelFromGrids(unscoredReport());
  await scoreQuarter(model.host, {}, AT);
  const grid = unscoredReport().find((g) => g.name === P1)!;
  const row = grid.values.findIndex((r) => r[1] === 'CYP-01');
  const dec = grid.values.findIndex((r) => r.includes('Dec'));
  const col = grid.values[dec].indexOf('Dec');
  editModel(model.doc, { kind: 'set', sheet: P1, row, col, value: 470 });
  await scoreQuarter(model.host, {}, AT);
  return model;
}

describe('Undo reads the analyst’s sheets once (in-memory Excel model)', () => {
  it('reads each sheet of indicator tables once as tables, and still names the indicator whose figures changed', async () => {
    const model = await rescoredAfterAnEdit();
    model.clearLog();
    const book = await model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host), 'all'));
    const reading = model.syncs.length;
    const { grids, reads } = counted(book.grids);
    const undo = planUndo(decodeState(book.stateValues), grids);
    assert.deepEqual(undo.stale, ['CYP-01']);
    const analysts = book.grids.filter((g) => g.name !== STATE_SHEET && !g.name.startsWith('Q3 ')).map((g) => g.name);
    assert.ok(analysts.length >= 6, analysts.join(', '));
    for (const name of analysts) assert.equal(reads.get(name), 1, `'${name}' read ${reads.get(name) ?? 0} times`);
    assert.equal(model.syncs.length, reading, 'planning the undo asks Excel nothing');
  });

  it('through the add-in: the undo reads every sheet in the syncs of one read of the workbook, and says which indicator is out of date', async () => {
    const model = await rescoredAfterAnEdit();
    model.clearLog();
    await model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host), 'all'));
    const oneRead = model.syncs.filter((s) => !s.wrote).length;
    model.clearLog();
    const undone = await undoLastScoring(model.host);
    assert.deepEqual(undone.stale, ['CYP-01']);
    const reading = model.syncs.filter((s) => !s.wrote).length;
    // The read of the workbook, and at most one sync asking about the owned cells' spills and data types.
    assert.ok(reading <= oneRead + 1, `${reading} reading syncs, one read of the workbook is ${oneRead}`);
  });
});
