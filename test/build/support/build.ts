/** Runs the production build once per test run (per output folder and ADDIN_HOST), for the tests that need dist/. */
import { execFile } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');

const builds = new Map<string, Promise<string>>();
const printed = new Map<string, string>();

/** Builds into `outputPath` (default dist/); resolves to the folder. */
export function build(outputPath = path.join(ROOT, 'dist'), addinHost?: string): Promise<string> {
  const key = `${outputPath}|${addinHost ?? ''}`;
  let p = builds.get(key);
  if (!p) {
    const env = { ...process.env };
    if (addinHost) env.ADDIN_HOST = addinHost;
    else delete env.ADDIN_HOST;
    p = new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [WEBPACK, '--mode', 'production', '--output-path', outputPath],
        { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`build failed: ${error.message}\n${stdout}\n${stderr}`));
          else {
            printed.set(outputPath, stdout);
            resolve(outputPath);
          }
        },
      );
    });
    builds.set(key, p);
  }
  return p;
}

/** What the build into `outputPath` printed (after build() has resolved). */
export function buildOutput(outputPath = path.join(ROOT, 'dist')): string {
  return printed.get(outputPath) ?? '';
}
