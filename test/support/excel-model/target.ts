/** What a proxy of the in-memory Excel model stands for at sync, and the checks every write makes. */
import type { Area } from '../../../src/core/model';
import { ExcelModelError, type ModelRequestCore } from './context';
import { cellsOf, type ModelCell, type ModelSheet } from './document';

export interface Target {
  sheet: ModelSheet;
  areas: Area[];
}

/** Resolves a proxy to the cells it stands for, at the point of the batch where a call needs it. */
export type Resolver = () => Target | null;

export function guardWritable(t: Target): void {
  if (t.sheet.protected) {
    throw new ExcelModelError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`,
    );
  }
}

export function need(resolve: Resolver): Target {
  const t = resolve();
  if (!t) throw new ExcelModelError('InvalidObjectPath', 'The object path is not valid: it refers to a null object.');
  return t;
}

export const hex = (c: string | null, none: string): string => (c === null ? none : `#${c}`);

export function colour(input: string): string {
  const named: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', yellow: 'FFFF00' };
  const c = named[input.toLowerCase()] ?? input.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(c))
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (colour ${input}).`,
    );
  return c;
}

/** Calls that change every cell of the target, queued as writes. */
export function queueCellWrite(
  core: ModelRequestCore,
  name: string,
  payload: unknown,
  resolve: Resolver,
  change: (c: ModelCell, row: number, col: number, t: Target) => void,
  needs?: string,
): void {
  core.enqueue(
    name,
    payload,
    () => {
      const t = need(resolve);
      guardWritable(t);
      for (const a of t.areas) for (const [r, c] of cellsOf(a)) change(t.sheet.edit(r, c), r, c, t);
    },
    { write: true, needs },
  );
}
