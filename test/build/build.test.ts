/**
 * `npm run build` produces the deployable add-in: the three pages loading office.js from Microsoft's
 * CDN, their bundles, the manifest and the icons; ADDIN_HOST rewrites every localhost URL.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { build, buildOutput, ROOT } from './support/build';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

describe('The production build', function () {
  this.timeout(240000);
  let dist: string;
  before(async () => {
    dist = await build();
  });

  for (const pageName of ['taskpane', 'commands', 'dialog']) {
    it(`${pageName}.html loads office.js from the CDN, then its own bundle`, () => {
      const html = fs.readFileSync(path.join(dist, `${pageName}.html`), 'utf8');
      assert.match(
        html,
        new RegExp(`<script src="?${CDN.replace(/[.\/]/g, (c) => `\\${c}`)}"?></script>`),
        'office.js from the CDN',
      );
      const bundle = new RegExp(`<script defer(?:="defer")? src="?(${pageName}\\.[0-9a-f]{8}\\.js)"?></script>`).exec(
        html,
      );
      assert.ok(bundle, `${pageName} bundle referenced`);
      assert.ok(html.indexOf(CDN) < html.indexOf(bundle[0]), 'office.js first');
      const file = bundle[1];
      assert.ok(fs.statSync(path.join(dist, file)).size > 0);
    });
  }

  it('never bundles office.js or the Office typings package', () => {
    for (const f of fs.readdirSync(dist).filter((n) => n.endsWith('.js'))) {
      assert.doesNotMatch(
        fs.readFileSync(path.join(dist, f), 'utf8').slice(0, 200000),
        /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
        f,
      );
    }
  });

  it('copies the manifest (pointing at localhost) and the icons', () => {
    assert.equal(
      fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8'),
      fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
    );
    for (const size of [16, 32, 64, 80, 128])
      assert.ok(fs.existsSync(path.join(dist, 'assets', `icon-${size}.png`)), `icon-${size}.png`);
  });

  // The commands bundle is the whole engine compiled to ES5, so the ribbon works in EdgeHTML and IE11
  // webviews (issue 9); issue 7's reading rules took it past 200 KB (216 KB). It loads once, when a ribbon
  // command first runs. The core-js polyfills are a file of their own, which commands.html loads only where
  // the webview lacks them (test/build/old-webviews.test.ts): Chromium webviews never download them.
  // Session 6's reading rules (sector layouts, the analyst's rules, Excel's rules in the adapter) took it to
  // 265 KB (82 KB gzipped), all of it our own engine and adapter — no library came in (the largest modules:
  // read-workbook 16 KB, number-formats 15 KB, read/workbook 15 KB, catalogue 12 KB) — so the budget is
  // 320 KB: it still catches a library pulled in by mistake, which is what it is for. Session 8's rules
  // (time-shaped tables, cumulative counts, absurd figures, the add-in's header windows and legacy arrays)
  // took it to 334 KB, again our own code alone, so the budget was 384 KB. Session 9's rules took it to
  // 385,151 bytes (main at 5d6ae33), and session 10's sector layouts (helper layouts3: quarter totals against
  // a quarter's target, district and weekly refusals, plan runs read as targets) to 396,566 — 11 KB of our
  // own code, no library; with helper analyst2's (month-share without an outturn, part quarters, suppressed
  // figures, durations typed as text: about 9 KB more) and fresh5fix's (an NHS trust's IPR) — so the budget was 448 KB.
  // Session 11's reading rules (cumulative quarter targets, marked figures, subsidiary sheets and themes, layout
  // hunt 4's Welsh, Scottish, ambulance and term shapes, cumulative words in Comments, two-month shares, times
  // without a polarity, district refs) and undo's input digests took it to 480,965 bytes (main at 96b6d01), again
  // our own code alone (package.json gained no dependency), so the budget was 512 KB. Session 12's rules (a
  // directorate sheet as one priority, counts per month added up against month or quarter targets, rare
  // events, like-for-like Trend, hunt 5's labels above Target | Actual pairs and RAG bands, one Check per
  // table for another quarter's typed columns, one percentage rule) took it to 534,380 bytes (157 KB gzipped,
  // main at 1bef4ec), again our own code alone, so the budget is 576 KB. It grows 35–55 KB a session with the
  // reading rules: the next step is not another raise but a ribbon shell that loads the engine as a chunk of
  // its own when a command first runs, measured by the old-webview test.
  it('keeps the bundles a sensible size (task pane < 1 MB, commands < 576 KB, its polyfills < 64 KB, dialog < 20 KB)', () => {
    const size = (name: string) =>
      fs.statSync(
        path.join(
          dist,
          fs.readdirSync(dist).find((f) => f.startsWith(`${name}.`) && f.endsWith('.js'))!,
        ),
      ).size;
    assert.ok(size('taskpane') < 1024 * 1024, `taskpane ${size('taskpane')}`);
    assert.ok(size('commands') < 576 * 1024, `commands ${size('commands')}`);
    assert.ok(size('commands-polyfills') < 64 * 1024, `commands-polyfills ${size('commands-polyfills')}`);
    assert.ok(size('dialog') < 20 * 1024, `dialog ${size('dialog')}`);
  });

  // Issue 11 item 4: the pane opens fast. Its first bundle is React, Fluent's components and the pane's
  // controls; the engine, the adapter and the result panels are a chunk loaded after the first render.
  it("keeps the task pane's first bundle within 350 KB minified, without the engine, and prints its size", () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((s) => !s.startsWith('https://') && s !== 'webview-check.js');
    assert.deepEqual(
      initial.map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, '')),
      ['taskpane'],
    );
    const code = fs.readFileSync(path.join(dist, initial[0]));
    assert.ok(code.length <= 350 * 1024, `initial bundle ${(code.length / 1024).toFixed(1)} KB`);
    assert.doesNotMatch(code.toString('utf8'), /Scorecard_State/, 'the engine is not in the first bundle');
    // Fluent's table of design tokens is replaced by src/taskpane/fluent-tokens.ts (29 KB less).
    assert.doesNotMatch(
      code.toString('utf8'),
      /colorNeutralForeground1Hover:"var\(--colorNeutralForeground1Hover\)"/,
      "Fluent's token table",
    );
    const engine = fs.readdirSync(dist).find((f) => /^taskpane-engine\.[0-9a-f]{8}\.js$/.test(f));
    assert.ok(engine && /Scorecard_State/.test(fs.readFileSync(path.join(dist, engine), 'utf8')), 'the engine chunk');
    const line =
      /Task pane initial bundle: ([\d.]+) KB minified, ([\d.]+) KB gzip \(all its chunks: ([\d.]+) KB minified, ([\d.]+) KB gzip\)/.exec(
        buildOutput(),
      );
    assert.ok(line, 'npm run build prints the sizes');
    assert.equal(line[1], (code.length / 1024).toFixed(1));
    assert.equal(line[2], (zlib.gzipSync(code, { level: 9 }).length / 1024).toFixed(1));
  });

  it('rewrites every https://localhost:3000 to ADDIN_HOST', async () => {
    const out = await build(
      fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-dist-')),
      'https://addins.example.gov.uk/scorecard',
    );
    const manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    assert.doesNotMatch(manifest, /localhost/);
    assert.match(
      manifest,
      /<SourceLocation DefaultValue="https:\/\/addins\.example\.gov\.uk\/scorecard\/taskpane\.html"\/>/,
    );
    assert.match(manifest, /<AppDomain>https:\/\/addins\.example\.gov\.uk\/scorecard<\/AppDomain>/);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
