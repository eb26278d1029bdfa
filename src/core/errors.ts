/**
 * A problem with the analyst's input (the workbook, a setting, a mapping), told in one plain-English
 * sentence. Front ends show the message as it is; anything else thrown is a defect.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError';
}
