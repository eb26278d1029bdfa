/**
 * Number formats and the date system (issue 8 items 2 and 3): a figure is read the way the analyst
 * sees it — 0.052 formatted 0.0% is 5.2% — and month headers stored as dates are read in the
 * workbook's own date system.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type SheetGrid } from '../../src/core';
import {
  NumberFormatsBuilder,
  compactNumberFormats,
  inDateSystem1900,
  isDateFormat,
  isPercentFormat,
  numberFormatOf,
} from '../../src/core/read/number-formats';
import { months } from '../support/grids';

const HEADER: CellValue[] = [
  'Ref',
  'Performance Indicator',
  'Higher / Lower is better?',
  '20/21 Target',
  ...months(9, { sept: true }),
];
const MONTHS = 9;

/** One indicator: its target cell and nine monthly cells, each with an optional number format. */
function sheet(
  target: CellValue,
  targetFormat: string | null,
  values: CellValue[],
  valueFormat: string | null,
): SheetGrid {
  const row: CellValue[] = ['CS-07', 'Council tax collected', 'Higher', target, ...values];
  const grid: SheetGrid = { name: 'P6 Modern Council', values: [HEADER, row] };
  grid.numberFormats = compactNumberFormats(grid.values, (r, c) =>
    r === 1 && c === 3 ? targetFormat : r === 1 && c >= 4 ? valueFormat : null,
  );
  return grid;
}

function scoreOf(grid: SheetGrid) {
  const { result } = scoreWorkbook([grid], { quarter: 3 });
  return { indicator: result.indicators[0], findings: result.findings.filter((f) => f.kind === 'percentage-scales') };
}

