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

function put(out: string[], code: number): void {
  if (code < SPAN) out.push(String.fromCharCode(BASE + code));
  else out.push(String.fromCharCode(ESCAPE, BASE + Math.floor(code / SPAN), BASE + (code % SPAN)));
}

export function packText(text: string): string {
  const out: string[] = [];
  if (text.length === 0) return '';
  let dict = new Map<number, number>();
  let next = FIRST;
  let w = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const key = w * 65536 + c;
    const found = dict.get(key);
    if (found !== undefined) {
      w = found;
      continue;
    }
    put(out, w);
    if (next < MAX_CODES) dict.set(key, next++);
    else {
      put(out, 65536);
      dict = new Map();
      next = FIRST;
    }
    w = c;
  }
  put(out, w);
  return out.join('');
}

/** The text packText packed. Throws on text it did not make. */
export function unpackText(packed: string): string {
  const codes: number[] = [];
  for (let i = 0; i < packed.length; i++) {
    const ch = packed.charCodeAt(i);
    if (ch === ESCAPE) {
      codes.push((packed.charCodeAt(i + 1) - BASE) * SPAN + (packed.charCodeAt(i + 2) - BASE));
      i += 2;
    } else codes.push(ch - BASE);
  }
  const parts: string[] = [];
  let dict: string[] = [];
  let prev: string | null = null;
  const entry = (code: number): string => {
    if (code < 65536) return String.fromCharCode(code);
    const e = dict[code - FIRST];
    if (e !== undefined) return e;
    if (code - FIRST === dict.length && prev !== null) return prev + prev[0];
    throw new Error('not packed text');
  };
  for (const code of codes) {
    if (code === 65536) {
      dict = [];
      prev = null;
      continue;
    }
    const e = entry(code);
    if (prev !== null && dict.length + FIRST < MAX_CODES) dict.push(prev + e[0]);
    parts.push(e);
    prev = e;
  }
  return parts.join('');
}
