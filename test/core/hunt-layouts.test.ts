/**
 * More tables UK public-sector performance teams keep — NHS integrated performance reports, police and
 * fire tables, district councils' corporate scorecards — hunted for silent misreadings (helper layouts,
 * docs/workbook.md "Layouts hunted for misreadings"). Each is read as the analyst means it, or refused in
 * one sentence saying how to lay it out or map it.
 */
import { strict as assert } from 'assert';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

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

describe('Two tables side by side with no blank column between', () => {
  it('scores Planning\'s indicators beside Housing\'s, where they were "second columns" and not scored', () => {
    const r = scored([
      sheet('KPIs', [
        ['Housing', null, null, null, null, null, 'Planning'],
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['H1', 'Re-let days', 'Lower', 30, 34, 31, 'P1', 'Major apps in 13 weeks %', 'Higher', 90, 92, 88],
        ['H2', 'Rent collected %', 'Higher', 98, 97, 98.2, 'P2', 'Minor apps in 8 weeks %', 'Higher', 85, 80, 86],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.priorityName, i.latestValue, i.periodTarget, i.rag]),
      [
        ['H1', 'Housing', 31, 30, 'amber'],
        ['H2', 'Housing', 98.2, 98, 'green'],
        ['P1', 'Planning', 88, 90, 'amber'],
        ['P2', 'Planning', 86, 85, 'green'],
      ],
    );
    assert.ok(!r.findings.some((f) => /second/.test(f.message)));
  });

  it('keeps "Indicator | Description" before one set of periods as one table (codes, then names)', () => {
    const r = scored([
      sheet('LGBF', [
        ['Indicator', 'Description', 'Polarity', '2022-23', '2023-24'],
        ['CHN1', 'Cost per primary school pupil', 'Lower', 5600, 5900],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.name, i.latestValue]),
      [['CHN1', 'Cost per primary school pupil', 5900]],
    );
  });
});

describe('A financial year merged over "Target | Q1 | Q2 | Q3" in a two-row header', () => {
  it("scores K1's Q3 29 days against the Target under 2025/26 (+3.33%, green), where it was No target", () => {
    const r = scored([
      sheet(
        'KPIs',
        [
          ['Ref', 'Indicator', 'Polarity', '2025/26', null, null, null],
          [null, null, null, 'Target', 'Q1', 'Q2', 'Q3'],
          ['K1', 'Re-let days', 'Lower', 30, 34, 31, 29],
        ],
        [{ top: 0, left: 3, bottom: 0, right: 6 }],
      ),
    ]);
    const k1 = r.indicators[0];
    assert.deepEqual(
      [r.quarter, k1.latestValue, k1.periodTarget, k1.variancePct, k1.rag],
      ['Q3 2025/26', 29, 30, 3.33, 'green'],
    );
  });

  it("takes the Target under this year's label, not last year's, where each year has its own", () => {
    const r = scored([
      sheet(
        'KPIs',
        [
          ['Ref', 'Indicator', 'Polarity', '2024/25', null, null, null, null, '2025/26', null, null],
          [null, null, null, 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Target', 'Q1', 'Q2'],
          ['K1', 'Re-let days', 'Lower', 32, 34, 31, 29, 30, 30, 28, 33],
        ],
        [
          { top: 0, left: 3, bottom: 0, right: 7 },
          { top: 0, left: 8, bottom: 0, right: 10 },
        ],
      ),
    ]);
    const k1 = r.indicators[0];
    assert.deepEqual(
      [r.quarter, k1.latestValue, k1.periodTarget, k1.rag, k1.trend],
      ['Q2 2025/26', 33, 30, 'red', 'down'],
    );
  });

  it('reads "Target" under "2025/26" over months the same way', () => {
    const r = scored([
      sheet(
        'KPIs',
        [
          ['Ref', 'Indicator', 'Polarity', '2025/26', null, null, null],
          [null, null, null, 'Target', 'Apr', 'May', 'Jun'],
          ['K1', 'Re-let days', 'Lower', 30, 34, 31, 29],
        ],
        [{ top: 0, left: 3, bottom: 0, right: 6 }],
      ),
    ]);
    assert.deepEqual([r.indicators[0].periodTarget, r.indicators[0].rag], [30, 'green']);
  });
});

describe("An indicator's breakdown by ward or district on the rows under it", () => {
  const wards = () =>
    sheet('Environment', [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
      ['ENV1', 'Fly-tipping incidents', 'Lower', 400, 110, 95],
      [null, 'North ward', null, null, 40, 35],
      [null, 'South ward', null, null, 50, 38],
      [null, 'East ward', null, null, 20, 22],
      ['ENV2', 'Streets below litter standard %', 'Lower', 5, 4.2, 4.8],
    ]);

  it('counts 2 indicators, not 5: "North ward" is part of ENV1, not an indicator of its own', () => {
    const r = scored([wards()]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['ENV1', 'ENV2'],
    );
    assert.equal(r.executiveSummary.total, 2);
    assert.equal(r.executiveSummary.noTarget, 0);
    const note = r.findings.find((f) => /breakdown/.test(f.message))!;
    assert.equal(note.severity, 'info');
    assert.equal(note.cell, 'B3');
    assert.match(note.message, /rows 3–5 \("North ward", "South ward", "East ward"\)/);
    assert.match(note.message, /under "Fly-tipping incidents"/);
    assert.match(note.message, /give it a ref or a target/);
    assert.ok(!r.findings.some((f) => /North ward.*higher is taken/.test(f.message)));
  });

  it('reads "– of which North" under a table without refs the same way, and a district with its own target as an indicator', () => {
    const r = scored([
      sheet('Housing', [
        ['Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Households in temporary accommodation', 'Lower', 300, 310, 295],
        ['– of which North', null, null, 105, 99],
        ['Central district', null, null, 205, 196],
        ['Homelessness preventions', 'Higher', 250, 60, 130],
        ['Preventions – South district', 'Higher', 120, 30, 64],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.name),
      ['Households in temporary accommodation', 'Homelessness preventions', 'Preventions – South district'],
    );
  });

  it('still scores an indicator without a ref, polarity or target whose name is no place (a contextual measure)', () => {
    const r = scored([
      sheet('Housing', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['H1', 'Households in temporary accommodation', 'Lower', 300, 310, 295],
        [null, 'Rough sleepers counted on a single night', null, null, 12, 9],
      ]),
    ]);
    assert.equal(r.indicators.length, 2);
  });
});

describe('Polarity written into the header: "Good is: High/Low", and arrows "↑/↓"', () => {
  it('reads "Good is: High/Low" as the polarity, where the table was refused', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Good is: High/Low', 'Target', 'Q1', 'Q2'],
        ['A1', 'Re-let days', 'Low', 30, 34, 31],
        ['A2', 'Rent collected %', 'High', 98, 97, 97.5],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.variancePct, i.rag]),
      [
        ['A1', -3.33, 'amber'],
        ['A2', -0.51, 'amber'],
      ],
    );
  });

  it('refuses a column headed "↑/↓" holding ↓ and ↑, where 31 re-let days against 30 was green (higher taken as better)', () => {
    const grid = sheet('KPIs', [
      ['Ref', 'Indicator', '↑/↓', 'Target', 'Q1', 'Q2'],
      ['A1', 'Re-let days', '↓', 30, 34, 31],
      ['A2', 'Rent collected %', '↑', 98, 97, 97.5],
    ]);
    const e = refusal([grid]);
    assert.equal(
      e.message,
      `'KPIs' row 1: there is no polarity column, but column C, "↑/↓", which was not understood, holds "↓", "↑" on its rows (which way is better, or the direction of travel?), so nothing was scored rather than take higher as better for every indicator; map "↑/↓" to polarity (or to dot, if the arrows are the direction of travel).`,
    );
    const mapping = e.mappingHint!.suggestedMapping!;
    const a1 = scored([grid], { mapping }).indicators[0];
    assert.deepEqual([a1.variancePct, a1.rag], [-3.33, 'amber']);
  });
});

