/**
 * The ribbon's ExecuteFunction commands: event.completed() is called on success and on every failure
 * path; the message carries the counts; both commands are associated and exposed as globals.
 */
import { strict as assert } from 'assert';
import {
  COMMAND_TIME_LIMIT_MS,
  COMPLETION_MARGIN_MS,
  runCommand,
  type CommandDeps,
  type Tone,
} from '../../src/commands/run-command';
import { registerCommands, COMMAND_IDS } from '../../src/commands/register';
import type { ExcelHost } from '../../src/office/host';
import { scoreQuarter } from '../../src/office/scoring';
import { reportGrids, expectedQ3 } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';

function recorder() {
  const calls: { completed: number } = { completed: 0 };
  return { event: { completed: () => void calls.completed++ }, calls };
}

function deps(host: ExcelHost, notify?: CommandDeps['notify']) {
  const shown: { message: string; tone: Tone }[] = [];
  return {
    shown,
    deps: {
      host,
      now: () => new Date('2026-11-26T09:00:00Z'),
      notify: notify ?? (async (message: string, tone: Tone) => void shown.push({ message, tone })),
    } satisfies CommandDeps,
  };
}

describe('Ribbon commands', () => {
  it('Score this quarter scores the latest quarter with data, tells the counts, completes once', async () => {
    const model = modelFromGrids(reportGrids());
    const { event, calls } = recorder();
    const d = deps(model.host);
    await runCommand('score', event, d.deps);
    assert.equal(calls.completed, 1);
    assert.equal(d.shown.length, 1);
    const ex = expectedQ3.executiveSummary;
    assert.match(
      d.shown[0].message,
      new RegExp(
        `^Q3 2020/21 scored: ${ex.onTarget} on target, ${ex.withinTolerance} within 5%, ${ex.offTarget} off target, ${ex.dataGaps} data gaps — \\d+ findings`,
      ),
    );
    assert.equal(d.shown[0].tone, 'done');
    assert.ok(model.doc.sheet('Q3 Summary'));
  });

  it('Score this quarter uses the quarter and tolerance saved in the workbook', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, { quarter: 2, tolerancePct: 10 });
    const d = deps(model.host);
    await runCommand('score', recorder().event, d.deps);
    assert.match(d.shown[0].message, /^Q2 2020\/21: nothing has changed .* within 10%/);
  });

  it('Refresh summaries after an edit rescores and regenerates, without duplicate sheets', async () => {
    const model = modelFromGrids(reportGrids());
    await runCommand('score', recorder().event, deps(model.host).deps);
    const again = deps(model.host);
    await runCommand('refresh', recorder().event, again.deps);
    assert.match(again.shown[0].message, /nothing has changed/);
    model.doc.sheet('P1 Children & Young People')!.edit(4, 15).value = 999; // an analyst's edit of a December figure
    const edited = deps(model.host);
    const { event, calls } = recorder();
    await runCommand('refresh', event, edited.deps);
    assert.equal(calls.completed, 1);
    assert.match(edited.shown[0].message, /^Q3 2020\/21 rescored and summaries refreshed: /);
    assert.equal(model.doc.sheets.filter((s) => s.visibility === 'Visible' && /^Q3 Summary/.test(s.name)).length, 1);
  });

  const failures: [string, () => { host: ExcelHost; notify?: CommandDeps['notify'] }, RegExp][] = [
    ['no indicator table', () => ({ host: modelFromGrids([{ name: 'Sheet1', values: [['Hello']] }]).host }), /table/i],
    [
      'a protected sheet',
      () => {
        const m = modelFromGrids(reportGrids());
        m.doc.sheet('P3 Safe & Strong Communities')!.protected = true;
        return { host: m.host };
      },
      /'P3 Safe & Strong Communities' is protected/,
    ],
    ['an unsupported host', () => ({ host: modelFromGrids(reportGrids(), { apiVersion: '1.5' }).host }), /too old/],
    [
      'an unexpected exception',
      () => ({
        host: {
          isSetSupported: () => true,
          run: async () => {
            throw new TypeError('boom');
          },
        },
      }),
      /unexpected problem.*boom/,
    ],
    [
      'Excel failing mid-read',
      () => ({
        host: {
          isSetSupported: () => true,
          run: () => Promise.reject(Object.assign(new Error('GeneralException'), { code: 'GeneralException' })),
        },
      }),
      /unexpected problem/,
    ],
  ];
  for (const [name, setup, pattern] of failures) {
    it(`completes the event and says why on ${name}`, async () => {
      const { host } = setup();
      const { event, calls } = recorder();
      const d = deps(host);
      await runCommand('score', event, d.deps);
      assert.equal(calls.completed, 1);
      assert.equal(d.shown[0].tone, 'problem');
      assert.match(d.shown[0].message, pattern);
    });
  }

  it('completes the event when the dialog cannot be shown, after scoring', async () => {
    const model = modelFromGrids(reportGrids());
    const { event, calls } = recorder();
    const d = deps(model.host, async () => {
      throw new Error('12007: a dialog is already open');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      await runCommand('score', event, d.deps);
    } finally {
      console.error = original;
    }
    assert.equal(calls.completed, 1);
    assert.ok(model.doc.sheet('Q3 Summary'));
  });

  it('completes the event when the dialog cannot be shown, after a failure', async () => {
    const { event, calls } = recorder();
    const d = deps({ isSetSupported: () => false, run: async () => undefined as never }, async () => {
      throw new Error('no dialog');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      await runCommand('refresh', event, d.deps);
    } finally {
      console.error = original;
    }
    assert.equal(calls.completed, 1);
  });

  it('gives the message only the time the command has left: Office ends a command after 5 minutes', async () => {
    const model = modelFromGrids(reportGrids());
    const given: number[] = [];
    let now = 0;
    const slow: ExcelHost = {
      isSetSupported: model.host.isSetSupported,
      run: async (batch) => {
        const result = await model.host.run(batch);
        now += 4 * 60 * 1000; // the scoring took four minutes
        return result;
      },
    };
    const d = deps(slow, async (_message, _tone, closeWithinMs) => void given.push(closeWithinMs));
    const { event, calls } = recorder();
    await runCommand('score', event, { ...d.deps, clock: () => now });
    assert.deepEqual(given, [COMMAND_TIME_LIMIT_MS - COMPLETION_MARGIN_MS - 4 * 60 * 1000]);
    assert.ok(given[0] < 60 * 1000);
    assert.equal(calls.completed, 1);
  });

  it("completes the event even when Office's context cannot be had to run the command", async () => {
    const globals: Record<string, unknown> = {};
    registerCommands(undefined, globals, (kind, event) =>
      runCommand(kind, event, () => {
        throw new TypeError("Cannot read properties of undefined (reading 'ui')");
      }),
    );
    const { event, calls } = recorder();
    const original = console.error;
    console.error = () => undefined;
    try {
      await (globals.scoreThisQuarter as (e: unknown) => Promise<unknown>)(event);
    } finally {
      console.error = original;
    }
    assert.equal(calls.completed, 1);
  });

  it('completes only after the analyst has read the message', async () => {
    const model = modelFromGrids(reportGrids());
    const { event, calls } = recorder();
    let close!: () => void;
    const d = deps(model.host, () => new Promise<void>((resolve) => (close = resolve)));
    const running = runCommand('score', event, d.deps);
    for (let i = 0; i < 50 && !close; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(calls.completed, 0);
    close();
    await running;
    assert.equal(calls.completed, 1);
  });

  it('changes nothing on refusal (the workbook is left as it was)', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet('P1 Children & Young People')!.protected = true;
    const before = JSON.stringify(snapOfDocument(model.doc));
    await runCommand('score', recorder().event, deps(model.host).deps);
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
  });

  it('associates both ribbon functions and exposes them as globals for older hosts', async () => {
    const associated = new Map<string, (e: { completed(): void }) => unknown>();
    const globals: Record<string, unknown> = {};
    const model = modelFromGrids(reportGrids());
    const run = (kind: 'score' | 'refresh', event: { completed(): void }) =>
      runCommand(kind, event, () => deps(model.host).deps);
    registerCommands({ associate: (id, fn) => associated.set(id, fn) }, globals, run);
    assert.deepEqual([...associated.keys()], [COMMAND_IDS.score, COMMAND_IDS.refresh]);
    assert.equal(typeof globals.scoreThisQuarter, 'function');
    assert.equal(typeof globals.refreshSummaries, 'function');
    const { event, calls } = recorder();
    await (globals.scoreThisQuarter as (e: unknown) => Promise<unknown>)(event);
    assert.equal(calls.completed, 1);
    registerCommands(undefined, globals, run);
  });
});
