/**
 * How a row's figures are shown (plain, a formatted percentage, a typed "5%") is worked out once as the
 * row is read and kept on it, packed (`IndicatorRow.shown`), for the Targets and Last year sheets' scale
 * check (issue 11): what is kept must be what looking at the cells again gives, for any row.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core';
import { readWorkbook } from '../../src/core/read/workbook';
import { GridView } from '../../src/core/read/grid';
import { compactNumberFormats, packedShown } from '../../src/core/read/number-formats';
import { months } from '../support/grids';

/** A cell of a row: blank, a plain figure, a fraction to be formatted as a percentage, a typed percentage, a note, a date. */
const cell = fc.oneof(
  fc.constant({ value: null as CellValue }),
  fc.double({ min: -500, max: 500, noNaN: true }).map((n) => ({ value: n as CellValue })),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => ({ value: n as CellValue, format: '0.0%' })),
  fc.integer({ min: 0, max: 120 }).map((n) => ({ value: `${n}%` as CellValue })),
  fc.constantFrom<CellValue>('-', 'n/a', 'Data suspended', '95%+', '£1.2m').map((v) => ({ value: v })),
  fc.integer({ min: 43900, max: 44300 }).map((n) => ({ value: n as CellValue, format: 'mmm-yy' })),
);

const HEADER: CellValue[] = ['Ref', 'Performance Indicator', 'Target', '19/20 Outturn', ...months(12)];

describe('How a row’s figures are shown, kept as it is read (issue 11)', () => {
  it('is what looking at its cells again gives, for any row of figures, formats, notes and dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 14, maxLength: 14 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const values: CellValue[][] = [HEADER];
          const formats: Record<string, string> = {};
          rows.forEach((cells, i) => {
            const r = i + 1;
            values.push([`PI-${r}`, `Indicator ${r}`, ...cells.map((c) => c.value)]);
            cells.forEach((c, j) => {
              if ('format' in c && c.format) formats[`${r},${j + 2}`] = c.format;
            });
          });
          const grid: SheetGrid = { name: 'P1', values };
          grid.numberFormats = compactNumberFormats(values, (r, c) => formats[`${r},${c}`] ?? null);
          const model = readWorkbook([grid], { quarter: 3 });
          assert.equal(
            model.tables.reduce((n, t) => n + t.rows.length, 0),
            rows.length,
            'every row read as an indicator',
          );
          const view = new GridView(grid);
          for (const table of model.tables)
            for (const row of table.rows) {
              assert.notEqual(row.shown, undefined);
              assert.equal(row.shown, packedShown({ ...row, shown: undefined }, view, table), `row ${row.row + 1}`);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});