describe('Percentages stored two ways (issue 8)', () => {
  it('a target typed as the text "5%" against monthly values stored as fractions shown 0.0% (5.2%) is +4.00%, green — not −98.96% red', () => {
    const { indicator, findings } = scoreOf(sheet('5%', null, Array(MONTHS).fill(0.052), '0.0%'));
    assert.equal(indicator.latestValue, 5.2);
    assert.equal(indicator.periodTarget, 5);
    assert.equal(indicator.variancePct, 4);
    assert.equal(indicator.rag, 'green');
    assert.deepEqual(findings, []);
  });

  it('the reverse — a target stored as 0.05 shown 0%, values typed as "5.2%" — is +4.00%, green — not +10,300% green', () => {
    const { indicator, findings } = scoreOf(sheet(0.05, '0%', Array(MONTHS).fill('5.2%'), null));
    assert.equal(indicator.latestValue, 5.2);
    assert.equal(indicator.periodTarget, 5);
    assert.equal(indicator.variancePct, 4);
    assert.equal(indicator.rag, 'green');
    assert.deepEqual(findings, []);
  });

  it('a target and values both stored as fractions shown as percentages score as they always did', () => {
    const { indicator, findings } = scoreOf(sheet(0.05, '0%', Array(MONTHS).fill(0.052), '0.0%'));
    assert.equal(indicator.latestValue, 0.052);
    assert.equal(indicator.variancePct, 4);
    assert.deepEqual(findings, []);
  });

  it('a plain target of 5 against values shown as 5.2% (stored 0.052) is read as 5%: +4.00%, green, and a Check on the target cell says so (session 8; it was "No target", and before that −98.96% red)', () => {
    // The rule changed deliberately twice: scored as stored (−98.96% red) until session 4, then not rated
    // (No target); now read on its values' scale, where it sits among them (session 8, noticed item 1).
    const { indicator, findings } = scoreOf(sheet(5, null, Array(MONTHS).fill(0.052), '0.0%'));
    assert.equal(indicator.periodTarget, 0.05);
    assert.equal(indicator.variancePct, 4);
    assert.equal(indicator.rag, 'green');
    assert.equal(indicator.status, 'on target');
    assert.deepEqual(indicator.targetFormat, { code: '0%' });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].cell, 'D2');
    assert.equal(
      findings[0].message,
      'CS-07: the target 5 is a plain number over values shown as percentages (such as 5.2%), so it is read as 5%; type it as 5% (or correct it) and score again.',
    );
  });

  it('a target typed "5%" against values stored as plain 0.053 (no % format) is read as 0.05: +6.00%, on target — never +98.9% against 5 (session 8; it was "No target")', () => {
    const grid = sheet('5%', null, Array(MONTHS).fill(0.053), null);
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    const indicator = result.indicators[0];
    assert.equal(indicator.periodTarget, 0.05);
    assert.equal(indicator.variancePct, 6, 'not +98.94% against 5');
    assert.equal(indicator.rag, 'green');
    assert.equal(result.executiveSummary.onTarget, 1);
    assert.equal(result.executiveSummary.noTarget, 0, 'an indicator with a target is not counted under No target');
    assert.equal(result.executiveSummary.total, 1);
    const scales = result.findings.filter((f) => f.kind === 'percentage-scales');
    assert.equal(scales.length, 1);
    assert.equal(scales[0].cell, 'D2');
    assert.match(
      scales[0].message,
      /^CS-07: the target 5% is shown as a percentage over plain values \(such as 0\.053\), so it is read as 0\.05, as the values are written; type the target as 0\.05/,
    );
    assert.deepEqual(
      result.findings.filter((f) => f.kind === 'target-missing'),
      [],
      'one finding, not a second saying the target is missing',
    );
  });

  it('a target stored as 0.05 shown 5% against plain values of 5.3 is read as 5: +6.00%, and the Check says type the target as 5', () => {
    const { indicator, findings } = scoreOf(sheet(0.05, '0%', Array(MONTHS).fill(5.3), null));
    assert.equal(indicator.status, 'on target');
    assert.equal(indicator.periodTarget, 5);
    assert.equal(indicator.variancePct, 6);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /so it is read as 5, as the values are written; type the target as 5 /);
  });

  it('an indicator whose target "5%" is read on its plain values\' scale (0.05) keeps its DOT, is rated, and the others are rated too', () => {
    const values: CellValue[] = [null, null, 0.05, null, null, 0.051, null, null, 0.053];
    const mismatched: CellValue[] = ['CS-07', 'Council tax collected', 'Higher', '5%', ...values];
    const fine: CellValue[] = [
      'CS-08',
      'Business rates collected',
      'Higher',
      5,
      ...values.map((v) => (typeof v === 'number' ? Number((v * 100).toPrecision(12)) : null)),
    ];
    const { result } = scoreWorkbook([{ name: 'P6 Modern Council', values: [HEADER, mismatched, fine] }], {
      quarter: 3,
    });
    const [a, b] = result.indicators;
    assert.equal(a.status, 'on target');
    assert.equal(a.variancePct, 6);
    assert.equal(a.dot, 'up', '0.053 in December against 0.051 in September, higher is better');
    assert.equal(b.status, 'on target');
    assert.equal(b.variancePct, 6);
    assert.equal(result.executiveSummary.onTarget, 2);
    assert.equal(result.executiveSummary.noTarget, 0);
  });

  it('a plain target of 0.05 against values typed "5.2%" is read as 5% with the same kind of Check: +4.00%', () => {
    const { indicator, findings } = scoreOf(sheet(0.05, null, Array(MONTHS).fill('5.2%'), null));
    assert.equal(indicator.periodTarget, 5);
    assert.equal(indicator.variancePct, 4);
    assert.equal(findings.length, 1);
    assert.match(
      findings[0].message,
      /^CS-07: the target 0\.05 is a plain number over values shown as percentages \(such as 5\.2%\), so it is read as 5%/,
    );
  });

  it('a plain target of 5 against values typed "5.2%" is the same scale: no finding', () => {
    const { indicator, findings } = scoreOf(sheet(5, null, Array(MONTHS).fill('5.2%'), null));
    assert.equal(indicator.variancePct, 4);
    assert.deepEqual(findings, []);
  });

  it('a date where a figure belongs is not a figure: the month is a data gap and a finding says what the cell holds', () => {
    const values: CellValue[] = Array(MONTHS).fill(12);
    values[8] = 44166; // 1 Dec 2020, formatted as a date
    const grid: SheetGrid = { name: 'P1', values: [HEADER, ['CS-01', 'Visits', 'Higher', 10, ...values]] };
    grid.numberFormats = compactNumberFormats(grid.values, (r, c) => (r === 1 && c === 12 ? 'dd/mm/yyyy' : null));
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    assert.equal(result.indicators[0].latestValue, 12);
    assert.equal(result.indicators[0].latestMonth, 'Nov');
    assert.ok(
      result.findings.some((f) => f.cell === 'M2' && /1 Dec 2020/.test(f.message)),
      JSON.stringify(result.findings),
    );
  });
});

