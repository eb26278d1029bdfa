/**
 * A target of 0's words in the % Variance cell shrink to fit the analyst's column (test/cross/zero-target-words.test.ts
 * carries them out on both front ends): the plan sets shrink to fit on those cells only, and the journal keeps
 * each one's own setting — as it was read, and only where it was read.
 */
import { strict as assert } from 'assert';
import { defaultState, prepareRun } from '../../src/core';
import type { JournalCell } from '../../src/core/state/state';
import { cellsToColumns, columnsToCells } from '../../src/core/state/journal-columns';
import { frsGrids } from '../support/fire-rescue';

describe("A target of 0's words in the % Variance cell", () => {
  it('shrink to fit, and only they: a figure in the same column is written as before', async () => {
    const run = prepareRun(await frsGrids(), defaultState(), {});
    const variance = run.plan.patches.flatMap((p) => p.cells.filter((c) => c.role === 'variance'));
    const words = variance.filter((c) => typeof c.value === 'string' && /\(target 0\)$/.test(c.value));
    assert.ok(words.length >= 2, 'the fire workbook has targets of 0');
    for (const c of words) assert.equal(c.format.shrinkToFit, true, String(c.value));
    for (const c of variance.filter((c) => !words.includes(c))) assert.equal(c.format.shrinkToFit, undefined);
  });

  it("the journal keeps each cell's own setting where it was read (on, off), and none where it was not", () => {
    const cell = (address: string, shrinkToFit?: boolean): JournalCell => ({
      sheet: 'Prevention',
      cell: address,
      before: {
        value: null,
        format:
          shrinkToFit === undefined
            ? { numberFormat: 'General', fill: null, fontColor: null }
            : { numberFormat: 'General', fill: null, fontColor: null, shrinkToFit },
      },
      afterValue: 'Missed (target 0)',
      original: null,
      indicator: `ref:frs0${address.slice(1)}`,
      role: 'variance',
    });
    const cells = [cell('R9', false), cell('R10', true), cell('R11')];
    const columns = cellsToColumns(cells);
    assert.equal(columns.formats.length, 3, 'the same fields with and without the setting are kept apart');
    const back = columnsToCells(JSON.parse(JSON.stringify(columns)));
    assert.deepEqual(
      back.map((c) => c.before.format),
      cells.map((c) => c.before.format),
    );
    assert.equal('shrinkToFit' in back[2].before.format, false, 'a journal without it leaves the cell alone');
  });
});
