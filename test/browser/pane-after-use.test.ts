/**
 * The task pane as fresh user 9 used it (session 11): what it shows after an undo back to an earlier
 * scoring, after a figure is edited, after a refused quarter is changed; a blank tolerance; the tiles'
 * keyboard; the mapping panel of a council's pack whose sheets share headers (month headers kept as
 * dates, columns to ignore); and a workbook with no table the pane says how to map. The built pane in
 * headless Chromium on the in-memory Excel model, as test/browser/pane.test.ts; axe-core on each state.
 * No wall-clock asserts: every wait is for what the pane shows.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../build/support/build';
import { cellAddress, defaultState, prepareRun, type CellValue, type SheetGrid } from '../../src/core';
import { gridsOfDocument, modelFromGrids } from '../support/excel-model/build';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { documentToJson } from './host/doc-json';
import {
  EXAMPLE,
  paneHost,
  openPane,
  waitIdle,
  scoreQuarter,
  councilCounts,
  typeInto,
  assertAccessible,
} from './host/pane-page';

/** 1 April 2025 … 1 March 2026 as Excel keeps them (serials): month headers typed as dates. */
const MONTH_SERIALS = [45748, 45778, 45809, 45839, 45870, 45901, 45931, 45962, 45992, 46023, 46054, 46082];

/** A sheet of fresh user 7's pack: Unit, last year, months as dates, Target, Rank, Status, Comments. */
function councilSheet(name: string, ref: string): SheetGrid {
  const header: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Unit', '2024/25', ...MONTH_SERIALS, 'Target 2025/26'];
  header.push('Rank (of 32)', 'Status', 'Comments');
  const row = (n: number, label: string, last: number): CellValue[] => [
    `${ref}-${n}`,
    label,
    'Higher',
    '%',
    80,
    81,
    82,
    83,
    84,
    85,
    last,
    null,
    null,
    null,
    null,
    null,
    null,
    85,
    12,
    null,
    'On track',
  ];
  return { name, values: [header, row(1, 'Children seen on time', 86), row(2, 'Reviews held', 70)] };
}

