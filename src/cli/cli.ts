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
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
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
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`'${command}' has no option ${option.split(' ')[0]}. ${hint}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--[a-z-]+/.exec(message)?.[0] ?? option;
    return new UsageError(`${long} needs a value (for one starting with "-", write ${long}=VALUE). ${hint}`);
  }
  return new UsageError(`${message.split('\n')[0]} ${hint}`);
}

function oneWorkbook(positionals: string[], command: string, what: string): string {
  if (positionals.length === 0) throw new UsageError(`'${command}' needs ${what}. ${HELP_HINT[command]}`);
  if (positionals.length > 1) throw new UsageError(`'${command}' takes one workbook, not ${positionals.length} (${positionals.join(', ')}). ${HELP_HINT[command]}`);
  return positionals[0];
}

async function runScore(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: SCORE_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e, 'score');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(SCORE_USAGE);
    return EXIT.ok;
  }
  const input = oneWorkbook(positionals, 'score', 'the workbook to score, e.g. scorecard score indicators.xlsx');
  return score({
    input, output: values.output, quarter: values.quarter, tolerance: values.tolerance, map: values.map, json: values.json,
    toleranceMode: values['tolerance-mode'], greenBand: values['green-band'], amberBand: values['amber-band'], dot: values.dot,
  }, io);
}

async function runUndo(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: UNDO_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e, 'undo');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(UNDO_USAGE);
    return EXIT.ok;
  }
  const input = oneWorkbook(positionals, 'undo', 'the scored workbook, e.g. scorecard undo q3-scored.xlsx -o q3.xlsx');
  return undo({ input, output: values.output }, io);
}

async function runResetState(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: UNDO_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e, 'reset-state');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(RESET_STATE_USAGE);
    return EXIT.ok;
  }
  const input = oneWorkbook(positionals, 'reset-state', 'the workbook, e.g. scorecard reset-state q3.xlsx -o q3.xlsx');
  return resetState({ input, output: values.output }, io);
}

/** Runs the command line; resolves to the exit code. Never throws. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'score':
        return await runScore(rest, io);
      case 'undo':
        return await runUndo(rest, io);
      case 'reset-state':
        return await runResetState(rest, io);
      case 'help':
        io.out(rest[0] === 'score' ? SCORE_USAGE : rest[0] === 'undo' ? UNDO_USAGE : rest[0] === 'reset-state' ? RESET_STATE_USAGE : MAIN_USAGE);
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
        throw new UsageError(`there is no command '${command}': use 'score' or 'undo' (or 'reset-state' to remove a damaged settings sheet). Run 'scorecard --help' for usage.`);
    }
  } catch (e) {
    const { code, lines } = describeFailure(e, io.env);
    for (const line of lines) io.err(`${line}\n`);
    return code;
  }
}
