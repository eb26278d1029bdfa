/**
 * Excel's rules the in-memory model keeps where it used to be kinder than Excel (docs/addin.md, "Excel's
 * rules the model keeps"; each rule's source is in the model beside it), and what the add-in does when it
 * meets them: one plain sentence and nothing changed, never a crash or a half-written workbook.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { goToCell, goToRow } from '../../src/office/pane-state';
import { plainMessage } from '../../src/office/problems';
import { outcomeMessage, undoMessage } from '../../src/office/outcome-message';
import { shownFill } from '../support/excel-model/filters';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel, ExcelModelError } from '../support/excel-model';

const AT = () => new Date('2026-11-30T09:00:00Z');
const grid = [
  {
    name: 'Data',
    values: [
      ['Ref', 'Value', 'Note'],
      ['A-1', 5, 'x'],
      ['A-2', 7, 'y'],
    ],
  },
  { name: 'Other', values: [['z']] },
];
const code = (c: string) => (e: ExcelModelError) => e.code === c;

/** The analyst's plain sentence for what `act` threw, checking that nothing in the workbook changed. */
async function refusal(model: ExcelModel, act: () => Promise<unknown>): Promise<string> {
  const before = JSON.stringify(snapOfDocument(model.doc));
  model.clearLog();
  let message = '';
  await act().then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => (message = plainMessage(e)),
  );
  assert.equal(JSON.stringify(snapOfDocument(model.doc)), before, 'the workbook is unchanged');
  assert.ok(!model.syncs.some((s) => s.wrote), 'no request wrote anything');
  return message;
}

describe("Excel's rules the model keeps (where it was kinder than Excel)", () => {
  it('refuses a sheet named "History" in any case, as Excel reserves it, beside the other naming rules', async () => {
    for (const [name, expected] of [
      ['History', 'InvalidArgument'],
      ['HISTORY', 'InvalidArgument'],
      ['x'.repeat(32), 'InvalidArgument'],
      ['Q3/Q4', 'InvalidArgument'],
      ["'Q3", 'InvalidArgument'],
      ['', 'InvalidArgument'],
      ['DATA', 'ItemAlreadyExists'],
    ]) {
      const model = modelFromGrids(grid);
      await assert.rejects(
        model.host.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
        code(expected),
        `adding '${name}'`,
      );
    }
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      context.workbook.worksheets.add('History 2020-21');
      context.workbook.worksheets.add('x'.repeat(31));
      await context.sync();
    });
    assert.equal(model.doc.sheets.length, 4);
  });

  it('refuses to activate a hidden sheet or select on it', async () => {
    const model = modelFromGrids(grid);
    model.doc.sheet('Other')!.visibility = 'Hidden';
    for (const go of [(ws: Excel.Worksheet) => ws.activate(), (ws: Excel.Worksheet) => ws.getRange('A1').select()]) {
      await assert.rejects(
        model.host.run(async (context) => {
          go(context.workbook.worksheets.getItem('Other'));
          await context.sync();
        }),
        code('InvalidOperation'),
      );
    }
    assert.equal(model.doc.activeSheet, null);
  });

  it('keeps only the upper-left value of cells merged, as Excel does', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A2:C2').merge(false);
      await context.sync();
    });
    const data = model.doc.sheet('Data')!;
    assert.deepEqual(
      [0, 1, 2].map((c) => data.cell(1, c)?.value ?? null),
      ['A-1', null, null],
    );
  });

  it('refuses text over 32,767 characters and formulas over 8,192; an apostrophe is not counted', async () => {
    const write = (value: string) => {
      const model = modelFromGrids(grid);
      return model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('C2').values = [[value]];
        await context.sync();
      });
    };
    await write('a'.repeat(32767));
    await write(`'${'='.repeat(32767)}`);
    await assert.rejects(write('a'.repeat(32768)), code('InvalidArgument'));
    await assert.rejects(write(`=${'1+'.repeat(4096)}1`), code('InvalidArgument'));
  });

  it('reads a workbook open for viewing only, and refuses every change with AccessDenied', async () => {
    const model = modelFromGrids(grid);
    model.doc.readOnly = true;
    const values = await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2:B3').load('values');
      await context.sync();
      return range.values;
    });
    assert.deepEqual(values, [[5], [7]]);
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('B2').values = [[9]];
        await context.sync();
      }),
      code('AccessDenied'),
    );
    assert.equal(model.doc.sheet('Data')!.cell(1, 1)!.value, 5);
  });
});

