/** The score command's settings from the command line, checked: quarter, tolerance, column mapping. */
import * as fs from 'fs';
import { InputError, checkTolerance, parseQuarterArg, validateMapping, type ColumnMapping, type QuarterNumber } from '../core';

/** "Q3", "q3", "3" → 3. */
export function parseQuarterOption(text: string): QuarterNumber {
  const q = parseQuarterArg(text);
  if (q === null) throw new InputError(`There is no quarter "${text}": give Q1, Q2, Q3 or Q4 (or 1 to 4).`);
  return q;
}

/** "5", "2.5", "5%" → percent, between 0 and 100. */
export function parseToleranceOption(text: string): number {
  const t = text.trim().replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    throw new InputError(`The tolerance must be a percentage between 0 and 100, such as 5; "${text}" is not a number.`);
  }
  const pct = Number(t);
  checkTolerance(pct);
  return pct;
}

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