describe('The task pane after use (headless Chromium): undo, edits, errors, tiles, mapping', function () {
  this.timeout(240000);
  const pane = paneHost();

  it('score Q3, score Q2, Undo: shows the Q3 scoring the workbook is back at, its counts, and Refresh', async () => {
    const page = await openPane(pane, pane.example);
    await scoreQuarter(page, 'Q3 2020/21 (Oct–Dec)');
    assert.equal(await councilCounts(page), '29 / 8 / 21 / 2');
    await scoreQuarter(page, 'Q2 2020/21 (Jul–Sep)');
    await page.getByRole('button', { name: 'Undo last scoring' }).click();
    await page.getByText(/The scoring of Q2 2020\/21 was undone/).waitFor();
    await waitIdle(page);
    assert.equal(await page.getByTestId('last-scoring').textContent(), 'Last scored: Q3 2020/21 (put back by Undo).');
    assert.equal(await councilCounts(page), '29 / 8 / 21 / 2', "the Q3 scoring's counts");
    assert.ok(await page.getByRole('button', { name: 'Refresh summaries' }).isEnabled(), 'Refresh available');
    assert.ok(
      await page.getByRole('button', { name: 'Undo last scoring' }).isDisabled(),
      'one scoring is undone at most',
    );
    await assertAccessible(page, 'after an undo back to Q3');
    // Refresh rescores the scoring the workbook is back at (here nothing has changed since it).
    await page.getByRole('button', { name: 'Refresh summaries' }).click();
    await waitIdle(page);
    assert.match((await page.getByTestId('status').textContent()) ?? '', /Q3 2020\/21/);
    assert.equal(await councilCounts(page), '29 / 8 / 21 / 2');
  });

  it('with "Keep summaries up to date" off, an edited figure says the counts may be out of date; Refresh, then Undo warns of it', async () => {
    const model = await modelFromXlsx(EXAMPLE);
    const run = prepareRun(gridsOfDocument(model.doc), defaultState(), { quarter: 3 });
    const pick = run.result.indicators.find(
      (i) => i.status === 'off target' && i.latestMonth === 'Dec' && i.periodTarget !== null,
    )!;
    const table = run.model.tables.find(
      (t) => t.sheet === pick.sheet && t.firstRow <= pick.row && t.lastRow >= pick.row,
    )!;
    const dec = cellAddress(pick.row, table.monthColumns[8]!);

    const page = await openPane(pane, pane.example);
    await scoreQuarter(page, 'Q3 2020/21 (Oct–Dec)');
    await typeInto(page, pick.sheet, dec, pick.periodTarget!);
    await page.getByText('Figures changed since this scoring: Refresh summaries to update the counts.').waitFor();
    assert.equal(await councilCounts(page), '29 / 8 / 21 / 2', 'the counts are not changed behind the analyst');
    await assertAccessible(page, 'figures changed');
    await page.getByRole('button', { name: 'Refresh summaries' }).click();
    await waitIdle(page);
    assert.equal(await councilCounts(page), '30 / 8 / 20 / 2');
    await page.getByRole('button', { name: 'Undo last scoring' }).click();
    await page.getByText(/was undone/).waitFor();
    await waitIdle(page);
    const status = (await page.getByRole('status').first().textContent()) ?? '';
    assert.match(status, new RegExp(`${pick.ref}`), 'undo names the indicator whose figure changed');
    assert.equal(await page.getByTestId('last-scoring').textContent(), 'Last scored: Q3 2020/21 (put back by Undo).');
    assert.equal(await councilCounts(page), '30 / 8 / 20 / 2', 'the Q3 scoring on the figures as they stand');
    assert.ok(await page.getByRole('button', { name: 'Refresh summaries' }).isEnabled());
    await assertAccessible(page, 'undo with a figure changed since');
  });

  it('clears a refusal when the setting that caused it changes; a blank tolerance says what to type', async () => {
    const page = await openPane(pane, pane.example);
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption({ label: 'Q4 2020/21 (Jan–Mar)' });
    await page.getByRole('button', { name: 'Score this quarter' }).click();
    await page.getByText(/so Q4 was not scored/).waitFor();
    await waitIdle(page);
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption({ label: 'Q3 2020/21 (Oct–Dec)' });
    assert.equal(await page.getByText(/so Q4 was not scored/).count(), 0, 'the Q4 refusal is gone');
    const tolerance = page.getByRole('spinbutton', { name: 'Tolerance (%)' });
    await tolerance.fill('');
    await page.getByText('Type a tolerance: a percentage between 0 and 100, such as 5.').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Score this quarter' }).isDisabled());
    await assertAccessible(page, 'blank tolerance');
  });

  it('tiles: a count of 0 is no button; Esc closes an open list and puts the focus back on its tile', async () => {
    const page = await openPane(pane, pane.example);
    await scoreQuarter(page, 'Q3 2020/21 (Oct–Dec)');
    const zero = page.locator('[data-count]').filter({ has: page.locator('.n', { hasText: /^0$/ }) });
    assert.ok((await zero.count()) > 0, 'the example has a priority with a count of 0');
    assert.deepEqual([...new Set(await zero.evaluateAll((es) => es.map((e) => e.tagName)))], ['DIV']);
    const off = page.locator('[data-scope="council"] [data-count="offTarget"]');
    await off.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: /: Off target$/ }).first();
    await list.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    assert.equal(await off.evaluate((e) => e === document.activeElement), true, 'focus back on the tile');
    assert.equal(await off.getAttribute('aria-expanded'), 'false');
  });

  it("maps a council's sheets that share headers: months as Apr-25, sheet 1 of 2, all ignored at once, then done", async () => {
    const doc = documentToJson(modelFromGrids([councilSheet('Children', 'CF'), councilSheet('Corporate', 'CO')]).doc);
    const page = await openPane(pane, doc);
    const panel = page.getByRole('region', { name: "Map the columns of 'Children'" });
    await panel.waitFor();
    assert.equal(await panel.locator('tr[data-column="F"] td').nth(1).textContent(), 'Apr-25');
    assert.equal(await panel.getByTestId('mapping-position').textContent(), 'Sheet 1 of 2 with columns to map.');
    const selects = panel.getByRole('combobox');
    const names = await selects.evaluateAll((es) => es.map((e) => e.getAttribute('aria-label')));
    assert.ok(names.includes('What column E, "2024/25", holds'), names.join(' | '));
    // A second Target is warned of.
    await panel.getByRole('combobox', { name: 'What column D, "Unit", holds' }).selectOption({ label: 'Target' });
    await panel
      .getByTestId('mapping-warning')
      .getByText(/already/)
      .waitFor();
    assert.match(
      (await panel.getByTestId('mapping-warning').textContent()) ?? '',
      /Column R is already the Target column/,
    );
    for (let i = 0; i < (await selects.count()); i++)
      await selects.nth(i).selectOption({ label: 'Ignore this column' });
    // The warning's live region stays, empty (fresh user 11: so a warning appearing is announced).
    assert.equal(await panel.getByTestId('mapping-warning').textContent(), '');
    assert.ok(
      await panel.getByRole('checkbox', { name: /other sheet with these headers \('Corporate'\)/ }).isChecked(),
    );
    await panel
      .getByTestId('mapping-preview')
      .getByText(/Every column is now understood/)
      .waitFor();
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      true,
      'no horizontal scroll at 320 px',
    );
    await panel.scrollIntoViewIfNeeded();
    fs.mkdirSync(path.join(ROOT, 'out', 'browser'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'out', 'browser', 'pane-mapping-sheets.png') });
    await assertAccessible(page, 'mapping a sheet of two');
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText(/The column mapping was saved in the workbook/).waitFor();
    await waitIdle(page);
    assert.equal(await page.locator('.mapping').count(), 0, 'both sheets mapped: no panel left');
  });

  it('with no table, says how to get the mapping panel, and the panel opens once the header is typed', async () => {
    const doc = documentToJson(
      modelFromGrids([
        {
          name: 'KPIs',
          values: [
            ['Line item', 'Planned', 'Result 1', 'Result 2'],
            ['Calls answered', 90, 85, 88],
          ],
        },
      ]).doc,
    );
    const page = await openPane(pane, doc);
    await page
      .getByText(/type "Performance Indicator" over the heading of the column that names the indicators/)
      .waitFor();
    assert.equal(await page.getByText(/opens here once a row holds a header/).count(), 0);
    await typeInto(page, 'KPIs', 'A1', 'Performance Indicator');
    await page.getByRole('button', { name: 'Score this quarter' }).click();
    await page.getByRole('region', { name: "Map the columns of 'KPIs'" }).waitFor();
    await waitIdle(page);
    await assertAccessible(page, 'no table, header typed');
  });
});