describe("The add-in against Excel's rules", () => {
  it('scoring a workbook open for viewing only: one sentence, nothing changed', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.readOnly = true;
    const msg = await refusal(model, () => scoreQuarter(model.host, {}, AT));
    assert.match(msg, /^Excel would not let Performance Scorecard change this workbook: .* Nothing was changed\.$/);
    assert.doesNotMatch(msg, /unexpected/);
  });

  it('undoing in a workbook open for viewing only: one sentence, nothing changed', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    model.doc.readOnly = true;
    const msg = await refusal(model, () => undoLastScoring(model.host));
    assert.match(msg, /^Excel would not let Performance Scorecard change this workbook: .* Nothing was changed\.$/);
  });

  it('a rescore with nothing to change works in a workbook open for viewing only (it writes nothing)', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    model.doc.readOnly = true;
    const again = await scoreQuarter(model.host, {}, AT);
    assert.equal(again.changed, false);
  });

  it("going to a hidden sheet's finding says to unhide it, in one request when the sheet is visible", async () => {
    const grids = reportGrids();
    const hidden = grids.find((g) => g.name === 'P4 Economy')!;
    hidden.hidden = true;
    const model = modelFromGrids(grids);
    const scored = await scoreQuarter(model.host, {}, AT);
    const finding = scored.result.findings.find((f) => f.sheet === 'P4 Economy');
    assert.ok(finding, 'the hidden sheet is named in a finding');
    const msg = await refusal(model, () => goToCell(model.host, 'P4 Economy', 'A1'));
    assert.equal(
      msg,
      "The sheet 'P4 Economy' is hidden, so Excel cannot go to it. Unhide it (right-click a sheet tab › Unhide) and try again.",
    );
    model.clearLog();
    await goToCell(model.host, 'P1 Children & Young People', 'U5');
    assert.equal(model.syncs.length, 1);
    assert.deepEqual(model.doc.selection, { sheet: 'P1 Children & Young People', address: 'U5' });
  });

  it("going to an indicator whose sheet was deleted since the scoring says so, not 'unexpected problem'", async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    model.doc.remove(model.doc.sheet('P6 Modern Council')!);
    const msg = await refusal(model, () => goToRow(model.host, 'P6 Modern Council', 4));
    assert.match(msg, /^The sheet 'P6 Modern Council' is no longer in the workbook: .* Score again/);
  });
});

describe('Another workbook brought to the front mid-run (InactiveWorkbook)', () => {
  it('is told in one sentence; Undo then puts back a run stopped part-way', async () => {
    const model = modelFromGrids(reportGrids(), { writeBudget: 40000 });
    const theirs = () => JSON.stringify(snapOfDocument(model.doc).filter((s) => s.name !== 'Scorecard_State'));
    const before = theirs();
    model.failAt(5, 'InactiveWorkbook'); // a write request after the first ones have written
    const msg = await scoreQuarter(model.host, {}, AT).then(
      () => 'scored',
      (e: unknown) => plainMessage(e),
    );
    assert.match(msg, /^Excel stopped Performance Scorecard because another workbook came to the front/);
    assert.notEqual(theirs(), before, 'it had started writing');
    await undoLastScoring(model.host);
    assert.equal(theirs(), before);
  });
});

