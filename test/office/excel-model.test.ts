/** The in-memory Excel model enforces the Office.js rules the adapter must live by. */
import { strict as assert } from 'assert';
import { modelFromGrids } from '../support/excel-model/build';
import { ExcelModel, ExcelModelError } from '../support/excel-model';

const grid = [
  {
    name: 'Data',
    values: [
      ['Ref', 'Value'],
      ['A-1', 5],
      ['A-2', 7],
    ],
  },
];

describe('The in-memory Excel model', () => {
  it('sorts the rows of a selection as Excel does: cells outside it stay on their rows ("Continue with the current selection")', () => {
    const model = modelFromGrids([
      {
        name: 'Data',
        values: [
          ['Ref', 'Value', 'Score'],
          ['A-1', 5, 'one'],
          ['A-2', 7, 'two'],
        ],
      },
    ]);
    const sheet = model.doc.sheet('Data')!;
    sheet.sortRows({ top: 1, bottom: 2, left: 0, right: 1 }, [1, 0]);
    assert.deepEqual(
      [1, 2].map((r) => [0, 1, 2].map((c) => sheet.cell(r, c)?.value)),
      [
        ['A-2', 7, 'one'],
        ['A-1', 5, 'two'],
      ],
    );
  });

  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B3');
      assert.throws(() => range.values, /PropertyNotLoaded|not available/);
      range.load('values');
      assert.throws(() => range.values, /not available/);
      await context.sync();
      assert.deepEqual(range.values, [
        ['Ref', 'Value'],
        ['A-1', 5],
        ['A-2', 7],
      ]);
      assert.throws(() => range.numberFormat, /not available/);
    });
  });

  it('applies queued writes only at sync, and null leaves a cell unchanged', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2:B3');
      range.values = [[null], [9]];
      assert.equal(model.doc.sheet('Data')!.cell(2, 1)!.value, 7);
      await context.sync();
    });
    assert.equal(model.doc.sheet('Data')!.cell(1, 1)!.value, 5);
    assert.equal(model.doc.sheet('Data')!.cell(2, 1)!.value, 9);
  });

  it('reads what a load saw at its place in the batch', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2');
      range.load('values');
      range.values = [[42]];
      await context.sync();
      assert.deepEqual(range.values, [[5]]);
    });
  });

  it('types strings as Excel does: formulas, numbers, fractions, booleans; an apostrophe keeps text', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('C1:C7').values = [
        ['=1+1'],
        ['-'],
        ['1,350,000'],
        ['TRUE'],
        ["'=1+1"],
        ['5.28%'],
        ['1 1/2'],
      ];
    });
    const cell = (r: number) => model.doc.sheet('Data')!.cell(r, 2)!;
    assert.equal(cell(0).formula, '=1+1');
    assert.equal(cell(1).formula, '=-');
    assert.equal(cell(2).value, 1350000);
    assert.equal(cell(3).value, true);
    assert.equal(cell(4).value, '=1+1');
    assert.equal(cell(4).formula, undefined);
    assert.equal(cell(5).value, 0.0528);
    assert.equal(cell(6).value, 1.5, 'a whole number and a fraction is a number');
  });

  it('fails a request over 5 MB whole, like Excel on the web', async () => {
    const model = modelFromGrids(grid);
    await assert.rejects(
      model.host.run(async (context) => {
        const big = Array.from({ length: 60000 }, () => ['x'.repeat(100)]);
        context.workbook.worksheets.getItem('Data').getRange('D1:D60000').values = big;
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'RequestPayloadSizeLimitExceeded',
    );
    assert.equal(model.doc.sheet('Data')!.cell(0, 3), undefined);
    assert.ok(model.syncs[0].requestBytes > 5 * 1024 * 1024);
  });

  it('refuses a write to a protected sheet at sync with AccessDenied', async () => {
    const model = modelFromGrids(grid);
    model.doc.sheet('Data')!.protected = true;
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').format.fill.color = '#FF0000';
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'AccessDenied',
    );
  });

  it("fails at sync a call the host's ExcelApi level lacks", async () => {
    const model = new ExcelModel(modelFromGrids(grid).doc, { apiVersion: '1.8' });
    assert.equal(model.host.isSetSupported('ExcelApi', '1.9'), false);
    assert.equal(model.host.isSetSupported('ExcelApi', '1.7'), true);
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRanges('A1,B2').format.fill.color = '#FF0000';
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'ApiNotFound',
    );
  });

  it('sets formats on every area of a RangeAreas and records calls and bytes', async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Data').getRanges('A2,B3');
      areas.format.fill.color = '#C6EFCE';
      areas.format.font.color = '#006100';
    });
    const s = model.doc.sheet('Data')!;
    assert.equal(s.cell(1, 0)!.fill, 'C6EFCE');
    assert.equal(s.cell(2, 1)!.fontColor, '006100');
    assert.equal(s.cell(1, 1)!.fill, null);
    assert.equal(model.syncs.length, 1);
    assert.deepEqual(
      model.syncs[0].calls.map((c) => c.name),
      [
        'WorksheetCollection.getItem',
        'Worksheet.getRanges',
        'RangeAreas.format.fill.color',
        'RangeAreas.format.font.color',
      ],
    );
    assert.ok(model.syncs[0].requestBytes > 0);
  });

  it('refuses to delete a very hidden sheet, as Excel does by design, until it is made hidden', async () => {
    const model = modelFromGrids([...grid, { name: 'Backup', values: [['x']] }]);
    model.doc.sheet('Backup')!.visibility = 'VeryHidden';
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Backup').delete();
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'GeneralException',
    );
    assert.ok(model.doc.sheet('Backup'));
    await model.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Backup');
      sheet.visibility = 'Hidden';
      sheet.delete();
    });
    assert.equal(model.doc.sheet('Backup'), undefined);
  });

  it('gives the merged areas whose top-left cell is in the range, whole, listed as Excel lists them', async () => {
    const model = modelFromGrids(grid);
    model.doc.sheet('Data')!.merges = [
      { top: 0, left: 0, bottom: 0, right: 3 }, // A1:D1, starts in A1:B3, ends outside it
      { top: 1, left: 1, bottom: 2, right: 1 }, // B2:B3, inside
      { top: 0, left: 5, bottom: 1, right: 6 }, // F1:G2, outside
    ];
    let address = '';
    await model.host.run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem('Data')
        .getRange('A1:B3')
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
      address = merged.address;
    });
    assert.equal(address, 'Data!A1:D1, Data!B2:B3');
  });

  it("shows a link's text to display in its cell, as text", async () => {
    const model = modelFromGrids(grid);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B2').hyperlink = {
        documentReference: "'Data'!A1",
        textToDisplay: 'Back to the top',
      };
    });
    const cell = model.doc.sheet('Data')!.cell(1, 1)!;
    assert.equal(cell.value, 'Back to the top', 'the number 5 gave way to the text');
    assert.equal(cell.hyperlink!.documentReference, "'Data'!A1");
  });

  it('keeps a very hidden sheet, and a workbook needs one visible sheet', async () => {
    const model = modelFromGrids(grid);
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').visibility = 'VeryHidden';
        await context.sync();
      }),
      /at least one visible sheet/,
    );
  });

  it("reads and writes a cell's runs of fonts from ExcelApi 1.18 (Excel.RangeTextRun); a value written over them drops them", async () => {
    const runs = [
      { text: 'Rich ', font: { bold: true, color: '#C00000', size: 14 } },
      { text: 'text', font: { color: '#4472C4', italic: true } },
    ];
    const older = modelFromGrids(grid, { apiVersion: '1.17' });
    await assert.rejects(
      older.host.run(async (context) => {
        context.workbook.worksheets
          .getItem('Data')
          .getRange('A7')
          .setCellProperties([[{ textRuns: runs }]]);
        await context.sync();
      }),
      (e: ExcelModelError) => e.code === 'ApiNotFound',
    );
    const model = modelFromGrids(grid, { apiVersion: '1.18' });
    const read = await model.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A7');
      range.setCellProperties([[{ textRuns: runs }]]);
      const props = range.getCellProperties({ textRuns: true });
      await context.sync();
      return props.value[0][0] as { textRuns: { text: string; font: Record<string, unknown> }[] };
    });
    const cell = model.doc.sheet('Data')!.cell(6, 0)!;
    assert.equal(cell.value, 'Rich text', 'the runs make the text');
    assert.deepEqual(
      read.textRuns.map((r) => [r.text, r.font.bold, r.font.italic, r.font.color, r.font.size]),
      [
        ['Rich ', true, false, '#C00000', 14],
        ['text', false, true, '#4472C4', 11],
      ],
      'each run with its whole font',
    );
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A7').values = [['plain']];
      await context.sync();
    });
    assert.equal(cell.textRuns, undefined);
  });
});
