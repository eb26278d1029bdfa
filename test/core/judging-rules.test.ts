/**
 * Issue 7, kinds 4, 6, 7 and 8, through the engine: close-to-target indicators with green and amber
 * bands, the missing polarity column, tolerance in percentage points or an absolute amount, the
 * analyst's typed Status, and DOT against the previous quarter or the previous reported period.
 */
import { strict as assert } from 'assert';
import {
  InputError,
  decodeState,
  encodeState,
  defaultState,
  scoreWorkbook,
  type CellValue,
  type IndicatorScore,
  type ScoreResult,
} from '../../src/core';
import { summarySheet } from '../../src/core/plan/summary-sheets';
import { defaultSheetNames } from '../../src/core/plan/sheet-names';
import { parseTargetRange, parseTypedStatus } from '../../src/core/read/rule-cells';
import { parsePolarity } from '../../src/core/read/values';
import { reportGrids } from '../support/golden';
import { MemoryWorkbook } from '../support/memory-workbook';
import { sheet, months } from '../support/grids';
import { CLOSE_TO_TARGET, CLOSE_TO_TARGET_SCORED } from '../support/field-tables';

const by = (r: ScoreResult, ref: string): IndicatorScore => r.indicators.find((i) => i.ref === ref)!;

/** Header Ref | Indicator | Polarity | Target | extra … | Apr May Jun (a quarter of months). */
function table(
  extraHeaders: string[],
  rows: [string, string, CellValue, CellValue[], CellValue[]][],
): ReturnType<typeof sheet> {
  return sheet('PIs', [
    ['Ref', 'Performance Indicator', 'Polarity', 'Target', ...extraHeaders, 'Apr', 'May', 'Jun'],
    ...rows.map(([ref, polarity, target, extra, months]) => [
      ref,
      `${ref} indicator`,
      polarity,
      target,
      ...extra,
      ...months,
    ]),
  ]);
}

/** A summary sheet's text, to find what it says. */
function summaryText(result: ScoreResult): string {
  return summarySheet(result, defaultSheetNames(result.quarterNumber))
    .values.values.flat()
    .filter((v) => typeof v === 'string')
    .join('\n');
}

