/**
 * Issue 10's writers bench: the command line (`scorecard score`, the package path) side by side with
 * ExcelJS's own load+save of the same file and with the raw floor (unzip every part, scan it, zip it
 * again with Node's zlib), at 60, 1,000, 10,000 and 50,000 indicators (`quick`: 60 and 1,000). Each
 * measurement runs once in a process of its own (scripts/bench/writers-one.ts), for its time and its
 * peak memory (`process.resourceUsage().maxRSS`); the command's time is split into its stages: read
 * (zip and XML read), engine (src/core), write (XML written and the zip), and files (reading and
 * writing them). A rescore of the scored file with nothing changed is timed against the first scoring.
 *
 * The command is measured as it runs: the JavaScript that `npm run build:cli` compiles into lib/ (what
 * bin/scorecard.js loads), compiled afresh here first; ExcelJS runs as its own JavaScript too. (Its
 * TypeScript source through tsx, mode `cli-src` of writers-one.ts, costs about 5–7% more CPU and 10 MB
 * more memory: tsx's module shims make every call between modules a getter call.)
 *
 * Targets (issue 10): the command below ExcelJS's load+save at every size (≤ 0.5× at 10,000), within
 * 4× the floor, peak memory below ExcelJS's load alone, a no-change rescore under 10% of a first
 * scoring. `writersBench({ quick })` returns a plain object for bench/results.json's "writers" key (`recordWriters` writes it) and
 * prints the table; `npx tsx scripts/bench/writers.ts [--quick] [sizes…]` runs it on its own.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bigGrids } from '../../test/support/big-workbook';
import { xlsxFromGrids } from '../../test/support/xlsx-fixtures';

export interface Measure {
  ms: number;
  /** CPU milliseconds (user + system) over the same span as `ms`: what other processes on a shared machine disturb least. */
  cpuMs?: number;
  peakMB: number;
  changed?: boolean;
  stages?: { read?: number; engine?: number; write?: number };
  /** The same stages in CPU milliseconds (user + system). */
  cpuStages?: { read?: number; engine?: number; write?: number };
}

export interface WritersRow {
  indicators: number;
  inputMB: number;
  cli: Measure;
  rescore: Measure;
  exceljsLoad: Measure;
  exceljsLoadSave: Measure;
  floor: Measure;
  /** cli.ms / exceljsLoadSave.ms, cli.ms / floor.ms, rescore.ms / cli.ms, cli.peakMB / exceljsLoad.peakMB. */
  vsLoadSave: number;
  vsFloor: number;
  rescoreFraction: number;
  memoryVsLoad: number;
  /** The package path's own part (read + write) against the floor, without the engine. */
  ownVsFloor: number;
  /** The same comparisons in CPU time (cpuMs): cli / exceljsLoadSave, cli / floor, rescore / cli. */
  cpuVsLoadSave?: number;
  cpuVsFloor?: number;
  cpuRescoreFraction?: number;
}

