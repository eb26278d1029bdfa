/**
 * saxes's parser with fewer objects per element (issue 10, the read's garbage): the same parser, its
 * checks and its events, but each start tag is told as one of a few tag objects kept for reuse, one
 * for each depth, with its attributes as two lists (names and values, in the order written) instead
 * of a new tag, a new dictionary of attributes and an object for each attribute. At 10,000 indicators
 * (430,000 elements, 370,000 attributes) those were 160 MB of the 600 MB the command allocated, a
 * quarter of its garbage collection.
 *
 * saxes (5.0.1) makes them in three methods of its state machine: `sOpenTag` (the tag, after its name),
 * `pushAttribPlain` (each attribute, without namespaces) and `processAttribsPlain` (the attributes
 * checked for duplicates and put on the tag, at the start tag's end). Those three are replaced here
 * and nothing else: the characters are read, checked and told by saxes's own code. They are saxes's
 * internals, so the replacement is used only when the parser has them as this file expects (`LEAN`);
 * otherwise parseXml (xml.ts) falls back on saxes as it is, and the attributes are listed from its
 * tag (`listsOf`). test/xlsx/lean-parser.test.ts checks both give the same events and the same
 * errors.
 *
 * A handler must not keep a tag: the same object is told again for the next element at its depth.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** A start tag as the lean parser tells it: saxes's tag, and its attributes as lists. */
export interface LeanTag extends SaxesTagPlain {
  /** The attributes' names and values: the first `count` of each (the lists are kept for reuse, longer). */
  names: string[];
  values: string[];
  count: number;
  /** Where the start tag's `<` is in the text written to the parser (-1: not known, saxes as it is). */
  start: number;
}

/** What the replaced methods use of saxes's parser (its own fields and methods, saxes 5.0.1). */
interface Internals {
  name: string;
  /** Where the current chunk starts in the text, and the index in it of the character last read. */
  chunkPosition: number;
  prevI: number;
  tag: LeanTag | null;
  tags: LeanTag[];
  state: number;
  sawRoot: boolean;
  closedRoot: boolean;
  fragmentOpt: boolean;
  xmlnsOpt: boolean;
  openTagStartHandler?: (tag: LeanTag) => void;
  captureNameChars(): number;
  openTag(): void;
  fail(message: string): void;
  /** The tags kept for reuse, by depth. */
  pool?: LeanTag[];
}

// saxes's codes (saxes.js): the end of the chunk, characters, and the states after a tag's name.
const EOC = -1;
const GREATER = 0x3e;
const FORWARD_SLASH = 0x2f;
const S_OPEN_TAG_SLASH = 35;
const S_ATTRIB = 36;

/** XML's white space (XML 1.0 §2.3, S). */
function isS(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** An element's attributes dictionary as saxes would have made it: never read (the lists are). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

/** saxes's `sOpenTag`, the tag taken from the pool of its depth, and told where it starts. */
function sOpenTag(this: Internals): void {
  const c = this.captureNameChars();
  if (c === EOC) return;
  const pool = (this.pool ??= []);
  const depth = this.tags.length;
  let tag = pool[depth];
  if (tag === undefined)
    pool[depth] = tag = {
      name: '',
      attributes: NO_ATTRIBUTES,
      isSelfClosing: false,
      names: [],
      values: [],
      count: 0,
      start: -1,
    };
  tag.name = this.name;
  // The name ended at the character last read (prevI), and the "<" is just before the name (sOpenWaka
  // steps back to the name's first character): no scan back for it (issue 10).
  tag.start = this.chunkPosition + this.prevI - this.name.length - 1;
  tag.isSelfClosing = false;
  tag.count = 0;
  this.tag = tag;
  this.name = '';
  this.openTagStartHandler?.(tag);
  this.sawRoot = true;
  if (!this.fragmentOpt && this.closedRoot) this.fail('documents may contain only one root.');
  switch (c) {
    case GREATER:
      this.openTag();
      break;
    case FORWARD_SLASH:
      this.state = S_OPEN_TAG_SLASH;
      break;
    default:
      if (!isS(c)) this.fail('disallowed character in tag name.');
      this.state = S_ATTRIB;
  }
}

/** saxes's `pushAttribPlain`: the attribute added to the tag's lists (no attribute event: parseXml has none). */
function pushAttribPlain(this: Internals, name: string, value: string): void {
  const tag = this.tag!;
  tag.names[tag.count] = name;
  tag.values[tag.count++] = value;
}

/** saxes's `processAttribsPlain`: a second attribute of the same name is refused, as saxes refuses it. */
function processAttribsPlain(this: Internals): void {
  const { names, count } = this.tag!;
  for (let i = 1; i < count; i++)
    for (let j = 0; j < i; j++) if (names[i] === names[j]) this.fail(`duplicate attribute: ${names[i]}.`);
}

/** Whether saxes's parser is the one these replacements were written for. */
function fits(): boolean {
  const proto = SaxesParser.prototype as unknown as Record<string, unknown>;
  return ['sOpenTag', 'pushAttribPlain', 'processAttribsPlain', 'captureNameChars', 'openTag', 'fail'].every(
    (m) => typeof proto[m] === 'function',
  );
}

/** The lean parser, or null when saxes is not as expected (parseXml then uses saxes as it is). */
export const LEAN:
  (new (opt: { position: true; xmlns: false }) => SaxesParser<{ position: true; xmlns: false }>) | null = (() => {
  if (!fits()) return null;
  class LeanSaxesParser extends SaxesParser<{ position: true; xmlns: false }> {}
  Object.assign(LeanSaxesParser.prototype, { sOpenTag, pushAttribPlain, processAttribsPlain });
  // A parser made now must tell its tags as lists (else saxes changed in a way not checked above).
  const names: string[] = [];
  const p = new LeanSaxesParser({ position: true, xmlns: false });
  p.on('opentag', (t) => names.push(...((t as LeanTag).names?.slice(0, (t as LeanTag).count) ?? ['?'])));
  try {
    p.write('<a b="1" c="2"/>').close();
  } catch {
    return null;
  }
  return names.join() === 'b,c' ? LeanSaxesParser : null;
})();

/** A tag of saxes as it is, its attributes as lists (the fallback). */
export function listsOf(t: SaxesTagPlain): LeanTag {
  const names: string[] = [];
  const values: string[] = [];
  for (const k in t.attributes) {
    names.push(k);
    values.push(t.attributes[k]);
  }
  return {
    name: t.name,
    attributes: t.attributes,
    isSelfClosing: t.isSelfClosing,
    names,
    values,
    count: names.length,
    start: -1,
  };
}
