/**
 * Old webviews (issue 9, item 1). Office 2016 and Office 2019 volume-licensed on Windows without WebView2
 * run add-ins in Internet Explorer 11 (ES5 only); Office 2019/2021 retail without WebView2 in EdgeHTML 18
 * (ES2017: no object spread, `?.`, `??`, class fields or static blocks) — Microsoft, "Browsers and webview
 * controls used by Office Add-ins". So:
 *   - every script the commands page loads (and the outcome dialog's), and the engine chunk its ribbon
 *     shell loads when a command first runs, parses as ES5 and runs in an engine stripped to ES5's
 *     built-ins: Score this quarter loads the chunk once and scores the report there, as the source does,
 *     and a chunk that cannot be loaded gives one sentence, changes nothing and completes the command;
 *   - the task pane's first script parses as ES5 and, in IE11, replaces the blank pane with a plain page;
 *   - the task pane bundle parses at ES2017, EdgeHTML 18's level.
 */
import { strict as assert } from 'assert';
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { build, ROOT } from './support/build';
import { libraryUses, type LibraryUse } from './support/library-uses';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { runCommand } from '../../src/commands/run-command';
import { ENGINE_NOT_LOADED } from '../../src/commands/shell';
import { STATE_SHEET } from '../../src/core';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The src of every <script> of a page, in order. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
}

