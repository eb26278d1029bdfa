/** One home per fact (issue 13 item 8): the count tables' words, plurals and the undo sentence. */
import { strict as assert } from 'assert';
import {
  directionColumns,
  directionCounts,
  plural,
  targetColumns,
  targetCounts,
  type ScoreResult,
} from '../../src/core';

const scored = (tolerancePct: number) => ({ tolerancePct, indicators: [] }) as unknown as ScoreResult;
import { undoMessage } from '../../src/office/outcome-message';

describe('The presentation vocabulary', () => {
  it('names the target count columns in the report\'s order, the sheets saying "of target"', () => {
    assert.deepEqual(
      targetColumns(scored(5), 'sheet').map((c) => c.header),
      ['Total PIs', 'On target', 'Within 5% of target', 'Off target', 'Data gaps', 'No target'],
    );
    assert.deepEqual(
      targetColumns(scored(10), 'short').map((c) => c.header),
      ['Total PIs', 'On target', 'Within 10%', 'Off target', 'Data gaps', 'No target'],
    );
    const counts = {
      total: 60,
      onTarget: 29,
      withinTolerance: 8,
      offTarget: 21,
      dataGaps: 2,
      noTarget: 0,
    } as Parameters<typeof targetCounts>[0];
    assert.deepEqual(targetCounts(counts), [60, 29, 8, 21, 2, 0]);
  });

  it("names the DOT and Trend count columns once, in each table's wording", () => {
    const headers = (m: 'dot' | 'trend', form: 'sheet' | 'short', table: 'council' | 'priority') =>
      directionColumns(m, form, table).map((c) => c.header);
    assert.deepEqual(headers('dot', 'sheet', 'council'), [
      'Total PIs where DOT can be determined',
      'Improving',
      'Worsening',
      'Same',
    ]);
    assert.deepEqual(headers('trend', 'sheet', 'priority'), [
      'Trend can be determined',
      'Trend improving',
      'Trend worsening',
      'Trend same',
    ]);
    assert.deepEqual(headers('dot', 'short', 'council'), ['Can be determined', 'Improving', 'Worsening', 'Same']);
    assert.deepEqual(headers('trend', 'short', 'priority'), ['Trend determined', 'Improving', 'Worsening', 'Same']);
    const counts = {
      dotTotal: 50,
      dotImproving: 20,
      dotWorsening: 25,
      dotSame: 5,
      trendTotal: 40,
      trendImproving: 10,
      trendWorsening: 20,
      trendSame: 10,
    } as Parameters<typeof directionCounts>[0];
    assert.deepEqual(directionCounts(counts, 'dot'), [50, 20, 25, 5]);
    assert.deepEqual(directionCounts(counts, 'trend'), [40, 10, 20, 10]);
    assert.deepEqual(
      directionColumns('trend', 'sheet', 'council').map((c) => c.key),
      ['trendTotal', 'trendImproving', 'trendWorsening', 'trendSame'],
    );
  });

  it('says 1 finding and 2 findings, 3 priorities', () => {
    assert.equal(plural(1, 'finding'), '1 finding');
    assert.equal(plural(2, 'finding'), '2 findings');
    assert.equal(plural(3, 'priority', 'priorities'), '3 priorities');
  });

  it('after an undo, says which sheets were removed and which were put back (not "3 sheets removed" for both)', () => {
    assert.equal(
      undoMessage({
        quarter: 'Q3 2020/21',
        cells: 540,
        sheetsRemoved: [],
        sheetsRestored: ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings'],
      }),
      "The scoring of Q3 2020/21 was undone: 540 cells put back; 3 sheets it replaced put back ('Q3 Summary', 'Q3 Highlights', 'Q3 Findings').",
    );
    assert.equal(
      undoMessage({ quarter: 'Q3 2020/21', cells: 1, sheetsRemoved: ['Q3 Summary'], sheetsRestored: [] }),
      "The scoring of Q3 2020/21 was undone: 1 cell put back; 1 sheet it added removed ('Q3 Summary').",
    );
  });
});
