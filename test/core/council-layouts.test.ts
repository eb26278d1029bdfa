/**
 * Layouts councils, NHS trusts, police and fire services actually use, hunted for silent misreadings:
 * directorate sub-headings and totals rows inside a table, "Target | Actual" pairs under period group
 * headers. Each is either read right or refused in one sentence saying how to head or map it.
 */
import { strict as assert } from 'assert';
import { prepareRun, type SheetGrid } from '../../src/core';
import { defaultState } from '../../src/core/state/state';
import { parseFigureText, parsePolarity, parseTargetCell } from '../../src/core/read/values';
import { recogniseHeader } from '../../src/core/read/headers';
import { sheet } from '../support/grids';
import { refusal, scored } from '../support/scoring';

const HEADER = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'];

/** A corporate report: title block, directorate sub-headings, a totals row. */
export const DIRECTORATES: SheetGrid = sheet('Q3 2024-25', [
  ['Anytown Borough Council'],
  ['Corporate Performance Report'],
  ['Quarter 3 2024/25'],
  [],
  [],
  [],
  HEADER,
  ['Adult Social Care'],
  ['ASC1', 'Reviews completed %', 'Higher', 90, 80, 85, 88],
  ['ASC2', 'Delayed transfers of care', 'Lower', 10, 12, 11, 9],
  ["Children's Services"],
  ['CS1', 'Re-referrals within 12 months %', 'Lower', 22, 25, 24, 21],
  ['CS2', 'Care leavers in education, employment or training %', 'Higher', 60, 50, 55, 58],
  ['Total', null, null, 182, 167, 175, 176],
  [],
  ['Place'],
  ['PL1', 'Missed bins per 100,000 collections', 'Lower', 50, 60, 45, 40],
]);

