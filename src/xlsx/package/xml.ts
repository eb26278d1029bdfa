/** XML helpers of the package path: escaping for what it writes, and a saxes parser over one part. */
import { SaxesParser } from 'saxes';
import { LEAN, listsOf, type LeanTag } from './lean-parser';

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

/** The bindings every part has (XML Namespaces 1.0 §3): `xml:` and `xmlns:`. */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * One element as the handlers see it: `name` is its local name when it is in one of the namespaces
 * the part is read for (SpreadsheetML by default), and its qualified `{uri}local` otherwise, so an
 * element of an extension (`x14:`, `xm:f`) never passes for one of the part's own. `attributes` are by
 * their name as written (`r`, `s`, `r:id`); `nsAttribute` finds one by namespace.
 */
export interface Tag {
  name: string;
  /** The element's prefix as written ('' when none). */
  readonly prefix: string;
  /** A copy made when first asked for (a sheet's `<c>`, `<v>` and `<t>` never are): `attribute` reads one without it. */
  readonly attributes: Record<string, string>;
  readonly isSelfClosing: boolean;
  /** The namespace bindings this element declares itself (prefix → URI; '' is the default namespace). */
  readonly ns: Record<string, string>;
  /** One attribute's value by its name as written, or undefined. */
  attribute(name: string): string | undefined;
  /** The URI bound to a prefix where this element is ('' for the default namespace), or undefined. */
  resolve(prefix: string): string | undefined;
}

/** Bindings in scope: each element that declares some gets a child of its parent's (by prototype). */
type Scope = Record<string, string>;