function parses(code: string, ecmaVersion: acorn.ecmaVersion): string | null {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** What IE11 lacks of ES2015+, removed from a fresh realm (the realm keeps ES5's built-ins). */
const STRIP_TO_ES5 = `
  (function (g) {
    var protos = [
      [Array.prototype, ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'fill', 'flat', 'flatMap', 'values', 'keys', 'entries', 'copyWithin', 'at', 'toSorted', 'toReversed', 'with']],
      [String.prototype, ['startsWith', 'endsWith', 'includes', 'repeat', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'codePointAt', 'normalize', 'at', 'replaceAll', 'matchAll']],
      [String, ['raw', 'fromCodePoint']],
      [Array, ['from', 'of']],
      [Object, ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertySymbols', 'is', 'setPrototypeOf', 'hasOwn']],
      [Number, ['isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'EPSILON', 'parseFloat', 'parseInt']],
      [Math, ['imul', 'sign', 'trunc', 'log10', 'log2', 'hypot', 'cbrt', 'clz32', 'fround', 'expm1', 'log1p']],
    ];
    // IE11's typed arrays have their constructors, set and subarray, nothing of ES2015 (from, of, sort, fill …).
    var TypedArray = Object.getPrototypeOf(Uint8Array);
    protos.push([TypedArray, ['from', 'of']]);
    protos.push([TypedArray.prototype, Object.getOwnPropertyNames(TypedArray.prototype).filter(function (k) {
      return ['constructor', 'set', 'subarray', 'buffer', 'byteLength', 'byteOffset', 'length'].indexOf(k) < 0;
    })]);
    if (typeof Symbol === 'function') {
      delete Array.prototype[Symbol.iterator];
      delete String.prototype[Symbol.iterator];
      delete TypedArray.prototype[Symbol.iterator];
    }
    protos.forEach(function (p) { p[1].forEach(function (k) { delete p[0][k]; }); });
    ['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Proxy', 'Reflect', 'URL', 'URLSearchParams', 'globalThis', 'queueMicrotask', 'structuredClone'].forEach(function (k) { delete g[k]; });
  })(this);
`;

/**
 * Takes one built-in away in a realm ("Map", "Object.entries", "Array.prototype.includes"). Number's
 * ES2015 constants cannot be deleted (they are not configurable): Number is then replaced by a stand-in
 * with Number's other properties, as IE11's Number is.
 */
const REMOVE = `
  (function (g, feature) {
    var parts = feature.split('.');
    if (parts.length === 1) { delete g[parts[0]]; return; }
    var owner = g;
    for (var i = 0; i < parts.length - 1 && owner; i++) owner = owner[parts[i]];
    var key = parts[parts.length - 1];
    if (!owner) return;
    delete owner[key];
    if (!(key in owner) || parts.length !== 2) return;
    var Real = g[parts[0]];
    var Stand = function (v) { return arguments.length ? Real(v) : Real(); };
    Object.getOwnPropertyNames(Real).forEach(function (k) {
      if (k === key || k === 'prototype' || k === 'length' || k === 'name') return;
      try { Object.defineProperty(Stand, k, Object.getOwnPropertyDescriptor(Real, k)); } catch (e) {}
    });
    Stand.prototype = Real.prototype;
    g[parts[0]] = Stand;
  })`;

/** Whether a realm has a built-in ("Map.prototype.size": looked up with `in`, getters not called). */
const HAS = `
  (function (g, feature) {
    var parts = feature.split('.');
    var o = g;
    for (var i = 0; i < parts.length; i++) {
      if (o === null || o === undefined || !(parts[i] in Object(o))) return false;
      if (i < parts.length - 1) o = o[parts[i]];
    }
    return true;
  })`;

function remove(context: vm.Context, feature: string): void {
  vm.runInContext(`${REMOVE}(this, ${JSON.stringify(feature)})`, context);
}

function has(context: vm.Context, feature: string): boolean {
  return vm.runInContext(`${HAS}(this, ${JSON.stringify(feature)})`, context) === true;
}

/** A realm like IE11's as far as built-ins go, with a window, a timer and a console. */
function ie11Realm(extra: Record<string, unknown>): vm.Context {
  const context = vm.createContext({
    setTimeout,
    clearTimeout,
    console,
    navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' },
    ...extra,
  });
  vm.runInContext('var window = this; var self = this;', context);
  vm.runInContext(STRIP_TO_ES5, context);
  assert.equal(
    vm.runInContext('typeof Promise + typeof Map + typeof Symbol + typeof [].includes + typeof Object.assign', context),
    'undefinedundefinedundefinedundefinedundefined',
  );
  return context;
}

/** A document just big enough for the first script: a head, a body, elements with text. */
function fakeDocument(withBody: boolean) {
  interface El {
    tag: string;
    attrs: Record<string, string>;
    children: El[];
    text?: string;
    firstChild: El | null;
    appendChild(c: El): El;
    removeChild(c: El): El;
    setAttribute(k: string, v: string): void;
  }
  const el = (tag: string, text?: string): El => {
    const e: El = {
      tag,
      attrs: {},
      children: [],
      text,
      get firstChild() {
        return e.children[0] ?? null;
      },
      appendChild: (c) => (e.children.push(c), c),
      removeChild: (c) => (e.children.splice(e.children.indexOf(c), 1), c),
      setAttribute: (k, v) => void (e.attrs[k] = v),
    };
    return e;
  };
  const listeners: Record<string, (() => void)[]> = {};
  const body = el('body');
  body.appendChild(el('div'));
  const doc = {
    title: '',
    body: withBody ? body : null,
    createElement: (tag: string) => el(tag),
    createTextNode: (text: string) => el('#text', text),
    addEventListener: (type: string, f: () => void) => void (listeners[type] = [...(listeners[type] ?? []), f]),
    /** The page as the analyst reads it. */
    text(): string {
      const walk = (e: El): string => (e.text ?? '') + e.children.map(walk).join(' ');
      return walk(body).replace(/\s+/g, ' ').trim();
    },
    loaded() {
      doc.body = body;
      for (const f of listeners.DOMContentLoaded ?? []) f();
    },
  };
  return doc;
}

describe('Old webviews: what Office 2016, 2019 and 2021 without WebView2 can run', function () {
  this.timeout(300000);
  let dist: string;
  const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
  before(async () => {
    dist = await build();
  });

  for (const pageName of ['commands', 'dialog']) {
    it(`every script ${pageName}.html loads (but office.js, Microsoft's) parses as ES5, for Internet Explorer 11`, () => {
      const scripts = scriptsOf(read(`${pageName}.html`)).filter((s) => s !== CDN);
      assert.ok(scripts.length >= 1, 'its bundle');
      for (const s of scripts) assert.equal(parses(read(s), 5), null, s);
    });
  }

  // The polyfills are loaded by a line of ES5 in commands.html, only where the webview lacks what they
  // provide, before the deferred commands bundle.
  it("commands.html loads the polyfills in Internet Explorer 11's engine, before the commands bundle, and not in Chromium's", () => {
    const html = read('commands.html');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(inline.length, 1, 'one inline script: the loader');
    assert.equal(parses(inline[0], 5), null);
    const loads = (context: vm.Context) => {
      const written: string[] = [];
      context.document = { write: (h: string) => void written.push(h) };
      vm.runInContext(inline[0], context);
      return written.flatMap(scriptsOf);
    };
    const polyfills = scriptsOf(html).find((s) => /^commands-polyfills\.[0-9a-f]{8}\.js$/.test(s))!;
    assert.ok(fs.existsSync(path.join(dist, polyfills)), polyfills);
    assert.deepEqual(loads(ie11Realm({})), [polyfills]);
    const modern = vm.createContext({});
    vm.runInContext('var window = this;', modern);
    assert.deepEqual(loads(modern), []);
    const order = scriptsOf(html);
    assert.ok(order.indexOf(polyfills) < order.findIndex((s) => /^commands\.[0-9a-f]{8}\.js$/.test(s)));
  });

  it('the task pane loads a first script before anything else, and it parses as ES5', () => {
    const scripts = scriptsOf(read('taskpane.html'));
    assert.equal(scripts[0], 'webview-check.js');
    assert.equal(parses(read('webview-check.js'), 5), null);
  });

  it('the task pane bundle parses at ES2017, the level of EdgeHTML 18 (and not at ES5: it is not for IE11)', () => {
    const bundle = scriptsOf(read('taskpane.html')).find((s) => /^taskpane\.[0-9a-f]{8}\.js$/.test(s))!;
    assert.equal(parses(read(bundle), 2017), null, bundle);
    assert.notEqual(parses(read(bundle), 5), null);
  });

  it('so does every chunk the pane loads later (the engine, the dark theme, the polyfills)', () => {
    const chunks = fs.readdirSync(dist).filter((f) => /^taskpane-[\w-]+\.[0-9a-f]{8}\.js$/.test(f));
    for (const name of ['engine', 'dark', 'polyfills'])
      assert.ok(
        chunks.some((c) => c.startsWith(`taskpane-${name}.`)),
        name,
      );
    for (const c of chunks) assert.equal(parses(read(c), 2017), null, c);
  });

  describe("the task pane's first script", () => {
    const script = () => read('webview-check.js');

    it('shows the plain page in Internet Explorer 11 instead of a blank pane', () => {
      const document = fakeDocument(false);
      const context = ie11Realm({ document });
      // IE11 cannot compile ES2015 syntax either: the realm here can, so its Function is made to refuse it.
      vm.runInContext(
        'var NativeFunction = Function; Function = function () { throw new SyntaxError("Expected identifier"); };',
        context,
      );
      vm.runInContext(script(), context);
      assert.equal(context.scorecardWebviewSupported, false);
      document.loaded();
      assert.match(
        document.text(),
        /This version of Excel uses an old browser engine for add-ins: use Score this quarter on the ribbon, or Excel on the web \/ Microsoft 365\./,
      );
    });

    it('on Office 2019 volume-licensed (no add-in commands) the page does not point to the ribbon', () => {
      const document = fakeDocument(false);
      const ready: (() => void)[] = [];
      const Office = {
        onReady: (f: () => void) => void ready.push(f),
        context: { requirements: { isSetSupported: (name: string) => name !== 'AddinCommands' } },
      };
      const context = ie11Realm({ document, Office });
      vm.runInContext('Function = function () { throw new SyntaxError("Expected identifier"); };', context);
      vm.runInContext(script(), context);
      document.loaded();
      assert.match(document.text(), /Score this quarter on the ribbon/);
      ready.forEach((f) => f());
      assert.doesNotMatch(document.text(), /on the ribbon, or/);
      assert.match(
        document.text(),
        /This version of Excel uses an old browser engine for add-ins and has no add-in buttons on its ribbon: use Excel on the web \/ Microsoft 365, or the scorecard command-line tool\./,
      );
    });

    it('shows the plain page in an engine with modern syntax but without Promise or Map', () => {
      const document = fakeDocument(true);
      const context = ie11Realm({ document });
      vm.runInContext(script(), context);
      assert.match(document.text(), /old browser engine/);
    });

    it('shows the plain page for a Trident user agent whatever the engine seems to have', () => {
      const document = fakeDocument(true);
      const context = vm.createContext({
        document,
        navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko' },
      });
      vm.runInContext('var window = this;', context);
      vm.runInContext(script(), context);
      assert.equal(context.scorecardWebviewSupported, false);
      assert.match(document.text(), /old browser engine/);
    });

    it('leaves the pane alone in a current engine (EdgeHTML 18 and later, WebView2, Safari, browsers)', () => {
      const document = fakeDocument(true);
      const context = vm.createContext({
        document,
        navigator: {
          userAgent:
            'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763',
        },
      });
      vm.runInContext('var window = this;', context);
      vm.runInContext(script(), context);
      assert.equal(context.scorecardWebviewSupported, true);
      document.loaded();
      assert.doesNotMatch(document.text(), /old browser engine/);
    });
  });

  /**
   * The ribbon in a realm like IE11's: commands.html's scripts (but office.js) run in order, Office's
   * dialog records each message and closes at once, and the document is just enough for webpack's chunk
   * loading: a <script> appended to the head is requested from `network`, which runs the file in the
   * realm ("load") or fails it ("error"). The page already has office.js's scripts from Microsoft's CDN.
   */
  function ribbonInIE11(model: ReturnType<typeof modelFromGrids>, network: (src: string) => 'load' | 'error') {
    const associated = new Map<string, (event: { completed(): void }) => unknown>();
    const shown: string[] = [];
    const requested: string[] = [];
    interface Script {
      src?: string;
      attrs: Record<string, string>;
      parentNode: { removeChild(s: Script): void } | null;
      onload: ((event: unknown) => void) | null;
      onerror: ((event: unknown) => void) | null;
      setAttribute(k: string, v: string): void;
      getAttribute(k: string): string | null;
    }
    const script = (src?: string): Script => {
      const s: Script = {
        src,
        attrs: {},
        parentNode: null,
        onload: null,
        onerror: null,
        setAttribute: (k, v) => void (s.attrs[k] = v),
        getAttribute: (k) => (k === 'src' ? (s.src ?? null) : (s.attrs[k] ?? null)),
      };
      return s;
    };
    const scripts = [script(CDN), script('https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.js')];
    const head = {
      removeChild: (s: Script) => void scripts.splice(scripts.indexOf(s), 1),
      appendChild: (s: Script) => {
        scripts.push(s);
        s.parentNode = head;
        requested.push(s.src!);
        setTimeout(() => {
          if (network(s.src!) === 'load') {
            vm.runInContext(read(s.src!), context, { filename: s.src! });
            s.onload?.({ type: 'load', target: s });
          } else s.onerror?.({ type: 'error', target: s });
        }, 0);
      },
    };
    const document = {
      head,
      createElement: () => script(),
      getElementsByTagName: (tag: string) => (tag === 'script' ? scripts : []),
    };
    const Office = {
      actions: { associate: (id: string, f: (event: { completed(): void }) => unknown) => void associated.set(id, f) },
      onReady: () => undefined,
      context: {
        requirements: { isSetSupported: model.host.isSetSupported },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
            shown.push(decodeURIComponent(/message=([^&]*)/.exec(url)![1]));
            const handlers: Record<string, () => void> = {};
            callback({
              status: 'succeeded',
              value: {
                close: () => undefined,
                addEventHandler: (type: string, h: () => void) => void (handlers[type] = h),
              },
            });
            setTimeout(() => handlers.dialogMessageReceived(), 0);
          },
        },
      },
    };
    const context = ie11Realm({
      Office,
      Excel: { run: model.host.run },
      document,
      location: { href: 'https://localhost:3000/commands.html' },
    });
    for (const s of scriptsOf(read('commands.html')).filter((x) => x !== CDN))
      vm.runInContext(read(s), context, { filename: s });
    /** Presses a button; resolves when its command has finished, to how many times it completed the event. */
    const press = async (id: string): Promise<number> => {
      let completed = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const never = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the command never finished')), 120000);
      });
      try {
        await Promise.race([associated.get(id)!({ completed: () => void completed++ }), never]);
      } finally {
        clearTimeout(timer);
      }
      return completed;
    };
    return { associated, shown, requested, press, context };
  }

  const ENGINE_CHUNK = /^commands-engine\.[0-9a-f]{8}\.js$/;

  it('the engine chunk the ribbon shell loads parses as ES5, for Internet Explorer 11 (and so at ES2017, for EdgeHTML)', () => {
    const chunks = fs.readdirSync(dist).filter((f) => /^commands-[\w-]+\.[0-9a-f]{8}\.js$/.test(f));
    assert.ok(
      chunks.some((c) => ENGINE_CHUNK.test(c)),
      'the engine chunk',
    );
    for (const c of chunks) assert.equal(parses(read(c), 5), null, c);
  });

  it("Score this quarter, built for IE11, loads the engine chunk and scores the report in an engine with only ES5's built-ins, exactly as the source does", async () => {
    const model = modelFromGrids(reportGrids());
    const ribbon = ribbonInIE11(model, () => 'load');
    assert.deepEqual([...ribbon.associated.keys()], ['scoreThisQuarter', 'refreshSummaries']);
    assert.equal(
      typeof ribbon.context.scoreThisQuarter,
      'function',
      'also a global, for hosts that look functions up by name',
    );
    assert.deepEqual(ribbon.requested, [], 'nothing more is loaded before a button is pressed');
    assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    // Beside commands.html (relative to the page, whatever ADDIN_HOST is), not beside office.js's scripts.
    assert.equal(ribbon.requested.length, 1);
    assert.match(ribbon.requested[0], ENGINE_CHUNK);
    assert.equal(ribbon.shown.length, 1);
    assert.match(ribbon.shown[0], /^Q3 2020\/21 scored: \d+ on target/);

    const source = modelFromGrids(reportGrids());
    const message = await runCommand(
      'score',
      { completed: () => undefined },
      { host: source.host, notify: async () => undefined },
    );
    assert.equal(ribbon.shown[0], message);
    const withoutState = (doc: typeof model.doc) => snapOfDocument(doc).filter((s) => s.name !== STATE_SHEET);
    assert.deepEqual(withoutState(model.doc), withoutState(source.doc));

    // A second command uses the chunk already loaded.
    assert.equal(await ribbon.press('refreshSummaries'), 1);
    assert.equal(ribbon.requested.length, 1, 'the chunk is not requested again');
    assert.match(ribbon.shown[1], /^Q3 2020\/21: nothing has changed/);
  });

  it('a ribbon command whose engine chunk cannot be loaded tells the analyst in one sentence, changes nothing and completes', async () => {
    const model = modelFromGrids(reportGrids());
    const before = JSON.stringify(snapOfDocument(model.doc));
    let online = false;
    const ribbon = ribbonInIE11(model, () => (online ? 'load' : 'error'));
    const original = console.error;
    console.error = () => undefined;
    try {
      assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    } finally {
      console.error = original;
    }
    assert.deepEqual(ribbon.shown, [ENGINE_NOT_LOADED]);
    assert.equal(JSON.stringify(snapOfDocument(model.doc)), before);
    // The connection is back: the next press loads the chunk and scores.
    online = true;
    assert.equal(await ribbon.press('scoreThisQuarter'), 1);
    assert.equal(ribbon.requested.length, 2);
    assert.match(ribbon.shown[1], /^Q3 2020\/21 scored: /);
  });

  // acorn checks syntax; a library call is not syntax: `Uint32Array.from(xs)`, `[].includes(x)`,
  // `Object.entries(o)` or `s.padStart(2)` parse as ES5 and fail only when they run in IE11, and the
  // scoring above runs one workbook's path only. So every ES2015+ built-in the sources of the pages IE11
  // runs (the ribbon commands and the outcome dialog) use is found by TypeScript's checker, and each must
  // be there in IE11 once the polyfills have run, and make commands.html load them where it is missing.
  describe('the ES2015+ built-ins the ribbon commands and the outcome dialog use', function () {
    this.timeout(300000);
    // A use planted for the test, in a file that exists only for TypeScript (never built or run).
    const planted = path.join(ROOT, 'src', 'commands', 'planted-for-the-test.ts');
    const PLANT = [
      'export function planted(xs: number[], s: string) {',
      '  const sorted = Uint32Array.from(xs).sort();',
      '  return [sorted, xs.includes(1), Object.entries({ a: 1 }), s.padStart(2), [...s.matchAll(/a/g)]];',
      '}',
    ].join('\n');
    let uses: Map<string, LibraryUse[]>;
    before(() => {
      uses = libraryUses(
        // The shell and its engine chunk (TypeScript follows the shell's import() too: named to be plain).
        [
          path.join(ROOT, 'src', 'commands', 'function-file.ts'),
          path.join(ROOT, 'src', 'commands', 'engine.ts'),
          path.join(ROOT, 'src', 'dialog', 'dialog.ts'),
        ],
        { [planted]: PLANT },
      );
    });
    /** The built-ins used by the sources, or by the planted file only, each with where. */
    const used = (inPlanted: boolean) =>
      [...uses]
        .map(([feature, at]) => ({
          feature,
          at: at.filter((u) => u.at.startsWith(path.relative(process.cwd(), planted)) === inPlanted),
        }))
        .filter((u) => u.at.length > 0);
    const polyfillsCode = () => read(scriptsOf(read('commands.html')).find((s) => /^commands-polyfills\./.test(s))!);
    /** Each built-in that IE11 lacks once the polyfills have run: `feature (file:line, …)`. */
    const missingInIE11 = (list: { feature: string; at: LibraryUse[] }[]) =>
      list
        .filter(({ feature }) => {
          const context = ie11Realm({});
          remove(context, feature);
          vm.runInContext(polyfillsCode(), context);
          return !has(context, feature);
        })
        .map(({ feature, at }) => `${feature} (${at.map((u) => u.at).join(', ')})`);

    it('are found: Map, Object.entries, Array.prototype.includes, String.prototype.padStart …', () => {
      const features = used(false).map((u) => u.feature);
      for (const f of ['Map', 'Set', 'Object.entries', 'Array.prototype.includes', 'String.prototype.padStart'])
        assert.ok(features.includes(f), f);
      assert.ok(!features.includes('Object.keys'), 'ES5 is not counted');
      assert.ok(!features.includes('Float64Array'), "typed arrays' constructors are IE11's");
    });

    it('each is there in Internet Explorer 11 once the polyfills have run', () => {
      assert.deepEqual(missingInIE11(used(false)), []);
    });

    it("commands.html's loader loads the polyfills in a webview that lacks any one of them", () => {
      const html = read('commands.html');
      const loader = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])[0];
      // A member of a global that is itself ES2015 (Map.prototype.get) comes with it: the loader asks for Map.
      const globals = new Set(
        used(false)
          .map((u) => u.feature)
          .filter((f) => !f.includes('.')),
      );
      const notLoading = used(false).filter(({ feature }) => {
        const context = vm.createContext({});
        vm.runInContext('var window = this;', context);
        const owner = feature.split('.')[0];
        remove(context, globals.has(owner) ? owner : feature);
        const written: string[] = [];
        context.document = { write: (h: string) => void written.push(h) };
        vm.runInContext(loader, context);
        return written.length === 0;
      });
      assert.deepEqual(
        notLoading.map((u) => `${u.feature} (${u.at[0].at})`),
        [],
      );
    });

    it('a planted use of what IE11 lacks and no polyfill gives fails the check, with its place', () => {
      const planted = used(true);
      assert.deepEqual(planted.map((u) => u.feature).sort(), [
        'Array.prototype.includes',
        'Object.entries',
        'String.prototype.matchAll',
        'String.prototype.padStart',
        'Uint32Array.from',
        'Uint32Array.prototype.sort',
      ]);
      assert.deepEqual(missingInIE11(planted).sort(), [
        'String.prototype.matchAll (src/commands/planted-for-the-test.ts:3)',
        'Uint32Array.from (src/commands/planted-for-the-test.ts:2)',
        'Uint32Array.prototype.sort (src/commands/planted-for-the-test.ts:2)',
      ]);
    });
  });
  // EdgeHTML 18 (the pane's oldest webview) has ES2017's built-ins and Promise.prototype.finally; what
  // the pane's sources (its engine chunk too) use from ES2019 on must be one src/taskpane/polyfills.ts adds.
  describe('the built-ins of ES2019 and later the task pane uses', function () {
    this.timeout(300000);
    const EDGE_18_HAS = new Set(['Promise.prototype.finally']);
    /** "core-js/modules/es.array.flat-map" → "Array.prototype.flatMap"; null for what is not a built-in. */
    const featureOfModule = (module: string): string | null => {
      const [, owner, ...rest] = module.split('.');
      if (owner === 'global-this') return 'globalThis';
      if (rest[0] === 'unscopables') return null;
      const camel = (k: string) => k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const name = camel(rest.join('.'));
      const Owner = camel(`-${owner}`);
      const statics: Record<string, string[]> = {
        Array: ['from', 'of'],
        String: ['raw', 'fromCodePoint'],
        Promise: ['all', 'allSettled', 'any', 'race', 'reject', 'resolve', 'try', 'withResolvers'],
      };
      const isStatic = ['Object', 'Number', 'Math', 'Reflect'].includes(Owner) || statics[Owner]?.includes(name);
      return isStatic ? `${Owner}.${name}` : `${Owner}.prototype.${name}`;
    };
    const added = () =>
      new Set(
        [
          ...fs
            .readFileSync(path.join(ROOT, 'src', 'taskpane', 'polyfills.ts'), 'utf8')
            .matchAll(/'core-js\/modules\/([\w.-]+)'/g),
        ]
          .map((m) => featureOfModule(m[1]))
          .filter((f): f is string => f !== null),
      );

    it('are each added by the pane’s polyfills (Array.prototype.flat, Object.fromEntries …)', () => {
      const provided = added();
      assert.ok(
        provided.has('Array.prototype.flatMap') && provided.has('Object.fromEntries') && provided.has('globalThis'),
      );
      const uses = libraryUses([path.join(ROOT, 'src', 'taskpane', 'index.tsx')]);
      const newer = [...uses].filter(([feature, at]) => !/^es201[5-7]/.test(at[0].lib) && !EDGE_18_HAS.has(feature));
      assert.ok(
        newer.some(([f]) => f === 'Array.prototype.flatMap'),
        'the engine chunk is scanned too',
      );
      assert.deepEqual(
        newer.filter(([feature]) => !provided.has(feature)).map(([feature, at]) => `${feature} (${at[0].at})`),
        [],
      );
    });
  });
});
