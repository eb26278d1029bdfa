/**
 * Session 12's hunt (helper layouts5, docs/workbook.md "Layouts hunted", session 12): police and crime
 * commissioners' scorecards, fire and rescue, NHS trusts' IPRs, combined authorities, London boroughs, parish
 * and town councils, district shared-service packs, academy trusts and probation — period labels stacked
 * over "Target | Actual", RAG bands written out in words, green and red thresholds, a figure and its target
 * in one cell, terms, hidden columns and the row-per-area refusal's words.
 */
import { strict as assert } from 'assert';
import type { Area, CellValue, ScoreResult } from '../../src/core';
import { bandsAmberAmount, ragBandsOf } from '../../src/core/read/rag-bands';
import { areasTogether } from '../../src/core/read/by-area';
import { parseTypedStatus } from '../../src/core/read/rule-cells';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref || i.name === ref)!;
const kinds = (r: ScoreResult, kind: string) => r.findings.filter((f) => f.kind === kind);
const says = (r: ScoreResult, words: RegExp) => r.findings.filter((f) => words.test(f.message));
/** A label merged over columns `left` … `right` of the first row. */
const over = (left: number, right: number): Area => ({ top: 0, left, bottom: 0, right });
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

describe('Period labels in the row above "Target | Actual" pairs (a PCC scorecard, a fire service, a Welsh council)', () => {
  it('reads "Qtr 1 25/26" and "Qtr 2 25/26" merged over each pair as that quarter\'s target and figure, where the table was refused', () => {
    const r = scored([
      sheet(
        'PCC',
        [
          ['', '', '', 'Qtr 1 25/26', '', 'Qtr 2 25/26', ''],
          ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Target', 'Actual'],
          ['PCP1', '999 calls answered within 10 seconds %', 'Higher', 90, 88.1, 90, 91.2],
          ['PCP2', 'Victim satisfaction %', 'Higher', 80, 76, 80, 74],
        ],
        [over(3, 4), over(5, 6)],
      ),
    ]);
    assert.deepEqual(scores(r), [
      ['PCP1', 'Q2', 91.2, 90, 1.33, 'green', 'up'],
      ['PCP2', 'Q2', 74, 80, -7.5, 'red', 'down'],
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.equal(says(r, /not recognised/).length, 0, 'the pairs\' Target columns are read, not "not recognised"');
  });

  it('reads "Quarter 1" and "Quarter 2" over unmerged "Target | Actual | RAG" triples, the RAG cells the analyst\'s (never read as the status)', () => {
    const r = scored([
      sheet('Fire', [
        ['', '', '', 'Quarter 1', '', '', 'Quarter 2', '', ''],
        ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'RAG', 'Target', 'Actual', 'RAG'],
        ['FRS1', 'Dwelling fires per 10,000', 'Lower', 8, 7.5, 'G', 8, 8.6, 'G'],
      ]),
    ]);
    assert.deepEqual(scores(r), [['FRS1', 'Q2', 8.6, 8, -7.5, 'red', 'down']]);
    assert.equal(
      kinds(r, 'typed-status-disagrees').length,
      0,
      "Q2's own \"G\" is the analyst's, not the table's status",
    );
  });

  it("draws Trend from last year's quarter label over its own pair, and never reads last year's target as this year's", () => {
    const r = scored([
      sheet(
        'PCC',
        [
          ['', '', '', 'Qtr 2 24/25', '', 'Qtr 1 25/26', '', 'Qtr 2 25/26', ''],
          ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual'],
          ['P1', 'Burglary per 1,000', 'Lower', 6, 6.4, 5.5, 5.8, 5.5, 5.2],
        ],
        [over(3, 4), over(5, 6), over(7, 8)],
      ),
    ]);
    const i = pick(r, 'P1');
    assert.deepEqual(
      [i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot, i.trend],
      [5.2, 5.5, 5.45, 'green', 'up', 'up'],
    );
  });

  it('keeps a column after the last merged label ("Annual target", "Polarity", "DOT") the table\'s own', () => {
    const r = scored([
      sheet(
        'PCC',
        [
          ['', '', 'Q1', '', 'Q2', '', '', ''],
          ['Ref', 'Measure', 'Target', 'Actual', 'Target', 'Actual', 'Polarity', 'DOT'],
          ['P1', 'Burglary per 1,000', 6, 6.4, 6, 5.8, 'Lower', ''],
        ],
        [over(2, 3), over(4, 5)],
      ),
    ]);
    assert.deepEqual(
      scores(r),
      [['P1', 'Q2', 5.8, 6, 3.33, 'green', 'up']],
      'lower is better, from the Polarity after the pairs',
    );
    assert.equal(kinds(r, 'polarity-assumed').length, 0);
  });

  it('runs an unmerged label on over its pair alone: an "Annual target" after the last pair is the table\'s', () => {
    const r = scored([
      sheet('PCC', [
        ['', '', 'Q1', '', 'Q2', '', ''],
        ['Ref', 'Measure', 'Target', 'Actual', 'Target', 'Actual', 'Annual target'],
        ['P1', 'Victim satisfaction %', 80, 78, 81, 82, 85],
      ]),
    ]);
    assert.deepEqual(
      scores(r),
      [['P1', 'Q2', 82, 81, 1.23, 'green', 'up']],
      "Q2's own target of 81, not the year's 85",
    );
  });

  it('reads the labels beside a report title in the same row', () => {
    const r = scored([
      sheet(
        'PCC',
        [
          ['Police and Crime Plan scorecard', '', 'Q1', '', 'Q2', ''],
          ['Ref', 'Measure', 'Target', 'Actual', 'Target', 'Actual'],
          ['P1', 'Victim satisfaction %', 80, 78, 80, 82],
        ],
        [over(2, 3), over(4, 5)],
      ),
    ]);
    assert.deepEqual(scores(r), [['P1', 'Q2', 82, 80, 2.5, 'green', 'up']]);
  });

  it('still refuses financial years over the pairs ("2024/25" over "Target | Actual"): which quarter each Actual holds is not said', () => {
    const e = refusal([
      sheet(
        'PCC',
        [
          ['', '', '2024/25', '', '2025/26', ''],
          ['Ref', 'Measure', 'Target', 'Actual', 'Target', 'Actual'],
          ['P1', 'Victim satisfaction %', 80, 78, 80, 82],
        ],
        [over(2, 3), over(4, 5)],
      ),
    ]);
    assert.match(e.message, /2 value columns headed "Actual" \(columns D, F, under "2024\/25", "2025\/26" in row 1\)/);
  });
});

describe('RAG bands written out in words ("Green ≥ 95%, Amber 90–95%")', () => {
  it("reads the green bound as the target and amber's as where red begins, where there is no Target column and every indicator was No target", () => {
    const r = scored([
      sheet('IPR', [
        ['Ref', 'Metric', 'RAG thresholds', 'Apr-25', 'May-25', 'Jun-25'],
        ['Q01', 'VTE risk assessment %', 'Green ≥ 95%, Amber 90–95%, Red < 90%', 94.2, 95.1, 92.3],
        ['Q02', 'Sepsis screening %', 'Green ≥ 90%, Amber 85–90%', 88, 91, 84.5],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestValue, i.periodTarget, i.rag]),
      [
        ['Q01', 92.3, 95, 'amber'],
        ['Q02', 84.5, 90, 'red'],
      ],
      '92.3 is in the amber band 90–95; 84.5 is below the amber band 85–90',
    );
    assert.equal(kinds(r, 'target-missing').length, 0);
    assert.equal(kinds(r, 'polarity-assumed').length, 0, '"≥" says higher is better');
    const note = says(r, /RAG bands in words/);
    assert.equal(note.length, 1);
    assert.match(note[0].message, /^'IPR' column C \("RAG thresholds"\) holds each indicator's RAG bands in words/);
  });

  it('never takes the bands in a "RAG" column for a typed Green, and gives lower-is-better bands their polarity (27 complaints against 20 was green)', () => {
    const r = scored([
      sheet('KPI', [
        ['Ref', 'Measure', 'Target', 'RAG', 'Q1', 'Q2'],
        ['K1', 'Average days to re-let', 10, 'Green ≤ 10, Amber 11–15, Red > 15', 12, 8],
        ['K2', 'Complaints upheld', 20, 'G: <=20; A: 21-25; R: >25', 22, 27],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.variancePct, i.rag]),
      [
        ['K1', 20, 'green'],
        ['K2', -35, 'red'],
      ],
    );
    assert.equal(kinds(r, 'typed-status-disagrees').length, 0);
    assert.equal(kinds(r, 'status-column-not-owned').length, 0, 'the bands Note says whose the column is');
  });

  it('reads "Green: 95% or above, Amber: 90% to 94.9%, Red: below 90%" under "Thresholds": 89.5 is red', () => {
    const r = scored([
      sheet('KPI', [
        ['Ref', 'Measure', 'Thresholds', 'Q1', 'Q2'],
        ['K1', 'Calls answered %', 'Green: 95% or above, Amber: 90% to 94.9%, Red: below 90%', 91, 89.5],
      ]),
    ]);
    assert.deepEqual([pick(r, 'K1').periodTarget, pick(r, 'K1').rag], [95, 'red']);
  });

  it('still reads a RAG column of typed statuses as typed', () => {
    const r = scored([
      sheet('KPI', [
        ['Ref', 'Measure', 'Target', 'RAG', 'Q1', 'Q2'],
        ['K1', 'Calls answered %', 90, 'Green', 91, 85],
      ]),
    ]);
    assert.equal(kinds(r, 'typed-status-disagrees').length, 1);
  });

  it('tells bands from a status as written', () => {
    assert.deepEqual(ragBandsOf('Green ≥ 95%, Amber 90–95%, Red < 90%'), {
      target: '≥ 95%',
      green: 95,
      polarity: 'higher',
      amberEnds: 90,
    });
    assert.deepEqual(ragBandsOf('G: <=20; A: 21-25; R: >25'), {
      target: '≤ 20',
      green: 20,
      polarity: 'lower',
      amberEnds: 25,
    });
    assert.equal(ragBandsOf('Green 95%')?.target, undefined, 'one colour and a figure is no band');
    for (const status of ['Green', 'Green – on target', 'Red/Amber', 'Amber – within 5%', 'G'])
      assert.equal(ragBandsOf(status), null, status);
    assert.equal(bandsAmberAmount(ragBandsOf('Green ≥ 95%, Amber 90–95%')!, 0.95), 0.05, 'a target read as 0.95');
    assert.equal(bandsAmberAmount(ragBandsOf('Green ≥ 95%, Amber 90–95%')!, 96), null, 'bands that are not the target');
    // Bands no target can be read from are still no status; a status with a comment is one.
    assert.equal(parseTypedStatus('Green = 100%, Amber 95-99%, Red <95%'), null);
    assert.equal(parseTypedStatus('Red - 3 months behind, Amber recovery plan'), 'red');
  });
});

describe('"Green threshold | Red threshold" with no Target column (a district\'s shared-service pack)', () => {
  it('reads the green threshold as the target and the red as where amber ends, where every indicator was No target', () => {
    const r = scored([
      sheet('KPI', [
        ['Ref', 'Measure', 'Polarity', 'Green threshold', 'Red threshold', 'Q1', 'Q2'],
        ['K1', 'Calls answered %', 'Higher', 90, 80, 85, 87],
        ['K2', 'Days to re-let', 'Lower', 30, 40, 35, 33],
        ['K3', 'Budget variance %', 'Close to target', 2, 5, 1, 3],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.periodTarget, i.variancePct, i.rag]),
      [
        ['K1', 90, -3.33, 'amber'],
        ['K2', 30, -10, 'amber'],
        ['K3', null, null, null],
      ],
      '87 is above the red threshold of 80; 33 days below 40; a two-sided threshold is no target',
    );
    assert.match(
      says(r, /has no Target column/)[0].message,
      /"Green threshold" \(column D\) is read as the target of the 2 indicators whose polarity says higher or lower is better, and "Red threshold" \(column E\) as where amber ends and red begins; for the other one it is no target/,
    );
  });
});

describe('Headers and columns read where they were not', () => {
  it('reads "Good performance" over High / Low as the polarity, where the table was refused', () => {
    const r = scored([
      sheet('LB', [
        ['Ref', 'Measure', 'Good performance', 'Target', 'Q1', 'Q2'],
        ['LB1', 'Households in temporary accommodation', 'Low', 3000, 3200, 3100],
      ]),
    ]);
    assert.deepEqual([pick(r, 'LB1').variancePct, pick(r, 'LB1').rag], [-3.33, 'amber']);
  });

  it('reads "Date of latest" beside "Latest" as each row\'s period, where it asked for the quarter', () => {
    const r = scored([
      sheet('CA', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Latest', 'Date of latest'],
        ['CA2', 'Residents with level 3 qualification %', 'Higher', 60, 57.4, 'Sep-25'],
        ['CA3', 'Bus journeys on time %', 'Higher', 85, 83, 'Jun-25'],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2025/26');
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestMonth, i.rag]),
      [
        ['CA2', 'Sep', 'amber'],
        ['CA3', 'Jun', 'amber'],
      ],
    );
    assert.equal(kinds(r, 'carried-forward').length, 1, "CA3's June figure is carried into Q2, with its Check");
  });

  it('says an "Actual YTD" figure is measured against the whole annual target, as "Q2 YTD" does', () => {
    const r = scored(
      [
        sheet('Fire', [
          ['Ref', 'Measure', 'Polarity', 'Annual target', 'Actual YTD'],
          ['F1', 'Home fire safety visits', 'Higher', 2000, 1010],
        ]),
      ],
      { quarter: 2 },
    );
    assert.equal(says(r, /"Actual YTD" says its figures are year to date/).length, 1);
  });

  it('uses the shown "Target" over a hidden one beside it, where the hidden (last year\'s) was used', () => {
    const grid = sheet('KPI', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Target', 'Q1', 'Q2'],
      ['K1', 'Calls answered %', 'Higher', 85, 90, 88, 89],
    ]);
    const r = scored([{ ...grid, hiddenColumns: [3] }]);
    assert.deepEqual([pick(r, 'K1').periodTarget, pick(r, 'K1').rag], [90, 'amber']);
    assert.match(
      says(r, /second Target column/)[0].message,
      /column D "Target" \(hidden\) is a second Target column; column E "Target" is used/,
    );
  });
});

describe('Refusals that say what the layout is and how to fix it', () => {
  it('refuses "Term 1 | Term 2 | Term 3" as school terms, where the mapping offered read Term 1 as Q1', () => {
    const e = refusal([
      sheet('Trust', [
        ['KPI', 'Target', 'Term 1', 'Term 2', 'Term 3'],
        ['Attendance %', 96, 95.1, 94.2, null],
      ]),
    ]);
    assert.match(e.message, /its columns "Term 1", "Term 2" and "Term 3" are school terms/);
    // Each term's month, the summer's kept (fresh user 16: "leave out the summer term" dropped the year's end).
    assert.match(e.message, /Term 1 \(autumn\) to Dec, Term 2 \(spring\) to Apr and Term 3 \(summer\) to Jul/);
    assert.doesNotMatch(e.message, /to Q1/);
    assert.equal(e.mappingHint?.suggestedMapping, null);
  });

  it('refuses a figure and its target in one cell ("45 / 50"), where mapping the columns as asked made every indicator a data gap', () => {
    const grids = [
      sheet('Town', [
        ['Ref', 'Measure', 'Q1 (Actual / Target)', 'Q2 (Actual / Target)'],
        ['T1', 'Allotment plots let', '45 / 50', '48 / 50'],
        ['T2', 'Events held', '3 / 4', '5 / 4'],
      ]),
    ];
    const e = refusal(grids, {
      mapping: { columns: { 'Q1 (Actual / Target)': 'Q1', 'Q2 (Actual / Target)': 'Q2' } },
    } as never);
    assert.equal(
      e.message,
      '\'Town\' holds two figures in each period cell ("45 / 50" in column C, under "Q1 (Actual / Target)", "Q2 (Actual / Target)"), such as a figure and its target, but one figure is read from each cell, so every indicator would be a data gap and nothing was scored; keep the figures in those columns and put the targets in columns of their own, headed with their period (such as "Q1 Target"), then score again.',
    );
    // Under period headers it says so at once.
    const direct = refusal([
      sheet('Town', [
        ['Ref', 'Measure', 'Q1', 'Q2'],
        ['T1', 'Allotment plots let', '45 / 50', '48 / 50'],
      ]),
    ]);
    assert.match(direct.message, /holds two figures in each period cell/);
  });

  it('still scores a table of figures with one "3/4" among them, naming the note', () => {
    const r = scored([
      sheet('Town', [
        ['Ref', 'Measure', 'Target', 'Q1', 'Q2'],
        ['T1', 'Allotment plots let', 50, 45, 48],
        ['T2', 'Events held', 4, '3/4', 5],
      ]),
    ]);
    assert.equal(pick(r, 'T2').latestValue, 5);
  });

  it('says to keep the figures for all the PDUs (academies, councils) together, not "the whole council\'s", to a probation service or a trust', () => {
    const cases: [string, CellValue[][], RegExp][] = [
      [
        'PDU',
        [
          ['Measure', 'PDU', 'Target', 'Q1', 'Q2'],
          ['Accommodation on release %', 'Cardiff', 75, 70, 72],
          ['Accommodation on release %', 'Swansea', 75, 68, 71],
        ],
        /with the figures for all the PDUs together, and move the rows for each PDU/,
      ],
      [
        'Academy',
        [
          ['Measure', 'Academy', 'Target', 'Q1', 'Q2'],
          ['Attendance %', 'Oakfield Primary', 96, 95.1, 94.2],
          ['Attendance %', 'Hillside Academy', 96, 93.2, 92.8],
        ],
        /with the figures for all the academies together/,
      ],
      [
        'Council',
        [
          ['Ref', 'Measure', 'Council', 'Target', 'Q1', 'Q2'],
          ['SS1', 'Benefit new claims (days)', 'Adur', 20, 22, 19],
          ['SS1', 'Benefit new claims (days)', 'Worthing', 20, 24, 21],
        ],
        /with the figures for all the councils together/,
      ],
    ];
    for (const [what, rows, words] of cases) {
      const e = refusal([sheet('Rows', rows)]);
      assert.match(e.message, words, what);
      assert.doesNotMatch(e.message, /whole council/, what);
    }
    assert.deepEqual(['Ward', 'Local authority', 'School name', 'GP practice', 'Parish', 'LA'].map(areasTogether), [
      'wards',
      'local authorities',
      'schools',
      'GP practices',
      'parishes',
      'LAs',
    ]);
  });
});

describe("A county's rows taken for places by how their names are written (session 11's leftover)", () => {
  const county = (names: string[], parent = 'Contacts handled') =>
    scored([
      sheet('County', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['W4', parent, 'Higher', 50000, 12000, 24500],
        ['W4a', names[0], '', '', 4000, 8100],
        ['W4b', names[1], '', '', 3000, 6100],
        ['W4c', names[2], '', '', 500, 1000],
      ]),
    ]);

  it('says so as a Check, not a Note, where only the capitals made "Fly Tipping", "Graffiti", "Abandoned Vehicles" places', () => {
    const r = county(['Fly Tipping', 'Graffiti', 'Abandoned Vehicles']);
    assert.equal(r.indicators.length, 1);
    const check = says(r, /whether they are places is a guess/);
    assert.equal(check.length, 1);
    assert.equal(check[0].severity, 'warning');
    assert.match(check[0].message, /If they are measures of their own, give each a polarity or a target/);
  });

  it('keeps the Note where the indicator says "by district"', () => {
    const r = county(['Ashford', 'Canterbury', 'Dover'], 'Contacts handled by district');
    assert.equal(says(r, /whether they are places is a guess/).length, 0);
    assert.equal(says(r, /read as its breakdown by place/)[0].severity, 'info');
  });
});

describe('Sector tables read right (or refused rightly) as they were', () => {
  it('a combined authority\'s "Baseline (2023/24) | Target 2025/26 | Stretch target": the target, never the stretch', () => {
    const r = scored([
      sheet('CA', [
        [
          'Ref',
          'Indicator',
          'Polarity',
          'Baseline (2023/24)',
          'Target 2025/26',
          'Stretch target',
          'Q1 2025/26',
          'Q2 2025/26',
        ],
        ['CA1', 'Residents in good work %', 'Higher', 72.1, 74, 76, 73.2, 74.5],
      ]),
    ]);
    assert.deepEqual([pick(r, 'CA1').periodTarget, pick(r, 'CA1').rag], [74, 'green']);
  });

  it("an IPR's percentages as fractions (0.95 against 0.768) and a fraction target over whole percentages (not rated)", () => {
    const fractions = scored([
      sheet('IPR', [
        ['Ref', 'Metric', 'Target', 'Apr-25', 'May-25', 'Jun-25'],
        ['Q01', 'A&E 4 hour performance', 0.95, 0.741, 0.752, 0.768],
      ]),
    ]);
    assert.deepEqual([pick(fractions, 'Q01').variancePct, pick(fractions, 'Q01').rag], [-19.16, 'red']);
    const mixed = scored([
      sheet('IPR', [
        ['Ref', 'Metric', 'Target', 'Apr-25', 'May-25', 'Jun-25'],
        ['Q01', 'A&E 4 hour performance %', 0.95, 74.1, 75.2, 76.8],
      ]),
    ]);
    assert.equal(pick(mixed, 'Q01').status, 'not rated');
    assert.equal(kinds(mixed, 'percentage-scales').length, 1);
  });

  it('polarity as arrows: "Direction" holding "↑ good" / "↓ good", "Polarity" holding ↑ / ↓, "Aim" holding "↓ Reduce"', () => {
    for (const [header, down, up] of [
      ['Direction', '↓ good', '↑ good'],
      ['Polarity', '↓', '↑'],
      ['Aim', '↓ Reduce', '↑ Increase'],
      ['Better if', 'Lower', 'Higher'],
    ]) {
      const r = scored([
        sheet('PCC', [
          ['Ref', 'Measure', header, 'Target', 'Q1', 'Q2'],
          ['P1', 'Repeat victims of domestic abuse', down, 30, 32, 28],
          ['P2', 'Victim satisfaction %', up, 80, 76, 74],
        ]),
      ]);
      assert.deepEqual(
        r.indicators.map((i) => i.rag),
        ['green', 'red'],
        `${header}: 28 repeat victims against 30 (lower is better), 74% against 80%`,
      );
    }
  });

  it('quarter targets in a block to the right ("Q1 Actual | Q2 Actual | Q1 Target | Q2 Target") and a one-quarter pack', () => {
    const block = scored([
      sheet('LB', [
        ['Ref', 'Measure', 'Polarity', 'Q1 Actual', 'Q2 Actual', 'Q1 Target', 'Q2 Target'],
        ['LB3', 'Homes built', 'Higher', 40, 90, 50, 100],
      ]),
    ]);
    assert.deepEqual([pick(block, 'LB3').periodTarget, pick(block, 'LB3').rag], [100, 'red']);
    const one = scored([
      sheet('LB', [
        ['Ref', 'Measure', 'Polarity', 'Q2 Target', 'Q2 Actual', 'Q2 RAG', 'Q2 Comment'],
        ['L5', 'Missed collections', 'Lower', 50, 55, 'A', 'Vehicle breakdown'],
      ]),
    ]);
    assert.deepEqual([pick(one, 'L5').variancePct, pick(one, 'L5').rag], [-10, 'red']);
  });

  it('a fire service\'s station rows under an indicator (its breakdown), and "Same quarter last year" (Trend)', () => {
    const r = scored([
      sheet('Fire', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Same quarter last year'],
        ['F1', 'Accidental dwelling fires', 'Lower', 100, 95, 90, 110],
        ['', 'North station', '', '', 40, 41, ''],
        ['', 'South station', '', '', 55, 49, ''],
      ]),
    ]);
    assert.equal(r.indicators.length, 1);
    assert.equal(pick(r, 'F1').trend, 'up');
  });

  it('a force\'s row per "Division" with a "Force total" row: refused, as a row per ward is', () => {
    const e = refusal([
      sheet('Force', [
        ['Measure', 'Division', 'Target', 'Q1', 'Q2'],
        ['Burglary', 'North', 500, 120, 240],
        ['Burglary', 'South', 400, 100, 210],
        ['Burglary', 'Force total', 900, 220, 450],
      ]),
    ]);
    assert.match(e.message, /one for each "Division"/);
  });

  it('refused rightly: a shared service\'s "Adur | Worthing | Combined" under "Q2"; a parish budget; "FY25 Q1" (mapped to Q1 by hand)', () => {
    assert.match(
      refusal([
        sheet(
          'Shared',
          [
            ['', '', '', 'Q2', '', ''],
            ['Ref', 'Measure', 'Target', 'Adur', 'Worthing', 'Combined'],
            ['SS2', 'Missed bins per 100,000', 60, 55, 70, 63],
          ],
          [over(3, 5)],
        ),
      ]).message,
      /a comparison table/,
    );
    assert.match(
      refusal([
        sheet('Parish', [
          ['Item', 'Budget', 'Spend to date', '% spent'],
          ['Grounds maintenance', 12000, 5400, 0.45],
        ]),
      ]).message,
      /^No indicator table found/,
    );
    assert.match(
      refusal([
        sheet('LB', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'FY25 Q1', 'FY25 Q2'],
          ['L1', 'Rent collected %', 'Higher', 97, 96.5, 97.5],
        ]),
      ]).message,
      /map "FY25 Q1" to Q1 and "FY25 Q2" to Q2/,
    );
  });
});