describe('Directorate sub-headings and totals rows inside a table', () => {
  it('scores every indicator under every sub-heading, not only those above the first', () => {
    const r = scored([DIRECTORATES]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['ASC1', 'ASC2', 'CS1', 'CS2', 'PL1'],
    );
    assert.equal(r.executiveSummary.total, 5);
  });

  it('scores PL1, under "Place" after a totals row and a blank row, on its December figure: 40 against 50, lower is better, green', () => {
    const pl1 = scored([DIRECTORATES]).indicators.find((i) => i.ref === 'PL1')!;
    assert.equal(pl1.latestValue, 40);
    assert.equal(pl1.variancePct, 20);
    assert.equal(pl1.rag, 'green');
  });

  it('reads a sub-heading straight under the header, rather than refusing the table as having no rows', () => {
    const r = scored([
      sheet('KPIs', [HEADER, ['Adult Social Care'], ['ASC1', 'Reviews completed %', 'Higher', 90, 80, 85, 88]]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['ASC1'],
    );
  });

  it('reads a sub-heading typed in the indicator column (the Ref cell blank)', () => {
    const r = scored([
      sheet('KPIs', [
        HEADER,
        [null, 'Adult Social Care'],
        ['ASC1', 'Reviews completed %', 'Higher', 90, 80, 85, 88],
        [null, "Children's Services"],
        ['CS1', 'Re-referrals %', 'Lower', 22, 25, 24, 21],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.ref),
      ['ASC1', 'CS1'],
    );
  });

  it('says which rows were read as sub-headings and which as totals, as Notes', () => {
    const notes = scored([DIRECTORATES]).findings.filter((f) => /sub-heading|totals row/.test(f.message));
    assert.deepEqual(
      notes.map((f) => [f.cell, f.severity]),
      [
        ['A8', 'info'],
        ['A11', 'info'],
        ['A14', 'info'],
        ['A16', 'info'],
      ],
    );
    assert.match(notes[2].message, /'Q3 2024-25' row 14 \("Total"\) is a totals row, not an indicator/);
    assert.match(notes[3].message, /row 16 \("Place"\) is read as a sub-heading inside the table/);
  });

  it('never scores "Total", "Grand total" or "Average" rows as indicators, but does score "Total homes built"', () => {
    const r = scored([
      sheet('KPIs', [
        HEADER,
        ['H1', 'Homes built - North', 'Higher', 100, 20, 40, 70],
        ['H2', 'Total homes built', 'Higher', 100, 30, 50, 80],
        [null, 'Total', 'Higher', 200, 50, 90, 150],
        [null, 'Grand total', null, 200, 50, 90, 150],
        ['', 'Average', null, 100, 25, 45, 75],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => i.name),
      ['Homes built - North', 'Total homes built'],
    );
    assert.equal(r.executiveSummary.total, 2);
  });

  it('still ends a table at a note, and starts the next at its own title and header', () => {
    const r = scored([
      sheet('KPIs', [
        ['Strategic measures 2024/25'],
        HEADER,
        ['S1', 'Rent collected %', 'Higher', 100, 90, 95, 99],
        ['NB – figures for Q3 are provisional'],
        [],
        ['Operational measures 2024/25'],
        ['Ref', 'Indicator', 'Target', 'Polarity', 'Q3', 'Q2', 'Q1'],
        ['O1', 'Days to re-let', 50, 'Lower', 40, 45, 60],
      ]),
    ]);
    assert.deepEqual(
      r.priorities.map((p) => [p.priorityName, p.total]),
      [
        ['Strategic measures', 1],
        ['Operational measures', 1],
      ],
    );
  });
});

describe('"Target | Actual" pairs under period group headers', () => {
  it('reads "Q1" and "Q2" over "Target | Actual" in the row above the header as each quarter\'s target and figure (session 12: it was refused; Q1\'s figure is never scored as Q2)', () => {
    const r = scored(
      [
        sheet(
          'Q2 KPIs',
          [
            [null, null, null, null, 'Q1', null, 'Q2', null],
            ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Target', 'Actual', 'Target', 'Actual'],
            ['K1', 'Rent collected %', 'Higher', 98, 95, 90, 96, 97],
            ['K2', 'Days to re-let', 'Lower', 30, 30, 40, 30, 29],
          ],
          [
            { top: 0, left: 4, bottom: 0, right: 5 },
            { top: 0, left: 6, bottom: 0, right: 7 },
          ],
        ),
      ],
      { quarter: 2 },
    );
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestPeriod, i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot]),
      [
        ['K1', 'Q2', 97, 96, 1.04, 'green', 'up'],
        ['K2', 'Q2', 29, 30, 3.33, 'green', 'up'],
      ],
      "Q2's Actual against Q2's own Target; DOT against Q1's pair (90 against 95, 40 days against 30)",
    );
  });

  it('refuses "2023/24" and "2024/25" over "Target | Actual", suggesting the quarter the sheet names', () => {
    const e = refusal([
      sheet('Q2 2024-25', [
        ['Performance report'],
        [null, null, null, '2023/24', null, '2024/25', null],
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', 'Target', 'Actual'],
        ['K1', 'Rent collected %', 'Higher', 97, 90, 98, 99],
      ]),
    ]);
    assert.match(
      e.message,
      /^'Q2 2024-25' row 3 has 2 value columns headed "Actual" \(columns E, G, under "2023\/24", "2024\/25" in row 2\)/,
    );
    assert.match(e.message, /such as "Q2 2023\/24 Actual", "Q2 2024\/25 Actual"/);
  });

  it('scores the table once each Actual is headed with its period', () => {
    const r = scored([
      sheet('Q2 KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 Actual', 'Q2 Actual'],
        ['K1', 'Rent collected %', 'Higher', 98, 90, 97],
      ]),
    ]);
    const k1 = r.indicators[0];
    assert.equal(k1.latestMonth, 'Sep');
    assert.equal(k1.latestValue, 97);
  });
});

describe('Quarter targets in the table ("Q2 Target", or "Target" under "Q2")', () => {
  it("scores Homes built's Q2 190 against its Q2 target of 200 (−5.00%, amber), not the annual 400 (−52.50%, red)", () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Annual Target', 'Q1 Target', 'Q1 Actual', 'Q2 Target', 'Q2 Actual'],
        ['HB1', 'Homes built', 'Higher', 400, 100, 90, 200, 190],
      ]),
    ]);
    const hb1 = r.indicators[0];
    assert.equal(hb1.periodTarget, 200);
    assert.equal(hb1.variancePct, -5);
    assert.equal(hb1.rag, 'amber');
    assert.equal(hb1.previous?.periodTarget, 100, "Q1's 90 is measured against Q1's target for DOT");
  });

  it('scores a table whose only targets are quarter targets, rather than count every indicator as "No target"', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Q1 Target', 'Q1 Actual', 'Q2 Target', 'Q2 Actual'],
        ['K1', 'Rent collected %', 'Higher', 95, 90, 96, 97],
        ['K2', 'Days to re-let', 'Lower', 30, 40, 30, 29],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.periodTarget, i.variancePct, i.rag]),
      [
        ['K1', 96, 1.04, 'green'],
        ['K2', 30, 3.33, 'green'],
      ],
    );
    assert.equal(r.findings.filter((f) => f.kind === 'target-missing').length, 0);
  });

  it('reads "Target" and "Actual" under each quarter label (merged over the pair) as that quarter\'s target and figure', () => {
    const r = scored([
      sheet(
        'KPIs',
        [
          ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Q1', null, 'Q2', null],
          [null, null, null, null, 'Target', 'Actual', 'Target', 'Actual'],
          ['K1', 'Rent collected %', 'Higher', 98, 95, 96, 96, 95.5],
          ['K2', 'Homes built (cumulative)', 'Higher', 400, 100, 80, 200, 210],
        ],
        [
          { top: 0, left: 4, bottom: 0, right: 5 },
          { top: 0, left: 6, bottom: 0, right: 7 },
        ],
      ),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.latestMonth, i.latestValue, i.periodTarget, i.variancePct, i.rag, i.dot]),
      [
        ['K1', 'Sep', 95.5, 96, -0.52, 'amber', 'down'],
        ['K2', 'Sep', 210, 200, 5, 'green', 'up'],
      ],
    );
  });

  it('reads the pairs the same when each quarter label heads only the first column of its pair (not merged)', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Q1', null, 'Q2', null],
        [null, null, null, 'Target', 'Actual', 'Target', 'Actual'],
        ['K1', 'Rent collected %', 'Higher', 95, 96, 96, 95.5],
      ]),
    ]);
    assert.equal(r.indicators[0].latestValue, 95.5);
    assert.equal(r.indicators[0].periodTarget, 96);
  });

  it("reads each quarter's Target | Actual | RAG triple, leaving the analyst's own RAG cells unread and unwritten", () => {
    const grids = [
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Q1', null, null, 'Q2', null, null],
        [null, null, null, 'Target', 'Actual', 'RAG', 'Target', 'Actual', 'RAG'],
        ['K1', 'Rent collected %', 'Higher', 95, 96, 'G', 96, 95.5, 'A'],
      ]),
    ];
    const k1 = scored(grids).indicators[0];
    assert.deepEqual([k1.latestValue, k1.periodTarget, k1.rag], [95.5, 96, 'amber']);
    const run = prepareRun(grids, defaultState());
    assert.deepEqual(
      run.ownedCells.filter((c) => c.col === 5 || c.col === 8),
      [],
      "the RAG cells under Q1 and Q2 are the analyst's",
    );
  });

  it('refuses "Target | Actual" under financial years, saying how to head the columns, not "no indicator rows under it"', () => {
    const e = refusal([
      sheet(
        'Q2 2024-25',
        [
          ['Corporate performance'],
          [],
          ['Ref', 'Indicator', 'Polarity', '2023/24', null, '2024/25', null],
          [null, null, null, 'Target', 'Actual', 'Target', 'Actual'],
          ['K1', 'Rent collected %', 'Higher', 97, 96, 98, 97.5],
        ],
        [
          { top: 2, left: 3, bottom: 2, right: 4 },
          { top: 2, left: 5, bottom: 2, right: 6 },
        ],
      ),
    ]);
    assert.equal(
      e.message,
      `'Q2 2024-25' rows 3 and 4 are a two-row header: row 4 holds "Target" and "Actual" under "2023/24", "2024/25", and which period each figure is cannot be told from that, so nothing was scored; head the columns in one row, each figure with its period and each target as a target, such as "Q2 2024/25 Actual" and "Target 2024/25".`,
    );
  });

  it('scores the year table once headed as the refusal says', () => {
    const r = scored([
      sheet('Q2 2024-25', [
        ['Ref', 'Indicator', 'Polarity', 'Target 2024/25', 'Q2 2024/25 Actual'],
        ['K1', 'Rent collected %', 'Higher', 98, 97.5],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2 2024/25');
    assert.equal(r.indicators[0].variancePct, -0.51);
  });

  it('still never reads "Q3 Target" as the Q3 figure', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3 Target'],
        ['K1', 'Rent collected %', 'Higher', 98, 97, 98.5, 99],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2');
    assert.equal(r.indicators[0].latestValue, 98.5);
  });
});

describe('Targets written with the comparator after the figure', () => {
  it('reads "90+", "95%+", "95% or above", "60 and over" as higher is better, "10% or less", "5 max", "4 and below" as lower', () => {
    const cases: [string, number, 'higher' | 'lower'][] = [
      ['90+', 90, 'higher'],
      ['95%+', 95, 'higher'],
      ['95% or above', 95, 'higher'],
      ['95% or more', 95, 'higher'],
      ['60 and over', 60, 'higher'],
      ['10% or less', 10, 'lower'],
      ['10% or below', 10, 'lower'],
      ['4 and below', 4, 'lower'],
      ['5 max', 5, 'lower'],
      ['> = 95', 95, 'higher'],
      ['= < 5', 5, 'lower'],
      ['Target: 95%', 95, 'higher'],
    ];
    for (const [typed, value, polarity] of cases) {
      const t = parseTargetCell(typed);
      assert.equal(t.value, value, typed);
      if (typed !== 'Target: 95%') assert.equal(t.polarity, polarity, typed);
      else assert.equal(t.polarity, undefined, 'a plain figure after the label gives no polarity');
    }
  });

  it('scores "10% or less" against 11%: lower is better, −10.00%, red, where it was "No target"', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Target', 'Q1', 'Q2'],
        ['S1', 'Staff turnover %', '10% or less', '9%', '11%'],
        ['S2', 'Calls answered %', '90+', 91, 89],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.periodTarget, i.variancePct, i.rag]),
      [
        ['S1', 10, -10, 'red'],
        ['S2', 90, -1.11, 'amber'],
      ],
    );
  });
});

