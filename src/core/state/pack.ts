/**
 * Packing long, repetitive text (the content of the product's generated sheets, kept in the state for
 * undo) into far fewer characters: LZW over UTF-16 code units, each code written as one character of
 * U+1000–U+CFFF (never a surrogate, a control character or an apostrophe, so a cell keeps it as typed),
 * a code past that range as an escape character U+D000 + two characters. A highlights sheet of 6,000
 * indicators (3 MB of JSON) packs to about a tenth. The dictionary restarts when it is full, so memory
 * stays bounded whatever the length.
 */
const BASE = 0x1000;
const SPAN = 0xc000; // codes 0 … SPAN-1 in one character
const ESCAPE = 0xd000;
const MAX_CODES = 1 << 20;
const FIRST = 65537; // 0 … 65535: single code units; 65536: reset
const RESET = 65536;
/** Characters turned into text at a time (String.fromCharCode's arguments). */
const SLICE = 8192;

/**
 * The dictionary of packText: (code, next code unit) → the code of the two, as an open-addressed hash
 * table in typed arrays (issue 10: a Map keyed by `code × 65536 + unit`, a number beyond 31 bits, made a
 * heap number for every key and took 0.1 s of a rescore at 10,000 indicators). A slot's `codes` entry
 * is 0 while empty (no dictionary code is 0).
 */
class Dictionary {
  readonly prefix: Int32Array;
  readonly unit: Uint16Array;
  readonly codes: Int32Array;
  readonly mask: number;
  /** 32 − log2(size): a slot is the top bits of the pair's hash (Fibonacci hashing). */
  readonly shift: number;

  /** Room for `entries` pairs at a load of at most three quarters. */
  constructor(entries: number) {
    let bits = 10;
    while ((1 << bits) * 0.75 < entries) bits++;
    const size = 1 << bits;
    this.prefix = new Int32Array(size);
    this.unit = new Uint16Array(size);
    this.codes = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - bits;
  }
}

/**
 * `text` packed: LZW as described above. The same characters whatever the text's length (the dictionary
 * restarts at MAX_CODES entries, marked by the reset code), read back by unpackText.
 */
export function packText(text: string): string {
  const n = text.length;
  if (n === 0) return '';
  const dict = new Dictionary(Math.min(n, MAX_CODES - FIRST));
  const { prefix, unit, codes, mask, shift } = dict;
  // The characters written, grown as needed: at most three a code, a code at most a character read.
  let out = new Uint16Array(Math.min(3 * n + 3, 1 << 16));
  let at = 0;
  let next = FIRST;
  let w = text.charCodeAt(0);
  for (let i = 1; i <= n; i++) {
    let c = 0;
    let slot = 0;
    if (i < n) {
      c = text.charCodeAt(i);
      slot = Math.imul(w ^ Math.imul(c, 0x85ebca6b), 0x9e3779b1) >>> shift;
      let found = -1;
      for (;;) {
        const code = codes[slot];
        if (code === 0) break;
        if (prefix[slot] === w && unit[slot] === c) {
          found = code;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (found >= 0) {
        w = found;
        continue;
      }
    }
    // w is written; then (w, c) is learnt, or the dictionary restarts when full.
    if (at + 6 > out.length) {
      const grown = new Uint16Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    if (w < SPAN) out[at++] = BASE + w;
    else {
      out[at++] = ESCAPE;
      out[at++] = BASE + Math.floor(w / SPAN);
      out[at++] = BASE + (w % SPAN);
    }
    if (i === n) break;
    if (next < MAX_CODES) {
      codes[slot] = next++;
      prefix[slot] = w;
      unit[slot] = c;
    } else {
      // The reset code (65536 ≥ SPAN: escaped), and an empty dictionary.
      out[at++] = ESCAPE;
      out[at++] = BASE + Math.floor(RESET / SPAN);
      out[at++] = BASE + (RESET % SPAN);
      // A plain loop, not Int32Array.prototype.fill: IE11 (volume-licensed Office 2019) lacks it (old-webviews test).
      for (let i = 0; i < codes.length; i++) codes[i] = 0;
      next = FIRST;
    }
    w = c;
  }
  let packed = '';
  for (let i = 0; i < at; i += SLICE)
    packed += String.fromCharCode.apply(null, out.subarray(i, Math.min(at, i + SLICE)) as unknown as number[]);
  return packed;
}

/** The text packText packed. Throws on text it did not make. */
export function unpackText(packed: string): string {
  const room = MAX_CODES - FIRST;
  // Each dictionary entry: the code it extends, its last code unit, its first, and its length.
  const prefix = new Int32Array(Math.min(room, packed.length + 1));
  const last = new Uint16Array(prefix.length);
  const first = new Uint16Array(prefix.length);
  const length = new Int32Array(prefix.length);
  let count = 0;
  let out = new Uint16Array(Math.max(16, packed.length * 4));
  let at = 0;
  let prev = -1;
  const firstOf = (code: number) => (code < RESET ? code : first[code - FIRST]);
  const lengthOf = (code: number) => (code < RESET ? 1 : length[code - FIRST]);
  for (let i = 0; i < packed.length; i++) {
    let code = packed.charCodeAt(i) - BASE;
    if (code === ESCAPE - BASE) {
      if (i + 2 >= packed.length) throw new Error('not packed text');
      const hi = packed.charCodeAt(i + 1) - BASE;
      const lo = packed.charCodeAt(i + 2) - BASE;
      if (hi < 0 || lo < 0 || lo >= SPAN) throw new Error('not packed text');
      code = hi * SPAN + lo;
      i += 2;
    } else if (code < 0 || code >= SPAN) throw new Error('not packed text');
    if (code === RESET) {
      count = 0;
      prev = -1;
      continue;
    }
    // The entry's first code unit and length; a code one past the dictionary is the entry before and its first unit.
    let head: number;
    let size: number;
    let pending = false;
    if (code < RESET) {
      head = code;
      size = 1;
    } else if (code - FIRST < count) {
      head = first[code - FIRST];
      size = length[code - FIRST];
    } else if (code - FIRST === count && prev >= 0) {
      head = firstOf(prev);
      size = lengthOf(prev) + 1;
      pending = true;
    } else throw new Error('not packed text');
    if (at + size > out.length) {
      let grown = out.length * 2;
      while (grown < at + size) grown *= 2;
      const bigger = new Uint16Array(grown);
      bigger.set(out);
      out = bigger;
    }
    if (prev >= 0 && count < room) {
      prefix[count] = prev;
      last[count] = head;
      first[count] = firstOf(prev);
      length[count] = lengthOf(prev) + 1;
      count++;
      pending = false;
    }
    // Written from its end back along the chain of entries it extends.
    let end = at + size - 1;
    let c = code;
    if (pending) {
      out[end--] = head;
      c = prev;
    }
    while (c >= RESET) {
      out[end--] = last[c - FIRST];
      c = prefix[c - FIRST];
    }
    out[end] = c;
    at += size;
    prev = code;
  }
  let text = '';
  for (let i = 0; i < at; i += SLICE)
    text += String.fromCharCode.apply(null, out.subarray(i, Math.min(at, i + SLICE)) as unknown as number[]);
  return text;
}
