/**
 * The task pane's size and first render (issue 11 item 4): builds the pane for production into a
 * temporary folder, measures its first bundle (the scripts taskpane.html loads at start, but office.js
 * and the ES5 first script) and all its chunks together (the engine, the dark theme, the polyfills,
 * loaded when needed), minified and gzip; then, where Chromium is installed, opens the built pane in
 * headless Chromium on the in-memory Excel model loaded with the example workbook (the browser test's
 * host page) and reads the pane's performance marks: its first render and when it showed the
 * workbook's state, counted from when its script began (the median of five loads). Times are
 * measured, never asserted.
 *
 * `paneBench()` returns a plain object for bench/results.json's "pane" key (`recordPane` writes it);
 * `npx tsx scripts/bench/pane.ts` prints it on its own.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXAMPLE = path.join(ROOT, 'examples', 'st-helens-2020-21.xlsx');
const LOADS = 5;

export interface BundleSize {
  /** Bytes as built (minified). */
  minified: number;
  /** Bytes gzipped at level 9, as a web server would send them. */
  gzip: number;
}

export interface PaneBench {
  /** The scripts taskpane.html loads at start (office.js and the ES5 first script aside). */
  initial: BundleSize & { files: string[] };
  /** Every script of the pane: the first bundle and the chunks it loads later. */
  total: BundleSize & { files: string[] };
  /** Null where Chromium is not installed. */
  firstRender: {
    /** ms from the pane's script starting to its first render (the controls on screen). */
    renderMs: number;
    /** ms from the pane's script starting to the workbook's state shown (engine chunk loaded, workbook read). */
    workbookShownMs: number;
    loads: number;
    workbook: string;
    host: string;
  } | null;
}

function sizeOf(dir: string, files: string[]): BundleSize & { files: string[] } {
  let minified = 0;
  let gzip = 0;
  for (const f of files) {
    const code = fs.readFileSync(path.join(dir, f));
    minified += code.length;
    gzip += zlib.gzipSync(code, { level: 9 }).length;
  }
  return { minified, gzip, files };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function firstRender(dist: string): Promise<PaneBench['firstRender']> {
  if (!fs.existsSync(CHROMIUM)) return null;
  // The browser test's host page and helpers: test code, loaded only when Chromium is there.
  const { chromium } = await import('playwright-core');
  const { startHost } = await import('../../test/browser/host/serve');
  const { documentToJson } = await import('../../test/browser/host/doc-json');
  const { paneTimings } = await import('../../test/browser/host/page-timings');
  const { modelFromXlsx } = await import('../../test/support/excel-model/xlsx');
  const host = await startHost(dist);
  host.load(documentToJson((await modelFromXlsx(EXAMPLE)).doc));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const render: number[] = [];
  const shown: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'en-GB' });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      await page.goto(`${host.origin}/taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName('scorecard:workbook-shown').length > 0, undefined, {
        timeout: 60000,
      });
      const t = await paneTimings(page);
      render.push(t.firstRender - t.start);
      shown.push(t.workbookShown - t.start);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return {
    renderMs: median(render),
    workbookShownMs: median(shown),
    loads: LOADS,
    workbook: path.relative(ROOT, EXAMPLE),
    host: 'headless Chromium, in-memory Excel model',
  };
}

export async function paneBench(): Promise<PaneBench> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-pane-bench-'));
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'),
        '--mode',
        'production',
        '--config-name',
        'pane',
        '--output-path',
        dist,
      ],
      { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 },
    );
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((s) => !/^https?:/.test(s) && s !== 'webview-check.js');
    const all = fs
      .readdirSync(dist)
      .filter((f) => /^taskpane[.-].*\.js$/.test(f))
      .sort();
    return { initial: sizeOf(dist, initial), total: sizeOf(dist, all), firstRender: await firstRender(dist) };
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

/** "345.2 KB minified, 96.7 KB gzip". */
export function sizeWords(s: BundleSize): string {
  return `${(s.minified / 1024).toFixed(1)} KB minified, ${(s.gzip / 1024).toFixed(1)} KB gzip`;
}

/** The pane's lines of the bench's printout. */
export function paneLines(p: PaneBench): string[] {
  return [
    '\nThe task pane (production build)',
    `  first bundle: ${sizeWords(p.initial)} (target ≤ 350 KB minified)`,
    `  all chunks:   ${sizeWords(p.total)} (${p.total.files.length} files: the engine, the dark theme and the polyfills load when needed)`,
    p.firstRender
      ? `  first render: ${p.firstRender.renderMs} ms after its script began; the workbook's state shown at ${p.firstRender.workbookShownMs} ms (median of ${p.firstRender.loads}, ${p.firstRender.host}, ${p.firstRender.workbook})`
      : `  first render: not measured (no Chromium at ${CHROMIUM}; apt-get install chromium or set CHROMIUM_PATH)`,
  ];
}

/** Writes `p` as bench/results.json's "pane" key, keeping the other keys (the other measurements). */
export function recordPane(p: PaneBench): void {
  const file = path.join(ROOT, 'bench', 'results.json');
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all.pane = p;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

if (require.main === module) {
  paneBench()
    .then((p) => {
      for (const line of paneLines(p)) console.log(line);
      console.log(JSON.stringify(p, null, 2));
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
