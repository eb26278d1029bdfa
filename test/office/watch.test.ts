/** "Keep summaries up to date" hears only edits inside indicator tables, and never the add-in's own writes. */
import { strict as assert } from 'assert';
import { touchesTables, watchEdits } from '../../src/office/watch';
import { modelFromGrids } from '../support/excel-model/build';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("Watching the analyst's edits", () => {
  const areas = [{ sheet: 'P1', top: 4, bottom: 9 }];

  it("an edit in a table's rows counts; one above, below or on another sheet does not", () => {
    assert.equal(touchesTables(areas, 'P1', 'H7'), true);
    assert.equal(touchesTables(areas, 'P1', 'A1:B10'), true);
    assert.equal(touchesTables(areas, 'P1', 'H3'), false);
    assert.equal(touchesTables(areas, 'P1', 'H11'), false);
    assert.equal(touchesTables(areas, 'P2', 'H7'), false);
  });

  it("passes on the analyst's typing in a table, not the add-in's writes, and stops when asked", async () => {
    const model = modelFromGrids([
      {
        name: 'P1',
        values: [
          ['Ref', 'Apr'],
          ['A-1', 3],
        ],
      },
    ]);
    const heard: string[] = [];
    const watch = await watchEdits(model.host, [{ sheet: 'P1', top: 1, bottom: 1 }], (_s, a) => heard.push(a));
    model.doc.userEdit('P1', 'B2', 4);
    model.doc.userEdit('P1', 'B9', 4);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('P1').getRange('C2').values = [[5]];
      await context.sync();
    });
    await tick();
    assert.deepEqual(heard, ['B2']);
    await watch.stop();
    model.doc.userEdit('P1', 'B2', 5);
    await tick();
    assert.deepEqual(heard, ['B2']);
  });
});
