/**
 * Two builds of the engine side by side (issue 11): `npx tsx scripts/bench/engine-ab.ts BEFORE AFTER [sizes …]`,
 * where BEFORE and AFTER are copies of `lib/` (`npx tsc -p tsconfig.cli.json`, then `cp -r lib /tmp/lib-before`,
 * change, build again). In each round the engine of BEFORE runs, then AFTER's, then the floor (bench/engine.ts's
 * `readFloor`), under the same load, after the same warm-up; it prints the medians in CPU µs per indicator,
 * each one's ratio to the floor and the median of the rounds' AFTER / BEFORE, with the load average. On a
 * shared machine this compares two versions fairly where two runs of `engine.ts` an hour apart do not.
 */
import * as os from 'os';
import * as path from 'path';
import type * as Core from '../../src/core';
import { bigGrids } from '../../test/support/big-workbook';
import { xlsxFromGrids } from '../../test/support/xlsx-fixtures';
import { readFloor, runEngine } from './engine';

/** CPU milliseconds per call of `times` calls. */
function cpu(times: number, f: () => void): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < times; i++) f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / times;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The same warm-up, rounds and batches as bench/engine.ts. */
function roundsFor(n: number): { warm: number; runs: number; batch: number } {
  if (n <= 100) return { warm: 200, runs: 21, batch: 40 };
  if (n <= 1000) return { warm: 30, runs: 21, batch: 4 };
  if (n <= 10000) return { warm: 5, runs: 11, batch: 1 };
  return { warm: 2, runs: 5, batch: 1 };
}

async function main(): Promise<void> {
  const [beforeDir, afterDir, ...rest] = process.argv.slice(2);
  if (!beforeDir || !afterDir) throw new Error('Usage: engine-ab.ts BEFORE-LIB AFTER-LIB [sizes …]');
  const before = require(path.resolve(beforeDir, 'core')) as typeof Core;
  const after = require(path.resolve(afterDir, 'core')) as typeof Core;
  const sizes = rest.length ? rest.map(Number) : [60, 1000, 10000];
  for (const n of sizes) {
    const grids = bigGrids(n);
    const xlsx = await xlsxFromGrids(grids);
    const { warm, runs, batch } = roundsFor(n);
    for (let i = 0; i < warm; i++) {
      runEngine(grids, before);
      runEngine(grids, after);
      readFloor(xlsx);
    }
    const b: number[] = [];
    const a: number[] = [];
    const f: number[] = [];
    for (let i = 0; i < runs; i++) {
      b.push(cpu(batch, () => runEngine(grids, before)));
      a.push(cpu(batch, () => runEngine(grids, after)));
      f.push(cpu(batch, () => readFloor(xlsx)));
    }
    const us = (xs: number[]) => ((median(xs) * 1000) / n).toFixed(1);
    const ratio = (xs: number[]) => median(xs.map((x, i) => x / f[i])).toFixed(2);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `${n}: before ${us(b)} µs/ind (${ratio(b)}× the floor), after ${us(a)} µs/ind (${ratio(a)}×), floor ${us(f)} µs/ind; ` +
        `after/before ${median(a.map((x, i) => x / b[i])).toFixed(3)}; load ${load}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
