/**
 * More tables UK public-sector performance teams keep — NHS integrated performance reports, police and
 * fire tables, district councils' corporate scorecards — hunted for silent misreadings (helper layouts,
 * docs/workbook.md "Layouts hunted for misreadings"). Each is read as the analyst means it, or refused in
 * one sentence saying how to lay it out or map it.
 */
import { strict as assert } from 'assert';
import { type ScoreResult } from '../../src/core';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const named = (r: ScoreResult, name: string) => r.indicators.find((i) => i.name === name)!;

describe('NHS metric names that start with a standard ("A&E 4 hour", "RTT 18 weeks", "Cancer 62 day")', () => {
  it('keeps "A&E 4 hour performance %" whole: "A&E 4" is no ref and "hour performance %" no name', () => {
    const r = scored([
      sheet('IPR', [
        ['Metric', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['A&E 4 hour performance %', 'Higher', 78, 74, 76],
        ['RTT 18 weeks incomplete %', 'Higher', 92, 58, 59],
        ['Cancer 62 day standard %', 'Higher', 75, 72, 69],
        ['ED 12 hour waits', 'Lower', 100, 310, 290],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.name]),
      [
        [null, 'A&E 4 hour performance %'],
        [null, 'RTT 18 weeks incomplete %'],
        [null, 'Cancer 62 day standard %'],
        [null, 'ED 12 hour waits'],
      ],
    );
    const partly = r.findings.find((f) => /partly recognised/.test(f.message))!;
    assert.doesNotMatch(partly.message, /refs in the indicator names/);
  });

  it('still splits codes from names: "NI 117 – Young people NEET", "BV12: Sickness days", "HSG-01 Rent collected"', () => {
    const r = scored([
      sheet('KPIs', [
        ['Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['NI 117 – Young people NEET', 'Lower', 5, 6, 5.5],
        ['BV12: Sickness days', 'Lower', 8, 2, 4],
        ['HSG-01 Rent collected', 'Higher', 98, 97, 98],
        ['ED12 12 hour waits', 'Lower', 100, 310, 290],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['NI 117', 'BV12', 'HSG-01', 'ED12'],
    );
  });
});
