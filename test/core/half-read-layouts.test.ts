/**
 * Tables the reader half understands, and more tables from published UK reports hunted for silent
 * misreads (helper hunt3, docs/workbook.md "Tables the reader half understands"): terse headings
 * ("KPI | Perf | Goal"), a name column of codes, polarity words under a header it does not know,
 * benchmarking tables with a column per council, Welsh councils' bilingual headers, Scotland's LGBF,
 * combined authorities, NHS integrated performance reports, targets in words, percentages stored as
 * fractions beside percentages. Each is read right, refused in one sentence with the mapping to use, or
 * a Check — never a silent wrong number.
 */
import { strict as assert } from 'assert';
import { type ScoreResult } from '../../src/core';
import { recogniseHeader } from '../../src/core/read/headers';
import { parsePolarity } from '../../src/core/read/values';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const row = (r: ScoreResult, refOrName: string) =>
  r.indicators.find((i) => i.ref === refOrName || i.name === refOrName)!;

describe('Terse headings: a guess the cells do not support is refused, with the mapping to use', () => {
  const CODES_AND_TITLES = sheet('Scorecard', [
    ['KPI', 'Title', 'Perf', 'Goal', 'Q1', 'Q2', 'Q3'],
    ['HS01', 'Rent collected as a % of rent due', 'Higher', 95, 93, 94, 96],
    ['HS02', 'Average days to re-let a home', 'Lower', 30, 34, 31, 27],
  ]);

  it('refuses "KPI | Title | Perf | Goal" where KPI holds the codes, Title the names and Perf Higher or Lower, with one mapping for all three', () => {
    const e = refusal([CODES_AND_TITLES]);
    assert.equal(
      e.message,
      `'Scorecard' row 1: column A, "KPI", holds codes (HS01, HS02), not indicator names, and the names look to be in column B, "Title", which was not understood; and there is no polarity column, but column C, "Perf", which was not understood, holds "Higher", "Lower" on its rows, so nothing was scored rather than name each indicator by its code and take higher as better for every indicator; map "KPI" to ref and "Title" to name, and "Perf" to polarity.`,
    );
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Scorecard: { headerRow: 1, columns: { KPI: 'ref', Title: 'name', Perf: 'polarity' } } },
    });
  });

  it("scores it once the suggested mapping is given: HS02's 27 days against 30 is +10.00%, green, not red", () => {
    const mapping = refusal([CODES_AND_TITLES]).mappingHint!.suggestedMapping!;
    const r = scored([CODES_AND_TITLES], { mapping });
    const hs02 = row(r, 'HS02');
    assert.deepEqual(
      [hs02.name, hs02.latestValue, hs02.variancePct, hs02.rag],
      ['Average days to re-let a home', 27, 10, 'green'],
    );
  });

  describe('"Measure | Aim for | Yr Ambition | Qtr 1 Perf …": the refusal maps the goal too (session 8 fresh-user check)', () => {
    const WASTE = sheet('Waste KPIs', [
      ['Waste & Recycling – Q3 2025/26'],
      ['Measure', 'Aim for', 'Yr Ambition', 'Qtr 1 Perf', 'Qtr 2 Perf', 'Qtr 3 Perf', 'Remarks'],
      ['Household waste recycled %', 'Higher', 46, 48.1, 45.2, 38.9, 'Seasonal'],
      ['Missed bins per 100,000', 'Lower', 60, 58, 59, 74, ''],
      ['Residual waste per household (kg)', 'Lower', 480, 121, 240, 365, 'cumulative'],
    ]);

    it('names "Yr Ambition" beside "Aim for" in one mapping: following the mapping used to score all three "No target"', () => {
      const e = refusal([WASTE]);
      assert.match(e.message, /; map "Aim for" to polarity, and "Yr Ambition" to target\.$/);
      const mapping = e.mappingHint!.suggestedMapping!;
      assert.deepEqual(mapping, {
        sheets: { 'Waste KPIs': { headerRow: 2, columns: { 'Aim for': 'polarity', 'Yr Ambition': 'target' } } },
      });
      const bins = row(scored([WASTE], { mapping }), 'Missed bins per 100,000');
      assert.deepEqual([bins.latestValue, bins.variancePct, bins.rag], [74, -23.33, 'red']);
    });

    it('"Yr Goal" is read as the target without a mapping', () => {
      assert.deepEqual(recogniseHeader('Yr Goal'), { kind: 'field', field: 'target' });
      assert.deepEqual(recogniseHeader('FY Target'), { kind: 'field', field: 'target' });
    });
  });

  it('refuses codes beside names alone, and names the columns to map', () => {
    const e = refusal([CODES_AND_TITLES], {
      mapping: { sheets: { Scorecard: { headerRow: 1, columns: { Perf: 'polarity' } } } },
    });
    assert.match(
      e.message,
      /, so nothing was scored rather than name each indicator by its code; map "KPI" to ref and "Title" to name\.$/,
    );
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Scorecard: { headerRow: 1, columns: { Perf: 'polarity', KPI: 'ref', Title: 'name' } } },
    });
  });

  it('refuses "KPI | Perf | Goal | Q1 | Q2 | Q3" whose Perf says Higher or Lower, rather than take higher as better for all', () => {
    const e = refusal([
      sheet('Scorecard', [
        ['KPI', 'Perf', 'Goal', 'Q1', 'Q2', 'Q3'],
        ['HS01', 'Higher', 95, 93, 94, 96],
        ['HS02', 'Lower', 10, 12, 11, 9],
      ]),
    ]);
    assert.match(e.message, /column B, "Perf", which was not understood, holds "Higher", "Lower" on its rows/);
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Scorecard: { headerRow: 1, columns: { Perf: 'polarity' } } },
    });
  });

  it('refuses an NHS report\'s "Improvement" column of Higher and Lower in the same way (C.diff cases: lower is better)', () => {
    const e = refusal([
      sheet('IPR', [
        ['Metric', 'Improvement', 'Target', 'Jul-25', 'Aug-25', 'Sep-25', 'Variation', 'Assurance'],
        ['A&E 4 hour %', 'Higher', 0.78, 0.73, 0.77, 0.79, 'Common cause', 'Inconsistent'],
        ['C.diff cases', 'Lower', 5, 5, 3, 6, 'Common cause', 'Pass'],
      ]),
    ]);
    assert.match(e.message, /map "Improvement" to polarity/);
  });

  it('still scores a column of Higher only beside no polarity column: the scores are those of higher is better', () => {
    const r = scored([
      sheet('Scorecard', [
        ['KPI', 'Perf', 'Goal', 'Q1', 'Q2'],
        ['HS01', 'Higher', 95, 93, 96],
      ]),
    ]);
    assert.equal(row(r, 'HS01').rag, 'green');
  });

  it('keeps codes as the names where no column holds names ("KPI | Goal | Q1 | Q2"): the code is all the table gives', () => {
    const r = scored([
      sheet('Scorecard', [
        ['KPI', 'Goal', 'Q1', 'Q2'],
        ['HS01', 95, 93, 96],
      ]),
    ]);
    assert.deepEqual([row(r, 'HS01').name, row(r, 'HS01').rag], ['HS01', 'green']);
  });

  it('refuses NI codes under "Indicator" beside their descriptions under "Detail"', () => {
    const e = refusal([
      sheet('Scorecard', [
        ['Indicator', 'Detail', 'Target', 'Q1', 'Q2'],
        ['NI 155', 'Number of affordable homes delivered', 200, 40, 90],
        ['NI 157a', 'Major planning applications in 13 weeks', 60, 70, 72],
      ]),
    ]);
    assert.match(e.message, /holds codes \(NI 155, NI 157a\), not indicator names/);
    assert.deepEqual(e.mappingHint?.suggestedMapping?.sheets?.Scorecard.columns, { Indicator: 'ref', Detail: 'name' });
  });

  it('says the name column holds numbers (NI 155, 157), not "add a row for each indicator", and maps them as refs beside the names', () => {
    const NI = sheet('S', [
      ['Indicator', 'Detail', 'Target', 'Q1', 'Q2'],
      [155, 'Number of affordable homes delivered', 200, 40, 90],
      [157, 'Major planning applications in 13 weeks', 60, 70, 72],
    ]);
    const e = refusal([NI]);
    assert.equal(
      e.message,
      `'S' row 1: column A, "Indicator", holds numbers (155, 157) on the rows under it, not indicator names, so no row was read as an indicator and nothing was scored; map "Indicator" to ref and "Detail" to name.`,
    );
    const r = scored([NI], { mapping: e.mappingHint!.suggestedMapping });
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.name, i.latestValue]),
      [
        ['155', 'Number of affordable homes delivered', 90],
        ['157', 'Major planning applications in 13 weeks', 72],
      ],
    );
    const bare = refusal([
      sheet('S', [
        ['KPI', 'Target', 'Q1', 'Q2'],
        [1, 200, 40, 90],
      ]),
    ]);
    assert.match(
      bare.message,
      /holds numbers \(1\) on the rows under it, not indicator names.*; type each indicator's name in it/,
    );
    assert.equal(bare.mapByHand, true);
  });

  it('never takes a Comments column for the names: codes beside comments are scored as the codes, and a Comments column is not suggested as the name', () => {
    const r = scored([
      sheet('S', [
        ['KPI', 'Goal', 'Q1', 'Q2', 'Comments'],
        ['HS01', 95, 93, 96, 'On track to meet the year end target'],
      ]),
    ]);
    assert.equal(r.indicators[0].name, 'HS01');
    const e = refusal([
      sheet('S', [
        ['Ref', 'Q1', 'Q2', 'Comments'],
        ['A1', 1, 2, 'Fell after the summer operation'],
      ]),
    ]);
    assert.equal(e.mappingHint?.suggestedMapping, null);
    const crime = refusal([
      sheet('S', [
        ['Comments', 'Crime type', '12 months to Sep 2024', '12 months to Sep 2025'],
        ['Fell after the summer operation', 'Burglary', 4120, 3890],
      ]),
    ]);
    assert.match(crime.message, /map "Crime type" to name/);
  });

  it('reads "Tgt" as the target and "Act" as the value column: 18 days against a target of 20, low is good, is +10.00%, green', () => {
    const r = scored(
      [
        sheet('KPI', [
          ['KPI', 'Description', 'Good is', 'Tgt', 'Act'],
          ['KPI01', 'Days to process new benefit claims', 'Low', 20, 18],
        ]),
      ],
      { quarter: 2 },
    );
    const k = row(r, 'KPI01');
    assert.deepEqual(
      [k.name, k.periodTarget, k.latestValue, k.variancePct, k.rag],
      ['Days to process new benefit claims', 20, 18, 10, 'green'],
    );
    assert.deepEqual(recogniseHeader('Prev yr'), { kind: 'field', field: 'outturn' });
  });

  it('reads LGBF codes under "Indicator" beside descriptions under "Description" as refs and names, with no Check about a second name column', () => {
    const r = scored([
      sheet('LGBF', [
        ['Indicator', 'Description', 'Polarity', '2022/23', '2023/24', 'Rank (1-32)', 'Family group rank'],
        ['CHN1', 'Cost per primary school pupil', 'Lower', 6100, 6400, 12, 3],
        ['C&L1', 'Cost per attendance at sports facilities', 'Lower', 3.2, 3.5, 17, 5],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.name]),
      [
        ['CHN1', 'Cost per primary school pupil'],
        ['C&L1', 'Cost per attendance at sports facilities'],
      ],
    );
    assert.ok(!r.findings.some((f) => /second Performance Indicator column/.test(f.message)));
  });

  it('suggests Higher / Lower words as the polarity and a column of names as the name, never the first text column found', () => {
    const e = refusal([
      sheet('Data', [
        ['Item', 'Good', 'Detail', 'Q1', 'Q2'],
        ['HS01', 'Lower', 'Average days to re-let a home', 30, 28],
        ['HS02', 'Higher', 'Rent collected as a % of rent due', 97, 98],
      ]),
    ]);
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Data: { headerRow: 1, columns: { Good: 'polarity', Detail: 'name', Item: 'ref' } } },
    });
  });

  it('never suggests "Tgt" and "Act" as Q1 and Q2: they are read as the target and the value column', () => {
    const e = refusal([
      sheet('Scorecard', [
        ['No', 'KPI', 'Tgt', 'Act', 'Perf'],
        ['1', 'Rent collected %', 95, 93, 'Amber'],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.match(e.message, /a value column "Act" but nothing says which quarter it holds/);
  });

  it('never suggests "YTD | Forecast outturn" as Q1 and Q2, nor weeks, months or finance periods as quarters, and says how to map by hand', () => {
    for (const [header, figures] of [
      [
        ['Measure', 'Target', 'YTD', 'Forecast outturn'],
        [190, 410],
      ],
      [
        ['Measure', 'Target', 'Wk 1', 'Wk 2', 'Wk 3'],
        [88, 91, 93],
      ],
      [
        ['Measure', 'Target', 'Previous month', 'Latest month'],
        [88, 91],
      ],
      [
        ['Measure', 'Target', 'Period 1', 'Period 2', 'Period 3'],
        [88, 91, 93],
      ],
    ] as [string[], number[]][]) {
      const e = refusal([sheet('Q2', [header, ['Homes built', 400, ...figures]])]);
      assert.match(
        e.message,
        /; map the column that holds the figures to the period it holds \(a quarter such as Q3, or a month such as Dec\)\.$/,
      );
      assert.equal(e.mappingHint?.suggestedMapping, null, header.join(' | '));
      assert.equal(e.mapByHand, true);
    }
  });

  it('refuses "Dir" holding Up and Down as it refuses "Direction", and reads it as the polarity when it says Higher and Lower', () => {
    const e = refusal([
      sheet('KPI', [
        ['PI', 'Dir', 'Tgt', 'Q1', 'Q2'],
        ['Days to re-let', 'Down', 30, 28, 32],
      ]),
    ]);
    assert.match(e.message, /a column headed "Dir" holding Up and Down, and no polarity column/);
    const r = scored([
      sheet('KPI', [
        ['PI', 'Dir', 'Tgt', 'Q1', 'Q2'],
        ['Days to re-let', 'Lower', 30, 28, 32],
      ]),
    ]);
    assert.deepEqual([r.indicators[0].variancePct, r.indicators[0].rag], [-6.67, 'red']);
  });
});

describe('Organisations as columns: a comparison table, never mapped to quarters', () => {
  it('refuses a benchmarking table "Knowsley | St Helens | Wirral | England", saying it is a comparison table, with no mapping to Q1–Q4', () => {
    const e = refusal([
      sheet('Benchmarking', [
        ['Indicator', 'Knowsley', 'St Helens', 'Wirral', 'England'],
        ['Children in care per 10,000', 98, 102, 110, 70],
        ['Adults in residential care per 100,000', 600, 650, 590, 560],
      ]),
    ]);
    assert.equal(
      e.message,
      `No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") and month, quarter or year columns. The workbook's only sheet has none; nearest: 'Benchmarking' row 1 has Performance Indicator but no period column: its columns of figures ("Knowsley", "St Helens", "Wirral" …) look like one for each organisation or area, a comparison table, which this product does not score: it scores one organisation's figures, a row for each indicator and a column for each period (Q1 … Q4, or Apr … Mar), so keep yours that way and say where you stand among the others in a "Quartile" column.`,
    );
    assert.equal(e.mappingHint?.suggestedMapping, null);
    assert.deepEqual(e.mappingHint?.comparisonColumns, ['Knowsley', 'St Helens', 'Wirral', 'England']);
    assert.equal(e.mapByHand, undefined);
  });

  it("refuses a combined authority's table with a column per district and a target, suggesting no months", () => {
    const e = refusal([
      sheet('GMCA', [
        ['Measure', 'Target', 'Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'GM'],
        ['Homes built', 10000, 900, 500, 3000, 600, 550, 1800, 10600],
      ]),
    ]);
    assert.match(
      e.message,
      /its columns of figures \("Bolton", "Bury", "Manchester" …\) look like one for each organisation or area/,
    );
    assert.doesNotMatch(e.message, /to Apr|to Q1/);
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('treats one column named "England" or "North West average" as a comparator, not a quarter', () => {
    const e = refusal([
      sheet('Benchmarking', [
        ['Indicator', 'Target', 'Perf', 'England average'],
        ['Children in care per 10,000', 90, 98, 70],
      ]),
    ]);
    assert.match(e.message, /its columns of figures \("England average"\) look like one for each organisation or area/);
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('scores a combined authority table with its own quarter beside the district columns, which are left unread and named', () => {
    const r = scored([
      sheet('CA', [
        ['Measure', 'Polarity', 'Target', 'Q2 2025/26', 'Bolton', 'Bury', 'Wigan'],
        ['Homes built', 'Higher', 2500, 2600, 300, 200, 400],
      ]),
    ]);
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].rag], [2600, 'green']);
    assert.ok(r.findings.some((f) => /not recognised: "Bolton", "Bury", "Wigan"/.test(f.message)));
  });
});

describe("Welsh councils' bilingual tables", () => {
  it('reads "Cyf / Ref", "Dangosydd / Indicator", "Targed / Target", "Ch1 / Q1" and a polarity "Is / Lower": sickness 9.1 days against 10 is +9.00%, green', () => {
    const r = scored([
      sheet('DPM', [
        [
          'Cyf / Ref',
          'Dangosydd / Indicator',
          'Polaredd / Polarity',
          'Targed / Target',
          'Ch1 / Q1',
          'Ch2 / Q2',
          'Perfformiad / Performance',
        ],
        // Q1 about the year's size too (a rolling year's): 4.5 then 9.1 would be days to date or a quarter's own,
        // not rated against the year's 10 (rules/days-per-head.ts, hunt-layouts-7.test.ts).
        ['PAM/001', 'Diwrnodau salwch / Sickness days per FTE', 'Is / Lower', 10, 9.4, 9.1, 9.1],
      ]),
    ]);
    const p = row(r, 'PAM/001');
    assert.deepEqual([p.latestMonth, p.periodTarget, p.variancePct, p.rag], ['Sep', 10, 9, 'green']);
    assert.ok(!r.findings.some((f) => /higher is taken as better/.test(f.message)));
  });

  it('reads the halves of a header on two lines ("Targed\\nTarget") and leaves halves that disagree unread', () => {
    assert.deepEqual(recogniseHeader('Targed\nTarget'), { kind: 'field', field: 'target' });
    assert.deepEqual(recogniseHeader('Targed 2024/25 / Target 2024/25'), { kind: 'field', field: 'target' });
    assert.deepEqual(recogniseHeader('Ch3 / Q3'), { kind: 'quarter', quarter: 3 });
    assert.equal(recogniseHeader('Target / Actual'), null);
    assert.equal(recogniseHeader('Perfformiad / Performance'), null);
    assert.deepEqual(recogniseHeader('Higher / Lower is better?'), { kind: 'field', field: 'polarity' });
    assert.deepEqual(recogniseHeader('Targed'), { kind: 'field', field: 'target' });
    // Two English words are no translation of each other: "Outturn / Forecast" is this year's forecast.
    assert.equal(recogniseHeader('Outturn / Forecast'), null);
    assert.equal(recogniseHeader('Actual / Forecast'), null);
  });

  it('reads "Uwch / Higher" as higher is better and "Higher / Lower" as nothing', () => {
    assert.equal(parsePolarity('Uwch / Higher'), 'higher');
    assert.equal(parsePolarity('Is yn well / Lower is better'), 'lower');
    assert.equal(parsePolarity('Higher / Lower'), null);
    assert.equal(parsePolarity('Lower / TBC'), null);
  });
});

describe('Scotland, districts, NHS: more published tables', () => {
  it("reads an LGBF table's codes (C&L1), two years and a quartile column, leaving Rank and Family group unread", () => {
    const r = scored([
      sheet('LGBF', [
        ['Code', 'Indicator', 'Polarity', '2022-23', '2023-24', 'Quartile', 'Rank', 'Family group'],
        ['C&L1', 'Cost per attendance at sports facilities', 'Lower', 3.2, 3.5, 2, 17, 'FG1'],
        ['CHN11', '% of pupils entering positive destinations', 'Higher', 95.1, 94.8, 1, 5, 'FG1'],
      ]),
    ]);
    const c = row(r, 'C&L1');
    assert.deepEqual([c.latestValue, c.dot, c.quartile], [3.5, 'down', 2]);
    assert.ok(r.findings.some((f) => /not recognised: "Rank", "Family group"/.test(f.message)));
  });

  it('scores a district council\'s small table with "60%" targets and a Service column, and checks its typed statuses', () => {
    const r = scored([
      sheet('Performance', [
        ['Service', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Status'],
        ['Planning', 'Major applications decided in 13 weeks (%)', 'Higher', '60%', '75%', '80%', '100%', 'Green'],
        ['Waste', 'Missed bins per 100,000 collections', 'Lower', 80, 60, 95, 70, 'Amber'],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.latestValue, i.variancePct, i.rag]),
      [
        [100, 66.67, 'green'],
        [70, 12.5, 'green'],
      ],
    );
    assert.ok(r.findings.some((f) => /the status was typed as Amber but the figures give Green/.test(f.message)));
  });

  it("refuses a fire service's \"2024/25 | 2025/26 YTD\" table, rather than score half a year's 140 fires as Q4's outturn, green, with its Trend against last year's 310", () => {
    const FIRE = sheet('Fire', [
      ['Ref', 'Measure', 'Polarity', 'Target', '2024/25', '2025/26 YTD'],
      ['F1', 'Accidental dwelling fires', 'Lower', 300, 310, 140],
    ]);
    const e = refusal([FIRE]);
    assert.equal(
      e.message,
      `'Fire' row 1 has a column "2025/26 YTD", this year's figure to date, which would be read as the whole of 2025/26 (standing for March) and scored as the year's outturn, so nothing was scored; head it with the quarter it runs to, such as "Q2 2025/26 YTD", and score again.`,
    );
    assert.equal(e.mappingHint?.suggestedMapping, null);
    // With the quarter named (it used to be a data gap: the figure went to March), the mapping reads it as Q2's.
    const mapping = refusal([FIRE], { quarter: 2 }).mappingHint!.suggestedMapping!;
    assert.deepEqual(mapping, { sheets: { Fire: { headerRow: 1, columns: { '2025/26 YTD': 'Q2 2025/26' } } } });
    const r = scored([FIRE], { mapping, quarter: 2 });
    assert.deepEqual([r.quarter, row(r, 'F1').latestValue, row(r, 'F1').latestMonth], ['Q2 2025/26', 140, 'Sep']);
  });

  it('reads none of "Forecast outturn", "Projected outturn" or "Year end forecast" as last year\'s outturn', () => {
    for (const h of ['Forecast outturn', 'Projected outturn', 'Year end forecast', 'Forecast'])
      assert.equal(recogniseHeader(h), null, h);
    const r = scored([
      sheet('Q2', [
        ['Ref', 'Indicator', 'Polarity', 'Annual Target', 'Q1', 'Q2', 'YTD', 'Forecast outturn'],
        ['F2', 'Days to process new benefit claims', 'Lower', 20, 22, 19, 20.5, 19],
      ]),
    ]);
    assert.deepEqual([row(r, 'F2').latestValue, row(r, 'F2').rag], [19, 'green']);
    // "YTD" is read as the figure to date, so it is named as recognised (fresh user 6, session 11).
    assert.ok(r.findings.some((f) => /figure to date \("YTD"\).*not recognised: "Forecast outturn"/.test(f.message)));
  });

  it('does not read "2024/25 Outturn" beside 2024/25\'s quarters as last year\'s outturn, and names it as not recognised', () => {
    const r = scored([
      sheet('D', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q3 2024/25', 'Q4 2024/25', '2024/25 Outturn'],
        ['H1', 'Rent collected %', 'Higher', 97, 97, 98, 98],
      ]),
    ]);
    assert.ok(r.findings.some((f) => /not recognised: "2024\/25 Outturn"/.test(f.message)));
    const last = scored([
      sheet('D', [
        ['Ref', 'Measure', 'Polarity', 'Target', '2023/24 Outturn', 'Q1 2024/25', 'Q2 2024/25'],
        ['H1', 'Rent collected %', 'Higher', 97, 96, 95, 96],
      ]),
    ]);
    assert.ok(last.findings.some((f) => /recognised .*Previous year outturn/.test(f.message)));
  });

  it('counts targets written in words ("Increase", "Maintain", "Below England average") as No target, with a Check on each', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['A1', 'Households in temporary accommodation', 'Lower', 'Decrease', 310, 295],
        ['A2', 'Customer satisfaction %', 'Higher', 'Maintain', 82, 84],
        ['A3', 'Obesity in Year 6 %', 'Lower', 'Below England average', 24, 23],
      ]),
    ]);
    assert.equal(r.executiveSummary.noTarget, 3);
    for (const [ref, words] of [
      ['A1', 'Decrease'],
      ['A2', 'Maintain'],
      ['A3', 'Below England average'],
    ])
      assert.ok(
        r.findings.some(
          (f) =>
            f.severity === 'warning' &&
            f.message.startsWith(`${ref}: no target for Q2 (the target cell says "${words}")`),
        ),
        ref,
      );
  });
});

