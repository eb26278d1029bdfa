/**
 * Wiring the ribbon's ExecuteFunction buttons to their functions: Office.actions.associate for
 * current hosts, and window globals named as in the manifest for older ones that look functions up
 * by name.
 */
import type { CommandDeps, CommandEvent } from './run-command';
import { runCommand } from './run-command';

/** The <FunctionName> values in manifest.xml. */
export const COMMAND_IDS = { score: 'scoreThisQuarter', refresh: 'refreshSummaries' } as const;

export interface Actions {
  associate(id: string, fn: (event: CommandEvent) => unknown): void;
}

export function registerCommands(
  actions: Actions | undefined,
  globals: Record<string, unknown>,
  deps: () => CommandDeps,
): void {
  const score = (event: CommandEvent) => runCommand('score', event, deps);
  const refresh = (event: CommandEvent) => runCommand('refresh', event, deps);
  if (actions) {
    actions.associate(COMMAND_IDS.score, score);
    actions.associate(COMMAND_IDS.refresh, refresh);
  }
  globals[COMMAND_IDS.score] = score;
  globals[COMMAND_IDS.refresh] = refresh;
}