describe('Close to target is better (issue 7, kind 4)', () => {
  const example: [string, number][] = CLOSE_TO_TARGET.map((c) => [c.ref, c.value]);

  it('with target 100, green within ±5% and amber within ±10%: 104 and 97 green, 108 and 91 amber, 112 and 85 red', () => {
    const { result } = scoreWorkbook([
      table(
        ['Green band', 'Amber band'],
        example.map(([ref, v]) => [ref, 'Close to target', 100, [5, 10], [null, null, v]]),
      ),
    ]);
    assert.deepEqual(
      result.indicators.map((i) => [i.ref, i.rag, i.variancePct]),
      CLOSE_TO_TARGET_SCORED,
    );
    assert.deepEqual(by(result, 'A').bands, { green: 5, amber: 10 });
    assert.equal(by(result, 'A').polarity, 'close');
    assert.deepEqual(
      [result.executiveSummary.onTarget, result.executiveSummary.withinTolerance, result.executiveSummary.offTarget],
      [2, 2, 2],
    );
  });

  it("without band columns, the workbook's bands: green within the tolerance, amber within twice it — or as the settings say", () => {
    const rows = example.map(([ref, v]): [string, string, CellValue, CellValue[], CellValue[]] => [
      ref,
      'Goldilocks',
      100,
      [],
      [null, null, v],
    ]);
    const byDefault = scoreWorkbook([table([], rows)]).result;
    assert.deepEqual(
      byDefault.indicators.map((i) => i.rag),
      ['green', 'green', 'amber', 'amber', 'red', 'red'],
    );
    const narrow = scoreWorkbook([table([], rows)], { greenBand: 3, amberBand: 12 }).result;
    assert.deepEqual(
      narrow.indicators.map((i) => i.rag),
      ['amber', 'green', 'amber', 'amber', 'amber', 'red'],
    );
  });

  it('reads the ways councils write it in the polarity cell', () => {
    for (const word of [
      'Close to target',
      'Closer to target is better',
      'Goldilocks',
      'Stabilise',
      'Within range',
      'Target range',
      'WITHIN RANGE',
    ]) {
      assert.equal(parsePolarity(word), 'close', word);
    }
    assert.equal(parsePolarity('Maintain'), null, '"Maintain" stays unreadable: it may mean "do not fall"');
    assert.equal(parsePolarity('Higher'), 'higher');
  });

  it('a target typed as a range (95–105) is two-sided: the range is green (0.00%), outside it the variance is from the nearer end, amber within the tolerance beyond it', () => {
    assert.deepEqual(parseTargetRange('95–105'), { low: 95, high: 105 });
    assert.deepEqual(parseTargetRange('95% - 105%'), { low: 95, high: 105 });
    assert.equal(parseTargetRange('105-95'), null);
    const { result } = scoreWorkbook([
      table(
        [],
        [
          ['R1', '', '95–105', [], [null, null, 104]],
          ['R2', '', '95–105', [], [null, null, 94]],
          ['R3', '', '95 to 105', [], [null, null, 111]],
        ],
      ),
    ]);
    assert.deepEqual(
      result.indicators.map((i) => [i.rag, i.periodTarget, i.variancePct]),
      [
        ['green', 105, 0],
        ['amber', 95, -1.05],
        ['red', 105, 5.71],
      ],
    );
    assert.equal(
      result.findings.filter((f) => f.kind === 'text-in-value' || f.kind === 'polarity-assumed').length,
      0,
      'a range is a target, and its polarity is known',
    );
  });

  it('a range target with "Higher" in the polarity cell is measured from its floor, and a Note says so (hunt 7)', () => {
    const { result } = scoreWorkbook([table([], [['R1', 'Higher', '95–105', [], [null, null, 107]]])]);
    assert.deepEqual([result.indicators[0].rag, result.indicators[0].periodTarget], ['green', 95]);
    const f = result.findings.find((x) => x.ref === 'R1' && x.kind === 'polarity-assumed')!;
    assert.equal(
      f.message,
      'R1: the target is typed as a range (95–105) and the polarity cell says "Higher", so the range\'s floor, 95, is the target: anywhere in the range or above it is on target, and a figure below it is measured from 95. If being outside the range either way is worse, type "Close to target" in the polarity cell.',
    );
    assert.equal(f.severity, 'info');
    assert.equal(f.cell, 'D2');
  });

  it('DOT: closer to the target is improving, whichever side it is on', () => {
    const quarterly = (values: CellValue[]) =>
      sheet('PIs', [
        ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['A', 'A indicator', 'Close to target', 100, ...values],
      ]);
    assert.equal(scoreWorkbook([quarterly([110, 97])]).result.indicators[0].dot, 'up', '+10% then −3%');
    assert.equal(scoreWorkbook([quarterly([99, 104])]).result.indicators[0].dot, 'down', '−1% then +4%');
    assert.equal(scoreWorkbook([quarterly([96, 104])]).result.indicators[0].dot, 'same', '−4% then +4%');
  });

  it('the summary says the indicators are close-to-target, and the amber count is "Within tolerance"', () => {
    const { result } = scoreWorkbook([
      table(
        [],
        [
          ['A', 'Close to target', 100, [], [null, null, 108]],
          ['B', 'Higher', 100, [], [null, null, 97]],
        ],
      ),
    ]);
    const text = summaryText(result);
    assert.match(
      text,
      /1 indicator is close-to-target \(green within the green band either side of the target, amber within the amber band\)/,
    );
    assert.match(text, /^Within tolerance$/m);
    assert.doesNotMatch(text, /Within 5%/);
  });
});

