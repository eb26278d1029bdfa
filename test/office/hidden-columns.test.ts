/**
 * Hidden columns and the analyst's conditional formats, as the add-in reads them (session 10, helper
 * addin3): the model answers Range.columnHidden as Excel documents it (true, false, null when mixed), and
 * the adapter asks each column's, and the cells a conditional format covers, in a request it makes
 * anyway — a workbook with them scores in as many syncs as one without. On ExcelApi 1.9 each sheet's
 * columns are asked in one Range.getColumnProperties call (an item per column, true or false), so the calls
 * per sheet do not grow with its columns (issue 11 item 3); below 1.9, one cell of each column.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromGrids } from '../support/excel-model/build';
import { reportGrids } from '../support/golden';
import { AT } from '../support/both-front-ends';

const P1 = 'P1 Children & Young People';

describe('Hidden columns and conditional formats in the add-in (in-memory model)', () => {
  it('Range.columnHidden: true when every column of the range is hidden, false when none, null when some', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet(P1)!.hiddenColumns.add(3);
    const read = await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(P1);
      const ranges = ['D1', 'C1', 'C1:D1', 'D1:D9'].map((a) => sheet.getRange(a).load('columnHidden'));
      await context.sync();
      return ranges.map((r) => r.columnHidden);
    });
    assert.deepEqual(read, [true, false, null, true]);
  });

  it('Range.getColumnProperties({ columnHidden, columnIndex }): an item per column, each true or false, on ExcelApi 1.9', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet(P1)!.hiddenColumns.add(3);
    const read = await model.host.run(async (context) => {
      const items = context.workbook.worksheets
        .getItem(P1)
        .getRange('B1:E9')
        .getColumnProperties({ columnHidden: true, columnIndex: true });
      await context.sync();
      return items.value;
    });
    assert.deepEqual(read, [
      { columnHidden: false, columnIndex: 1 },
      { columnHidden: false, columnIndex: 2 },
      { columnHidden: true, columnIndex: 3 },
      { columnHidden: false, columnIndex: 4 },
    ]);
    const old = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    await assert.rejects(
      old.host.run(async (context) => {
        context.workbook.worksheets.getItem(P1).getRange('B1:E9').getColumnProperties({ columnHidden: true });
        await context.sync();
      }),
      /ExcelApi 1\.9/,
    );
  });

  it('the hidden columns cost one getColumnProperties call a sheet on ExcelApi 1.9, one cell a column below it', async () => {
    const scoreWith = async (apiVersion: string) => {
      const model = modelFromGrids(reportGrids(), { apiVersion });
      model.doc.sheet(P1)!.hiddenColumns.add(2);
      await scoreQuarter(model.host, {}, AT);
      const calls = model.syncs.flatMap((s) => s.calls.map((c) => c.name));
      return { calls };
    };
    const now = await scoreWith('1.17');
    const old = await scoreWith('1.8');
    // Every sheet of the workbook (each has content, none is the state sheet) is asked, in one call each.
    const asked = reportGrids().length;
    assert.equal(now.calls.filter((c) => c === 'Range.getColumnProperties').length, asked);
    assert.equal(old.calls.filter((c) => c === 'Range.getColumnProperties').length, 0);
    // What the reader makes of a hidden column on ExcelApi 1.9 is test/cross/hidden-columns-and-rules.test.ts's.
  });

  it('getSpecialCells("ConditionalFormats"): the cells a rule covers within the range, or a null object', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet(P1)!.conditionalFormats = [{ area: { top: 4, left: 19, bottom: 29, right: 19 }, fill: '00B050' }];
    const read = await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(P1);
      const covered = sheet
        .getRange('A1:Z40')
        .getSpecialCellsOrNullObject('ConditionalFormats' as Excel.SpecialCellType.conditionalFormats)
        .load('address');
      const none = sheet
        .getRange('A1:B40')
        .getSpecialCellsOrNullObject('ConditionalFormats' as Excel.SpecialCellType.conditionalFormats)
        .load('address');
      await context.sync();
      return { covered: covered.address, none: none.isNullObject };
    });
    assert.deepEqual(read, { covered: `'${P1}'!T5:T30`, none: true });
  });

  it('a hidden column and a rule over the % variance cells cost no sync: the same syncs as the plain workbook, the Check given', async () => {
    const plain = modelFromGrids(reportGrids());
    await scoreQuarter(plain.host, {}, AT);
    const model = modelFromGrids(reportGrids());
    model.doc.sheet(P1)!.hiddenColumns.add(2);
    model.doc.sheet(P1)!.conditionalFormats = [{ area: { top: 4, left: 19, bottom: 29, right: 19 }, fill: '00B050' }];
    const scored = await scoreQuarter(model.host, {}, AT);
    assert.equal(model.syncs.length, plain.syncs.length, 'no sync more');
    const check = scored.result.findings.find((f) => f.kind === 'conditional-format-over-scores');
    assert.ok(check, 'the Check is given');
    assert.equal(check.sheet, P1);
    assert.match(check.message, /has conditional formatting of its own on T\d+:T\d+, cells this product colours/);
    assert.deepEqual(
      model.doc.sheet(P1)!.conditionalFormats.map((c) => c.area),
      [{ top: 4, left: 19, bottom: 29, right: 19 }],
      'the rule is left as it was',
    );
  });
});
