/**
 * Format groups and their areas (issue 11): `groupFormats` collects cells by format object and column and
 * `columnsToAreas` makes the rectangles without a map per run. They must give what the cell-by-cell way
 * gave — each distinct format once in the order first met, its areas covering exactly its cells, in
 * columns left to right, runs in neighbouring columns over the same rows made one rectangle — whatever
 * order the cells come in, with repeats, and with equal formats given as different objects.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { cellsToAreas } from '../../src/core/a1';
import type { Area } from '../../src/core/model';
import { groupFormats } from '../../src/core/plan/group';
import { formatKey, generalKey } from '../../src/core/plan/styles';
import type { CellFormat } from '../../src/core/plan/types';

/** The way it was done before: runs per column from a map of columns, then a map by (top, bottom). */
function areasBefore(cells: { row: number; col: number }[]): Area[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) byCol.set(col, [...(byCol.get(col) ?? []), row]);
  const runs: Area[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1)) {
      if (r === prev + 1) prev = r;
      else {
        runs.push({ top: start, left: col, bottom: prev, right: col });
        start = prev = r;
      }
    }
    runs.push({ top: start, left: col, bottom: prev, right: col });
  }
  const out: Area[] = [];
  const open = new Map<string, Area>();
  for (const run of runs) {
    const prev = open.get(`${run.top}:${run.bottom}`);
    if (prev && prev.right === run.left - 1) prev.right = run.right;
    else {
      open.set(`${run.top}:${run.bottom}`, run);
      out.push(run);
    }
  }
  return out;
}

const cell = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }) });

describe('Format groups and their areas', () => {
  it('make the same rectangles as the cell-by-cell way, for cells in any order and repeated (property)', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        assert.deepEqual(cellsToAreas(cells), areasBefore(cells));
      }),
    );
  });

  it('give each distinct format once, in the order first met, over exactly its cells (property)', () => {
    // Two objects for each of three formats: equal formats given as different objects are one group.
    const pool: CellFormat[] = [
      { bold: true },
      { bold: true },
      { fill: 'C6EFCE', fontColor: '006100' },
      { fontColor: '006100', fill: 'C6EFCE' },
      { numberFormat: '0.00%' },
      { numberFormat: '0.00%' },
      {},
    ];
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: cell.map((c) => c.row), col: cell.map((c) => c.col), f: fc.nat(pool.length - 1) })),
        (given) => {
          const cells = given.map((g) => ({ row: g.row, col: g.col, format: pool[g.f] }));
          const keys: string[] = [];
          for (const c of cells) {
            const k = formatKey(c.format);
            if (k !== '' && !keys.includes(k)) keys.push(k);
          }
          const groups = groupFormats(cells);
          assert.deepEqual(
            groups.map((g) => formatKey(g.format)),
            keys,
          );
          for (const g of groups) {
            const mine = cells.filter((c) => formatKey(c.format) === formatKey(g.format));
            assert.deepEqual(g.areas, areasBefore(mine));
          }
        },
      ),
    );
  });

  it('key a format as listing, filtering and sorting its properties does, whatever it holds (property)', () => {
    const colour = fc.option(fc.constantFrom('C6EFCE', '9C0006', '"quoted"'), { nil: undefined });
    const format = fc.record(
      {
        bold: fc.option(fc.boolean(), { nil: undefined }),
        border: fc.constantFrom('thin' as const, undefined),
        fill: fc.oneof(colour, fc.constant(null)),
        fontColor: fc.oneof(colour, fc.constant(null)),
        fontSize: fc.option(fc.integer({ min: 8, max: 20 }), { nil: undefined }),
        hAlign: fc.constantFrom('left' as const, 'center' as const, 'right' as const, undefined),
        italic: fc.option(fc.boolean(), { nil: undefined }),
        numberFormat: fc.option(fc.constantFrom('0.00%', '"£"#,##0', 'General'), { nil: undefined }),
        underline: fc.option(fc.boolean(), { nil: undefined }),
        vAlign: fc.constantFrom('top' as const, 'center' as const, undefined),
        wrap: fc.option(fc.boolean(), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(format, fc.option(fc.string(), { nil: undefined }), (f, extra) => {
        const given: CellFormat = extra === undefined ? { ...f } : ({ ...f, strike: extra } as CellFormat);
        assert.equal(formatKey(given), generalKey(given));
      }),
    );
  });
});
