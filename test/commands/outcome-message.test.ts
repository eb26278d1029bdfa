/** The ribbon's outcome sentence carries the counts, built from the core's result. */
import { strict as assert } from 'assert';
import { outcomeMessage } from '../../src/office/outcome-message';
import type { ScoringOutcome } from '../../src/office/scoring';
import { scoreWorkbook } from '../../src/core';
import { reportGrids, expectedQ3 } from '../support/golden';

const { result } = scoreWorkbook(reportGrids());
const sheets = { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' };
const outcome = (changed: boolean): Pick<ScoringOutcome, 'result' | 'changed' | 'sheets'> => ({
  result,
  changed,
  sheets,
});

describe("The ribbon command's outcome message", () => {
  it('says what was scored, with the counts of expected-q3.json and the findings', () => {
    const ex = expectedQ3.executiveSummary;
    const message = outcomeMessage(outcome(true), 'score');
    assert.equal(
      message,
      `Q3 2020/21 scored: ${ex.onTarget} on target, ${ex.withinTolerance} within 5%, ${ex.offTarget} off target, ${ex.dataGaps} data gaps — ${result.findings.length} findings. See 'Q3 Summary' and 'Q3 Findings'.`,
    );
  });

  it('says the summaries were refreshed for Refresh summaries', () => {
    assert.match(
      outcomeMessage(outcome(true), 'refresh'),
      /^Q3 2020\/21 rescored and summaries refreshed: \d+ on target/,
    );
  });

  it('says plainly when a repeated run found nothing to change', () => {
    assert.match(
      outcomeMessage(outcome(false), 'refresh'),
      /^Q3 2020\/21: nothing has changed since the last scoring, so the workbook was left as it is\. \d+ on target/,
    );
  });

  it("uses the workbook's tolerance and singular words", () => {
    const r = {
      ...result,
      tolerancePct: 10,
      findings: result.findings.slice(0, 1),
      executiveSummary: { ...result.executiveSummary, dataGaps: 1, noTarget: 2 },
    };
    assert.match(
      outcomeMessage({ result: r, changed: true, sheets }, 'score'),
      /within 10%, \d+ off target, 1 data gap, 2 without a target — 1 finding\./,
    );
  });
});
