/** Emphasis for the terminal: ANSI bold when writing to a terminal, plain text otherwise. */

export interface Style {
  heading(s: string): string;
}

const plain: Style = { heading: (s) => s };
const ansi: Style = { heading: (s) => `\x1b[1m${s}\x1b[22m` };

/** Bold headings only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(isTTY: boolean, env: Record<string, string | undefined>): Style {
  return isTTY && !env.NO_COLOR ? ansi : plain;
}
