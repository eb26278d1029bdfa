/**
 * What the browser tests of the task pane share (test/browser/*.test.ts): where Chromium is, opening the
 * built pane on the in-memory Excel model, waiting for it, scoring a quarter, typing into a cell as the
 * analyst would, reading the council's tiles, and axe-core's check. Every wait is for what the pane shows,
 * never a time.
 */
import { strict as assert } from 'assert';
import type { Browser, Page } from 'playwright-core';
import type { CellValue } from '../../../src/core';
import type { DocumentJson } from './doc-json';
import type { TestHost } from './serve';

/** Debian's chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');

/** The launch options of headless Chromium on this machine. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
};

/** Waits until the pane says it is not busy (`<main aria-busy="false">`). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
}

/**
 * Opens the pane on `doc` in a fresh context `width` px wide (en-GB, reduced motion), every request that
 * leaves the machine blocked, and waits until it is idle with its Score button shown.
 */
export async function openPane(browser: Browser, host: TestHost, doc: DocumentJson, width = 320): Promise<Page> {
  host.load(doc);
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.goto(`${host.origin}/taskpane.html`);
  await page.getByRole('button', { name: 'Score this quarter' }).waitFor();
  await waitIdle(page);
  return page;
}

/** Picks the quarter by its option's label (none: the default), presses Score and waits for "… scored: ". */
export async function scoreQuarter(page: Page, label: string, pick = true): Promise<void> {
  if (pick) await page.getByRole('combobox', { name: 'Quarter' }).selectOption({ label });
  await page.getByRole('button', { name: 'Score this quarter' }).click();
  const quarter = label.split(' (')[0];
  await page
    .getByTestId('status')
    .getByText(new RegExp(`^${quarter} scored: `))
    .waitFor();
  await waitIdle(page);
}

/** The council's counts as the tiles show them: on target / within tolerance / off target / data gaps. */
export async function councilCounts(page: Page): Promise<string> {
  const scope = page.locator('[data-scope="council"]');
  const n = async (key: string) => (await scope.locator(`[data-count="${key}"] .n`).textContent())?.trim();
  return `${await n('onTarget')} / ${await n('withinTolerance')} / ${await n('offTarget')} / ${await n('dataGaps')}`;
}

/** Types a value into a cell as the analyst would (the model fires Worksheet.onChanged). */
export async function typeInto(page: Page, sheet: string, address: string, value: CellValue): Promise<void> {
  await page.evaluate(
    ({ sheet, address, value }) =>
      (
        window as unknown as { __model: { doc: { userEdit(s: string, a: string, v: unknown): void } } }
      ).__model.doc.userEdit(sheet, address, value),
    { sheet, address, value },
  );
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page once its CSS transitions and animations have finished (a Fluent button fading
 * between its states mid-check read as a colour-contrast failure on a loaded machine), and returns the
 * serious and critical violations, described. `skip`: axe rules not run.
 */
export async function axeProblems(page: Page, skip: string[] = []): Promise<string[]> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity) // a spinner never finishes
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async (skipRules) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const rules = Object.fromEntries(skipRules.map((r) => [r, { enabled: false }]));
    return (await axe.run(document, { resultTypes: ['violations'], rules })).violations;
  }, skip)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No serious or critical axe-core violation in `state` (its name, for the failure message). */
export async function assertAccessible(page: Page, state: string, skip: string[] = []): Promise<void> {
  assert.deepEqual(await axeProblems(page, skip), [], `axe-core, ${state}`);
}
