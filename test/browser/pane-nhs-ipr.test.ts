/**
 * The task pane as fresh user 11, an NHS trust analyst, used it (session 12) on the trust's Integrated
 * Performance Report (test/support/nhs-ipr.ts): the built pane in headless Chromium on the in-memory Excel
 * model, as pane-after-use.test.ts; axe-core on each state. In the analyst's words. No wall-clock asserts:
 * every wait is for what the pane shows.
 */
import { strict as assert } from 'assert';
import type { Page } from 'playwright-core';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { nhsIprBytes, type NhsIprVariant } from '../support/nhs-ipr';
import { documentToJson, type DocumentJson } from './host/doc-json';
import { paneHost, openPane, waitIdle, scoreQuarter, typeInto, assertAccessible } from './host/pane-page';

async function ipr(variant: NhsIprVariant): Promise<DocumentJson> {
  return documentToJson((await modelFromXlsx(await nhsIprBytes(variant))).doc);
}

/** What has the focus: its tag, and the text of a heading, or "in a tile list". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return 'body';
    if (a.closest('.tile-list')) return 'in a tile list';
    return `${a.tagName.toLowerCase()} ${a.innerText.trim().split('\n')[0]}`;
  });
}

describe('The task pane on an NHS trust IPR (fresh user 11, headless Chromium)', function () {
  this.timeout(240000);
  const pane = paneHost();

  async function openList(page: Page, key: string): Promise<string> {
    const scope = page.locator('[data-scope="council"]');
    await scope.locator(`button[data-count="${key}"]`).click();
    const list = scope.locator('.tile-list ul');
    await list.waitFor();
    return (await list.innerText()).replace(/\s+/g, ' ');
  }

  it('opens with no mapping panel ("Exec lead" and "Commentary" need none); after Score the focus is on the results, not <body>', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    assert.equal(await page.getByRole('region', { name: /Map the columns/ }).count(), 0);
    await scoreQuarter(page, 'Q3 2025/26', false);
    assert.equal(await focused(page), 'h2 Q3 2025/26: whole trust');
    await assertAccessible(page, 'scored');
    await page.getByRole('button', { name: 'Refresh summaries' }).click();
    await waitIdle(page);
    assert.equal(await focused(page), 'h2 Q3 2025/26: whole trust', 'after Refresh');
    await page.getByRole('button', { name: 'Undo last scoring' }).click();
    await page.getByText(/was undone/).waitFor();
    await waitIdle(page);
    assert.notEqual(await focused(page), 'body', 'after Undo');
  });

  it('the lists say the variance the cell shows: EFF02 −5.04% (red) and EFF03 −5.00% (amber), CAR04 "Missed (target 0)"', async () => {
    const page = await openPane(pane, await ipr('edge'), 330);
    await scoreQuarter(page, 'Q3 2025/26', false);
    const off = await openList(page, 'offTarget');
    assert.match(off, /EFF02 Stroke: 90% of stay on a stroke unit.*Variance −5\.04%/);
    assert.match(off, /CAR04 Mixed sex accommodation breaches.*Variance Missed \(target 0\)/);
    const within = await openList(page, 'withinTolerance');
    assert.match(within, /EFF03 Emergency readmissions within 30 days %.*Variance −5\.00%/);
    await assertAccessible(page, 'a tile list open');
  });

  it('an opened tile list is next in Tab order, before the other tiles', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    await scoreQuarter(page, 'Q3 2025/26', false);
    const off = page.locator('[data-scope="council"] button[data-count="offTarget"]');
    await off.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-scope="council"] .tile-list ul').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'in a tile list');
  });

  it('with no quartiles, Strong performance and Requires improvement are chosen by RAG and DOT and give their counts, not "none" beside a list (fresh user 15)', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    await scoreQuarter(page, 'Q3 2025/26', false);
    const summaries = await page.locator('details.highlight summary').allInnerTexts();
    assert.deepEqual(summaries.slice(1), ['Strong performance (4)', 'Requires improvement (10)']);
  });

  it('A&E 4-hour typed 71.2 (7,120%) is a data gap, not on target', async () => {
    const page = await openPane(pane, await ipr('slip'), 330);
    await scoreQuarter(page, 'Q3 2025/26', false);
    assert.doesNotMatch(await openList(page, 'onTarget'), /RES01/);
    assert.match(await openList(page, 'dataGaps'), /RES01 A&E 4-hour performance %/);
  });

  it('Q4, when only 4 of 26 indicators have a figure for it, is refused in one sentence', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption({ label: 'Q4 2025/26 (Jan–Mar)' });
    await page.getByRole('button', { name: 'Score this quarter' }).click();
    await page.getByText(/^Only 4 of 26 indicators have a Q4 figure/).waitFor();
    await waitIdle(page);
    assert.equal(await page.getByTestId('last-scoring').count(), 0, 'nothing was scored');
  });

  it('editing a commentary cell does not say "Figures changed"; editing a figure does', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    await scoreQuarter(page, 'Q3 2025/26', false);
    await typeInto(page, 'Safe', 'S7', 'Escalation beds closed in Dec.');
    // The edit's event is handled before the next one: a figure typed after it shows the notice, and
    // before that there was none.
    for (let i = 0; i < 5; i++) await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    assert.equal(await page.getByText(/Figures changed since this scoring/).count(), 0);
    await typeInto(page, 'Safe', 'O7', 6.2);
    await page.getByText(/Figures changed since this scoring/).waitFor();
  });

  it('a tolerance typed "3,5" is read as 3.5, and the box says so; it shows where the focus is', async () => {
    const page = await openPane(pane, await ipr('ipr'), 330);
    const tolerance = page.getByRole('spinbutton', { name: 'Tolerance (%)' });
    await tolerance.fill('');
    await tolerance.pressSequentially('3,5');
    assert.equal(await tolerance.inputValue(), '3.5');
    await page.getByText('The comma was typed as a decimal point.', { exact: false }).waitFor();
    const outline = await tolerance.evaluate((e) => getComputedStyle(e.closest('.fui-Input')!).outlineStyle);
    assert.equal(outline, 'solid');
    await assertAccessible(page, 'tolerance typed with a comma');
  });

  it('the mapping panel lists the months by their own headers and says what a second Target column does, in a live region; after Save mapping the focus is on the results', async () => {
    const page = await openPane(pane, await ipr('assurance'), 330);
    const panel = page.getByRole('region', { name: "Map the columns of 'Safe'" });
    await panel.waitFor();
    assert.equal(await panel.locator('tr[data-column="G"] td').nth(1).textContent(), 'Apr-25');
    assert.equal(await panel.locator('tr[data-column="R"] td').nth(2).textContent(), 'DOT');
    await panel
      .getByRole('combobox', { name: 'What column S, "SPC assurance", holds' })
      .selectOption({ label: 'Target' });
    const warning = panel.getByTestId('mapping-warning');
    await warning.getByText(/already/).waitFor();
    assert.equal(await warning.getAttribute('role'), 'status');
    assert.equal(
      await warning.textContent(),
      'Column E is already the Target column: each indicator will be scored against column E where it has a target there, else against column S.',
    );
    await panel
      .getByRole('combobox', { name: 'What column S, "SPC assurance", holds' })
      .selectOption({ label: 'Ignore this column' });
    await assertAccessible(page, 'mapping panel');
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await page
      .getByTestId('status')
      .getByText(/Q3 2025\/26/)
      .waitFor();
    await waitIdle(page);
    assert.notEqual(await focused(page), 'body');
  });
});
