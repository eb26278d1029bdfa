/**
 * The engine's cost per indicator (issue 11 item 1): read grids → scores → plan → journal, that is
 * `prepareRun` + `commitRun` for a first scoring, at 60 / 1,000 / 10,000 / 50,000 indicators (`quick`:
 * up to 10,000), set beside the floor of reading the same workbook: unzipping its sheet parts and shared
 * strings (Node's zlib through the package path's zip reader) and parsing their XML with saxes, doing
 * nothing with it. The target is a ratio of at most 1× (about 15 µs per indicator at 10,000).
 *
 * Each time is the best of a few runs (one at 50,000: the machine is shared), in wall-clock time and in
 * CPU time (the process's user + system time: on a machine shared with other work, wall-clock time
 * includes waiting for a core, CPU time does not). The ratio is taken on CPU time. Returns a plain
 * object for bench/results.json; `print` writes the table to the console as it goes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { commitRun, defaultState, prepareRun, type SheetGrid } from '../../src/core';
import { entryBytes, readZip } from '../../src/xlsx/package/zip';
import { bigGrids } from '../../test/support/big-workbook';
import { xlsxFromGrids } from '../../test/support/xlsx-fixtures';

const AT = '2026-11-26T09:00:00.000Z';

export interface EngineSize {
  indicators: number;
  /** prepareRun + commitRun, best of `runs`: wall-clock and CPU milliseconds, CPU µs per indicator. */
  engineMs: number;
  engineCpuMs: number;
  engineUsPerIndicator: number;
  /** Unzip + saxes parse of the sheet parts and shared strings of the same workbook, best of `runs`. */
  readFloorMs: number;
  readFloorCpuMs: number;
  readFloorUsPerIndicator: number;
  /** engineCpuMs / readFloorCpuMs: the target is ≤ 1. */
  ratio: number;
  runs: number;
}

export interface EngineBench {
  what: string;
  node: string;
  sizes: EngineSize[];
}

/** The best of `times` runs: wall-clock and CPU milliseconds (each the least seen). */
async function best(times: number, f: () => unknown): Promise<{ wall: number; cpu: number }> {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < times; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await f();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/** The engine's whole work on one workbook's grids, as an adapter does it for a first scoring. */
export function runEngine(grids: SheetGrid[]): void {
  const run = prepareRun(grids, defaultState());
  commitRun(
    run,
    new Map(),
    defaultState(),
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

export async function benchEngine(
  options: { quick?: boolean; sizes?: number[]; print?: boolean } = {},
): Promise<EngineBench> {
  const sizes = options.sizes ?? (options.quick ? [60, 1000, 10000] : [60, 1000, 10000, 50000]);
  const print = options.print ?? true;
  const out: EngineBench = {
    what: 'prepareRun + commitRun (first scoring) against unzip + saxes parse of the same file’s sheet XML; best of runs; µs per indicator and the ratio in CPU time',
    node: process.version,
    sizes: [],
  };
  if (print) {
    console.log('\nThe engine (read, score, plan, journal) against the read floor (unzip + parse the sheet XML)');
    console.log(
      ['indicators', 'engine ms', 'CPU ms', 'CPU µs/ind', 'floor ms', 'floor CPU ms', 'floor µs/ind', 'engine/floor']
        .map((s, i) => (i ? s.padStart(12) : s.padEnd(10)))
        .join(' '),
    );
  }
  for (const n of sizes) {
    const grids = bigGrids(n);
    const xlsx = await xlsxFromGrids(grids);
    const runs = n >= 50000 ? 1 : n >= 10000 ? 3 : 5;
    runEngine(grids); // warm up: the first run compiles
    readFloor(xlsx);
    const engine = await best(runs, () => runEngine(grids));
    const floor = await best(runs, () => readFloor(xlsx));
    const size: EngineSize = {
      indicators: n,
      engineMs: Math.round(engine.wall),
      engineCpuMs: Math.round(engine.cpu),
      engineUsPerIndicator: Number(((engine.cpu * 1000) / n).toFixed(1)),
      readFloorMs: Math.round(floor.wall),
      readFloorCpuMs: Math.round(floor.cpu),
      readFloorUsPerIndicator: Number(((floor.cpu * 1000) / n).toFixed(1)),
      ratio: Number((engine.cpu / floor.cpu).toFixed(2)),
      runs,
    };
    out.sizes.push(size);
    if (print) {
      const cells = [
        n,
        size.engineMs,
        size.engineCpuMs,
        size.engineUsPerIndicator,
        size.readFloorMs,
        size.readFloorCpuMs,
        size.readFloorUsPerIndicator,
        `${size.ratio.toFixed(2)}×`,
      ];
      console.log(cells.map((c, i) => (i ? String(c).padStart(12) : String(c).padEnd(10))).join(' '));
    }
  }
  return out;
}

/** Run alone: `npx tsx scripts/bench/engine.ts [--quick] [sizes …]`; writes its section of bench/results.json. */
if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  benchEngine({ quick: process.argv.includes('--quick'), sizes: sizes.length ? sizes : undefined })
    .then((engine) => {
      const file = path.join(__dirname, '..', '..', 'bench', 'results.json');
      const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify({ ...before, engine }, null, 2)}\n`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