describe('No polarity column (issue 7, kind 4)', () => {
  it('is one Check finding for the workbook, first, naming how many indicators it affects and what to add', () => {
    const noPolarity = (name: string, refs: string[]) =>
      sheet(name, [
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ...refs.map((r) => [r, `${r} name`, 10, 'TBC note']),
      ]);
    const withPolarity = sheet('First', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Apr', 'DOT'],
      ['Z', 'Z name', 'Higher', 10, 12, '↓'],
    ]);
    const { result } = scoreWorkbook([
      withPolarity,
      noPolarity('Housing', ['H1', 'H2', 'H3']),
      noPolarity('Waste', ['W1', 'W2']),
    ]);
    const assumed = result.findings.filter((f) => f.kind === 'polarity-assumed');
    assert.equal(assumed.length, 1, 'one finding, not one per table or per row');
    assert.equal(result.findings[0], assumed[0], 'listed first');
    assert.equal(assumed[0].severity, 'warning');
    assert.equal(assumed[0].sheet, 'Housing');
    assert.equal(assumed[0].cell, 'A1');
    assert.equal(
      assumed[0].message,
      `2 tables ("Housing" on 'Housing', "Waste" on 'Waste') have no Higher / Lower is better? column, so higher is taken as better for their 5 indicators. Add a column headed "Polarity" with Higher, Lower or Close to target on each row of each table.`,
    );
  });

  it('one table: names it and its header row', () => {
    const { result } = scoreWorkbook([
      sheet('S', [
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ['A', 'One', 10, 12],
        ['B', 'Two', 10, 8],
      ]),
    ]);
    assert.equal(
      result.findings[0].message,
      `The table "S" on 'S' (header row 1) has no Higher / Lower is better? column, so higher is taken as better for its 2 indicators. Add a column headed "Polarity" with Higher, Lower or Close to target on each row.`,
    );
    assert.equal(result.indicators[0].variancePct, 20, 'higher is still taken as better');
  });

  it('the St Helens report has a polarity column: no such finding', () => {
    assert.equal(
      scoreWorkbook(reportGrids(), { quarter: 3 }).result.findings.filter((f) => f.kind === 'polarity-assumed').length,
      0,
    );
  });
});

