/**
 * What a ribbon button does, apart from Office: score (or rescore) with the workbook's saved settings,
 * tell the analyst the outcome, and ALWAYS call event.completed() — after success, after a plain
 * problem, after an unexpected error, and when the message itself cannot be shown.
 */
import type { ExcelHost } from '../office/host';
import { plainMessage } from '../office/problems';
import { scoreQuarter } from '../office/scoring';
import { outcomeMessage, type CommandKind } from '../office/outcome-message';
import { COMMAND_TIME_LIMIT_MS, COMPLETION_MARGIN_MS } from './time-limit';

// The time limit's constants live apart from the engine, for the ribbon shell (time-limit.ts).
export { COMMAND_TIME_LIMIT_MS, COMPLETION_MARGIN_MS };

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type Tone = 'done' | 'problem';

export interface CommandDeps {
  host: ExcelHost;
  /**
   * Shows a short message; resolves when the analyst has read it, or at the latest after
   * `closeWithinMs` (rejects when it cannot be shown).
   */
  notify(message: string, tone: Tone, closeWithinMs: number): Promise<void>;
  now?: () => Date;
  /** Milliseconds, for the command's time limit (default Date.now). */
  clock?: () => number;
}

/** `dependencies` may be given as a function, called inside: if even that fails, the event still completes. */
export async function runCommand(
  kind: CommandKind,
  event: CommandEvent,
  dependencies: CommandDeps | (() => CommandDeps),
): Promise<string> {
  try {
    const deps = typeof dependencies === 'function' ? dependencies() : dependencies;
    const clock = deps.clock ?? Date.now;
    const started = clock();
    let message: string;
    let tone: Tone = 'done';
    try {
      const outcome = await scoreQuarter(deps.host, {}, deps.now);
      message = outcomeMessage(outcome, kind);
    } catch (e) {
      message = plainMessage(e);
      tone = 'problem';
    }
    try {
      await deps.notify(message, tone, COMMAND_TIME_LIMIT_MS - COMPLETION_MARGIN_MS - (clock() - started));
    } catch (e) {
      console.error('Performance Scorecard could not show its message:', message, e);
    }
    return message;
  } catch (e) {
    const message = plainMessage(e);
    console.error('Performance Scorecard could not run the command:', message);
    return message;
  } finally {
    event.completed();
  }
}
