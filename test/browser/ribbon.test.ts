/**
 * The ribbon's FunctionFile in a real browser, as Microsoft 365 and Excel on the web run it (Chromium):
 * the built commands.html served on 127.0.0.1 with the in-memory Excel model where office.js would be,
 * loaded with the example workbook. The page is the ribbon shell; the first command loads the engine chunk
 * from beside the page, once, and a chunk that cannot be loaded gives the analyst one sentence, changes
 * nothing and completes the command. Every request that leaves the machine is blocked. No wall-clock asserts.
 *
 * Without Chromium the tests are skipped with one line saying how to enable them.
 */
import { strict as assert } from 'assert';
import type { Page } from 'playwright-core';
import { ENGINE_NOT_LOADED } from '../../src/commands/shell';
import { paneHost } from './host/pane-page';

const ENGINE_CHUNK = /\/commands-engine\.[0-9a-f]{8}\.js$/;

interface RibbonPage {
  page: Page;
  /** Every script the page requested from the add-in's origin, in order (paths). */
  scripts: string[];
  press(id: string): Promise<number>;
  shown(): Promise<string[]>;
}

describe('The ribbon shell in headless Chromium (Microsoft 365, Excel on the web)', function () {
  this.timeout(240000);
  const pane = paneHost();

  /** Opens commands.html on the example; `engineReachable` false: the engine chunk's request fails. */
  async function openRibbon(engineReachable: () => boolean): Promise<RibbonPage> {
    pane.host.load(pane.example);
    const context = await pane.browser.newContext({ locale: 'en-GB' });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
      if (ENGINE_CHUNK.test(url.pathname) && !engineReachable()) return route.abort('internetdisconnected');
      return route.continue();
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.hostname === '127.0.0.1' && url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await page.goto(`${pane.host.origin}/commands.html`);
    await page.waitForFunction(() =>
      (window as unknown as { __ribbon: { associated(): string[] } }).__ribbon
        .associated()
        .includes('refreshSummaries'),
    );
    type Ribbon = { __ribbon: { press(id: string): Promise<number>; shown: string[] } };
    return {
      page,
      scripts,
      press: (id) => page.evaluate((id) => (window as unknown as Ribbon).__ribbon.press(id), id),
      shown: () => page.evaluate(() => (window as unknown as Ribbon).__ribbon.shown.slice()),
    };
  }

  it('loads the engine chunk from beside commands.html at the first command, once, and scores', async () => {
    const ribbon = await openRibbon(() => true);
    const engineRequests = () => ribbon.scripts.filter((s) => ENGINE_CHUNK.test(s));
    assert.deepEqual(engineRequests(), [], 'nothing of the engine before a button is pressed');
    assert.ok(
      ribbon.scripts.some((s) => /^\/commands\.[0-9a-f]{8}\.js$/.test(s)),
      ribbon.scripts.join(', '),
    );
    assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    assert.equal(engineRequests().length, 1);
    assert.match(engineRequests()[0], /^\/commands-engine\.[0-9a-f]{8}\.js$/, 'beside commands.html');
    assert.equal(await ribbon.press('refreshSummaries'), 1);
    assert.equal(engineRequests().length, 1, 'the second command does not load it again');
    const shown = await ribbon.shown();
    assert.equal(shown.length, 2);
    assert.match(shown[0], /^Q3 2020\/21 scored: \d+ on target/);
    assert.match(shown[1], /^Q3 2020\/21: nothing has changed/);
    await ribbon.page.context().close();
  });

  it('an engine chunk that cannot be loaded: one sentence, nothing changed, the command completed', async () => {
    let reachable = false;
    const ribbon = await openRibbon(() => reachable);
    const before = await ribbon.page.evaluate(() =>
      JSON.stringify((window as unknown as { __documentJson(): unknown }).__documentJson()),
    );
    assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    assert.deepEqual(await ribbon.shown(), [ENGINE_NOT_LOADED]);
    const after = await ribbon.page.evaluate(() =>
      JSON.stringify((window as unknown as { __documentJson(): unknown }).__documentJson()),
    );
    assert.equal(after, before, 'the workbook is as it was');
    // The connection is back: the next press loads the chunk and scores.
    reachable = true;
    assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    assert.match((await ribbon.shown())[1], /^Q3 2020\/21 scored: /);
    await ribbon.page.context().close();
  });
});
