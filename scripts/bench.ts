/**
 * How scoring scales, as ratios (speed is never asserted in a test; it is measured here):
 *   - the engine (scripts/bench/engine.ts): prepare + commit a run for 60, 1,000, 10,000 and 50,000
 *     indicators, µs per indicator and its ratio to unzipping and parsing the same file's sheet XML;
 *   - the add-in on the in-memory Excel model: syncs, calls and the largest request;
 *   - the command line: scoring an .xlsx file end to end.
 * Each time is the best of a few runs. `npm run bench` (add `-- --quick` to skip 50,000). Each section's
 * figures are written to bench/results.json under its own key ("engine", "writers", "addin", "pane").
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scoreFile } from '../src/cli/score-file';
import { bigGrids } from '../test/support/big-workbook';
import { xlsxFromGrids } from '../test/support/xlsx-fixtures';
import { paneBench, paneLines, recordPane } from './bench/pane';
import { benchEngine } from './bench/engine';
import { addinBench } from './bench/addin';

/** bench/results.json: one key per section; a run replaces the sections it measured and keeps the others. */
const RESULTS = path.join(__dirname, '..', 'bench', 'results.json');
function saveResults(sections: Record<string, unknown>): void {
  const before = fs.existsSync(RESULTS) ? (JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify({ ...before, ...sections }, null, 2)}\n`);
}

const quick = process.argv.includes('--quick');
const SIZES = quick ? [60, 6000] : [60, 6000, 50000];
const AT = new Date('2026-11-26T09:00:00Z');

async function best(times: number, f: () => unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    await f();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

async function commandLine(): Promise<void> {
  console.log('\nThe command line, scoring an .xlsx file end to end (read, score, write), best of 3');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-bench-'));
  try {
    const widths = [12, 10, 14, 22];
    console.log(row(['indicators', 'ms', 'µs/indicator', 'per indicator vs 60'], widths));
    let base = 0;
    for (const n of SIZES.filter((s) => s <= 6000)) {
      const input = path.join(dir, `in-${n}.xlsx`);
      fs.writeFileSync(input, await xlsxFromGrids(bigGrids(n)));
      const ms = await best(3, () => scoreFile({ input, output: path.join(dir, `out-${n}.xlsx`), outputNamed: true, overrides: {}, at: AT }));
      const per = (ms * 1000) / n;
      if (n === SIZES[0]) base = per;
      console.log(row([n, ms.toFixed(0), per.toFixed(0), ratio(per, base)], widths));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 10: the command line's two writers side by side on the same files, each run in a process of
 * its own (time, and peak memory as maxRSS): the ExcelJS path, the package path, a no-change rescore
 * by the package path, ExcelJS's own load+save of the file, and the floor (unzip, scan, rezip).
 */
async function writers(): Promise<void> {
  const sizes = quick ? [60, 1000] : [60, 1000, 10000, 50000];
  console.log('\nThe command line\'s writers (issue 10): ms / peak MB, one run each in its own process');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-bench-'));
  const one = (mode: string, input: string, output: string): [number, number] => {
    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'bench-one.ts'), mode, input, output], { encoding: 'utf8' });
    const [ms, mb] = out.trim().split(/\s+/).map(Number);
    return [ms, mb];
  };
  try {
    const widths = [10, 14, 14, 14, 14, 14, 12, 12, 12];
    console.log(row(['indicators', 'ExcelJS CLI', 'package CLI', 'no-change', 'ExcelJS l+s', 'zip floor', 'vs l+s', 'vs floor', 'rescore'], widths));
    for (const n of sizes) {
      const input = path.join(dir, `in-${n}.xlsx`);
      fs.writeFileSync(input, await xlsxFromGrids(bigGrids(n)));
      const cell = ([ms, mb]: [number, number]) => `${ms}/${mb}`;
      const exceljs = one('exceljs-cli', input, path.join(dir, `e-${n}.xlsx`));
      const pkg = one('package-cli', input, path.join(dir, `p-${n}.xlsx`));
      const again = one('package-rescore', path.join(dir, `p-${n}.xlsx`), path.join(dir, `p2-${n}.xlsx`));
      const loadSave = one('exceljs-load-save', input, path.join(dir, `ls-${n}.xlsx`));
      const floor = one('zip-floor', input, path.join(dir, `z-${n}.xlsx`));
      console.log(row([n, cell(exceljs), cell(pkg), cell(again), cell(loadSave), cell(floor), ratio(pkg[0], loadSave[0]), ratio(pkg[0], floor[0]), ratio(again[0], pkg[0])], widths));
    }
    console.log('(times are from the start of the work, after Node, tsx and the modules have loaded; peak memory includes them, about 100 MB)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--writers')) {
    await writers();
    return;
  }
  console.log(`Performance Scorecard benchmark — Node ${process.version}, ${os.cpus().length} cores`);
  saveResults({ engine: await benchEngine({ quick }) });
  saveResults({ addin: await addinBench(quick ? [60, 1000] : [60, 1000, 10000, 50000]) });
  await commandLine();
  await writers();
  const pane = await paneBench();
  for (const line of paneLines(pane)) console.log(line);
  recordPane(pane);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
