/**
 * What the command fits its compiler to (src/cli/heap.ts, Observer.engineInput): the analyst's workbook,
 * not the product's own Summary, Highlights and Findings sheets nor its state, which a rescore's package
 * also holds. Without this a rescore of 10,000 indicators was taken for a workbook half as large again and
 * ran its engine stage with the optimising compiler, 23% more CPU (issue 10).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoreFile } from '../../src/cli/score-file';
import { STATE_SHEET } from '../../src/core';
import { readPackage } from '../../src/xlsx/package/read';
import { inflatedSize } from '../../src/xlsx/package/zip';
import { EXAMPLE_WORKBOOK, folderForTheseTests } from '../support/xlsx-fixtures';

const AT = new Date('2026-11-26T09:00:00Z');

describe('The size the command fits its compiler to (issue 10)', function () {
  this.timeout(120000);
  const folder = folderForTheseTests();

  async function engineInput(input: string, output: string, tolerancePct?: number): Promise<number> {
    let told = -1;
    await scoreFile({
      input,
      output,
      outputNamed: true,
      overrides: tolerancePct === undefined ? {} : { tolerancePct },
      at: AT,
      observe: { engineInput: (n) => (told = n) },
    });
    return told;
  }

  it('is the whole workbook at a first scoring, and the analyst’s sheets alone at a rescore', async () => {
    const scored = folder.at('scored.xlsx');
    const first = await engineInput(EXAMPLE_WORKBOOK, scored);
    assert.equal(first, inflatedSize(fs.readFileSync(EXAMPLE_WORKBOOK)));

    const bytes = fs.readFileSync(scored);
    const pkg = readPackage(bytes, scored);
    const own = new Set(['Q3 Summary', 'Q3 Highlights', 'Q3 Findings', STATE_SHEET]);
    const product = pkg.sheets.filter((s) => own.has(s.name));
    assert.equal(product.length, 4);
    const productBytes = product.reduce((n, s) => n + pkg.byName.get(s.part)!.size, 0);
    const again = await engineInput(scored, folder.at('again.xlsx'), 10);
    assert.equal(again, inflatedSize(bytes) - productBytes);
  });
});
