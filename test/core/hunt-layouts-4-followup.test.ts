/**
 * Session 11's hunt left three shapes as they were (docs/workbook.md, "Layouts hunted", session 11, "Left
 * as they are"); session 12 (helper analyst3) reads them: an ICB line of two months against a year's plan,
 * a time in weeks or days with no polarity, and a county's district rows carrying refs of their own.
 */
import { strict as assert } from 'assert';
import type { ScoreResult } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import { extendsRef, placeName } from '../../src/core/read/district-refs';
import { monthShareOfTarget } from '../../src/core/rules/month-share';
import { timeMeasureName } from '../../src/core/rules/time-name';
import type { IndicatorRow, PeriodValue } from '../../src/core/model';
import { sheet } from '../support/grids';
import { scored } from '../support/scoring';

const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref || i.name === ref)!;
/** A time as Excel keeps it: minutes and seconds as a fraction of a day. */
const mmss = (m: number, s: number) => (m * 60 + s) / 86400;
const kinds = (r: ScoreResult, kind: string) => r.findings.filter((f) => f.kind === kind);

describe("An ICB line of two months against a year's plan", () => {
  it('does not rate "Apr | May" counts against an "Annual Plan" of the year (9,800 against 120,000 was −91.83%, red)', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Annual Plan', 'Apr', 'May'],
        ['Elective spells', 'Higher', 120000, 9650, 9800],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual([i.variancePct, i.rag], [null, null]);
    assert.equal(i.reason, "a month's figure against a longer period's target");
    const [check] = kinds(r, 'month-share');
    assert.match(
      check.message,
      /^"Elective spells": its month figures \(9,650 to 9,800\) look like a month's count each/,
    );
    assert.equal(r.executiveSummary.offTarget, 0);
  });

  it('does not rate "M5 | M6" (August and September) counts against the year\'s plan either', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Annual Plan', 'M5', 'M6'],
        ['Outpatient first attendances', 'Higher', 240000, 19500, 20100],
      ]),
    ]);
    assert.deepEqual(
      [r.indicators[0].rag, r.indicators[0].reason],
      [null, "a month's figure against a longer period's target"],
    );
  });

  it('says so from a "YTD" column that is the two months added up', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Annual Plan', 'Apr', 'May', 'YTD'],
        ['Referrals (average per day)', 'Higher', 1200, 95, 104, 199],
      ]),
    ]);
    assert.equal(r.indicators[0].rag, null);
    assert.match(kinds(r, 'month-share')[0].message, /add up to its "YTD" figure of 199/);
  });

  it('still scores two months that may be figures to date (April 9,650, May 19,450), as before', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Annual Plan', 'Apr', 'May'],
        ['Elective spells', 'Higher', 120000, 9650, 19450],
      ]),
    ]);
    assert.notEqual(r.indicators[0].variancePct, null);
    assert.equal(kinds(r, 'month-share').length, 0);
  });

  it('still scores two months of a rate or a time, and two quarters, against their target', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Target', 'Apr', 'May'],
        ['A&E 4 hour %', 'Higher', 78, 75.1, 76],
      ]),
      sheet('Quarters', [
        ['Metric', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Elective spells', 'Higher', 120000, 29000, 29500],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.rag !== null),
      [true, true],
    );
  });

  it('two quarters under an "Annual Plan" are not measured one quarter against the year (session 13, rules/annual-to-date.ts)', () => {
    // Q2's 29,500 against 120,000 was −75%, red; whether each quarter is its own (then 58,500 to date against
    // 60,000) or a level cannot be told from two figures and the header: not rated, with the Check.
    const r = scored([
      sheet('Quarters', [
        ['Metric', 'Polarity', 'Annual Plan', 'Q1', 'Q2'],
        ['Elective spells', 'Higher', 120000, 29000, 29500],
      ]),
    ]);
    assert.equal(r.indicators[0].rag, null);
    assert.match(kinds(r, 'annual-to-date-refused')[0].message, /the year to date, 58,500, is measured against 6\/12/);
  });

  it('needs one of the two months to end no quarter, and strong evidence: never a spread of last year to date alone', () => {
    const row = (periods: (number | null)[], extra: Partial<IndicatorRow> = {}) => {
      const ps: PeriodValue[] = periods.map((v) =>
        v === null ? { kind: 'empty' } : { kind: 'number', value: v, fromText: false },
      );
      return {
        periods: ps,
        periodColumns: periods.map((v, i) => (v === null ? null : i + 4)),
        annualTarget: 120000,
        outturnPrevYear: null,
        profile: 'flat',
        polarity: 'higher',
        name: 'Elective spells',
        shown: undefined,
        ...extra,
      } as IndicatorRow;
    };
    assert.equal(monthShareOfTarget(row([9650, 9800]), null)?.evidence, 'count');
    // June and September: quarters' last months only.
    assert.equal(monthShareOfTarget(row([null, null, 9650, null, null, 9800]), null), null);
    const lastYear = { header: 'Apr-May 2024', value: 19000, col: 9 };
    assert.equal(monthShareOfTarget(row([9650.5, 9800.5], { lastYearToDate: lastYear }), null), null);
  });
});

