/**
 * A column headed just "Variance" is the product's % variance column only when it is empty or holds what
 * the product writes there (percentages): one holding the analyst's own Actual − Target differences is
 * theirs, left alone, and a Check says to add a "% variance" column for the scores.
 */
import { strict as assert } from 'assert';
import { compactNumberFormats, defaultState, prepareRun, type SheetGrid } from '../../src/core';

/** Two indicators with a target, April to June figures, a "Variance" column and a DOT column. */
function grid(variance: (number | string | null)[], percent: boolean): SheetGrid {
  const values: SheetGrid['values'] = [
    ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Apr', 'May', 'Jun', 'Variance', 'DOT'],
    ['A-1', 'Calls answered', 'Higher', 90, 88, 91, 95, variance[0], null],
    ['A-2', 'Missed bins', 'Lower', 40, 44, 42, 45, variance[1], null],
  ];
  const formats = compactNumberFormats(values, (r, c) => (percent && r > 0 && c === 7 ? '0.0%' : null));
  return { name: 'Indicators', values, ...(formats ? { numberFormats: formats } : {}) };
}

const VARIANCE_COL = 7;
const varianceCells = (run: ReturnType<typeof prepareRun>) =>
  run.ownedCells.filter((c) => c.sheet === 'Indicators' && c.col === VARIANCE_COL);

describe('A column headed "Variance": whose it is', () => {
  it("holding Actual − Target counts (5 and 5, plain numbers), it is the analyst's: not written, and a Check names it", () => {
    const run = prepareRun([grid([5, 5], false)], defaultState(), { quarter: 1 });
    assert.deepEqual(varianceCells(run), []);
    assert.ok(
      run.ownedCells.some((c) => c.col === 8),
      'DOT is still written',
    );
    const check = run.result.findings.find((f) => f.kind === 'variance-column-not-owned');
    assert.ok(check);
    assert.equal(check.severity, 'warning');
    assert.equal(check.cell, 'H1');
    assert.match(
      check.message,
      /^The column headed "Variance" on 'Indicators' holds figures of your own \(numbers not formatted as percentages\), so it is left as it is .* add a column headed "% variance"\.$/,
    );
  });

  it("empty, it is the product's: the % variance is written there", () => {
    const run = prepareRun([grid([null, null], false)], defaultState(), { quarter: 1 });
    assert.equal(varianceCells(run).length, 2);
    assert.ok(!run.result.findings.some((f) => f.kind === 'variance-column-not-owned'));
  });

  it("holding percentages (5.6% formatted as a percentage), it is the product's", () => {
    const run = prepareRun([grid([0.056, -0.125], true)], defaultState(), { quarter: 1 });
    assert.equal(varianceCells(run).length, 2);
    assert.ok(!run.result.findings.some((f) => f.kind === 'variance-column-not-owned'));
  });

  it('headed "% variance", it is the product\'s whatever it holds', () => {
    const g = grid([5, 5], false);
    g.values[0][VARIANCE_COL] = '% variance';
    const run = prepareRun([g], defaultState(), { quarter: 1 });
    assert.equal(varianceCells(run).length, 2);
  });
});
