/** Running the scorecard command in-process with captured output, or as its own process. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import type { Io } from '../../src/cli/io';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeTerminal {
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

/** The command as a function call: what it prints and its exit code. */
export async function scorecard(argv: string[], terminal: FakeTerminal = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    stdoutIsTTY: terminal.stdoutIsTTY ?? false,
    stderrIsTTY: terminal.stderrIsTTY ?? false,
    columns: terminal.columns,
    env: terminal.env ?? {},
    now: () => new Date('2026-11-26T10:00:00Z'),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export const REPO = path.join(__dirname, '..', '..');

/** The command as its own Node process, from the TypeScript sources (no build needed). */
export function scorecardProcess(argv: string[], env: Record<string, string> = {}): Ran {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(REPO, 'src', 'cli', 'main.ts'), ...argv], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
