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

  // The commands bundle was the whole engine compiled to ES5, so the ribbon works in EdgeHTML and IE11
  // webviews (issue 9); the reading rules took it from 216 KB (issue 7) to 534,380 bytes (session 12, main at
  // 1bef4ec) and 570,752 (main at 46419cc), all of it our own engine and adapter, 35–55 KB a session, with
  // its budget raised each time (256 … 576 KB). It is now a ribbon shell (src/commands/shell.ts): the
  // FunctionFile associates the buttons and holds the outcome dialog's plumbing; the engine and the adapter
  // are its chunk, commands-engine.*.js, loaded when a command first runs (test/commands/shell.test.ts,
  // and in IE11's engine test/build/old-webviews.test.ts). The shell is 8,890 bytes: webpack's runtime
  // with its script loader, tslib's helpers and our five small files. 16 KB holds it with room for more
  // buttons, and any one module of the engine or the adapter brings the whole engine in (500 KB and more).
  // The chunk was 576,484 bytes at the split, main at 46419cc (6 KB more than the engine inside the
  // FunctionFile: its modules reach tslib in the shell through webpack's module table). What its budget was
  // for, catching a library pulled in by mistake, is now checked exactly (its source map names only our own
  // src/ files), so its budget is for our own code: 640 KB, one to two sessions of rules; past it, look at
  // what grew before raising it. Session 14 took it from 607,417 to 681,683 bytes with four helpers' reading rules
  // (academic years, shared services, earlier targets, hunt 7) and no library (checked below): raised to 720 KB. The core-js polyfills are a file of their own, which commands.html loads only where
  // the webview lacks them (test/build/old-webviews.test.ts): Chromium webviews never download them.
  it('keeps the bundles a sensible size (task pane < 1 MB, ribbon shell < 16 KB, its engine chunk < 720 KB, its polyfills < 64 KB, dialog < 20 KB)', () => {
    const size = (name: string) =>
      fs.statSync(
        path.join(
          dist,
          fs.readdirSync(dist).find((f) => f.startsWith(`${name}.`) && f.endsWith('.js'))!,
        ),
      ).size;
    assert.ok(size('taskpane') < 1024 * 1024, `taskpane ${size('taskpane')}`);
    assert.ok(size('commands') < 16 * 1024, `commands ${size('commands')}`);
    assert.ok(size('commands-engine') < 720 * 1024, `commands-engine ${size('commands-engine')}`);
    assert.ok(size('commands-polyfills') < 64 * 1024, `commands-polyfills ${size('commands-polyfills')}`);
    assert.ok(size('dialog') < 20 * 1024, `dialog ${size('dialog')}`);
  });

  /** The files a built script was made from, as its source map names them (webpack://…/./src/…). */
  const sourcesOf = (file: string): string[] =>
    (JSON.parse(fs.readFileSync(path.join(dist, `${file}.map`), 'utf8')) as { sources: string[] }).sources.map((s) =>
      s.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, ''),
    );
  const builtFile = (pattern: RegExp) => fs.readdirSync(dist).find((f) => pattern.test(f))!;

  it('the ribbon shell has neither the engine nor the adapter: only the commands folder, tslib and webpack’s runtime', () => {
    const shell = builtFile(/^commands\.[0-9a-f]{8}\.js$/);
    const sources = sourcesOf(shell);
    assert.ok(sources.includes('src/commands/shell.ts'), sources.join(', '));
    assert.deepEqual(
      sources.filter(
        (s) => !/^src\/commands\/[\w-]+\.ts$/.test(s) && !/^node_modules\/tslib\//.test(s) && !/^webpack\//.test(s),
      ),
      [],
    );
    assert.ok(!sources.includes('src/commands/engine.ts') && !sources.includes('src/commands/run-command.ts'));
    assert.doesNotMatch(fs.readFileSync(path.join(dist, shell), 'utf8'), /Scorecard_State/);
  });

  it('the engine chunk is the engine and the adapter, our own code alone: no library came in', () => {
    const chunk = builtFile(/^commands-engine\.[0-9a-f]{8}\.js$/);
    assert.match(fs.readFileSync(path.join(dist, chunk), 'utf8'), /Scorecard_State/);
    const sources = sourcesOf(chunk);
    assert.ok(sources.includes('src/commands/run-command.ts') && sources.includes('src/office/scoring.ts'));
    assert.deepEqual(
      sources.filter((s) => !/^src\/(core|office|commands)\//.test(s)),
      [],
    );
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
