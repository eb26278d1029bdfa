/**
 * Last year's figures and a Targets sheet's month targets on another percentage scale from an
 * indicator's values (noticed item 1, session 5): not compared. A month target on another scale is not
 * rated against (No target, as a table's own target on another scale is); last year's figures on
 * another scale give no Trend and no DOT. A Check names the cell and how to write both the same way.
 * Where both carry a percent sign (a typed "5%" beside 5.3% stored as 0.053), they are read as they show.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import { councilTaxRow, months } from '../support/grids';

/** A sheet whose cells listed in `formats` ("r,c") carry that number format. */
function sheet(name: string, values: CellValue[][], formats: Record<string, string> = {}): SheetGrid {
  const grid: SheetGrid = { name, values };
  grid.numberFormats = compactNumberFormats(values, (r, c) => formats[`${r},${c}`] ?? null);
  return grid;
}

const HEADER: CellValue[] = ['Ref', 'Performance Indicator', 'Higher / Lower is better?', 'Target', ...months(9)];
const PLAIN = [null, null, 5.1, null, null, 5.2, null, null, 5.3];
const FRACTIONS = [null, null, 0.051, null, null, 0.052, null, null, 0.053];
/** The formats of a row's nine month cells (columns E to M). */
function percentCells(row: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let c = 4; c < 13; c++) out[`${row},${c}`] = '0.0%';
  return out;
}
const scales = (r: ScoreResult) => r.findings.filter((f) => f.kind === 'percentage-scales');