describe('Filters: nothing is written across rows a filter hides (office-js issue 224)', () => {
  const P1 = 'P1 Children & Young People';

  it('the model misplaces a write across filtered rows, as reported, and says which sheets are filtered on 1.9', async () => {
    const model = modelFromGrids([{ name: 'Data', values: [['h'], [1], [2], [3], [4]] }]);
    const data = model.doc.sheet('Data')!;
    data.autoFilter = { area: { top: 0, left: 0, bottom: 4, right: 0 }, hiddenRows: [2] };
    data.tables = [{ name: 'T', area: { top: 0, left: 2, bottom: 4, right: 3 }, hiddenRows: [] }];
    const seen = await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A2:A5').values = [[10], [20], [30], [40]];
      const filter = sheet.autoFilter.load('isDataFiltered');
      const tables = sheet.tables.load('items/autoFilter/isDataFiltered');
      await context.sync();
      return [filter.isDataFiltered, tables.items.map((t) => t.autoFilter.isDataFiltered)];
    });
    assert.deepEqual(seen, [true, [false]]);
    assert.deepEqual(
      [1, 2, 3, 4].map((r) => data.cell(r, 0)?.value),
      [10, 2, 20, 30],
      'the hidden row kept its value and the others moved up',
    );
    const old = modelFromGrids(grid, { apiVersion: '1.8' });
    await assert.rejects(
      old.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').autoFilter.load('isDataFiltered');
        await context.sync();
      }),
      code('ApiNotFound'),
    );
  });

  it("a filter on the analyst's indicator sheet: one sentence, nothing changed", async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet(P1)!.autoFilter = { area: { top: 3, left: 0, bottom: 30, right: 25 }, hiddenRows: [6, 7] };
    const msg = await refusal(model, () => scoreQuarter(model.host, {}, AT));
    assert.equal(
      msg,
      `The sheet '${P1}' has a filter hiding some of its rows, and Excel can put values in the wrong rows when it writes across a filter. Clear the filter (Data › Clear) and try again; you can filter again afterwards. Nothing was changed.`,
    );
  });

  it("an Excel table's filter names the table's filter button; undo is refused the same way", async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, AT);
    model.doc.sheet(P1)!.tables = [{ name: 'P1', area: { top: 3, left: 0, bottom: 30, right: 25 }, hiddenRows: [9] }];
    const msg = await refusal(model, () => undoLastScoring(model.host));
    assert.match(
      msg,
      /^The sheet 'P1 Children & Young People' has a filter .* Clear the table's filter \(its header's filter button › Clear Filter\) .* Nothing was changed\.$/,
    );
  });

  it("a filter the analyst put on the product's Findings sheet is removed when the sheet is regenerated", async () => {
    const plain = modelFromGrids(reportGrids());
    const filtered = modelFromGrids(reportGrids());
    for (const m of [plain, filtered]) await scoreQuarter(m.host, {}, AT);
    filtered.doc.sheet('Q3 Findings')!.autoFilter = {
      area: { top: 0, left: 0, bottom: 40, right: 4 },
      hiddenRows: [2, 3],
    };
    for (const m of [plain, filtered]) await scoreQuarter(m.host, { tolerancePct: 10 }, AT);
    const findings = (m: ExcelModel) => snapOfDocument(m.doc).find((s) => s.name === 'Q3 Findings');
    assert.deepEqual(findings(filtered), findings(plain));
    assert.equal(filtered.doc.sheet('Q3 Findings')!.autoFilter, null);
  });
});

