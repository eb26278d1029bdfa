/**
 * The settings sheet removed (as `scorecard reset-state` does) and the workbook scored again: the earlier
 * scoring's sheets are recognised by their content, in the add-in as on the command line
 * (test/cli/reset-state.test.ts) — not read as indicator tables, not written to, and a Note says so.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromGrids } from '../support/excel-model/build';
import { reportGrids } from '../support/golden';

const AT = new Date('2026-11-26T09:00:00Z');

describe("The add-in after the state sheet is removed: the earlier scoring's sheets are known by their content", function () {
  this.timeout(120000);

  it("scores the 60 indicators, leaves 'Q3 Highlights' as it was and writes 'Q3 Highlights (2)'", async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host, {}, () => AT);
    model.doc.remove(model.doc.sheet('Scorecard_State')!);
    const highlights = model.doc.sheet('Q3 Highlights')!;
    const before = JSON.stringify(highlights.cell(5, 7)?.value ?? null);
    const again = await scoreQuarter(model.host, {}, () => AT);
    assert.equal(again.result.indicators.length, 60);
    for (const name of ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings'])
      assert.ok(
        again.result.findings.some((f) => f.kind === 'product-sheet-not-listed' && f.sheet === name),
        `a note on '${name}'`,
      );
    assert.equal(model.doc.sheet('Q3 Highlights'), highlights);
    assert.equal(JSON.stringify(highlights.cell(5, 7)?.value ?? null), before);
    assert.ok(model.doc.sheet('Q3 Highlights (2)'), "this scoring's sheet beside it");
  });
});
