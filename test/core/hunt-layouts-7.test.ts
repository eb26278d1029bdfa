/**
 * Session 14's hunt (helper layouts7, docs/workbook.md "Layouts hunted", session 14): the misreads session 13
 * left, most misleading first — days lost per FTE against the year's target, period headers such as
 * "Apr-Sep 25" and "Previous month | Latest month", a target range, an SPC table's "Median", and the Notes of
 * scaled bands and budget tables. Each built as councils lay the table out; what an analyst would say.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult, SheetGrid } from '../../src/core';
import { daysPerHead } from '../../src/core/rules/days-per-head';
import { sheet } from '../support/grids';
import { scored } from '../support/scoring';

const kinds = (r: ScoreResult, kind: string) => r.findings.filter((f) => f.kind === kind);
const says = (r: ScoreResult, words: RegExp) => r.findings.filter((f) => words.test(f.message));
const scores = (r: ScoreResult) =>
  r.indicators.map((i) => [
    i.ref ?? i.name,
    i.latestPeriod,
    i.latestValue,
    i.periodTarget,
    i.variancePct,
    i.rag,
    i.dot,
  ]);
/** A sheet 'KPIs' with these rows. */
const kpis = (rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid[] => [
  { ...sheet('KPIs', rows), ...extra },
];
const H: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'];
const MONTHS6: CellValue[] = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'];

describe("Hunt 7, fixed: days lost per FTE against the year's target", () => {
  it("does not rate Q2's 4.3 sickness days per FTE against the year's 8.5 where nothing says to date or rolling (was +49.41%, green)", () => {
    const r = scored(kpis([H, ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 2.1, 4.3]]));
    assert.deepEqual(scores(r), [['HR1', 'Q2', 4.3, null, null, null, null]]);
    assert.equal(r.indicators[0].status, 'not rated');
    const checks = kinds(r, 'looks-cumulative');
    assert.equal(checks.length, 1);
    assert.equal(
      checks[0].message,
      'HR1: its name says days lost per head, and its figures (2.1 to 4.3) are well under the year\'s target of 8.5, so they are no rolling 12 months\' worth: Q2\'s 4.3 is either the year to date, to be measured against 6/12 of the target, 4.25 (−1.18%), or Q2\'s own days, to be measured against that period\'s share — not against the whole year\'s 8.5 (+49.41%). Nothing says which, so it is not rated (no variance or RAG colour) and is counted under "Not rated". If it is the year to date, add "(YTD)" to its name or a Comments column saying "Year to date"; if each figure is its period\'s own, give each period its target on a Targets sheet (or a "Profile" column saying Flat if 8.5 is the target for the figure as it stands); and score again.',
    );
    assert.equal(kinds(r, 'target-missing').length, 0, 'no "no target" beside a Check that names the target');
    assert.equal(r.executiveSummary.notRated, 1);
  });

  it('the same under "Annual target", and for each month\'s own days (0.72 in September was +91.53%, green)', () => {
    const annual = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Q1', 'Q2'],
        ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 2.1, 4.3],
      ]),
    );
    assert.equal(annual.indicators[0].status, 'not rated');
    const months = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', ...MONTHS6],
        ['HR1', 'Average working days lost per employee', 'Lower', 8.5, 0.7, 0.7, 0.8, 0.7, 0.7, 0.72],
      ]),
    );
    assert.equal(months.indicators[0].status, 'not rated');
    assert.match(kinds(months, 'looks-cumulative')[0].message, /Sept's 0\.72 is either the year to date/);
  });

  it('measures it against the target to date where its name says YTD: 4.3 against 4.25 at Q2, −1.18%, amber', () => {
    const r = scored(kpis([H, ['HR1', 'Sickness days lost per FTE (YTD)', 'Lower', 8.5, 2.1, 4.3]]));
    assert.deepEqual(scores(r), [['HR1', 'Q2', 4.3, 4.25, -1.18, 'amber', 'down']]);
    assert.equal(kinds(r, 'looks-cumulative').length, 1);
    assert.match(kinds(r, 'looks-cumulative')[0].message, /profiled pro rata: Q2's target is 6\/12 of it, 4\.25/);
  });

  it('… where its Comments cell says "Year to date", or its period headers say "Q1 YTD | Q2 YTD"', () => {
    const comments = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', ...MONTHS6, 'Comments'],
        ['HR1', 'Average working days lost per employee', 'Lower', 8.5, 0.7, 1.4, 2.2, 2.9, 3.6, 4.3, 'Year to date'],
      ]),
    );
    assert.deepEqual(scores(comments), [['HR1', 'Sept', 4.3, 4.25, -1.18, 'amber', 'up']]);
    assert.match(
      kinds(comments, 'looks-cumulative')[0].message,
      /its Comments cell says "Year to date", so it is scored as cumulative/,
    );
    const headers = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 YTD', 'Q2 YTD'],
        ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 2.1, 4.3],
      ]),
    );
    assert.deepEqual(scores(headers), [['HR1', 'Q2', 4.3, 4.25, -1.18, 'amber', 'down']]);
    assert.equal(
      kinds(headers, 'ytd-without-profile').length,
      0,
      'no "measured against the whole annual target" Check',
    );
  });

  it("measures a rolling 12 months, or figures about the year's size, against the year's target as it stands", () => {
    const rolling = scored(kpis([H, ['HR1', 'Sickness days per FTE (rolling 12 months)', 'Lower', 8.5, 8.9, 8.3]]));
    assert.deepEqual(scores(rolling), [['HR1', 'Q2', 8.3, 8.5, 2.35, 'green', 'up']]);
    const notes = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Notes'],
        ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 9.1, 8.8, 'Rolling 12 months'],
      ]),
    );
    assert.deepEqual(scores(notes), [['HR1', 'Q2', 8.8, 8.5, -3.53, 'amber', 'up']]);
    const unsaid = scored(kpis([H, ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 9.1, 8.8]]));
    assert.deepEqual(scores(unsaid), [['HR1', 'Q2', 8.8, 8.5, -3.53, 'amber', 'up']]);
    assert.equal(kinds(unsaid, 'looks-cumulative').length, 0);
  });

  it("leaves a Profile column's word to the analyst", () => {
    const r = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Profile', 'Target', 'Q1', 'Q2'],
        ['HR1', 'Sickness days per FTE', 'Lower', 'Cumulative', 8.5, 2.1, 4.3],
        ['HR2', 'Sickness days per FTE (agency)', 'Lower', 'Flat', 8.5, 2.1, 4.3],
      ]),
    );
    assert.deepEqual(scores(r), [
      ['HR1', 'Q2', 4.3, 4.25, -1.18, 'amber', 'down'],
      ['HR2', 'Q2', 4.3, 8.5, 49.41, 'green', 'down'],
    ]);
  });

  it('knows days lost per head by its name', () => {
    assert.deepEqual(
      [
        'Sickness days per FTE',
        'Average number of working days lost due to sickness absence per FTE',
        'Sickness absence per WTE',
        'Days lost / FTE',
        'Calls answered per agent',
        'Average days to re-let',
        'Staff turnover per 100 employees',
      ].map(daysPerHead),
      [true, true, true, true, false, false, false],
    );
  });
});

