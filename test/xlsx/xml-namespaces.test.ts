/**
 * The package reader resolves namespaces itself (src/xlsx/package/xml.ts, issue 10): an element or an
 * attribute whose prefix is bound nowhere is refused as saxes's own namespace mode refuses it, a
 * binding declared on the element itself counts for its attributes, and an element of another
 * namespace is never taken for SpreadsheetML's.
 */
import { strict as assert } from 'assert';
import { parseXml } from '../../src/xlsx/package/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Each element as told: name, where it starts and where its start tag ends. */
function told(xml: string): string[] {
  const out: string[] = [];
  parseXml(xml, { open: (tag, start, tagEnd) => out.push(`${tag.name} ${start}-${tagEnd}`) });
  return out;
}

describe('Namespaces in a part, resolved by the package reader', () => {
  it('refuses an attribute whose prefix is bound nowhere', () => {
    assert.throws(() => told(`<w xmlns="${MAIN}"><c foo:bar="1"/></w>`), /unbound namespace prefix: foo/);
  });

  it('refuses an element whose prefix is bound nowhere', () => {
    assert.throws(() => told(`<x:w xmlns:x="${MAIN}"><q:c/></x:w>`), /unbound namespace prefix: q/);
  });

  it('refuses a prefix declared empty', () => {
    assert.throws(() => told(`<w xmlns="${MAIN}"><c xmlns:foo=""/></w>`), /undefine prefix foo/);
  });

  it("counts a binding the element declares itself, and a colon in a value is only a value's", () => {
    const xml = `<w xmlns="${MAIN}"><c xmlns:foo="urn:x" foo:bar="1"/><mergeCell ref="A1:B2"/></w>`;
    assert.deepEqual(told(xml), [`w 0-${xml.indexOf('<c')}`, 'c 69-103', 'mergeCell 103-127']);
  });

  it('tells an element of another namespace by its full name, where the default namespace is changed on it', () => {
    assert.deepEqual(told(`<w xmlns="${MAIN}"><c xmlns="urn:other"/><c/></w>`), [
      'w 0-69',
      '{urn:other}c 69-91',
      'c 91-95',
    ]);
  });
});