describe('A time in weeks or days with no polarity (Northern Ireland planning)', () => {
  const planning = (polarity: string | null) =>
    sheet('Statutory', [
      [
        'Ref',
        'Statutory Indicator',
        ...(polarity === null ? [] : ['Polarity']),
        'Statutory Standard',
        'Apr-Jun',
        'Jul-Sep',
      ],
      [
        'P1',
        'Major planning applications: average processing time (weeks)',
        ...(polarity === null ? [] : [polarity]),
        '30 weeks',
        45.2,
        33.1,
      ],
      ['P3', 'Enforcement cases concluded within 39 weeks %', ...(polarity === null ? [] : ['Higher']), '70%', 72, 68],
      ['ED1', 'Jobs promoted through business start-up activity', ...(polarity === null ? [] : ['Higher']), 85, 20, 41],
    ]);

  it('does not rate "average processing time (weeks)" with no polarity column, where 33.1 against 30 weeks was green and a fall from 45.2 "down"', () => {
    const r = scored([planning(null)]);
    const p1 = pick(r, 'P1');
    assert.deepEqual([p1.variancePct, p1.rag, p1.dot, p1.trend], [null, null, null, null]);
    assert.equal(p1.reason, 'a time with nothing to say whether a lower or a higher time is better');
    assert.equal(r.executiveSummary.notRated, 1);
    const own = kinds(r, 'polarity-assumed').map((f) => f.message);
    assert.equal(
      own.find((m) => m.startsWith('P1:')),
      'P1: its name says its figures are times and its target is 30 weeks, and nothing says whether a lower or a ' +
        'higher time is better (no Higher / Lower is better? for it), so it is not rated (no variance, RAG colour or ' +
        'DOT, counted under "Not rated") rather than take higher as better, which would make a slower time green; ' +
        'give it a polarity (Lower for a processing or waiting time) and score again.',
    );
    assert.match(
      own.find((m) => m.startsWith('The table'))!,
      /higher is taken as better for its 2 indicators/,
    );
    // The percentage within 13 weeks and the count are no times: scored as before.
    assert.deepEqual([pick(r, 'P3').rag, pick(r, 'ED1').rag], ['amber', 'red']);
  });

  it('says it once where its Polarity cell is blank, never "higher is taken as better" beside it', () => {
    const r = scored([planning('')]);
    assert.equal(pick(r, 'P1').rag, null);
    const said = kinds(r, 'polarity-assumed').filter((f) => f.message.startsWith('P1:'));
    assert.equal(said.length, 1);
    assert.doesNotMatch(said[0].message, /higher is taken as better/);
  });

  it('scores it as before where the polarity says Lower: 33.1 weeks against 30 is −10.33%, red, DOT improving', () => {
    const p1 = pick(scored([planning('Lower')]), 'P1');
    assert.deepEqual([p1.variancePct, p1.rag, p1.dot], [-10.33, 'red', 'up']);
  });

  it('gives a time with no target and no polarity no DOT, with a Check, where a faster time was "down"', () => {
    const r = scored([
      sheet('Service', [
        ['Indicator', 'Target', 'Q1', 'Q2'],
        ['Average time taken to process new benefit claims (days)', '', 24, 19],
        ['Jobs created', 100, 40, 60],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual([i.dot, i.trend, i.status], [null, null, 'no target']);
    assert.equal(r.executiveSummary.noTarget, 1);
    assert.match(
      kinds(r, 'polarity-assumed')
        .map((f) => f.message)
        .join('\n'),
      /so no DOT or Trend is given/,
    );
    assert.equal(r.indicators[1].dot, 'up');
  });

  it('gives ambulance times ("mm:ss") with no standard and no polarity no DOT, where 8:12 to 7:55 was "down"', () => {
    const g = sheet('ARP', [
      ['Measure', 'Standard', 'Q1', 'Q2'],
      ['Category 1 mean', null, mmss(8, 12), mmss(7, 55)],
    ]);
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r > 0 && c >= 2 ? 'mm:ss' : null));
    const r = scored([g]);
    assert.deepEqual([r.indicators[0].dot, r.indicators[0].status], [null, 'no target']);
    assert.equal(
      kinds(r, 'polarity-assumed')[0].message,
      '"Category 1 mean": its figures are times, and nothing says whether a lower or a higher time is better (no ' +
        'Higher / Lower is better? for it), so no DOT or Trend is given rather than call a faster time worsening; give ' +
        'it a polarity (Lower for a response, processing or waiting time) and score again.',
    );
    assert.equal(kinds(r, 'polarity-assumed').length, 1, 'no "higher is taken as better" for the table');
  });

  it('does not rate a time against month targets with no polarity ("Sep-25 Plan | Sep-25 Actual"), where 6.8 weeks against 6 was green', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Sep-25 Plan', 'Sep-25 Actual', 'Oct-25 Plan', 'Oct-25 Actual'],
        ['Average wait for first appointment (weeks)', 6, 7.5, 6, 6.8],
        ['Referrals received', 900, 950, 900, 1010],
      ]),
    ]);
    const wait = r.indicators[0];
    assert.deepEqual([wait.variancePct, wait.rag, wait.dot], [null, null, null]);
    assert.equal(wait.reason, 'a time with nothing to say whether a lower or a higher time is better');
    assert.equal(r.executiveSummary.notRated, 1);
    assert.equal(kinds(r, 'target-missing').length, 0, 'it has targets: never "no target"');
    assert.match(
      kinds(r, 'polarity-assumed')
        .map((f) => f.message)
        .join('\n'),
      /"Average wait for first appointment \(weeks\)": its name says its figures are times and it has targets for its months, .* so it is not rated/,
    );
    assert.equal(r.indicators[1].rag, 'green');
  });

  it('tells a time measure by its name, never a share within a time or a count', () => {
    for (const name of [
      'Major applications: average processing time (weeks)',
      'Average time taken to process new claims (days)',
      'Average days to re-let a void',
      'Call answering time (mins)',
      'Response time in minutes',
    ])
      assert.equal(timeMeasureName(name), true, name);
    for (const name of [
      'Applications determined within 13 weeks %',
      'Bins collected on time',
      'First time entrants to the youth justice system',
      'Working days lost to sickness per FTE',
      'Number of days in temporary accommodation over 6 weeks',
      'Full-time equivalent staff',
    ])
      assert.equal(timeMeasureName(name), false, name);
  });
});

