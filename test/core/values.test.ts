/** Values as analysts write them. */
import { strict as assert } from 'assert';
import {
  parseDirection,
  parsePolarity,
  parseQuartile,
  parseTier,
  parseNumberText,
  parseProfile,
  parseTolerance,
  readPeriodValue,
} from '../../src/core/read/values';
import { parseMonthLabel, parseQuarterLabel } from '../../src/core/periods';
import { recogniseHeader } from '../../src/core/read/headers';
import { quoteSheetName, sameSheetName } from '../../src/core/a1';

describe('Values as analysts write them', () => {
  it('reads quartiles in all their spellings', () => {
    for (const [text, q] of [
      ['4th Quartile', 4],
      ['4th quartile', 4],
      ['4', 4],
      [4, 4],
      ['Q4', 4],
      ['Quartile 4', 4],
      ['Fourth', 4],
      ['Bottom quartile', 4],
      ['1st Quartile', 1],
      ['Top quartile', 1],
      ['2nd', 2],
      ['3rd quartile', 3],
    ] as const) {
      assert.equal(parseQuartile(text), q, String(text));
    }
    for (const none of ['N/A', 'NA', 'n/a', '-', '', null]) assert.equal(parseQuartile(none), null, String(none));
    assert.equal(parseQuartile('Good'), undefined);
  });

  it('reads typed arrows and the words analysts use for them', () => {
    const cases: [string, string][] = [
      ['↑', 'up'],
      ['Improving', 'up'],
      ['▲', 'up'],
      ['↓', 'down'],
      ['worsening', 'down'],
      ['↔', 'same'],
      ['No change', 'same'],
      ['■', 'first'],
      ['New', 'first'],
    ];
    for (const [text, d] of cases) assert.equal(parseDirection(text), d, text);
    assert.equal(parseDirection(''), null);
    assert.equal(parseDirection('see note'), null);
  });

  it('reads polarity however it is put', () => {
    for (const h of ['Higher', 'higher', 'High', 'Higher is better', 'Up']) assert.equal(parsePolarity(h), 'higher', h);
    for (const l of ['Lower', 'low', 'Lower is better', 'Smaller is better'])
      assert.equal(parsePolarity(l), 'lower', l);
    assert.equal(parsePolarity('Maintain'), null);
  });

  it('reads numbers stored as text, and only numbers', () => {
    assert.equal(parseNumberText('1,350,000'), 1350000);
    assert.equal(parseNumberText('5.28%'), 5.28);
    assert.equal(parseNumberText(' -7.82% '), -7.82);
    assert.equal(parseNumberText('£1,059'), 1059);
    assert.equal(parseNumberText('.5'), 0.5);
    for (const t of ['', '-', '1,35', '12 months', 'N/A', '1.2.3']) assert.equal(parseNumberText(t), null, t);
  });

  it('reads a negative figure pasted from a report, written with a true minus sign (−)', () => {
    assert.equal(parseNumberText('−1.81%'), -1.81);
    assert.equal(parseNumberText('−£1,059'), -1059);
    assert.equal(parseNumberText('£−1,059'), -1059);
    assert.equal(parseNumberText('−'), null);
    assert.deepEqual(readPeriodValue('−'), { kind: 'empty' }, 'a lone minus sign is "no data", as "-" is');
  });

  it('reads tiers, profiles and tolerances', () => {
    assert.equal(parseTier('Tier 1'), 1);
    assert.equal(parseTier('T2'), 2);
    assert.equal(parseTier(2), 2);
    assert.equal(parseTier('Notes'), null);
    assert.equal(parseProfile('Cumulative'), 'cumulative');
    assert.equal(parseProfile('YTD'), 'cumulative');
    assert.equal(parseProfile(''), 'flat');
    assert.equal(parseProfile('Seasonal'), null);
    assert.equal(parseTolerance('5%'), 5);
    assert.equal(parseTolerance(0.05), 5);
    assert.equal(parseTolerance(10), 10);
    assert.equal(parseTolerance('lots'), null);
  });

  it('reads month and quarter labels', () => {
    assert.equal(parseMonthLabel('Sept'), 6);
    assert.equal(parseMonthLabel('September'), 6);
    assert.equal(parseMonthLabel('Q2 Sept'), 6);
    assert.equal(parseMonthLabel('Dec-20'), 9);
    assert.equal(parseMonthLabel('March'), 12);
    assert.equal(parseMonthLabel('Measure'), null);
    assert.equal(parseQuarterLabel('Quarter 3'), 3);
    assert.equal(parseQuarterLabel('Q3 2020/21'), 3);
    assert.equal(parseQuarterLabel('Q3 Value'), 3);
    assert.equal(parseQuarterLabel('Q5'), null);
  });

  it("recognises the report's headers", () => {
    const headers: [string, string][] = [
      ['Higher / Lower is better?', 'polarity'],
      ['19/20 Outturn', 'outturn'],
      ['20/21 Target', 'target'],
      ['% Variance from Target', 'variance'],
      ['DOT', 'dot'],
      ['Trend', 'trend'],
      ['Comparative Performance', 'quartile'],
      ['Tier', 'tier'],
      ['PI ref', 'ref'],
      ['KPI', 'name'],
      ['Good is', 'polarity'],
    ];
    for (const [h, field] of headers) assert.deepEqual(recogniseHeader(h), { kind: 'field', field }, h);
    assert.deepEqual(recogniseHeader('Last year Q3'), { kind: 'lastYearQuarter', quarter: 3 });
  });
});

describe('Sheet names in references', () => {
  it('are quoted where Excel would read them as something else', () => {
    assert.equal(quoteSheetName('Targets'), 'Targets');
    assert.equal(quoteSheetName('P1 Children & Young People'), "'P1 Children & Young People'");
    assert.equal(quoteSheetName('P1'), "'P1'");
    assert.equal(quoteSheetName('Q3'), "'Q3'");
    assert.equal(quoteSheetName('R2C3'), "'R2C3'");
    assert.equal(quoteSheetName("Anne's"), "'Anne''s'");
  });

  it("are quoted whatever they are for a link (quoteSheetName's 'always')", () => {
    assert.equal(quoteSheetName('Targets', 'always'), "'Targets'");
    assert.equal(quoteSheetName("Anne's", 'always'), "'Anne''s'");
  });

  it('name the same sheet whatever their case, as Excel compares them (sameSheetName)', () => {
    assert.equal(sameSheetName('Q3 Summary', 'q3 summary'), true);
    assert.equal(sameSheetName('Scorecard_State', 'SCORECARD_STATE'), true);
    assert.equal(sameSheetName('Q3 Summary', 'Q3 Summary (2)'), false);
  });
});
