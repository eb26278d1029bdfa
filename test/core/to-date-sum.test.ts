/**
 * One rule for "the YTD column is the sum of the figures so far" (rules/to-date-sum.ts): the month-share
 * rule (a month's figure against a year's target) and the quarter-to-date rule (a quarter's own figure
 * against a target to date) both ask it, within 2% of the sum. The month-share rule used to allow half a
 * unit as well, which its own docstring and docs/workbook.md did not say: a YTD of 8.8 beside months adding
 * up to 8.4 (5% off) was called their sum in the Check.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult } from '../../src/core';
import { isSumToDate } from '../../src/core/rules/to-date-sum';
import { sheet } from '../support/grids';
import { scored } from '../support/scoring';
import { POLICE_HEADER } from '../support/police-force';

const checks = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref && f.kind === 'month-share');

/** FT1, about 1.2 tonnes a month against 14.4 for the year, its YTD column `ytd` and same period last year 8.1. */
function flyTipping(ytd: number) {
  const row: CellValue[] = ['FT1', 'Fly-tipping cleared (tonnes)', 'Higher', 14.4];
  row.push(1.2, 1.3, 1.1, 1.2, 1.3, 1.1, 1.2, ytd, 8.1);
  return scored([sheet('Force Performance', [POLICE_HEADER, row])], { quarter: 3 });
}

describe('The YTD column is the sum of the figures so far (one rule, one tolerance)', () => {
  it('is within 2% of the sum: 708 beside months adding up to 708, 722 too; 723 is not', () => {
    assert.equal(isSumToDate(708, 708), true);
    assert.equal(isSumToDate(722, 708), true);
    assert.equal(isSumToDate(723, 708), false);
    assert.equal(isSumToDate(0.1 + 0.2, 0.3), true, 'floating point is no difference');
  });

  it('is not half a unit whatever the figures: a figure to date of 0.3 is not the sum of quarters of 0.2 and 0.3', () => {
    assert.equal(isSumToDate(0.3, 0.5), false);
    assert.equal(isSumToDate(8.8, 8.4), false);
  });

  it('a YTD of 8.8 beside months adding up to 8.4 is not called their sum: the Check gives the evidence that holds', () => {
    const r = flyTipping(8.8);
    const f = checks(r, 'FT1');
    assert.equal(f.length, 1);
    assert.ok(!/add up to its "YTD \(cumulative\)" figure of 8\.8/.test(f[0].message), f[0].message);
    assert.match(f[0].message, /add up to 8\.4, about as many as its "Same period last year" \(8\.1\)/);
    assert.equal(r.indicators.find((i) => i.ref === 'FT1')!.status, 'not rated');
  });

  it('a YTD that is the sum, 8.4, still says so', () => {
    const r = flyTipping(8.4);
    assert.match(checks(r, 'FT1')[0].message, /add up to its "YTD \(cumulative\)" figure of 8\.4/);
  });
});