describe("A county's district rows with refs of their own", () => {
  it('reads "W1a Ashford", "W1b Canterbury" under "W1 Household waste recycled (county)" as its breakdown, where each was counted with two Checks', () => {
    const r = scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W1', 'Household waste recycled (county) %', 'Higher', 50, 48, 51],
        ['W1a', 'Ashford', '', '', 45, 47],
        ['W1b', 'Canterbury', '', '', 52, 53],
        ['W2', 'Residual waste per household (kg)', 'Lower', 120, 118, 121],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['W1', 'W2'],
    );
    assert.equal(r.executiveSummary.noTarget, 0);
    assert.equal(kinds(r, 'target-missing').length, 0);
    assert.ok(
      r.findings.some(
        (f) =>
          f.message.split(' To score')[0] ===
          `'County' rows 3–4 ("W1a Ashford", "W1b Canterbury") have figures but no polarity or target, and refs that ` +
            `extend "W1", the ref of "Household waste recycled (county) %" above them, so they are read as its ` +
            `breakdown by place, not scored or counted.`,
      ),
    );
  });

  it('reads three or more rows named as places ("W1.1 Tunbridge Wells", "W1.2 Folkestone and Hythe" …) as the breakdown, with refs in the name column', () => {
    const r = scored([
      sheet('County', [
        ['Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W1 Household waste recycled %', 'Higher', 50, 48, 51],
        ['W1.1 Ashford', '', '', 45, 47],
        ['W1.2 Tunbridge Wells', '', '', 52, 53],
        ['W1.3 Folkestone and Hythe', '', '', 50, 49],
        ['W2 Residual waste per household (kg)', 'Lower', 120, 118, 121],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['W1', 'W2'],
    );
  });

  it('keeps rows whose refs extend the one above but name parts of a measure ("W2a Dry recycling", "W2b Composting") as indicators', () => {
    const r = scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W2', 'Household waste recycled %', 'Higher', 50, 48, 51],
        ['W2a', 'Dry recycling', '', '', 25, 27],
        ['W2b', 'Composting', '', '', 23, 24],
        ['W3', 'Residual waste per household (kg)', 'Lower', 120, 118, 121],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['W2', 'W2a', 'W2b', 'W3'],
    );
    // Written in capitals, three of them: still a measure's words, not places.
    const capitals = scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W2', 'Household Waste Recycled %', 'Higher', 50, 48, 51],
        ['W2a', 'Dry Recycling Rate', '', '', 25, 27],
        ['W2b', 'Composting Rate', '', '', 23, 24],
        ['W2c', 'Reuse Rate', '', '', 1, 1],
      ]),
    ]);
    assert.equal(capitals.indicators.length, 4);
  });

  it('never takes "W10" for a part of "W1", nor a row with its own target or polarity', () => {
    assert.deepEqual(
      [extendsRef('W1a', 'W1'), extendsRef('W1.1', 'W1'), extendsRef('W1-A', 'W1'), extendsRef('W1(a)', 'W1')],
      [true, true, true, true],
    );
    assert.deepEqual([extendsRef('W10', 'W1'), extendsRef('W2', 'W1'), extendsRef('W1', 'W1')], [false, false, false]);
    const r = scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W1', 'Household waste recycled by district %', 'Higher', 50, 48, 51],
        ['W1a', 'Ashford', 'Higher', 48, 45, 47],
        ['W1b', 'Canterbury', '', '', 52, 53],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['W1', 'W1a', 'W1b'],
    );
  });

  it('tells a place name as written', () => {
    for (const name of ['Ashford', 'Tunbridge Wells', 'Folkestone and Hythe', 'Newcastle-under-Lyme', "King's Lynn"])
      assert.equal(placeName(name), true, name);
    for (const name of [
      'Dry recycling',
      'Dry Recycling Rate',
      'Total',
      'Target',
      'Households 2024',
      'Number of Visits',
    ])
      assert.equal(placeName(name), false, name);
  });
});
