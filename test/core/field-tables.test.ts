/**
 * Issue 7: the tables councils actually publish, read through the engine (grids in, scores out).
 * Each example's right value is a test, named as the analyst would say it.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { InputError, scoreWorkbook, type IndicatorScore, type ScoreResult } from '../../src/core';
import { recogniseHeader } from '../../src/core/read/headers';
import { parsePolarity, parseFigureText, parseTargetCell } from '../../src/core/read/values';
import { parsePeriodHeader } from '../../src/core/periods';
import { sheet } from '../support/grids';
import {
  ACROSS_YEAR_END,
  ACTUAL_ONLY,
  ANNUAL,
  AS_TYPED,
  COMPARATORS,
  MONTHS_WITH_A_STRAY_YEAR,
  NO_PERIOD,
  PERIOD_WORDS,
  RELET,
  TWO_YEARS,
} from '../support/field-tables';
import { refusal, scored } from '../support/scoring';

function pick(result: ScoreResult, refOrName: string): IndicatorScore {
  const s = result.indicators.find((i) => i.ref === refOrName || i.name === refOrName);
  assert.ok(s, `${refOrName} is scored`);
  return s;
}

describe('Issue 7, kind 1: a table whose period column cannot be found is refused, not scored as data gaps', () => {
  it('refuses "Measure | Target | Perf | Comments", naming the sheet, the header row, what was not understood and the mapping that fixes it', () => {
    const e = refusal([NO_PERIOD]);
    assert.equal(
      e.message,
      `'Scorecard' row 3 has Performance Indicator, Target but no period column, so its 2 indicators would all be data gaps and nothing was scored; not understood: "Perf"; map "Perf" to actual (the quarter you choose to score).`,
    );
  });

  it('names the quarter in the mapping when the run gives one', () => {
    const e = refusal([NO_PERIOD], { quarter: 2 });
    assert.match(e.message, /; map "Perf" to Q2\.$/);
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Scorecard: { headerRow: 3, columns: { Perf: 'Q2' } } },
    });
  });

  it('gives what the refusal was built from as data, for the mapping panel', () => {
    const hint = refusal([NO_PERIOD]).mappingHint!;
    assert.equal(hint.sheet, 'Scorecard');
    assert.equal(hint.headerRow, 3);
    assert.deepEqual(hint.headers, [
      { column: 'A', text: 'Measure', readAs: 'Performance Indicator' },
      { column: 'B', text: 'Target', readAs: 'Target' },
      { column: 'C', text: 'Perf', readAs: null },
      { column: 'D', text: 'Comments', readAs: null },
    ]);
    assert.deepEqual(hint.notUnderstood, ['Perf', 'Comments']);
    assert.deepEqual(hint.missing, ['period column']);
    assert.deepEqual(hint.suggestedMapping, { sheets: { Scorecard: { headerRow: 3, columns: { Perf: 'actual' } } } });
  });

  it('scores the table once the suggested mapping and a quarter are given', () => {
    const hint = refusal([NO_PERIOD]).mappingHint!;
    const result = scored([NO_PERIOD], { mapping: hint.suggestedMapping, quarter: 3 });
    assert.equal(pick(result, 'Rent collected').variancePct, -0.51);
    assert.equal(pick(result, 'Average days to re-let').latestValue, 26);
    assert.equal(pick(result, 'Average days to re-let').latestMonth, 'Dec');
  });

  it('suggests leaving out a sheet of indicators with no figures at all (a list of definitions)', () => {
    const definitions = sheet('Definitions', [
      ['Ref', 'Indicator', 'Target', 'Definition'],
      ['HSG-01', 'Rent collected', 98, 'Rent received as a % of rent due'],
    ]);
    const e = refusal([RELET, definitions]);
    assert.equal(
      e.message,
      `'Definitions' row 1 has Ref, Performance Indicator, Target but no period column, so its indicator would be a data gap and nothing was scored; not understood: "Definition"; map the column that holds the figures to the period it holds (a quarter such as Q3, or a month such as Dec), or leave the sheet out ("ignoreSheets": ["Definitions"]).`,
    );
    assert.deepEqual(e.mappingHint?.suggestedMapping, { ignoreSheets: ['Definitions'] });
    assert.equal(scored([RELET, definitions], { mapping: e.mappingHint!.suggestedMapping }).indicators.length, 1);
  });

  it('still scores data gaps when the period columns were found and are genuinely empty', () => {
    const result = scored([
      sheet('Empty', [
        ['Measure', 'Target', 'Q1', 'Q2'],
        ['Rent collected', 98, null, '-'],
      ]),
    ]);
    assert.equal(pick(result, 'Rent collected').status, 'data gap');
  });

  it('says what else was missing when the header row held exactly the indicator-name column asked for', () => {
    const e = refusal([
      sheet('KPIs', [
        ['Performance Indicator', 'Perf', 'Notes'],
        ['Rent collected', 97.5, 'ok'],
        ['Voids', 2, ''],
      ]),
    ]);
    assert.equal(
      e.message,
      `No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") and month, quarter or year columns. The workbook's only sheet has none; nearest: 'KPIs' row 1 has Performance Indicator but no period column (not understood: "Perf"; map "Perf" to actual (the quarter you choose to score)); map the columns by hand if the headers use other names.`,
    );
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { KPIs: { headerRow: 1, columns: { Perf: 'actual' } } },
    });
  });

  it('shows the header of a table with no indicator rows under it as the nearest table, with no mapping to suggest', () => {
    const e = refusal([sheet('Housing', [['Ref', 'Measure', 'Target', 'Q1', 'Q2']])]);
    assert.match(
      e.message,
      /'Housing' row 1 is a table header with no indicator rows under it: add a row for each indicator under it\.$/,
    );
    assert.deepEqual(
      [e.mappingHint?.headerRow, e.mappingHint?.missing, e.mappingHint?.suggestedMapping],
      [1, ['indicator rows'], null],
    );
  });

  it('gives the nearest table with every no-table refusal, even a row with no name column', () => {
    const e = refusal([
      sheet('Data', [
        ['Code', 'Title', 'Q1', 'Q2'],
        ['A', 'One', 1, 2],
      ]),
    ]);
    assert.match(
      e.message,
      /; nearest: 'Data' row 1 has Ref, Q1, Q2 but no indicator-name column \(not understood: "Title"; map "Title" to name\); map the columns by hand if the headers use other names\.$/,
    );
    assert.deepEqual(e.mappingHint?.suggestedMapping, {
      sheets: { Data: { headerRow: 1, columns: { Title: 'name' } } },
    });
  });
});

describe('Issue 7, kind 1 as a property: no table is ever scored without a period column', () => {
  it('whatever the headers, scoring either refuses or reads at least one period column of every table it scores', () => {
    const pool = [
      'Measure',
      'Ref',
      'Target',
      'Goal',
      'Perf',
      'Comments',
      'Q1',
      'Q2 2022/23',
      'Actual',
      'Apr',
      '2022/23',
      'Polarity',
      'Owner',
      'Status',
      'Trajectory',
      'Latest',
      'Notes',
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: 7 }),
        fc.option(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>),
        (headers, quarter) => {
          const row = headers.map((h, i) =>
            h === 'Measure' ? 'Rent collected' : h === 'Ref' ? 'R-1' : h === 'Polarity' ? 'Higher' : 90 + i,
          );
          try {
            const { model } = scoreWorkbook([sheet('S', [headers, row])], { quarter });
            for (const t of model.tables)
              assert.ok(
                t.monthColumns.some((c) => c !== null),
                `a table was scored without a period column: ${headers.join(' | ')}`,
              );
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Issue 7, kind 2: the header vocabulary real reports use', () => {
  it('scores 4021 Average days to re-let green at Q4: 26 days against a goal of 30, lower is better, +13.33%', () => {
    const s = pick(scored([RELET]), '4021');
    assert.equal(s.name, 'Average days to re-let');
    assert.equal(s.latestMonth, 'Mar');
    assert.equal(s.variancePct, 13.33);
    assert.equal(s.rag, 'green');
  });

  it('reads "Quarter 1 Result", "Q2 2022/23" and "Value" on two lines of one cell, "Q3 Actual", and Trajectory as the only target', () => {
    const result = scored([PERIOD_WORDS]);
    assert.equal(result.quarter, 'Q3 2022/23');
    const patients = pick(result, 'Patients seen within 18 weeks %');
    assert.equal(patients.periodTarget, 92);
    assert.equal(patients.variancePct, 0.43);
    assert.equal(patients.dot, 'up');
    const cancelled = pick(result, 'Cancelled operations');
    assert.equal(cancelled.variancePct, 5);
    assert.equal(cancelled.previous?.value, 41);
  });

  it('takes Trajectory as the target only where there is no other target column', () => {
    const grid = sheet('NHS', [
      ['Measure', 'Target', 'Trajectory', 'Q1'],
      ['Cancelled operations', 40, 50, 44],
    ]);
    const { result } = scoreWorkbook([grid]);
    assert.equal(pick(result, 'Cancelled operations').periodTarget, 40);
    // Session 13: a trajectory that differs from the target beside it is no longer passed over in silence.
    const note = result.findings.find((f) => /both filled/.test(f.message));
    assert.match(note?.message ?? '', /Cancelled operations is scored against B, the standard/);
  });

  it('reads one "Actual" column as the quarter the run scores, and splits HSG-01 from "HSG-01 Rent collected"', () => {
    const result = scored([ACTUAL_ONLY], { quarter: 2 });
    const rent = pick(result, 'HSG-01');
    assert.equal(rent.name, 'Rent collected');
    assert.equal(rent.latestMonth, 'Sep');
    assert.equal(rent.variancePct, -1.02);
    assert.equal(pick(result, 'HSG-02').variancePct, -10);
    assert.equal(result.quarter, 'Q2');
  });

  it('never cuts a name that only starts with a code-like word: "Q1 returns on time", "KS2 reading" and "KS2 maths"', () => {
    const q1 = scored([
      sheet('S', [
        ['Measure', 'Target', 'Q1'],
        ['Q1 returns on time', 90, 91],
      ]),
    ]);
    assert.deepEqual([q1.indicators[0].ref, q1.indicators[0].name], [null, 'Q1 returns on time']);
    const ks = scored([
      sheet('S', [
        ['Measure', 'Target', 'Q1'],
        ['KS2 reading', 70, 71],
        ['KS2 maths', 70, 72],
      ]),
    ]);
    assert.deepEqual(
      ks.indicators.map((i) => [i.ref, i.name]),
      [
        [null, 'KS2 reading'],
        [null, 'KS2 maths'],
      ],
    );
  });

  it('refuses an "Actual" column when nothing gives its quarter, rather than invent one', () => {
    assert.equal(
      refusal([ACTUAL_ONLY]).message,
      `'KPI summary' row 1 has a value column "Actual" but nothing says which quarter it holds: choose the quarter to score (--quarter Q2 on the command line, or the quarter in the task pane), or name it in the header, such as "Q2 Actual".`,
    );
  });

  it('takes the quarter of an "Actual" column from the sheet name or title when the run gives none', () => {
    const titled = sheet('Housing', [['Quarter 3 performance 2023/24'], [], ...ACTUAL_ONLY.values]);
    const result = scored([titled]);
    assert.equal(result.quarter, 'Q3 2023/24');
    assert.equal(pick(result, 'HSG-01').latestMonth, 'Dec');
  });

  it("reads a table of annual figures: 2022-23 is the value, 2021/22 last year's, for Trend", () => {
    const result = scored([ANNUAL]);
    const s = pick(result, 'ENV-1');
    assert.equal(result.quarter, 'Q4 2022/23');
    assert.equal(s.latestValue, 49.1);
    assert.equal(s.variancePct, -1.8);
    assert.equal(s.rag, 'amber');
    assert.equal(s.trend, 'up');
    assert.equal(s.trendSource, 'computed');
  });

  it('reads polarity cells Higher, Lower, Up, Down, Increase, Decrease, Max, Min, Aim to maximise, Aim to minimise', () => {
    for (const w of ['Higher', 'Up', 'Increase', 'Max', 'Aim to maximise', 'HIGHER IS BETTER', 'maximise'])
      assert.equal(parsePolarity(w), 'higher', w);
    for (const w of ['Lower', 'Down', 'Decrease', 'Min', 'Aim to minimise', 'lower is better', 'Minimise'])
      assert.equal(parsePolarity(w), 'lower', w);
    for (const w of ['', '-', 'Sometimes', 'n/a']) assert.equal(parsePolarity(w), null, w);
  });

  it('reads the polarity headers Target Direction, Aim, Good is, Better if', () => {
    for (const h of ['Target Direction', 'Aim', 'Good is', 'Better if', 'Good is:', 'Higher/Lower\nis better?']) {
      assert.deepEqual(recogniseHeader(h), { kind: 'field', field: 'polarity' }, h);
    }
  });

  it('reads names and refs: Measure, Measure ID, PI Code; Goal, Plan and Target 2023/24 as the target', () => {
    assert.deepEqual(recogniseHeader('Measure'), { kind: 'field', field: 'name' });
    for (const h of ['Measure ID', 'PI Code', 'KPI No.', 'Indicator ID'])
      assert.deepEqual(recogniseHeader(h), { kind: 'field', field: 'ref' }, h);
    for (const h of ['Goal', 'Plan', 'Target 2023/24', 'Target\n(2023-24)', 'Annual Target'])
      assert.deepEqual(recogniseHeader(h), { kind: 'field', field: 'target' }, h);
  });

  it('never takes a header that could mean something else for a value: Q3 Target, Benchmark, Performance, Comments', () => {
    for (const h of ['Q3 Target', 'Benchmark', 'Performance', 'Comments', 'Outcome', 'Notes'])
      assert.equal(recogniseHeader(h), null, h);
  });

  it('reads a header the same whatever its case, spaces, punctuation and line breaks (property)', () => {
    const words: [string, unknown][] = [
      ['measure id', { kind: 'field', field: 'ref' }],
      ['pi code', { kind: 'field', field: 'ref' }],
      ['target direction', { kind: 'field', field: 'polarity' }],
      ['better if', { kind: 'field', field: 'polarity' }],
      ['goal', { kind: 'field', field: 'target' }],
      ['quarter 4 result', { kind: 'quarter', quarter: 4 }],
      ['q3 actual', { kind: 'quarter', quarter: 3 }],
      ['direction of travel', { kind: 'field', field: 'dot' }],
      ['comparative performance', { kind: 'field', field: 'quartile' }],
    ];
    const spelling = fc.record({
      i: fc.integer({ min: 0, max: words.length - 1 }),
      upper: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      gap: fc.constantFrom(' ', '  ', '\n', ' \n', '\t', ' - ', '_', '/'),
      end: fc.constantFrom('', '?', ':', '.', ' *'),
    });
    fc.assert(
      fc.property(spelling, ({ i, upper, gap, end }) => {
        const [text, role] = words[i];
        const cased = [...text].map((ch, k) => (upper[k % upper.length] ? ch.toUpperCase() : ch)).join('');
        const header = cased.split(' ').join(gap) + end;
        assert.deepEqual(recogniseHeader(header), role, JSON.stringify(header));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Issue 7, kind 3: years in period headers are read, not ignored', () => {
  it('labels the run Q1 2023/24 when Q4 2022/23 and Q1 2023/24 stand side by side', () => {
    assert.equal(scored([ACROSS_YEAR_END]).quarter, 'Q1 2023/24');
  });

  it('compares Q1 2023/24 with Q4 2022/23 for DOT, in the right direction', () => {
    const result = scored([ACROSS_YEAR_END]);
    const rent = pick(result, 'Rent collected %');
    assert.equal(rent.latestValue, 98.5);
    assert.equal(rent.previous?.value, 97);
    assert.equal(rent.previous?.lastYear, true);
    assert.equal(rent.dot, 'up');
    assert.equal(pick(result, 'Emergency repairs completed in 24 hours %').dot, 'down');
    const relet = pick(result, 'Average days to re-let');
    assert.equal(relet.variancePct, 6.67);
    assert.equal(relet.dot, 'up');
  });

  it("gives this year's values and last year's (for Trend) from two financial years of quarter columns", () => {
    const result = scored([TWO_YEARS]);
    assert.equal(result.quarter, 'Q2 2020/21');
    const fires = pick(result, 'FRS-01');
    assert.equal(fires.latestValue, 2);
    assert.equal(fires.variancePct, 0);
    assert.equal(fires.dot, 'down');
    assert.equal(fires.trend, 'up');
    const checks = pick(result, 'FRS-02');
    assert.equal(checks.variancePct, -5.33);
    assert.equal(checks.rag, 'red');
    assert.equal(checks.trend, 'down');
  });

  it('keeps reading month headers with years (Apr-17, April 22, and dates), and names a header whose year is out of sequence', () => {
    const result = scored([MONTHS_WITH_A_STRAY_YEAR]);
    assert.equal(result.quarter, 'Q2 2017/18');
    const s = pick(result, 'POL-3');
    assert.equal(s.latestMonth, 'Jul');
    assert.equal(s.previous?.month, 'Jun');
    assert.equal(s.dot, 'up');
    const stray = result.findings.filter((f) => /out of sequence/.test(f.message));
    assert.deepEqual(
      stray.map((f) => [f.cell, f.message]),
      [
        [
          'G1',
          `'Police' row 1: the period header "Jun-16" in column G is out of sequence with its neighbours; it is read as Jun 2017/18. Correct the header if that is wrong.`,
        ],
      ],
    );
    const april = scored([
      sheet('M', [
        ['Ref', 'Measure', 'Target', 'April 22', 'May 22'],
        ['X', 'Visits', 10, 9, 11],
      ]),
    ]);
    assert.equal(april.quarter, 'Q1 2022/23');
    // Excel keeps "Apr-20" typed in a header as 1 April 2020 (serial 43922).
    const dated = scored([
      sheet('D', [
        ['Ref', 'Measure', 'Target', 43922, 43952],
        ['X', 'Visits', 10, 9, 11],
      ]),
    ]);
    assert.equal(dated.quarter, 'Q1 2020/21');
    assert.equal(pick(dated, 'X').latestValue, 11);
  });

  it("reads Jan-20 … Mar-20 after Dec-20 (last year's headers copied over) as January to March 2021, and names each", () => {
    const months = [
      'Apr-20',
      'May-20',
      'Jun-20',
      'Jul-20',
      'Aug-20',
      'Sep-20',
      'Oct-20',
      'Nov-20',
      'Dec-20',
      'Jan-20',
      'Feb-20',
      'Mar-20',
    ];
    const result = scored([
      sheet('M', [
        ['Ref', 'Measure', 'Target', ...months],
        ['X', 'Visits', 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      ]),
    ]);
    assert.equal(result.quarter, 'Q4 2020/21');
    assert.equal(pick(result, 'X').latestValue, 12);
    assert.deepEqual(
      result.findings
        .filter((f) => /out of sequence/.test(f.message))
        .map((f) => f.message.replace(/^.*header ("[^"]+").*read as ([^.]+)\..*$/, '$1 → $2')),
      ['"Jan-20" → Jan 2020/21', '"Feb-20" → Feb 2020/21', '"Mar-20" → Mar 2020/21'],
    );
  });

  it('reads headers as typed where no sequence holds for most of them: Q1 2022/23 | Q1 2023/24 is year on year', () => {
    const result = scored([
      sheet('Y', [
        ['Measure', 'Polarity', 'Target', 'Q1 2022/23', 'Q1 2023/24', 'Q2 2023/24'],
        ['Rent', 'Higher', 98, 96, 97, 98],
      ]),
    ]);
    assert.equal(result.quarter, 'Q2 2023/24');
    assert.equal(pick(result, 'Rent').trend, null, 'Q2 2023/24 has no same quarter last year: no computed Trend');
    assert.equal(pick(result, 'Rent').dot, 'up');
    assert.equal(result.findings.filter((f) => /out of sequence/.test(f.message)).length, 0);
  });

  it('reads the financial year of a period header in every usual form', () => {
    assert.deepEqual(parsePeriodHeader('Q1 2023/24'), { kind: 'quarter', quarter: 1, year: 2023 });
    assert.deepEqual(parsePeriodHeader('2023-24 Q1'), { kind: 'quarter', quarter: 1, year: 2023 });
    assert.deepEqual(parsePeriodHeader('Q1 23/24'), { kind: 'quarter', quarter: 1, year: 2023 });
    assert.deepEqual(parsePeriodHeader('Jan-18'), { kind: 'month', month: 10, year: 2017 });
    assert.deepEqual(parsePeriodHeader('FY 2022/23'), { kind: 'year', year: 2022 });
    assert.equal(parsePeriodHeader('2022/24'), null);
  });
});

describe('Issue 7, kind 4 (comparator targets): a target written with a comparator gives the target and the polarity', () => {
  it('reads ≥ 95%, >= 90%, <= 150, less than 5 and at least 80%', () => {
    assert.deepEqual(parseTargetCell('≥ 95%'), { value: 95, polarity: 'higher', none: false });
    assert.deepEqual(parseTargetCell('>= 90%'), { value: 90, polarity: 'higher', none: false });
    assert.deepEqual(parseTargetCell('<= 150'), { value: 150, polarity: 'lower', none: false });
    assert.deepEqual(parseTargetCell('less than 5'), { value: 5, polarity: 'lower', none: false });
    assert.deepEqual(parseTargetCell('at least 80%'), { value: 80, polarity: 'higher', none: false });
  });

  it('scores each against its comparator: 140 days within "<= 150" is green, 6 sickness days against "less than 5" red', () => {
    const result = scored([COMPARATORS]);
    assert.deepEqual(
      result.indicators.map((s) => [s.ref, s.variancePct, s.rag]),
      [
        ['C-1', 1.05, 'green'],
        ['C-2', -2.22, 'amber'],
        ['C-3', 6.67, 'green'],
        ['C-4', -20, 'red'],
        ['C-5', 0, 'green'],
      ],
    );
    assert.equal(result.findings.filter((f) => f.kind === 'polarity-assumed').length, 0, 'no polarity is assumed');
  });

  it('uses the polarity cell where it says otherwise than the comparator, and says so', () => {
    const result = scored([
      sheet('P', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1'],
        ['C-9', 'Rent collected %', 'Lower', '≥ 95%', 96],
      ]),
    ]);
    assert.equal(pick(result, 'C-9').variancePct, -1.05);
    assert.deepEqual(
      result.findings.filter((f) => f.ref === 'C-9').map((f) => f.message),
      ['C-9: the target "≥ 95%" says higher is better but the polarity cell says lower; the polarity cell is used.'],
    );
  });

  it("takes the target of the year scored where targets of two years stand side by side, and last year's for Q4 2022/23", () => {
    const result = scored([
      sheet('Y', [
        ['Measure', 'Polarity', 'Target 2022/23', 'Target 2023/24', 'Q4 2022/23', 'Q1 2023/24'],
        ['Rent collected %', 'Higher', 97, 98, 97, 98.5],
      ]),
    ]);
    assert.equal(pick(result, 'Rent collected %').periodTarget, 98);
    assert.equal(pick(result, 'Rent collected %').previous?.periodTarget, 97);
    assert.equal(pick(result, 'Rent collected %').previous?.variancePct, 0);
    assert.equal(result.findings.filter((f) => /second Target column/.test(f.message)).length, 0);
  });
});

describe('Issue 7, kind 5: values and targets in the forms they are typed', () => {
  const result = () => scored([AS_TYPED]);

  it('reads "21 days" against "25 days" as 21 against 25, and keeps the unit to show back', () => {
    const s = pick(result(), 'RL-1');
    assert.equal(s.latestValue, 21);
    assert.equal(s.latestUnit, 'days');
    assert.equal(s.periodTarget, 25);
    assert.equal(s.variancePct, 16);
  });

  it('reads £1,204,330 against £1,200,000 as +0.36%', () => {
    const s = pick(result(), 'CT-1');
    assert.equal(s.latestValue, 1204330);
    assert.equal(s.latestUnit, '£');
    assert.equal(s.variancePct, 0.36);
  });

  it('reads 12.5 hrs against 12 hrs, lower is better, as −4.17%, amber', () => {
    const s = pick(result(), 'AS-1');
    assert.equal(s.variancePct, -4.17);
    assert.equal(s.rag, 'amber');
  });

  it('reads "1,234 (provisional)" as 1,234', () => {
    assert.equal(pick(result(), 'HB-1').variancePct, 2.83);
    assert.deepEqual(parseFigureText('1,234 (provisional)'), { value: 1234, note: 'provisional' });
    assert.equal(parseFigureText('3 schools closed'), null, 'free text stays a note');
  });

  it('reads any figure typed with a unit or a note as the figure, the unit kept as typed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('days', 'hrs', 'hours', 'weeks', 'mins', 'working days', 'per 1,000'),
        fc.constantFrom('', ' (provisional)', ' (est.)', '*', ' provisional'),
        (whole, cents, unit, note) => {
          // The figure as typed (4.69), not whole + cents / 100, which floating point makes 4.6899999999999995.
          const value = Number(`${whole}.${String(cents).padStart(2, '0')}`);
          const typed = `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${unit}${note}`;
          const f = parseFigureText(typed);
          assert.ok(f, typed);
          assert.equal(f.value, value, typed);
          assert.equal(f.unit, unit, typed);
          const money = parseFigureText(`£${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${note}`);
          assert.deepEqual([money?.value, money?.unit], [value, '£']);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes TBC, N/A, Data only and For information as no target, with one finding each, not two', () => {
    const r = result();
    for (const ref of ['EV-1', 'CX-1', 'FI-1', 'NA-1']) {
      assert.equal(pick(r, ref).status, 'no target', ref);
      const about = r.findings.filter((f) => f.ref === ref);
      assert.equal(about.length, 1, `${ref}: ${about.map((f) => f.message).join(' | ')}`);
      assert.equal(about[0].kind, 'text-in-value');
    }
    assert.equal(
      r.findings.find((f) => f.ref === 'EV-1')!.severity,
      'warning',
      'TBC is a target still to come: a Check',
    );
    assert.equal(
      r.findings.find((f) => f.ref === 'CX-1')!.message,
      'CX-1: the target cell holds "Data only", so it has no target: it is shown without colour and counted as "No target".',
    );
  });
});
