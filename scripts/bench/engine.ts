/**
 * The engine's cost per indicator (issue 11 item 1): read grids → scores → plan → journal, that is
 * `prepareRun` + `commitRun` for a first scoring, at 60 / 1,000 / 10,000 / 50,000 indicators (`quick`:
 * up to 10,000), set beside the floor of reading the same workbook: unzipping its sheet parts and shared
 * strings (Node's zlib through the package path's zip reader) and parsing their XML with saxes, doing
 * nothing with it. The target is a ratio of at most 1× (about 15 µs per indicator at 10,000).
 *
 * The engine measured is the JavaScript that ships: `lib/core`, compiled from the source now by
 * `tsc -p tsconfig.cli.json` (what bin/scorecard.js loads; the add-in's webpack build is the same
 * TypeScript output). `--src` measures the source through tsx instead, whose esbuild wraps every
 * function made at run time in a `__name` call the shipped code does not have.
 *
 * How it measures, to be firm on a shared machine: each size is warmed up first (the first runs are
 * the compiler's, not the engine's); then in each of `runs` rounds the engine runs `batch` times and
 * the floor `batch` times (a batch of runs where one run is too short to time), the engine first in
 * even rounds and the floor first in odd ones (`rotatedBatches`). Times are CPU time
 * (the process's user + system time: wall-clock time includes waiting for a core, CPU time does not;
 * it does include the collector's and the compiler's helper threads). The table gives the median µs
 * per indicator of each, the engine's spread (the middle half of its rounds, p25–p75) and the median of
 * the rounds' ratios: engine and floor of a round ran side by side, under the same load.
 *
 * Garbage collection is not forced between rounds: each run collects what the runs before it left,
 * as runs in one add-in session do. (Tried: a forced full collection before each run made the run
 * about 1.6× slower and twice as variable, V8 shrinking its heap and the run paying to grow it again.)
 * Returns a plain object for bench/results.json; `print` writes the table to the console as it goes.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import type * as Core from '../../src/core';
import type { SheetGrid } from '../../src/core';
import { entryBytes, readZip } from '../../src/xlsx/package/zip';
import { bigGrids } from '../../test/support/big-workbook';
import { xlsxFromGrids } from '../../test/support/xlsx-fixtures';

const AT = '2026-11-26T09:00:00.000Z';
const ROOT = path.join(__dirname, '..', '..');

export interface EngineSize {
  indicators: number;
  /** prepareRun + commitRun, the median of `runs`: wall-clock and CPU milliseconds, CPU µs per indicator. */
  engineMs: number;
  engineCpuMs: number;
  engineUsPerIndicator: number;
  /** The middle half of the engine's rounds, CPU µs per indicator: p25 and p75. */
  engineUsSpread: [number, number];
  /** Unzip + saxes parse of the sheet parts and shared strings of the same workbook, the median of `runs`. */
  readFloorMs: number;
  readFloorCpuMs: number;
  readFloorUsPerIndicator: number;
  /** The median of the rounds' engine CPU / floor CPU: the target is ≤ 1. */
  ratio: number;
  /** The least and the greatest round's ratio. */
  ratioRange: [number, number];
  /** Rounds, and runs of each in a round. */
  runs: number;
  batch: number;
}

export interface EngineBench {
  what: string;
  node: string;
  engine: 'lib' | 'src';
  sizes: EngineSize[];
}

/** The engine to measure: the compiled lib/core (built now), or the TypeScript source through tsx. */
function loadEngine(from: 'lib' | 'src', build: boolean): typeof Core {
  if (from === 'src') return require('../../src/core') as typeof Core;
  if (build)
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')],
      {
        stdio: 'inherit',
      },
    );
  return require(path.join(ROOT, 'lib', 'core')) as typeof Core;
}

let engineCore: typeof Core | undefined;

/** The engine's whole work on one workbook's grids, as an adapter does it for a first scoring. */
export function runEngine(grids: SheetGrid[], core: typeof Core = engineCore ?? require('../../src/core')): void {
  const run = core.prepareRun(grids, core.defaultState());
  core.commitRun(
    run,
    new Map(),
    core.defaultState(),
    grids.map((g) => g.name),
    { at: AT, by: 'add-in' },
  );
}

/** Unzip the worksheet parts and the shared strings and parse them with saxes: the floor of any reader. */
export function readFloor(xlsx: Buffer): number {
  let elements = 0;
  for (const e of readZip(xlsx)) {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)) continue;
    const p = new SaxesParser();
    p.on('opentag', () => {
      elements++;
    });
    p.on('text', () => undefined);
    p.write(entryBytes(e).toString('utf8')).close();
  }
  return elements;
}

/** `times` calls timed together: wall-clock and CPU milliseconds per call. */
function timed(times: number, f: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < times; i++) f();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall: wall / times, cpu: (c.user + c.system) / 1000 / times };
}

/**
 * Round `round` of several functions: a batch of `times` calls of each (`timed`), one function after
 * another, in an order turned by one each round — the first function first in round 0, the second in
 * round 1, … — so that none always follows the same one: a batch pays for the garbage collection of
 * what the batch before it left. (Tried: taking turns call by call. Identical engines then measured
 * 10% apart at 60 indicators by their place alone, each call paying for the collection of the call
 * before it; and the floor would pay for the engine's garbage, which is more, flattering the engine.)
 */
