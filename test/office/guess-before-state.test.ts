/**
 * A rescore guesses each sheet's owned cells as soon as the sheet is read, before the state sheet's rows
 * arrive (at 6,000 indicators they come in the second request, after their keys): provisionally, with the
 * run's own choices and no saved mapping (issue 11 item 2). When the state saves a mapping that changes
 * the guess — here it leaves a sheet out — the guess is dropped and made again, and the rescore is what
 * it would have been: the sheet left out untouched, every owned cell's "before" picture read with the
 * reads (none asked for after them), syncs within 2 + ⌈payload / budget⌉, and undo back to the first
 * scoring.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { gridsOfDocument, modelFromGrids } from '../support/excel-model/build';
import { bigGrids } from '../support/big-workbook';
import type { ExcelModel } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P2 = 'P2 Health & Care';

const valuesOf = (model: ExcelModel, sheet: string) =>
  JSON.stringify(gridsOfDocument(model.doc).find((g) => g.name === sheet)!.values);

describe('A rescore guesses owned cells before the saved mapping is read, and guesses again when it differs (in-memory model)', function () {
  this.timeout(120000);

  it('6,000 indicators, P2 left out by the saved mapping: P2 untouched, no owned cell read after the reads, syncs at the bound, undo back to the first scoring', async () => {
    const model = modelFromGrids(bigGrids(6000));
    const p2Before = valuesOf(model, P2);
    await scoreQuarter(model.host, { mapping: { ignoreSheets: [P2] } }, AT);
    assert.equal(valuesOf(model, P2), p2Before, 'the first scoring leaves P2 out');
    const firstP1 = valuesOf(model, 'P1 Children & Young People');

    model.clearLog();
    const again = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
    assert.equal(again.changed, true, 'the rescore at 10% writes');
    assert.deepEqual(again.settings.mapping, { ignoreSheets: [P2] }, 'the saved mapping applied');
    assert.equal(valuesOf(model, P2), p2Before, 'the rescore leaves P2 out');
    const payload = model.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
    const bound = 2 + Math.ceil(payload / PAYLOAD_BUDGET);
    const seen = `${model.syncs.length} syncs, payload ${payload} bytes (bound ${bound})`;
    assert.equal(model.syncs.filter((s) => s.error).length, 0, seen);
    assert.ok(model.syncs.length <= bound, seen);
    const after = model.syncs.filter(
      (s) =>
        !s.wrote &&
        s.calls.some((c) => c.name === 'Range.getCellProperties') &&
        !s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes'),
    );
    assert.equal(after.length, 0, `no owned cell read after the reads — ${seen}`);

    await undoLastScoring(model.host);
    assert.equal(valuesOf(model, 'P1 Children & Young People'), firstP1, 'undo gives back the first scoring');
    assert.equal(valuesOf(model, P2), p2Before);
  });
});
