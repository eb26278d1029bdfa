/** One home per fact (issue 13 item 8): the count tables' words, plurals and the undo sentence. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
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

  it('says 0 cells, 1 cell, 2 cells — and "is"/"are", "it"/"them" agree with the count the same way', () => {
    assert.deepEqual(
      [0, 1, 2].map((n) => plural(n, 'cell')),
      ['0 cells', '1 cell', '2 cells'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => `${plural(n, 'indicator')} ${plural.word(n, 'is', 'are')}`),
      ['0 indicators are', '1 indicator is', '2 indicators are'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => plural.word(n, 'it', 'them')),
      ['them', 'it', 'them'],
    );
  });

  it('has no plural made by hand left in the product\'s sources ("1 cells" cannot come back)', () => {
    const hand = /=== 1 \? '' : 's'|=== 1 \? 's' : ''|=== 1 \? ' is' : 's are'|=== 1 \? ' has its' : 's have their'/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name))
          fs.readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => hand.test(line) && offenders.push(`${p}:${i + 1}`));
      }
    };
    walk(path.join(__dirname, '../../src'));
    assert.deepEqual(offenders, [], 'use plural / plural.word from src/core/words.ts');
  });

  it('names the amber count in the tolerance mode\'s unit: "within 5%", "within 5 percentage points", "within 1 percentage point"', () => {
    const within = (r: ScoreResult) =>
      targetColumns(r, 'short')
        .find((c) => c.key === 'withinTolerance')!
        .phrase(8);
    assert.equal(within(scored(5)), '8 within 5%');
    assert.equal(within({ ...scored(5), toleranceMode: 'points' }), '8 within 5 percentage points');
    assert.equal(within({ ...scored(1), toleranceMode: 'points' }), '8 within 1 percentage point');
    // Absolute: each indicator's own unit, so no one figure is true of them all.
    assert.equal(within({ ...scored(2), toleranceMode: 'absolute' }), '8 within tolerance');
  });

  it('says "within tolerance", not "within 5%", when some indicators have their own tolerance', () => {
    const own = {
      tolerancePct: 5,
      indicators: [{ tolerancePct: 5 }, { tolerancePct: 10 }],
    } as unknown as ScoreResult;
    assert.equal(
      targetColumns(own, 'short')
        .find((c) => c.key === 'withinTolerance')!
        .phrase(8),
      '8 within tolerance',
    );
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
