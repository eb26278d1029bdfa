/** The in-memory Excel model's Worksheet.onChanged, as the task pane's "keep summaries up to date" relies on it. */
import { strict as assert } from 'assert';
import { modelFromGrids } from '../support/excel-model/build';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('The Excel model: Worksheet.onChanged', () => {
  it("tells the analyst's typing from the add-in's own writes (triggerSource), after the change, and stops once removed", async () => {
    const model = modelFromGrids([
      {
        name: 'P1',
        values: [
          ['Ref', 'Apr'],
          ['A-1', 3],
        ],
      },
    ]);
    const seen: { address: string; triggerSource: string }[] = [];
    const registration = await model.host.run(async (context) => {
      const r = (
        context.workbook.worksheets.getItem('P1').onChanged as unknown as {
          add(h: (a: { address: string; triggerSource: string }) => void): {
            remove(): void;
            context: { sync(): Promise<void> };
          };
        }
      ).add((a) => {
        seen.push({ address: a.address, triggerSource: a.triggerSource });
      });
      await context.sync();
      return r;
    });
    model.doc.userEdit('P1', 'B2', 4);
    assert.deepEqual(seen, [], 'raised after the change, not inside it');
    await tick();
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('P1').getRange('C2').values = [[5]];
      await context.sync();
    });
    await tick();
    assert.deepEqual(seen, [
      { address: 'B2', triggerSource: 'Unknown' },
      { address: 'C2', triggerSource: 'ThisLocalAddin' },
    ]);
    registration.remove();
    await registration.context.sync();
    model.doc.userEdit('P1', 'B2', 6);
    await tick();
    assert.equal(seen.length, 2);
  });
});
