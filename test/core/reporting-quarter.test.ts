/**
 * The quarter a run scores when none is asked for (session 8 closing note, noticed item 2): the quarter
 * most indicators have reached — the latest that at least half of the indicators with figures have a
 * figure in, annual ones left out — not the latest quarter any one figure is in. One annual indicator with
 * its Q4 figure among quarterly ones reported to Q3 made the whole run Q4, every other indicator carried
 * forward. docs/workbook.md, "The quarter scored".
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue } from '../../src/core';
import { sheet } from '../support/grids';

const HEADER: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'];

function quarterly(ref: string, q: (number | null)[]): CellValue[] {
  return [ref, `${ref} measure`, 'Higher', 50, ...q];
}

describe('The quarter scored when none is asked for (session 8, noticed item 2)', () => {
  it('nine indicators reported to Q3 and one with a Q4 figure: the run is Q3, and a Check names the Q4 figure', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => quarterly(`Q-0${i}`, [50, 51, 52, null]));
    rows.push(quarterly('SURV-1', [null, null, null, 61]));
    const { result } = scoreWorkbook([sheet('Adults', [HEADER, ...rows])]);
    assert.equal(result.quarterNumber, 3);
    assert.match(result.quarter, /^Q3/);
    assert.equal(result.executiveSummary.onTarget, 9, 'scored on their Q3 figures, not carried forward to Q4');
    assert.equal(result.executiveSummary.dataGaps, 1, 'SURV-1 has no figure up to Q3');
    assert.equal(
      result.findings.filter((f) => f.kind === 'carried-forward').length,
      0,
      'no indicator carried forward to Q4',
    );
    const later = result.findings.filter((f) => f.kind === 'figure-after-quarter');
    assert.equal(later.length, 1);
    assert.equal(later[0].severity, 'warning');
    assert.equal(later[0].cell, 'H11');
    assert.equal(
      later[0].message,
      'SURV-1: its Q4 figure (61) is later than Q3, the quarter most indicators have reached, so Q3 is scored and the Q4 figure is not in this report; score Q4 by name to include it.',
    );
  });

  it('two indicators at Q3 and one at Q2: Q3 is scored (at least half have reached it), and no Check', () => {
    const { result } = scoreWorkbook([
      sheet('Adults', [
        HEADER,
        quarterly('A', [50, 51, 52, null]),
        quarterly('B', [50, 51, 52, null]),
        quarterly('C', [50, 51, null, null]),
      ]),
    ]);
    assert.equal(result.quarterNumber, 3);
    assert.equal(result.findings.filter((f) => f.kind === 'figure-after-quarter').length, 0);
  });

  it('the quarter asked for by name is scored as asked, with no Check on figures after it', () => {
    const rows = [quarterly('A', [50, 51, 52, null]), quarterly('SURV-1', [null, null, null, 61])];
    const { result } = scoreWorkbook([sheet('Adults', [HEADER, ...rows])], { quarter: 2 });
    assert.equal(result.quarterNumber, 2);
    assert.equal(result.findings.filter((f) => f.kind === 'figure-after-quarter').length, 0);
  });

  it('every indicator at Q4 but one lagging at Q3: Q4 is scored, as before', () => {
    const { result } = scoreWorkbook([
      sheet('Adults', [
        HEADER,
        quarterly('A', [50, 51, 52, 53]),
        quarterly('B', [50, 51, 52, 53]),
        quarterly('C', [50, 51, 52, null]),
      ]),
    ]);
    assert.equal(result.quarterNumber, 4);
  });
});