describe('The 1904 date system (issue 8)', () => {
  /** Month headers stored as dates ("Apr-20" …), as serials in the given date system. */
  function datedSheet(date1904: boolean, withFormats = true): SheetGrid {
    const offset = date1904 ? 1462 : 0;
    const firstOfMonth = [43922, 43952, 43983, 44013, 44044, 44075, 44105, 44136, 44166]; // 1 Apr … 1 Dec 2020 (1900 system)
    const header: CellValue[] = [
      'Ref',
      'Performance Indicator',
      '20/21 Target',
      ...firstOfMonth.map((s) => s - offset),
    ];
    const values: CellValue[] = [10, 10, 10, 11, 11, 11, 12, 12, 9];
    const grid: SheetGrid = { name: 'P1', values: [header, ['CS-01', 'Visits', 10, ...values]], date1904 };
    if (withFormats)
      grid.numberFormats = compactNumberFormats(grid.values, (r, c) => (r === 0 && c >= 3 ? 'mmm-yy' : null));
    return grid;
  }

  it('a 1904 workbook with date headers scores the right quarter: Dec is the latest month, Q3, 9 against 10 is −10% red', () => {
    const { result } = scoreWorkbook([datedSheet(true)], {});
    assert.equal(result.quarterNumber, 3);
    assert.equal(result.indicators[0].latestMonth, 'Dec');
    assert.equal(result.indicators[0].latestValue, 9);
    assert.equal(result.indicators[0].variancePct, -10);
    assert.equal(result.indicators[0].rag, 'red');
  });

  it('the same workbook in the 1900 system scores the same', () => {
    const { result } = scoreWorkbook([datedSheet(false)], {});
    assert.equal(result.quarterNumber, 3);
    assert.equal(result.indicators[0].latestMonth, 'Dec');
  });

  it('moves only date-formatted numbers: figures keep their values', () => {
    const moved = inDateSystem1900(datedSheet(true));
    assert.equal(moved.values[0][3], 43922);
    assert.equal(moved.values[1][3], 10);
    assert.equal(moved.date1904, false);
  });
});

describe('Number format codes', () => {
  it('tells percentages', () => {
    for (const f of ['0%', '0.0%', '0.00%;[Red]-0.00%', '#,##0.0%']) assert.ok(isPercentFormat(f), f);
    for (const f of ['General', '0.0', '0.0"%"', '0.0\\%', '[$£-809]#,##0', null])
      assert.ok(!isPercentFormat(f), String(f));
  });

  it('tells dates from times and figures', () => {
    for (const f of ['mmm-yy', 'dd/mm/yyyy', 'd mmmm yyyy', 'mmmm', '[$-809]mmm-yy', 'dd/mm/yyyy hh:mm'])
      assert.ok(isDateFormat(f), f);
    for (const f of ['General', '0.00', 'h:mm', 'mm:ss', '#,##0 "days"', '0.0%', null])
      assert.ok(!isDateFormat(f), String(f));
  });

  it("keeps a 50,000-row column in one format as one run, and finds each cell's format", () => {
    const b = new NumberFormatsBuilder();
    for (let r = 1; r <= 50000; r++) b.add(r, 4, '0.0%');
    b.add(3, 5, '0.00');
    b.add(4, 5, 'General');
    b.add(5, 5, '0.00');
    const nf = b.build()!;
    assert.deepEqual(nf.formats, ['0.0%', '0.00']);
    assert.equal(nf.runs.length, 3 * 4);
    const grid = { numberFormats: nf };
    assert.equal(numberFormatOf(grid, 25000, 4), '0.0%');
    assert.equal(numberFormatOf(grid, 0, 4), null);
    assert.equal(numberFormatOf(grid, 4, 5), null);
    assert.equal(numberFormatOf(grid, 5, 5), '0.00');
    assert.equal(numberFormatOf({}, 5, 5), null);
  });
});

describe('A target with its comparator after the figure keeps its percent sign (session 5 fresh-user check)', () => {
  for (const typed of ['95%+', '95% or above', '95% or more']) {
    it(`a target typed "${typed}" against values shown as 96% (stored 0.96) is +1.05%, green, with no scales Check`, () => {
      const { indicator, findings } = scoreOf(sheet(typed, null, Array(MONTHS).fill(0.96), '0%'));
      assert.equal(indicator.latestValue, 96);
      assert.equal(indicator.periodTarget, 95);
      assert.equal(indicator.variancePct, 1.05);
      assert.equal(indicator.rag, 'green');
      assert.deepEqual(findings, []);
    });

    it(`a target typed "${typed}" against plain 0.96 is read as 0.95: +1.05%, green, with one Check (it was −98.99% red with no finding; then "No target")`, () => {
      const { indicator, findings } = scoreOf(sheet(typed, null, Array(MONTHS).fill(0.96), null));
      assert.equal(indicator.periodTarget, 0.95);
      assert.equal(indicator.variancePct, 1.05);
      assert.equal(indicator.rag, 'green');
      assert.equal(indicator.status, 'on target');
      assert.equal(findings.length, 1);
      assert.match(
        findings[0].message,
        /^CS-07: the target 95% is shown as a percentage over plain values \(such as 0\.96\), so it is read as 0\.95/,
      );
    });
  }

  it('a target typed "10% or less" against plain 0.09 is read as 0.1, never +99.1% against 10 (the row says higher is better: −10.00%)', () => {
    const { indicator, findings } = scoreOf(sheet('10% or less', null, Array(MONTHS).fill(0.09), null));
    assert.equal(indicator.periodTarget, 0.1);
    assert.equal(indicator.variancePct, -10);
    assert.equal(findings.length, 1);
  });
});