describe('Money typed in millions and thousands, and units in brackets in headers', () => {
  it('reads "£1.2m" as 1,200,000, "£450k" as 450,000 and "£1.1bn" as 1,100,000,000, exactly', () => {
    assert.deepEqual(parseFigureText('£1.2m'), { value: 1200000, unit: '£', multiplier: 1e6 });
    assert.equal(parseFigureText('£450k')?.value, 450000);
    assert.equal(parseFigureText('£1.1bn')?.value, 1100000000);
    assert.equal(parseFigureText('3.4 million')?.value, 3400000);
    assert.equal(parseFigureText('−£0.3m')?.value, -300000);
  });

  it('keeps "12m" without a currency sign a note (minutes, months or metres?), and "8 mins" minutes', () => {
    assert.equal(parseFigureText('12m'), null);
    assert.deepEqual(parseFigureText('8 mins'), { value: 8, unit: 'mins' });
  });

  it('scores savings of £1.2m against a target of £1.5m (−20.00%, red), where it was a data gap', () => {
    const r = scored([
      sheet('Finance', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['F1', 'Savings delivered', 'Higher', '£1.5m', '£1.4m', '£1.2m'],
        ['F2', 'Business rates collected', 'Higher', 2000000, '£1.9m', '£2.1m'],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.status, i.latestValue, i.periodTarget, i.variancePct]),
      [
        ['F1', 'off target', 1200000, 1500000, -20],
        ['F2', 'on target', 2100000, 2000000, 5],
      ],
    );
  });

  it('refuses "£1.4m" beside a target typed 1.5 in a "Target (£m)" column, rather than score 1.4 million against 1.5', () => {
    const e = refusal([
      sheet('Finance', [
        ['Ref', 'Indicator', 'Polarity', 'Target (£m)', 'Q1', 'Q2'],
        ['F1', 'Savings delivered', 'Higher', 1.5, '£1.4m', '£1.2m'],
      ]),
    ]);
    assert.equal(
      e.message,
      `'Finance' row 2 (F1) has figures typed in millions or thousands ("£1.4m") beside the target typed as a plain 1.5, a hundred or more times smaller, so which scale is meant cannot be told and nothing was scored; write them the same way, all with the "m" (or "k") or all in full.`,
    );
  });

  it('reads "Target (£m)", "Target (%)", "Q1 (%)", "Outturn (days)" and "Q3 Target (£m)" by their words, the unit set aside', () => {
    assert.deepEqual(recogniseHeader('Target (£m)'), { kind: 'field', field: 'target' });
    assert.deepEqual(recogniseHeader('Target (%)'), { kind: 'field', field: 'target' });
    assert.deepEqual(recogniseHeader('Q1 (%)'), { kind: 'quarter', quarter: 1 });
    assert.deepEqual(recogniseHeader('Outturn (days)'), { kind: 'field', field: 'outturn' });
    assert.equal(recogniseHeader('Q3 Target (£m)'), null, 'never the Q3 figure');
    assert.equal(recogniseHeader('Benchmark (%)'), null);
  });

  it('scores a table whose target is headed "Target (%)", where every indicator was "No target"', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target (%)', 'Q1 (%)', 'Q2 (%)'],
        ['K1', 'Rent collected', 'Higher', 98, 97, 98.5],
      ]),
    ]);
    assert.equal(r.indicators[0].periodTarget, 98);
    assert.equal(r.indicators[0].variancePct, 0.51);
  });
});

