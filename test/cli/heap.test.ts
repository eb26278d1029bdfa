/**
 * The command keeps V8's young generation at its first size (src/cli/heap.ts, issue 10: peak memory),
 * set by bin/scorecard.js before the command's modules load; a semi-space option given to node wins;
 * let grow again for a large package (fitHeapTo).
 * Each case runs in a process of its own (the flag is the whole process's). Memory is measured by the
 * young generation's size, never by time.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { YOUNG_CAP_MB } from '../../src/cli/heap';

const HEAP = path.join(__dirname, '..', '..', 'src', 'cli', 'heap.ts');

/** Whether the flag was set, and the young generation's largest size (MB) while 400 MB of short-lived objects come and go. */
function run(nodeOptions: string[] = [], packageBytes?: number, pulse = false): { set: boolean; youngMB: number } {
  const code = `
    const v8 = require('v8');
    const heap = require(${JSON.stringify(HEAP)});
    const set = heap.keepYoungGenerationSmall();
    ${packageBytes === undefined ? '' : `heap.fitHeapTo(${packageBytes});`}
    let keep = [], most = 0;
    for (let i = 0; i < 3e6; i++) {
      keep.push({ a: i, b: 'x' + i });
      if (keep.length > 200000) keep = [];
      ${pulse ? 'if ((i & 4095) === 4095) heap.capYoungGeneration();' : ''}
      if (i % 100000 === 0) most = Math.max(most, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    console.log(JSON.stringify({ set, youngMB: most / 1048576 }));`;
  const out = execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { set: boolean; youngMB: number };
}

/**
 * Whether TurboFan is on after fitCompilerTo(`packageBytes`, `stage`), and whether it optimised a
 * function run hot (V8's own status of it, through --allow-natives-syntax).
 */
function compiler(packageBytes: number, stage: 'read' | 'engine', command = true): { on: boolean; optimised: boolean } {
  const code = `
    const heap = require(${JSON.stringify(HEAP)});
    ${command ? 'heap.keepYoungGenerationSmall();' : ''}
    const on = heap.fitCompilerTo(${packageBytes}, ${JSON.stringify(stage)});
    function hot(x) { let s = 0; for (let i = 0; i < 50; i++) s += (x * i) % 7; return s; }
    let t = 0;
    for (let i = 0; i < 3e6; i++) t += hot(i);
    const status = new Function('f', 'return %GetOptimizationStatus(f)');
    globalThis.sum = t;
    console.log(JSON.stringify({ on, optimised: (status(hot) & 16) !== 0 }));`;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '-e', code], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { on: boolean; optimised: boolean };
}

describe("The command's heap (issue 10: peak memory)", function () {
  this.timeout(60000);

  it('keeps the young generation at its first size, where V8 would have grown it', () => {
    const kept = run();
    assert.equal(kept.set, true);
    const grown = run(['--max-semi-space-size=16']);
    assert.equal(grown.set, false, 'a semi-space option given to node is left as given');
    assert.ok(kept.youngMB * 4 <= grown.youngMB, `${kept.youngMB} MB kept against ${grown.youngMB} MB grown`);
  });

  it('lets it grow again for a large package (more than 3 MB of parts), and keeps it for a small one', () => {
    const small = run([], 2_000_000);
    const large = run([], 7_000_000);
    assert.equal(small.set, true);
    assert.ok(small.youngMB * 4 <= large.youngMB, `${small.youngMB} MB kept against ${large.youngMB} MB let grow`);
  });

  it("holds a large package's young generation at its cap when told as the read goes (capYoungGeneration)", () => {
    const capped = run([], 7_000_000, true);
    const grown = run([], 7_000_000);
    // V8 reports the young generation's committed size as both semi-spaces'.
    assert.ok(capped.youngMB <= 2 * YOUNG_CAP_MB, `${capped.youngMB} MB held`);
    assert.ok(capped.youngMB * 2 <= grown.youngMB, `${capped.youngMB} MB held against ${grown.youngMB} MB let grow`);
  });

  it('the score command tells the heap as it reads, and stops the young generation growing when the read ends', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'cli', 'score-file.ts'), 'utf8');
    assert.match(source, /pulse: \(\) => \{[^}]*capYoungGeneration\(\);/);
    assert.match(source, /capYoungGeneration\(true\)/);
  });

  it('the score and undo commands fit it to the package they read', () => {
    for (const file of ['score-file.ts', 'undo-file.ts']) {
      const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'cli', file), 'utf8');
      assert.match(source, /fitHeapTo\(inflatedSize\(bytes\)\)/, file);
      assert.match(source, /fitCompilerTo\((size|inflatedSize\(bytes\)), 'read'\)/, file);
    }
  });

  it('reads a small package without the optimising compiler, and a large one with it (issue 10, CPU)', () => {
    assert.deepEqual(compiler(100_000, 'read'), { on: false, optimised: false });
    assert.deepEqual(compiler(1_000_000, 'read'), { on: true, optimised: true });
  });

  it('scores a package up to 10 MB of parts (10,000 indicators are 7.3 MB) without it once read, a larger one with it', () => {
    assert.deepEqual(compiler(1_000_000, 'engine'), { on: false, optimised: false });
    assert.deepEqual(compiler(7_300_000, 'engine'), { on: false, optimised: false });
    assert.deepEqual(compiler(11_000_000, 'engine'), { on: true, optimised: true });
  });

  it('leaves it as it is in a program that loads the command as a library', () => {
    assert.deepEqual(compiler(100_000, 'read', false), { on: true, optimised: true });
  });

  it('bin/scorecard.js sets it before loading the command', () => {
    const bin = fs.readFileSync(path.join(__dirname, '..', '..', 'bin', 'scorecard.js'), 'utf8');
    assert.ok(bin.indexOf('keepYoungGenerationSmall()') < bin.indexOf("require('../lib/cli/main.js')"));
  });
});
