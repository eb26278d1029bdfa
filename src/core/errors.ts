/**
 * A problem with the analyst's input (the workbook, a setting, a mapping), told in one plain-English
 * sentence. Front ends show the message as it is; anything else thrown is a defect.
 */
import type { MappingHint } from './model';

export class InputError extends Error {
  /** For a table the reader could not read: the header row it came nearest to, and a mapping that would read it. */
  readonly mappingHint?: MappingHint;

  constructor(message: string, mappingHint?: MappingHint) {
    super(message);
    this.name = 'InputError';
    if (mappingHint) this.mappingHint = mappingHint;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError';
}
