/**
 * `npm run format:check` (part of `npm test`): Prettier's check, with the project's .prettierrc.json and
 * .prettierignore, of every file git tracks — a new file once it is `git add`ed, a changed one as it
 * stands — so a clean clone (CI) checks the whole project, while an untracked scratch file of yours in
 * the checkout does not fail `npm test` (`npx prettier --check file.ts` checks it alone). Outside a git
 * checkout (a copy without .git) every file is checked, as `prettier --check .` would.
 *   npx tsx scripts/format-check.ts [folder]     (default: this checkout)
 * Exit code: Prettier's (0 every file formatted, 1 some not, 2 an error).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';

const PRETTIER = require.resolve('prettier/bin/prettier.cjs');
/** Characters of file names per Prettier process: well under Windows' 32,767 for a command line. */
const ARGS_PER_RUN = 20000;

/**
 * The files git tracks in `root`'s checkout (the index: committed or added), as paths relative to
 * `root`; null when `root` is not in a git checkout or git is not installed.
 */
export function trackedFiles(root: string): string[] | null {
  try {
    const listed = execFileSync('git', ['ls-files', '-z'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return listed.split('\0').filter((f) => f !== '');
  } catch {
    return null;
  }
}

/**
 * Runs Prettier's check on `root`'s tracked files (all of `root` outside git) and returns its exit code;
 * `quiet`: Prettier's report is not shown.
 */
export function formatCheck(root: string, quiet = false): number {
  const files = trackedFiles(root);
  // Tracked files Prettier has no parser for (images, workbooks) are skipped, as `prettier --check .` skips
  // them; one deleted but not yet committed is not an error.
  const runs: string[][] =
    files === null ? [['.']] : batches(files).map((b) => ['--ignore-unknown', '--no-error-on-unmatched-pattern', ...b]);
  let worst = 0;
  for (const args of runs) {
    const run = spawnSync(process.execPath, [PRETTIER, '--check', ...args], {
      cwd: root,
      stdio: quiet ? 'ignore' : 'inherit',
    });
    worst = Math.max(worst, run.status ?? 2);
  }
  return worst;
}

/** `files` in runs of at most ARGS_PER_RUN characters. */
function batches(files: string[]): string[][] {
  const out: string[][] = [[]];
  let length = 0;
  for (const f of files) {
    if (length + f.length + 1 > ARGS_PER_RUN && out[out.length - 1].length > 0) {
      out.push([]);
      length = 0;
    }
    out[out.length - 1].push(f);
    length += f.length + 1;
  }
  return out;
}

if (require.main === module) {
  process.exitCode = formatCheck(path.resolve(process.argv[2] ?? path.join(__dirname, '..')));
}
