/**
 * What the command's "engine" stage is made of (issue 11): `npx tsx scripts/bench/cli-engine-stage.ts
 * <workbook.xlsx>` scores the workbook once with the compiled command (lib/, as bin/scorecard.js runs it:
 * `npm run build:cli` first; a file made by `npx tsx scripts/bench/writers-one.ts make 10000 out.xlsx`),
 * in a process of its own, and prints the stages' CPU milliseconds (read, engine, write) and, inside them,
 * the CPU milliseconds of the core's steps: prepareRun, commitRun and encodeState. The rest of the engine
 * stage is the package path's own work (the owned cells' snapshots, the conflict checks).
 *
 * Why the stage is several times the engine bench's time at the same size (bench/engine.ts): the command
 * runs the engine once, cold, in a new process — every function's first few hundred calls interpreted —
 * with TurboFan off for the engine and the write up to 10 MB of inflated parts and the young generation
 * held to 4 MB semi-spaces (src/cli/heap.ts, both measured for a one-shot command); the bench runs it warm,
 * after warm-up runs, with V8's own heap. The stage also holds encodeState and the snapshots, which the
 * engine bench does not. Times are CPU time (user + system, all threads), as the writers bench gives them.
 */
import * as os from 'os';
import * as path from 'path';

const LIB = path.join(__dirname, '..', '..', 'lib');
// The command's heap, set before its modules load, as bin/scorecard.js does (src/cli/heap.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command
(require(path.join(LIB, 'cli', 'heap.js')) as typeof import('../../src/cli/heap')).keepYoungGenerationSmall();

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** The core's steps timed, by module (under lib/core) and exported function; the package path calls them through their modules' exports. */
const STEPS: [string, string][] = [
  ['state/run', 'prepareRun'],
  ['state/run', 'commitRun'],
  ['state/state', 'encodeState'],
];
const spent = new Map<string, number>();
for (const [mod, name] of STEPS) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module whose export is wrapped
  const m = require(path.join(LIB, 'core', mod)) as Record<string, (...a: unknown[]) => unknown>;
  const f = m[name];
  Object.defineProperty(m, name, {
    value: function (this: unknown, ...a: unknown[]) {
      const t = cpu();
      try {
        return f.apply(this, a);
      } finally {
        spent.set(name, (spent.get(name) ?? 0) + cpu() - t);
      }
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
}

type ScoreFile = typeof import('../../src/cli/score-file').scoreFile;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command
const { scoreFile } = require(path.join(LIB, 'cli', 'score-file.js')) as { scoreFile: ScoreFile };

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input) throw new Error('Usage: cli-engine-stage.ts <workbook.xlsx>');
  const stages: Record<string, number> = {};
  let since = cpu();
  await scoreFile({
    input,
    output: path.join(os.tmpdir(), `cli-engine-stage-${process.pid}.xlsx`),
    outputNamed: true,
    overrides: {},
    at: new Date('2026-11-26T09:00:00Z'),
    observe: {
      stage: (name) => {
        stages[name] = Math.round(cpu() - since);
        since = cpu();
      },
    },
  });
  const steps = [...spent].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  console.log(`stages, CPU ms: read ${stages.read}, engine ${stages.engine}, write ${stages.write}; in them: ${steps}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
