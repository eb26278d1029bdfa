/**
 * Where the command writes: the scored workbook next to the input unless -o says otherwise, never
 * over the input unless -o names it, never the JSON result over a workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError, STATE_SHEET } from '../core';
import { untouchedSinceScoring } from '../xlsx/package/digest';
import { readPackage } from '../xlsx/package/read';

/** "reports/q3.xlsx" → "reports/q3-scored.xlsx". */
export function besideInput(input: string, suffix: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === '.xlsx' || ext.toLowerCase() === '.xlsm' ? input.slice(0, -ext.length) : input;
  return `${base}-${suffix}.xlsx`;
}

/**
 * The scored workbook's default name (no -o), beside the input: "reports/q3.xlsx" →
 * "reports/q3-scored.xlsx"; a workbook that is itself a scored copy gets the next number, never a
 * suffix stacked on a suffix: "q3-scored.xlsx" → "q3-scored-2.xlsx" → "q3-scored-3.xlsx".
 */
export function scoredName(input: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === '.xlsx' || ext.toLowerCase() === '.xlsm' ? input.slice(0, -ext.length) : input;
  const scored = /^(.*-scored)(?:-(\d+))?$/i.exec(base);
  if (!scored) return besideInput(input, 'scored');
  return `${scored[1]}-${scored[2] === undefined ? 2 : Number(scored[2]) + 1}.xlsx`;
}

/** The same file, however written (relative, "./", symbolic links, case on case-insensitive systems). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    const full = path.resolve(p);
    try {
      return fs.realpathSync.native(full);
    } catch {
      try {
        return path.join(fs.realpathSync.native(path.dirname(full)), path.basename(full));
      } catch {
        return full;
      }
    }
  };
  const [x, y] = [real(a), real(b)];
  if (x === y) return true;
  try {
    const [sa, sb] = [fs.statSync(x), fs.statSync(y)];
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export interface OutputPaths {
  workbook: string;
  json?: string;
}

/**
 * The output's folder when it does not exist, else null. The command never creates a folder: a typo in
 * `-o typo/out.xlsx` would otherwise leave a stray folder behind with the scored copy hidden in it (most
 * command-line tools — cp, Excel's own Save As — refuse the same way). A path through a file is left to
 * the write, which says so ("part of its folder path is a file").
 */
function missingFolder(file: string): string | null {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.statSync(dir);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? path.dirname(file) : null;
  }
}

/**
 * Checks the output paths before anything is read; `named` is true when the workbook's path was given
 * with -o. Each refusal is one sentence (InputError) and nothing is written.
 */
export function checkOutputs(input: string, out: OutputPaths, named: boolean): void {
  if (path.extname(out.workbook).toLowerCase() !== '.xlsx') {
    throw new InputError(
      `The output workbook's name must end in .xlsx ('${out.workbook}' does not), so Excel opens it.`,
    );
  }
  for (const [file, option] of [
    [out.workbook, '-o'],
    [out.json, '--json'],
  ] as const) {
    const folder = file === undefined ? null : missingFolder(file);
    if (folder !== null)
      throw new InputError(
        `The folder '${folder}' does not exist, so nothing was written: create it first, or give ${option} a file in a folder that exists.`,
      );
  }
  if (!named && samePath(input, out.workbook)) {
    throw new InputError(
      `The output would be written over the input '${input}'; give -o '${input}' to do that on purpose.`,
    );
  }
  if (out.json !== undefined) {
    if (samePath(out.json, input))
      throw new InputError(
        `--json names the input workbook '${input}'; give the result file another name, such as result.json.`,
      );
    if (samePath(out.json, out.workbook))
      throw new InputError(`--json names the output workbook '${out.workbook}'; give the result file another name.`);
  }
}

/**
 * Refuses to write a workbook over a file already at its default name (no -o) unless nothing would
 * be lost: the file holds exactly `next`, or it is a scoring this command wrote that nobody has
 * changed since (its state sheet's package digest still matches: src/xlsx/package/digest.ts). An
 * analyst who typed commentary into `q3-scored.xlsx` and scored `q3.xlsx` again lost it (fresh user,
 * session 9). A file named with -o is replaced, as asked. Throws InputError; nothing is written.
 * @param output the workbook's path; `named` true when it was given with -o
 */
export function checkReplaceable(output: string, named: boolean, next: Buffer): void {
  if (named) return;
  let existing: Buffer;
  try {
    existing = fs.readFileSync(output);
  } catch {
    return;
  }
  if (existing.equals(next)) return;
  let scored = false;
  try {
    const pkg = readPackage(existing, output);
    if (untouchedSinceScoring(pkg)) return;
    scored = pkg.sheets.some((s) => s.name === STATE_SHEET);
  } catch {
    // Not a workbook this product can read: refused like any other file.
  }
  const what = scored ? 'already exists and was changed after it was scored' : 'already exists';
  throw new InputError(
    `'${output}' ${what}, so nothing was written over it: give -o '${output}' to replace it, or -o another name.`,
  );
}