/** The one Tag of a parse, told of each element in turn (handlers keep what they need, never the tag). */
class ParsedTag implements Tag {
  private values: Record<string, string> | null = null;
  name = '';
  prefix = '';
  raw = null as unknown as LeanTag;
  scope = null as unknown as Scope;
  set(name: string, prefix: string, raw: LeanTag, scope: Scope): this {
    this.name = name;
    this.prefix = prefix;
    this.raw = raw;
    this.scope = scope;
    this.values = null;
    return this;
  }
  get isSelfClosing(): boolean {
    return this.raw.isSelfClosing;
  }
  get ns(): Record<string, string> {
    return ownBindingsOf(this.raw);
  }
  get attributes(): Record<string, string> {
    if (!this.values) {
      const { names, values, count } = this.raw;
      const out: Record<string, string> = {};
      // As an object spread makes them: an attribute named __proto__ is an own property, not the prototype.
      for (let i = 0; i < count; i++)
        if (names[i] === '__proto__')
          Object.defineProperty(out, names[i], {
            value: values[i],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else out[names[i]] = values[i];
      this.values = out;
    }
    return this.values;
  }
  attribute(name: string): string | undefined {
    const { names, count } = this.raw;
    for (let i = 0; i < count; i++) if (names[i] === name) return this.raw.values[i];
    return undefined;
  }
  resolve(prefix: string): string | undefined {
    return this.scope[prefix];
  }
}

/** The namespace declarations among an element's attributes (prefix → URI, '' for the default). */
function ownBindingsOf(tag: LeanTag): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const { names, values, count } = tag;
  for (let i = 0; i < count; i++) {
    const k = names[i];
    if (k === 'xmlns') out[''] = values[i].trim();
    else if (k.startsWith('xmlns:')) out[k.slice(6)] = values[i].trim();
  }
  return out;
}

/** The value of the attribute `local` in namespace `uri` (any prefix), or undefined. */
export function nsAttribute(tag: Tag, uris: string[], localName: string): string | undefined {
  const suffix = `:${localName}`;
  for (const k in tag.attributes)
    if (k.endsWith(suffix)) {
      const uri = tag.resolve(k.slice(0, k.length - suffix.length));
      if (uri !== undefined && uris.includes(uri)) return tag.attributes[k];
    }
  return undefined;
}

/** The prefix bound to `uri` in these bindings ('' for the default namespace), or null when none is. */
export function prefixFor(ns: Record<string, string>, uris: string[]): string | null {
  if (uris.includes(ns[''] ?? '')) return '';
  // eslint-disable-next-line guard-for-in -- bindings chained by prototype: inherited ones count
  for (const k in ns) if (k !== '' && k !== 'xml' && k !== 'xmlns' && uris.includes(ns[k])) return k;
  return null;
}

/** A handler that does nothing (a reader that does not want an event). */
function ignore(): void {}

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
 * Parses one part with saxes, telling each element's name (see Tag), its attributes, and where it
 * starts and ends in the string (JavaScript string indices: `xml.slice(start, end)` is the element).
 * `namespaces` are the URIs whose elements are told by their local name: SpreadsheetML's main
 * namespace unless given; `bindings` are prefixes bound outside the text (a fragment's).
 *
 * Namespaces (XML Namespaces 1.0) are resolved here, not by saxes's `xmlns` mode: that mode makes a
 * record of bindings, a parsed name and a checked set for every element and attribute — 44% of
 * everything the command allocated at 10,000 indicators (issue 10) — though a part declares its
 * bindings once, on its root, nearly always. An element that declares some gets a scope of its own;
 * a prefix bound nowhere is refused, as saxes refuses it.
 * @returns the root element's prefix and bindings (for writing new elements as the part does)
 * @throws the parser's error on XML that is not well formed or uses a prefix it never binds
 */
export function parseXml(
  xml: string,
  h: Handlers,
  namespaces: string[] = MAIN,
  bindings?: Record<string, string>,
): Root {
  // saxes, told each start tag as a reused tag with its attributes as lists (lean-parser.ts), or as it is.
  const p = new (LEAN ?? SaxesParser<{ position: true; xmlns: false }>)({ position: true, xmlns: false });
  // Every parser gets the same handlers in the same order (saxes adds them as properties of the parser),
  // and every handler is called whether the part's reader wants it or not: so every parser object has
  // one shape and each call site one kind of callee, and the optimised code of saxes's loop and of the
  // handlers below, compiled on the first parts read, serves every later part (issue 10: parsers with
  // and without a text handler, and handlers given or not, threw that code away — deoptimised it —
  // several times a command, each time compiled again on the command's CPU).
  const open = h.open ?? ignore;
  const close = h.close ?? ignore;
  const text = h.text ?? ignore;
  const root: Root = { prefix: '', ns: Object.create(null) as Record<string, string> };
  let depth = 0;
  const tag = new ParsedTag();
  let scope: Scope = Object.create(null) as Scope;
  scope.xml = XML_NS;
  scope.xmlns = XMLNS_NS;
  if (bindings) {
    scope = Object.create(scope) as Scope;
    // eslint-disable-next-line guard-for-in -- inherited bindings are wanted
    for (const k in bindings) if (k !== 'xml' && k !== 'xmlns') scope[k] = bindings[k];
  }
  /** The scope each open element started: restored as it closes. */
  const scopes: Scope[] = [];
  /** Each open element's name as told (its close is told by the same). */
  const names: string[] = [];
  // Whether a namespace is the part's own, by URI: a map, as the same few URIs come with every element.
  const own = new Map<string, boolean>();
  // The last URI asked about, and whether it is the part's own: almost every element is in the same namespace.
  let lastUri: string | undefined;
  let lastMine = false;
  let lastName = '';
  const resolved = new Map<string, { told: string; prefix: string }>();
  let cachedFor: Scope | null = null;
  /** A name as written resolved in the current scope: its name as told (see Tag) and its prefix. */
  const resolveName = (written: string): { told: string; prefix: string } => {
    const colon = written.indexOf(':');
    const prefix = colon < 0 ? '' : written.slice(0, colon);
    const uri = scope[prefix] ?? '';
    if (colon >= 0 && (prefix === 'xmlns' || scope[prefix] === undefined)) fail(`unbound namespace prefix: ${prefix}`);
    if (uri !== lastUri) {
      let mine = own.get(uri);
      if (mine === undefined) own.set(uri, (mine = namespaces.includes(uri)));
      lastUri = uri;
      lastMine = mine;
    }
    const local = colon < 0 ? written : written.slice(colon + 1);
    return { told: lastMine ? local : `{${uri}}${local}`, prefix };
  };
  const fail = (message: string): never => {
    throw new Error(`${message} (position ${p.position})`);
  };
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (told) => {
    const t = LEAN ? (told as LeanTag) : listsOf(told);
    const keys = t.names;
    const values = t.values;
    const count = t.count;
    const outer = scope;
    // Where the start tag begins. The lean parser (lean-parser.ts) tells it, and only an attribute whose
    // name has a ":" can declare a prefix or need one bound. Saxes as it is does not: then the start is
    // the last "<" before the tag's end (an attribute's value cannot hold one), and the same pass notes
    // a ":" anywhere in the tag (a start tag with no attributes, a sheet's `<v>`, half its elements, is
    // `<name>` or `<name/>` exactly when a "<" is where that would start it: no scan, and a ":" can only
    // be in its name, which is resolved below). Only a tag with a ":" has its attributes gone through
    // (issue 10: no call for each of a sheet's attributes, as saxes's attribute event made).
    const end = p.position;
    let start = t.start;
    let colon = false;
    let declares = false;
    if (start >= 0) {
      for (let i = 0; i < count; i++)
        if (keys[i] === 'xmlns') declares = true;
        else if (keys[i].indexOf(':') > 0) colon = true;
    } else {
      start = end - t.name.length - (t.isSelfClosing ? 3 : 2);
      if (start < 0 || xml.charCodeAt(start) !== 60) {
        start = end - 1;
        for (let c = xml.charCodeAt(start); start > 0 && c !== 60; c = xml.charCodeAt(--start))
          if (c === 58) colon = true;
        for (let i = 0; i < count; i++) if (keys[i] === 'xmlns') declares = true;
      }
    }
    let prefixed = false;
    if (colon)
      for (let i = 0; i < count; i++)
        if (keys[i].indexOf(':') > 0) {
          const k = keys[i];
          if (k.startsWith('xmlns:')) declares = true;
          else prefixed = true;
        }
    if (declares) {
      scope = Object.create(outer) as Scope;
      for (let i = 0; i < count; i++) {
        const k = keys[i];
        if (k === 'xmlns') scope[''] = values[i].trim();
        else if (k.startsWith('xmlns:')) {
          const uri = values[i].trim();
          if (uri === '') fail(`invalid attempt to undefine prefix ${k.slice(6)}`);
          scope[k.slice(6)] = uri;
        }
      }
    }
    // Every prefixed attribute's prefix must be bound (the element's own declarations included).
    if (prefixed)
      for (let i = 0; i < count; i++) {
        const k = keys[i];
        const colon = k.indexOf(':');
        if (colon > 0 && scope[k.slice(0, colon)] === undefined) fail(`unbound namespace prefix: ${k.slice(0, colon)}`);
      }
    // An element's name as told, and its prefix, by its name as written: the same few names come
    // again and again, and what they resolve to changes only where the bindings do.
    if (scope !== cachedFor) {
      resolved.clear();
      cachedFor = scope;
    }
    let name = resolved.get(t.name);
    if (name === undefined) {
      name = resolveName(t.name);
      resolved.set(t.name, name);
    }
    lastName = name.told;
    const prefix = name.prefix;
    if (depth++ === 0) {
      root.prefix = prefix;
      root.ns = ownBindingsOf(t);
    }
    if (t.isSelfClosing) depth--;
    else {
      scopes.push(outer);
      names.push(lastName);
    }
    open(tag.set(lastName, prefix, t, scope), start, end);
    if (t.isSelfClosing) scope = outer;
  });
  p.on('closetag', (t) => {
    let name = lastName;
    if (!t.isSelfClosing) {
      depth--;
      scope = scopes.pop()!;
      name = names.pop()!;
    }
    close(name, p.position, t.isSelfClosing);
  });
  p.on('text', text);
  p.write(xml).close();
  return root;
}

/**
 * Text in pieces as UTF-8 bytes, each piece encoded straight into one buffer: a large part is never
 * made as one string first (issue 10: those strings were several MB of the old generation each at
 * 10,000 indicators, copied again as they were encoded). Pieces must not split a surrogate pair.
 */
export function utf8Of(pieces: string[]): Buffer {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, 'utf8');
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += out.write(piece, at, 'utf8');
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
