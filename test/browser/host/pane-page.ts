/**
 * What the browser tests of the task pane share (test/browser/*.test.ts): the host and browser a describe
 * block runs on (`paneHost`), where Chromium is, opening the built pane on the in-memory Excel model,
 * waiting for it, scoring a quarter, typing into a cell as the analyst would, reading the council's tiles,
 * and axe-core's check. Every wait is for what the pane shows, never a time.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CellValue } from '../../../src/core';
import { build, ROOT } from '../../build/support/build';
import { modelFromXlsx } from '../../support/excel-model/xlsx';
import { documentToJson, type DocumentJson } from './doc-json';
import { startHost, type TestHost } from './serve';

/** Debian's chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');

/** The launch options of headless Chromium on this machine. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
};

/** The example workbook the pane is shown on: St Helens' Q3 2020/21 tables. */
export const EXAMPLE = path.join(ROOT, 'examples', 'st-helens-2020-21.xlsx');

/** What a describe block of browser tests runs on, once its `before` hook has run. */
export interface PaneHost {
  /** Headless Chromium, launched once for the block. */
  readonly browser: Browser;
  /** The production build (dist/) served on 127.0.0.1 with the in-memory Excel model for office.js. */
  readonly host: TestHost;
  /** The example workbook (`EXAMPLE`) as the model's document, read once for the block. */
  readonly example: DocumentJson;
}

let skipSaid = false;

/**
 * Registers the `before` and `after` hooks of the describe block it is called in: without Chromium every
 * test of the block is skipped (the run says so once, in one line); else the add-in is built (once per
 * run; the hook may take ten minutes for it), served, the example read and Chromium launched; after the
 * block, both are closed. The fields of
 * the returned object are there from the block's first test on (reading one earlier is an error).
 */
export function paneHost(): PaneHost {
  let started: { browser?: Browser; host?: TestHost; example?: DocumentJson } = {};
  const field = <K extends keyof PaneHost>(key: K): PaneHost[K] => {
    const value = started[key];
    if (value === undefined) throw new Error(`paneHost(): ${key} is read before the block's before hook ran`);
    return value as PaneHost[K];
  };
  before(async function () {
    // The production build is most of this hook: minutes on a loaded machine (2 cores, 8 runs at once).
    this.timeout(600000);
    if (!fs.existsSync(CHROMIUM)) {
      if (!skipSaid) {
        console.log(
          `    Browser tests skipped: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to run them.`,
        );
      }
      skipSaid = true;
      this.skip();
    }
    const dist = await build();
    started.host = await startHost(dist);
    started.example = documentToJson((await modelFromXlsx(EXAMPLE)).doc);
    started.browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  after(async () => {
    await started.browser?.close();
    await started.host?.close();
    started = {};
  });
  return {
    get browser() {
      return field('browser');
    },
    get host() {
      return field('host');
    },
    get example() {
      return field('example');
    },
  };
}

/** Waits until the pane says it is not busy (`<main aria-busy="false">`). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
}

/**
 * Opens the pane on `doc` (served by `pane.host`) in a fresh context of `pane.browser`, `width` px wide
 * (en-GB, reduced motion), every request that leaves the machine blocked, and waits until it is idle
 * with its Score button shown.
 */
export async function openPane(
  { browser, host }: Pick<PaneHost, 'browser' | 'host'>,
  doc: DocumentJson,
  width = 320,
): Promise<Page> {
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
