/**
 * Performance tables from the rest of the sector the product is for — NHS integrated performance
 * reports, police and crime plans, fire and rescue, combined authorities, and council services
 * (sickness absence, revenues and benefits, housing) — hunted for silent misreadings (helper hunt2,
 * docs/workbook.md "Sector layouts"). Each is read as the organisation means it, or refused in one
 * sentence saying how to lay it out.
 */
import { strict as assert } from 'assert';
import { type ScoreResult, type SheetGrid } from '../../src/core';
import { recogniseHeader } from '../../src/core/read/headers';
import { isDateFormat, isTimeFormat } from '../../src/core/read/number-formats';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const row = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;

describe('Quarters headed by their months ("Apr–Jun", "Q1 (Apr-Jun)", "Jan-Mar 2026")', () => {
  it("scores sickness absence headed Apr–Jun … Jan–Mar: Q3's 2.4 days per FTE against 2.1 is −14.29%, red, where the table was refused", () => {
    const r = scored([
      sheet('HR', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec', 'Jan–Mar'],
        ['HR1', 'Working days lost per FTE', 'Lower', 2.1, '2.3 days', '2.0 days', '2.4 days', null],
      ]),
    ]);
    const hr1 = row(r, 'HR1');
    assert.deepEqual(
      [r.quarterNumber, hr1.latestMonth, hr1.latestValue, hr1.variancePct, hr1.rag, hr1.dot],
      [3, 'Dec', 2.4, -14.29, 'red', 'down'],
    );
  });

  it('reads "Q1 (Apr-Jun)", "Apr to Jun", "Jul-Sep 2025" and "Jan-Mar 2026" as quarters, Jan-Mar 2026 in 2025/26', () => {
    assert.deepEqual(recogniseHeader('Q1 (Apr-Jun)'), { kind: 'quarter', quarter: 1 });
    assert.deepEqual(recogniseHeader('Apr to Jun'), { kind: 'quarter', quarter: 1 });
    assert.deepEqual(recogniseHeader('Jul-Sep 2025'), { kind: 'quarter', quarter: 2, year: 2025 });
    assert.deepEqual(recogniseHeader('Jan-Mar 2026'), { kind: 'quarter', quarter: 4, year: 2025 });
    assert.deepEqual(recogniseHeader('October–December'), { kind: 'quarter', quarter: 3 });
  });

  it('reads no quarter where the months are not one: "Q2 (Apr-Jun)" (labels disagree), "May-Jul", "Jul-Dec"', () => {
    for (const h of ['Q2 (Apr-Jun)', 'May-Jul', 'Jul-Dec']) assert.equal(recogniseHeader(h), null, h);
  });

  it('reads "Apr-Sep" and "Apr-Dec" as the year to date at Q2 and Q3 (hunt 7: they were not read)', () => {
    assert.deepEqual(recogniseHeader('Apr-Sep'), { kind: 'quarter', quarter: 2 });
    assert.deepEqual(recogniseHeader('Apr-Dec 25'), { kind: 'quarter', quarter: 3, year: 2025 });
  });
});