describe("A host that will not load the tables' filter state in the first read", () => {
  const P1 = 'P1 Children & Young People';
  const UNCHECKED =
    ' This Excel would not say whether a filter is hiding rows on the scored sheets, so that could not be checked: if one is, undo this scoring, clear the filter (Data › Clear) and score again, since Excel can put values in the wrong rows when it writes across a filter.';

  it('the model refuses the load as such a host would, naming the table in errorLocation, or answers without it', async () => {
    for (const filterLoad of ['GeneralException', 'InvalidArgument'] as const) {
      const model = modelFromGrids(grid, { filterLoad });
      model.doc.sheet('Data')!.tables = [{ name: 'T', area: { top: 0, left: 0, bottom: 2, right: 2 }, hiddenRows: [] }];
      await assert.rejects(
        model.host.run(async (context) => {
          context.workbook.worksheets.getItem('Data').tables.load({ autoFilter: { isDataFiltered: true } });
          await context.sync();
        }),
        (e: ExcelModelError) =>
          e.code === filterLoad &&
          /Table/.test(e.debugInfo?.errorLocation ?? '') &&
          model.syncs[0].error === filterLoad,
      );
    }
    const quiet = modelFromGrids(grid, { filterLoad: 'not-delivered' });
    quiet.doc.sheet('Data')!.tables = [{ name: 'T', area: { top: 0, left: 0, bottom: 2, right: 2 }, hiddenRows: [] }];
    await assert.rejects(
      quiet.host.run(async (context) => {
        const tables = context.workbook.worksheets
          .getItem('Data')
          .tables.load({ autoFilter: { isDataFiltered: true } });
        await context.sync();
        return tables.items[0].autoFilter.isDataFiltered;
      }),
      code('PropertyNotLoaded'),
    );
  });

  for (const filterLoad of ['GeneralException', 'InvalidArgument'] as const) {
    it(`refused with ${filterLoad}: the first read is asked again without it (one sync more), the scores are the same and the message says filters were not checked`, async () => {
      const plain = modelFromGrids(reportGrids());
      const scoredPlain = await scoreQuarter(plain.host, {}, AT);
      const model = modelFromGrids(reportGrids(), { filterLoad });
      const scored = await scoreQuarter(model.host, {}, AT);
      assert.equal(model.syncs.length, plain.syncs.length + 1, 'one sync more, on such a host only');
      assert.equal(model.syncs.filter((s) => s.error).length, 1);
      assert.equal(model.syncs[1].error, filterLoad, 'the first read request, refused');
      assert.deepEqual(snapOfDocument(model.doc), snapOfDocument(plain.doc), 'the same cells and sheets');
      assert.equal(scored.filtersUnchecked, true);
      assert.equal(scoredPlain.filtersUnchecked, undefined);
      assert.equal(outcomeMessage(scored, 'score'), outcomeMessage(scoredPlain, 'score') + UNCHECKED);
      // A rescore with nothing to change writes nothing and says nothing of filters.
      const again = await scoreQuarter(model.host, {}, AT);
      assert.equal(again.changed, false);
      assert.equal(again.filtersUnchecked, undefined);
      // Undo works there too, and says the same.
      await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
      const undone = await undoLastScoring(model.host);
      assert.equal(undone.filtersUnchecked, true);
      assert.match(
        undoMessage(undone),
        /could not be checked: if one is, clear the filter \(Data › Clear\) and check the cells put back, since Excel can put values in the wrong rows when it writes across a filter\.$/,
      );
    });
  }

  it('answered without the filter state (a nested load not delivered): no sync more, the same scores, the same sentence', async () => {
    const plain = modelFromGrids(reportGrids());
    plain.doc.sheet(P1)!.tables = [{ name: 'P1', area: { top: 3, left: 0, bottom: 30, right: 25 }, hiddenRows: [] }];
    const scoredPlain = await scoreQuarter(plain.host, {}, AT);
    const model = modelFromGrids(reportGrids(), { filterLoad: 'not-delivered' });
    model.doc.sheet(P1)!.tables = [{ name: 'P1', area: { top: 3, left: 0, bottom: 30, right: 25 }, hiddenRows: [] }];
    const scored = await scoreQuarter(model.host, {}, AT);
    assert.equal(model.syncs.length, plain.syncs.length);
    assert.deepEqual(snapOfDocument(model.doc), snapOfDocument(plain.doc));
    assert.equal(outcomeMessage(scored, 'score'), outcomeMessage(scoredPlain, 'score') + UNCHECKED);
  });

  it('a host that loads the filter state still refuses a filtered sheet (the check is kept where it can be made)', async () => {
    const model = modelFromGrids(reportGrids(), { filterLoad: 'loads' });
    model.doc.sheet(P1)!.autoFilter = { area: { top: 3, left: 0, bottom: 30, right: 25 }, hiddenRows: [6] };
    assert.match(await refusal(model, () => scoreQuarter(model.host, {}, AT)), /has a filter hiding some of its rows/);
  });
});

describe('Conditional formats: what the analyst sees is not what format.fill reads', () => {
  const P1 = 'P1 Children & Young People';

  it("the scoring's fill goes under the analyst's conditional format, and the message says so, in no request more", async () => {
    const plain = modelFromGrids(reportGrids());
    await scoreQuarter(plain.host, {}, AT);
    const model = modelFromGrids(reportGrids());
    // The analyst's own RAG rule over the % variance column (T5:T30), drawing its own green.
    model.doc.sheet(P1)!.conditionalFormats = [{ area: { top: 4, left: 19, bottom: 29, right: 19 }, fill: '00B050' }];
    const scored = await scoreQuarter(model.host, {}, AT);
    assert.equal(model.syncs.length, plain.syncs.length, 'the question rides in the first write request');
    assert.deepEqual(scored.conditionalFormats, [P1]);
    const p1 = model.doc.sheet(P1)!;
    const scoringFill = plain.doc.sheet(P1)!.cell(4, 19)!.fill;
    assert.ok(scoringFill && scoringFill !== '00B050');
    assert.equal(p1.cell(4, 19)!.fill, scoringFill, "the cell's own fill is the scoring's");
    assert.equal(shownFill(p1, 4, 19), '00B050', "what Excel shows is the rule's");
    assert.match(
      outcomeMessage(scored, 'score'),
      /The scored columns on 'P1 Children & Young People' have conditional formatting, which Excel shows instead of the scoring's colours: to see the RAG colours, clear those rules \(Home › Conditional Formatting › Clear Rules\)\.$/,
    );
    const again = await scoreQuarter(plain.host, {}, AT);
    assert.equal(again.conditionalFormats, undefined, 'none without rules (and none when nothing is written)');
  });
});
