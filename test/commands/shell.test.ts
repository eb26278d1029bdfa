/**
 * The ribbon shell (src/commands/shell.ts): the FunctionFile holds only the association of the buttons
 * and the message plumbing; the first ribbon command loads the engine chunk, every later one uses it,
 * and a chunk that cannot be loaded gives the analyst one plain sentence, changes nothing and still
 * completes the command. Run on the in-memory Excel model, with the real engine chunk's module.
 */
import { strict as assert } from 'assert';
import { COMMAND_TIME_LIMIT_MS, COMPLETION_MARGIN_MS, type Tone } from '../../src/commands/run-command';
import { registerCommands, COMMAND_IDS } from '../../src/commands/register';
import {
  chunkOnce,
  ENGINE_NOT_LOADED,
  runFromShell,
  type CommandChunk,
  type Notify,
  type Shell,
} from '../../src/commands/shell';
// Imported here as it is (mocha's ESM import() would want the file's extension): the test's loader hands it over.
import * as engine from '../../src/commands/engine';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';

type Model = ReturnType<typeof modelFromGrids>;

/** The ribbon as Office sees it: the shell's functions associated by id, events counted, messages kept. */
function ribbon(load: () => Promise<CommandChunk>, clock?: () => number) {
  const shown: { message: string; tone: Tone; closeWithinMs: number }[] = [];
  let loads = 0;
  const notify: Notify = async (message, tone, closeWithinMs) => void shown.push({ message, tone, closeWithinMs });
  const shell: Shell = {
    chunk: chunkOnce(() => {
      loads++;
      return load();
    }),
    notifier: () => notify,
    ...(clock ? { clock } : {}),
  };
  const associated = new Map<string, (event: { completed(): void }) => unknown>();
  registerCommands({ associate: (id, fn) => associated.set(id, fn) }, {}, (kind, event) =>
    runFromShell(kind, event, shell),
  );
  /** Presses a button; resolves once its command has finished, with how many times it completed the event. */
  const press = async (id: string) => {
    let completed = 0;
    await associated.get(id)!({ completed: () => void completed++ });
    return completed;
  };
  return { shown, press, loads: () => loads };
}

/** The engine chunk's module (what webpack emits as commands-engine.*.js), on the model's Excel. */
const engineOn = (model: Model) => async (): Promise<CommandChunk> => ({
  runCommand: engine.runCommand,
  officeHost: () => model.host,
});

const failedLoad = () =>
  Promise.reject(Object.assign(new Error('Loading chunk 97 failed.'), { name: 'ChunkLoadError' }));

/** console.error silenced for a call whose failure is the point (the shell logs it for the developer). */
async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  try {
    return await f();
  } finally {
    console.error = original;
  }
}

