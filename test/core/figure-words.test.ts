/**
 * A figure in a sentence (`figure`, words.ts): digits grouped by hand where the figure needs no rounding
 * (issue 11: `Intl.NumberFormat.format` was a visible part of a small workbook's run), and exactly what
 * en-GB's formatter to three decimals gives for every double.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { figure } from '../../src/core/words';

const EN_GB = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const formatter = (n: number) => EN_GB.format(Number(n.toPrecision(12)));

describe('A figure in a sentence', () => {
  it('reads as analysts write figures: 1,350,000; 19.3; 0.27; -1,059', () => {
    assert.equal(figure(1350000), '1,350,000');
    assert.equal(figure(19.3), '19.3');
    assert.equal(figure(0.27), '0.27');
    assert.equal(figure(-1059), '-1,059');
    assert.equal(figure(0.1 + 0.2), '0.3');
  });

  it('is what en-GB’s formatter to three decimals gives, for any double and for figures typed to a few decimals (property)', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        assert.equal(figure(n), formatter(n));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 5 }), (i, dp) => {
        const n = i / 10 ** dp;
        assert.equal(figure(n), formatter(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a half as the formatter does where the figure has more than three decimals: 1.0005, 0.0005', () => {
    for (const n of [1.0005, 0.0005, 2.0015, 999999.9995, 1 / 3]) assert.equal(figure(n), formatter(n));
  });
});
