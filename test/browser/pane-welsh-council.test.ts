/**
 * The task pane as fresh user 13, a Welsh council's performance officer, used it (session 13) on the
 * council's bilingual report (test/support/welsh-council.ts): the built pane in headless Chromium on the
 * in-memory Excel model, as pane-after-use.test.ts. In the analyst's words. No wall-clock asserts: every
 * wait is for what the pane shows.
 */
import { strict as assert } from 'assert';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { WELSH_SHEETS, welshCouncilWorkbook, type WelshCouncilEdit } from '../support/welsh-council';
import { documentToJson, type DocumentJson } from './host/doc-json';
import { paneHost, openPane, waitIdle, scoreQuarter } from './host/pane-page';

async function welsh(edits: WelshCouncilEdit[] = []): Promise<DocumentJson> {
  const bytes = Buffer.from(await welshCouncilWorkbook(edits).xlsx.writeBuffer());
  return documentToJson((await modelFromXlsx(bytes)).doc);
}

describe("The task pane on a Welsh council's bilingual report (fresh user 13, headless Chromium)", function () {
  this.timeout(240000);
  const pane = paneHost();

  it('maps three sheets one after another: "Sheet 1 of 3", then "Sheet 2 of 3" (not "1 of 2"); quarters read as Q1, Q2', async () => {
    const page = await openPane(
      pane,
      await welsh([
        [`${WELSH_SHEETS.AL1}!L4`, 'Colofn X'],
        [`${WELSH_SHEETS.AL2}!L4`, 'Colofn Y'],
      ]),
    );
    let panel = page.getByRole('region', { name: `Map the columns of '${WELSH_SHEETS.AL1}'` });
    await panel.waitFor();
    assert.equal(await panel.getByTestId('mapping-position').textContent(), 'Sheet 1 of 3 with columns to map.');
    assert.equal(await panel.locator('tr[data-column="H"] td').nth(2).textContent(), 'Q1');
    assert.equal(await panel.locator('tr[data-column="I"] td').nth(2).textContent(), 'Q2');
    await panel.getByRole('combobox').first().selectOption({ label: 'Ignore this column' });
    await panel
      .getByTestId('mapping-preview')
      .getByText(/Every column is now understood/)
      .waitFor();
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    panel = page.getByRole('region', { name: `Map the columns of '${WELSH_SHEETS.AL2}'` });
    await panel.waitFor();
    await waitIdle(page);
    assert.equal(await panel.getByTestId('mapping-position').textContent(), 'Sheet 2 of 3 with columns to map.');
    // The notes can be mapped: the drop-down offers them.
    const options = await panel
      .getByRole('combobox')
      .first()
      .evaluate((s) => Array.from((s as HTMLSelectElement).options, (o) => o.text));
    assert.ok(options.includes('Notes / comments (read, not scored)'), options.join(' | '));
  });

  it('the data gap says why it has no figure: "No figure (not yet available)", not "Value – · Variance – · DOT –"', async () => {
    const page = await openPane(pane, await welsh());
    await scoreQuarter(page, 'Q2 2025/26 (Jul–Sep)');
    const scope = page.locator('[data-scope="council"]');
    await scope.locator('button[data-count="dataGaps"]').click();
    const list = scope.locator('.tile-list ul');
    await list.waitFor();
    const text = (await list.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /PAM\/030 .*No figure \(not yet available\)/);
    assert.doesNotMatch(text, /Value –/);
  });
});
