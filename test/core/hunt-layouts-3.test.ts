/**
 * Session 10's hunt (helper layouts3, docs/workbook.md "Layouts hunted for misreadings"): shapes from
 * sectors beyond English councils — NHS integrated performance reports and constitutional standards,
 * police rolling years, fire response times, housing associations' tenant satisfaction measures,
 * Scottish and Welsh councils' benchmarking codes, combined authorities' districts — and a month's
 * figures against a quarter's target where the quarter's own column stands beside the months.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult } from '../../src/core';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;
const kinds = (r: ScoreResult, ref: string, kind: string) => r.findings.filter((f) => f.ref === ref && f.kind === kind);

describe("A month's figures against a quarter's target, with the quarter's own column beside the months", () => {
  const HEADER: CellValue[] = [
    'Ref',
    'Indicator',
    'Good is',
    '2024/25 Outturn',
    'Target',
    'Apr',
    'May',
    'Jun',
    'Q1',
    'Jul',
    'Aug',
    'Sep',
    'Q2',
  ];
  const waste = (q1: CellValue, q2: CellValue): CellValue[] => [
    'DC04',
    'Residual household waste per household (kg)',
    'Lower',
    409,
    100,
    33.1,
    34.6,
    33.9,
    q1,
    35.2,
    36,
    33.8,
    q2,
  ];

  it("scores DC04's Q2 column, 105 kg, against the quarter's 100 kg (−5%, amber), where a month's 33.8 was left unrated", () => {
    const r = scored([sheet('Waste', [HEADER, waste(101.6, 105)])], { quarter: 2 });
    const i = pick(r, 'DC04');
    assert.deepEqual(
      [i.latestValue, i.latestPeriod, i.periodTarget, i.variancePct, i.rag, i.dot],
      [105, 'Q2', 100, -5, 'amber', 'down'],
      'DOT compares Q2 with Q1 (101.6): more waste, worse',
    );
    assert.equal(i.reason, undefined);
    assert.equal(kinds(r, 'DC04', 'month-share').length, 0, 'no month-share Check: it is rated');
    assert.equal(kinds(r, 'DC04', 'quarter-column-disagrees').length, 0, 'each quarter is its months added up');
    const note = kinds(r, 'DC04', 'quarter-target-scored');
    assert.equal(note.length, 1);
    assert.equal(note[0].severity, 'info');
    assert.equal(note[0].cell, 'M2');
    assert.equal(
      note[0].message,
      "DC04: its month figures (33.1 to 36) are about a third of its target of 100, which looks like the quarter's, so the " +
        "quarter's own figure is measured against it: the \"Q2\" column's 105 is scored as the Q2 figure, not a month's.",
    );
  });

  it('is the same when the quarter is not asked for (Q2, the quarter reached)', () => {
    const r = scored([sheet('Waste', [HEADER, waste(101.6, 105)])]);
    assert.deepEqual([pick(r, 'DC04').latestValue, pick(r, 'DC04').rag], [105, 'amber']);
  });

  it("leaves it unrated, with the month-share Check, where Q2's column is blank though its months are in", () => {
    const r = scored([sheet('Waste', [HEADER, waste(101.6, null)])], { quarter: 2 });
    assert.deepEqual([pick(r, 'DC04').rag, pick(r, 'DC04').latestValue], [null, 33.8]);
    assert.equal(kinds(r, 'DC04', 'month-share').length, 1);
    assert.equal(kinds(r, 'DC04', 'quarter-column-disagrees').length, 0, "Q1's 101.6 is its months added up");
  });

  it('leaves it unrated where the quarter columns hold averages (about a month’s size), and says they are not the totals', () => {
    const r = scored([sheet('Waste', [HEADER, waste(33.9, 35)])], { quarter: 2 });
    assert.equal(pick(r, 'DC04').rag, null);
    assert.equal(kinds(r, 'DC04', 'month-share').length, 1);
    assert.match(
      kinds(r, 'DC04', 'quarter-column-disagrees')[1].message,
      /says 35, but its months give 105 \(July to Sept added up\)/,
    );
  });

  it("never scores a quarter's column against a year's target: 346 visits in Q2 against 1,500 for the year stays unrated", () => {
    const r = scored(
      [
        sheet('Fire', [
          HEADER,
          ['FRS05', 'Home Fire Safety Visits completed', 'Higher', 1518, 1500, 118, 131, 122, 371, 109, 97, 140, 346],
        ]),
      ],
      { quarter: 2 },
    );
    assert.deepEqual([pick(r, 'FRS05').rag, pick(r, 'FRS05').latestValue], [null, 140]);
    assert.equal(kinds(r, 'FRS05', 'month-share').length, 1);
  });

  it('leaves months against their own target as they were: a rate with a quarter column is scored on its months', () => {
    const r = scored(
      [sheet('Housing', [HEADER, ['H1', 'Rent collected %', 'Higher', 97.5, 98, 96, 97, 98.5, 98.5, 97, 98, 99, 99]])],
      { quarter: 2 },
    );
    const i = pick(r, 'H1');
    assert.deepEqual([i.latestValue, i.latestPeriod, i.rag], [99, 'Sept', 'green']);
    assert.equal(kinds(r, 'H1', 'quarter-target-scored').length, 0);
  });
});
