/**
 * The owned cells guessed from one sheet's grid alone (ownedBlocksAhead), which the add-in reads with
 * the rest of the workbook (issue 11 item 2): they cover every cell the run owns on that sheet.
 */
import { strict as assert } from 'assert';
import {
  defaultState,
  guessStands,
  ownedBlocksAhead,
  prepareRun,
  sheetAhead,
  type OwnedBlock,
  type SheetAhead,
} from '../../src/core';
import { bigGrids } from '../support/big-workbook';
import { MemoryWorkbook } from '../support/memory-workbook';

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

describe("The guesses' tables handed on to the run (issue 11 item 2)", () => {
  const P1 = 'P1 Children & Young People';
  const scored = () => {
    const book = new MemoryWorkbook(bigGrids(600));
    book.score();
    const grids = book.grids();
    const state = book.state();
    const ahead = new Map(grids.map((g) => [g.name, sheetAhead(g, state)] as const));
    return { grids, state, ahead, without: prepareRun(grids, state, { tolerancePct: 10 }) };
  };

  it("a rescore given them follows the last scoring's cells to the same places and scores the same", () => {
    const { grids, state, ahead, without } = scored();
    assert.ok(without.previous.length > 0 && without.previous.every((p) => p.kind === 'found'), 'cells to follow');
    const run = prepareRun(grids, state, { tolerancePct: 10 }, ahead);
    assert.deepEqual(run.previous, without.previous);
    assert.deepEqual(run.ownedCells, without.ownedCells);
    assert.deepEqual(run.result, without.result);
  });

  it('are the tables used: a sheet handed on with none loses its cells', () => {
    const { grids, state, ahead, without } = scored();
    const emptied = new Map(ahead).set(P1, { ...ahead.get(P1)!, tables: [] });
    const lost = (run: { previous: typeof without.previous }) =>
      run.previous.filter((p, i) => p.kind !== without.previous[i].kind).length;
    let run: { previous: typeof without.previous } | null = null;
    try {
      run = prepareRun(grids, state, { tolerancePct: 10 }, emptied);
    } catch {
      // Refused because the last scoring's cells on P1 cannot be followed: the tables were used.
      return;
    }
    assert.ok(lost(run) > 0, "P1's cells no longer found");
  });

  it('are not used for another grid, another mapping or a sheet the guess skipped', () => {
    const { grids, state, ahead, without } = scored();
    const p1 = ahead.get(P1)!;
    const cases: [string, SheetAhead][] = [
      ['a copy of the values', { ...p1, grid: { ...p1.grid, values: p1.grid.values.map((r) => [...r]) }, tables: [] }],
      ['another mapping', { ...p1, mapping: { ignoreSheets: ['Nothing'] }, tables: [] }],
      ['skipped', { ...p1, skipSheets: [P1], tables: [] }],
    ];
    for (const [why, wrong] of cases) {
      const run = prepareRun(grids, state, { tolerancePct: 10 }, new Map(ahead).set(P1, wrong));
      assert.deepEqual(run.previous, without.previous, why);
    }
  });

  it('a guess made before the state was read stands unless the state maps columns or names the sheet as the product’s', () => {
    const { grids, state } = scored();
    const p1 = sheetAhead(
      grids.find((g) => g.name === P1)!,
      defaultState(),
    );
    assert.equal(guessStands(p1, state), true);
    const mapped = { ...state, settings: { ...state.settings, mapping: { ignoreSheets: ['Nothing'] } } };
    assert.equal(guessStands(p1, mapped), false);
    assert.equal(guessStands(p1, mapped, { mapping: null }), true, "the analyst's own mapping for this run");
    const summary = state.productSheets[0].name;
    const own = sheetAhead(
      grids.find((g) => g.name === summary)!,
      defaultState(),
    );
    assert.equal(guessStands(own, state), false, `${summary} is the product's`);
  });
});