describe('Tolerance in percentage points or an absolute amount (issue 7, kind 6)', () => {
  // Rent arrears as a percentage of the rent roll: lower is better, target 7.5%.
  const arrears = (tolerance: CellValue[] = [], headers: string[] = []) =>
    table(headers, [
      ['ARR-1', 'Lower', 7.5, tolerance, [null, null, 8.4]],
      ['ARR-2', 'Lower', 7.5, tolerance, [null, null, 8.5]],
      ['ARR-3', 'Lower', 7.5, tolerance, [null, null, 8.6]],
      ['ARR-4', 'Lower', 7.5, tolerance, [null, null, 7.4]],
    ]);

  it('"within 1" in points on a 7.5% arrears rate means up to 8.5% is amber, not up to 7.575%', () => {
    const points = scoreWorkbook([arrears()], { tolerancePct: 1, toleranceMode: 'points' }).result;
    assert.deepEqual(
      points.indicators.map((i) => i.rag),
      ['amber', 'amber', 'red', 'green'],
    );
    assert.equal(points.toleranceMode, 'points');
    const relative = scoreWorkbook([arrears()], { tolerancePct: 1 }).result;
    assert.deepEqual(
      relative.indicators.map((i) => i.rag),
      ['red', 'red', 'red', 'green'],
    );
    assert.equal(relative.toleranceMode, undefined);
  });

  it('the % variance printed is the same in every mode; only the amber band is measured differently', () => {
    const points = scoreWorkbook([arrears()], { tolerancePct: 1, toleranceMode: 'points' }).result;
    assert.deepEqual(
      points.indicators.map((i) => i.variancePct),
      [-12, -13.33, -14.67, 1.33],
    );
  });

  it('absolute: "within 2 days" on a target of 30 days to re-let', () => {
    const { result } = scoreWorkbook(
      [
        table(
          [],
          [
            ['D1', 'Lower', 30, [], [null, null, 32]],
            ['D2', 'Lower', 30, [], [null, null, 32.5]],
            ['D3', 'Lower', 30, [], [null, null, 29]],
          ],
        ),
      ],
      { tolerancePct: 2, toleranceMode: 'absolute' },
    );
    assert.deepEqual(
      result.indicators.map((i) => i.rag),
      ['amber', 'red', 'green'],
    );
  });

  it('an absolute tolerance may be more than 100; a percentage may not', () => {
    const rows = table([], [['M', 'Higher', 10000, [], [null, null, 9800]]]);
    assert.equal(
      scoreWorkbook([rows], { tolerancePct: 250, toleranceMode: 'absolute' }).result.indicators[0].rag,
      'amber',
    );
    assert.throws(
      () => scoreWorkbook([rows], { tolerancePct: 150, toleranceMode: 'points' }),
      (e: Error) =>
        e instanceof InputError &&
        e.message === 'The tolerance must be a number of percentage points between 0 and 100; 150 is not.',
    );
  });

  it("a Tolerance cell over 100 is an absolute amount when the workbook's mode is absolute; otherwise a Check says so", () => {
    const budget = () => table(['Tolerance'], [['BUD', 'Higher', 10000, [250], [null, null, 9780]]]);
    const absolute = scoreWorkbook([budget()], { toleranceMode: 'absolute', tolerancePct: 100 }).result;
    assert.deepEqual([absolute.indicators[0].rag, absolute.indicators[0].tolerancePct], ['amber', 250]);
    const relative = scoreWorkbook([budget()], { tolerancePct: 2 }).result;
    assert.deepEqual([relative.indicators[0].rag, relative.indicators[0].tolerancePct], ['red', 2]);
    assert.equal(
      relative.findings.find((f) => f.ref === 'BUD' && f.kind === 'unreadable-cell')!.message,
      'BUD: tolerance 250 is more than 100, which only an absolute tolerance (Tolerance mode "Absolute") can be; the workbook\'s tolerance is used.',
    );
  });

  it('a Tolerance cell that is not a figure is named without calling it "a percentage" (in points mode it would hold points)', () => {
    const rows = table(['Tolerance'], [['ARR-1', 'Lower', 7.5, ['wide'], [null, null, 7.9]]]);
    const { result } = scoreWorkbook([rows], { toleranceMode: 'points' });
    const f = result.findings.find((x) => x.kind === 'unreadable-cell' && x.ref === 'ARR-1')!;
    assert.equal(
      f.message,
      'ARR-1: tolerance "wide" is not a figure (such as 5, 5% or 1pp); the workbook\'s tolerance is used.',
    );
    assert.doesNotMatch(f.message, /percentage/);
  });

  it('a number between 0 and 1 is a fraction shown as a percent in relative mode, and as typed in points mode', () => {
    // Excel keeps "5%" typed in a cell as 0.05; in points mode 0.5 is half a point.
    const rows = () => table(['Tolerance'], [['ARR-1', 'Lower', 7.5, [0.5], [null, null, 7.9]]]);
    assert.deepEqual(
      scoreWorkbook([rows()], { toleranceMode: 'points' }).result.indicators.map((i) => [i.rag, i.tolerancePct]),
      [['amber', 0.5]],
    );
    assert.deepEqual(
      scoreWorkbook([rows()]).result.indicators.map((i) => [i.rag, i.tolerancePct]),
      [['amber', 50]],
    );
    const close = table(
      ['Green band', 'Amber band'],
      [['OCC', 'Close to target', 100, [0.05, 0.1], [null, null, 108]]],
    );
    assert.deepEqual(scoreWorkbook([close]).result.indicators[0].bands, { green: 5, amber: 10 });
    assert.deepEqual(scoreWorkbook([close], { toleranceMode: 'absolute' }).result.indicators[0].bands, {
      green: 0.05,
      amber: 0.1,
    });
  });

  it('per indicator: a Tolerance mode column, or a tolerance typed as "1pp"', () => {
    const { result } = scoreWorkbook([
      table(
        ['Tolerance', 'Tolerance mode'],
        [
          ['ARR-1', 'Lower', 7.5, [1, 'Points'], [null, null, 8.4]],
          ['ARR-2', 'Lower', 7.5, ['1pp', null], [null, null, 8.4]],
          ['ARR-3', 'Lower', 7.5, [1, null], [null, null, 8.4]],
          ['ARR-4', 'Lower', 7.5, [1, 'sideways'], [null, null, 8.4]],
        ],
      ),
    ]);
    assert.deepEqual(
      result.indicators.map((i) => [i.rag, i.toleranceMode ?? 'relative']),
      [
        ['amber', 'points'],
        ['amber', 'points'],
        ['red', 'relative'],
        ['red', 'relative'],
      ],
    );
    const unreadable = result.findings.find((f) => f.kind === 'unreadable-cell' && f.ref === 'ARR-4')!;
    assert.equal(
      unreadable.message,
      'ARR-4: tolerance mode "sideways" is not Relative, Points or Absolute; the workbook\'s tolerance mode is used.',
    );
  });

  it('the summary says which mode was used and labels the count column honestly', () => {
    const points = scoreWorkbook([arrears()], { tolerancePct: 1, toleranceMode: 'points' }).result;
    const text = summaryText(points);
    assert.match(
      text,
      /scored against a tolerance of 1 percentage point\. Tolerance in percentage points: an indicator no more than 1 point worse than its target is amber\./,
    );
    assert.match(text, /^Within 1 percentage point of target$/m);
    const mixed = scoreWorkbook([
      table(
        ['Tolerance'],
        [
          ['A', 'Higher', 10, [3], [null, null, 9.8]],
          ['B', 'Higher', 10, [null], [null, null, 9.8]],
        ],
      ),
    ]).result;
    const mixedText = summaryText(mixed);
    assert.match(mixedText, /^Within tolerance$/m, 'indicators differ: not "Within 5%"');
    assert.match(mixedText, /1 indicator has its own tolerance/);
    assert.doesNotMatch(mixedText, /Within 5%/);
  });

  it('with the defaults the St Helens summary still says "Within 5% of target" and nothing more', () => {
    const text = summaryText(scoreWorkbook(reportGrids(), { quarter: 3 }).result);
    assert.match(text, /^Within 5% of target$/m);
    assert.match(text, /scored against a 5% tolerance\. Every colour is also written in words\./);
  });
});

