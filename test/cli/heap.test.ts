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

const HEAP = path.join(__dirname, '..', '..', 'src', 'cli', 'heap.ts');

/** Whether the flag was set, and the young generation's largest size (MB) while 400 MB of short-lived objects come and go. */
function run(nodeOptions: string[] = [], packageBytes?: number): { set: boolean; youngMB: number } {
  const code = `
    const v8 = require('v8');
    const heap = require(${JSON.stringify(HEAP)});
    const set = heap.keepYoungGenerationSmall();
    ${packageBytes === undefined ? '' : `heap.fitHeapTo(${packageBytes});`}
    let keep = [], most = 0;
    for (let i = 0; i < 3e6; i++) {
      keep.push({ a: i, b: 'x' + i });
      if (keep.length > 200000) keep = [];
      if (i % 100000 === 0) most = Math.max(most, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    console.log(JSON.stringify({ set, youngMB: most / 1048576 }));`;
  const out = execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { set: boolean; youngMB: number };
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

  it('the score and undo commands fit it to the package they read', () => {
    for (const file of ['score-file.ts', 'undo-file.ts']) {
      const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'cli', file), 'utf8');
      assert.match(source, /fitHeapTo\(inflatedSize\(bytes\)\)/, file);
    }
  });

  it('bin/scorecard.js sets it before loading the command', () => {
    const bin = fs.readFileSync(path.join(__dirname, '..', '..', 'bin', 'scorecard.js'), 'utf8');
    assert.ok(bin.indexOf('keepYoungGenerationSmall()') < bin.indexOf("require('../lib/cli/main.js')"));
  });
});