describe('Hunt 7, fixed: a target range is met anywhere in it, and measured from its nearer end outside it', () => {
  it('"85–90%" with Higher: the floor 85 is the target; 84 is −1.18% (amber), 87 and 92 on target (84 was −4% from the middle)', () => {
    const r = scored(
      kpis([
        H,
        ['A1', 'Bed occupancy %', 'Higher', '85–90%', 87, 84],
        ['A2', 'Calls answered %', 'Higher', '85–90%', 86, 87],
        ['A3', 'Repairs on time %', 'Higher', '85–90%', 91, 92],
      ]),
    );
    assert.deepEqual(scores(r), [
      ['A1', 'Q2', 84, 85, -1.18, 'amber', 'down'],
      ['A2', 'Q2', 87, 85, 2.35, 'green', 'up'],
      ['A3', 'Q2', 92, 85, 8.24, 'green', 'up'],
    ]);
    assert.match(kinds(r, 'polarity-assumed')[0].message, /the range's floor, 85, is the target/);
    assert.equal(kinds(r, 'polarity-assumed')[0].severity, 'info');
  });

  it('"10–12" with Lower: the ceiling 12 is the target; 12.5 is −4.17%', () => {
    const r = scored(kpis([H, ['A1', 'Days to re-let', 'Lower', '10-12', 9, 12.5]]));
    assert.deepEqual(scores(r), [['A1', 'Q2', 12.5, 12, -4.17, 'amber', 'down']]);
    assert.match(kinds(r, 'polarity-assumed')[0].message, /the range's ceiling, 12, is the target/);
  });

  it('two-sided ("Within range"): 0.00% in the range, the distance from the nearer end outside it', () => {
    const r = scored(
      kpis([
        H,
        ['A1', 'Bed occupancy %', 'Within range', '85–90%', 88, 84],
        ['A2', 'Agency staff %', 'Within range', '85–90%', 88, 93],
        ['A3', 'Budget spent %', 'Within range', '85–90%', 95, 89],
      ]),
    );
    assert.deepEqual(scores(r), [
      ['A1', 'Q2', 84, 85, -1.18, 'amber', 'down'],
      ['A2', 'Q2', 93, 90, 3.33, 'amber', 'down'],
      ['A3', 'Q2', 89, 90, 0, 'green', 'up'],
    ]);
  });

  it('figures held as fractions (0.84) under a target typed "85–90%" are measured from 0.85 (every figure was green)', () => {
    const r = scored(
      kpis([
        H,
        ['A1', 'Bed occupancy %', 'Within range', '85–90%', 0.88, 0.84],
        ['A2', 'Bed occupancy (ward 2) %', 'Within range', '85–90%', 0.88, 0.7],
      ]),
    );
    assert.deepEqual(scores(r), [
      ['A1', 'Q2', 0.84, 0.85, -1.18, 'amber', 'down'],
      ['A2', 'Q2', 0.7, 0.85, -17.65, 'red', 'down'],
    ]);
  });
});

describe('Hunt 7, fixed: a bare "Median" is an SPC table\'s process median, not a comparator', () => {
  const spc = (median: string, band: CellValue = null, name = 'IPR') => [
    sheet(name, [
      [null, null, null, null, null, null, null, null, null, null, band, null, null],
      ['Ref', 'Indicator', 'Polarity', 'Target', ...MONTHS6, median, 'UCL', 'LCL'],
      ['A1', 'A&E 4 hour %', 'Higher', 0.95, 0.71, 0.72, 0.74, 0.73, 0.7, 0.69, 0.72, 0.78, 0.66],
    ]),
  ];

  it('gives no Comparative Performance from "Median | UCL | LCL" (was "below median")', () => {
    const r = scored(spc('Median'));
    assert.equal(r.indicators[0].benchmarkHalf, undefined);
    assert.equal(r.indicators[0].quartile, null);
    assert.equal(says(r, /read as a benchmarking club's figures/).length, 0);
  });

  it('reads it as a benchmark where comparator words say whose: "England median", a band "National benchmark", a sheet "Benchmarking"', () => {
    for (const r of [
      scored(spc('England median')),
      scored(spc('Median', 'National benchmark')),
      scored(spc('Median', null, 'Benchmarking')),
    ]) {
      assert.equal(r.indicators[0].benchmarkHalf, 'below median');
      assert.equal(
        says(r, /column K \("(?:England median|Median)"\) is read as a benchmarking club's figures/).length,
        1,
      );
    }
  });

  it('and beside "HouseMark upper quartile" and "HouseMark lower quartile"', () => {
    const r = scored(
      kpis([
        [
          'Ref',
          'Indicator',
          'Polarity',
          'Target',
          'Q1',
          'Q2',
          'Median',
          'HouseMark upper quartile',
          'HouseMark lower quartile',
        ],
        ['A1', 'Repairs on time %', 'Higher', 95, 93, 96, 94, 97, 90],
      ]),
    );
    assert.equal(r.indicators[0].quartile, 2);
  });
});

describe('Hunt 7, fixed: period headers from April to a quarter\'s end ("Apr-Sep 25")', () => {
  it('reads "Apr-Sep 25" alone as the year to date at Q2 (it was refused: "no period column")', () => {
    const r = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr-Sep 25'],
        ['HR1', 'Sickness days per FTE', 'Lower', 8.5, 4.3],
      ]),
    );
    assert.deepEqual(scores(r), [['HR1', 'Q2', 4.3, 4.25, -1.18, 'amber', 'first']]);
    assert.match(
      kinds(r, 'looks-cumulative')[0].message,
      /its period header cell says "Apr-Sep 25", so it is scored as cumulative/,
    );
  });

  it('reads "Apr-Jun 25 | Apr-Sep 25" as Q1 and Q2, the year to date, and says a count needs a Profile column', () => {
    const r = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr-Jun 25', 'Apr-Sep 25'],
        ['A1', 'Calls answered %', 'Higher', 90, 91, 88],
      ]),
    );
    assert.deepEqual(scores(r), [['A1', 'Q2', 88, 90, -2.22, 'amber', 'down']]);
    assert.match(
      kinds(r, 'partial-table')
        .map((f) => f.message)
        .join('\n'),
      /the period header "Apr-Sep 25" says its figures are year to date/,
    );
  });

  it('reads "Apr–Jun 2025 | Jul–Sep 2025" as the quarters, and leaves "Apr-Sep 25" beside its own quarter or months unread, with no Check', () => {
    const quarters = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr–Jun 2025', 'Jul–Sep 2025', 'Apr-Sep 25'],
        ['A1', 'Calls answered %', 'Higher', 90, 91, 88, 89.5],
      ]),
    );
    assert.deepEqual(scores(quarters), [['A1', 'Q2', 88, 90, -2.22, 'amber', 'down']]);
    assert.equal(quarters.findings.filter((f) => f.severity === 'warning').length, 0, 'no "second Q2 column" Check');
    const months = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Target', ...MONTHS6, 'Apr-Sep'],
        ['A1', 'Calls answered %', 'Higher', 90, 91, 88, 89, 90, 91, 92, 90.2],
      ]),
    );
    assert.deepEqual(scores(months), [['A1', 'Sept', 92, 90, 2.22, 'green', 'up']]);
    assert.equal(
      months.findings.filter((f) => f.severity === 'warning').length,
      0,
      'no "quarter column disagrees" Check',
    );
  });
});

