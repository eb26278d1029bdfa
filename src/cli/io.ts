/** Where the command's words go: standard output, standard error, and what they are connected to. */

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width, when standard output is a terminal. */
  columns?: number;
  env: Record<string, string | undefined>;
  /** The time recorded in the undo journal. */
  now(): Date;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    now: () => new Date(),
  };
}
