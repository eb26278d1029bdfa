/**
 * Where the rules merged in one day meet (regression check, helper regressfix): a count's months added up
 * by quarter (rules/month-counts.ts, rules/months-quarter-targets.ts) with RAG thresholds or an amber
 * threshold in the unit, with last year's same-quarter figure, a caveat under a directorate's heading, and
 * a typed DOT checked against quarters. What the analyst would say, each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type ScoreResult, type SheetGrid } from '../../src/core';
import { sheet, months } from '../support/grids';
import { byRef } from '../support/scoring';

function score(grids: SheetGrid[], quarter: 1 | 2 | 3 | 4): ScoreResult {
  return scoreWorkbook(grids, { quarter } as Parameters<typeof scoreWorkbook>[1]).result;
}

const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);

describe('Rules that add up months, where they meet the others', function () {
  this.timeout(60000);

  describe("1. a month's RAG thresholds, when the months are added up", () => {
    // A district's pack: "Green threshold" 500 and "Red threshold" 450 a month, no Target column.
    const grids = [
      sheet('Response', [
        ['Priority 3: Response'],
        ['Ref', 'Indicator', 'Polarity', 'Green threshold', 'Red threshold', ...months(6), '2024/25 outturn'],
        ['RSP20', 'Home fire safety checks completed', 'Higher', 500, 450, 480, 510, 495, 430, 440, 430, 5900],
        ['RSP22', 'Hydrant inspections completed', 'Higher', 500, 450, 480, 510, 495, 470, 480, 470, 5900],
        ['RSP23', 'False alarms attended', 'Lower', 300, 330, 290, 310, 300, 320, 335, 325, 3600],
      ]),
    ];
    let q2: ScoreResult;
    before(() => {
      q2 = score(grids, 2);
    });

    it('hydrant inspections 470, 480, 470 against 500 a month, amber each month by its bands: the quarter, 1,420 against 1,500, is amber too — red starts below 1,350, not 1,450', () => {
      const s = byRef(q2, 'RSP22');
      assert.deepEqual([s.latestValue, s.periodTarget, s.variancePct, s.rag], [1420, 1500, -5.33, 'amber']);
      const note = about(q2, 'RSP22').find((f) => f.kind === 'month-counts');
      assert.ok(note);
      assert.match(note.message, /Its amber band is added up alike, 150 \(3 × 50\): red below 1,350\./);
    });

    it('home fire safety checks 430, 440, 430: 1,300 is below 1,350, still red', () => {
      const s = byRef(q2, 'RSP20');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [1300, 1500, 'red']);
    });

    it('false alarms (lower is better, 300 green, 330 red): 980 against 900 is amber — red above 990, not 930', () => {
      const s = byRef(q2, 'RSP23');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [980, 900, 'amber']);
      const note = about(q2, 'RSP23').find((f) => f.kind === 'month-counts');
      assert.match(note!.message, /90 \(3 × 30\): red above 990\./);
    });

    it('a part quarter (July and August in): the band is two months’ worth, 100, as the target is 1,000', () => {
      const part = [
        sheet('Response', [
          ['Priority 3: Response'],
          ['Ref', 'Indicator', 'Polarity', 'Green threshold', 'Red threshold', ...months(6), '2024/25 outturn'],
          ['RSP22', 'Hydrant inspections completed', 'Higher', 500, 450, 480, 510, 495, 470, 440, null, 5900],
        ]),
      ];
      const s = byRef(score(part, 2), 'RSP22');
      assert.deepEqual([s.latestValue, s.periodTarget, s.rag], [910, 1000, 'amber']);
      assert.equal(s.tolerancePct, 100);
    });
  });

  describe("1b. the workbook's absolute tolerance, when the months are added up", () => {
    it('tolerance 50 inspections (absolute) against 500 a month: the quarter, 1,420 against 1,500, is amber within 150', () => {
      const grids = [
        sheet('Response', [
          ['Ref', 'Indicator', 'Polarity', 'Target', ...months(6), '2024/25 outturn'],
          ['RSP22', 'Hydrant inspections completed', 'Higher', 500, 480, 510, 495, 470, 480, 470, 5900],
        ]),
      ];
      const r = scoreWorkbook(grids, { quarter: 2, tolerancePct: 50, toleranceMode: 'absolute' }).result;
      const s = byRef(r, 'RSP22');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [1420, 1500, 150, 'amber']);
    });
  });

  describe("2. an amber threshold given against the year's target, when months are measured against a quarter's share", () => {
    // Fires in non-domestic premises: 240 a year, 60 a quarter; amber ends at 252 on the year (12 over).
    const grids = [
      sheet('Protection', [
        [
          'Ref',
          'Indicator',
          'Higher / Lower is better?',
          'Annual target',
          'Amber threshold',
          'Q1 Target',
          'Q2 Target',
          ...months(6),
        ],
        ['PRT07', 'Fires in non-domestic premises', 'Lower', 240, 252, 60, 60, 20, 18, 22, 20, 21, 23],
      ]),
    ];

    it("Q2's 64 fires against the quarter's 60: the band is a quarter of the year's 12, 3 — red above 63, not amber up to 72", () => {
      const r = score(grids, 2);
      const s = byRef(r, 'PRT07');
      assert.deepEqual([s.latestValue, s.periodTarget], [64, 60]);
      assert.equal(s.tolerancePct, 3);
      assert.equal(s.rag, 'red');
      const note = about(r, 'PRT07').find((f) => f.kind === 'months-quarter-target');
      assert.match(note!.message, /Its amber band is scaled as the target is, from the year's 12 to 3: red above 63\./);
    });
  });

  describe("2b. an amber threshold given against the year's target, when a table of quarters is measured to date", () => {
    // Stage 1 complaints, lower is better: 40 a year, a "Q2 target" of 20 (the year to date's); amber ends at 48
    // on the year (8 over). Q1 10, Q2 15, YTD 25.
    const grids = [
      sheet('Customer', [
        ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Amber threshold', 'Q2 target', 'Q1', 'Q2', 'YTD'],
        ['CH01', 'Stage 1 complaints', 'Lower', 40, 48, 20, 10, 15, 25],
      ]),
    ];

    it("Q2's target to date is half the year's, so its band is half the year's 8, i.e. 4: 25 against 20 is red above 24, not amber up to 28", () => {
      const r = score(grids, 2);
      const s = byRef(r, 'CH01');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [25, 20, 4, 'red']);
      const note = about(r, 'CH01').find((f) => f.kind === 'quarter-to-date');
      assert.match(note!.message, /Its amber band is scaled as the target is, from the year's 8 to 4: red above 24\./);
    });

    it("Q1's own target to date, a quarter of the year's 40, gets a quarter of the band, 2", () => {
      const s = byRef(score(grids, 1), 'CH01');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct], [10, 10, 2]);
    });
  });

  describe("2c. the quarter columns beside the months, against a quarter's target", () => {
    it("the quarter's own column is measured against the row's own target, a quarter's: the band typed beside it, 5 kg, is the quarter's already (not scaled)", () => {
      const grids = [
        sheet('Waste', [
          [
            'Ref',
            'Indicator',
            'Good is',
            '2024/25 Outturn',
            'Target',
            'Tolerance',
            'Apr',
            'May',
            'Jun',
            'Q1',
            'Jul',
            'Aug',
            'Sep',
            'Q2',
          ],
          [
            'DC04',
            'Residual household waste per household (kg)',
            'Lower',
            409,
            100,
            '5 kg',
            33.1,
            34.6,
            33.9,
            101.6,
            35.2,
            36,
            33.8,
            105,
          ],
        ]),
      ];
      const s = byRef(score(grids, 2), 'DC04');
      assert.deepEqual(
        [s.latestValue, s.periodTarget, s.tolerancePct, s.toleranceMode, s.rag],
        [105, 100, 5, 'absolute', 'amber'],
      );
    });
  });

  describe('2d. months the analyst\'s "cumulative" made running totals (they fall, so each is a month\'s)', () => {
    it("overtime £639k by September against £600k to date: the year's band of 60 is 30 at 6/12, red above 630, not amber up to 660", () => {
      const grids = [
        sheet('Finance', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Amber threshold', ...months(6), 'Comments'],
          ['F3', 'Overtime spend (£k)', 'Lower', 1200, 1260, 100, 110, 105, 115, 99, 110, 'Cumulative budget for year'],
        ]),
      ];
      const r = score(grids, 2);
      const s = byRef(r, 'F3');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [639, 600, 30, 'red']);
      const note = about(r, 'F3').find((f) => f.kind === 'looks-cumulative');
      assert.match(
        note!.message,
        /Its amber band is scaled as the target is, from the year's 60 to 30: red above 630\./,
      );
    });
  });

  describe('2e. figures typed to date, the Profile column saying "Cumulative"', () => {
    const grids = [
      sheet('Finance', [
        ['Ref', 'Indicator', 'Polarity', 'Profile', 'Target', 'Amber threshold', ...months(6)],
        ['F4', 'Overtime spend to date (£k)', 'Lower', 'Cumulative', 1200, 1260, 100, 210, 315, 430, 529, 639],
      ]),
    ];

    it("overtime £639k by September against £600k to date: the year's band of 60 is 30 at 6/12, red above 630, not amber up to 660", () => {
      const s = byRef(score(grids, 2), 'F4');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [639, 600, 30, 'red']);
    });

    it("at June, £315k against £300k to date: the band is a quarter of the year's, 15 — amber up to 315", () => {
      const s = byRef(score(grids, 1), 'F4');
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [315, 300, 15, 'amber']);
    });

    it('a month target from a Targets sheet is used as given, its band as typed', () => {
      const s = byRef(
        score(
          [
            ...grids,
            sheet('Targets', [
              ['Ref', ...months(6)],
              ['F4', 100, 200, 300, 400, 500, 620],
            ]),
          ],
          2,
        ),
        'F4',
      );
      assert.deepEqual([s.latestValue, s.periodTarget, s.tolerancePct, s.rag], [639, 620, 60, 'amber']);
    });
  });

  describe("3. a count per month against last year's figure for the same quarter", () => {
    const grids = [
      sheet('Growth', [
        ['Growth, Environment & Transport'],
        ['Ref', 'Indicator', 'Good is', '2024/25 Outturn', '2025/26 Target', ...months(6), 'Same quarter last year'],
        ['GE02', 'Number of potholes repaired', 'Higher', 58210, 4500, 4650, 4700, 4980, 4010, 3850, 4420, 12000],
      ]),
    ];

    it("potholes repaired: Q2's 12,280 against last Q2's 12,000 is improving (↑), the quarters like with like", () => {
      const s = byRef(score(grids, 2), 'GE02');
      assert.equal(s.latestValue, 12280);
      assert.equal(s.trend, 'up');
    });

    it("with only July and August in, two months are not last year's quarter: Trend is not rated", () => {
      const part = [
        sheet('Growth', [
          ['Growth, Environment & Transport'],
          ['Ref', 'Indicator', 'Good is', '2024/25 Outturn', '2025/26 Target', ...months(6), 'Same quarter last year'],
          ['GE02', 'Number of potholes repaired', 'Higher', 58210, 4500, 4650, 4700, 4980, 4010, 3850, null, 12000],
        ]),
      ];
      assert.equal(byRef(score(part, 2), 'GE02').trend, null);
    });
  });

  describe("4. a caveat line under a directorate's heading", () => {
    const header = ['Ref', 'Indicator', 'Good is', 'Target', ...months(6)];
    const grids = [
      sheet('Growth & Environment', [
        ['Kentshire County Council - Quarterly Performance Report 2025/26'],
        ['Growth, Environment & Transport'],
        ['Source: Symology (highways), WasteDataFlow, district collection returns.', 'Data not yet validated'],
        [],
        ['Highways & Transport'],
        header,
        ['GE01', 'Highway defects made safe in time (%)', 'Higher', 0.98, 0.97, 0.98, 0.99, 0.98, 0.97, 0.98],
        [],
        ['Waste'],
        header,
        ['GE10', 'Household waste recycled (%)', 'Higher', 0.47, 0.45, 0.46, 0.44, 0.45, 0.46, 0.45],
      ]),
      sheet('Resources', [
        ['Kentshire County Council - Quarterly Performance Report 2025/26'],
        ['Finance & Corporate Services'],
        [],
        ['Finance'],
        header,
        ['RS01', 'Invoices paid within 30 days (%)', 'Higher', 0.95, 0.96, 0.95, 0.94, 0.96, 0.95, 0.96],
      ]),
    ];

    it('the Growth sheet is counted under its heading, "Growth, Environment & Transport", with a Note — not under the sheet\'s name as a guess', () => {
      const r = score(grids, 2);
      assert.equal(byRef(r, 'GE01').priorityName, 'Growth, Environment & Transport');
      const said = r.findings.find((f) => f.kind === 'sheet-priority' && f.sheet === 'Growth & Environment');
      assert.ok(said);
      assert.equal(said.severity, 'info');
      assert.match(said.message, /the sheet's heading, row 2/);
    });
  });

  describe('5. a typed DOT checked against figures that are quarters', () => {
    const grids = [
      sheet('Protection', [
        [
          'Ref',
          'Indicator',
          'Higher / Lower is better?',
          'Annual target',
          'Q1 Target',
          'Q2 Target',
          ...months(6),
          'DOT',
        ],
        ['PRT07', 'Fires in non-domestic premises', 'Lower', 240, 60, 60, 20, 18, 22, 20, 21, 22, '↑'],
      ]),
    ];

    it('fires in non-domestic premises, typed ↑: the Check names the quarters compared, "Q1 0.00% against target, Q2 −5.00%", not June and September', () => {
      const r = score(grids, 2);
      const check = about(r, 'PRT07').find((f) => f.kind === 'typed-dot-disagrees');
      assert.ok(check);
      assert.match(check.message, /Q1 0\.00% against target, Q2 −5\.00%\./);
      assert.doesNotMatch(check.message, /June|Sept/);
    });
  });
});
