/**
 * A percentage typed as a plain number among figures shown as percentages (session 8 closing note,
 * noticed item 1; both fresh users): 97.9 typed into a General cell beside 96.0% and 97.5% (stored 0.96,
 * 0.975), or a target typed 95 over values shown as 97.5%. It used to be counted "No target" with a Check
 * (session 5), which took an indicator that has a target out of the RAG counts. Now, where the scale is
 * plain to see (moved a hundredfold, the figure sits among the indicator's own), it is read on the
 * indicator's scale and a Check says so; where it is not, the quarter is a data gap with the reason said.
 * docs/workbook.md, "A percentage typed as a plain number".
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';

/** A sheet whose cells listed in `formats` ("r,c") carry that number format. */
function sheet(name: string, values: CellValue[][], formats: Record<string, string> = {}): SheetGrid {
  const grid: SheetGrid = { name, values };
  grid.numberFormats = compactNumberFormats(values, (r, c) => formats[`${r},${c}`] ?? null);
  return grid;
}

const HEADER: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'DOT'];

/** One row of quarters; `formatted` lists the columns (3 = target, 4–6 = Q1–Q3) formatted 0.0%. */
function adults(rows: { row: CellValue[]; formatted: number[] }[], quarter: 1 | 2 | 3 | 4 = 3): ScoreResult {
  const formats: Record<string, string> = {};
  rows.forEach((r, i) => r.formatted.forEach((c) => (formats[`${i + 1},${c}`] = '0.0%')));
  return scoreWorkbook([sheet('Adults', [HEADER, ...rows.map((r) => r.row)], formats)], { quarter }).result;
}

const scaleFindings = (r: ScoreResult) => r.findings.filter((f) => f.kind === 'percentage-scales');

