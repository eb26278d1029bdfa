/**
 * A housing association's KPI pack with a "Housemark quartile" column (fresh user 6, session 10): Housemark
 * writes its quartiles "Upper", "Upper median", "Lower median", "Lower", ranked by performance. Before,
 * each was "not a quartile; treated as N/A" (23 Checks) and Strong performance / Requires improvement
 * were empty.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook } from '../../src/core';
import { STANDARD_HEADER, indicatorRow, sheet } from '../support/grids';

describe('Housemark quartiles', () => {
  it('reads "Upper" as the 1st quartile and "Lower" as the 4th, with no "not a quartile" Check', () => {
    const header = STANDARD_HEADER.map((h) => (h === 'Comparative Performance' ? 'Housemark quartile' : h));
    const grid = sheet('Homes', [
      header,
      indicatorRow('TP01', 'Higher', 75, [70, 71, 72, 73, 74, 75, 76, 77, 78], { quartile: 'Upper' }),
      indicatorRow('RP02', 'Higher', 90, [88, 88, 88, 89, 89, 89, 90, 90, 91], { quartile: 'Upper median' }),
      indicatorRow('BS01', 'Higher', 100, [99, 99, 99, 99, 99, 99, 100, 100, 100], { quartile: 'Lower median' }),
      indicatorRow('CH01', 'Lower', 40, [45, 44, 43, 42, 41, 40, 46, 47, 48], { quartile: 'Lower' }),
    ]);
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    assert.deepEqual(
      result.indicators.map((i) => [i.ref, i.quartile]),
      [
        ['TP01', 1],
        ['RP02', 2],
        ['BS01', 3],
        ['CH01', 4],
      ],
    );
    assert.deepEqual(
      result.findings.filter((f) => /not a quartile/.test(f.message)).map((f) => f.message),
      [],
    );
  });
});
