/**
 * Wiring the ribbon's ExecuteFunction buttons to their functions: Office.actions.associate for
 * current hosts, and window globals named as in the manifest for older ones that look functions up
 * by name.
 */
import type { CommandKind } from '../office/outcome-message';
import type { CommandEvent } from './run-command';

/** The <FunctionName> values in manifest.xml. */
export const COMMAND_IDS = { score: 'scoreThisQuarter', refresh: 'refreshSummaries' } as const;

export interface Actions {
  associate(id: string, fn: (event: CommandEvent) => unknown): void;
}

/** What a button runs: in the add-in, the shell's runFromShell (shell.ts); it completes the event. */
export type RunCommand = (kind: CommandKind, event: CommandEvent) => unknown;

export function registerCommands(
  actions: Actions | undefined,
  globals: Record<string, unknown>,
  run: RunCommand,
): void {
  const score = (event: CommandEvent) => run('score', event);
  const refresh = (event: CommandEvent) => run('refresh', event);
  if (actions) {
    actions.associate(COMMAND_IDS.score, score);
    actions.associate(COMMAND_IDS.refresh, refresh);
  }
  globals[COMMAND_IDS.score] = score;
  globals[COMMAND_IDS.refresh] = refresh;
}
