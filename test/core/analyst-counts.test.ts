/**
 * Three places where the product misled an analyst (noticed items 1–3, session 4 closing note), in the
 * engine: a typed Trend arrow with nothing behind it, and tables with no column for the scores to go in.
 * (Item 1, a target on another percentage scale, is in number-formats.test.ts.)
 */
import { strict as assert } from 'assert';
import { defaultState, nothingColouredSentence, prepareRun, scoreWorkbook, type CellValue } from '../../src/core';
import { typedTrendHasFigures } from '../../src/core/rules/trend';
import { sheet } from '../support/grids';

const Q2 = { quarter: 2 as const };

describe('A typed Trend arrow is counted only where the workbook holds figures behind it (noticed item 3)', () => {
  it('"↑" typed beside a single Actual, with no earlier figure and no last year, is not counted under "Trend can be determined"', () => {
    const grid = sheet('Housing', [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', 'Trend'],
      ['HSG-01', 'Rent collected %', 'Higher', 98, 97, '↑'],
    ]);
    const { result } = scoreWorkbook([grid], Q2);
    const i = result.indicators[0];
    assert.equal(i.trend, null, 'no trend: nothing to compare 97 with');
    assert.equal(i.trendSource, null);
    assert.equal(result.executiveSummary.trendImproving, 0);
    assert.equal(result.executiveSummary.trendTotal, 0, 'Trend can be determined: 0');
    const f = result.findings.filter((x) => x.kind === 'typed-trend-disagrees');
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'F2');
    assert.equal(f[0].severity, 'warning');
    assert.match(
      f[0].message,
      /^HSG-01: the Trend was typed as ↑ \(improving\) but the workbook holds no figure to compare with/,
    );
    assert.match(f[0].message, /not coloured or counted under "Trend can be determined"/);
    assert.match(f[0].message, /Last year Q2/);
  });

  it('the same arrow on a monthly row reported once (December only), with no outturn, is not counted either', () => {
    const grid = sheet('P1', [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Oct', 'Nov', 'Dec', 'Trend'],
      ['X-1', 'New measure', 'Higher', 10, null, null, 12, '↑'],
    ]);
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    assert.equal(result.indicators[0].trend, null);
    assert.equal(result.executiveSummary.trendTotal, 0);
  });

  it('is kept and counted (as the St Helens report keeps its arrows) where the row has an earlier figure or last year’s outturn', () => {
    const grid = sheet('P1', [
      ['Ref', 'Indicator', 'Polarity', '19/20 Outturn', 'Target', 'Oct', 'Nov', 'Dec', 'Trend'],
      ['HS-01', 'Reported once, with an outturn', 'Lower', 933, 920, null, 1217, null, '↔'],
      ['X-2', 'Reported monthly, no outturn', 'Higher', null, 10, 9, 11, 12, '↑'],
    ]);
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    assert.deepEqual(
      result.indicators.map((i) => [i.trend, i.trendSource]),
      [
        ['same', 'typed'],
        ['up', 'typed'],
      ],
    );
    assert.equal(result.executiveSummary.trendTotal, 2);
    assert.deepEqual(
      result.findings.filter((x) => x.kind === 'typed-trend-disagrees'),
      [],
    );
  });

  it('typedTrendHasFigures: an earlier month, last year’s figures or an outturn count; the latest figure alone does not', () => {
    const periods = (...v: (number | null)[]) =>
      Array.from({ length: 12 }, (_, i) =>
        v[i] === undefined || v[i] === null
          ? { kind: 'empty' as const }
          : { kind: 'number' as const, value: v[i]!, fromText: false },
      );
    const none = Array(12).fill(null);
    const row = { periods: periods(null, null, 5), lastYear: none, outturnPrevYear: null };
    assert.equal(typedTrendHasFigures(row, null, 3), false);
    assert.equal(typedTrendHasFigures({ ...row, periods: periods(4, null, 5) }, null, 3), true);
    assert.equal(typedTrendHasFigures({ ...row, outturnPrevYear: 6 }, null, 3), true);
    assert.equal(typedTrendHasFigures({ ...row, lastYear: [7, ...none.slice(1)] }, null, 3), true);
    assert.equal(typedTrendHasFigures(row, [null, 8, ...none.slice(2)], 3), true);
  });
});