describe('A target written as a direction', () => {
  it('takes "Decrease" as the target cell\'s polarity where the row has none: temporary accommodation falling from 310 to 295 is improving, not worsening', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Target', 'Q1', 'Q2'],
        ['A1', 'Households in temporary accommodation', 'Decrease', 310, 295],
        ['A4', 'Apprenticeships started', 'Increase', 40, 55],
        ['A2', 'Customer satisfaction %', 'Maintain', 82, 84],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.status, i.dot]),
      [
        ['A1', 'no target', 'up'],
        ['A4', 'no target', 'up'],
        ['A2', 'no target', 'up'],
      ],
    );
    assert.ok(r.findings.some((f) => /higher is taken as better for its 1 indicator\./.test(f.message)));
  });
});

describe('Percentages stored as fractions beside percentages, with no percent sign in sight', () => {
  it('does not rate "Staff turnover %" at 0.11 against a target of 10 (it was +98.90%, green), and says how to type it', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['P1', 'Rent collected %', 'Higher', 0.98, 0.97, 0.985],
        ['P3', 'Staff turnover %', 'Lower', 10, 0.12, 0.11],
      ]),
    ]);
    assert.deepEqual([row(r, 'P1').variancePct, row(r, 'P1').rag], [0.51, 'green']);
    assert.deepEqual([row(r, 'P3').variancePct, row(r, 'P3').status], [null, 'not rated']);
    assert.ok(
      r.findings.some(
        (f) =>
          f.message ===
          'P3: the target 10 and its values such as 0.11 are about a hundred times apart though the indicator is a percentage (one looks like a fraction), so it is not rated (counted under "Not rated"); type the target as 0.1, as the values are written, or the values in percent (11 for 0.11), and score again.',
      ),
    );
  });

  it('does not rate "Staff turnover %" at 11 against a target of 0.1 (it was −10,900.00%, red)', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['P3', 'Staff turnover %', 'Lower', 0.1, 12, 11],
      ]),
    ]);
    assert.deepEqual([row(r, 'P3').variancePct, row(r, 'P3').status], [null, 'not rated']);
    assert.ok(
      r.findings.some((f) => /P3: the target 0\.1 and its values such as 11 .* type the target as 10,/.test(f.message)),
    );
  });

  it('does not rate "% household waste recycled" whose September 0.66 follows June\'s 65 (it was −98.97%, red), and draws no DOT across the two', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W1', '% household waste recycled', 'Higher', 64, 65, 0.66],
        ['W2', '% garden waste recycled', 'Higher', 64, 0.67, 66],
      ]),
    ]);
    assert.deepEqual([row(r, 'W1').variancePct, row(r, 'W1').status, row(r, 'W1').dot], [null, 'not rated', null]);
    assert.deepEqual([row(r, 'W2').variancePct, row(r, 'W2').rag, row(r, 'W2').dot], [3.13, 'green', null]);
    const w1 = r.findings.filter((f) => f.ref === 'W1').map((f) => f.message);
    // A table of quarters names its quarters (periodName, session 8): it said "Sept 0.66 … unlike June 65".
    assert.deepEqual(w1, [
      'W1: its values are written two ways a hundred times apart though it is a percentage: Q2 0.66 is written as a fraction, unlike Q1 65 and the target; only figures written alike are compared (no DOT across the two ways); write them all the same way and score again.',
    ]);
  });

  it('leaves two plain numbers a hundred times apart alone when nothing says the indicator is a percentage', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['C1', 'Average cost per case (£000s)', 'Lower', 0.5, 48, 45],
      ]),
    ]);
    assert.equal(row(r, 'C1').rag, 'red');
  });
});

