/**
 * Two builds of the engine side by side (issue 11): `npx tsx scripts/bench/engine-ab.ts BEFORE AFTER [sizes …]`,
 * where BEFORE and AFTER are copies of `lib/` (`npx tsc -p tsconfig.cli.json`, then `cp -r lib /tmp/lib-before`,
 * change, build again). First it checks that both give the same output (plan, result, journal and
 * fingerprints, as JSON text) and says so. In each round a batch of the engine of BEFORE, one of AFTER's and
 * one of the floor (bench/engine.ts's `readFloor`) run, in an order turned each round (`rotatedBatches`),
 * under the same load, after the same warm-up and with bench/engine.ts's rounds; it prints the medians in CPU µs per indicator, each
 * one's ratio to the floor and the median of the rounds' AFTER / BEFORE, with the load average. On a
 * shared machine this compares two versions fairly where two runs of `engine.ts` an hour apart do not.
 * `AB_ROUNDS=21` sets the rounds at every size (a firmer median at 10,000 and 50,000, where there are few).
 */
import * as os from 'os';
import * as path from 'path';
import type * as Core from '../../src/core';
import { bigGrids } from '../../test/support/big-workbook';
import { xlsxFromGrids } from '../../test/support/xlsx-fixtures';
import { readFloor, rotatedBatches, roundsFor, runEngine } from './engine';

const AT = '2026-11-26T09:00:00.000Z';

/**
 * One engine's whole output for a first scoring, as text: the plan, the result and the outcome (the
 * journal and the generated sheets' fingerprints included). BEFORE's and AFTER's must be the same text.
 */
function outputOf(grids: Parameters<typeof runEngine>[0], core: typeof Core): string {
  const run = core.prepareRun(grids, core.defaultState());
  const outcome = core.commitRun(
    run,
    new Map(),
    core.defaultState(),
    grids.map((g) => g.name),
    { at: AT, by: 'add-in' },
  );
  return JSON.stringify({ plan: run.plan, result: run.result, names: run.names, ownedCells: run.ownedCells, outcome });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const [beforeDir, afterDir, ...rest] = process.argv.slice(2);
  if (!beforeDir || !afterDir) throw new Error('Usage: engine-ab.ts BEFORE-LIB AFTER-LIB [sizes …]');
  const before = require(path.resolve(beforeDir, 'core')) as typeof Core;
  const after = require(path.resolve(afterDir, 'core')) as typeof Core;
  const sizes = rest.length ? rest.map(Number) : [60, 1000, 10000];
  for (const n of sizes) {
    const grids = bigGrids(n);
    const xlsx = await xlsxFromGrids(grids);
    const planned = roundsFor(n);
    // AB_ROUNDS=k: k rounds at every size instead of bench/engine.ts's (more rounds: a firmer median).
    const { warm, runs, batch } = process.env.AB_ROUNDS ? { ...planned, runs: Number(process.env.AB_ROUNDS) } : planned;
    const same = outputOf(grids, before) === outputOf(grids, after);
    if (!same) console.log(`${n}: OUTPUTS DIFFER between BEFORE and AFTER`);
    for (let i = 0; i < warm; i++) {
      runEngine(grids, before);
      runEngine(grids, after);
      readFloor(xlsx);
    }
    const b: number[] = [];
    const a: number[] = [];
    const f: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [tb, ta, tf] = rotatedBatches(i, batch, [
        () => runEngine(grids, before),
        () => runEngine(grids, after),
        () => readFloor(xlsx),
      ]);
      b.push(tb.cpu);
      a.push(ta.cpu);
      f.push(tf.cpu);
    }
    const us = (xs: number[]) => ((median(xs) * 1000) / n).toFixed(1);
    const ratio = (xs: number[]) => median(xs.map((x, i) => x / f[i])).toFixed(2);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `${n}: before ${us(b)} µs/ind (${ratio(b)}× the floor), after ${us(a)} µs/ind (${ratio(a)}×), floor ${us(f)} µs/ind; ` +
        `after/before ${median(a.map((x, i) => x / b[i])).toFixed(3)}; outputs ${same ? 'identical' : 'DIFFER'}; load ${load}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