describe('The Status the analyst typed (issue 7, kind 7)', () => {
  const statusTable = () =>
    table(
      ['Status'],
      [
        ['S1', 'Higher', 100, ['G'], [null, null, 80]],
        ['S2', 'Higher', 100, ['Amber'], [null, null, 97]],
        ['S3', 'Higher', 100, ['✓'], [null, null, 101]],
        ['S4', 'Higher', 100, ['✗'], [null, null, 101]],
        ['S5', 'Higher', 100, ['On target'], [null, null, null]],
        ['S6', 'Higher', 100, ['R'], [null, null, 90]],
      ],
    );

  it('reads Red / R, Amber / A, Green / G, ticks, crosses and words', () => {
    const cases: [CellValue, string | null][] = [
      ['Red', 'red'],
      ['r', 'red'],
      ['AMBER', 'amber'],
      ['A', 'amber'],
      ['Green', 'green'],
      ['G', 'green'],
      ['✓', 'green'],
      ['✔', 'green'],
      ['✗', 'red'],
      ['✘', 'red'],
      ['On target', 'green'],
      ['Off target', 'red'],
      ['Within tolerance', 'amber'],
      ['Within 5% of target', 'amber'],
      ['Green - on track', 'green'],
      ['Data gap', null],
      ['', null],
      [null, null],
    ];
    for (const [typed, rag] of cases) assert.equal(parseTypedStatus(typed), rag, String(typed));
  });

  it('a typed status the figures contradict is a Check finding; one they agree with is not', () => {
    const { result } = scoreWorkbook([statusTable()]);
    const found = result.findings.filter((f) => f.kind === 'typed-status-disagrees');
    assert.deepEqual(
      found.map((f) => [f.ref, f.cell, f.severity]),
      [
        ['S1', 'E2', 'warning'],
        ['S4', 'E5', 'warning'],
        ['S5', 'E6', 'warning'],
      ],
    );
    assert.equal(
      found[0].message,
      // Analyst's item 1 (session 7): the column holds the analyst's own words, so they are kept, not written over.
      'S1: the status was typed as "G" (Green) but the figures give Red (off target: 80 against a target of 100, −20.00%). It is kept as you typed it; check which is right before the report goes out.',
    );
    assert.match(
      found[2].message,
      /^S5: the status was typed as "On target" \(Green\) but the figures give data gap, so no colour\./,
    );
  });

  it('survives rescoring: the typed status is kept in its cell, never written over, and checked again', () => {
    const wb = new MemoryWorkbook([statusTable()]);
    const first = wb
      .score()
      .run.result.findings.filter((f) => f.kind === 'typed-status-disagrees')
      .map((f) => f.message);
    assert.equal(wb.get('PIs', 1, 4), 'G', 'the typed "G" is kept (analyst\'s item 1, session 7)');
    const statusFindings = (overrides = {}) =>
      wb
        .score(overrides)
        .run.result.findings.filter((f) => f.kind === 'typed-status-disagrees')
        .map((f) => f.message);
    assert.deepEqual(statusFindings(), first, 'scored again: the same findings');
    const wider = statusFindings({ tolerancePct: 10 });
    assert.equal(wb.get('PIs', 6, 4), 'R', 'still as typed');
    assert.deepEqual(
      wider.slice(0, 3),
      first,
      'after a rescoring that rewrote the cells, still against what the analyst typed',
    );
    assert.match(wider[3], /^S6: the status was typed as "R" \(Red\) but the figures give Amber/);
    assert.equal(
      wb.state().journal!.cells.some((c) => c.role === 'status'),
      false,
      "no cell of the typed column is the product's",
    );
  });
});

