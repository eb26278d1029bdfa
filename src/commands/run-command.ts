/**
 * What a ribbon button does, apart from Office: score (or rescore) with the workbook's saved settings,
 * tell the analyst the outcome, and ALWAYS call event.completed() — after success, after a plain
 * problem, after an unexpected error, and when the message itself cannot be shown.
 */
import type { ExcelHost } from '../office/host';
import { plainMessage } from '../office/problems';
import { scoreQuarter } from '../office/scoring';
import { outcomeMessage, type CommandKind } from './outcome-message';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type Tone = 'done' | 'problem';

export interface CommandDeps {
  host: ExcelHost;
  /** Shows a short message; resolves when the analyst has read it (or it could not be shown). */
  notify(message: string, tone: Tone): Promise<void>;
  now?: () => Date;
}

export async function runCommand(kind: CommandKind, event: CommandEvent, deps: CommandDeps): Promise<string> {
  let message: string;
  let tone: Tone = 'done';
  try {
    try {
      const outcome = await scoreQuarter(deps.host, {}, deps.now);
      message = outcomeMessage(outcome, kind);
    } catch (e) {
      message = plainMessage(e);
      tone = 'problem';
    }
    try {
      await deps.notify(message, tone);
    } catch (e) {
      console.error('Performance Scorecard could not show its message:', message, e);
    }
    return message;
  } finally {
    event.completed();
  }
}
