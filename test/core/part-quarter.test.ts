/**
 * The quarter found, not asked for, scored on part of its months (fresh user 4, session 10): a police
 * force's report "April to October", run in November, was scored as Q3 on October's figures alone with
 * nothing said, its counts read as a whole quarter's. One Check per table now says which months Q3 was
 * scored on, which have no figures yet, and how to report the last complete quarter instead
 * (findings/part-quarter.ts; docs/workbook.md, "The quarter scored").
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult } from '../../src/core';
import { months, sheet } from '../support/grids';

const parts = (r: ScoreResult) => r.findings.filter((f) => f.kind === 'part-quarter');
const row = (ref: string, figures: (number | null)[]): CellValue[] => [ref, `${ref} measure`, 'Higher', 50, ...figures];

describe('A quarter scored on part of its months (fresh user 4)', () => {
  it('a force report from April to October is Q3 scored on October only: one Check on the table, not one a row', () => {
    const rows = ['PCP-1', 'PCP-2', 'PCP-3', 'PCP-4'].map((ref) => row(ref, [48, 49, 50, 51, 52, 53, 54]));
    const { result } = scoreWorkbook([
      sheet('Force', [['Ref', 'Measure', 'Polarity', 'Target', ...months(7)], ...rows]),
    ]);
    assert.equal(result.quarterNumber, 3, 'October is in Q3: the quarter most indicators have reached');
    const f = parts(result);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].cell, 'K1', 'on the last month reached: the table has no November column');
    assert.equal(
      f[0].message,
      "Q3 is scored on October only: November and December have no figures in this table yet, so each indicator's " +
        "Q3 figure is its latest so far and the counts are not a whole quarter's. To report the last complete " +
        'quarter, score Q2 by name; or score again when December is in.',
    );
  });

  it('October and November in, December blank: the Check names both months and sits on the December header', () => {
    const rows = [row('A-1', [1, 2, 3, 4, 5, 6, 7, 8, null]), row('A-2', [1, 2, 3, 4, 5, 6, 7, null, null])];
    const { result } = scoreWorkbook([
      sheet('Adults', [['Ref', 'Measure', 'Polarity', 'Target', ...months(9)], ...rows]),
    ]);
    const f = parts(result);
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'M1');
    assert.match(f[0].message, /^Q3 is scored on October and November only: December has no figures/);
  });

  it('is not said where the quarter was asked for by name, where December is in, or of a table of quarters', () => {
    const header = ['Ref', 'Measure', 'Polarity', 'Target', ...months(9)];
    const octOnly = sheet('Adults', [header, row('A-1', [1, 2, 3, 4, 5, 6, 7, null, null])]);
    assert.equal(parts(scoreWorkbook([octOnly], { quarter: 3 }).result).length, 0, 'Q3 asked for by name');
    const dec = sheet('Adults', [
      header,
      row('A-1', [1, 2, 3, 4, 5, 6, 7, null, null]),
      row('A-2', [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ]);
    assert.equal(
      parts(scoreWorkbook([dec]).result).length,
      0,
      'one row has December: the quarter is complete in the table',
    );
    const quarters = sheet('Q', [['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'], row('Q-1', [1, 2, 3])]);
    assert.equal(parts(scoreWorkbook([quarters]).result).length, 0);
  });
});
