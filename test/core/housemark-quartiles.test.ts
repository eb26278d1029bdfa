/**
 * A housing association's KPI pack with a "Housemark quartile" column (fresh user 6, session 10): Housemark
 * writes its quartiles "Upper", "Upper median", "Lower median", "Lower". Before, each was "not a quartile;
 * treated as N/A" (23 Checks) and Strong performance / Requires improvement were empty. Read as helper
 * layouts3 decided (read/values.ts quartilePosition): the position on the figures' own order, so the top
 * quartile where higher is better; where lower is better "Upper" could be the highest figures or the best
 * performers, so a Check asks for "Top" … "Bottom" instead of a guess.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook } from '../../src/core';
import { STANDARD_HEADER, indicatorRow, sheet } from '../support/grids';

describe('Housemark quartiles', () => {
  it('reads "Upper" … "Lower median" as the 1st … 3rd quartile where higher is better, and asks where lower is better', () => {
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
        ['CH01', null],
      ],
    );
    assert.deepEqual(
      result.findings.filter((f) => /comparative performance/.test(f.message)).map((f) => [f.ref, f.message]),
      [
        [
          'CH01',
          'CH01: comparative performance "Lower" is treated as N/A: a benchmarking club\'s "upper" quartile may hold the highest figures or the best performers, which are the same only where higher is better; type where it stands among the others as Top quartile, 2nd quartile, 3rd quartile or Bottom quartile, and score again.',
        ],
      ],
    );
  });
});
