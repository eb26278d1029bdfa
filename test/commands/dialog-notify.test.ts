/** The outcome dialog: opened with the message, resolved when closed; rejected when it cannot open. */
import { strict as assert } from 'assert';
import { dialogNotifier, dialogUrl, type DialogUi } from '../../src/commands/dialog-notify';
import { runCommand } from '../../src/commands/run-command';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { readDialogMessage } from '../../src/dialog/message';

function fakeUi(status: 'succeeded' | 'failed') {
  const handlers: Record<string, (arg: unknown) => void> = {};
  const opened: string[] = [];
  let closed = 0;
  const ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      opened.push(url);
      setTimeout(
        () =>
          callback({
            status,
            value: { close: () => void closed++, addEventHandler: (type, h) => void (handlers[String(type)] = h) },
            error: status === 'failed' ? { code: 12007, message: 'A dialog is already opened.' } : undefined,
          }),
        0,
      );
    },
  };
  return { ui, handlers, opened, closed: () => closed };
}

describe('The outcome dialog', () => {
  it('passes the message and tone to the page, which reads them back', () => {
    const url = dialogUrl('https://localhost:3000/dialog.html', 'Q3 2020/21 scored: 29 on target & more', 'done');
    assert.deepEqual(readDialogMessage(new URL(url).search), {
      message: 'Q3 2020/21 scored: 29 on target & more',
      tone: 'done',
    });
  });

  it('resolves when the OK button messages the parent, and closes the dialog', async () => {
    const f = fakeUi('succeeded');
    const shown = dialogNotifier(f.ui, 'https://x/dialog.html')('hello', 'done');
    for (let i = 0; i < 20 && !f.handlers.dialogMessageReceived; i++) await new Promise((r) => setTimeout(r, 1));
    f.handlers.dialogMessageReceived({ message: 'close' });
    await shown;
    assert.equal(f.closed(), 1);
  });

  it('resolves when the analyst closes it', async () => {
    const f = fakeUi('succeeded');
    const shown = dialogNotifier(f.ui, 'https://x/dialog.html')('hello', 'done');
    for (let i = 0; i < 20 && !f.handlers.dialogEventReceived; i++) await new Promise((r) => setTimeout(r, 1));
    f.handlers.dialogEventReceived({ error: 12006 });
    await shown;
  });

  it('resolves after a time limit if nobody closes it', async () => {
    const f = fakeUi('succeeded');
    await dialogNotifier(f.ui, 'https://x/dialog.html', 5)('hello', 'done');
    assert.equal(f.closed(), 1);
  });

  it("closes when the command's time runs out, sooner than its own limit", async () => {
    const f = fakeUi('succeeded');
    // The timer's length is read, not the clock: each timer runs soon, in the order set (the dialog opens
    // first), its asked-for delay noted.
    const delays: number[] = [];
    const realSetTimeout = global.setTimeout;
    global.setTimeout = ((run: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return realSetTimeout(run, ms ? 20 : 0);
    }) as typeof global.setTimeout;
    try {
      await dialogNotifier(f.ui, 'https://x/dialog.html', 60000)('hello', 'done', 3050);
    } finally {
      global.setTimeout = realSetTimeout;
    }
    assert.ok(delays.includes(3050), 'closed at the time left');
    assert.ok(!delays.includes(60000), 'not after a minute');
    assert.equal(f.closed(), 1);
  });

  it('does not open with no time left to read it', async () => {
    const f = fakeUi('succeeded');
    await assert.rejects(dialogNotifier(f.ui, 'https://x/dialog.html')('hello', 'done', 1000), /No time was left/);
    assert.deepEqual(f.opened, []);
  });

  it('rejects when the dialog cannot open', async () => {
    const f = fakeUi('failed');
    await assert.rejects(dialogNotifier(f.ui, 'https://x/dialog.html')('hello', 'done'), /already opened/);
  });

  // office-js issues 284 and 5714: on some hosts displayDialogAsync never calls its callback.
  const silentUi = (late?: { answer: (value: { close(): void }) => void }): DialogUi => ({
    displayDialogAsync: (_url, _options, callback) => {
      if (late)
        late.answer = (value) =>
          callback({ status: 'succeeded', value: { ...value, addEventHandler: () => undefined } });
    },
  });

  it('gives up at its time limit when the host never calls back, counting from when it was asked', async () => {
    await dialogNotifier(silentUi(), 'https://x/dialog.html', 5)('hello', 'done');
    await dialogNotifier(silentUi(), 'https://x/dialog.html', 60000)('hello', 'done', 3001);
  });

  it('closes a dialog that opens only after the time ran out', async () => {
    const late = { answer: (_: { close(): void }) => undefined as void };
    await dialogNotifier(silentUi(late), 'https://x/dialog.html', 5)('hello', 'done');
    let closed = 0;
    late.answer({ close: () => void closed++ });
    assert.equal(closed, 1);
  });

  it('rejects when the host throws instead of opening', async () => {
    const ui: DialogUi = {
      displayDialogAsync: () => {
        throw new Error('displayDialogAsync is not a function');
      },
    };
    await assert.rejects(dialogNotifier(ui, 'https://x/dialog.html')('hello', 'done'), /not a function/);
  });

  it('Score this quarter completes its event on a host whose dialog never calls back', async () => {
    const model = modelFromGrids(reportGrids());
    let completed = 0;
    const message = await runCommand(
      'score',
      { completed: () => void completed++ },
      {
        host: model.host,
        notify: dialogNotifier(silentUi(), 'https://x/dialog.html', 5),
        now: () => new Date('2026-11-26T09:00:00Z'),
      },
    );
    assert.equal(completed, 1);
    assert.match(message, /^Q3 2020\/21 scored/);
  });
});