describe('A column headed "Direction" that holds the polarity', () => {
  it('reads "Direction" over Lower / Higher / Minimise as the polarity: Days to re-let 31 against 30 is −3.33%, amber, not +3.33% green', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Direction', 'Target', 'Q1', 'Q2'],
        ['D1', 'Days to re-let', 'Lower', 30, 33, 31],
        ['D2', 'Rent collected %', 'Higher', 98, 97, 99],
        ['D3', 'Complaints', 'Minimise', 30, 33, 31],
      ]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.variancePct, i.rag]),
      [
        ['D1', -3.33, 'amber'],
        ['D2', 1.02, 'green'],
        ['D3', -3.33, 'amber'],
      ],
    );
    assert.equal(r.findings.filter((f) => f.kind === 'polarity-assumed').length, 0);
  });

  it('never writes DOT arrows over the polarity cells it read: column C is not an owned cell', () => {
    const run = prepareRun(
      [
        sheet('KPIs', [
          ['Ref', 'Indicator', 'Direction', 'Target', 'Q1', 'Q2'],
          ['D1', 'Days to re-let', 'Lower', 30, 33, 31],
        ]),
      ],
      defaultState(),
    );
    assert.deepEqual(
      run.ownedCells.filter((c) => c.col === 2),
      [],
    );
  });

  it('refuses "Direction" holding only Up and Down with no polarity column, saying how to head or map it', () => {
    const e = refusal([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Direction', 'Target', 'Q1', 'Q2'],
        ['D1', 'Days to re-let', 'Down', 30, 33, 31],
        ['D2', 'Rent collected %', 'Up', 98, 97, 99],
      ]),
    ]);
    assert.match(
      e.message,
      /^'KPIs' row 1 has a column headed "Direction" holding Up and Down, and no polarity column, so whether it says which way is better or which way the figures moved cannot be told and nothing was scored; head it "Polarity" .*\{"columns":\{"Direction":"polarity"\}\}/,
    );
  });

  it('scores it once mapped: Direction as polarity', () => {
    const r = scored(
      [
        sheet('KPIs', [
          ['Ref', 'Indicator', 'Direction', 'Target', 'Q1', 'Q2'],
          ['D1', 'Days to re-let', 'Down', 30, 33, 31],
        ]),
      ],
      { mapping: { columns: { Direction: 'polarity' } } },
    );
    assert.equal(r.indicators[0].variancePct, -3.33);
  });

  it('keeps "Direction" over arrows and Improving / Worsening a typed direction of travel, as before', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Direction'],
        ['D1', 'Days to re-let', 'Lower', 30, 33, 31, 'Improving'],
      ]),
    ]);
    assert.equal(r.indicators[0].dot, 'up');
    assert.equal(r.indicators[0].variancePct, -3.33);
  });
});