describe('A table with no column for the scores to go in says so (noticed item 2)', () => {
  const plain: CellValue[][] = [
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual'],
    ['HSG-01', 'Rent collected %', 'Higher', 98, 97],
    ['HSG-02', 'Days to re-let', 'Lower', 30, 26],
  ];

  it('names why no cell was coloured and the columns to add, in one sentence', () => {
    const run = prepareRun([sheet('Housing', plain)], defaultState(), Q2);
    assert.equal(run.ownedCells.length, 0);
    assert.equal(run.result.executiveSummary.total, 2, 'both indicators are still counted');
    assert.equal(
      run.uncoloured,
      'No cells in your tables were coloured: they have no % Variance from Target, DOT, Trend, Status or ' +
        'Comparative Performance column for the scores to go in, so the scores are on the summary sheets only; ' +
        'add columns headed "% Variance from Target", "DOT" and "Trend" beside the figures and score again.',
    );
    assert.equal(nothingColouredSentence(run.model.tables), run.uncoloured);
  });

  it('says nothing when a table has such a column, even one whose cells did not change', () => {
    const withVariance = plain.map((r, i) => [...r, i === 0 ? '% Variance from Target' : null]);
    const run = prepareRun([sheet('Housing', withVariance)], defaultState(), Q2);
    assert.equal(run.ownedCells.length, 2);
    assert.equal(run.uncoloured, undefined);
  });
});

describe('Some tables with a column for the scores, others without: the others are named (noticed item 2, session 5)', () => {
  const plain: CellValue[][] = [
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual'],
    ['HSG-01', 'Rent collected %', 'Higher', 98, 97],
    ['HSG-02', 'Days to re-let', 'Lower', 30, 26],
  ];
  const coloured: CellValue[][] = [
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', '% Variance from Target', 'DOT'],
    ['CS-01', 'Council tax collected %', 'Higher', 96, 95, null, null],
  ];

  it("names 'Housing', whose two indicators went into the summary sheets only, and the columns to add there", () => {
    const run = prepareRun([sheet('Finance', coloured), sheet('Housing', plain)], defaultState(), Q2);
    assert.equal(run.ownedCells.length, 2, "Finance's two cells are scored");
    assert.equal(run.result.executiveSummary.total, 3);
    assert.equal(
      run.uncoloured,
      "The 2 indicators on 'Housing' were scored into the summary sheets only: their table has no % Variance from " +
        'Target, DOT, Trend, Status or Comparative Performance column for the scores to go in; add columns headed ' +
        '"% Variance from Target", "DOT" and "Trend" beside their figures and score again.',
    );
    assert.equal(nothingColouredSentence(run.model.tables), run.uncoloured);
  });

  it('names the table, by its title, where another table on the same sheet was coloured', () => {
    const both = [['Corporate measures'], ...coloured, [], ['Housing measures'], ...plain];
    const run = prepareRun([sheet('P6', both)], defaultState(), Q2);
    assert.match(
      run.uncoloured ?? '',
      /^The 2 indicators on the table "Housing measures" on 'P6' were scored into the summary sheets only: /,
    );
  });

  it('lists two sheets in one sentence', () => {
    const run = prepareRun(
      [sheet('Finance', coloured), sheet('Housing', plain), sheet('Planning', plain.slice(0, 2))],
      defaultState(),
      Q2,
    );
    assert.match(
      run.uncoloured ?? '',
      /^The 3 indicators on 'Housing' and 'Planning' were scored into the summary sheets only: their tables have no /,
    );
  });
});
