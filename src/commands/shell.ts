/**
 * The ribbon shell: what a ribbon command does before the engine is there. The FunctionFile's own
 * bundle is only this, the association of the buttons and the outcome dialog's plumbing; the engine
 * and the adapter (engine.ts) are a chunk loaded when a command first runs, once, and shared by every
 * later command. If the chunk cannot be loaded (the network, a deployment in between), the analyst is
 * told so in one sentence, nothing in the workbook is touched, and the command still completes; the
 * next click tries the load again.
 */
import type { CommandKind } from '../office/outcome-message';
import type { CommandEvent, Tone } from './run-command';
import { COMMAND_TIME_LIMIT_MS, COMPLETION_MARGIN_MS } from './time-limit';

/** What the engine chunk gives: src/commands/engine.ts. */
export type CommandChunk = typeof import('./engine');

/** Shows a short message; resolves when it is closed or `closeWithinMs` has passed; rejects when it cannot be shown. */
export type Notify = (message: string, tone: Tone, closeWithinMs: number) => Promise<void>;

export const ENGINE_NOT_LOADED =
  'The Scorecard could not load its scoring engine, so nothing in the workbook was changed: check the connection and press the button again, or close and reopen the workbook.';

export interface Shell {
  /** The engine chunk: chunkOnce(() => import('./engine')). */
  chunk: () => Promise<CommandChunk>;
  /** Office's side of the message, read only when a command runs (Office.context is not there before). */
  notifier: () => Notify;
  /** Milliseconds, for the command's time limit (default Date.now). */
  clock?: () => number;
}

/**
 * Loads the chunk at the first call and gives every later call the same one, a call made while it is
 * still loading included; a load that fails is forgotten, so the next call tries again.
 */
export function chunkOnce(load: () => Promise<CommandChunk>): () => Promise<CommandChunk> {
  let chunk: Promise<CommandChunk> | null = null;
  return () => {
    if (!chunk) {
      // A loader that throws instead of rejecting is a failed load too.
      const loading = new Promise<CommandChunk>((resolve) => resolve(load())).then((loaded) => {
        if (!loaded || typeof loaded.runCommand !== 'function' || typeof loaded.officeHost !== 'function')
          throw new Error('The engine chunk has no runCommand or officeHost.');
        return loaded;
      });
      chunk = loading;
      loading.catch(() => {
        if (chunk === loading) chunk = null;
      });
    }
    return chunk;
  };
}

/**
 * Runs a ribbon command: the chunk's runCommand once the chunk is there (it tells the outcome and
 * completes), else ENGINE_NOT_LOADED as a problem. event.completed() is called exactly once on every
 * path: the chunk gets the event behind a guard, and the shell completes it itself at the end if
 * nothing has. Resolves to the message meant for the analyst. The time spent loading counts against
 * Office's 5-minute limit: the message is given only what is left of it since the click.
 */
export async function runFromShell(kind: CommandKind, event: CommandEvent, shell: Shell): Promise<string> {
  const clock = shell.clock ?? Date.now;
  const clicked = clock();
  const timeLeft = () => COMMAND_TIME_LIMIT_MS - COMPLETION_MARGIN_MS - (clock() - clicked);
  let completed = false;
  const once: CommandEvent = {
    completed: (options) => {
      if (completed) return;
      completed = true;
      event.completed(options);
    },
  };
  try {
    let engine: CommandChunk;
    try {
      engine = await shell.chunk();
    } catch (e) {
      console.error('Performance Scorecard could not load its scoring engine:', e);
      try {
        await shell.notifier()(ENGINE_NOT_LOADED, 'problem', timeLeft());
      } catch (shown) {
        console.error('Performance Scorecard could not show its message:', ENGINE_NOT_LOADED, shown);
      }
      return ENGINE_NOT_LOADED;
    }
    return await engine.runCommand(kind, once, () => {
      const notify = shell.notifier();
      return {
        host: engine.officeHost(),
        notify: (message, tone, closeWithinMs) => notify(message, tone, Math.min(closeWithinMs, timeLeft())),
      };
    });
  } catch (e) {
    // runCommand catches everything itself: this is a chunk that is not what it should be.
    console.error('Performance Scorecard could not run the command:', e);
    return ENGINE_NOT_LOADED;
  } finally {
    once.completed();
  }
}
