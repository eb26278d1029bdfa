/**
 * Both front ends, the same result (docs/architecture.md): the command line leaves the cells the shared expectation
 * asks for, and writes the owned cells and the generated sheets exactly as the add-in does (in-memory
 * Excel model, built from the grids the command line reads).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { STATE_SHEET, cellAddress, parseAreaAddress } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { readGrids } from '../../src/xlsx';
import { differences, expectedWorkbook, fontOf } from '../support/expected-cells';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { CellSnap, WorkbookSnap } from '../support/workbook-snapshot';
import { scorecard } from '../support/xlsx-cli';
import { EXAMPLE_WORKBOOK, folderForTheseTests } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';

/** A cell with the defaults filled in and colours compared as the spec does (automatic = black). */
function normal(c: CellSnap | undefined): Required<Omit<CellSnap, 'formula'>> & { formula: string | null } {
  return {
    value: c?.value ?? null,
    formula: c?.formula ?? null,
    numberFormat: c?.numberFormat ?? 'General',
    fill: c?.fill ?? null,
    fontColor: fontOf(c?.fontColor ?? null),
    bold: c?.bold ?? false,
    shrinkToFit: c?.shrinkToFit ?? false,
  };
}

/** Cells inside a merged area other than its top-left: they hold nothing of their own. */
function mergedAway(merges: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    const area = parseAreaAddress(m)!;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) out.add(cellAddress(r, c));
    }
  }
  return out;
}

/** Differences in the cells the product writes: the owned cells, and every cell of the sheets it generates. */
function cellDifferences(a: WorkbookSnap, b: WorkbookSnap, owned: Set<string>, generated: Set<string>): string[] {
  const out: string[] = [];
  const names = (s: WorkbookSnap) => s.filter((x) => x.name !== STATE_SHEET).map((x) => `${x.name} (${x.visibility})`);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b)))
    out.push(`sheets: ${names(a).join(', ')} vs ${names(b).join(', ')}`);
  for (const sheet of a.filter((s) => s.name !== STATE_SHEET)) {
    const other = b.find((s) => s.name === sheet.name);
    if (!other) continue;
    const away = mergedAway(sheet.merges);
    for (const address of new Set([...Object.keys(sheet.cells), ...Object.keys(other.cells)])) {
      if (away.has(address) || !(generated.has(sheet.name) || owned.has(`${sheet.name}!${address}`))) continue;
      const [x, y] = [normal(sheet.cells[address]), normal(other.cells[address])];
      if (JSON.stringify(x) !== JSON.stringify(y))
        out.push(`${sheet.name}!${address}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    }
    if (JSON.stringify(sheet.merges) !== JSON.stringify(other.merges)) out.push(`${sheet.name} merges differ`);
  }
  return out;
}

describe('The command line and the add-in, scoring the same workbook', () => {
  const folder = folderForTheseTests();
  let cli: WorkbookSnap;

  before(async () => {
    const out = folder.at('scored.xlsx');
    const ran = await scorecard(['score', EXAMPLE_WORKBOOK, '-o', out]);
    assert.equal(ran.code, 0, ran.stderr);
    cli = snapshotWorkbook(await readXlsx(fs.readFileSync(out)));
  });

  it('the command line writes every cell the shared expectation asks for', async () => {
    const grids = readGrids(await readXlsx(fs.readFileSync(EXAMPLE_WORKBOOK)));
    assert.deepEqual(differences(expectedWorkbook(grids), cli), []);
  });

  it('writes every cell it owns, and every cell of the sheets it generates, as the add-in does', async () => {
    const grids = readGrids(await readXlsx(fs.readFileSync(EXAMPLE_WORKBOOK)));
    const model = modelFromGrids(grids);
    await scoreQuarter(model.host, {}, () => new Date('2026-11-26T10:00:00Z'));
    const { run } = expectedWorkbook(grids);
    const owned = new Set(run.ownedCells.map((c) => `${c.sheet}!${cellAddress(c.row, c.col)}`));
    const generated = new Set(run.plan.sheets.map((s) => s.name));
    assert.deepEqual(cellDifferences(cli, snapOfDocument(model.doc), owned, generated), []);
  });
});
