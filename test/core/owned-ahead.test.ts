/**
 * The owned cells guessed from one sheet's grid alone (ownedBlocksAhead), which the add-in reads with
 * the rest of the workbook (issue 11 item 2): they cover every cell the run owns on that sheet.
 */
import { strict as assert } from 'assert';
import { defaultState, ownedBlocksAhead, prepareRun, type OwnedBlock } from '../../src/core';
import { bigGrids } from '../support/big-workbook';

function covers(blocks: OwnedBlock[], row: number, col: number): boolean {
  return blocks.some((b) => b.col === col && b.top <= row && row <= b.bottom);
}

describe('Owned cells guessed sheet by sheet, before the workbook is scored', () => {
  it("cover every cell the run owns on each of the report's sheets, and nothing on the Targets sheet", () => {
    const grids = bigGrids(600);
    const run = prepareRun(grids, defaultState());
    for (const grid of grids) {
      const blocks = ownedBlocksAhead(grid, defaultState());
      const owned = run.ownedCells.filter((c) => c.sheet === grid.name);
      const missed = owned.filter((c) => !covers(blocks, c.row, c.col));
      assert.deepEqual(missed, [], `${grid.name}: every owned cell guessed`);
      const guessed = blocks.reduce((n, b) => n + b.bottom - b.top + 1, 0);
      assert.ok(guessed <= owned.length * 1.1 + 10, `${grid.name}: ${guessed} guessed for ${owned.length} owned`);
      if (owned.length === 0) assert.deepEqual(blocks, [], `${grid.name}: nothing guessed`);
    }
  });

  it('guesses nothing on a hidden sheet, which is not scored', () => {
    const [sheet] = bigGrids(60);
    assert.deepEqual(ownedBlocksAhead({ ...sheet, hidden: true }, defaultState()), []);
  });
});
