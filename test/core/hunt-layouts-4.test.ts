/**
 * Session 11's hunt (helper layouts4, docs/workbook.md "Layouts hunted", session 11): shapes from sectors
 * not yet covered well — Welsh councils' bilingual headers and well-being objectives, Northern Ireland's
 * statutory indicators, Scottish LGBF tables, combined authorities and counties with their districts,
 * ambulance response times, ICB and mental health dashboards, fire, youth justice, academy trusts' terms,
 * universities' academic years, district and town councils, four-week periods and calendar quarters.
 */
import { strict as assert } from 'assert';
import type { ScoreResult } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import {
  isCalendarQuarter,
  isCalendarQuarterByMonths,
  isSchoolTerm,
  periodNumber,
  samePeriodEach,
} from '../../src/core/read/period-advice';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref || i.name === ref)!;
const kinds = (r: ScoreResult, kind: string) => r.findings.filter((f) => f.kind === kind);
/** A time as Excel keeps it: minutes and seconds as a fraction of a day. */
const mmss = (m: number, s: number) => (m * 60 + s) / 86400;

describe('Welsh councils: bilingual and Welsh headers, well-being objectives', () => {
  it('reads "Chwarter 1 / Quarter 1", "Targed / Target", "Cyf / Ref", "Dangosydd / Indicator" as they were', () => {
    const r = scored([
      sheet('PAMs', [
        ['Cyf / Ref', 'Dangosydd / Indicator', 'Targed / Target', 'Chwarter 1 / Quarter 1', 'Chwarter 2 / Quarter 2'],
        ['PAM/030', 'Percentage of waste reused, recycled or composted', 64, 66.2, 65.1],
      ]),
    ]);
    const i = pick(r, 'PAM/030');
    assert.deepEqual(
      [i.latestValue, i.latestPeriod, i.periodTarget, i.variancePct, i.rag],
      [65.1, 'Q2', 64, 1.72, 'green'],
    );
  });

  it('reads Welsh quarters alone — "Ch1 | Ch2", "Chwarter 1 | Chwarter 2", "Gwirioneddol Ch1" — as Q1 and Q2, where the table was refused', () => {
    for (const quarters of [
      ['Ch1', 'Ch2'],
      ['Chwarter 1', 'Chwarter 2'],
      ['Ch1 2025-26', 'Ch2 2025-26'],
      ['Gwirioneddol Ch1', 'Gwirioneddol Ch2'],
    ]) {
      const r = scored([
        sheet('DPau', [
          ['Cyfeirnod', 'Dangosydd', 'Polaredd / Polarity', 'Targed', ...quarters],
          ['PAM/001', 'Diwrnodau salwch fesul gweithiwr', 'Is yn well / Lower is better', 10.5, 2.6, 5.1],
        ]),
      ]);
      const i = pick(r, 'PAM/001');
      assert.deepEqual(
        [i.latestValue, i.latestPeriod, i.variancePct, i.rag, i.dot],
        [5.1, 'Q2', 51.43, 'green', 'down'],
        `${quarters.join(' | ')}: sickness days, lower is better (the Welsh polarity read)`,
      );
    }
  });

  it('reads Welsh months alone ("Ebrill | Mai | Mehefin | Gorffennaf"), where they were called a comparison table of organisations', () => {
    const r = scored([
      sheet('Misol', [
        ['Cyf', 'Dangosydd', 'Polaredd', 'Targed', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf'],
        ['CS1', 'Galwadau wedi eu hateb %', 'Uwch yn well', 90, 88, 91, 92, 89],
      ]),
    ]);
    const i = pick(r, 'CS1');
    assert.deepEqual([i.latestValue, i.latestMonth, i.variancePct, i.rag], [89, 'Jul', -1.11, 'amber']);
  });

  it('reads a Welsh-only polarity, "Polaredd" holding "Uwch yn well" and "Is yn well", where higher was taken as better for both', () => {
    const r = scored([
      sheet('PAM', [
        ['Cyf', 'Dangosydd', 'Polaredd', 'Targed', 'Ch1', 'Ch2'],
        ['PAM/030', 'Gwastraff wedi ei ailgylchu %', 'Uwch yn well', 64, 66.2, 65.1],
        ['PAM/001', 'Diwrnodau salwch fesul gweithiwr', 'Is yn well', 10.5, 2.6, 5.1],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.variancePct, i.rag]),
      [
        ['PAM/030', 1.72, 'green'],
        ['PAM/001', 51.43, 'green'],
      ],
      'sickness days 5.1 against 10.5, lower is better: it was −51.43%, red',
    );
    assert.equal(kinds(r, 'polarity-assumed').length, 0);
  });

  it('reads bilingual months ("Ebrill / April" …) as the months, as they were', () => {
    const r = scored([
      sheet('Misol', [
        ['Cyf / Ref', 'Dangosydd / Indicator', 'Targed / Target', 'Ebrill / April', 'Mai / May', 'Mehefin / June'],
        ['CS1', 'Calls answered %', 90, 88, 91, 92],
      ]),
    ]);
    assert.deepEqual([pick(r, 'CS1').latestValue, pick(r, 'CS1').latestMonth], [92, 'Jun']);
  });

  it('counts indicators under each "Well-being Objective" band row (also after its Welsh), where the plan was one priority', () => {
    const r = scored([
      sheet('WBO', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['Well-being Objective 1: Supporting a strong economy'],
        ['WBO1.1', 'Business start-ups supported', 'Higher', 40, 12, 25],
        ['Amcan Llesiant 2 / Well-being Objective 2: Healthy communities'],
        ['WBO2.1', 'Leisure centre visits', 'Higher', 300000, 80000, 160000],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.priorityName]),
      [
        // Known by their numbers, they keep them (fresh user 13).
        ['WBO1.1', 'Well-being Objective 1: Supporting a strong economy'],
        ['WBO2.1', 'Well-being Objective 2: Healthy communities'],
      ],
    );
    assert.equal(r.priorities.length, 2);
  });

  it('refuses "Targed 2024-25 / Target 2024-25 | Targed 2025-26 / Target 2025-26" beside undated quarters, where Q2 was scored as 2024/25 against last year\'s target', () => {
    const grids = [
      sheet('PAM', [
        [
          'Cyf / Ref',
          'Dangosydd / Indicator',
          'Polaredd',
          'Targed 2024-25 / Target 2024-25',
          'Targed 2025-26 / Target 2025-26',
          'Ch1 / Q1',
          'Ch2 / Q2',
        ],
        ['PAM/030', 'Waste recycled %', 'Uwch yn well', 66, 68, 66.2, 67.1],
      ]),
    ];
    const e = refusal(grids);
    assert.equal(
      e.message,
      '\'PAM\' row 1 has target columns of two years, "Targed 2024-25 / Target 2024-25" (column D) and "Targed 2025-26 / ' +
        'Target 2025-26" (column E), and its period headers name no year, so whether the figures are 2024/25\'s or ' +
        "2025/26's cannot be told and nothing was scored rather than measure them against the wrong year's targets; head " +
        'the periods with their year (such as "Q1 2025/26"), or map the target column of the figures\' year to target and ' +
        'the other to ignore.',
    );
    assert.equal(e.mapByHand, true);
    // Mapped as the message says, this year's: Q2 2025/26, 67.1 against 68, amber (it was +1.67%, green, against 66).
    const r = scored(grids, {
      mapping: {
        sheets: {
          PAM: {
            headerRow: 1,
            columns: { 'Targed 2024-25 / Target 2024-25': 'ignore', 'Targed 2025-26 / Target 2025-26': 'target' },
          },
        },
      },
    });
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual([r.indicators[0].periodTarget, r.indicators[0].rag], [68, 'amber']);
  });

  it('scores "Target 2024/25 | Target 2025/26" beside quarters of 2025/26 against this year\'s, as before', () => {
    const r = scored([
      sheet('PAM', [
        ['Ref', 'Indicator', 'Polarity', 'Target 2024/25', 'Target 2025/26', 'Q1 2025/26', 'Q2 2025/26'],
        ['PAM/030', 'Waste recycled %', 'Higher', 66, 68, 66.2, 67.1],
      ]),
    ]);
    assert.deepEqual([r.quarter, r.indicators[0].periodTarget], ['Q2 2025/26', 68]);
  });

  it('takes the quarter from a bilingual report title, and never names the priority after it', () => {
    const r = scored([
      sheet('PAM', [
        ['Adroddiad Perfformiad Chwarter 2 2025/26 / Performance Report Quarter 2 2025/26'],
        ['Cyf / Ref', 'Dangosydd / Indicator', 'Targed / Target', 'Gwirioneddol / Actual'],
        ['PAM/030', 'Waste recycled %', 64, 65.1],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual([r.indicators[0].priorityName, r.indicators[0].rag], ['PAM', 'green']);
  });

  it('reads a "PAM" column of "PAM/030" codes as the ref, where every indicator had none', () => {
    const r = scored([
      sheet('PAM', [
        [
          'PAM',
          'Description',
          'Good is',
          'Target 2025/26',
          'Q1 2025/26',
          'Q2 2025/26',
          'Wales median 2024/25',
          'Rank in Wales (of 22)',
        ],
        ['PAM/030', 'Waste recycled %', 'High', 67, 68, 69, 65.2, 7],
      ]),
    ]);
    const i = pick(r, 'PAM/030');
    // "Rank in Wales (of 22)": rank 7 of 22 is in the 2nd quartile (read/rank-columns.ts; fresh-user check 7).
    assert.deepEqual([i.ref, i.latestValue, i.periodTarget, i.rag, i.quartile], ['PAM/030', 69, 67, 'green', 2]);
  });

  it('reads "Ch1 / Q1" labels over "Targed / Target | Gwirioneddol / Actual" in the row above the header as Q1\'s and Q2\'s pairs (session 12: it was refused)', () => {
    const r = scored([
      sheet(
        'PAMs',
        [
          ['', '', 'Ch1 / Q1', '', 'Ch2 / Q2', ''],
          [
            'Cyf / Ref',
            'Mesur / Measure',
            'Targed / Target',
            'Gwirioneddol / Actual',
            'Targed / Target',
            'Gwirioneddol / Actual',
          ],
          ['PAM/012', 'Households prevented from homelessness %', 60, 58, 60, 63],
        ],
        [
          { top: 0, left: 2, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 0, right: 5 },
        ],
      ),
    ]);
    const i = pick(r, 'PAM/012');
    assert.deepEqual(
      [i.latestPeriod, i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot],
      ['Q2', 63, 60, 5, 'green', 'up'],
    );
  });
});

describe("Northern Ireland's statutory indicators", () => {
  it('reads "Statutory Indicator" as the name and "Statutory Standard" as the target, where the table was refused', () => {
    const r = scored([
      sheet('Statutory', [
        ['Ref', 'Statutory Indicator', 'Polarity', 'Statutory Standard', 'Apr-Jun', 'Jul-Sep'],
        ['P1', 'Major planning applications: average processing time (weeks)', 'Lower', '30 weeks', 45.2, 38.6],
        ['P3', 'Enforcement cases concluded within 39 weeks %', 'Higher', '70%', 72, 68],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.periodTarget, i.variancePct, i.rag]),
      [
        ['P1', 38.6, 30, -28.67, 'red'],
        ['P3', 68, 70, -2.86, 'amber'],
      ],
    );
  });

  it('reads a "Standard" column beside "Statutory Indicator" as the target', () => {
    const r = scored([
      sheet('Statutory', [
        ['Ref', 'Statutory Indicator', 'Polarity', 'Standard', 'Q1', 'Q2'],
        ['ED1', 'Jobs promoted through business start-up activity', 'Higher', 85, 20, 41],
      ]),
    ]);
    assert.deepEqual([pick(r, 'ED1').periodTarget, pick(r, 'ED1').latestValue], [85, 41]);
  });
});

describe('Scottish councils: LGBF codes, ranks, family groups', () => {
  it('reads "Code | Indicator | 2022-23 | 2023-24 | Rank (of 32) | Family group | Scotland average | Target" as an annual table, the comparators unread', () => {
    const r = scored([
      sheet('LGBF', [
        [
          'Code',
          'Indicator',
          'Good is',
          '2022-23',
          '2023-24',
          'Rank (of 32)',
          'Family group',
          'Scotland average',
          'Target',
        ],
        ['CHN1', 'Cost per primary school pupil (£)', 'Lower', 7512, 7890, 12, 'Family group 2', 7600, 7800],
        ['ENV2a', 'Net waste collection cost per premise (£)', 'Lower', 72, 75, 8, 'Family group 3', 77, 76],
      ]),
    ]);
    assert.equal(r.quarter, 'Q4 2023/24');
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.periodTarget, i.rag, i.quartile]),
      [
        ['CHN1', 7890, 7800, 'amber', 2],
        ['ENV2a', 75, 76, 'green', 1],
      ],
      'never the rank (12) or the Scotland average (7,600) as the target; the rank read as its quartile (12 of 32: 2nd; 8 of 32: 1st)',
    );
    // The rank is read (as the quartile); the family group and the Scotland average stay unread.
    assert.match(
      kinds(r, 'partial-table')[0].message,
      /recognised .*Comparative Performance.*not recognised: "Family group", "Scotland average"\.$/,
    );
  });
});

describe('Combined authorities and counties: districts', () => {
  it('refuses "Barnsley Q2 | Doncaster Q2 | …" as a column per district, where the mapping offered read each as a quarter', () => {
    const e = refusal([
      sheet('CA', [
        ['Ref', 'Indicator', 'Target', 'Barnsley Q2', 'Doncaster Q2', 'Rotherham Q2', 'Sheffield Q2'],
        ['E1', 'Employment rate %', 73, 70.1, 69.5, 71.2, 72.4],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.match(e.message, /look like one for each organisation or area, a comparison table/);
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('refuses one column per council with the total ("Barnsley | … | South Yorkshire"), and a row per local authority, as before', () => {
    const columns = refusal([
      sheet('CA', [
        ['Ref', 'Indicator', 'Target', 'Barnsley', 'Doncaster', 'Rotherham', 'Sheffield', 'South Yorkshire'],
        ['E1', 'Employment rate %', 73, 70.1, 69.5, 71.2, 72.4, 71.1],
      ]),
    ]);
    assert.match(columns.message, /a comparison table, which this product does not score/);
    const rows = refusal([
      sheet('CA', [
        ['Indicator', 'Local authority', 'Target', 'Q1', 'Q2'],
        ['Employment rate %', 'Barnsley', 73, 70.1, 70.4],
        ['Employment rate %', 'Doncaster', 73, 69.5, 69.9],
        ['Employment rate %', 'South Yorkshire', 73, 71.1, 71.2],
      ]),
    ]);
    assert.match(rows.message, /one for each "Local authority"/);
  });

  it('refuses a row per "PDU" (probation) or "Academy" (a trust\'s schools), where each row was counted as an indicator with no Check', () => {
    const pdu = refusal([
      sheet('Probation', [
        ['Measure', 'PDU', 'Target', 'Q1', 'Q2'],
        ['Accommodation on release %', 'Liverpool North', 75, 70, 72],
        ['Accommodation on release %', 'Liverpool South', 75, 68, 74],
      ]),
    ]);
    assert.match(
      pdu.message,
      /one for each "PDU" \(column B: "Accommodation on release %" for Liverpool North, Liverpool South\)/,
    );
    assert.match(pdu.message, /move the rows for each PDU to a sheet of their own/);
    const academy = refusal([
      sheet('Trust', [
        ['Measure', 'Academy', 'Target', 'Q1', 'Q2'],
        ['Attendance %', 'Oakwood Primary', 95, 94, 93],
        ['Attendance %', 'Elm Academy', 95, 96, 95],
      ]),
    ]);
    assert.match(academy.message, /one for each "Academy"/);
  });

  it("reads a county's district rows under an indicator as its breakdown, not indicators, as before", () => {
    const r = scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['ASC1', 'Delayed transfers of care per 100,000', 'Lower', 10, 11, 9],
        ['', 'Ashford', '', '', 13, 12],
        ['', 'Canterbury', '', '', 9, 7],
        ['ASC2', 'Reablement still at home after 91 days %', 'Higher', 82, 80, 84],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['ASC1', 'ASC2'],
    );
  });
});

describe('Ambulance response times: a time against a time standard', () => {
  const arp = (polarity: string | null) => {
    const g = sheet('ARP', [
      ['Measure', ...(polarity === null ? [] : ['Polarity']), 'Standard', 'Apr-25', 'May-25', 'Jun-25'],
      ['Category 1 mean', ...(polarity === null ? [] : [polarity]), mmss(7, 0), mmss(8, 12), mmss(7, 55), mmss(8, 2)],
      [
        'Category 2 mean',
        ...(polarity === null ? [] : [polarity]),
        mmss(30, 0),
        mmss(35, 20),
        mmss(31, 5),
        mmss(28, 0),
      ],
    ]);
    const first = polarity === null ? 1 : 2;
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r > 0 && c >= first ? 'mm:ss' : null));
    return g;
  };

  it('does not rate a time with no polarity, where higher was taken as better and 8:02 against 7:00 was green', () => {
    const r = scored([arp(null)]);
    const i = pick(r, 'Category 1 mean');
    assert.deepEqual([i.rag, i.variancePct, i.dot, i.status], [null, null, null, 'not rated']);
    assert.equal(i.reason, 'a time with nothing to say whether a lower or a higher time is better');
    const checks = kinds(r, 'polarity-assumed');
    assert.equal(checks.length, 2, 'one per indicator; no "higher is taken as better" for the table');
    assert.equal(
      checks[0].message,
      '"Category 1 mean": its target 7:00 and its figures are times, and nothing says whether a lower or a higher ' +
        'time is better (no Higher / Lower is better? for it), so it is not rated (no variance or RAG colour, counted ' +
        'under "Not rated") rather than take higher as better, which would make a slower time green; give it a ' +
        'polarity (Lower for a response or waiting time) and score again.',
    );
    assert.equal(r.executiveSummary.notRated, 2);
  });

  it('is not rated where the standard is typed "00:07:00" and the figures are "[h]:mm:ss" (Category 3 90th centile 3:10:00 against 2:00:00 was +58%)', () => {
    const g = sheet('ARP', [
      ['Measure', 'Standard', 'Q1', 'Q2'],
      ['Cat 3 90th centile', '02:00:00', mmss(250, 0), mmss(190, 0)],
    ]);
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r > 0 && c >= 2 ? '[h]:mm:ss' : null));
    const i = scored([g]).indicators[0];
    assert.deepEqual([i.rag, i.variancePct], [null, null]);
  });

  it('scores it as before where the polarity says Lower: 8:02 against 7:00 is −14.76%, red', () => {
    const r = scored([arp('Lower')]);
    const i = pick(r, 'Category 1 mean');
    assert.deepEqual([i.variancePct, i.rag], [-14.76, 'red']);
    assert.deepEqual([pick(r, 'Category 2 mean').variancePct, pick(r, 'Category 2 mean').rag], [6.67, 'green']);
    assert.equal(kinds(r, 'polarity-assumed').length, 0);
  });

  it('reads a standard typed with its comparator ("<= 7:00", "≤ 07:00", "under 8:00") as a time target, lower is better, where it was no target', () => {
    for (const standard of ['<= 7:00', '≤ 07:00', 'under 7:00', '<= 00:07:00']) {
      const g = sheet('ARP', [
        ['Measure', 'Standard', 'Q1', 'Q2'],
        ['Category 1 mean', standard, mmss(8, 12), mmss(6, 50)],
      ]);
      g.numberFormats = compactNumberFormats(g.values, (r, c) => (r > 0 && c >= 2 ? 'mm:ss' : null));
      const r = scored([g]);
      const i = r.indicators[0];
      assert.deepEqual(
        [i.periodTarget, i.variancePct, i.rag, i.dot],
        [mmss(7, 0), 2.38, 'green', 'up'],
        `${standard}: 6:50 against 7:00, faster than June's 8:12`,
      );
      assert.equal(kinds(r, 'polarity-assumed').length, 0, 'the comparator says lower is better');
    }
  });

  it('does not rate times against a standard typed "7 mins" (a plain 7), where it was +99.93%, green', () => {
    const g = sheet('ARP', [
      ['Measure', 'Polarity', 'Standard', 'Q1', 'Q2'],
      ['Category 1 mean', 'Lower', '7 mins', mmss(8, 12), mmss(6, 50)],
    ]);
    g.numberFormats = compactNumberFormats(g.values, (r, c) => (r > 0 && c >= 3 ? 'mm:ss' : null));
    const r = scored([g]);
    assert.deepEqual([r.indicators[0].rag, r.indicators[0].variancePct], [null, null]);
    assert.match(kinds(r, 'percentage-scales')[0].message, /a value 6:50 is a time and the target 7 a plain number/);
  });

  it('reads "<= 2:00" as two hours beside "[h]:mm" figures, and refuses to rate it against plain minutes', () => {
    const hours = sheet('ARP', [
      ['Measure', 'Standard', 'Q1', 'Q2'],
      ['Cat 3 90th centile', '<= 2:00', (3 * 60 + 10) / 1440, (1 * 60 + 50) / 1440],
    ]);
    hours.numberFormats = compactNumberFormats(hours.values, (r, c) => (r > 0 && c >= 2 ? '[h]:mm' : null));
    const h = scored([hours]).indicators[0];
    assert.deepEqual([h.periodTarget! * 24, h.variancePct, h.rag], [2, 8.33, 'green']);
    const plain = scored([
      sheet('ARP', [
        ['Measure', 'Standard', 'Q1', 'Q2'],
        ['Cat 1 mean (mins)', '<= 7:00', 8.2, 6.9],
      ]),
    ]);
    assert.deepEqual([plain.indicators[0].rag, plain.indicators[0].variancePct], [null, null]);
    assert.match(
      kinds(plain, 'percentage-scales')[0].message,
      /the target 7:00 is a time and a value 6\.9 a plain number/,
    );
  });
});

describe('NHS ICB and mental health dashboards', () => {
  it('reads "Sep-25 Plan | Sep-25 Actual | Oct-25 Plan | Oct-25 Actual" as month targets and figures, the "Variance" of counts left alone', () => {
    const r = scored([
      sheet('ICB', [
        ['Metric', 'Polarity', 'Sep-25 Plan', 'Sep-25 Actual', 'Oct-25 Plan', 'Oct-25 Actual', 'Variance'],
        ['A&E 4 hour %', 'Higher', 77, 75.1, 77.5, 76, -1.5],
      ]),
    ]);
    const i = r.indicators[0];
    assert.deepEqual(
      [i.latestValue, i.latestMonth, i.periodTarget, i.variancePct, i.rag],
      [76, 'Oct', 77.5, -1.94, 'amber'],
    );
    assert.equal(kinds(r, 'variance-column-not-owned').length, 1);
  });

  it('refuses "Plan | Actual | Variance | Trajectory" with no period, asking for the quarter', () => {
    const e = refusal([
      sheet('ICB', [
        ['Metric', 'Plan', 'Actual', 'Variance', 'Trajectory'],
        ['A&E 4 hour %', 78, 75.6, -2.4, 'Off track'],
      ]),
    ]);
    assert.match(e.message, /a value column "Actual" but nothing says which quarter it holds/);
  });

  it('scores out-of-area placement bed days against a target of 0 as off target', () => {
    const r = scored([
      sheet('MH', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['MH01', 'Inappropriate out of area placements (bed days)', 'Lower', 0, 420, 310],
        ['MH02', 'Early intervention in psychosis: treated within 2 weeks %', 'Higher', 60, 58, 64],
      ]),
    ]);
    assert.deepEqual([pick(r, 'MH01').rag, pick(r, 'MH01').dot], ['red', 'up']);
    assert.deepEqual([pick(r, 'MH02').variancePct, pick(r, 'MH02').rag], [6.67, 'green']);
  });
});

describe('Fire, youth justice, district and town councils', () => {
  it('never takes a fire service\'s "3-year average" for the target', () => {
    const r = scored([
      sheet('FRS', [
        ['Ref', 'Measure', 'Polarity', '3-year average', 'Target', 'Q1', 'Q2'],
        ['FRS1', 'Accidental dwelling fires per 100,000 population', 'Lower', 14.2, 13.5, 3.4, 6.9],
      ]),
    ]);
    assert.deepEqual([pick(r, 'FRS1').periodTarget, pick(r, 'FRS1').rag], [13.5, 'green']);
  });

  it('reads a youth justice table of "Jan-Mar 2025 | Apr-Jun 2025 | Jul-Sep 2025" as Q4 2024/25, Q1 and Q2 2025/26', () => {
    const r = scored([
      sheet('YJS', [
        ['Ref', 'Indicator', 'Good is', 'Target', 'Jan-Mar 2025', 'Apr-Jun 2025', 'Jul-Sep 2025'],
        ['YJ2', 'Binary reoffending rate %', 'Low', 33, 35.1, 34.2, 32.9],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual([pick(r, 'YJ2').latestValue, pick(r, 'YJ2').rag, pick(r, 'YJ2').dot], [32.9, 'green', 'up']);
  });

  it('keeps planning and waste names whole ("… within 13 weeks …", "… per 100,000") and scores them', () => {
    const r = scored([
      sheet('Planning', [
        ['PI', 'Description', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['PL1', 'Major applications determined within 13 weeks (or agreed extension) %', 'Higher', 60, 75, 82],
        ['WS1', 'Missed bin collections per 100,000', 'Lower', 50, 62, 48],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.name, i.rag]),
      [
        ['PL1', 'Major applications determined within 13 weeks (or agreed extension) %', 'green'],
        ['WS1', 'Missed bin collections per 100,000', 'green'],
      ],
    );
  });

  it("reads a town council's small table with a Comments column", () => {
    const r = scored([
      sheet('Town', [
        ['Measure', 'Target 2025/26', 'Q1', 'Q2', 'Comments'],
        ['Allotment plots let %', 95, 97, 96, 'Waiting list 12'],
      ]),
    ]);
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].rag], [96, 'green']);
  });
});

describe('Academic years and school terms', () => {
  it('reads a university\'s "Aug … Jul" months in time order: August to January this year, with the Note', () => {
    const r = scored([
      sheet('Uni', [
        [
          'Ref',
          'KPI',
          'Polarity',
          'Target',
          'Aug',
          'Sep',
          'Oct',
          'Nov',
          'Dec',
          'Jan',
          'Feb',
          'Mar',
          'Apr',
          'May',
          'Jun',
          'Jul',
        ],
        ['U1', 'Student continuation %', 'Higher', 90, 91, 90, 89, 88, 89, 90],
      ]),
    ]);
    assert.deepEqual([pick(r, 'U1').latestMonth, pick(r, 'U1').rag], ['Jan', 'green']);
    assert.ok(r.findings.some((f) => /run from "Aug" to "Jul", not April to March/.test(f.message)));
  });

  it('reads "Autumn | Spring | Summer" as the months the terms end in, where it called them one column per organisation', () => {
    // Fresh user 16: school terms in academic order, without years, are read (read/school-terms.ts), not refused.
    const r = scored([
      sheet('Trust KPIs', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Autumn', 'Spring', 'Summer'],
        ['ATT1', 'Attendance %', 'Higher', 95, 94.1, 93.6, null],
        ['ATT2', 'Persistent absence %', 'Lower', 15, 17.2, 18.5, null],
      ]),
    ]);
    assert.equal(r.quarter, 'Q1');
    assert.deepEqual([pick(r, 'ATT1').latestMonth, pick(r, 'ATT1').latestValue], ['Apr', 93.6]);
    assert.ok(r.findings.some((f) => /"Autumn" → Dec, "Spring" → Apr, "Summer" → Jul/.test(f.message)));
  });

  it('never maps terms with years ("Autumn term 2025 | Spring term 2026") to Q1, Q2 …', () => {
    // (Half terms without years, "Autumn 1" … "Summer 2", are read since fresh user 16: test/core/fresh-user-16.test.ts.)
    for (const terms of [
      ['Autumn term 2025', 'Spring term 2026'],
      ['Spring 2026', 'Summer 2026'],
    ]) {
      const e = refusal([
        sheet('Trust', [
          ['Measure', 'Target', ...terms],
          ['Attendance %', 95, 95.2, 94.1, 93.6],
        ]),
      ]);
      assert.doesNotMatch(e.message, /to Q1/, terms.join(' | '));
      assert.match(e.message, /are school terms/);
    }
  });
});

describe('Four-week periods and calendar quarters', () => {
  it('refuses "P1 … P13" as four-week periods, where P1 … P7 were mapped to April … October', () => {
    const e = refusal([
      sheet('Periods', [
        ['Ref', 'KPI', 'Polarity', 'Target', ...Array.from({ length: 13 }, (_, i) => `P${i + 1}`)],
        ['K1', 'Bus punctuality %', 'Higher', 85, 84, 86, 83, 85, 87, 86, 88],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Apr/);
    assert.match(
      e.message,
      /its columns "P1", "P2", "P3" … are four-week periods \(13 a year\), which are no months or quarters, so no mapping is suggested/,
    );
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('never maps "P1 | P2 | P3" to Q1 … Q3, and says they may be months or four-week periods', () => {
    const e = refusal([
      sheet('Periods', [
        ['KPI', 'Target', 'P1', 'P2', 'P3'],
        ['Bus punctuality %', 85, 84, 86, 83],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.match(e.message, /which may be months from April or four-week periods/);
  });

  it('refuses calendar quarters ("Q1 2025", "2025 Q1", "CY Q1") saying which two quarters each may be, where they were mapped to Q1 …', () => {
    for (const quarters of [
      ['Q1 2025', 'Q2 2025', 'Q3 2025'],
      ['2025 Q1', '2025 Q2', '2025 Q3'],
      ['CY Q1', 'CY Q2', 'CY Q3'],
    ]) {
      const e = refusal([
        sheet('CY', [
          ['KPI', 'Polarity', 'Target', ...quarters],
          ['Employment rate %', 'Higher', 73, 72, 72.5, 73.1],
        ]),
      ]);
      assert.doesNotMatch(e.message, /to Q1/, quarters.join(' | '));
      assert.match(
        e.message,
        /may be January to March \(the financial year's Q4\) or April to June \(its Q1\), so no mapping is suggested; head each with its financial year \("Q1 2025\/26"\)/,
      );
    }
  });
});

describe('Quarters named by the month they end, or numbered in the calendar year', () => {
  it('reads "Quarter ending Mar 2025 | Quarter ending Jun 2025 | Quarter ending Sep 2025" as Q4 2024/25, Q1 and Q2 2025/26, where it was refused', () => {
    const r = scored([
      sheet('CY', [
        ['KPI', 'Polarity', 'Target', 'Quarter ending Mar 2025', 'Quarter ending Jun 2025', 'Quarter ending Sep 2025'],
        ['Employment rate %', 'Higher', 73, 72, 72.5, 73.1],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].rag, r.indicators[0].dot], [73.1, 'green', 'up']);
  });

  it('reads no quarter from "Quarter ending Aug 2025" (no quarter ends in August)', () => {
    const e = refusal([
      sheet('CY', [
        ['KPI', 'Target', 'Quarter ending Aug 2025'],
        ['Employment rate %', 73, 72],
      ]),
    ]);
    assert.match(e.message, /no period column/);
  });

  it('refuses "Q1 (Jan-Mar) | Q2 (Apr-Jun) | Q3 (Jul-Sep)" saying the labels number a calendar year, and to head them by their months', () => {
    const e = refusal([
      sheet('CY', [
        ['KPI', 'Polarity', 'Target', 'Q1 (Jan-Mar)', 'Q2 (Apr-Jun)', 'Q3 (Jul-Sep)'],
        ['Employment rate %', 'Higher', 73, 72, 72.5, 73.1],
      ]),
    ]);
    assert.match(
      e.message,
      /number the quarters of a calendar year \(Q1 is January to March\), not of the financial year \(Q1 is April to June\), so they were not read and no mapping is suggested; head each by its months alone \("Jan-Mar", "Apr-Jun"\)/,
    );
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });
});

describe('Semesters, half years and rolling quarters', () => {
  it('never maps "Semester 1 | Semester 2" to Q1 and Q2', () => {
    const e = refusal([
      sheet('Uni', [
        ['KPI', 'Polarity', 'Target', 'Semester 1', 'Semester 2'],
        ['Module pass rate %', 'Higher', 85, 86, 84],
      ]),
    ]);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.match(e.message, /are parts of an academic year, which are no quarters of the financial year/);
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('never maps "H1 | H2" to the quarter scored, nor "H1 2024/25 | H2 2024/25 | H1 2025/26" to Q1 … Q3, and says H1 stands for Q2', () => {
    for (const halves of [
      ['H1', 'H2'],
      ['H1 2024/25', 'H2 2024/25', 'H1 2025/26'],
    ]) {
      const e = refusal([
        sheet('Half', [
          ['KPI', 'Polarity', 'Target', ...halves],
          ['Rent collected %', 'Higher', 98, 97, 98.5, 97.2],
        ]),
      ]);
      assert.doesNotMatch(e.message, /to Q1|to actual/, halves.join(' | '));
      assert.match(
        e.message,
        /are half years, which are no quarters, so no mapping is suggested; if the year runs from April, the first half's figure stands for September \(Q2\)/,
      );
    }
  });

  it('reads "Rolling 3 months to Jun-25 | Rolling 3 months to Sep-25" as Q1 and Q2, where it was refused', () => {
    const r = scored([
      sheet('MH', [
        ['KPI', 'Polarity', 'Target', 'Rolling 3 months to Jun-25', 'Rolling 3 months to Sep-25'],
        ['Talking therapies recovery %', 'Higher', 50, 49, 51],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual([r.indicators[0].latestValue, r.indicators[0].dot], [51, 'up']);
  });
});

describe('Period headers that are no months or quarters (read/period-advice.ts)', () => {
  it('tells school terms, calendar quarters and numbered periods', () => {
    assert.deepEqual(
      ['Autumn', 'Spring term', 'Summer 2', 'Aut 1', 'Autumn term 2025', 'Spring 2026', 'Autumnal', 'Sum'].map(
        isSchoolTerm,
      ),
      [true, true, true, true, true, true, false, true],
    );
    assert.deepEqual(
      ['Q1 2025', '2025 Q1', 'CY Q1', 'Calendar Q2', 'Q1 2025/26', 'Q1', 'Quarter 1 2024'].map(isCalendarQuarter),
      [true, true, true, true, false, false, true],
    );
    assert.deepEqual(['P1', 'P13', 'P 07', 'P14', 'Period 3', 'PI'].map(periodNumber), [1, 13, 7, null, null, null]);
    assert.deepEqual(
      ['Q1 (Jan-Mar)', 'Q4 Oct–Dec', 'Q1 (Apr-Jun)', 'Q2 (Jan-Mar)', 'Jan-Mar'].map(isCalendarQuarterByMonths),
      [true, true, false, false, false],
    );
  });

  it('finds one period under different names, never "Q2 Actual | Q2 Target" or one district', () => {
    assert.deepEqual(samePeriodEach(['Bolton Q2', 'Bury Q2', 'Wigan Q2']), ['Bolton Q2', 'Bury Q2', 'Wigan Q2']);
    assert.deepEqual(samePeriodEach(['Q2 Actual', 'Q2 Target']), []);
    assert.deepEqual(samePeriodEach(['Bolton Q1', 'Bolton Q2']), []);
  });
});
