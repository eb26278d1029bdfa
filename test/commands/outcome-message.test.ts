/** The ribbon's outcome sentence carries the counts, built from the core's result. */
import { strict as assert } from 'assert';
import { outcomeMessage } from '../../src/office/outcome-message';
import type { ScoringOutcome } from '../../src/office/scoring';
import { nothingColouredSentence, scoreWorkbook } from '../../src/core';
import { reportGrids, expectedQ3 } from '../support/golden';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromGrids } from '../support/excel-model/build';

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

  it('ends with why no cell was coloured, and the columns to add, where no table has a column for the scores (noticed item 2)', () => {
    const uncoloured = nothingColouredSentence([{ columns: { ref: 0, name: 1, target: 3 }, rows: [{}] as never }])!;
    assert.match(
      uncoloured,
      /^No cells in your tables were coloured: .*add columns headed "% Variance from Target", "DOT" and "Trend"/,
    );
    const scored = outcomeMessage({ ...outcome(true), uncoloured }, 'score');
    assert.ok(scored.endsWith(`See 'Q3 Summary' and 'Q3 Findings'. ${uncoloured}`), scored);
    assert.ok(outcomeMessage({ ...outcome(false), uncoloured }, 'refresh').endsWith(`. ${uncoloured}`));
    assert.doesNotMatch(outcomeMessage(outcome(true), 'score'), /No cells in your tables/);
  });

  it("uses the workbook's tolerance and singular words", () => {
    const r = {
      ...result,
      tolerancePct: 10,
      // Every indicator scored at the workbook's 10% (else only "within tolerance" is true of them all).
      indicators: result.indicators.map((s) => ({ ...s, tolerancePct: 10 })),
      findings: result.findings.slice(0, 1),
      executiveSummary: { ...result.executiveSummary, dataGaps: 1, noTarget: 2 },
    };
    assert.match(
      outcomeMessage({ result: r, changed: true, sheets }, 'score'),
      /within 10%, \d+ off target, 1 data gap, 2 without a target — 1 finding\./,
    );
  });

  it('says "within 5 percentage points", never "within 5%", when the tolerance is in points (Excel add-in)', async () => {
    // Every indicator taken as a percentage: St Helens' CYP-24 ("Days between …") and HS-08a/b ("Weeks spent
    // …") are not, and scored relative in points mode (rules/percentage.ts) make the label "within
    // tolerance"; here their names no longer open with their unit, so nothing says they are not.
    const grids = reportGrids().map((g) => ({
      ...g,
      values: g.values.map((row) =>
        row.map((v) => (typeof v === 'string' && /^(Days|Weeks) /.test(v) ? v.replace(/^(Days|Weeks) /, 'Wait: ') : v)),
      ),
    }));
    const model = modelFromGrids(grids);
    const scored = await scoreQuarter(model.host, { toleranceMode: 'points' });
    const message = outcomeMessage(scored, 'score');
    assert.match(message, /^Q3 2020\/21 scored: \d+ on target, \d+ within 5 percentage points, \d+ off target/);
    assert.doesNotMatch(message, /within 5%/);
    // The summary sheet's key names the same unit.
    const summary = model.doc.sheet('Q3 Summary')!;
    const texts = [...summary.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');
    assert.ok(texts.includes('Off target, within 5 percentage points'), texts.join(' | '));
    assert.ok(texts.includes('Worse than target by more than 5 percentage points'));
    assert.ok(!texts.some((t) => /within 5%/.test(t)));
  });
});
