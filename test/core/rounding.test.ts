/**
 * ROUND half away from zero without toPrecision where it cannot matter (issue 11): the result must be
 * the very number the long way gives (two roundings to 15 significant digits, as Excel shows a number),
 * for every figure an analyst types or a variance works out to, halves included.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { percentAsFraction, roundHalfAway } from '../../src/core/rules/rounding';

/** The rounding as it was before issue 11, kept here as the reference. */
function roundShownReference(x: number, dp: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(x.toPrecision(15));
  if (Math.abs(shown) >= 1e15) return shown;
  const factor = 10 ** dp;
  const scaled = Number((Math.abs(shown) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  const signed = shown < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}

function same(x: number, dp: number): void {
  const got = roundHalfAway(x, dp);
  const want = roundShownReference(x, dp);
  assert.ok(Object.is(got, want), `ROUND(${x}, ${dp}): ${got}, the long way ${want}`);
}

const dp = fc.integer({ min: 0, max: 4 });
const sign = fc.constantFrom(1, -1);

describe('ROUND half away from zero (the quick way agrees with the long way)', () => {
  it('on any double, any size', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), dp, (x, d) => same(x, d)),
      { numRuns: 20000 },
    );
  });

  it('on variances an analyst sees: −1,000% … +1,000%', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000 }), dp, (x, d) => same(x, d)),
      { numRuns: 20000 },
    );
  });

  it('on halves at 1 and 2 decimals (2.675 → 2.68, −0.125 → −0.13), and next to them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(1, 2),
        sign,
        fc.integer({ min: -3, max: 3 }),
        (n, d, s, ulps) => {
          // n + 0.5 units of the last decimal, as typed, then nudged a few units of least precision.
          let x = s * Number(`${Math.floor(n / 10 ** d)}.${String(n % 10 ** d).padStart(d, '0')}5`);
          for (let i = 0; i < Math.abs(ulps); i++) x = nextAfter(x, ulps > 0 ? Infinity : -Infinity);
          same(x, d);
          same(x, d - 1);
          same(x, d + 1);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('on 15-digit figures, and on figures worked out as quotients (a variance as the engine makes it)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999_999_999n }),
        fc.integer({ min: 0, max: 14 }),
        sign,
        dp,
        (m, e, s, d) => {
          same(s * Number(`${m}e-${e}`), d);
        },
      ),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), dp, (a, b, d) => {
        same((a / b) * 100, d);
      }),
      { numRuns: 20000 },
    );
  });

  it('at the edges: zero, minus zero, tiny, huge, not a number', () => {
    for (const x of [
      0,
      -0,
      5e-324,
      -5e-324,
      1e-300,
      0.5,
      -0.5,
      0.49999999999999994,
      1e7,
      1e7 - 0.5,
      1e14,
      1e15,
      1e16,
      -1e21,
    ])
      for (const d of [0, 1, 2, 3]) same(x, d);
    assert.ok(Number.isNaN(roundHalfAway(NaN, 2)));
    assert.equal(roundHalfAway(Infinity, 2), Infinity);
    assert.equal(roundHalfAway(2.675, 2), 2.68);
    assert.equal(roundHalfAway(-2.675, 2), -2.68);
  });
});

/** A percentage as the fraction its cell holds, as it was before issue 11, kept here as the reference. */
function fractionReference(pct: number): number {
  return Number((pct / 100).toPrecision(12));
}

function sameFraction(pct: number): void {
  const got = percentAsFraction(pct);
  const want = fractionReference(pct);
  assert.ok(Object.is(got, want), `${pct}% as a fraction: ${got}, the long way ${want}`);
}

describe('A variance as the fraction its cell holds (the quick way agrees with the long way)', () => {
  it('on every variance rounded to 2 dp (a whole number of hundredths), any size the quick way takes and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (k) =>
        sameFraction(k / 100),
      ),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (k) => sameFraction(k / 100)),
      { numRuns: 20000 },
    );
  });

  it('on variances as the engine makes them (ROUND to 2 dp of a quotient), and on any double', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) =>
        sameFraction(roundHalfAway((a / b) * 100, 2)),
      ),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => sameFraction(x)),
      { numRuns: 20000 },
    );
  });

  it('at the edges: zero, minus zero, ±1e9 hundredths, not a number, infinity', () => {
    for (const x of [
      0,
      -0,
      0.01,
      -0.01,
      5.28,
      -98.99,
      999999999.99,
      -999999999.99,
      1e9,
      1e12,
      NaN,
      Infinity,
      -Infinity,
    ])
      sameFraction(x);
    assert.equal(percentAsFraction(5.28), 0.0528);
  });
});

/** The next double after x towards `to`. */
function nextAfter(x: number, to: number): number {
  if (Number.isNaN(x) || x === to) return x;
  if (x === 0) return to > 0 ? 5e-324 : -5e-324;
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  i[0] += x < to === x > 0 ? 1n : -1n;
  return b[0];
}