describe('Targets and figures on separate rows (an NHS integrated performance report)', () => {
  it("refuses, rather than score the Target row's 95s as the A&E figures and drop the Actual row", () => {
    const e = refusal([
      sheet('IPR', [
        ['Ref', 'Indicator', 'Polarity', '', 'Apr', 'May', 'Jun', 'Jul'],
        ['A1', 'A&E 4 hour %', 'Higher', 'Target', 95, 95, 95, 95],
        [null, null, null, 'Actual', 74, 76, 73, 71],
        ['A2', 'Cancer 62 day %', 'Higher', 'Target', 85, 85, 85, 85],
        [null, null, null, 'Actual', 70, 72, 69, 75],
      ]),
    ]);
    assert.equal(
      e.message,
      `'IPR' gives each indicator's targets and figures on separate rows (column D says "Target" on some rows and "Actual" on others, from row 2), but one row per indicator is read, so nothing was scored rather than score targets as figures; put each indicator on one row, its figures under the period columns and its target in a Target column (or each period's target in a "Q1 Target" … column), or list the month targets on a sheet named Targets.`,
    );
  });

  it('refuses the same layout with the name repeated on both rows and the column headed "Measure"', () => {
    const e = refusal([
      sheet('IPR', [
        ['Ref', 'Indicator', 'Polarity', 'Measure', 'Apr', 'May', 'Jun', 'Jul'],
        ['A1', 'A&E 4 hour %', 'Higher', 'Target', 95, 95, 95, 95],
        ['A1', 'A&E 4 hour %', 'Higher', 'Actual', 74, 76, 73, 71],
      ]),
    ]);
    assert.match(
      e.message,
      /^'IPR' gives each indicator's targets and figures on separate rows \(column D says "Target"/,
    );
  });
});

