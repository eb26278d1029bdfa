/** The score command's settings from the command line, checked: quarter, tolerance, column mapping. */
import * as fs from 'fs';
import { InputError, TOLERANCE_MODES, parseQuarterArg, validateMapping, type ColumnMapping, type DotComparison, type QuarterNumber, type ToleranceMode } from '../core';

/** "Q3", "q3", "3" → 3. */
export function parseQuarterOption(text: string): QuarterNumber {
  const q = parseQuarterArg(text);
  if (q === null) throw new InputError(`There is no quarter "${text}": give Q1, Q2, Q3 or Q4 (or 1 to 4).`);
  return q;
}

/**
 * "5", "2.5", "5%" → a number. Its range (0–100 for percent and points, 0 or more for an absolute
 * amount) is checked with the tolerance mode, once the saved settings are known (checkScoreSettings).
 */
export function parseToleranceOption(text: string): number {
  const t = text.trim().replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    throw new InputError(`The tolerance must be a percentage between 0 and 100, such as 5; "${text}" is not a number.`);
  }
  return Number(t);
}

/** "relative", "points", "absolute" (also "percent", "pp", "amount") → the tolerance mode. Issue 7. */
export function parseToleranceModeOption(text: string): ToleranceMode {
  const t = text.trim().toLowerCase();
  const aliases: Record<string, ToleranceMode> = { percent: 'relative', '%': 'relative', pp: 'points', point: 'points', amount: 'absolute' };
  const mode = (TOLERANCE_MODES as string[]).includes(t) ? (t as ToleranceMode) : aliases[t];
  if (!mode) throw new InputError(`There is no tolerance mode "${text}": give relative (percent of the target), points (percentage points) or absolute (the indicator's own unit).`);
  return mode;
}

/** "quarter" or "period" (also "month") → what DOT compares with. Issue 7. */
export function parseDotOption(text: string): DotComparison {
  const t = text.trim().toLowerCase();
  if (t === 'quarter') return 'quarter';
  if (t === 'period' || t === 'month') return 'period';
  throw new InputError(`There is no DOT comparison "${text}": give quarter (against the previous quarter) or period (against the previous reported period).`);
}

/** A two-sided indicator's green or amber band: a number of 0 or more ("5", "5%"); range checked with the mode later. */
export function parseBandOption(text: string, which: 'green' | 'amber'): number {
  const t = text.trim().replace(/^±/, '').replace(/%$/, '');
  if (!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    throw new InputError(`The ${which} band must be a number of 0 or more, such as ${which === 'green' ? 5 : 10}; "${text}" is not.`);
  }
  return Number(t);
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