describe('A district council\'s corporate scorecard with a "Benchmark (CIPFA nearest neighbours)" column', () => {
  const scorecard = (benchmarks: (string | number | null)[]) =>
    sheet('Corporate KPIs', [
      ['Corporate Performance Report Q2 2025/26'],
      [
        'Ref',
        'Service',
        'Measure',
        'Unit',
        'Good is',
        'Annual Target',
        'Q1',
        'Q2',
        'Q3',
        'Q4',
        'Forecast outturn',
        'RAG (manual)',
        'Last year same period',
        'Benchmark (CIPFA nearest neighbours)',
      ],
      [
        'PL01',
        'Planning',
        '% major applications within 13 weeks',
        '%',
        'High',
        90,
        92,
        88,
        null,
        null,
        90,
        'Amber',
        85,
        benchmarks[0],
      ],
      [
        'RB02',
        'Benefits',
        'Average days to process new HB claims',
        'days',
        'Low',
        20,
        18.5,
        21.2,
        null,
        null,
        20,
        'Red',
        19.8,
        benchmarks[1],
      ],
      [
        'RB04',
        'Revenues',
        'Council tax collected %',
        '%',
        'High',
        56,
        29.1,
        56.8,
        null,
        null,
        97.4,
        'Green',
        56.5,
        benchmarks[2],
      ],
    ]);

  it('reads "Top quartile", "2nd quartile", "Bottom quartile" there as the quartile, where no indicator had one', () => {
    const r = scored([scorecard(['Top quartile', '2nd quartile', 'Bottom quartile'])]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.rag, i.trend, i.quartile]),
      [
        ['PL01', 88, 'amber', 'up', 1],
        ['RB02', 21.2, 'red', 'down', 2],
        ['RB04', 56.8, 'green', 'up', 4],
      ],
    );
  });

  it("leaves it unread when it holds the comparators' figures: the Forecast outturn is never the figure scored either", () => {
    const r = scored([scorecard([91.5, 19.2, 57.1])]);
    assert.deepEqual(
      r.indicators.map((i) => [i.latestValue, i.quartile]),
      [
        [88, null],
        [21.2, null],
        [56.8, null],
      ],
    );
    const partly = r.findings.find((f) => /partly recognised/.test(f.message))!;
    assert.match(partly.message, /"Benchmark \(CIPFA nearest neighbours\)"/);
  });
});

