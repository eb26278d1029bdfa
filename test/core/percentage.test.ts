/**
 * Whether an indicator is a percentage is decided in one place (rules/percentage.ts): the Unit column
 * first, then a percent sign on its figures or target or a name saying so, then its number format, then a
 * name whose subject is another unit. Points tolerance and the quarter-to-date rule (a percentage's quarters
 * are never added up) used to decide it each their own way, and disagreed: the quarter-to-date rule read
 * neither the Unit column nor a percent sign on the figures (only on the target), and points tolerance took
 * "Proportion of …" in a "0.0" format for no percentage.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type SheetGrid } from '../../src/core';
import { isNotRated } from '../../src/core/score/summaries';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import { isPercentage, isRate, percentageSaid, saysPercentage } from '../../src/core/rules/percentage';
import { unitSaysPercent, unitSaysRate } from '../../src/core/read/unit-column';
import { byRef } from '../support/scoring';
import { months } from '../support/grids';
import { sheet } from '../support/grids';

const QUARTERS: CellValue[] = ['Q1', 'Q2', 'Q3', 'Q4', 'YTD', 'Annual target', 'Q2 target'];

describe('Whether an indicator is a percentage: one rule', () => {
  it('the order: the Unit cell, a percent sign or a name saying so, the number format, a name naming another unit, else nothing says', () => {
    const row = (name: string, more: Partial<Parameters<typeof percentageSaid>[0]> = {}) => ({ name, ...more });
    assert.equal(percentageSaid(row('Sickness absence %', { unitSaysPercent: false })), false, 'Unit "Days" wins');
    assert.equal(percentageSaid(row('Rent collected', { unitSaysPercent: true })), true, 'Unit "%"');
    assert.equal(percentageSaid(row('Rent collected', { percentScale: 'fraction' })), true, 'shown as 62.2%');
    assert.equal(percentageSaid(row('Proportion of calls answered', { percentScale: 'none' })), true);
    assert.equal(percentageSaid(row('HSMR', { percentScale: 'none' })), false, 'HSMR 103 in "0.0"');
    assert.equal(percentageSaid(row('Average days to re-let')), false);
    assert.equal(percentageSaid(row('Care leavers in suitable accommodation')), null);
    assert.equal(isPercentage(row('Care leavers in suitable accommodation')), true, 'points: taken as one');
    assert.equal(saysPercentage(row('Care leavers in suitable accommodation')), false, 'quarters: not said');
  });

  it('the Unit cell says it in the same words: "%", "Percentage", "pct" yes; "Days", "No." no; blank nothing', () => {
    assert.deepEqual(['%', 'Percentage', '% of homes', 'pct', 'Days', 'No.', 'Rate', '', null].map(unitSaysPercent), [
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      null,
      null,
    ]);
  });
});

describe('A percentage’s quarters are never added up, however the row says it is one (quarter-to-date)', () => {
  const score = (header: CellValue[], rows: CellValue[][]) =>
    scoreWorkbook([sheet('KPIs', [header, ...rows])], { quarter: 2 }).result;
  const unclear = (r: ReturnType<typeof score>) => r.findings.find((f) => f.kind === 'quarter-to-date-unclear');

  it('Unit "%": rent debit collected 24.5 then 24.1 is not added up to 48.6 against 48.75 (was amber, "to date"): not rated, asked', () => {
    const header: CellValue[] = ['Ref', 'Indicator', 'Unit', 'Good is', ...QUARTERS];
    const r = score(header, [
      ['A1', 'Annual rent debit collected', '%', 'Higher', 24.5, 24.1, null, null, 48.6, 97.5, 48.75],
    ]);
    assert.ok(isNotRated(r.indicators[0]), `${r.indicators[0].status} ${r.indicators[0].variancePct}`);
    assert.match(unclear(r)!.message, /are a rate, whose quarters are never added up/);
  });

  it('without the Unit column the same figures say nothing: added up, as before (48.6 against 48.75, amber)', () => {
    const header: CellValue[] = ['Ref', 'Indicator', 'Good is', ...QUARTERS];
    const r = score(header, [
      ['A1', 'Annual rent debit collected', 'Higher', 24.5, 24.1, null, null, 48.6, 97.5, 48.75],
    ]);
    assert.equal(r.indicators[0].latestValue, 48.6);
    assert.equal(r.indicators[0].rag, 'amber');
  });

  it('a percent sign on the figures (not the target): "24.5%" then "24.1%" are not added up either (they were)', () => {
    const header: CellValue[] = ['Ref', 'Indicator', 'Good is', ...QUARTERS];
    const r = score(header, [
      ['A1', 'Annual rent debit collected', 'Higher', '24.5%', '24.1%', null, null, '48.6%', 97.5, 48.75],
    ]);
    assert.ok(isNotRated(r.indicators[0]), `${r.indicators[0].status} ${r.indicators[0].variancePct}`);
    assert.match(unclear(r)!.message, /are a rate, whose quarters are never added up/);
  });

  it('Unit "No." over a name saying share: a count of lettings is added up (it was asked as a rate)', () => {
    const header: CellValue[] = ['Ref', 'Indicator', 'Unit', 'Good is', ...QUARTERS];
    const r = score(header, [
      ['A1', 'Lettings under the local share scheme', 'No.', 'Higher', 12, 14, null, null, 26, 48, 24],
    ]);
    assert.equal(r.indicators[0].latestValue, 26);
    assert.equal(r.indicators[0].rag, 'green');
  });
});

describe('Points tolerance on a name saying "proportion" in a "0.0" format', () => {
  it('"Proportion of complaints escalated" 21 against 20 in "0.0" is 1 point over: amber within 2 points (was −5% relative, red, named "not a percentage")', () => {
    const values: CellValue[][] = [
      ['Ref', 'Indicator', 'Good is', 'Target', 'Apr', 'May', 'Jun'],
      ['C1', 'Proportion of complaints escalated', 'Lower', 20, 22, 21.5, 21],
    ];
    const grid: SheetGrid = {
      name: 'Calls',
      values,
      numberFormats: compactNumberFormats(values, (r, c) => (r === 1 && c >= 3 ? '0.0' : null)),
    };
    const r = scoreWorkbook([grid], { quarter: 1, tolerancePct: 2, toleranceMode: 'points' }).result;
    const c1 = r.indicators[0];
    assert.equal(c1.rag, 'amber');
    assert.equal(c1.pointsNotPercent, undefined);
    assert.equal(r.findings.filter((f) => f.kind === 'points-not-percent').length, 0);
  });
});

describe('Whether figures are a rate, never added up: the same one rule, with the Unit column (session 13)', () => {
  it('the Unit cell first: "%", "Rate per 1,000", "Ratio", "Average" a rate; "Number", "No.", "£k" a count or money; "Days", blank: the name decides', () => {
    assert.deepEqual(
      ['%', 'Rate per 1,000', 'Ratio', 'Average', 'Number', 'No.', '£k', '£000s', 'Days', '', null].map(unitSaysRate),
      [true, true, true, true, false, false, false, false, null, null, null],
    );
    const row = (name: string, more: Partial<Parameters<typeof isRate>[0]> = {}) => ({
      name,
      shown: undefined,
      ...more,
    });
    assert.equal(isRate(row('Repairs completed', { unitSaysRate: true })), true, 'Unit "%"');
    assert.equal(isRate(row('Re-offending rate', { unitSaysRate: false })), false, 'Unit "Number" wins over the name');
    assert.equal(isRate(row('Repairs completed', { percentScale: 'fraction' })), true, 'its figures shown as 62.2%');
    assert.equal(isRate(row('Average days to re-let')), true, 'the name, with no Unit column');
    assert.equal(isRate(row('Repairs completed')), false);
  });

  // A count per month against a month's target, its YTD column their sum (rules/month-counts.ts): the Unit cell
  // decides whether the quarter is the months added up.
  const grids = (unit: string, name = 'Repairs completed'): SheetGrid[] => [
    sheet('Housing', [
      ['Ref', 'Indicator', 'Unit', 'Polarity', 'Target', ...months(6), 'YTD'],
      ['H1', name, unit, 'Higher', 45, 40, 42, 45, 44, 46, 43, 260],
    ]),
  ];
  const q2 = (g: SheetGrid[]) => byRef(scoreWorkbook(g, { quarter: 2 }).result, 'H1');

  it('a row whose Unit says "%" is not added up: September\'s 43 against 45', () => {
    assert.deepEqual([q2(grids('%')).latestValue, q2(grids('%')).periodTarget], [43, 45]);
  });

  it('a row whose Unit says "Rate per 1,000" is not added up either', () => {
    const s = q2(grids('Rate per 1,000'));
    assert.deepEqual([s.latestValue, s.periodTarget], [43, 45]);
  });

  it('a row whose Unit says "Number", with a "%"-free name, is: Q2\'s 133 against three months\' 135', () => {
    const s = q2(grids('Number'));
    assert.deepEqual([s.latestValue, s.periodTarget], [133, 135]);
  });

  it('"Number" in the Unit cell wins over "rate" in the name ("Rate of repairs completed"): added up', () => {
    const s = q2(grids('Number', 'Rate of repairs completed'));
    assert.deepEqual([s.latestValue, s.periodTarget], [133, 135]);
  });

  it('with the Unit cell blank, the name still decides: "Rate of repairs completed" is not added up', () => {
    const s = q2(grids('', 'Rate of repairs completed'));
    assert.deepEqual([s.latestValue, s.periodTarget], [43, 45]);
  });
});
