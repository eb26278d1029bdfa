/**
 * Whether a generated sheet still shows what the product wrote is one fact, decided in one place
 * (`sheetShows`, src/core/state/sheet-layout.ts). It used to be decided twice: the rescore's
 * `editedByHand` compared cell by cell (figures to 10 digits, formulas skipped) and the undo journal's
 * `contentFromSheet` compared a fingerprint of the exact values, so a figure such as 0.1 + 0.2 read back
 * as 0.3 was "not edited" for one and "edited" for the other. Here both paths are asked of the same
 * sheets and must give the same answer.
 */
import { strict as assert } from 'assert';
import type { CellValue, SheetGrid } from '../../src/core';
import type { SheetContent } from '../../src/core/plan/types';
import { editedByHand } from '../../src/core/state/hand-edits';
import { contentFromSheet, layoutOf, sheetShows, contentPrint } from '../../src/core/state/sheet-layout';

/** A Q3 Summary as written: a title, the council's On target count and variance, a trailing blank row and column. */
function summary(onTarget: number, variance: number): SheetContent {
  return {
    name: 'Q3 Summary',
    role: 'summary',
    values: {
      top: 0,
      left: 0,
      values: [
        ['Performance Scorecard', null, null],
        ['On target', onTarget, null],
        ['Average variance', variance, ''],
        [null, null, null],
      ],
    },
    formats: [],
    merges: [],
    columnWidths: [44, 12, 8],
    freeze: null,
    links: [],
    tabColor: null,
  };
}

const read = (values: CellValue[][]): SheetGrid => ({ name: 'Q3 Summary', values });

/**
 * What the undo journal's path decided: contentFromSheet gives the block at the size written when the
 * sheet still shows it, and the values as the analyst left them (trimmed) when not.
 */
function journalSaysUnedited(content: SheetContent, grid: SheetGrid): boolean {
  const kept = contentFromSheet(layoutOf(content), grid)!.values.values;
  const [rows, cols] = layoutOf(content).size;
  return kept.length >= rows && kept.every((r) => r.length >= cols);
}

/** Both former paths, which must agree; the answer is theirs. */
function unedited(content: SheetContent, grid: SheetGrid): boolean {
  const rescore = !editedByHand(content, grid);
  const journal = journalSaysUnedited(content, grid);
  assert.equal(rescore, journal, 'the rescore and the undo journal disagree about this sheet');
  assert.equal(sheetShows(contentPrint(content), grid), rescore);
  return rescore;
}

describe('Whether a generated sheet still shows what the product wrote is decided once', () => {
  it('an unedited sheet, read back with its blanks as nothing, is unedited for both', () => {
    const written = summary(29, 0.0528);
    const grid = read([['Performance Scorecard'], ['On target', 29], ['Average variance', 0.0528]]);
    assert.equal(unedited(written, grid), true);
  });

  it('a trimmed blank row (and an empty text read as blank) is no edit; a count retyped or a row deleted is', () => {
    const written = summary(29, 0.0528);
    assert.equal(
      unedited(
        written,
        read([['Performance Scorecard', ''], ['On target', 29, null], ['Average variance', 0.0528], []]),
      ),
      true,
    );
    assert.equal(
      unedited(written, read([['Performance Scorecard'], ['On target', 31], ['Average variance', 0.0528]])),
      false,
    );
    assert.equal(unedited(written, read([['Performance Scorecard'], ['Average variance', 0.0528]])), false);
    assert.equal(
      unedited(
        written,
        read([['Performance Scorecard'], ['On target', 29], ['Average variance', 0.0528], [null, 'my note']]),
      ),
      false,
      'a note typed below the table',
    );
  });

  it('a formula typed into a summary cell counts by the figure it shows: =0.1*290 over 29 is no edit, =28+3 is', () => {
    // Both adapters read a formula cell as its result (Office.js `values`, the package's <v>).
    const written = summary(29, 0.0528);
    assert.equal(
      unedited(written, read([['Performance Scorecard'], ['On target', 0.1 * 290], ['Average variance', 0.0528]])),
      true,
    );
    assert.equal(
      unedited(written, read([['Performance Scorecard'], ['On target', 28 + 3], ['Average variance', 0.0528]])),
      false,
    );
  });

  it('figures compare to Excel’s 15 significant digits: 0.1 + 0.2 read back as 0.3 is no edit, a 15th digit changed is', () => {
    assert.equal(
      unedited(summary(29, 0.1 + 0.2), read([['Performance Scorecard'], ['On target', 29], ['Average variance', 0.3]])),
      true,
    );
    assert.equal(
      unedited(
        summary(29, 0.123456789012345),
        read([['Performance Scorecard'], ['On target', 29], ['Average variance', 0.1234567890123449999]]),
      ),
      true,
      'the same 15 digits',
    );
    assert.equal(
      unedited(
        summary(29, 0.123456789012345),
        read([['Performance Scorecard'], ['On target', 29], ['Average variance', 0.123456789012346]]),
      ),
      false,
      'the 15th digit differs',
    );
  });

  it('a block that does not start at A1 is placed where it starts', () => {
    const written = summary(29, 0.0528);
    const moved = { ...written, values: { top: 1, left: 1, values: written.values.values } };
    const grid = read([
      [],
      [null, 'Performance Scorecard'],
      [null, 'On target', 29],
      [null, 'Average variance', 0.0528],
    ]);
    assert.equal(editedByHand(moved, grid), false);
    assert.equal(editedByHand(written, grid), true);
  });
});