describe('NHS months numbered from April with a word for the figure ("M7 Actual", "Month 7 Plan")', () => {
  it("scores October's 5,200 elective spells against its M7 Plan of 5,100 (+1.96%, green), where the table was refused", () => {
    for (const [plan6, actual6, plan7, actual7] of [
      ['M6 Plan', 'M6 Actual', 'M7 Plan', 'M7 Actual'],
      ['Month 6 Plan', 'Month 6 Actual', 'Month 7 Plan', 'Month 7 Actual'],
    ]) {
      const r = scored([
        sheet('IPR', [
          ['Metric', 'Polarity', plan6, actual6, plan7, actual7, 'YTD Plan', 'YTD Actual'],
          ['Elective spells', 'Higher', 5000, 4900, 5100, 5200, 35000, 34500],
        ]),
      ]);
      const e = r.indicators[0];
      assert.deepEqual(
        [r.quarterNumber, e.latestMonth, e.latestValue, e.periodTarget, e.variancePct, e.rag],
        [3, 'Oct', 5200, 5100, 1.96, 'green'],
        plan7,
      );
    }
  });
});

describe('A table turned round: periods down column A, indicators across row 1', () => {
  const turned = (corner: string, periods: string[], lead: (string | number)[][] = []) =>
    sheet('Dashboard', [
      [corner, 'Rent collected %', 'Average re-let days', 'Repairs right first time %'],
      ...lead,
      ...periods.map((p, i) => [p, 96 + i, 34 - i, 88 + i]),
    ]);

  it('says to turn it round, where the refusal asked to map the columns by hand', () => {
    const e = refusal([turned('Month', ['Apr-25', 'May-25', 'Jun-25'])]);
    assert.equal(
      e.message,
      `'Dashboard' has its periods down column A ("Apr-25", "May-25", "Jun-25") and its indicators across row 1 ("Rent collected %", "Average re-let days", "Repairs right first time %"), so no table was read: the product reads a row for each indicator and a column for each period; turn the table round (copy it, then Paste Special › Transpose) and score again.`,
    );
    assert.equal(e.mapByHand, undefined);
  });

  it('says so too under "Indicator", with Polarity and Target rows, where it was called a comparison table of organisations', () => {
    const e = refusal([
      turned(
        'Indicator',
        ['Q1', 'Q2'],
        [
          ['Polarity', 'Higher', 'Lower', 'Higher'],
          ['Target', 98, 30, 90],
        ],
      ),
    ]);
    assert.match(e.message, /periods down column A \("Q1", "Q2"\)/);
    assert.doesNotMatch(e.message, /comparison table/);
  });

  it('names months Excel keeps as dates by month and year ("Apr 2025"), not by their serial numbers', () => {
    const e = refusal(
      [
        sheet(
          'Dashboard',
          [
            ['Month', 'Rent collected %', 'Average re-let days'],
            [45748, 96.1, 34],
            [45778, 97.0, 31],
            [45809, 97.4, 28],
          ],
          [],
        ),
      ].map((g) => ({ ...g, numberFormats: { formats: ['mmm-yy'], runs: [0, 1, 3, 0] } })),
    );
    assert.match(e.message, /periods down column A \("Apr 2025", "May 2025", "Jun 2025"\)/);
  });
});