function one(mode: string, input: string, output: string): Measure {
  const out = execFileSync(
    process.execPath,
    [require.resolve('tsx/cli'), path.join(__dirname, 'writers-one.ts'), mode, input, output],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const fixed = (x: number) => Math.round(x * 100) / 100;

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

export async function writersBench(
  options: { quick?: boolean; sizes?: number[]; print?: boolean } = {},
): Promise<{ rows: WritersRow[] }> {
  const sizes = options.sizes ?? (options.quick ? [60, 1000] : [60, 1000, 10000, 50000]);
  const print = options.print ?? true;
  const log = (line: string) => print && console.log(line);
  // The command as bin/scorecard.js runs it: lib/, compiled from the source now.
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, '..', '..', 'tsconfig.cli.json')],
    {
      stdio: 'inherit',
    },
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-writers-'));
  const rows: WritersRow[] = [];
  log('\nThe command line against ExcelJS and the zip floor (issue 10): ms / peak MB, one run each in its own process');
  const widths = [10, 12, 24, 18, 12, 12, 12, 12, 8, 8, 8, 8, 8, 22, 22];
  log(
    pad(
      [
        'indicators',
        'CLI',
        'read+engine+write',
        'cpu r+e+w',
        'no-change',
        'ExcelJS load',
        'ExcelJS l+s',
        'zip floor',
        'vs l+s',
        'vs floor',
        'own/flr',
        'rescore',
        'mem/ld',
        'cpu CLI/l+s/floor',
        'cpu vs l+s/flr/resc',
      ],
      widths,
    ),
  );
  try {
    for (const n of sizes) {
      const input = path.join(dir, `in-${n}.xlsx`);
      fs.writeFileSync(input, await xlsxFromGrids(bigGrids(n)));
      const scored = path.join(dir, `cli-${n}.xlsx`);
      const cli = one('cli', input, scored);
      const rescore = one('cli', scored, path.join(dir, `again-${n}.xlsx`));
      const exceljsLoad = one('exceljs-load', input, '');
      const exceljsLoadSave = one('exceljs-load-save', input, path.join(dir, `ls-${n}.xlsx`));
      const floor = one('zip-floor', input, path.join(dir, `floor-${n}.xlsx`));
      const st = cli.stages ?? {};
      const own = (st.read ?? 0) + (st.write ?? 0);
      const row: WritersRow = {
        indicators: n,
        inputMB: fixed(fs.statSync(input).size / 1e6),
        cli,
        rescore,
        exceljsLoad,
        exceljsLoadSave,
        floor,
        vsLoadSave: fixed(cli.ms / exceljsLoadSave.ms),
        vsFloor: fixed(cli.ms / floor.ms),
        rescoreFraction: fixed(rescore.ms / cli.ms),
        memoryVsLoad: fixed(cli.peakMB / exceljsLoad.peakMB),
        ownVsFloor: fixed(own / floor.ms),
      };
      if (cli.cpuMs && exceljsLoadSave.cpuMs && floor.cpuMs && rescore.cpuMs !== undefined) {
        row.cpuVsLoadSave = fixed(cli.cpuMs / exceljsLoadSave.cpuMs);
        row.cpuVsFloor = fixed(cli.cpuMs / floor.cpuMs);
        row.cpuRescoreFraction = fixed(rescore.cpuMs / cli.cpuMs);
      }
      rows.push(row);
      const m = (x: Measure) => `${x.ms}/${x.peakMB}`;
      log(
        pad(
          [
            n,
            m(cli),
            `${st.read ?? '-'}+${st.engine ?? '-'}+${st.write ?? '-'}`,
            `${cli.cpuStages?.read ?? '-'}+${cli.cpuStages?.engine ?? '-'}+${cli.cpuStages?.write ?? '-'}`,
            m(rescore),
            m(exceljsLoad),
            m(exceljsLoadSave),
            m(floor),
            `${row.vsLoadSave}×`,
            `${row.vsFloor}×`,
            `${row.ownVsFloor}×`,
            `${row.rescoreFraction}×`,
            `${row.memoryVsLoad}×`,
            `${cli.cpuMs ?? '-'}/${exceljsLoadSave.cpuMs ?? '-'}/${floor.cpuMs ?? '-'}`,
            row.cpuVsLoadSave === undefined
              ? '-'
              : `${row.cpuVsLoadSave}×/${row.cpuVsFloor}×/${row.cpuRescoreFraction}×`,
          ],
          widths,
        ),
      );
    }
    log(
      '(ms from the start of the work, after Node, tsx and the modules have loaded; peak memory includes them. CLI = lib/ as bin/scorecard.js runs it; stages: read = zip + XML read,',
    );
    log(
      ' engine = src/core, write = XML written + zip; cpu r+e+w = the same stages in CPU ms; own/flr = (read + write) / zip floor; rescore = no-change / CLI; mem/ld = CLI peak / ExcelJS load peak;',
    );
    log(
      ' cpu CLI/l+s/floor = CPU ms of the command, ExcelJS load+save and the floor, and their ratios (and the no-change rescore against the command) in CPU time, which a busy machine disturbs less)',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { rows };
}

/** Writes `w` as bench/results.json's "writers" key, keeping the other keys (the other measurements). */
export function recordWriters(w: { rows: WritersRow[] }): void {
  const file = path.join(__dirname, '..', '..', 'bench', 'results.json');
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all.writers = w;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  writersBench({ quick: process.argv.includes('--quick'), sizes: sizes.length ? sizes : undefined }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
