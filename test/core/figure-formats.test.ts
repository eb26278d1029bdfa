/**
 * A figure as its cell shows it (src/core/read/number-formats-text.ts), the one home for the findings'
 * figures and the generated sheets' number formats: "02:10", "95.5%", "£480,000", "26:30", "27.3".
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { figureText, heldFigureFormat, shownText } from '../../src/core/read/number-formats-text';
import { compactNumberFormats, isPercentFormat, isTimeFormat } from '../../src/core/read/number-formats';
import { defaultState, prepareRun } from '../../src/core';
import { reportGrids } from '../support/golden';
import { parseFigureText } from '../../src/core/read/values';
import { scoreWorkbook } from '../../src/core/score/score-workbook';
import type { SheetGrid } from '../../src/core/model';
import { STANDARD_HEADER } from '../support/grids';

const s = (seconds: number) => seconds / 86400;

describe('A figure as its cell shows it (the findings and the generated sheets)', () => {
  it('renders the formats analysts use: times, durations, percentages, money, decimals', () => {
    const cases: [number, string, string][] = [
      [s(130), 'mm:ss', '02:10'],
      [s(130), 'm:ss', '2:10'],
      [s(3725), 'h:mm:ss', '1:02:05'],
      [s(3725), 'hh:mm', '01:02'],
      [26.5 / 24, '[h]:mm', '26:30'],
      [s(4000), '[mm]:ss', '66:40'],
      [s(4000.25), '[h]:mm:ss.0', '1:06:40.3'],
      [0.955, '0.0%', '95.5%'],
      [0.96, '0%', '96%'],
      [-0.0181, '0.00%', '-1.81%'],
      [480000, '£#,##0', '£480,000'],
      [480000, '"£"#,##0', '£480,000'],
      [480000, '[$£-809]#,##0.00', '£480,000.00'],
      [-1250, '£#,##0;[Red]-£#,##0', '-£1,250'],
      [1204330, '#,##0,"k"', '1,204k'],
      [27.25, '0.0', '27.3'],
      [27.25, '#,##0.00', '27.25'],
      [0.5, '#.##', '.5'],
      [12, '0 "days"', '12 days'],
    ];
    for (const [value, code, text] of cases) assert.equal(shownText(value, code), text, `${value} in ${code}`);
  });

  it('says nothing it cannot render faithfully: General, conditions, dates, fractions, scientific, AM/PM give null', () => {
    for (const code of [
      'General',
      '',
      '[>=100]0;[<100]0.00',
      'dd/mm/yyyy',
      'mmm-yy',
      '# ?/?',
      '0.00E+00',
      'h:mm AM/PM',
      '@',
    ])
      assert.equal(shownText(12.123, code), null, code);
  });

  it('a figure in a format not understood is the plain number, rounded sensibly (never 0.002 for 0.0015)', () => {
    assert.equal(figureText(12.123, { code: '[>=100]0;[<100]0.00' }), '12.123');
    assert.equal(figureText(0.00150462963, { code: '[>=100]0;[<100]0.00' }), '0.001505');
    assert.equal(figureText(1350000), '1,350,000', 'no format: as before');
    assert.equal(figureText(95.5, { code: '0.0%', percentUnits: true }), '95.5%', 'held in percent units');
  });

  it('a figure held in percent units keeps its cell’s format with percentUnits; a typed "95%" reads as 0%', () => {
    assert.deepEqual(heldFigureFormat(0.955, '0.0%', 95.5), { code: '0.0%', percentUnits: true });
    assert.deepEqual(heldFigureFormat(0.955, '0.0%', 0.955), { code: '0.0%' });
    assert.deepEqual(heldFigureFormat('95%', null, 95), { code: '0%', percentUnits: true });
    assert.deepEqual(heldFigureFormat('95.5%', null, 0.955), { code: '0.0%' });
    assert.equal(heldFigureFormat(95, 'General', 95), undefined);
    assert.equal(heldFigureFormat('21 days', null, 21), undefined, 'a unit is the score’s latestUnit');
  });

  /** The text read back as a number in the cell's units: a time as a fraction of a day, a percentage as a fraction. */
  function parseBack(text: string, code: string): number | null {
    if (isTimeFormat(code)) {
      const parts = text.replace(/^-/, '').split(':').map(Number);
      const [h, m, sec] =
        /^\[?h/i.test(code) || /h/.test(code) ? [parts[0], parts[1], parts[2] ?? 0] : [0, parts[0], parts[1] ?? 0];
      const days = (h * 3600 + m * 60 + sec) / 86400;
      return text.startsWith('-') ? -days : days;
    }
    const f = parseFigureText(text.replace(/k$/, ''));
    if (!f) return null;
    return isPercentFormat(code) ? f.value / 100 : f.value;
  }

  /** How far a figure may be from its text in each format: half the last digit shown (a second, a minute cut). */
  const FORMATS: { code: string; precision: number; maxDays?: number }[] = [
    // A clock's minutes and hours wrap (mm:ss shows an hour as 00:00, as Excel does): figures it can show.
    { code: 'mm:ss', precision: s(1), maxDays: s(3599) },
    { code: 'h:mm:ss', precision: s(1), maxDays: 0.9999 },
    { code: '[h]:mm', precision: s(61) },
    { code: '[h]:mm:ss', precision: s(1) },
    { code: '0%', precision: 0.005 },
    { code: '0.0%', precision: 0.0005 },
    { code: '0.00%', precision: 0.00005 },
    { code: '£#,##0', precision: 0.5 },
    { code: '"£"#,##0.00', precision: 0.005 },
    { code: '#,##0', precision: 0.5 },
    { code: '0.0', precision: 0.05 },
    { code: '0.000', precision: 0.0005 },
  ];

  it('property: for any value and any recognised format, the finding’s text parses back to the value within the format’s precision', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMATS),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.boolean(),
        (format, size, negative) => {
          // Times are fractions of a day (up to four days); the rest figures of any size.
          const magnitude = isTimeFormat(format.code)
            ? ((format.maxDays ?? 4) * size) / 1e6
            : isPercentFormat(format.code)
              ? size / 1e5
              : size;
          const value = negative && !isTimeFormat(format.code) ? -magnitude : magnitude;
          const text = figureText(value, { code: format.code });
          const back = parseBack(text, format.code);
          assert.ok(back !== null, `${value} in ${format.code}: "${text}" reads back`);
          assert.ok(
            Math.abs(back - value) <= format.precision * 1.0000001 + 1e-9 * Math.abs(value),
            `${value} in ${format.code} is "${text}", read back as ${back}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the carried-forward finding says "the latest value (02:10)", the typed-variance one "95.5% against … 96%"', () => {
    const grid: SheetGrid = {
      name: 'KPIs',
      values: [
        STANDARD_HEADER,
        ['FR-08', 'Response time', 'Lower', s(480), s(470), s(455), s(462), s(449), s(458), s(130), null, null, null],
        ['CS-02', 'Council tax', 'Higher', 0.96, null, null, null, null, null, null, null, null, 0.955, 0.2],
      ],
      numberFormats: {
        formats: ['mm:ss', '0.0%', '0%'],
        runs: [
          3, 1, 1, 0, 4, 1, 1, 0, 5, 1, 1, 0, 6, 1, 1, 0, 7, 1, 1, 0, 8, 1, 1, 0, 9, 1, 1, 0, 3, 2, 2, 2, 12, 2, 2, 1,
        ],
      },
    };
    const { result } = scoreWorkbook([grid], { quarter: 3 });
    const messages = result.findings.map((f) => f.message);
    assert.ok(
      messages.some((m) => m.includes('the latest value (02:10) is carried forward from Sept')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('(95.5% against a Dec target of 96%)')),
      messages.join('\n'),
    );
    const cs02 = result.indicators.find((i) => i.ref === 'CS-02')!;
    assert.deepEqual([cs02.latestFormat, cs02.targetFormat], [{ code: '0.0%' }, { code: '0%' }]);
  });
});

describe('The Highlights columns fit the figures they copy', () => {
  it('a £25,000,000 target and a 1,300,000 latest value shown £#,##0 widen the Target and Latest value columns: never "###"', () => {
    const values = [
      STANDARD_HEADER,
      ['FIN-01', 'Capital programme spend', 'Lower', 25000000, ...[null, null, 1300000], ...Array(10).fill(null)],
      ['FIN-02', 'Sundry debt', 'Lower', 900, ...[null, null, 850], ...Array(10).fill(null)],
    ];
    const grid: SheetGrid = {
      name: 'Finance',
      values,
      numberFormats: compactNumberFormats(values, (r, c) => (r === 1 && c >= 3 && c <= 12 ? '£#,##0' : null)),
    };
    const run = prepareRun([grid], defaultState());
    const highlights = run.plan.sheets.find((x) => x.role === 'highlights')!;
    assert.ok(
      highlights.values.values.some((r) => r[5] === 'Target'),
      'the Target column is F',
    );
    assert.ok(highlights.columnWidths[5] >= '£25,000,000'.length + 2, `Target ${highlights.columnWidths[5]}`);
    assert.ok(highlights.columnWidths[3] >= '£1,300,000'.length + 2, `Latest value ${highlights.columnWidths[3]}`);
  });

  it("figures in General keep the list's own widths (the St Helens report's Highlights are unchanged)", () => {
    const run = prepareRun(reportGrids(), defaultState());
    const highlights = run.plan.sheets.find((x) => x.role === 'highlights')!;
    assert.deepEqual([highlights.columnWidths[3], highlights.columnWidths[5]], [11, 10]);
  });
});