describe('Each indicator on a row per ward, district or station (a "Ward" column)', () => {
  it('refuses, where each ward\'s row was scored and counted as an indicator: 4 "indicators" and, without refs, no finding', () => {
    const e = refusal([
      sheet('Wards', [
        ['Indicator', 'Area', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Fly-tipping incidents', 'North', 'Lower', 100, 40, 35],
        ['Fly-tipping incidents', 'South', 'Lower', 100, 50, 38],
        ['Missed bins', 'North', 'Lower', 50, 10, 12],
        ['Missed bins', 'South', 'Lower', 50, 11, 9],
      ]),
    ]);
    assert.equal(
      e.message,
      `'Wards' gives each indicator on several rows, one for each "Area" (column B: "Fly-tipping incidents" for North, South), but one row is read per indicator, so nothing was scored rather than count each row as an indicator of its own; keep one row per indicator, with the figures for all the areas together, and move the rows for each area to a sheet of their own that you hide (hidden sheets are not scored).`,
    );
  });

  it('names the ref where there is one ("ENV1 for North, South, East")', () => {
    const e = refusal([
      sheet('Wards', [
        ['Ref', 'Indicator', 'Ward', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['ENV1', 'Fly-tipping incidents', 'North', 'Lower', 100, 40, 35],
        ['ENV1', 'Fly-tipping incidents', 'South', 'Lower', 100, 50, 38],
        ['ENV1', 'Fly-tipping incidents', 'East', 'Lower', 100, 20, 22],
      ]),
    ]);
    assert.match(e.message, /one for each "Ward" \(column C: ENV1 for North, South, East\)/);
  });

  it('still scores one measure kept by two services ("Service" column): two indicators, not a breakdown', () => {
    const r = scored([
      sheet('KPIs', [
        ['Indicator', 'Service', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Customer satisfaction %', 'Planning', 'Higher', 80, 78, 82],
        ['Customer satisfaction %', 'Benefits', 'Higher', 85, 86, 84],
      ]),
    ]);
    assert.equal(r.indicators.length, 2);
  });
});

describe('"No." and "%" under each quarter label', () => {
  it('says which is the figure cannot be told and how to head them, where it said the header had no indicator rows', () => {
    const e = refusal([
      sheet(
        'KPIs',
        [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', null, 'Q2', null],
          [null, null, null, null, 'No.', '%', 'No.', '%'],
          ['K1', 'Planning apps in time', 'Higher', 90, 45, 88, 52, 91],
        ],
        [
          { top: 0, left: 4, bottom: 0, right: 5 },
          { top: 0, left: 6, bottom: 0, right: 7 },
        ],
      ),
    ]);
    assert.equal(
      e.message,
      `'KPIs' rows 1 and 2 are a two-row header: row 2 holds "No." and "%" under each of "Q1", "Q2", and which of the two is the indicator's figure cannot be told, so nothing was scored; head the columns in one row, the figure to score with its period ("Q1 %") and the other so it is left unread ("Q1 No.").`,
    );
  });

  it('scores the table once headed so: Q2 % 91 against 90, green, with "Q1 No." and "Q2 No." named as not recognised', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 No.', 'Q1 %', 'Q2 No.', 'Q2 %'],
        ['K1', 'Planning apps in time', 'Higher', 90, 45, 88, 52, 91],
      ]),
    ]);
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].rag], [91, 'green']);
    assert.match(r.findings.find((f) => /partly recognised/.test(f.message))!.message, /"Q1 No\.", "Q2 No\."/);
  });
});

describe('A district\'s small table: "Previous quarter | This quarter"', () => {
  it("draws Q2's DOT against the previous quarter's 34 days (improving), where it was left unread and DOT had nothing to compare", () => {
    const r = scored(
      [
        sheet('KPIs', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Previous quarter', 'This quarter', 'DOT'],
          ['K1', 'Re-let days', 'Lower', 30, 34, 31, null],
        ]),
      ],
      { quarter: 2 },
    );
    const k1 = r.indicators[0];
    assert.deepEqual(
      [k1.latestMonth, k1.latestValue, k1.rag, k1.dot, k1.previous?.month, k1.previous?.value],
      ['Sep', 31, 'amber', 'up', 'Jun', 34],
    );
    assert.ok(!r.findings.some((f) => /"Previous quarter"/.test(f.message)));
  });
});
