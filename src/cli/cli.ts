/**
 * The command line's wiring: which command, which options (node:util parseArgs), then the
 * command's function in commands.ts. Nothing here reads files or prints results.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'node:util';
import { resetState, score, undo } from './commands';
import { describeFailure, EXIT, UsageError } from './errors';
import type { Io } from './io';
import { MAIN_USAGE, RESET_STATE_USAGE, SCORE_USAGE, UNDO_USAGE } from './usage';

const SCORE_OPTIONS = {
  output: { type: 'string', short: 'o' },
  quarter: { type: 'string', short: 'q' },
  tolerance: { type: 'string', short: 't' },
  map: { type: 'string', short: 'm' },
  json: { type: 'string', short: 'j' },
  'tolerance-mode': { type: 'string' },
  'green-band': { type: 'string' },
  'amber-band': { type: 'string' },
  dot: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const UNDO_OPTIONS = {
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP_HINT: Record<string, string> = {
  score: "Run 'scorecard score --help' for its options.",
  undo: "Run 'scorecard undo --help' for its options.",
  'reset-state': "Run 'scorecard reset-state --help' for its options.",
};

export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** parseArgs' own errors, said the way this command says things. */
function usageError(e: unknown, command: string): UsageError {
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const hint = HELP_HINT[command] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`'${command}' has no option ${option.split(' ')[0]}. ${hint}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--[a-z-]+/.exec(message)?.[0] ?? option;
    return new UsageError(`${long} needs a value (for one starting with "-", write ${long}=VALUE). ${hint}`);
  }
  return new UsageError(`${message.split('\n')[0]} ${hint}`);
}

type Command = 'score' | 'undo' | 'reset-state';

/** Each command's usage, and the one workbook it takes, as said when it is missing. */
const COMMAND: Record<Command, { usage: string; workbook: string }> = {
  score: { usage: SCORE_USAGE, workbook: 'the workbook to score, e.g. scorecard score indicators.xlsx' },
  undo: { usage: UNDO_USAGE, workbook: 'the scored workbook, e.g. scorecard undo q3-scored.xlsx -o q3.xlsx' },
  'reset-state': { usage: RESET_STATE_USAGE, workbook: 'the workbook, e.g. scorecard reset-state q3.xlsx -o q3.xlsx' },
};

function oneWorkbook(positionals: string[], command: Command): string {
  if (positionals.length === 0)
    throw new UsageError(`'${command}' needs ${COMMAND[command].workbook}. ${HELP_HINT[command]}`);
  if (positionals.length > 1)
    throw new UsageError(
      `'${command}' takes one workbook, not ${positionals.length} (${positionals.join(', ')}). ${HELP_HINT[command]}`,
    );
  return positionals[0];
}

/**
 * A command's options and its one workbook, as `parse` (parseArgs with the command's options) reads
 * them; null when --help asked for its usage, which is then printed. Throws a UsageError for an
 * unknown option, an option without its value, no workbook or more than one.
 */
function commandLine<T extends { values: { help?: boolean }; positionals: string[] }>(
  command: Command,
  parse: () => T,
  io: Io,
): { values: T['values']; input: string } | null {
  let parsed: T;
  try {
    parsed = parse();
  } catch (e) {
    throw usageError(e, command);
  }
  if (parsed.values.help) {
    io.out(COMMAND[command].usage);
    return null;
  }
  return { values: parsed.values, input: oneWorkbook(parsed.positionals, command) };
}

async function runScore(args: string[], io: Io): Promise<number> {
  const line = commandLine(
    'score',
    () => parseArgs({ args, options: SCORE_OPTIONS, allowPositionals: true, strict: true }),
    io,
  );
  if (!line) return EXIT.ok;
  const { values, input } = line;
  return score(
    {
      input,
      output: values.output,
      quarter: values.quarter,
      tolerance: values.tolerance,
      map: values.map,
      json: values.json,
      toleranceMode: values['tolerance-mode'],
      greenBand: values['green-band'],
      amberBand: values['amber-band'],
      dot: values.dot,
    },
    io,
  );
}

/** `undo` and `reset-state`: the same command line, a workbook and -o, for the command that makes the file. */
async function runOnFile(
  command: 'undo' | 'reset-state',
  run: (args: { input: string; output: string | undefined }, io: Io) => Promise<number>,
  args: string[],
  io: Io,
): Promise<number> {
  const line = commandLine(
    command,
    () => parseArgs({ args, options: UNDO_OPTIONS, allowPositionals: true, strict: true }),
    io,
  );
  return line ? run({ input: line.input, output: line.values.output }, io) : EXIT.ok;
}

/** Runs the command line; resolves to the exit code. Never throws. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'score':
        return await runScore(rest, io);
      case 'undo':
        return await runOnFile('undo', undo, rest, io);
      case 'reset-state':
        return await runOnFile('reset-state', resetState, rest, io);
      case 'help':
        io.out(
          rest[0] === 'score'
            ? SCORE_USAGE
            : rest[0] === 'undo'
              ? UNDO_USAGE
              : rest[0] === 'reset-state'
                ? RESET_STATE_USAGE
                : MAIN_USAGE,
        );
        return EXIT.ok;
      case '-h':
      case '--help':
        io.out(MAIN_USAGE);
        return EXIT.ok;
      case '-v':
      case '--version':
        io.out(`${version()}\n`);
        return EXIT.ok;
      case undefined:
        io.err(MAIN_USAGE);
        return EXIT.usage;
      default:
        throw new UsageError(
          `there is no command '${command}': use 'score' or 'undo' (or 'reset-state' to remove a damaged settings sheet). Run 'scorecard --help' for usage.`,
        );
    }
  } catch (e) {
    const { code, lines } = describeFailure(e, io.env);
    for (const line of lines) io.err(`${line}\n`);
    return code;
  }
}
