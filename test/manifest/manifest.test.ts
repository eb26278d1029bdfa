/**
 * The manifest, checked offline (`npm run validate` is Microsoft's online check): well-formed XML, the
 * elements Office needs, unique ids, every resource id defined, every URL a file of the build, every
 * icon the size it claims.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { COMMAND_IDS } from '../../src/commands/register';
import { MIN_EXCEL_API } from '../../src/office/host';
import { build, ROOT } from '../build/support/build';

const DEV = 'https://localhost:3000';

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return doc;
}

function all(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

function one(doc: Document | Element, name: string): Element {
  const found = all(doc, name);
  assert.equal(found.length, 1, `one <${name}>`);
  return found[0];
}

/** A direct child of the root element. */
function top(doc: Document, name: string): Element {
  const found = Array.from(doc.documentElement!.childNodes as unknown as ArrayLike<Element>).filter(
    (n) => n.nodeType === 1 && n.tagName === name,
  );
  assert.equal(found.length, 1, `one <${name}> in <OfficeApp>`);
  return found[0];
}

const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline checks)', function () {
  this.timeout(240000);
  const doc = parse(xml);
  const root = doc.documentElement!;

  it('is a task pane add-in for workbooks that reads and writes the document', () => {
    assert.equal(root.tagName, 'OfficeApp');
    assert.equal(root.getAttribute('xsi:type'), 'TaskPaneApp');
    assert.match(one(doc, 'Id').textContent!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(one(doc, 'Version').textContent!, /^\d+\.\d+\.\d+\.\d+$/);
    for (const el of [
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'DefaultSettings',
      'VersionOverrides',
    ])
      top(doc, el);
    assert.equal(all(doc, 'Host').filter((h) => h.getAttribute('Name') === 'Workbook').length, 1);
    assert.equal(one(doc, 'Permissions').textContent, 'ReadWriteDocument');
  });

  it(`requires ExcelApi ${MIN_EXCEL_API}, the adapter's minimum`, () => {
    const set = all(doc, 'Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
    assert.equal(set?.getAttribute('MinVersion'), MIN_EXCEL_API);
  });

  it('puts a group on the Home tab: Score this quarter and Refresh summaries run functions, Open Scorecard shows the pane', () => {
    const tab = one(doc, 'OfficeTab');
    assert.equal(tab.getAttribute('id'), 'TabHome');
    const controls = all(tab, 'Control');
    const labelOf = (c: Element) => {
      const resid = all(c, 'Label')[0].getAttribute('resid');
      return all(doc, 'bt:String')
        .find((s) => s.getAttribute('id') === resid)
        ?.getAttribute('DefaultValue');
    };
    const actions = controls.map((c) => [
      labelOf(c),
      all(c, 'Action')[0].getAttribute('xsi:type'),
      all(c, 'FunctionName')[0]?.textContent ?? null,
    ]);
    assert.deepEqual(actions, [
      ['Score this quarter', 'ExecuteFunction', COMMAND_IDS.score],
      ['Refresh summaries', 'ExecuteFunction', COMMAND_IDS.refresh],
      ['Open Scorecard', 'ShowTaskpane', null],
    ]);
    assert.equal(one(doc, 'FunctionFile').getAttribute('resid'), 'Commands.Url');
  });

  it('has unique ids, and every resid it uses is defined once', () => {
    const ids = all(doc, '*')
      .map((e) => e.getAttribute('id'))
      .filter((id): id is string => !!id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
    const defined = new Set(
      all(doc, '*')
        .filter((e) => /^bt:(Image|Url|String)$/.test(e.tagName) && e.getAttribute('id'))
        .map((e) => e.getAttribute('id')!),
    );
    const used = all(doc, '*')
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => !!r);
    for (const r of used) assert.ok(defined.has(r), `resid ${r} defined`);
    for (const d of defined) assert.ok(used.includes(d), `resource ${d} used`);
  });

  it("has short labels and descriptions within Office's limits", () => {
    for (const s of all(doc, 'bt:ShortStrings').flatMap((e) => all(e, 'bt:String')))
      assert.ok(s.getAttribute('DefaultValue')!.length <= 125, s.getAttribute('id')!);
    for (const s of all(doc, 'bt:LongStrings').flatMap((e) => all(e, 'bt:String')))
      assert.ok(s.getAttribute('DefaultValue')!.length <= 250, s.getAttribute('id')!);
    assert.ok(top(doc, 'DisplayName').getAttribute('DefaultValue')!.length <= 125);
    assert.ok(top(doc, 'Description').getAttribute('DefaultValue')!.length <= 250);
  });

  it('points every URL at a file of the build, over https', async () => {
    const dist = await build();
    const urls = all(doc, '*').flatMap((e) =>
      ['DefaultValue'].map((a) => e.getAttribute(a)).filter((v): v is string => !!v && v.startsWith('http')),
    );
    urls.push(...all(doc, 'AppDomain').map((e) => e.textContent!));
    assert.ok(urls.length >= 10);
    for (const url of urls) {
      assert.ok(url.startsWith(DEV), url);
      const file = url.slice(DEV.length).replace(/^\//, '');
      if (file === '') continue;
      assert.ok(fs.existsSync(path.join(dist, file)), `${url} → dist/${file}`);
    }
  });

  it('has icons of the pixel sizes it claims', async () => {
    const dist = await build();
    const pixels = (url: string) => {
      const png = PNG.sync.read(fs.readFileSync(path.join(dist, url.slice(DEV.length + 1))));
      return [png.width, png.height];
    };
    assert.deepEqual(pixels(one(doc, 'IconUrl').getAttribute('DefaultValue')!), [32, 32]);
    assert.deepEqual(pixels(one(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue')!), [64, 64]);
    const images = new Map(
      all(doc, 'bt:Image')
        .filter((e) => e.getAttribute('id'))
        .map((e) => [e.getAttribute('id')!, e.getAttribute('DefaultValue')!]),
    );
    for (const ref of all(doc, 'bt:Image').filter((e) => e.getAttribute('resid'))) {
      const size = Number(ref.getAttribute('size'));
      assert.deepEqual(pixels(images.get(ref.getAttribute('resid')!)!), [size, size], ref.getAttribute('resid')!);
    }
  });

  it("keeps Microsoft's online check as `npm run validate`", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    assert.equal(pkg.scripts.validate, 'office-addin-manifest validate manifest.xml');
  });
});
