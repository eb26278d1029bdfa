/**
 * Two builds of the command side by side, cold, as the command runs (issue 10): `npx tsx
 * scripts/bench/cli-ab.ts BEFORE AFTER <workbook.xlsx> [tolerance]`, where BEFORE and AFTER are copies of
 * `lib/` inside the clone, so that they find node_modules (`npm run build:cli`, then `cp -r lib .ab/before`,
 * change, build again, `cp -r lib .ab/after`). Each run scores the workbook once in a process of its own
 * (bin/scorecard.js's heap, src/cli/heap.ts) and gives the CPU milliseconds (user + system) of the whole
 * scoring and of its stages (read, engine, write). With a tolerance (say 10, on a workbook scored at the
 * default 5) a scored workbook is rescored with something to write, not the no-change rescore.
 *
 * First it checks that both builds write the same bytes (the scoring's time is fixed) and says so. Then
 * `AB_ROUNDS` rounds (8 unless set) with BEFORE run first in each round, and as many with AFTER first;
 * for each order it prints the median of the rounds' AFTER / BEFORE, and then the geometric mean of the
 * two orders, with the load average. On a shared machine a pair run back to back meets the same load, and
 * turning the order round cancels what running second costs or gains (a warm disk cache, a busy neighbour).
 * engine-ab.ts compares the engine warm; this, the command as the analyst runs it: once, cold.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One run, in plain node: the stages' CPU ms as one line of JSON (`total`, `read`, `engine`, `write`). */
const ONE = `
const path = require('path');
const [lib, input, output, tolerance] = process.argv.slice(1);
require(path.join(lib, 'cli', 'heap.js')).keepYoungGenerationSmall();
const { scoreFile } = require(path.join(lib, 'cli', 'score-file.js'));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const stages = {};
const t0 = cpu();
let since = t0;
scoreFile({
  input, output, outputNamed: true,
  overrides: tolerance ? { tolerancePct: Number(tolerance) } : {},
  at: new Date('2026-11-26T09:00:00Z'),
  observe: { stage: (n) => { stages[n] = cpu() - since; since = cpu(); } },
}).then(() => console.log(JSON.stringify({ total: cpu() - t0, ...stages })), (e) => { console.error(e); process.exit(1); });
`;

type Run = Record<'total' | 'read' | 'engine' | 'write', number>;
const FIELDS = ['total', 'read', 'engine', 'write'] as const;

function runOnce(lib: string, input: string, output: string, tolerance: string): Run {
  const out = execFileSync(process.execPath, ['-e', ONE, lib, input, output, tolerance], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function main(): void {
  const [beforeDir, afterDir, input, tolerance = ''] = process.argv.slice(2);
  if (!beforeDir || !afterDir || !input)
    throw new Error('Usage: cli-ab.ts BEFORE-LIB AFTER-LIB <workbook.xlsx> [tolerance]');
  const before = path.resolve(beforeDir);
  const after = path.resolve(afterDir);
  const rounds = Number(process.env.AB_ROUNDS ?? 8);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-ab-'));
  const outB = path.join(dir, 'before.xlsx');
  const outA = path.join(dir, 'after.xlsx');
  runOnce(before, input, outB, tolerance);
  runOnce(after, input, outA, tolerance);
  const same = fs.readFileSync(outB).equals(fs.readFileSync(outA));
  console.log(`outputs ${same ? 'byte-identical' : 'DIFFER'} (${outB}, ${outA})`);
  const orders: Record<string, number>[] = [];
  for (const afterFirst of [false, true]) {
    const ratios: Record<string, number[]> = Object.fromEntries(FIELDS.map((f) => [f, []]));
    const b: Run[] = [];
    const a: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      const pair = afterFirst
        ? (() => {
            const x = runOnce(after, input, outA, tolerance);
            return [runOnce(before, input, outB, tolerance), x];
          })()
        : [runOnce(before, input, outB, tolerance), runOnce(after, input, outA, tolerance)];
      b.push(pair[0]);
      a.push(pair[1]);
      for (const f of FIELDS) ratios[f].push(pair[1][f] / pair[0][f]);
    }
    const med = Object.fromEntries(FIELDS.map((f) => [f, median(ratios[f])]));
    orders.push(med);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `${afterFirst ? 'AFTER first ' : 'BEFORE first'} (${rounds} rounds), CPU ms median before → after (after/before): ` +
        FIELDS.map(
          (f) =>
            `${f} ${Math.round(median(b.map((r) => r[f])))} → ${Math.round(median(a.map((r) => r[f])))} (${med[f].toFixed(3)})`,
        ).join(', ') +
        `; load ${load}`,
    );
  }
  console.log(
    'geometric mean of the two orders, after/before: ' +
      FIELDS.map((f) => `${f} ${Math.sqrt(orders[0][f] * orders[1][f]).toFixed(3)}`).join(', '),
  );
}

main();
