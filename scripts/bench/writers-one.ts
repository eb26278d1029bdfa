/**
 * One measurement of the writers bench (scripts/bench/writers.ts), in a process of its own so that
 * its peak memory (maxRSS) is its own: `tsx scripts/bench/writers-one.ts <mode> <input.xlsx> <output.xlsx>`.
 * Modes: `cli` (scorecard score, the package path, as the command runs it: the JavaScript `npm run
 * build:cli` compiles into lib/, which bin/scorecard.js loads; writers.ts builds it first), `cli-src`
 * (the same from the TypeScript source through tsx, whose module shims cost a getter call per call
 * between modules and whose transform and source maps cost memory), `exceljs-load`, `exceljs-load-save` (ExcelJS's
 * own read, and read + write, of the same file), `zip-floor` (unzip every part, scan it, zip it again
 * with Node's zlib at its default level: the least any rewrite can cost). Prints one line of JSON: ms, peak MB, and for
 * `cli` the stages (read, engine, write; the rest is reading and writing the files) in wall-clock and
 * in CPU milliseconds (`cpuStages`); every mode its CPU milliseconds in all (`cpuMs`: user + system, from
 * the same start as `ms`). The command's modes set the heap as bin/scorecard.js does (src/cli/heap.ts). `make <indicators> <output.xlsx>` writes the bench's workbook.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { entryBytes, newEntry, readZip, writeZip } from '../../src/xlsx/package/zip';

const [mode, input, output] = process.argv.slice(2);

/**
 * The command's code, loaded (before the clock starts) only by the modes that measure it, so that
 * ExcelJS's processes do not carry it in their peak memory either.
 */
type ScoreFile = typeof import('../../src/cli/score-file').scoreFile;
// The command's heap as bin/scorecard.js sets it, before its modules load (src/cli/heap.ts).
if (mode === 'cli')
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command, as bin/scorecard.js loads it
  (
    require(path.join(__dirname, '..', '..', 'lib', 'cli', 'heap.js')) as typeof import('../../src/cli/heap')
  ).keepYoungGenerationSmall();
if (mode === 'cli-src')
  (require('../../src/cli/heap') as typeof import('../../src/cli/heap')).keepYoungGenerationSmall();
const SCORE_FILE: ScoreFile | null =
  mode === 'cli'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command, as bin/scorecard.js loads it
      (require(path.join(__dirname, '..', '..', 'lib', 'cli', 'score-file.js')) as { scoreFile: ScoreFile }).scoreFile
    : mode === 'cli-src'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the source, through tsx
        (require('../../src/cli/score-file') as { scoreFile: ScoreFile }).scoreFile
      : null;

/**
 * ExcelJS, loaded (before the clock starts) only by the modes that measure it: the command's process
 * must not carry its modules in its peak memory, as the command itself never loads them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when measured
const EXCELJS = mode.startsWith('exceljs') ? (require('exceljs') as typeof ExcelJS) : null;
const excelJS = () => EXCELJS!;
const AT = new Date('2026-11-26T09:00:00Z');
const stages: Record<string, number> = {};
/** The command's stages in CPU time (user + system, ms): less disturbed than wall-clock time by other processes. */
const cpuStages: Record<string, number> = {};
let changed: boolean | undefined;

async function run(): Promise<void> {
  switch (mode) {
    case 'cli':
    case 'cli-src': {
      let cpu = process.cpuUsage();
      const done = await SCORE_FILE!({
        input,
        output,
        outputNamed: true,
        overrides: {},
        at: AT,
        observe: {
          stage: (name, ms) => {
            stages[name] = (stages[name] ?? 0) + ms;
            const used = process.cpuUsage(cpu);
            cpuStages[name] = (cpuStages[name] ?? 0) + (used.user + used.system) / 1000;
            cpu = process.cpuUsage();
          },
        },
      });
      changed = done.changed;
      return;
    }
    case 'exceljs-load': {
      const wb = new (excelJS().Workbook)();
      await wb.xlsx.load(fs.readFileSync(input) as unknown as ExcelJS.Buffer);
      return;
    }
    case 'exceljs-load-save': {
      const wb = new (excelJS().Workbook)();
      await wb.xlsx.load(fs.readFileSync(input) as unknown as ExcelJS.Buffer);
      fs.writeFileSync(output, Buffer.from(await wb.xlsx.writeBuffer()));
      return;
    }
    case 'zip-floor': {
      const entries = readZip(fs.readFileSync(input)).map((e) => {
        const data = entryBytes(e);
        let n = 0;
        for (let i = 0; i < data.length; i++) if (data[i] === 60) n++;
        void n;
        return newEntry(e.name, data, AT, zlib.constants.Z_DEFAULT_COMPRESSION);
      });
      fs.writeFileSync(output, writeZip(entries));
      return;
    }
    case 'make': {
      // `make <indicators> <output.xlsx>`: the bench's workbook, to measure one stage by hand.
      /* eslint-disable @typescript-eslint/no-require-imports -- test support, only for this mode */
      const { bigGrids } =
        require('../../test/support/big-workbook') as typeof import('../../test/support/big-workbook');
      const { xlsxFromGrids } =
        require('../../test/support/xlsx-fixtures') as typeof import('../../test/support/xlsx-fixtures');
      /* eslint-enable @typescript-eslint/no-require-imports */
      fs.writeFileSync(output, await xlsxFromGrids(bigGrids(Number(input))));
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

const t0 = performance.now();
const cpu0 = process.cpuUsage();
run()
  .then(() => {
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const round = (x: number) => Math.round(x);
    const out = {
      ms: round(ms),
      cpuMs: round((cpu.user + cpu.system) / 1000),
      peakMB: round(process.resourceUsage().maxRSS / 1024),
      ...(changed === undefined ? {} : { changed }),
      ...(Object.keys(stages).length
        ? {
            stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
            cpuStages: Object.fromEntries(Object.entries(cpuStages).map(([k, v]) => [k, round(v)])),
          }
        : {}),
    };
    console.log(JSON.stringify(out));
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
