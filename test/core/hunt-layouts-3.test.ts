/**
 * Session 10's hunt (helper layouts3, docs/workbook.md "Layouts hunted for misreadings"): shapes from
 * sectors beyond English councils — NHS integrated performance reports and constitutional standards,
 * police rolling years, fire response times, housing associations' tenant satisfaction measures,
 * Scottish and Welsh councils' benchmarking codes, combined authorities' districts — and a month's
 * figures against a quarter's target where the quarter's own column stands beside the months.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';
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

describe("Benchmarking clubs' quartile positions in words (Housemark, Data Cymru)", () => {
  it('reads "Upper quartile" and "Upper median" under "Housemark quartile" as the top and 2nd where higher is better, where every one was N/A', () => {
    const r = scored([
      sheet('TSM', [
        ['TSM code', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Housemark median', 'Housemark quartile'],
        ['TP01', 'Overall satisfaction', 'Higher', 75, 72.4, 73.1, 71.2, 'Upper median'],
        ['TP02', 'Satisfaction with repairs', 'Higher', 80, 78, 79.5, 76, 'Upper quartile'],
        ['TP03', 'Satisfaction with time taken to complete repair', 'Higher', 75, 70, 71, 72, 'Lower median'],
        ['TP04', 'Satisfaction that the home is well maintained', 'Higher', 75, 66, 67, 72, 'Lower quartile'],
        ['RP01', 'Homes that do not meet the Decent Homes Standard %', 'Lower', 2, 3.1, 2.8, 1.9, 'Lower quartile'],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.quartile, i.periodTarget]),
      [
        ['TP01', 2, 75],
        ['TP02', 1, 80],
        ['TP03', 3, 75],
        ['TP04', 4, 75],
        ['RP01', null, 2],
      ],
      '"Housemark median" is never the target',
    );
    const rp01 = kinds(r, 'RP01', 'unreadable-cell');
    assert.equal(rp01.length, 1);
    assert.equal(
      rp01[0].message,
      'RP01: comparative performance "Lower quartile" is treated as N/A: a benchmarking club\'s "upper" quartile may hold the ' +
        'highest figures or the best performers, which are the same only where higher is better; type where it stands among ' +
        'the others as Top quartile, 2nd quartile, 3rd quartile or Bottom quartile, and score again.',
    );
  });

  it('reads a Welsh PAM table\'s "Wales quartile" ("Upper", "Upper middle"), with "PAM/012" as the ref and "Wales average" unread', () => {
    const r = scored([
      sheet('PAMs', [
        ['PI', 'Description', 'Good is', 'Target 2025/26', 'Q1', 'Q2', 'Wales average', 'Wales quartile'],
        [
          'PAM/012',
          'Percentage of households threatened with homelessness successfully prevented',
          'Higher',
          65,
          61,
          66,
          62.3,
          'Upper middle',
        ],
        ['PAM/030', 'Percentage of waste reused, recycled or composted', 'Higher', 70, 68, 71, 66.8, 'Upper'],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.periodTarget, i.rag, i.quartile]),
      [
        ['PAM/012', 66, 65, 'green', 2],
        ['PAM/030', 71, 70, 'green', 1],
      ],
    );
    assert.match(r.findings.find((f) => f.kind === 'partial-table')!.message, /not recognised: "Wales average"/);
  });
});

describe('Sector tables read right as they were', () => {
  const m7 = ['Apr-25', 'May-25', 'Jun-25', 'Jul-25', 'Aug-25', 'Sep-25', 'Oct-25'];

  it('an NHS IPR with SPC "Variation" and "Assurance" words ("Common cause", "Hit and miss") beside the months: never the variance', () => {
    const r = scored([
      sheet('IPR', [
        ['Metric', 'Standard', ...m7, 'Variation', 'Assurance'],
        ['4 hour A&E performance %', '≥78%', 72.1, 73.4, 74, 75.2, 74.8, 76.1, 75.5, 'Common cause', 'Hit and miss'],
        [
          'RTT 18 weeks incomplete %',
          '≥92%',
          58,
          58.5,
          59,
          59.2,
          59.4,
          60,
          60.1,
          'Special cause improvement',
          'Consistently failing',
        ],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.name, i.latestValue, i.periodTarget, i.variancePct, i.rag]),
      [
        ['4 hour A&E performance %', 75.5, 78, -3.21, 'amber'],
        ['RTT 18 weeks incomplete %', 60.1, 92, -34.67, 'red'],
      ],
    );
    assert.match(
      r.findings.find((f) => f.kind === 'partial-table')!.message,
      /not recognised: "Variation", "Assurance"/,
    );
  });

  it('an IPR\'s SPC process limits ("Mean", "UCL", "LCL") are never the target or a period', () => {
    const r = scored([
      sheet('IPR', [
        ['Metric', 'Polarity', 'Target', ...m7, 'Mean', 'UCL', 'LCL'],
        ['Bed occupancy %', 'Lower', 92, 94, 95, 96, 93, 95, 97, 96, 95, 99, 91],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual([i.latestValue, i.periodTarget, i.variancePct, i.rag], [96, 92, -4.35, 'amber']);
  });

  it('a police table with "Difference", "% change" and "Statistically significant?" beside Q1, Q2 and "Same period last year"', () => {
    const r = scored([
      sheet('Performance', [
        [
          'Ref',
          'Measure',
          'Polarity',
          'Target',
          'Q1',
          'Q2',
          'Same period last year',
          'Difference',
          '% change',
          'Statistically significant?',
        ],
        ['PCP1', 'Burglary residential', 'Lower', 800, 790, 760, 840, -80, -9.5, 'Yes'],
      ]),
    ]);
    const i = pick(r, 'PCP1');
    assert.deepEqual(
      [i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot, i.trend],
      [760, 800, 5, 'green', 'up', 'up'],
    );
  });

  it('a Scottish LGBF table: codes "CHN1", "C&L1", years across, "Scotland average", "Rank" and "Family group average" unread, no target', () => {
    const r = scored([
      sheet('LGBF', [
        [
          'Code',
          'Indicator',
          'Polarity',
          '2021-22',
          '2022-23',
          '2023-24',
          'Scotland average 2023-24',
          'Rank 2023-24',
          'Family group average',
        ],
        ['CHN1', 'Cost per primary school pupil (£)', 'Lower', 5600, 5900, 6100, 6300, 8, 6200],
        ['C&L1', 'Cost per attendance at sports facilities (£)', 'Lower', 3.2, 3.0, 2.9, 3.4, 12, 3.1],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.status, i.dot, i.quartile]),
      [
        ['CHN1', 6100, 'no target', 'down', null],
        ['C&L1', 2.9, 'no target', 'up', null],
      ],
    );
    assert.match(
      r.findings.find((f) => f.kind === 'partial-table')!.message,
      /not recognised: "Scotland average 2023-24", "Rank 2023-24", "Family group average"/,
    );
  });

  it('fire response times as Excel times (fractions of a day) under "Target | Q1 | Q2 | Q3": the table and its columns are found', () => {
    const r = scored([
      sheet('Response', [
        ['Ref', 'Measure', 'Good is', 'Target', 'Q1', 'Q2', 'Q3'],
        ['RT1', 'Average response time to dwelling fires', 'Lower', 8 / 1440, 7.7 / 1440, 8.25 / 1440, 7.9 / 1440],
      ]),
    ]);
    const i = pick(r, 'RT1');
    assert.deepEqual([i.latestPeriod, i.rag], ['Q3', 'green']);
  });
});

describe('Tables of the latest period beside the one before, with nothing naming either', () => {
  const crime = sheet('Crime', [
    ['Measure', 'Rolling 12 months', 'Previous 12 months', 'Difference', '% change', 'Statistically significant?'],
    ['All crime', 98450, 101200, -2750, -2.7, 'Yes'],
    ['Burglary residential', 3120, 3480, -360, -10.3, 'Yes'],
  ]);

  it('a police "Rolling 12 months | Previous 12 months | Difference | % change" table is no comparison table of organisations', () => {
    const e = refusal([crime]);
    assert.doesNotMatch(
      e.message,
      /organisation or area/,
      'it was called a comparison table for "Difference" and "% change"',
    );
    assert.match(
      e.message,
      /'Crime' row 1 has Performance Indicator but no period column \(not understood: "Rolling 12 months", "Previous 12 months", "Difference", "% change", "Statistically significant\?"; map "Rolling 12 months" to actual \(the quarter you choose to score\)\)/,
    );
    assert.deepEqual(e.mappingHint!.suggestedMapping, {
      sheets: { Crime: { headerRow: 1, columns: { 'Rolling 12 months': 'actual' } } },
    });
  });

  it("with the quarter asked for, maps the previous 12 months to last year's figure for it (Trend), never to Q1 and Q2", () => {
    const e = refusal([crime], { quarter: 2 });
    const mapping = e.mappingHint!.suggestedMapping!;
    assert.deepEqual(mapping.sheets!.Crime.columns, {
      'Previous 12 months': 'Last year Q2',
      'Rolling 12 months': 'Q2',
    });
    const r = scored([crime], { quarter: 2, mapping });
    assert.deepEqual(
      r.indicators.map((i) => [i.name, i.latestValue, i.status, i.trend]),
      [
        ['All crime', 98450, 'no target', 'down'],
        ['Burglary residential', 3120, 'no target', 'down'],
      ],
      'higher taken as better, as the polarity-assumed Check says; a crime count with no target is No target',
    );
  });

  it('NHS constitutional standards, "Threshold | Previous month | Latest month": refused, the latest month never taken for a quarter', () => {
    const e = refusal([
      sheet('Standards', [
        ['Constitutional standard', 'Threshold', 'Previous month', 'Latest month', 'Trend'],
        ['A&E 4 hour', '95%', 74.1, 75.5, '↑'],
        ['RTT 18 weeks', '92%', 59.4, 60.1, '↑'],
      ]),
    ]);
    assert.match(
      e.message,
      /not understood: "Constitutional standard", "Threshold", "Previous month", "Latest month"\)/,
    );
    assert.equal(
      e.mappingHint!.suggestedMapping,
      null,
      "which month is latest, and is it a quarter's end? The analyst maps it",
    );
    assert.equal(e.mapByHand, true);
  });
});

describe("A combined authority's districts side by side", () => {
  it('refuses the same quarters repeated under "Bolton" and "Bury", where Bolton\'s figures were scored as the whole', () => {
    const e = refusal([
      sheet(
        'Districts',
        [
          [null, null, null, 'Bolton', null, 'Bury', null],
          ['Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q1', 'Q2'],
          ['Employment rate %', 'Higher', 75, 71.2, 71.9, 76.4, 76],
        ],
        [
          { top: 0, left: 3, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 0, right: 6 },
        ],
      ),
    ]);
    assert.equal(
      e.message,
      '\'Districts\' row 2 repeats its periods under "Bolton" and "Bury" (row 1), a set for each district or area, but one ' +
        'figure is read per indicator and period, so nothing was scored rather than score "Bolton"\'s figures as the whole; ' +
        "keep one set of period columns with the figures for the whole (a total, or the organisation's own), and move each " +
        "district's to a sheet of its own that you hide (hidden sheets are not scored).",
    );
    assert.equal(e.mappingHint!.suggestedMapping, null);
  });

  it('refuses one column per district ("Bolton | Bury | … | GM total") as a comparison table, as before', () => {
    const e = refusal([
      sheet('Districts', [
        ['Indicator', 'Target', 'Bolton', 'Bury', 'Manchester', 'Oldham', 'GM total'],
        ['Employment rate %', 75, 71.2, 76.4, 70.1, 68.9, 72.3],
      ]),
    ]);
    assert.match(
      e.message,
      /its columns of figures \("Bolton", "Bury", "Manchester" …\) look like one for each organisation or area/,
    );
  });

  it('reads years over the periods as before ("2024/25" and "2025/26" over Q1 … ): no district there', () => {
    const r = scored([
      sheet('KPIs', [
        [null, null, null, '2024/25', null, '2025/26', null],
        ['Ref', 'Indicator', 'Polarity', 'Q3', 'Q4', 'Q1', 'Q2'],
        ['K1', 'Re-let days', 'Lower', 34, 31, 29, 30],
      ]),
    ]);
    assert.equal(r.indicators[0].latestValue, 30);
  });
});

describe('"Plan" (or "Target") over a run of the periods, "Actual" over the same periods again', () => {
  const m = ['Apr-25', 'May-25', 'Jun-25'];

  it('an IPR\'s "Plan" and "Actual" over Apr … Jun in the row above the header: June\'s 5,550 spells against June\'s plan of 5,600', () => {
    const r = scored([
      sheet('IPR', [
        [null, null, 'Plan', null, null, 'Actual', null, null],
        ['Metric', 'Polarity', ...m, ...m],
        ['Elective spells', 'Higher', 5500, 5500, 5600, 5400, 5600, 5550],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual([i.latestValue, i.periodTarget, i.variancePct, i.rag], [5550, 5600, -0.89, 'amber']);
    assert.ok(!r.findings.some((f) => /second/.test(f.message)));
  });

  it('with "Plan" and "Actual" in the header row over the months below: the plan\'s June, 5,600, was scored as the figure', () => {
    const r = scored([
      sheet('IPR', [
        ['Metric', 'Polarity', 'Plan', null, null, 'Actual', null, null],
        [null, null, ...m, ...m],
        ['Elective spells', 'Higher', 5500, 5500, 5600, 5400, 5600, 5550],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual(
      [i.latestValue, i.periodTarget, i.rag],
      [5550, 5600, 'amber'],
      'it was 5,600 against 5,500, green',
    );
  });

  it('"Actual" over Q1 | Q2 and "Target" over Q1 | Q2: each quarter\'s target, where every indicator was No target', () => {
    const r = scored([
      sheet('KPIs', [
        [null, null, null, 'Actual', null, 'Target', null],
        ['Indicator', 'Polarity', 'Baseline', 'Q1', 'Q2', 'Q1', 'Q2'],
        ['Employment rate %', 'Higher', 70, 71.2, 71.9, 74, 75],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual([i.latestValue, i.periodTarget, i.variancePct, i.rag], [71.9, 75, -4.13, 'amber']);
  });
});

describe("A weekly sitrep's weeks as the period columns", () => {
  const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

  it('refuses dates a week apart heading the figures, where each was read as its month and the first week of October scored as October', () => {
    const g = sheet('Sitrep', [
      [
        'Metric',
        'Polarity',
        'Target',
        serial(2025, 10, 5),
        serial(2025, 10, 12),
        serial(2025, 10, 19),
        serial(2025, 10, 26),
      ],
      ['Ambulance handovers > 60 mins', 'Lower', 10, 40, 35, 52, 30],
    ]);
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r === 0 && c >= 3 ? 'dd/mm/yyyy' : null));
    const e = refusal([g]);
    assert.equal(
      e.message,
      "'Sitrep' row 1 heads its figures with dates, several in Oct (5 Oct 2025, 12 Oct 2025, 19 Oct 2025 …), but one figure " +
        "is read per month, so which is the month's cannot be told and nothing was scored; give each month one column headed " +
        'with the month (such as "Oct-25"), holding its figure for the month (its total, or its last week\'s), and move the ' +
        'weekly or daily figures to a sheet of their own that you hide (hidden sheets are not scored).',
    );
  });

  it('still reads a date for each month ("01/04/2025", "01/05/2025") as the months', () => {
    const g = sheet('KPIs', [
      ['Metric', 'Polarity', 'Target', serial(2025, 4, 1), serial(2025, 5, 1), serial(2025, 6, 1)],
      ['Re-let days', 'Lower', 30, 34, 31, 29],
    ]);
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r === 0 && c >= 3 ? 'dd/mm/yyyy' : null));
    const i = scored([g]).indicators[0];
    assert.deepEqual([i.latestValue, i.rag], [29, 'green']);
  });

  it('never suggests "w/e 05/10/25" … (weeks ending) as Q1 to Q4', () => {
    const e = refusal([
      sheet('Sitrep', [
        ['Metric', 'Polarity', 'Target', 'w/e 05/10/25', 'w/e 12/10/25', 'w/e 19/10/25', 'w/e 26/10/25'],
        ['Ambulance handovers > 60 mins', 'Lower', 0, 40, 35, 52, 30],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.equal(e.mappingHint!.suggestedMapping, null);
  });
});

describe('An NHS standard missed many times over, typed with its percent sign', () => {
  it('scores diagnostic waits of 19.8% against the "≤1%" standard (red), where it was a data gap for being "too far" from its values', () => {
    const r = scored([
      sheet('Perf', [
        ['Indicator', 'Standard', 'Apr-25', 'May-25', 'Jun-25', 'Jul-25'],
        ['Diagnostic waits > 6 weeks %', '≤1%', 22, 21.5, 20.9, 19.8],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual(
      [i.latestValue, i.periodTarget, i.variancePct, i.rag, i.status],
      [19.8, 1, -1880, 'red', 'off target'],
    );
    assert.ok(!r.findings.some((f) => f.kind === 'percentage-scales'));
  });

  it('leaves a typed "5%" over counts in the hundreds, its name saying no percentage, as it was: read as 500, with a Check', () => {
    const r = scored([
      sheet('Perf', [
        ['Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Delayed discharges', 'Lower', '5%', 540, 520],
      ]),
    ]);
    assert.equal(r.indicators[0].periodTarget, 500);
    assert.equal(r.findings.filter((f) => f.kind === 'percentage-scales').length, 1);
  });
});

describe('Headers as sector reports write them', () => {
  it('reads an IPR\'s latest month headed "Oct-25 (provisional)" as October, where its figure was left out and September scored', () => {
    for (const header of ['Oct-25 (provisional)', 'Oct-25 (P)', 'Oct-25 unvalidated', 'Oct-25*']) {
      const r = scored([
        sheet('IPR', [
          ['Metric', 'Polarity', 'Target', 'Jul-25', 'Aug-25', 'Sep-25', header],
          ['Bed occupancy %', 'Lower', 92, 94, 95, 96, 93],
        ]),
      ]);
      const i = r.indicators[0];
      assert.deepEqual([r.quarter, i.latestValue, i.dot], ['Q3 2025/26', 93, 'up'], header);
    }
  });

  it('never reads "Oct-25 (forecast)" as October\'s figure', () => {
    const r = scored([
      sheet('IPR', [
        ['Metric', 'Polarity', 'Target', 'Jul-25', 'Aug-25', 'Sep-25', 'Oct-25 (forecast)'],
        ['Bed occupancy %', 'Lower', 92, 94, 95, 96, 93],
      ]),
    ]);
    assert.equal(r.indicators[0].latestValue, 96);
  });

  it('reads a "TSM" column of codes ("TP01", "NM01") as the ref', () => {
    const r = scored([
      sheet('TSM', [
        ['TSM', 'Measure', 'Polarity', 'Target 2024/25', '2023/24', '2024/25'],
        ['TP01', 'Overall satisfaction %', 'Higher', 75, 71, 73.5],
        ['NM01', 'Anti-social behaviour cases per 1,000 homes', 'Lower', 40, 44, 38],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.rag]),
      [
        ['TP01', 'amber'],
        ['NM01', 'green'],
      ],
    );
  });

  it('draws DOT from "Previous" beside "Latest" (a combined authority\'s outcomes framework), where it was "first reported"', () => {
    const r = scored(
      [
        sheet('Outcomes', [
          ['Outcome', 'Indicator', 'Baseline', 'Previous', 'Latest', 'Direction'],
          ['Good jobs', 'Employment rate %', 71.0, 72.1, 72.8, 'Improving'],
        ]),
      ],
      { quarter: 2 },
    );
    assert.equal(r.indicators[0].dot, 'up');
    assert.ok(!r.findings.some((f) => f.kind === 'typed-dot-disagrees'));
  });
});