describe('DOT for monthly indicators (issue 7, kind 8)', () => {
  // Higher is better, target 100: Sep 80 (−20%), Nov 90 (−10%), Dec 88 (−12%).
  const monthly = () =>
    sheet('PIs', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', ...months(9)],
      ['M1', 'Monthly', 'Higher', 100, 70, 72, 75, 78, 79, 80, 85, 90, 88],
    ]);

  it('by default December is compared with September (the previous quarter): improving', () => {
    const { result } = scoreWorkbook([monthly()], { quarter: 3 });
    assert.equal(result.indicators[0].dot, 'up');
    assert.equal(result.indicators[0].previous!.month, 'Sep');
    assert.equal(result.dotComparison, undefined);
  });

  it('with the previous reported period, December is compared with November: worsening', () => {
    const { result } = scoreWorkbook([monthly()], { quarter: 3, dot: 'period' });
    assert.equal(result.indicators[0].dot, 'down');
    assert.equal(result.indicators[0].previous!.month, 'Nov');
    assert.equal(result.dotComparison, 'period');
    assert.match(
      summaryText(result),
      /DOT compares each value with the previous reported period \(month-on-month\), not the previous quarter\./,
    );
  });

  it('a quarterly table gives the same DOT either way', () => {
    const q = sheet('PIs', [
      ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
      ['Q', 'Quarterly', 'Higher', 100, 80, 95, 90],
    ]);
    assert.equal(
      scoreWorkbook([q]).result.indicators[0].dot,
      scoreWorkbook([q], { dot: 'period' }).result.indicators[0].dot,
    );
  });
});

describe('The issue-7 settings are saved in the workbook', () => {
  it('are kept in Scorecard_State and used next time; the defaults are not written', () => {
    const wb = new MemoryWorkbook(reportGrids());
    wb.score();
    assert.deepEqual(wb.state().settings, { quarter: null, tolerancePct: 5, mapping: null });
    wb.score({ toleranceMode: 'points', tolerancePct: 1, dot: 'period', greenBand: 2, amberBand: 4 });
    assert.deepEqual(wb.state().settings, {
      quarter: null,
      tolerancePct: 1,
      mapping: null,
      toleranceMode: 'points',
      greenBand: 2,
      amberBand: 4,
      dot: 'period',
    });
    const { run } = wb.score();
    assert.equal(run.result.toleranceMode, 'points');
    assert.equal(run.result.dotComparison, 'period');
    wb.score({ toleranceMode: 'relative', dot: 'quarter', greenBand: null, amberBand: null, tolerancePct: 5 });
    assert.deepEqual(wb.state().settings, { quarter: null, tolerancePct: 5, mapping: null });
  });

  it('an older state sheet without them reads as the defaults; with them, they round-trip', () => {
    const older = [
      ['note', ''],
      ['format', 'performance-scorecard-state/1'],
      ['settings', '{"quarter":3,"tolerancePct":2.5,"mapping":null}'],
      ['productSheets', '[]'],
      ['journal', 'null'],
    ];
    assert.deepEqual(decodeState(older).settings, { quarter: 3, tolerancePct: 2.5, mapping: null });
    const state = {
      ...defaultState(),
      settings: {
        quarter: null,
        tolerancePct: 1,
        mapping: null,
        toleranceMode: 'points' as const,
        greenBand: 1,
        amberBand: 2,
        dot: 'period' as const,
      },
    };
    assert.deepEqual(decodeState(encodeState(state)).settings, state.settings);
    const settingsRow = encodeState(defaultState()).find((row) => row[0] === 'settings');
    assert.equal(settingsRow?.[1], '{"quarter":null,"tolerancePct":5,"mapping":null}', 'the defaults encode as before');
  });

  it('a state sheet saved with a setting it cannot use is refused in one sentence', () => {
    const wb = new MemoryWorkbook(reportGrids());
    assert.throws(
      () => wb.score({ greenBand: 6, amberBand: 4 }),
      (e: Error) =>
        e instanceof InputError && e.message === 'The amber band (4) must be at least as wide as the green band (6).',
    );
    assert.throws(
      () => wb.score({ toleranceMode: 'percent' as never }),
      (e: Error) =>
        e instanceof InputError &&
        e.message === 'There is no tolerance mode "percent": give relative, points or absolute.',
    );
  });
});
