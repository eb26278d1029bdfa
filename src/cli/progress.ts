/** A progress line on standard error, only when it is a terminal (never in logs or pipes). */
import type { Io } from './io';

export interface Progress {
  step(text: string): void;
  done(): void;
}

export function progressLine(io: Io): Progress {
  if (!io.stderrIsTTY) return { step: () => undefined, done: () => undefined };
  let shown = false;
  return {
    step(text) {
      io.err(`\r\x1b[K${text}…`);
      shown = true;
    },
    done() {
      if (shown) io.err('\r\x1b[K');
      shown = false;
    },
  };
}
