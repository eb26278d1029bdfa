/** The `scorecard` command's entry point (bin/scorecard.js runs the compiled lib/cli/main.js). */
import { runCli } from './cli';
import { processIo } from './io';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (scorecard score … | head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  process.exitCode = await runCli(argv, processIo());
}

if (require.main === module) void main();
