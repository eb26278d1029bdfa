/**
 * Figures suppressed to protect small numbers ("<5", "*", "c", as the NHS, the ONS and police forces mark
 * them; fresh user 4, session 10): a force's "Firearms discharges" held "<5" in April, June, August and
 * October. Each was a "holds the note" Note; October's made Q3 a data gap advising "leave the month blank
 * or "-" to carry it forward" — wrong for a figure withheld on purpose; and at Q2 DOT compared September's
 * 0 with May's 0 past June's "<5", "↔ Same". Now a suppressed figure is read as withheld: never scored,
 * never carried past, no DOT across it, and one plain Note a row.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult } from '../../src/core';
import { highlightsSheet } from '../../src/core/plan/summary-sheets';
import { indicatorRow, standardSheet } from '../support/grids';
import { scored } from '../support/scoring';

const NAMES = { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' };
const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;
const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);
const firearms = ['<5', 0, '<5', 6, '<5', 0, '<5'];

function highlightsStatus(r: ScoreResult, ref: string): CellValue {
  const shown = (cell: unknown): CellValue =>
    cell !== null && typeof cell === 'object' && 'value' in cell ? (cell.value as CellValue) : (cell as CellValue);
  const rows = highlightsSheet(r, NAMES).values.values.map((x) => x.map(shown));
  const header = rows.findIndex((x) => x[1] === 'Ref');
  const at = rows[header].indexOf('Performance vs Target');
  return rows.find((x, i) => i > header && x[1] === ref)![at];
}

describe('Figures suppressed to protect small numbers (fresh user 4)', () => {
  it('October\'s "<5" is the latest figure, withheld: Q3 is a data gap shown as suppressed, with one Note and no advice to leave it blank', () => {
    const r = scored([standardSheet('Crime', [indicatorRow('PCP1-06', 'Lower', 3, firearms)])], { quarter: 3 });
    const i = pick(r, 'PCP1-06');
    assert.deepEqual([i.status, i.latestValue, i.dot], ['data gap', null, null]);
    assert.equal(highlightsStatus(r, 'PCP1-06'), 'Data gap: suppressed ("<5")');
    const f = about(r, 'PCP1-06');
    assert.deepEqual(
      f.map((x) => [x.kind, x.severity, x.cell]),
      [['suppressed', 'info', 'K2']],
      'one Note, not one a cell, and no "leave the month blank" Note',
    );
    assert.equal(
      f[0].message,
      'PCP1-06: April, June, Aug and Oct hold "<5", figures suppressed to protect small numbers: withheld, not gaps ' +
        "to fill, so nothing needs to change. Oct's is the latest, so there is no Q3 figure to score: it is counted as " +
        "a data gap, shown as suppressed, and Sept's 0 is not carried forward.",
    );
  });

  it('at Q2, September\'s 0 is scored but no DOT is worked out across June\'s "<5" (was "↔ Same" from May\'s 0)', () => {
    const r = scored([standardSheet('Crime', [indicatorRow('PCP1-06', 'Lower', 3, firearms)])], { quarter: 2 });
    const i = pick(r, 'PCP1-06');
    assert.deepEqual([i.latestValue, i.rag, i.dot, i.previous], [0, 'green', null, null]);
    assert.equal(
      about(r, 'PCP1-06').find((x) => x.kind === 'suppressed')!.message,
      'PCP1-06: April, June and Aug hold "<5", figures suppressed to protect small numbers: withheld, not gaps to ' +
        "fill, so nothing needs to change. No DOT is worked out: the figure it would be compared with, June's, is suppressed.",
    );
    assert.equal(r.executiveSummary.dotTotal, 0, 'not counted under "can be determined"');
  });

  it('a figure after the suppressed month in the same quarter is scored as usual: "*", "c" and "[c]" are read alike', () => {
    const r = scored(
      [
        standardSheet('Health', [
          indicatorRow('NHS-1', 'Lower', 10, [4, 6, 5, '*', 7, 8, 6, 'c', 9]),
          indicatorRow('NHS-2', 'Lower', 10, [4, 6, 5, 7, 8, 6, 5, 4, '[c]']),
        ]),
      ],
      { quarter: 3 },
    );
    assert.deepEqual([pick(r, 'NHS-1').latestValue, pick(r, 'NHS-1').dot], [9, 'down'], 'Dec after Nov\'s "c"');
    assert.deepEqual([pick(r, 'NHS-2').status, pick(r, 'NHS-2').latestValue], ['data gap', null], 'Dec is "[c]"');
    assert.match(
      about(r, 'NHS-1')[0].message,
      /^NHS-1: July and Nov hold "\*" or "c", figures suppressed .* They are left out of the scores\.$/,
    );
    assert.equal(about(r, 'NHS-2').filter((f) => f.kind === 'latest-before-quarter-end').length, 0);
  });

  it('"<5" in a target cell is still a target of 5 (lower is better), not a suppressed figure', () => {
    const r = scored([standardSheet('Crime', [indicatorRow('T-1', 'Lower', '<5', [4, 3, 2, 3, 4, 3, 2, 3, 2])])], {
      quarter: 3,
    });
    assert.deepEqual([pick(r, 'T-1').periodTarget, pick(r, 'T-1').rag], [5, 'green']);
  });
});