describe("Last year's figures and Targets sheet month targets on another percentage scale (noticed item 1, session 5)", () => {
  describe('the Targets sheet', () => {
    it("CS-07's December target 0.05 shown as 5%, against plain 5.3, is not rated: No target, no variance, and one Check names Targets!B2 and the fix", () => {
      const { result } = scoreWorkbook(
        [
          sheet('P6', [HEADER, ['CS-07', 'Council tax collected %', 'Higher', null, ...PLAIN]]),
          sheet(
            'Targets',
            [
              ['Ref', 'Jun', 'Sep', 'Dec'],
              ['CS-07', 0.05, 0.05, 0.05],
            ],
            {
              '1,1': '0%',
              '1,2': '0%',
              '1,3': '0%',
            },
          ),
        ],
        { quarter: 3 },
      );
      const cs07 = result.indicators[0];
      assert.equal(cs07.status, 'not rated');
      assert.equal(cs07.variancePct, null);
      assert.equal(cs07.rag, null);
      assert.equal(cs07.reason, 'the target and its values are on different scales');
      assert.equal(result.executiveSummary.onTarget, 0, 'not counted on target (+10,500% as stored)');
      const f = scales(result);
      assert.equal(f.length, 1);
      assert.equal(f[0].sheet, 'Targets');
      assert.equal(f[0].cell, 'B2');
      assert.match(
        f[0].message,
        /^CS-07: the Targets sheet's month target 5% \(stored as 0\.05\) and its values such as 5\.1 are on different scales .*so it is not rated.*type the month targets on the Targets sheet as 5 \(a plain number, not formatted as a percentage\)/,
      );
      assert.ok(
        !result.findings.some((x) => x.message.includes('no target') && x.ref === 'CS-07'),
        'no second finding',
      );
    });

    it('a month target typed "5%" against values shown as 5.3% (stored 0.053) is read as it shows: +6.00%, green, no Check', () => {
      const { result } = scoreWorkbook(
        [
          sheet('P6', [HEADER, ['CS-07', 'Council tax collected %', 'Higher', null, ...FRACTIONS]], percentCells(1)),
          sheet('Targets', [
            ['Ref', 'Dec'],
            ['CS-07', '5%'],
          ]),
        ],
        { quarter: 3 },
      );
      const cs07 = result.indicators[0];
      assert.equal(cs07.periodTarget, 0.05);
      assert.equal(cs07.variancePct, 6);
      assert.equal(cs07.rag, 'green');
      assert.deepEqual(scales(result), []);
    });

    it('a month target of 5 against plain 5.3 is the same scale: rated, no Check', () => {
      const { result } = scoreWorkbook(
        [
          sheet('P6', [HEADER, ['CS-07', 'Council tax collected %', 'Higher', null, ...PLAIN]]),
          sheet('Targets', [
            ['Ref', 'Dec'],
            ['CS-07', 5],
          ]),
        ],
        { quarter: 3 },
      );
      assert.equal(result.indicators[0].variancePct, 6);
      assert.deepEqual(scales(result), []);
    });
  });

  describe("last year's figures", () => {
    it('a Last year sheet figure typed "5%" against plain 0.053 gives no Trend (not "up" from 0.053 against 5): one Check names the cell', () => {
      const { result } = scoreWorkbook(
        [
          sheet('P6', [
            [...HEADER, 'Trend'],
            ['CS-07', 'Council tax collected %', 'Higher', 0.05, ...FRACTIONS, null],
          ]),
          sheet('Last year', [
            ['Ref', 'Dec'],
            ['CS-07', '5%'],
          ]),
        ],
        { quarter: 3 },
      );
      const cs07 = result.indicators[0];
      assert.equal(cs07.trend, null);
      assert.equal(cs07.trendSource, null);
      assert.equal(cs07.variancePct, 6, 'its own target agrees: still rated');
      assert.equal(cs07.dot, 'up', 'DOT compares this year’s own values');
      const f = scales(result);
      assert.equal(f.length, 1);
      assert.equal(f[0].sheet, 'Last year');
      assert.equal(f[0].cell, 'B2');
      assert.match(f[0].message, /last year's figure on the Last year sheet 5% and its values such as 0\.051/);
      assert.match(f[0].message, /so Trend is not worked out from them/);
      assert.match(f[0].message, /type last year's figures as 0\.05/);
    });

    it('the same sheet with 0.05 gives Trend up, computed, and no Check', () => {
      const { result } = scoreWorkbook(
        [
          sheet('P6', [
            [...HEADER, 'Trend'],
            ['CS-07', 'Council tax collected %', 'Higher', 0.05, ...FRACTIONS, null],
          ]),
          sheet('Last year', [
            ['Ref', 'Dec'],
            ['CS-07', 0.05],
          ]),
        ],
        { quarter: 3 },
      );
      assert.deepEqual([result.indicators[0].trend, result.indicators[0].trendSource], ['up', 'computed']);
      assert.deepEqual(scales(result), []);
    });

    it('a "Last year Q3" column of 0.05 shown as 5% against plain 5.3 gives no Trend, and the typed "↑" beside it is not kept on it', () => {
      const { result } = scoreWorkbook(
        [
          sheet(
            'P6',
            [
              [...HEADER, 'Trend', 'Last year Q3'],
              [
                'CS-07',
                'Council tax collected %',
                'Higher',
                5,
                null,
                null,
                null,
                null,
                null,
                null,
                5.3,
                null,
                null,
                '↑',
                0.05,
              ],
            ],
            { '1,14': '0%' },
          ),
        ],
        { quarter: 3 },
      );
      const cs07 = result.indicators[0];
      assert.equal(cs07.trend, null);
      assert.equal(cs07.variancePct, 6);
      const f = scales(result);
      assert.equal(f.length, 1);
      assert.equal(f[0].cell, 'O2');
      assert.match(f[0].message, /last year's figure 5% \(stored as 0\.05\) and a value such as 5\.3/);
    });

    it("Q1's value 98.5 against last year's Q4 shown as 97% (stored 0.97): DOT is not determined (not first reported, not up from 0.97)", () => {
      const { result } = scoreWorkbook(
        [
          sheet(
            'Housing',
            [
              ['Ref', 'Indicator', 'Polarity', 'Target', 'Q3 2022/23', 'Q4 2022/23', 'Q1 2023/24'],
              ['HSG-01', 'Rent collected %', 'Higher', 98, 0.96, 0.97, 98.5],
            ],
            { '1,4': '0%', '1,5': '0%' },
          ),
        ],
        {},
      );
      const rent = result.indicators[0];
      assert.equal(rent.latestValue, 98.5);
      assert.equal(rent.dot, null);
      assert.equal(rent.trend, null);
      assert.equal(rent.variancePct, 0.51);
      assert.equal(scales(result).length, 1);
      assert.equal(scales(result)[0].cell, 'E2');
    });
  });
});

describe('A row whose values are written two ways a hundred times apart (noticed item 3, session 5)', () => {
  /** CS-07 with a plain target 0.05 and quarter-end values as given (Jun, Sept, Dec). */
  function mixed(target: CellValue, jun: CellValue, sep: CellValue, dec: CellValue) {
    return scoreWorkbook([sheet('P6', [[...HEADER, 'DOT'], councilTaxRow(target, jun, sep, dec, 1)])], { quarter: 3 })
      .result;
  }

  it('0.05, "5.2%", 0.051 against a target of 0.05: Dec is rated (+2.00%, green), DOT is not worked out against Sept\'s 5.2%, and one Check names Sept', () => {
    const r = mixed(0.05, 0.05, '5.2%', 0.051);
    const cs07 = r.indicators[0];
    assert.equal(cs07.variancePct, 2);
    assert.equal(cs07.rag, 'green');
    assert.equal(cs07.dot, null, 'not "down" from 5.2 to 0.051');
    const f = scales(r);
    assert.equal(f.length, 1, 'one finding: the mix, not also "the target and its values are on different scales"');
    assert.equal(f[0].cell, 'J2');
    assert.match(
      f[0].message,
      /^CS-07: its values are written two ways a hundred times apart: Sept 5\.2% has a percent sign, unlike Dec 0\.051 and the target; /,
    );
  });

  it('in a table of quarters the Check names quarters: "Q3 97.9 is a plain number among figures shown as percentages (Q2 97.5% …)" (it said Dec and Sept: session 8 fresh-user check)', () => {
    const { result } = scoreWorkbook(
      [
        sheet(
          'Adults',
          [
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
            ['ASC02', 'Reviews completed %', 'Higher', 0.95, 0.96, 0.975, 97.9],
          ],
          { '1,3': '0%', '1,4': '0.0%', '1,5': '0.0%' },
        ),
      ],
      { quarter: 3 },
    );
    assert.match(
      scales(result)[0].message,
      /^ASC02: Q3 97\.9 is a plain number among figures shown as percentages \(Q2 97\.5% and the target 95%\), so it is read as 97\.9%/,
    );
  });

  it("the same row scored at Q2: Sept's 5.2% is written unlike the target's checked scale, so it is not rated (No target), no DOT", () => {
    const { result } = scoreWorkbook([sheet('P6', [[...HEADER, 'DOT'], councilTaxRow(0.05, 0.05, '5.2%', 0.051, 1)])], {
      quarter: 2,
    });
    const cs07 = result.indicators[0];
    assert.equal(cs07.latestValue, 5.2);
    assert.equal(cs07.status, 'not rated');
    assert.equal(cs07.reason, 'the target and its values are on different scales');
    assert.equal(cs07.dot, null);
  });

  it('"5%", "5.1%", 0.053 against a target typed "5%": Dec\'s plain 0.053 is read as 5.3% — +6.00%, on target, DOT up from 5.1% — and the Check names it (session 8; it was "No target")', () => {
    const r = mixed('5%', '5%', '5.1%', 0.053);
    const cs07 = r.indicators[0];
    assert.equal(cs07.status, 'on target');
    assert.equal(cs07.latestValue, 5.3);
    assert.equal(cs07.variancePct, 6);
    assert.equal(r.executiveSummary.noTarget, 0);
    const f = scales(r);
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'M2');
    assert.match(
      f[0].message,
      /: Dec 0\.053 is a plain number among figures shown as percentages \(Sept 5\.1% and the target 5%\), so it is read as 5\.3%/,
    );
    assert.equal(cs07.dot, 'up', 'from 5.1% to 5.3%, not "down" from 5.1 to 0.053');
  });

  it('a target 5% stored as 0.05 beside "5.2%" and a plain 0.051 in Dec is not scored −98.98% red (it was, before): Dec is read as 5.1%, +2.00%', () => {
    const { result } = scoreWorkbook(
      [sheet('P6', [HEADER, councilTaxRow(0.05, '5%', '5.2%', 0.051)], { '1,3': '0%' })],
      { quarter: 3 },
    );
    const cs07 = result.indicators[0];
    assert.notEqual(cs07.rag, 'red');
    assert.equal(cs07.status, 'on target');
    assert.equal(cs07.variancePct, 2);
  });

  it('values written one way (0.05, 0.052 shown as 5.2%, 0.051) are not mixed: no finding, DOT worked out', () => {
    const { result } = scoreWorkbook(
      [sheet('P6', [[...HEADER, 'DOT'], councilTaxRow(0.05, 0.05, 0.052, 0.051, 1)], { '1,9': '0.0%' })],
      { quarter: 3 },
    );
    assert.deepEqual(scales(result), []);
    assert.equal(result.indicators[0].dot, 'down');
  });
});
