/**
 * How scoring scales, as ratios (speed is never asserted in a test; it is measured here):
 *   - the engine (scripts/bench/engine.ts): prepare + commit a run for 60, 1,000, 10,000 and 50,000
 *     indicators, µs per indicator and its ratio to unzipping and parsing the same file's sheet XML;
 *   - the add-in on the in-memory Excel model: syncs, calls and the largest request;
 *   - the command line: scoring an .xlsx file end to end.
 * Each time is the best of a few runs. `npm run bench` (add `-- --quick` to skip 50,000). Each section's
 * figures are written to bench/results.json under its own key ("engine", "writers", "addin", "pane").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scoreFile } from '../src/cli/score-file';
import { bigGrids } from '../test/support/big-workbook';
import { xlsxFromGrids } from '../test/support/xlsx-fixtures';
import { paneBench, paneLines, recordPane } from './bench/pane';
import { writersBench } from './bench/writers';
import { benchEngine } from './bench/engine';
import { addinBench } from './bench/addin';

/** bench/results.json: one key per section; a run replaces the sections it measured and keeps the others. */
const RESULTS = path.join(__dirname, '..', 'bench', 'results.json');
function saveResults(sections: Record<string, unknown>): void {
  const before = fs.existsSync(RESULTS)
    ? (JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
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
      const ms = await best(3, () =>
        scoreFile({ input, output: path.join(dir, `out-${n}.xlsx`), outputNamed: true, overrides: {}, at: AT }),
      );
      const per = (ms * 1000) / n;
      if (n === SIZES[0]) base = per;
      console.log(row([n, ms.toFixed(0), per.toFixed(0), ratio(per, base)], widths));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--writers')) {
    await writersBench({ quick });
    return;
  }
  console.log(`Performance Scorecard benchmark — Node ${process.version}, ${os.cpus().length} cores`);
  saveResults({ engine: await benchEngine({ quick }) });
  saveResults({ addin: await addinBench(quick ? [60, 1000] : [60, 1000, 10000, 50000]) });
  await commandLine();
  saveResults({ writers: await writersBench({ quick }) });
  const pane = await paneBench();
  for (const line of paneLines(pane)) console.log(line);
  recordPane(pane);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
