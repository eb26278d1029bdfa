/** Reading the workbook the analyst already has: headers by name, in any order, in any of their layouts. */
import { strict as assert } from 'assert';
import { readWorkbook, scoreWorkbook, InputError, type CellValue } from '../../src/core';
import { indicatorRow, sheet, standardSheet, months } from '../support/grids';

function firstTable(rows: CellValue[][], name = 'Sheet1') {
  const model = readWorkbook([sheet(name, rows)]);
  assert.equal(model.tables.length, 1, 'one table');
  return model.tables[0];
}

describe('Reading indicator tables', () => {
  it('recognises headers by name, case- and space-insensitive, in any column order', () => {
    const t = firstTable([
      ['  DEC ', 'target', 'KPI', 'polarity', 'PI Ref', 'Direction of Travel', 'Quartile', '% variance'],
      [410, 400, 'Households helped', 'Higher', 'HS-09', '↑', '2nd Quartile', null],
    ]);
    assert.deepEqual(t.columns, { target: 1, name: 2, polarity: 3, ref: 4, dot: 5, quartile: 6, variance: 7 });
    assert.equal(t.monthColumns[8], 0);
    const row = t.rows[0];
    assert.equal(row.ref, 'HS-09');
    assert.equal(row.annualTarget, 400);
    assert.deepEqual(row.periods[8], { kind: 'number', value: 410, fromText: false });
  });

  it('reads a quarter-label row over the month row, merged or repeated', () => {
    const merged = firstTable([
      ['Ref', 'Performance Indicator', 'Target', 'Q1', null, null, 'Q2', null, null],
      [null, null, null, 'April', 'May', 'June', 'July', 'Aug', 'Sept'],
      ['A-1', 'Thing', 10, 1, 2, 3, 4, 5, 6],
    ]);
    assert.equal(merged.subHeaderRow, 1);
    assert.deepEqual(merged.monthColumns.slice(0, 6), [3, 4, 5, 6, 7, 8]);
    assert.equal(merged.firstRow, 2);
    const repeated = firstTable([
      ['Ref', 'Performance Indicator', 'Target', 'Q1', 'Q1', 'Q1'],
      [null, null, null, 'Apr', 'May', 'Jun'],
      ['A-1', 'Thing', 10, 1, 2, 3],
    ]);
    assert.deepEqual(repeated.monthColumns.slice(0, 3), [3, 4, 5]);
    assert.deepEqual(repeated.unrecognised, []);
  });

  it('reads a header merged down over a second row (of units) as all header: no indicator is made of it', () => {
    const downTwoRows = (col: number) => ({ top: 0, left: col, bottom: 1, right: col });
    const model = readWorkbook([
      sheet(
        'P',
        [
          ['Ref', 'Performance Indicator', '% Variance from Target', 'Q1', 'Q2', 'Q3'],
          [null, null, null, '(%)', '(%)', '(%)'],
          ['A-1', 'One', null, 9, 10, 11],
        ],
        [0, 1, 2].map(downTwoRows),
      ),
    ]);
    assert.deepEqual(
      model.tables[0].rows.map((r) => [r.ref, r.name]),
      [['A-1', 'One']],
    );
    assert.equal(model.tables[0].firstRow, 2);
    const notesDownTheTable = readWorkbook([
      sheet(
        'Q',
        [
          ['Ref', 'Performance Indicator', 'Target', 'Apr', 'Notes'],
          ['A-1', 'One', 10, 9],
          ['A-2', 'Two', 10, 11],
        ],
        [{ top: 0, left: 4, bottom: 2, right: 4 }],
      ),
    ]);
    assert.deepEqual(
      notesDownTheTable.tables[0].rows.map((r) => r.ref),
      ['A-1', 'A-2'],
      'a cell merged down the table does not swallow it',
    );
  });

  it('reads "Q1 April" month headers in one row', () => {
    const t = firstTable([
      ['Ref', 'Performance Indicator', 'Target', 'Q1 April', 'Q1 May', 'Q1 June', 'Q2 July'],
      ['A-1', 'Thing', 10, 1, 2, 3, 4],
    ]);
    assert.deepEqual(t.monthColumns.slice(0, 4), [3, 4, 5, 6]);
  });

  it('reads month headers that Excel turned into dates ("Apr-20" typed, 1 April 2020 kept)', () => {
    // Excel keeps a date as its serial number: 43922 is 1 April 2020, 44104 is 30 September 2020.
    const t = firstTable([
      ['Ref', 'Performance Indicator', 'Target', 43922, 43952, 43983, 44104],
      ['V-1', 'Visitors to the World of Glass', 45000, 44000, 45500, 46000, 47000],
    ]);
    assert.deepEqual(t.monthColumns.slice(0, 6), [3, 4, 5, null, null, 6]);
    assert.equal(t.subHeaderRow, null, 'a first indicator row of large figures is not a row of months');
    assert.deepEqual(
      t.rows.map((r) => r.ref),
      ['V-1'],
    );
    assert.deepEqual(t.unrecognised, []);
  });

  it('does not take a repeated header of month dates part-way down for an indicator', () => {
    const header = ['Ref', 'Performance Indicator', 'Target', 43922, 43952, 43983];
    const model = readWorkbook([
      sheet('P', [header, ['A-1', 'One', 10, 9, 10, 11], header, ['A-2', 'Two', 10, 9, 10, 11]]),
    ]);
    assert.deepEqual(
      model.tables.flatMap((t) => t.rows.map((r) => r.ref)),
      ['A-1', 'A-2'],
    );
  });

  it('reads a row of month dates under the quarter labels', () => {
    const t = firstTable([
      ['Ref', 'Performance Indicator', 'Target', 'Q1', null, null],
      [null, null, null, 43922, 43952, 43983],
      ['A-1', 'One', 10, 9, 10, 11],
    ]);
    assert.equal(t.subHeaderRow, 1);
    assert.deepEqual(t.monthColumns.slice(0, 3), [3, 4, 5]);
    assert.deepEqual(
      t.rows.map((r) => r.ref),
      ['A-1'],
    );
  });

  it("reads a quarterly workbook: a quarter's value stands for its last month", () => {
    for (const labels of [
      ['Q1', 'Q2', 'Q3'],
      ['Quarter 1', 'Quarter 2', 'Quarter 3'],
      ['Q1 2020/21', 'Q2 2020/21', 'Q3 2020/21'],
      ['Q1 Value', 'Q2 Value', 'Q3 Value'],
    ]) {
      const t = firstTable([
        ['Ref', 'Measure', 'Annual target', ...labels],
        ['A-1', 'Thing', 10, 8, 9, 11],
      ]);
      assert.equal(t.cadence, 'quarterly', labels.join());
      assert.deepEqual([t.monthColumns[2], t.monthColumns[5], t.monthColumns[8]], [3, 4, 5]);
    }
    const { result } = scoreWorkbook([
      sheet('Q', [
        ['Ref', 'Measure', 'Target', 'Q1', 'Q2', 'Q3'],
        ['A-1', 'Thing', 10, 8, 9, 11],
      ]),
    ]);
    assert.equal(result.indicators[0].latestMonth, 'Dec');
    assert.equal(result.indicators[0].variancePct, 10);
    assert.equal(result.indicators[0].dot, 'up');
  });

  it('carries the Tier down from the first row of its block', () => {
    const t = firstTable([
      ['Tier', 'Ref', 'Performance Indicator', 'Target', 'Apr'],
      ['Tier 1', 'A-1', 'One', 1, 1],
      [null, 'A-2', 'Two', 1, 1],
      ['Tier 2', 'B-1', 'Three', 1, 1],
      [null, 'B-2', 'Four', 1, 1],
    ]);
    assert.deepEqual(
      t.rows.map((r) => r.tier),
      [1, 1, 2, 2],
    );
  });

  it('finds several tables on one sheet, each named by its title row (else the sheet)', () => {
    const model = readWorkbook([
      sheet('All', [
        ['Ensure children have a positive start - 2020/21'],
        [],
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ['A-1', 'One', 1, 1],
        [],
        ["NB – The 'Trend' column compares …"],
        [],
        ['Be a modern council - 2020/21'],
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ['B-1', 'Two', 1, 1],
        ['B-2', 'Three', 1, 1],
      ]),
      standardSheet('Housing', [indicatorRow('H-1', 'Higher', 5, [5])]),
    ]);
    assert.deepEqual(
      model.tables.map((t) => [t.priorityName, t.rows.length, t.yearLabel]),
      [
        ['Ensure children have a positive start', 1, '2020/21'],
        ['Be a modern council', 2, '2020/21'],
        ['Housing', 1, null],
      ],
    );
  });

  it('keeps the rows under a header repeated part-way down a table in the same priority', () => {
    const header = ['Ref', 'Performance Indicator', 'Target', 'Apr'];
    const { result } = scoreWorkbook([
      sheet('Children', [
        ['Ensure children have a positive start - 2020/21'],
        header,
        ['A-1', 'One', 1, 1],
        ['A-2', 'Two', 1, 1],
        header,
        ['A-3', 'Three', 1, 1],
      ]),
    ]);
    assert.deepEqual(
      result.indicators.map((i) => [i.ref, i.priorityName]),
      [
        ['A-1', 'Ensure children have a positive start'],
        ['A-2', 'Ensure children have a positive start'],
        ['A-3', 'Ensure children have a positive start'],
      ],
    );
    assert.deepEqual(
      result.priorities.map((p) => [p.priorityName, p.total]),
      [['Ensure children have a positive start', 3]],
    );
  });

  it('reads two tables side by side, each under its own title, each with its own columns', () => {
    const model = readWorkbook([
      sheet('Summary', [
        ['Children - 2020/21', null, null, null, null, null, 'Health - 2020/21'],
        [],
        [
          'Ref',
          'Performance Indicator',
          'Target',
          'Apr',
          'DOT',
          null,
          'Ref',
          'Performance Indicator',
          'Target',
          'Apr',
          'May',
          'DOT',
        ],
        ['C-1', 'Children in need', 10, 9, null, null, 'H-1', 'Health checks', 50, 40, 45, null],
        ['C-2', 'Care leavers', 5, 6, null, null, 'H-2', 'Smoking quitters', 30, 31, 32, null],
        [null, null, null, null, null, null, 'H-3', 'Falls', 8, 7, 6, null],
      ]),
    ]);
    assert.deepEqual(
      model.tables.map((t) => [t.priorityName, t.rows.map((r) => r.ref)]),
      [
        ['Children', ['C-1', 'C-2']],
        ['Health', ['H-1', 'H-2', 'H-3']],
      ],
    );
    const health = model.tables[1];
    assert.deepEqual(health.columns, { ref: 6, name: 7, target: 8, dot: 11 });
    assert.deepEqual(health.monthColumns.slice(0, 2), [9, 10]);
    assert.deepEqual(health.rows[2].periods[1], { kind: 'number', value: 6, fromText: false });
    assert.deepEqual(model.tables[0].unrecognised, []);
  });

  it('keeps one table whole when its second name-like column has no table of its own beside it', () => {
    const t = firstTable([
      ['Ref', 'Indicator', 'Target', 'Apr', null, 'Description', 'Lead officer'],
      ['A-1', 'One', 10, 9, null, 'The first one', 'Jo'],
    ]);
    assert.deepEqual(t.columns, { ref: 0, name: 1, target: 2 });
    assert.deepEqual(
      t.unrecognised.map((u) => u.header),
      ['Lead officer'],
    );
  });

  it('ends a table at a note under it, even one written in the indicator-name column', () => {
    const t = firstTable([
      ['Performance Indicator', 'Ref', 'Target', 'Apr'],
      ['One', 'A-1', 1, 1],
      [],
      ["NB – The 'Trend' column compares performance in the current quarter …"],
    ]);
    assert.deepEqual(
      t.rows.map((r) => r.ref),
      ['A-1'],
    );
  });

  it('reads values as they occur: numbers as text, %, "-", blanks, notes, N/A', () => {
    const t = firstTable([
      ['Ref', 'Performance Indicator', 'Target', ...months(6)],
      ['C-16', 'Visits', '1,350,000', '1,200,295', '5.28%', '-', null, 'Sports Centres closed', 'N/A'],
    ]);
    const r = t.rows[0];
    assert.equal(r.annualTarget, 1350000);
    assert.deepEqual(r.periods.slice(0, 6), [
      { kind: 'number', value: 1200295, fromText: true },
      { kind: 'number', value: 5.28, fromText: true },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'note', text: 'Sports Centres closed' },
      { kind: 'na', text: 'N/A' },
    ]);
  });

  it('reads a note merged across a quarter as covering each of its months', () => {
    const model = readWorkbook([
      sheet(
        'S',
        [
          ['Ref', 'Performance Indicator', 'Target', 'Apr', 'May', 'Jun'],
          ['A-20', 'Delays', 220, 'Suspended by NHS', null, null],
        ],
        [{ top: 1, left: 3, bottom: 1, right: 5 }],
      ),
    ]);
    const periods = model.tables[0].rows[0].periods.slice(0, 3);
    assert.ok(periods.every((p) => p.kind === 'note' && p.text === 'Suspended by NHS'));
  });

  it('reads the optional Profile and Tolerance columns', () => {
    const { result } = scoreWorkbook([
      sheet('S', [
        ['Ref', 'Performance Indicator', 'Target', 'Profile', 'Tolerance', 'Apr', 'May', 'Jun'],
        ['YTD', 'Year to date', 120, 'Cumulative', null, 10, 20, 28],
        ['TOL', 'Tight', 100, 'Flat', '2%', 97, 97, 97],
      ]),
    ]);
    assert.equal(result.indicators[0].periodTarget, 30);
    assert.equal(result.indicators[0].status, 'off target');
    assert.equal(result.indicators[1].variancePct, -3);
    assert.equal(result.indicators[1].rag, 'red', '−3% is outside a 2% tolerance');
    assert.equal(result.indicators[1].tolerancePct, 2);
  });

  it("uses a Targets sheet's month targets over the annual target and profile", () => {
    const { result } = scoreWorkbook([
      standardSheet('P', [indicatorRow('CT-1', 'Higher', 95, [9, 18, 27])]),
      sheet('Targets', [
        ['Ref', 'Apr', 'May', 'Jun'],
        ['ct-1', 8, 16, 30],
      ]),
    ]);
    assert.equal(result.indicators[0].periodTarget, 30);
    assert.equal(result.indicators[0].variancePct, -10);
  });

  it("computes Trend from last year's values (a Last year sheet or Last year Qn columns), else keeps the typed arrow", () => {
    const { result } = scoreWorkbook([
      sheet('P', [
        ['Ref', 'Performance Indicator', 'Higher / Lower is better?', 'Target', ...months(3), 'Trend', 'Last year Q1'],
        ['A', 'From the sheet', 'Lower', 10, 5, 5, 6, '↓', null],
        ['B', 'From a column', 'Higher', 10, 5, 5, 6, '↓', 4],
        ['C', 'Typed only', 'Higher', 10, 5, 5, 6, 'Improving', null],
      ]),
      sheet('Last year', [
        ['Ref', 'Apr', 'May', 'Jun'],
        ['A', 9, 8, 7],
      ]),
    ]);
    assert.deepEqual(
      result.indicators.map((i) => [i.trend, i.trendSource]),
      [
        ['up', 'computed'],
        ['up', 'computed'],
        ['up', 'typed'],
      ],
    );
    assert.ok(result.findings.some((f) => f.kind === 'typed-trend-disagrees' && f.ref === 'A'));
  });

  it('assumes higher is better without a polarity column, and says so', () => {
    const { result } = scoreWorkbook([
      sheet('S', [
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ['A', 'One', 10, 12],
      ]),
    ]);
    assert.equal(result.indicators[0].variancePct, 20);
    assert.ok(
      result.findings.some((f) => f.kind === 'polarity-assumed' && /higher is taken as better/.test(f.message)),
    );
  });

  it('says exactly which columns a partly recognised table has and lacks', () => {
    const { result } = scoreWorkbook([
      sheet('S', [
        ['Code', 'Indicator', 'Annual target', 'Apr', 'Lead officer'],
        ['A', 'One', 10, 12, 'Jo'],
      ]),
    ]);
    const f = result.findings.find((x) => x.kind === 'partial-table')!;
    assert.match(f.message, /recognised Ref, Performance Indicator, Target, months Apr–Apr/);
    assert.match(f.message, /no column for Higher \/ Lower is better\?, % Variance from Target or DOT \(/);
    // Trend and the quartile are optional; a lead officer is known and needs no mapping (fresh user 11).
    assert.doesNotMatch(f.message, /Trend|Comparative Performance|Lead officer/);
  });

  it('explains, when no table is found, what the nearest header row had and lacked', () => {
    assert.throws(
      () =>
        scoreWorkbook([
          sheet('KPIs', [
            ['Code', 'Title', 'Target', 'Apr', 'May'],
            ['A', 'One', 1, 1, 1],
          ]),
        ]),
      (e: Error) =>
        e instanceof InputError &&
        /No indicator table found/.test(e.message) &&
        /'KPIs' row 1 has Ref, Target, Apr, May but no indicator-name column; map the columns by hand/.test(e.message),
    );
  });

  it('says so when the only table is a header with no indicators under it, rather than that there is no header', () => {
    assert.throws(
      () => scoreWorkbook([sheet('Blank', []), standardSheet('Housing', [])]),
      (e: Error) =>
        e instanceof InputError &&
        /No indicator table found/.test(e.message) &&
        /'Housing' row 1 is a table header with no indicator rows under it/.test(e.message) &&
        !/map the columns/.test(e.message),
    );
  });

  it('notes a sheet whose table has a header but no indicators yet, beside the tables it did score', () => {
    const { result } = scoreWorkbook([
      standardSheet('Housing', [indicatorRow('H-1', 'Higher', 5, [5])]),
      standardSheet('Planning', []),
    ]);
    assert.equal(result.indicators.length, 1);
    const f = result.findings.find((x) => x.sheet === 'Planning')!;
    assert.equal(f.cell, 'A1');
    assert.match(
      f.message,
      /'Planning' row 1 is a table header with no indicator rows under it, so nothing on that sheet was scored/,
    );
  });

  it("leaves a hidden sheet's tables unscored and says so, but reads a hidden Targets sheet", () => {
    const { result } = scoreWorkbook([
      standardSheet('P1', [indicatorRow('CT-1', 'Higher', 95, [9, 18, 27])]),
      {
        ...standardSheet('P1 (old copy)', [
          indicatorRow('CT-1', 'Higher', 95, [1, 2, 3]),
          indicatorRow('CT-2', 'Higher', 5, [5]),
        ]),
        hidden: true,
      },
      {
        ...sheet('Targets', [
          ['Ref', 'Apr', 'May', 'Jun'],
          ['CT-1', 8, 16, 30],
        ]),
        hidden: true,
      },
    ]);
    assert.deepEqual(
      result.indicators.map((i) => i.ref),
      ['CT-1'],
    );
    assert.equal(result.indicators[0].periodTarget, 30, 'the hidden Targets sheet is read');
    const f = result.findings.find((x) => x.kind === 'hidden-sheet')!;
    assert.equal(
      f.message,
      "'P1 (old copy)' is hidden, so its 2 indicators are not scored or counted; unhide the sheet to include them.",
    );
    assert.ok(!result.findings.some((x) => x.kind === 'duplicate-ref'));
  });

  it('says so when the only tables are on hidden sheets', () => {
    assert.throws(
      () =>
        scoreWorkbook([
          { ...standardSheet('P1', [indicatorRow('A-1', 'Higher', 1, [1])]), hidden: true },
          sheet('Cover', [['Quarterly report']]),
        ]),
      (e: Error) =>
        e instanceof InputError &&
        e.message === "No indicator table found on a visible sheet: 'P1' is hidden; unhide it to score its indicators.",
    );
  });

  it("lets the analyst's column mapping override recognition", () => {
    const grids = [
      sheet('KPIs', [
        ['Code', 'Title', 'Yr Tgt', 'Apr', 'Good is'],
        ['A', 'One', 10, 8, 'Lower'],
      ]),
    ];
    const { result } = scoreWorkbook(grids, { mapping: { columns: { Title: 'name', 'yr tgt': 'target' } } });
    assert.equal(result.indicators[0].variancePct, 20);
    const sheetOnly = scoreWorkbook(grids, {
      mapping: { sheets: { KPIs: { columns: { Title: 'name', 'Yr Tgt': 'target', 'Good is': 'ignore' } } } },
    }).result;
    assert.equal(sheetOnly.indicators[0].variancePct, -20, 'polarity ignored: higher is better');
  });
});