describe('The ribbon shell', () => {
  it('loads the engine chunk at the first command, scores, and completes the event once', async () => {
    const model = modelFromGrids(reportGrids());
    const r = ribbon(engineOn(model));
    assert.equal(r.loads(), 0, 'nothing is loaded before a button is pressed');
    assert.equal(await r.press(COMMAND_IDS.score), 1);
    assert.equal(r.loads(), 1);
    assert.equal(r.shown.length, 1);
    assert.match(r.shown[0].message, /^Q3 2020\/21 scored: \d+ on target/);
    assert.equal(r.shown[0].tone, 'done');
    assert.ok(model.doc.sheet('Q3 Summary'));
  });

  it('a second command uses the loaded chunk: it is not loaded again', async () => {
    const model = modelFromGrids(reportGrids());
    const r = ribbon(engineOn(model));
    await r.press(COMMAND_IDS.score);
    assert.equal(await r.press(COMMAND_IDS.refresh), 1);
    assert.equal(await r.press(COMMAND_IDS.score), 1);
    assert.equal(r.loads(), 1);
    assert.match(r.shown[1].message, /nothing has changed/);
    assert.match(r.shown[2].message, /nothing has changed/);
  });

  it('two buttons pressed while the chunk is still loading share the one load', async () => {
    const model = modelFromGrids(reportGrids());
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const r = ribbon(async () => {
      await arrived;
      return engineOn(model)();
    });
    const first = r.press(COMMAND_IDS.score);
    const second = r.press(COMMAND_IDS.refresh);
    arrive();
    assert.deepEqual(await Promise.all([first, second]), [1, 1]);
    assert.equal(r.loads(), 1);
    assert.equal(r.shown.length, 2);
  });

  it('a chunk that fails to load: one plain sentence, nothing changed, the event completed once', async () => {
    const model = modelFromGrids(reportGrids());
    const before = JSON.stringify(snapOfDocument(model.doc));
    const r = ribbon(failedLoad);
    assert.equal(await quietly(() => r.press(COMMAND_IDS.score)), 1);
    assert.deepEqual(
      r.shown.map((s) => [s.message, s.tone]),
      [[ENGINE_NOT_LOADED, 'problem']],
    );
    assert.equal(
      ENGINE_NOT_LOADED,
      'The Scorecard could not load its scoring engine, so nothing in the workbook was changed: check the connection and press the button again, or close and reopen the workbook.',
    );
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
  });

  it('after a failed load, the next press tries again and scores', async () => {
    const model = modelFromGrids(reportGrids());
    let attempt = 0;
    const r = ribbon(() => (++attempt === 1 ? failedLoad() : engineOn(model)()));
    await quietly(() => r.press(COMMAND_IDS.score));
    assert.equal(await r.press(COMMAND_IDS.score), 1);
    assert.equal(r.loads(), 2);
    assert.match(r.shown[1].message, /^Q3 2020\/21 scored: /);
  });

  it('completes the event when the chunk fails to load and the message cannot be shown either', async () => {
    const model = modelFromGrids(reportGrids());
    const shell: Shell = {
      chunk: chunkOnce(failedLoad),
      notifier: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'ui')");
      },
    };
    let completed = 0;
    const said = await quietly(() => runFromShell('score', { completed: () => void completed++ }, shell));
    assert.equal(completed, 1);
    assert.equal(said, ENGINE_NOT_LOADED);
    assert.ok(!model.doc.sheet('Q3 Summary'));
  });

  it('a loader that throws, or a chunk without runCommand, is a failed load too', async () => {
    for (const load of [
      () => {
        throw new Error('import() is not supported here');
      },
      async () => ({}) as CommandChunk,
    ]) {
      const r = ribbon(load);
      assert.equal(await quietly(() => r.press(COMMAND_IDS.score)), 1);
      assert.deepEqual(
        r.shown.map((s) => s.message),
        [ENGINE_NOT_LOADED],
      );
    }
  });

  it('completes the event once even when the chunk completes it and then fails', async () => {
    const model = modelFromGrids(reportGrids());
    const r = ribbon(async () => ({
      officeHost: () => model.host,
      runCommand: async (_kind, event) => {
        event.completed();
        throw new Error('a chunk that is not what it should be');
      },
    }));
    assert.equal(await quietly(() => r.press(COMMAND_IDS.score)), 1);
  });

  it('the time spent loading counts against the 5 minutes Office gives a command', async () => {
    const model = modelFromGrids(reportGrids());
    let now = 0;
    const r = ribbon(
      async () => {
        now += 90 * 1000; // a slow network: the chunk took a minute and a half
        return engineOn(model)();
      },
      () => now,
    );
    await r.press(COMMAND_IDS.score);
    assert.deepEqual(
      r.shown.map((s) => s.closeWithinMs),
      [COMMAND_TIME_LIMIT_MS - COMPLETION_MARGIN_MS - 90 * 1000],
    );
    const failing = ribbon(
      async () => {
        now += 120 * 1000; // webpack gives up on a chunk after 120 s
        return failedLoad();
      },
      () => now,
    );
    await quietly(() => failing.press(COMMAND_IDS.refresh));
    assert.deepEqual(
      failing.shown.map((s) => s.closeWithinMs),
      [COMMAND_TIME_LIMIT_MS - COMPLETION_MARGIN_MS - 120 * 1000],
    );
  });
});