describe('Months numbered from April ("M6", "Month 6"), as NHS and council finance reports head them', () => {
  it("reads M1 … M6 as April … September: RTT at M6 is September's 65 against 92", () => {
    const r = scored([
      sheet('IPR', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6'],
        ['N1', 'RTT within 18 weeks %', 'Higher', 92, 60, 61, 62, 63, 64, 65],
      ]),
    ]);
    assert.equal(r.quarter, 'Q2');
    assert.equal(r.indicators[0].latestMonth, 'Sep');
    assert.equal(r.indicators[0].latestValue, 65);
    assert.equal(r.indicators[0].previous?.month, 'Jun');
  });

  it('reads "Month 4" as July, where the refusal used to suggest mapping it to Q4 (March)', () => {
    assert.deepEqual(recogniseHeader('Month 4'), { kind: 'month', month: 4 });
    assert.deepEqual(recogniseHeader('M04'), { kind: 'month', month: 4 });
    assert.deepEqual(recogniseHeader('Month 12'), { kind: 'month', month: 12 });
    assert.equal(recogniseHeader('Month 13'), null);
    assert.equal(recogniseHeader('M'), null);
  });
});

describe('Indicator rows left below a table after two blank rows', () => {
  it('says which rows look like indicators but were not scored, as a Check', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['A', 'Rent collected %', 'Higher', 100, 90, 95],
        [],
        [],
        ['B', 'Days to re-let', 'Lower', 30, 33, 31],
        ['C', 'Voids %', 'Lower', 2, 3, 2.5],
      ]),
    ]);
    assert.equal(r.indicators.length, 1);
    const f = r.findings.filter((x) => /under no table header/.test(x.message));
    assert.deepEqual(
      f.map((x) => [x.cell, x.severity]),
      [['B5', 'warning']],
    );
    assert.match(
      f[0].message,
      /^'KPIs' rows 5–6 \("Days to re-let", "Voids %"\) look like indicators but are under no table header \(two blank rows end the table headed in row 1\), so they were not scored or counted\./,
    );
  });

  it('says nothing of a note or a totals row below a table', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['A', 'Rent collected %', 'Higher', 100, 90, 95],
        [],
        [],
        ['NB – Q2 figures are provisional'],
        [null, 'Total', null, 100, 90, 95],
      ]),
    ]);
    assert.equal(r.findings.filter((x) => /under no table header/.test(x.message)).length, 0);
  });
});

