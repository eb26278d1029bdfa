/**
 * How a failure is told. A user's mistake (InputError, UsageError) is one plain-English line; anything
 * else is a defect: one line saying so, and the stack trace only with SCORECARD_DEBUG=1.
 */
import { isInputError } from '../core';

/** The command line was used wrongly: an unknown option, a missing file name. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = {
  ok: 0,
  /** The workbook, a setting or the mapping cannot be used as given. */
  badInput: 1,
  /** The command was typed wrongly. */
  usage: 2,
  /** A defect in the tool. */
  defect: 3,
} as const;

export interface Failure {
  code: number;
  lines: string[];
}

/**
 * A table the reader could not read, with a mapping that would read it (issue 7): the --map JSON to
 * use, on a line of its own so it can be saved as it is.
 */
function mappingLines(e: { mappingHint?: { suggestedMapping: unknown } }): string[] {
  const mapping = e.mappingHint?.suggestedMapping;
  if (!mapping) return [];
  return [
    'scorecard: the mapping to use: save the next line as mapping.json and score again with --map mapping.json (check the meanings first):',
    JSON.stringify(mapping),
  ];
}

/**
 * The command line's way to map a table's columns by hand, after a refusal whose sentence ends "map the
 * columns by hand" (`InputError.mapByHand`) and that comes with no mapping to print (that one's next line
 * already names --map): in the same line, since a refusal is one line. Noticed item 3, session 6.
 */
function mapByHandWords(e: { mapByHand?: boolean; mappingHint?: { suggestedMapping: unknown } }): string {
  if (!e.mapByHand || e.mappingHint?.suggestedMapping) return '';
  return ' To do so, save the headers and what each column holds as mapping.json (see "Column mapping (--map)" in docs/cli.md) and score again with --map mapping.json.';
}

export function describeFailure(e: unknown, env: Record<string, string | undefined>): Failure {
  if (e instanceof UsageError) return { code: EXIT.usage, lines: [`scorecard: ${e.message}`] };
  if (isInputError(e))
    return { code: EXIT.badInput, lines: [`scorecard: ${e.message}${mapByHandWords(e)}`, ...mappingLines(e)] };
  const message = e instanceof Error ? e.message : String(e);
  const lines = [
    `scorecard: something went wrong inside the tool (${message.split('\n')[0]}). Nothing was written. Please report it, with SCORECARD_DEBUG=1 set for details.`,
  ];
  if (env.SCORECARD_DEBUG && e instanceof Error && e.stack) lines.push(e.stack);
  return { code: EXIT.defect, lines };
}
