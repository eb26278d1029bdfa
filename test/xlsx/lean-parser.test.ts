/**
 * The package reader's parser is saxes with its start tags told as reused objects and attribute lists
 * (src/xlsx/package/lean-parser.ts, issue 10): it must tell every part exactly what saxes itself tells
 * — the same elements, attributes in the same order, the same text, at the same places — and refuse
 * what saxes refuses with the same sentence. Checked here against saxes as it is, on the example
 * workbook's parts and on XML made to reach each path of the replaced methods.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LEAN, listsOf, type LeanTag } from '../../src/xlsx/package/lean-parser';
import { entryText, readZip } from '../../src/xlsx/package/zip';
import { parseXml } from '../../src/xlsx/package/xml';
import { EXAMPLE_WORKBOOK } from '../support/xlsx-fixtures';

type Parser = new (opt: { position: true; xmlns: false }) => SaxesParser<{ position: true; xmlns: false }>;

/** Every event of a parse, as text, or the error it ended with. */
function events(Make: Parser, xml: string, lean: boolean): string[] {
  const out: string[] = [];
  const p = new Make({ position: true, xmlns: false });
  const attrs = (t: SaxesTagPlain) => {
    if (!lean) return Object.entries(t.attributes).map(([k, v]) => `${k}=${v}`);
    const l = t as LeanTag;
    return l.names.slice(0, l.count).map((k, i) => `${k}=${l.values[i]}`);
  };
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (t) => out.push(`open ${t.name} [${attrs(t).join(' ')}] ${t.isSelfClosing} @${p.position}`));
  p.on('closetag', (t) => out.push(`close ${t.name} ${t.isSelfClosing} @${p.position}`));
  p.on('text', (t) => out.push(`text ${JSON.stringify(t)}`));
  try {
    p.write(xml).close();
  } catch (e) {
    out.push(`error ${(e as Error).message}`);
  }
  return out;
}

function same(xml: string): string[] {
  assert.ok(LEAN, 'saxes is the version the lean parser was written for');
  const lean = events(LEAN, xml, true);
  assert.deepEqual(lean, events(SaxesParser, xml, false));
  return lean;
}

describe('The package reader parses a part as saxes does, with fewer objects', () => {
  it('tells every part of the example workbook as saxes does (elements, attributes in order, text, places)', () => {
    for (const e of readZip(fs.readFileSync(EXAMPLE_WORKBOOK)))
      if (e.name.endsWith('.xml') || e.name.endsWith('.rels')) same(entryText(e));
  });

  it('keeps each element its own attributes, at every depth, whether an element had more before it or none', () => {
    const told = same(
      '<a x="1" y="2" z="3"><b p="&amp;&#x41;" q=\'single\'><c/><c r="A1" s="2" t="s"/><c/></b><b>t&lt;ext</b>' +
        '<b one="1"\n two="line\nbreak\ttab"><![CDATA[<raw>]]><!-- note --><?pi body?></b><b/></a>',
    );
    assert.ok(told.includes('open c [] true @55'));
    assert.ok(told.includes('open c [r=A1 s=2 t=s] true @78'));
    assert.ok(told.some((t) => t.startsWith('open b [one=1 two=line break tab]')));
    assert.ok(told.includes('open b [] true @183'));
    assert.ok(told.includes('open b [p=&A q=single] false @51'));
  });

  it('places each element where its "<" is, as a scan back from its start tag\'s end finds it', () => {
    const crafted =
      '<w xmlns="urn:w"><c\r\n r="A1"\r\n\tt="s"><v>1</v></c><\u{10000}x a="\u{1F44D}"/><c r="B1"\r/><c/></w>';
    const parts = readZip(fs.readFileSync(EXAMPLE_WORKBOOK))
      .filter((e) => e.name.endsWith('.xml'))
      .map((e) => entryText(e));
    for (const xml of [crafted, ...parts]) {
      let n = 0;
      parseXml(
        xml,
        {
          open(_tag, start, tagEnd) {
            assert.equal(start, xml.lastIndexOf('<', tagEnd - 1));
            n++;
          },
        },
        ['urn:w'],
      );
      assert.ok(n > 0);
    }
  });

  it("lists a tag of saxes as it is the same way (the reader's fallback if saxes changes)", () => {
    const attributes = Object.assign(Object.create(null) as Record<string, string>, { r: 'A1', s: '2', t: 's' });
    const t = listsOf({ name: 'c', attributes, isSelfClosing: true });
    assert.deepEqual(
      [t.names.slice(0, t.count), t.values.slice(0, t.count)],
      [
        ['r', 's', 't'],
        ['A1', '2', 's'],
      ],
    );
  });

  it('refuses what saxes refuses, with its sentence', () => {
    for (const bad of [
      '<a b="1" b="2"/>',
      '<a><c x="1" y="2" x="3"></c></a>',
      '<a b/>',
      '<a b=1/>',
      '<a></b>',
      '<a/><b/>',
      '<a b="1"c="2"/>',
      '<a b="<"/>',
      '<a',
    ]) {
      const told = same(bad);
      assert.match(told[told.length - 1], /^error /, bad);
    }
  });
});