describe('Organisations as columns, wherever the refusal comes from', () => {
  it("refuses a fire service's table with a column per station, and an ICB's with a column per provider, as comparison tables", () => {
    const stations = refusal([
      sheet('Stations', [
        ['Measure', 'Target', 'Station 1', 'Station 2', 'Station 3'],
        ['Response within 10 minutes %', 90, 91, 88, 93],
      ]),
    ]);
    assert.match(
      stations.message,
      /\("Station 1", "Station 2" and "Station 3"\) look like one for each organisation or area/,
    );
    assert.equal(stations.mappingHint?.suggestedMapping, null);
    const providers = refusal([
      sheet('ICB', [
        ['Metric', 'Standard', 'Northtown FT', 'Southville Hospitals NHS Trust', 'ICB total'],
        ['A&E 4 hour %', 78, 74, 76, 75],
      ]),
    ]);
    assert.match(providers.message, /a comparison table, which this product does not score/);
  });

  it('does not ask to map the columns by hand when the nearest header has a Ref and a polarity beside the councils', () => {
    const e = refusal([
      sheet('B', [
        ['Ref', 'Indicator', 'Polarity', 'Knowsley', 'St Helens', 'England'],
        ['C1', 'Children in care per 10,000', 'Lower', 98, 102, 70],
      ]),
    ]);
    assert.match(
      e.message,
      /Nearest: 'B' row 1 has Ref, Performance Indicator, Higher \/ Lower is better\? but no month, quarter or year columns: its columns of figures \("Knowsley", "St Helens" and "England"\) look like one for each organisation or area/,
    );
    assert.doesNotMatch(e.message, /by hand/);
    assert.equal(e.mapByHand, undefined);
  });
});
