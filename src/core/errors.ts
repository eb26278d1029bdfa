/**
 * A problem with the analyst's input (the workbook, a setting, a mapping), told in one plain-English
 * sentence. Front ends show the message as it is; anything else thrown is a defect.
 */
import type { MappingHint } from './model';

export class InputError extends Error {
  /** For a table the reader could not read: the header row it came nearest to, and a mapping that would read it. */
  readonly mappingHint?: MappingHint;
  /**
   * The sentence ends "map the columns by hand …": each front end adds its own way to do so (the command
   * line's `--map mapping.json`, the add-in's column mapping panel), which the core does not name
   * (noticed item 3, session 6).
   */
  readonly mapByHand?: boolean;

  constructor(message: string, mappingHint?: MappingHint, options?: { mapByHand?: boolean }) {
    super(message);
    this.name = 'InputError';
    if (mappingHint) this.mappingHint = mappingHint;
    if (options?.mapByHand) this.mapByHand = true;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError';
}
