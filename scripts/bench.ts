/**
 * How scoring scales, as ratios and counts (speed is never asserted in a test; it is measured here), in
 * one run, every section written to bench/results.json (issue 11, "What it must show"):
 *   - engine (scripts/bench/engine.ts): prepare + commit a run, µs per indicator and its ratio to
 *     unzipping and parsing the same file's sheet XML;
 *   - state (scripts/bench/state-size.ts): the state sheet's bytes, /2 against /3, at 1,000 and 10,000;
 *   - addin (scripts/bench/addin.ts): on the in-memory Excel model, syncs, calls per sheet and the
 *     largest request, for a first scoring and a rescore, against 2 + ⌈payload / budget⌉;
 *   - writers (scripts/bench/writers.ts): the command line against ExcelJS and the zip floor;
 *   - pane (scripts/bench/pane.ts): the task pane's initial and total bundle sizes, its first render.
 *
 * `npm run bench`: engine and add-in at 60 / 1,000 / 10,000 / 50,000, writers at 60 / 1,000 / 10,000
 * (each writer runs in its own process, and ExcelJS at 50,000 alone takes minutes: add 50000 with
 * BENCH_WRITER_SIZES). Sizes can be cut for a quick run: `BENCH_SIZES=60,1000 npm run bench` (every
 * section), or `npm run bench -- --quick` (60 and 1,000, and 10,000 for the engine).
 * results.json is written whole by each run and records the machine's load average before and after:
 * on a machine shared with other work the times (never the counts) are not comparable, and it says so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { paneBench, paneLines } from './bench/pane';
import { writersBench } from './bench/writers';
import { benchEngine } from './bench/engine';
import { addinBench } from './bench/addin';
import { benchStateSize } from './bench/state-size';

const RESULTS = path.join(__dirname, '..', 'bench', 'results.json');

function sizesFrom(env: string | undefined): number[] | undefined {
  if (!env) return undefined;
  const sizes = env
    .split(/[ ,]+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length > 0 ? sizes : undefined;
}

const quick = process.argv.includes('--quick');
const chosen = sizesFrom(process.env.BENCH_SIZES) ?? (quick ? [60, 1000] : undefined);
const ENGINE_SIZES = chosen ?? [60, 1000, 10000, 50000];
const ADDIN_SIZES = chosen ?? [60, 1000, 10000, 50000];
const WRITER_SIZES = sizesFrom(process.env.BENCH_WRITER_SIZES) ?? chosen ?? [60, 1000, 10000];

/** The load average over the last minute, per core: above about 0.5 other work shares the cores. */
function loadPerCore(): number {
  return Number((os.loadavg()[0] / os.cpus().length).toFixed(2));
}

function minutes(ms: number): string {
  return `${(ms / 60000).toFixed(1)} min`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--writers')) {
    // The writers alone (docs/cli.md), printed and not written: results.json holds whole runs only.
    await writersBench({ sizes: WRITER_SIZES });
    return;
  }
  const started = Date.now();
  const loadBefore = loadPerCore();
  console.log(
    `Performance Scorecard benchmark — Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore} per core`,
  );
  const engine = await benchEngine({ sizes: ENGINE_SIZES });
  const state = benchStateSize([1000, 10000]);
  const addin = await addinBench(ADDIN_SIZES);
  const writers = await writersBench({ sizes: WRITER_SIZES });
  const pane = await paneBench();
  for (const line of paneLines(pane)) console.log(line);
  const loadAfter = loadPerCore();
  const loaded = Math.max(loadBefore, loadAfter) > 0.5;
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.cpus().length,
    loadPerCoreBefore: loadBefore,
    loadPerCoreAfter: loadAfter,
    minutes: Number(((Date.now() - started) / 60000).toFixed(1)),
    note: loaded
      ? 'Measured while other work shared the machine (load average above 0.5 per core): times are high and not comparable; syncs, calls and bytes are exact.'
      : 'Measured on a quiet machine.',
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify({ machine, engine, state, addin, writers, pane }, null, 2)}\n`);
  console.log(`\n${machine.note} ${minutes(Date.now() - started)} in all; written to bench/results.json.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