export function rotatedBatches(round: number, times: number, fs: (() => unknown)[]): { wall: number; cpu: number }[] {
  const out = new Array<{ wall: number; cpu: number }>(fs.length);
  for (let i = 0; i < fs.length; i++) {
    const k = (round + i) % fs.length;
    out[k] = timed(times, fs[k]);
  }
  return out;
}

/** The q-quantile of some numbers (0.5: the median), by linear interpolation between the sorted values. */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/** The median (quantile 0.5). */
const median = (xs: number[]): number => quantile(xs, 0.5);

/**
 * Warm-up runs, rounds and runs per round by size: a round of at least about 20 ms, more rounds where they
 * are short (at 60 indicators 41 rounds of 40 runs: about 7 s). A small workbook's engine is warmed for
 * 1,000 runs: most of its functions run once a run, and V8 compiles them only after hundreds of runs —
 * measured in batches of 40 at 60 indicators, the engine's time per run fell from 3.9× the floor's in
 * the first batch to about 1.4× after 200 runs (the warm-up this had) and about 1.1× from 800 on,
 * where the floor's (zlib and saxes, a little code run many times a run) was flat after 80.
 */
export function roundsFor(n: number): { warm: number; runs: number; batch: number } {
  if (n <= 100) return { warm: 1000, runs: 41, batch: 40 };
  if (n <= 1000) return { warm: 30, runs: 21, batch: 4 };
  if (n <= 10000) return { warm: 5, runs: 11, batch: 1 };
  return { warm: 2, runs: 5, batch: 1 };
}

const fixed1 = (x: number): number => Number(x.toFixed(1));
const fixed2 = (x: number): number => Number(x.toFixed(2));

export async function benchEngine(
  options: { quick?: boolean; sizes?: number[]; print?: boolean; from?: 'lib' | 'src'; build?: boolean } = {},
): Promise<EngineBench> {
  const sizes = options.sizes ?? (options.quick ? [60, 1000, 10000] : [60, 1000, 10000, 50000]);
  const print = options.print ?? true;
  const from = options.from ?? 'lib';
  const core = loadEngine(from, options.build ?? true);
  engineCore = core;
  const out: EngineBench = {
    what: 'prepareRun + commitRun (first scoring) against unzip + saxes parse of the same file’s sheet XML; rounds of engine then floor, after warm-up; medians of CPU time, µs per indicator, and the median of the rounds’ ratios',
    node: process.version,
    engine: from,
    sizes: [],
  };
  const widths = [10, 6, 12, 16, 12, 12, 14];
  const line = (cells: (string | number)[]): void =>
    console.log(cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' '));
  if (print) {
    console.log(
      `\nThe engine (read, score, plan, journal; ${from === 'lib' ? 'lib/ as shipped' : 'the source through tsx'}) against the read floor (unzip + parse the sheet XML), CPU time, medians`,
    );
    line(['indicators', 'rounds', 'engine µs/ind', 'p25–p75', 'floor µs/ind', 'engine/floor', 'ratio range']);
  }
  for (const n of sizes) {
    const grids = bigGrids(n);
    const xlsx = await xlsxFromGrids(grids);
    const { warm, runs, batch } = roundsFor(n);
    for (let i = 0; i < warm; i++) {
      runEngine(grids, core);
      readFloor(xlsx);
    }
    const engine: { wall: number; cpu: number }[] = [];
    const floor: { wall: number; cpu: number }[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [e, f] = rotatedBatches(i, batch, [() => runEngine(grids, core), () => readFloor(xlsx)]);
      engine.push(e);
      floor.push(f);
      ratios.push(e.cpu / f.cpu);
    }
    const us = engine.map((e) => (e.cpu * 1000) / n);
    const size: EngineSize = {
      indicators: n,
      engineMs: Math.round(median(engine.map((e) => e.wall))),
      engineCpuMs: Math.round(median(engine.map((e) => e.cpu))),
      engineUsPerIndicator: fixed1(median(us)),
      engineUsSpread: [fixed1(quantile(us, 0.25)), fixed1(quantile(us, 0.75))],
      readFloorMs: Math.round(median(floor.map((f) => f.wall))),
      readFloorCpuMs: Math.round(median(floor.map((f) => f.cpu))),
      readFloorUsPerIndicator: fixed1(median(floor.map((f) => (f.cpu * 1000) / n))),
      ratio: fixed2(median(ratios)),
      ratioRange: [fixed2(Math.min(...ratios)), fixed2(Math.max(...ratios))],
      runs,
      batch,
    };
    out.sizes.push(size);
    if (print) {
      line([
        n,
        batch > 1 ? `${runs}×${batch}` : runs,
        size.engineUsPerIndicator,
        `${size.engineUsSpread[0]}–${size.engineUsSpread[1]}`,
        size.readFloorUsPerIndicator,
        `${size.ratio.toFixed(2)}×`,
        `${size.ratioRange[0].toFixed(2)}–${size.ratioRange[1].toFixed(2)}×`,
      ]);
    }
  }
  return out;
}

/**
 * Run alone: `npx tsx scripts/bench/engine.ts [--quick] [--src] [--no-build] [sizes …]` (`--no-build`:
 * lib/ as it is, built already); writes its section of bench/results.json.
 */
if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  benchEngine({
    quick: process.argv.includes('--quick'),
    sizes: sizes.length ? sizes : undefined,
    from: process.argv.includes('--src') ? 'src' : 'lib',
    build: !process.argv.includes('--no-build'),
  })
    .then((engine) => {
      const file = path.join(ROOT, 'bench', 'results.json');
      const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify({ ...before, engine }, null, 2)}\n`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