describe('A percentage typed as a plain number among percentages (session 8, noticed item 1)', () => {
  it('ASC02\'s Q3 typed 97.9 beside 96.0% and 97.5% is 97.9%: +3.05% against its 95% target, green, on target — not "No target"', () => {
    const r = adults([
      {
        row: ['ASC02', '% of annual reviews completed on time', 'Higher', 0.95, 0.96, 0.975, 97.9, null],
        formatted: [3, 4, 5],
      },
    ]);
    const asc02 = r.indicators[0];
    assert.equal(asc02.status, 'on target');
    assert.equal(asc02.latestValue, 0.979);
    assert.equal(asc02.variancePct, 3.05);
    assert.equal(asc02.rag, 'green');
    assert.equal(asc02.dot, 'up', 'Q2 97.5% to Q3 97.9%: improving');
    assert.equal(asc02.reason, undefined);
    assert.equal(r.executiveSummary.noTarget, 0);
    assert.equal(r.executiveSummary.onTarget, 1);
    assert.deepEqual(asc02.latestFormat, { code: '0.0%' }, 'the Highlights shows 97.9%, not 0.979');
    const f = scaleFindings(r);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].cell, 'G2');
    assert.equal(
      f[0].message,
      'ASC02: Q3 97.9 is a plain number among figures shown as percentages (Q2 97.5% and the target 95%), so it is read as 97.9%; ' +
        'type it as 97.9% (or correct it) and score again.',
    );
  });

  it('the target typed 95 in a General cell over values shown as 96.0%, 97.5%, 97.9% is read as 95%: +3.05%, green', () => {
    const r = adults([
      {
        row: ['ASC02', '% of annual reviews completed on time', 'Higher', 95, 0.96, 0.975, 0.979, null],
        formatted: [4, 5, 6],
      },
    ]);
    const asc02 = r.indicators[0];
    assert.equal(asc02.status, 'on target');
    assert.equal(asc02.periodTarget, 0.95);
    assert.equal(asc02.variancePct, 3.05);
    assert.deepEqual(asc02.targetFormat, { code: '0%' });
    const f = scaleFindings(r);
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'D2');
    assert.equal(
      f[0].message,
      'ASC02: the target 95 is a plain number over values shown as percentages (such as 97.9%), so it is read as 95%; ' +
        'type it as 95% (or correct it) and score again.',
    );
  });

  it("values typed plainly (96, 97.5, 97.9) under a target shown as 95% are read on the values' scale: the target is 95, +3.05%, green", () => {
    const r = adults([
      { row: ['ASC02', '% of annual reviews completed on time', 'Higher', 0.95, 96, 97.5, 97.9, null], formatted: [3] },
    ]);
    const asc02 = r.indicators[0];
    assert.equal(asc02.status, 'on target');
    assert.equal(asc02.periodTarget, 95);
    assert.equal(asc02.variancePct, 3.05);
    assert.match(
      scaleFindings(r)[0].message,
      /^ASC02: the target 95% is shown as a percentage over plain values \(such as 97\.9\), so it is read as 95/,
    );
  });

  it('a whole Q3 column typed plainly among Q1 and Q2 shown as percentages: every indicator rated on its own scale, none counted "No target"', () => {
    const r = adults([
      { row: ['A1', '% reviews on time', 'Higher', 0.95, 0.96, 0.975, 97.9, null], formatted: [3, 4, 5] },
      { row: ['A2', '% assessed in 28 days', 'Higher', 0.9, 0.86, 0.88, 84.5, null], formatted: [3, 4, 5] },
      { row: ['A3', '% re-referrals', 'Lower', 0.22, 0.23, 0.21, 24, null], formatted: [3, 4, 5] },
    ]);
    assert.deepEqual(
      r.indicators.map((s) => [s.ref, s.status, s.variancePct]),
      [
        ['A1', 'on target', 3.05],
        ['A2', 'off target', -6.11],
        ['A3', 'off target', -9.09],
      ],
    );
    assert.equal(r.executiveSummary.noTarget, 0);
    assert.equal(r.executiveSummary.dataGaps, 0);
    assert.equal(scaleFindings(r).length, 3, 'a Check on each plain Q3 cell');
  });

  it('Q3 typed 9.8 beside 96.0% and 97.5% (9.8%, or a slip for 98?) is a data gap that says why — not "No target", never 9.8 against 95%', () => {
    const r = adults([
      {
        row: ['ASC02', '% of annual reviews completed on time', 'Higher', 0.95, 0.96, 0.975, 9.8, null],
        formatted: [3, 4, 5],
      },
    ]);
    const asc02 = r.indicators[0];
    assert.equal(asc02.status, 'data gap');
    assert.equal(asc02.rag, null);
    assert.equal(asc02.variancePct, null);
    assert.equal(asc02.reason, 'Q3 9.8 is a plain number among percentages, too far from them to be read as 9.8%');
    assert.equal(r.executiveSummary.dataGaps, 1);
    assert.equal(r.executiveSummary.noTarget, 0);
    const f = scaleFindings(r);
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'G2');
    assert.match(f[0].message, /^ASC02: Q3 9\.8 is a plain number among figures shown as percentages \(Q2 97\.5%/);
    assert.match(
      f[0].message,
      /left out of the scores \(where it is the quarter's only figure, the quarter is a data gap\)/,
    );
  });

  it('a target typed 30 over values shown as 96.0%–97.9% (30%? 0.3?) is a data gap that says why, not "No target"', () => {
    const r = adults([
      {
        row: ['ASC02', '% of annual reviews completed on time', 'Higher', 30, 0.96, 0.975, 0.979, null],
        formatted: [4, 5, 6],
      },
    ]);
    const asc02 = r.indicators[0];
    assert.equal(asc02.status, 'data gap');
    assert.equal(asc02.reason, 'the target 30 is a plain number over percentages, too far from them to be read as 30%');
    assert.equal(r.executiveSummary.noTarget, 0);
    assert.match(scaleFindings(r)[0].message, /counted as a data gap/);
  });
});
