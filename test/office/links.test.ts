/**
 * The generated sheets' links (each Ref to its indicator's row, each finding to its cell), as Excel
 * follows them: the sheet quoted ('P1'!B5: unquoted, a sheet named like a cell would not be found),
 * an existing sheet and cell, the cell's own text shown, on hosts with and without setCellProperties.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { parseCellAddress, quoteSheetName } from '../../src/core/a1';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import type { ExcelModel } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');

function links(model: ExcelModel) {
  return model.doc.sheets.flatMap((s) =>
    [...s.cells.values()].filter((c) => c.hyperlink).map((c) => ({ sheet: s.name, cell: c })),
  );
}

describe('Links on the generated sheets (in-memory model)', () => {
  it('quotes every sheet name, doubling apostrophes', () => {
    assert.equal(quoteSheetName('P1', 'always'), "'P1'");
    assert.equal(quoteSheetName('R2C3', 'always'), "'R2C3'");
    assert.equal(quoteSheetName('Data', 'always'), "'Data'");
    assert.equal(quoteSheetName("Children's services", 'always'), "'Children''s services'");
  });

  for (const apiVersion of ['1.17', '1.8']) {
    it(`points each link at an existing sheet and cell, even a sheet named like a cell (ExcelApi ${apiVersion})`, async () => {
      const grids = reportGrids();
      grids[0].name = 'P1';
      const model = modelFromGrids(grids, { apiVersion });
      await scoreQuarter(model.host, {}, AT);
      const found = links(model);
      assert.ok(
        found.some((l) => l.cell.hyperlink!.documentReference!.startsWith("'P1'!")),
        'links to the sheet named P1',
      );
      for (const { sheet, cell } of found) {
        const ref = cell.hyperlink!.documentReference!;
        const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref);
        assert.ok(m, `${sheet}: ${ref} is a quoted sheet and a cell`);
        assert.ok(model.doc.sheet(m[1].replace(/''/g, "'")), `${ref}: the sheet exists`);
        assert.ok(parseCellAddress(m[2]), ref);
        assert.equal(cell.hyperlink!.textToDisplay, String(cell.value), `${ref}: shows the cell's own text`);
      }
    });
  }
});
