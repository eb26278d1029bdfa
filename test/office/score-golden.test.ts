/**
 * Scoring the golden example through the Office.js adapter, on the in-memory Excel model: the scores,
 * the cells and formats the plan says, in at most 3 syncs, strings kept as text, calculation and
 * screen updating paused while writing, the state very hidden, and scoring again writes nothing.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { STATE_SHEET } from '../../src/core';
import { reportGrids, expectedQ3 } from '../support/golden';
import { gridsOfDocument, modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { differences, expectedWorkbook } from '../support/expected-cells';

const FIXED = () => new Date('2026-11-26T09:00:00Z');

describe('Scoring the example workbook in Excel (in-memory model)', () => {
  it('gives the counts of expected-q3.json', async () => {
    const model = modelFromGrids(reportGrids());
    const { result } = await scoreQuarter(model.host, {}, FIXED);
    assert.equal(result.quarter, expectedQ3.quarter);
    const ex = result.executiveSummary as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(expectedQ3.executiveSummary)) assert.equal(ex[k], v, k);
    result.priorities.forEach((p, i) => {
      for (const [k, v] of Object.entries(expectedQ3.priorities[i]))
        assert.equal((p as unknown as Record<string, unknown>)[k], v, `priority ${i + 1} ${k}`);
    });
    assert.deepEqual(
      result.indicators.map((s) => [s.ref, s.status, s.rag, s.dot, s.trend]),
      expectedQ3.indicators.map((s) => [s.ref, s.status, s.rag, s.dot, s.trend]),
    );
  });

  it('writes exactly the cells, formats and sheets of the plan', async () => {
    const grids = reportGrids();
    const model = modelFromGrids(grids);
    await scoreQuarter(model.host, {}, FIXED);
    const expected = expectedWorkbook(grids);
    assert.deepEqual(differences(expected, snapOfDocument(model.doc)), []);
  });

  it("leaves a hidden sheet's indicators unscored, as the command line does", async () => {
    const grids = reportGrids();
    const model = modelFromGrids([...grids, { ...grids[0], name: 'P1 (last year)', hidden: true }]);
    const { result } = await scoreQuarter(model.host, {}, FIXED);
    assert.equal(result.executiveSummary.total, 60);
    assert.ok(result.findings.some((f) => f.kind === 'hidden-sheet' && f.sheet === 'P1 (last year)'));
    assert.equal(model.doc.sheet('P1 (last year)')!.cell(4, 19)?.fill ?? null, null, 'nothing written on it');
  });

  it('takes at most 3 syncs: the sheet list, every sheet read at once, the writes', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    assert.ok(model.syncs.length <= 3, `${model.syncs.length} syncs`);
    assert.equal(model.syncs.filter((s) => s.wrote).length, 1);
    // The first sync lists the sheets and, walking them, the size of each used range (issue 11 item 2:
    // every later response is sized before it is asked for); the only cells it reads are the header
    // windows (session 8): the used part of A1:AZ40 of each visible sheet, whose headers say which
    // columns are owned before the bands are asked for.
    assert.ok(
      model.syncs[0].calls.every(
        (c) => !['Worksheet.getRangeByIndexes', 'Worksheet.getUsedRange', 'Range.getCellProperties'].includes(c.name),
      ),
      'the first sync reads no cell but the header windows',
    );
    const windows = model.syncs[0].calls.filter((c) => c.name === 'Range.getIntersectionOrNullObject');
    assert.ok(windows.length > 0, 'the header windows');
    // What the windows hold (values and number formats as JSON): the answer is that and the list.
    const held = gridsOfDocument(model.doc)
      .filter((g) => !g.hidden)
      .reduce((n, g) => {
        const rows = g.values.slice(0, 40).map((r) => r.slice(0, 52).map((v) => v ?? ''));
        return n + JSON.stringify(rows).length + JSON.stringify(rows.map((r) => r.map(() => 'General'))).length;
      }, 0);
    assert.ok(
      model.syncs[0].responseBytes < 4096 + held * 1.1,
      `the first sync's answer is the list and the windows (${model.syncs[0].responseBytes} bytes; the windows hold ${held})`,
    );
  });

  it('pauses calculation and screen updating in every request that writes', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    for (const s of model.syncs.filter((x) => x.wrote)) {
      assert.equal(s.calculationSuspended, true);
      assert.equal(s.screenUpdatingSuspended, true);
    }
  });

  it('writes text as text: "-" and the summaries\' words never become formulas or numbers', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    const formulas = model.doc.sheets.flatMap((s) =>
      [...s.cells.values()].filter((c) => c.formula !== undefined).map((c) => `${s.name}: ${c.formula}`),
    );
    assert.deepEqual(formulas, []);
    const sc12 = model.doc.sheets
      .flatMap((s) => [...s.cells.values()])
      .filter((c) => c.value === '-' && c.numberFormat === '0.00%');
    assert.ok(sc12.length > 0, 'a "-" written in a variance cell stays the text "-"');
  });

  it('keeps the settings and journal on a very hidden Scorecard_State sheet, last in the workbook', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    const state = model.doc.sheet(STATE_SHEET)!;
    assert.equal(state.visibility, 'VeryHidden');
    assert.equal(state.cell(1, 1)!.value, 'performance-scorecard-state/3');
    assert.deepEqual(
      model.doc.sheets.slice(-4).map((s) => s.name),
      ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings', STATE_SHEET],
    );
  });

  it('writes nothing at all when scored again with nothing changed', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    const before = JSON.stringify(snapOfDocument(model.doc));
    model.clearLog();
    const again = await scoreQuarter(model.host, {}, () => new Date('2026-11-27T09:00:00Z'));
    assert.equal(again.changed, false);
    assert.equal(
      model.syncs.some((s) => s.wrote),
      false,
    );
    assert.ok(model.syncs.length <= 2, `${model.syncs.length} syncs`);
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
  });

  it('regenerates the summaries in place after a change of tolerance: the same sheet objects, in their places, no backup sheet', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    const ids = model.doc.sheets.map((s) => `${s.id}:${s.name}`);
    model.clearLog();
    const again = await scoreQuarter(model.host, { tolerancePct: 10 }, FIXED);
    assert.equal(again.changed, true);
    assert.deepEqual(
      model.doc.sheets.map((s) => `${s.id}:${s.name}`),
      ids,
      'no sheet added, renamed, moved or deleted',
    );
    const calls = model.syncs.flatMap((s) => s.calls.map((c) => c.name));
    assert.equal(
      calls.some((c) => c === 'Worksheet.delete' || c === 'Worksheet.name' || c === 'WorksheetCollection.add'),
      false,
      calls.filter((c) => c.startsWith('Worksheet')).join(', '),
    );
    assert.equal(model.doc.sheet('Q3 Summary')!.cell(5, 3)!.value, 'Within 10% of target');
  });

  it('regenerates a second time without error, still without any backup sheet', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, FIXED);
    await scoreQuarter(model.host, { tolerancePct: 10 }, FIXED);
    model.clearLog();
    const third = await scoreQuarter(model.host, { tolerancePct: 5 }, FIXED);
    assert.equal(third.changed, true);
    assert.equal(
      model.syncs.some((s) => s.error),
      false,
      'no request failed',
    );
    const names = model.doc.sheets.map((s) => `${s.name}:${s.visibility}`);
    assert.deepEqual(
      names.filter((n) => n.includes('Q3 Summary')),
      ['Q3 Summary:Visible'],
    );
  });
});
