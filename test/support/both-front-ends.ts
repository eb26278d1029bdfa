/**
 * One workbook scored on both front ends, for the cross tests that say the command line and the add-in
 * agree: the command line on the .xlsx file (its JSON result, stdout and scored file), the add-in on the
 * in-memory Excel model built from the same file. Shared by test/cross/analyst-counts.test.ts and
 * test/cross/analyst-scales.test.ts (session 5's last review: the same helpers were written in both).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue, ScoreResult } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromXlsx } from './excel-model/xlsx';
import { snapOfDocument } from './excel-model/snapshot';
import { fontOf } from './expected-cells';
import { scorecard } from './xlsx-cli';
import { readXlsx, snapshotWorkbook } from './xlsx-snapshot';
import type { WorkbookSnap } from './workbook-snapshot';

/** The clock both front ends are given, so the state's timestamps agree. */
export const AT = (): Date => new Date('2026-11-26T09:00:00Z');

/** A cell as the analyst sees it: value (numbers to 12 significant digits), fill and font colour. */
export function seen(
  snap: WorkbookSnap,
  sheet: string,
  address: string,
): { value: CellValue; fill: string | null; font: string | null } {
  const c = snap.find((s) => s.name === sheet)?.cells[address];
  const value = typeof c?.value === 'number' ? Number(c.value.toPrecision(12)) : (c?.value ?? null);
  return { value, fill: c?.fill ?? null, font: fontOf(c?.fontColor ?? null) };
}

/** The cells of an .xlsx file on disk, as `seen` reads them. */
export async function fileSnap(file: string): Promise<WorkbookSnap> {
  return snapshotWorkbook(await readXlsx(fs.readFileSync(file)));
}

/**
 * Scores `file` on both front ends. `at(name)` gives a path in the test's temporary folder, where the
 * command line writes `cli.xlsx` and `cli.json`. `extra` is passed to `scorecard score`; a leading
 * `--quarter Qn` is given to the add-in too. Asserts the command exits 0.
 */
export async function scoreOnBothFrontEnds(file: string, at: (name: string) => string, extra: string[] = []) {
  const ran = await scorecard(['score', file, '-o', at('cli.xlsx'), '--json', at('cli.json'), ...extra]);
  assert.equal(ran.code, 0, ran.stderr);
  const cli = JSON.parse(fs.readFileSync(at('cli.json'), 'utf8')) as ScoreResult;
  const model = await modelFromXlsx(file);
  const quarter = extra[0] === '--quarter' ? (Number(extra[1].slice(1)) as 1 | 2 | 3 | 4) : undefined;
  const addIn = await scoreQuarter(model.host, quarter ? { quarter } : {}, AT);
  return { ran, cli, cliSnap: await fileSnap(at('cli.xlsx')), model, addIn, addInSnap: snapOfDocument(model.doc) };
}