describe('Hunt 7, fixed: the Notes of a scaled band and of a budget table', () => {
  it("names an amber band in the unit scaled with a Profile column's target to date: 60 beside 1,200 is 30 at Q2", () => {
    const r = scored(
      kpis([
        ['Ref', 'Indicator', 'Polarity', 'Profile', 'Target', 'Tolerance', 'Q1', 'Q2'],
        ['A1', 'Homes built', 'Higher', 'Cumulative', 1200, 60, 290, 570],
      ]),
      { toleranceMode: 'absolute' },
    );
    assert.deepEqual(scores(r), [['A1', 'Q2', 570, 600, -5, 'amber', 'down']]);
    assert.equal(
      says(r, /amber band/)[0].message,
      "A1: its target is profiled to date, 600 of the year's 1,200, and its amber band of 60 is scaled alike, to 30: red below 570. If 60 is the band for the figure to date as it stands, give it as a percentage instead.",
    );
  });

  it("says once for a budget table, not once a line, that its lines typed to date are measured against the year's share elapsed", () => {
    const r = scored(
      [
        sheet('Money', [
          ['Budget line', 'Annual budget £k', 'Actual YTD £k'],
          ['Responsive repairs', 9800, 5420],
          ['Planned maintenance', 4000, 1900],
          ['Rental income', 24000, 11800],
          ['Void repairs', 2400, 1300],
        ]),
      ],
      {
        quarter: 2,
        mapping: {
          sheets: {
            Money: {
              headerRow: 1,
              columns: { 'Budget line': 'name', 'Annual budget £k': 'target', 'Actual YTD £k': 'actual' },
            },
          },
        },
      } as never,
    );
    const notes = kinds(r, 'annual-to-date');
    assert.equal(notes.length, 1);
    assert.match(
      notes[0].message,
      /each of its 4 lines is measured against the year's share elapsed, 6\/12 of its budget by Sept, not against the whole year's \("Responsive repairs" 5,420 against 4,900; "Planned maintenance" 1,900 against 2,000; "Rental income" 11,800 against 12,000; and 1 more\)/,
    );
  });
});
