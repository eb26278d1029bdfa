/**
 * The FunctionFile's script associates both ribbon functions as it loads, before Office has signalled
 * ready (a function associated only in Office.onReady can miss the first click), and touches nothing
 * of Office's context until a command runs.
 */
import { strict as assert } from 'assert';
import { COMMAND_IDS } from '../../src/commands/register';

describe("The FunctionFile (commands.html's script)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Office: g.Office, window: g.window };
  after(() => {
    g.Office = saved.Office;
    g.window = saved.window;
  });

  it('associates both functions as it loads, before Office is ready', () => {
    const associated: string[] = [];
    const ready: (() => unknown)[] = [];
    const win: Record<string, unknown> = { location: { href: 'https://localhost:3000/commands.html' } };
    g.window = win;
    g.Office = {
      actions: { associate: (id: string) => void associated.push(id) },
      onReady: (callback: () => unknown) => void ready.push(callback),
      get context(): never {
        throw new Error('Office.context read while loading');
      },
    };
    require('../../src/commands/function-file');
    assert.deepEqual(associated, [COMMAND_IDS.score, COMMAND_IDS.refresh], 'associated at load');
    assert.equal(typeof win[COMMAND_IDS.score], 'function', 'and exposed by name for older hosts');
    assert.equal(ready.length, 1, 'Office.onReady is still called');
  });
});
