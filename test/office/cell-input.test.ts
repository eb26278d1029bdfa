/** Text is written as text: an apostrophe before anything Excel would take for a formula, number, date or boolean. */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { cellInput, needsTextPrefix } from '../../src/office/cell-input';
import { typeIn } from '../support/excel-model/typing';

describe('Strings written as text', () => {
  it('prefixes formula-like, number-like, date-like and boolean text', () => {
    for (const s of [
      '=SUM(A1)',
      '+44 1744',
      '-',
      '-5',
      '@home',
      "'quoted",
      '1,350,000',
      '5.28%',
      '(5)',
      '£12',
      '01/02/2021',
      '2021-02-01',
      '1-Feb',
      'Dec-20',
      'Feb 2021',
      '10:30',
      'TRUE',
      'false',
      '#N/A',
      '3',
      '0.5',
      '1 1/2',
      '-2 3/4',
    ]) {
      assert.equal(needsTextPrefix(s), true, s);
      assert.equal(cellInput(s), `'${s}`);
    }
  });

  it('leaves ordinary words alone', () => {
    for (const s of [
      'On target',
      'Within 5% of target',
      'Q3 2020/21',
      'CS-01',
      '1st Quartile',
      '↑ Improving',
      'Data gap: suspended by NHS',
      '',
    ]) {
      assert.equal(needsTextPrefix(s), false, s);
      assert.equal(cellInput(s), s);
    }
  });

  it('writes numbers and booleans as they are, a formula only when planned as one, null as null', () => {
    assert.equal(cellInput(0.0528), 0.0528);
    assert.equal(cellInput(true), true);
    assert.equal(cellInput({ formula: '=A1*2' }), '=A1*2');
    assert.equal(cellInput(null), null);
  });

  it("any string survives Excel's typing unchanged (as the model types it)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const typed = typeIn(cellInput(s));
        assert.equal(typed.formula, undefined, s);
        assert.equal(typed.value, s === '' ? null : s);
      }),
      { numRuns: 2000 },
    );
  });

  it("any string of digits, signs and separators survives Excel's typing unchanged (as the model types it)", () => {
    const chars = fc.constantFrom(...'0123456789 /-+.,:%()£$eE'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (s) => {
        const typed = typeIn(cellInput(s));
        assert.equal(typed.formula, undefined, s);
        assert.equal(typed.value, s === '' ? null : s);
      }),
      { numRuns: 5000 },
    );
  });
});