describe('Amber thresholds and tolerances typed the ways councils type them', () => {
  const THRESHOLDS = sheet('KPIs', [
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Amber threshold', 'Q1', 'Q2'],
    ['T1', 'Rent collected %', 'Higher', 98, 96, 97, 95],
    ['T2', 'Days to re-let', 'Lower', 30, 35, 33, 34],
    ['T3', 'Calls answered %', 'Higher', 90, 5, 86, 86],
  ]);

  it('reads an amber threshold of 96 against a target of 98 as the level where amber ends: 95 is red, not amber within "96%"', () => {
    const r = scored([THRESHOLDS]);
    const t1 = r.indicators.find((i) => i.ref === 'T1')!;
    assert.equal(t1.rag, 'red');
    assert.equal(t1.toleranceMode, 'absolute');
    assert.equal(t1.tolerancePct, 2);
  });

  it('scores 34 days against 30 with an amber threshold of 35 amber (within 5 days)', () => {
    const t2 = scored([THRESHOLDS]).indicators.find((i) => i.ref === 'T2')!;
    assert.equal(t2.rag, 'amber');
    assert.equal(t2.tolerancePct, 5);
  });

  it('keeps a threshold far from the target (5 against 90) a tolerance in percent, as before', () => {
    const t3 = scored([THRESHOLDS]).indicators.find((i) => i.ref === 'T3')!;
    assert.equal(t3.tolerancePct, 5);
    assert.equal(t3.toleranceMode ?? 'relative', 'relative');
    assert.equal(t3.rag, 'amber', '86 against 90 is −4.44%, within 5%');
  });

  it('reads a tolerance of "±2%" as 2%, and "3 days" as 3 days either side (absolute)', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Tolerance', 'Q1', 'Q2'],
        ['T1', 'Rent collected %', 'Higher', 98, '±2%', 97, 96.5],
        ['T2', 'Days to re-let', 'Lower', 30, '3 days', 33, 32],
      ]),
    ]);
    const [t1, t2] = r.indicators;
    assert.equal(t1.tolerancePct, 2);
    assert.equal(t1.rag, 'amber');
    assert.equal(t2.tolerancePct, 3);
    assert.equal(t2.toleranceMode, 'absolute');
    assert.equal(t2.rag, 'amber', '32 days is 2 days over 30, within 3');
    assert.equal(r.findings.filter((f) => f.kind === 'unreadable-cell').length, 0, 'neither is "unreadable"');
  });
});

describe('Year-to-date figures against an annual target', () => {
  it('says, as a Check, that "Q2 YTD" figures are measured against the whole annual target when there is no Profile column', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Q1 YTD', 'Q2 YTD'],
        ['T1', 'Homes built', 'Higher', 400, 90, 190],
      ]),
    ]);
    const f = r.findings.filter((x) => /says its figures are year to date/.test(x.message));
    assert.deepEqual(
      f.map((x) => [x.cell, x.severity]),
      [['D1', 'warning']],
    );
    assert.equal(r.indicators[0].periodTarget, 400, 'scored as before: the rule is the Profile column');
  });

  it('says nothing once a Profile column says Cumulative, and scores Q2 against half the target', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Profile', 'Q1 YTD', 'Q2 YTD'],
        ['T1', 'Homes built', 'Higher', 400, 'Cumulative', 90, 190],
      ]),
    ]);
    assert.equal(r.findings.filter((x) => /year to date/.test(x.message)).length, 0);
    assert.equal(r.indicators[0].periodTarget, 200);
  });
});

describe('Polarity cells with an arrow beside the words, or one letter', () => {
  it('reads "Lower is better (↓)", "Minimise ↓", "Higher is Better ↑", "H" and "L", where higher was assumed for four of them', () => {
    const cases: [string, 'higher' | 'lower' | null][] = [
      ['Lower is better (↓)', 'lower'],
      ['Minimise ↓', 'lower'],
      ['Higher is Better ↑', 'higher'],
      ['H', 'higher'],
      ['L', 'lower'],
      ['Lower ↑', null],
      ['Higher ↓', null],
    ];
    for (const [typed, polarity] of cases) assert.equal(parsePolarity(typed), polarity, typed);
  });

  it('scores "Minimise ↓" lower is better: 95 against 100 is +5.00%, green', () => {
    const r = scored([
      sheet('KPIs', [
        ['Ref', 'Indicator', 'Good is', 'Target', 'Q1', 'Q2'],
        ['P1', 'Complaints', 'Minimise ↓', 100, 90, 95],
      ]),
    ]);
    assert.equal(r.indicators[0].variancePct, 5);
    assert.equal(r.findings.filter((f) => f.kind === 'polarity-assumed').length, 0);
  });
});
