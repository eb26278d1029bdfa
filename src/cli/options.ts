/**
 * The column mapping file of `--map`. The other options are read by the core's parser for their setting
 * (src/core/settings.ts), so the command line, the task pane and the state sheet read a setting the same
 * way, and only prepareRun checks ranges.
 */
import * as fs from 'fs';
import { InputError, validateMapping, type ColumnMapping } from '../core';

/** The mapping JSON file (format in docs/architecture.md); checked against the workbook later. */
export function readMappingFile(file: string): ColumnMapping {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Cannot find the column mapping file '${file}'.`);
    if (code === 'EISDIR') throw new InputError(`'${file}' is a folder, not a column mapping file.`);
    throw new InputError(`Cannot read the column mapping file '${file}' (${code ?? 'unknown error'}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`The column mapping file '${file}' is not valid JSON: ${(e as Error).message}.`);
  }
  // The shape is checked here; whether its sheets and columns are in the workbook, once it is read.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) validateMapping(raw, []);
  return raw as ColumnMapping;
}
