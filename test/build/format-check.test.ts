/**
 * `npm run format:check` (scripts/format-check.ts), as a developer meets it: a scratch file they have not
 * added to git does not fail `npm test`; a file git tracks (committed or added) is checked, as CI checks
 * a clean clone. Run in a throwaway git checkout in the temp folder (Prettier's defaults there).
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatCheck, trackedFiles } from '../../scripts/format-check';

const UNFORMATTED = 'const  x={a:1}\n';
const FORMATTED = 'const x = { a: 1 };\n';

describe('npm run format:check: the files git tracks, not a stray file beside them', function () {
  this.timeout(60000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'format-check-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'kept.ts'), FORMATTED);
    execFileSync('git', ['add', 'kept.ts'], { cwd: dir });
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an untracked, unformatted scratch.ts is left alone: the check passes', () => {
    fs.writeFileSync(path.join(dir, 'scratch.ts'), UNFORMATTED);
    assert.deepEqual(trackedFiles(dir), ['kept.ts']);
    assert.equal(formatCheck(dir, true), 0);
  });

  it('once added to git, the same file fails the check, as it would in CI', () => {
    fs.writeFileSync(path.join(dir, 'scratch.ts'), UNFORMATTED);
    execFileSync('git', ['add', 'scratch.ts'], { cwd: dir });
    assert.equal(formatCheck(dir, true), 1);
  });

  it('a tracked file deleted before the commit is not an error', () => {
    fs.rmSync(path.join(dir, 'kept.ts'));
    assert.equal(formatCheck(dir, true), 0);
  });

  it('outside a git checkout every file is checked', () => {
    fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dir, 'scratch.ts'), UNFORMATTED);
    assert.equal(trackedFiles(dir), null);
    assert.equal(formatCheck(dir, true), 1);
  });
});
