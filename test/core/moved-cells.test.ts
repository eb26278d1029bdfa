/**
 * Scored cells no longer on their indicators' rows (src/core/state/moved-cells.ts): the evidence is two or
 * more % variance cells holding exactly the figure the scoring gave another indicator of their sheet.
 */
import { strict as assert } from 'assert';
import type { CellValue, SheetGrid } from '../../src/core/model';
import type { Located } from '../../src/core/state/identity';
import type { JournalCell } from '../../src/core/state/state';
import { sheetsWithMovedCells } from '../../src/core/state/moved-cells';

const PLAIN = { numberFormat: 'General', fill: null, fontColor: null };

/** A sheet 'P1' whose rows 1… hold `shown` in column B (the % variance), scored as `written`. */
function sheet(written: CellValue[], shown: CellValue[]) {
  const cells: JournalCell[] = written.map((v, i) => ({
    sheet: 'P1',
    cell: `B${i + 2}`,
    indicator: `ref:a-${i + 1}`,
    role: 'variance',
    before: { value: null, format: PLAIN },
    afterValue: v,
    original: null,
  }));
  const located: Located[] = written.map((_, i) => ({ kind: 'found', sheet: 'P1', row: i + 1, col: 1 }));
  const grids: SheetGrid[] = [
    { name: 'P1', values: [['Ref', '% Variance'], ...shown.map((v, i) => [`A-${i + 1}`, v])] },
  ];
  return sheetsWithMovedCells(cells, located, grids);
}

describe('Scored cells moved off their indicators’ rows', () => {
  it('A-1 and A-2 showing each other’s variance (a sort without the scored columns): the sheet is named', () => {
    assert.deepEqual(sheet([0.05, -0.1, 0.2], [-0.1, 0.05, 0.2]), ['P1']);
  });

  it('every cell showing its own variance (a sort of whole rows, which moves them with their rows): none', () => {
    assert.deepEqual(sheet([0.05, -0.1, 0.2], [0.05, -0.1, 0.2]), []);
  });

  it('one cell showing another’s figure (copied by hand) is not taken for a sort', () => {
    assert.deepEqual(sheet([0.05, -0.1, 0.2], [0.05, 0.05, 0.2]), []);
  });

  it('figures two indicators were both given tell nothing: swapped, they are not counted', () => {
    assert.deepEqual(sheet([0.05, 0.05, 0.2, 'Met (target 0)'], [0.05, 0.05, 0.2, 'Met (target 0)']), []);
    assert.deepEqual(sheet([0, 0, 0.2], [0, 0, 0.2]), []);
  });

  it('values typed over the scores (words, other figures) are overrides, not a sort', () => {
    assert.deepEqual(sheet([0.05, -0.1, 0.2], ['see note', 0.5, null]), []);
  });
});
