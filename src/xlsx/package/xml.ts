/** XML helpers of the package path: escaping for what it writes, and a saxes parser over one part. */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Characters XML 1.0 cannot hold (control characters) written as Excel does: _x0001_. */
export function excelText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>_\x00-\x08\x0b\x0c\x0e-\x1f]/.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return escapeText(
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      .replace(
        /[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
      ),
  );
}

/** Excel's escapes of characters XML cannot hold (_x0001_), read back. */
export function unescapeExcel(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** SpreadsheetML's main namespace, transitional (what Excel writes) and strict (ISO/IEC 29500 Strict). */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** The officeDocument relationships namespace (`r:id` on `<sheet>`, `<hyperlink>`). */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
/** The package relationships part (`.rels`) and the content types part (OPC, ECMA-376 Part 2). */
export const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

const MAIN = [MAIN_NS, STRICT_MAIN_NS];

/**
 * One element as the handlers see it: `name` is its local name when it is in one of the namespaces
 * the part is read for (SpreadsheetML by default), and its qualified `{uri}local` otherwise, so an
 * element of an extension (`x14:`, `xm:f`) never passes for one of the part's own. `attributes` are by
 * their name as written (`r`, `s`, `r:id`); `nsAttribute` finds one by namespace.
 */
export interface Tag {
  name: string;
  prefix: string;
  /** Made when first asked for (a sheet's `<v>` and `<t>` never are): `attribute` reads one without it. */
  readonly attributes: Record<string, string>;
  isSelfClosing: boolean;
  /** The namespace bindings in effect (prefix → URI; '' is the default namespace). */
  ns: Record<string, string>;
  raw: SaxesTagNS;
  /** One attribute's value by its name as written, or undefined. */
  attribute(name: string): string | undefined;
}

/** The one Tag of a parse, told of each element in turn (handlers keep what they need, never the tag). */
class ParsedTag implements Tag {
  private values: Record<string, string> | null = null;
  name = '';
  raw = null as unknown as SaxesTagNS;
  set(name: string, raw: SaxesTagNS): this {
    this.name = name;
    this.raw = raw;
    this.values = null;
    return this;
  }
  get prefix(): string {
    return this.raw.prefix;
  }
  get isSelfClosing(): boolean {
    return this.raw.isSelfClosing;
  }
  get ns(): Record<string, string> {
    return this.raw.ns;
  }
  get attributes(): Record<string, string> {
    if (!this.values) {
      const out: Record<string, string> = {};
      for (const k in this.raw.attributes) out[k] = this.raw.attributes[k].value;
      this.values = out;
    }
    return this.values;
  }
  attribute(name: string): string | undefined {
    return this.raw.attributes[name]?.value;
  }
}

/** The value of the attribute `local` in namespace `uri` (any prefix), or undefined. */
export function nsAttribute(tag: Tag, uris: string[], localName: string): string | undefined {
  for (const k in tag.raw.attributes) {
    const a = tag.raw.attributes[k];
    if (a.local === localName && uris.includes(a.uri)) return a.value;
  }
  return undefined;
}

/** The prefix bound to `uri` in these bindings ('' for the default namespace), or null when none is. */
export function prefixFor(ns: Record<string, string>, uris: string[]): string | null {
  if (uris.includes(ns[''] ?? '')) return '';
  // eslint-disable-next-line guard-for-in -- saxes chains bindings by prototype: inherited ones count
  for (const k in ns) if (k !== '' && k !== 'xml' && k !== 'xmlns' && uris.includes(ns[k])) return k;
  return null;
}

export interface Handlers {
  /** `start` is where the element starts, `tagEnd` where its start tag ends. */
  open?(tag: Tag, start: number, tagEnd: number): void;
  /** `selfClosing`: the element was written `<x/>` (its open and close are told at the same place). */
  close?(name: string, end: number, selfClosing: boolean): void;
  text?(text: string): void;
}

/** What a parse tells of the part's root element: its prefix ('' when none) and its bindings. */
export interface Root {
  prefix: string;
  ns: Record<string, string>;
}

/**
 * Parses one part with saxes, namespaces resolved by the parser (`xmlns: true`), telling each
 * element's name (see Tag), its attributes, and where it starts and ends in the string (JavaScript
 * string indices: `xml.slice(start, end)` is the element). `namespaces` are the URIs whose elements
 * are told by their local name: SpreadsheetML's main namespace unless given.
 * @returns the root element's prefix and bindings (for writing new elements as the part does)
 * @throws the parser's error on XML that is not well formed or uses a prefix it never binds
 */
export function parseXml(
  xml: string,
  h: Handlers,
  namespaces: string[] = MAIN,
  bindings?: Record<string, string>,
): Root {
  const p = new SaxesParser({ position: true, xmlns: true, additionalNamespaces: bindings && ownBindings(bindings) });
  const root: Root = { prefix: '', ns: {} };
  let depth = 0;
  const tag = new ParsedTag();
  // Whether a namespace is the part's own, by URI: a map, as the same few URIs come with every element.
  const own = new Map<string, boolean>();
  // The last URI asked about, and whether it is the part's own: almost every element is in the same namespace.
  let lastUri: string | undefined;
  let lastMine = false;
  const nameOf = (t: SaxesTagNS) => {
    if (t.uri !== lastUri) {
      let mine = own.get(t.uri);
      if (mine === undefined) own.set(t.uri, (mine = namespaces.includes(t.uri)));
      lastUri = t.uri;
      lastMine = mine;
    }
    return lastMine ? t.local : `{${t.uri}}${t.local}`;
  };
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (t) => {
    if (depth++ === 0) {
      root.prefix = t.prefix;
      root.ns = t.ns;
    }
    if (t.isSelfClosing) depth--;
    if (!h.open) return;
    // Where the start tag begins: the last "<" before its end (an attribute's value cannot hold one).
    const end = p.position;
    let start = end - 1;
    while (start > 0 && xml.charCodeAt(start) !== 60) start--;
    h.open(tag.set(nameOf(t), t), start, end);
  });
  p.on('closetag', (t) => {
    if (!t.isSelfClosing) depth--;
    h.close?.(nameOf(t as SaxesTagNS), p.position, t.isSelfClosing);
  });
  if (h.text) p.on('text', h.text);
  p.write(xml).close();
  return root;
}

/** Bindings as saxes gives them (chained by prototype) flattened, without the two XML fixes (`xml`, `xmlns`). */
function ownBindings(ns: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  // eslint-disable-next-line guard-for-in -- inherited bindings are wanted
  for (const k in ns) if (k !== 'xml' && k !== 'xmlns') out[k] = ns[k];
  return out;
}

/** Attributes written out: ` name="value"`, escaped. */
export function attributesXml(a: Record<string, string>): string {
  let out = '';
  for (const k in a) out += ` ${k}="${escapeAttr(a[k])}"`;
  return out;
}

/**
 * An element's start tag written again from its attributes (as a Tag gives them, by their name as
 * written, namespace declarations included): how an attribute of an existing element is changed, the
 * rest of the element kept as it is. `prefix` as elementPrefix gives it ("x:" or "").
 */
export function startTag(prefix: string, name: string, a: Record<string, string>, selfClosing: boolean): string {
  return `<${prefix}${name}${attributesXml(a)}${selfClosing ? '/>' : '>'}`;
}

/** The prefix to write new elements with, as the part's root element has it ("x:"), or "" for none. */
export function elementPrefix(root: Root): string {
  return root.prefix ? `${root.prefix}:` : '';
}