describe('Month targets ("Sep Target", "Apr-25 Plan", "Plan" over a month\'s pair)', () => {
  it('scores an NHS plan with "Apr-25 Plan | Apr-25 Actual" per month against each month\'s plan, where every indicator was "No target"', () => {
    const r = scored([
      sheet('IPR', [
        [
          'Metric',
          'Polarity',
          'Apr-25 Plan',
          'Apr-25 Actual',
          'May-25 Plan',
          'May-25 Actual',
          'Jun-25 Plan',
          'Jun-25 Actual',
        ],
        ['Elective spells', 'Higher', 5000, 4800, 5100, 5150, 5200, 5000],
      ]),
    ]);
    const e = r.indicators[0];
    assert.deepEqual(
      [e.latestMonth, e.latestValue, e.periodTarget, e.variancePct, e.rag],
      ['Jun', 5000, 5200, -3.85, 'amber'],
    );
    assert.equal(r.executiveSummary.noTarget, 0);
  });

  it('reads "Plan" and "Actual" under each month label in the header row the same way', () => {
    const r = scored([
      sheet(
        'IPR',
        [
          ['Metric', 'Polarity', 'Apr-25', null, 'May-25', null, 'Jun-25', null],
          [null, null, 'Plan', 'Actual', 'Plan', 'Actual', 'Plan', 'Actual'],
          ['Elective spells', 'Higher', 5000, 4800, 5100, 5150, 5200, 5000],
        ],
        [
          { top: 0, left: 2, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 0, right: 5 },
          { top: 0, left: 6, bottom: 0, right: 7 },
        ],
      ),
    ]);
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].periodTarget], [5000, 5200]);
    const partly = r.findings.find((f) => /partly recognised/.test(f.message))!;
    assert.doesNotMatch(partly.message, /not recognised/);
  });

  it('scores September\'s 85 against a "Sep Target" of 90 (−5.56%, red), and "Q2 Plan" as Q2\'s target', () => {
    const sep = scored([
      sheet('KPI', [
        ['Ref', 'Indicator', 'Polarity', 'Jul', 'Aug', 'Sep', 'Sep Target'],
        ['K1', 'Calls answered in 60s %', 'Higher', 80, 82, 85, 90],
      ]),
    ]);
    assert.deepEqual([row(sep, 'K1').periodTarget, row(sep, 'K1').variancePct], [90, -5.56]);
    const q2 = scored([
      sheet('KPI', [
        ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Q1', 'Q2', 'Q2 Plan'],
        ['K1', 'Homes built', 'Higher', 400, 90, 190, 200],
      ]),
    ]);
    assert.deepEqual([row(q2, 'K1').periodTarget, row(q2, 'K1').rag], [200, 'amber']);
  });

  it('reads month labels standing over a header of "Plan | Actual" pairs as each month\'s plan and figure (session 12: it was refused, suggesting "Apr-25 Actual")', () => {
    const r = scored([
      sheet('IPR', [
        [null, 'Apr-25', null, 'May-25', null],
        ['Metric', 'Plan', 'Actual', 'Plan', 'Actual'],
        ['Elective spells', 5000, 4800, 5100, 5150],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual(
      [i.latestMonth, i.latestValue, i.periodTarget, i.variancePct, i.rag],
      ['May', 5150, 5100, 0.98, 'green'],
    );
  });
});

describe('A column naming each row\'s period beside one "Actual" (data extracts, NHS returns)', () => {
  const LONG: SheetGrid = sheet('Data', [
    ['Indicator', 'Month', 'Target', 'Actual'],
    ['A&E 4 hour %', 'Apr-25', 78, 74.1],
    ['A&E 4 hour %', 'May-25', 78, 75.2],
    ['A&E 4 hour %', 'Jun-25', 78, 76.0],
    ['RTT 18 weeks %', 'Apr-25', 92, 58.1],
    ['RTT 18 weeks %', 'May-25', 92, 58.4],
  ]);

  it("refuses one row per indicator per month, rather than score April's 74.1 as June's and count A&E three times", () => {
    const e = refusal([LONG], { quarter: 1 });
    assert.equal(
      e.message,
      `'Data' gives each indicator on several rows, one for each period (column B, "Month", holds Apr-25, May-25, Jun-25, from row 2), but one row per indicator is read, so nothing was scored rather than score every period's "Actual" figure as the quarter's; put each indicator on one row with a column for each period (headed "Apr-25", "May-25" …).`,
    );
  });

  it('reads a "Reporting period" that names one quarter on every row as the quarter of the Actual column, where it was refused', () => {
    const r = scored([
      sheet('Data', [
        ['Ref', 'Indicator', 'Polarity', 'Reporting period', 'Target', 'Actual'],
        ['K1', 'Rent collected %', 'Higher', 'Q2 2025/26', 98, 97],
        ['K2', 'Complaints answered in 10 days %', 'Higher', 'Sep-25', 90, 92],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestMonth, i.latestValue, i.rag]),
      [
        ['K1', 'Sep', 97, 'amber'],
        ['K2', 'Sep', 92, 'green'],
      ],
    );
  });

  it("reads each row's own period where they differ within one year: K2's Q1 figure is carried forward, K3's is August's", () => {
    const r = scored([
      sheet('Data', [
        ['Ref', 'Indicator', 'Polarity', 'Reporting period', 'Target', 'Actual'],
        ['K1', 'Rent collected %', 'Higher', 'Q2 2025/26', 98, 97],
        ['K2', 'Residents satisfied %', 'Higher', 'Q1 2025/26', 70, 72],
        ['K3', 'Complaints answered in 10 days %', 'Higher', 'Aug-25', 90, 92],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestMonth]),
      [
        ['K1', 'Sep'],
        ['K2', 'Jun'],
        ['K3', 'Aug'],
      ],
    );
    assert.ok(
      r.findings.some((f) =>
        /K2: no Q2 figure yet; the latest value \(72\) is carried forward from June/.test(f.message),
      ),
    );
  });

  it('refuses rows of different financial years, rather than count 2024/25 in 2025/26', () => {
    const e = refusal([
      sheet('Data', [
        ['Ref', 'Indicator', 'Polarity', 'Reporting period', 'Target', 'Actual'],
        ['K1', 'Rent collected %', 'Higher', 'Q2 2025/26', 98, 97],
        ['K2', 'Residents satisfied %', 'Higher', '2024/25', 70, 72],
      ]),
    ]);
    assert.match(
      e.message,
      /^'Data' names periods of different financial years on different rows \(column D, "Reporting period", holds Q2 2025\/26, 2024\/25, from row 2\)/,
    );
  });

  it("refuses an indicator on a row per financial year with its months across, rather than score last year's row as this year's", () => {
    const e = refusal([
      sheet('KPI', [
        ['Indicator', 'Polarity', 'Financial year', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['Calls answered %', 'Higher', '2024/25', 90, 85, 86, 87, 88],
        ['Calls answered %', 'Higher', '2025/26', 92, 80, 81, null, null],
      ]),
    ]);
    assert.equal(
      e.message,
      `'KPI' gives each indicator on several rows, one for each financial year (column C, "Financial year", holds 2024/25, 2025/26, from row 2), but one row per indicator is read, so nothing was scored rather than score another year's row as this year's; keep only this year's rows in the table and put last year's figures on a sheet named "Last year" (a Ref column and the months), or head each year's columns with its year ("Q1 2024/25", "Apr-25" …).`,
    );
  });

  it('never reads a "Baseline year" of 2019/20 on every row as the year of the figures, nor places an Actual by it', () => {
    const r = scored(
      [
        sheet('KPI', [
          ['Ref', 'Indicator', 'Polarity', 'Baseline year', 'Baseline', 'Target', 'Actual'],
          ['K1', 'Calls answered %', 'Higher', '2019/20', 80, 90, 91],
          ['K2', 'Void days', 'Lower', '2019/20', 35, 30, 28],
        ]),
      ],
      { quarter: 2 },
    );
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestMonth, i.rag]),
      [
        ['K1', 'Sep', 'green'],
        ['K2', 'Sep', 'green'],
      ],
    );
    assert.doesNotMatch(r.quarter, /2019/);
  });

  it('reads a "Year" column that says 2025/26 on every row as the table\'s year', () => {
    const r = scored([
      sheet('KPI', [
        ['Ref', 'Indicator', 'Polarity', 'Year', 'Target', 'Q1', 'Q2'],
        ['K1', 'Calls answered %', 'Higher', '2025/26', 90, 85, 91],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
  });
});

describe('Targets a figure cannot be measured against', () => {
  it('does not rate a reduction typed "-3%" over 96,500 crimes, where it was −3,216,766.67%, red', () => {
    const r = scored([
      sheet('Police', [
        ['Ref', 'Measure', 'Polarity', 'Target', '2024/25', '2025/26'],
        ['P1', 'Total recorded crime', 'Lower', '-3%', 98000, 96500],
        ['P2', 'Visits to libraries', 'Higher', '+10%', 210000, 225000],
        ['P3', 'Net change in jobs %', 'Higher', '+2%', 1.5, 2.3],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.variancePct, i.rag, i.status]),
      [
        ['P1', null, null, 'not rated'],
        ['P2', null, null, 'not rated'],
        ['P3', 15, 'green', 'on target'],
      ],
    );
    assert.equal(row(r, 'P1').reason, 'the target is a change in percent, not a level of its figures');
    const check = r.findings.find((f) => f.cell === 'D2')!;
    assert.equal(check.severity, 'warning');
    assert.match(
      check.message,
      /^P1: the target -3% is a change \(a rise or fall in percent\), not a level its figures such as 96,500 can be measured against, so it is not rated/,
    );
  });

  const FIRE = (target: number, values: number[], formatted: number[]): SheetGrid => ({
    ...sheet('Fire', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
      ['FRS1', 'Average response time to primary fires', 'Lower', target, ...values],
    ]),
    numberFormats: { formats: ['mm:ss'], runs: formatted.flatMap((c) => [c, 1, 1, 0]) },
  });

  it('scores response times kept as Excel times (mm:ss) against a target kept as a time: 7:55 against 8:00 is +1.04%, green', () => {
    const r = scored([FIRE(8 / 1440, [462 / 86400, 495 / 86400, 475 / 86400], [3, 4, 5, 6])]);
    assert.deepEqual([row(r, 'FRS1').variancePct, row(r, 'FRS1').rag], [1.04, 'green']);
  });

  it('does not rate times against a target typed 8 (minutes), where it was +99.93%, green', () => {
    const r = scored([FIRE(8, [462 / 86400, 495 / 86400, 475 / 86400], [4, 5, 6])]);
    const frs1 = row(r, 'FRS1');
    assert.deepEqual([frs1.variancePct, frs1.rag, frs1.status], [null, null, 'not rated']);
    assert.match(
      r.findings.find((f) => f.cell === 'D2')!.message,
      /^FRS1: a value 7:55 is a time and the target 8 a plain number, so they cannot be compared/,
    );
  });

  it('reads "[h]:mm" and "[mm]:ss" as durations, not dates (a handover time was a data gap "a date, 30 Dec 1899")', () => {
    assert.equal(isDateFormat('[h]:mm'), false);
    assert.equal(isDateFormat('[mm]:ss'), false);
    assert.equal(isDateFormat('mmm-yy'), true);
    assert.equal(isTimeFormat('[h]:mm'), true);
    assert.equal(isTimeFormat('mm:ss'), true);
    assert.equal(isTimeFormat('0.0%'), false);
    const r = scored([
      {
        ...sheet('Amb', [
          ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
          ['H1', 'Average ambulance handover', 'Lower', 15 / 1440, 1100 / 86400, 1250 / 86400],
        ]),
        numberFormats: { formats: ['[h]:mm'], runs: [3, 1, 1, 0, 4, 1, 1, 0, 5, 1, 1, 0] },
      },
    ]);
    assert.deepEqual([row(r, 'H1').status, row(r, 'H1').variancePct], ['off target', -38.89]);
  });
});

describe('Sector header words', () => {
  it('reads "ASCOF ref" and "TSM code" as the Ref, and "Housemark quartile" as the quartile', () => {
    assert.deepEqual(recogniseHeader('ASCOF ref'), { kind: 'field', field: 'ref' });
    assert.deepEqual(recogniseHeader('TSM code'), { kind: 'field', field: 'ref' });
    assert.deepEqual(recogniseHeader('Housemark quartile'), { kind: 'field', field: 'quartile' });
  });
});

describe('Rolling years and the header a refusal points at (police crime tables)', () => {
  it('reads "Rolling 12 months to Sep-25" as September: burglary 5.1 per 1,000 against 5.0 is −2.00%, amber, DOT ↑ from June', () => {
    const r = scored([
      sheet('Police', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Rolling 12 months to Jun-25', 'Rolling 12 months to Sep-25'],
        ['P1', 'Residential burglary per 1,000 households', 'Lower', 5.0, 5.4, 5.1],
      ]),
    ]);
    const p1 = row(r, 'P1');
    assert.deepEqual(
      [r.quarter, p1.latestMonth, p1.variancePct, p1.rag, p1.dot],
      ['Q2 2025/26', 'Sep', -2, 'amber', 'up'],
    );
    assert.deepEqual(recogniseHeader('12 months ending Sep 2025'), { kind: 'month', month: 6, year: 2025 });
    assert.equal(recogniseHeader('Year to date'), null);
  });

  it('names the header row, not a row of figures, when a crime table cannot be read ("No" under "Statistically significant?" is no Ref)', () => {
    const e = refusal([
      sheet('Crime', [
        [
          'Crime type',
          '12 months to Sep 2024',
          '12 months to Sep 2025',
          'Change',
          '% change',
          'Statistically significant?',
        ],
        ['Burglary', 4120, 3890, -230, '-5.6%', 'No'],
        ['Violence with injury', 6100, 6400, 300, '4.9%', 'Yes'],
      ]),
    ]);
    assert.match(e.message, /nearest: 'Crime' row 1 has Sep 2024\/25, Sep 2025\/26 but no indicator-name column/);
    assert.match(e.message, /map "Crime type" to name/);
    assert.doesNotMatch(e.message, /map "4120"/);
  });
});
