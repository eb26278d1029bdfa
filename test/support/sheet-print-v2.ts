/**
 * The generated sheets' fingerprint as session 8 made it (src/core/state/hash.ts at 570b1a7, the `2:`
 * prints kept in workbooks scored since): the oracle that the faster `sheetPrint` gives the very same
 * print, so that those workbooks still rescore with "nothing to change" (issue 11). Not used by the product.
 */
import { formatKey } from '../../src/core/plan/styles';
import type { SheetContent } from '../../src/core/plan/types';

/**
 * What marks a generated sheet's fingerprint as `sheetPrint`'s (issue 11): a character cyrb53's base-36
 * text never holds, so a fingerprint kept by an earlier version (`fingerprint(JSON.stringify(sheet))`)
 * is told apart and compared the way it was made (`samePrint`).
 */
const SHEET_PRINT = '2:';

// The running hash of `sheetPrint`: cyrb53's two lanes, fed 32 bits at a time, kept in a typed array (a
// module-level `let` would box every 32-bit value it is given). `sheetPrint` resets it and reads it out;
// nothing it calls calls it again. The values block, nearly all of a sheet, is hashed in one loop with
// the lanes in local variables.
const lanes = new Int32Array(2);
const scratch = new Float64Array(1);
const halves = new Int32Array(scratch.buffer);

function word(w: number): void {
  lanes[0] = Math.imul(lanes[0] ^ w, 2654435761);
  lanes[1] = Math.imul(lanes[1] ^ w, 1597334677);
}

/** A text: its length, then its UTF-16 code units two to a word. */
function text(s: string): void {
  let a = lanes[0];
  let b = lanes[1];
  const n = s.length;
  a = Math.imul(a ^ n, 2654435761);
  b = Math.imul(b ^ n, 1597334677);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ w, 2654435761);
    b = Math.imul(b ^ w, 1597334677);
  }
  if (i < n) {
    const w = s.charCodeAt(i);
    a = Math.imul(a ^ w, 2654435761);
    b = Math.imul(b ^ w, 1597334677);
  }
  lanes[0] = a;
  lanes[1] = b;
}

/** A number: a small integer as itself, any other double as its 64 bits (-0 as 0, as JSON writes it). */
function number(v: number): void {
  if ((v | 0) === v) {
    word(1);
    word(v);
  } else {
    scratch[0] = v;
    word(2);
    word(halves[0]);
    word(halves[1]);
  }
}

/** Anything small (a format, the frozen panes, the widths): its JSON text. */
function json(v: unknown): void {
  const t = JSON.stringify(v);
  if (t === undefined) word(8);
  else text(t);
}

/**
 * A fingerprint of a generated sheet's whole content (issue 11): what `fingerprint(JSON.stringify(sheet))`
 * told apart, told apart without writing the sheet as one long text and reading it back — every key of
 * the sheet in order, the values block cell by cell (each kind with its own tag, so 1, "1" and true
 * differ; texts by their own digest, `textDigest`, integers as themselves, other figures by their 64 bits), the
 * format groups' areas, the merges and the links as integers and texts, each format by its key (`formatKey`, kept per format object), each small part (the
 * widths, the frozen panes, the tab colour, any key added later) by its JSON text. Marked (`SHEET_PRINT`)
 * so that one kept by an earlier version is compared as that version made it (`samePrint`).
 */
export function sheetPrintV2(sheet: SheetContent): string {
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  const keys = Object.keys(sheet) as (keyof SheetContent)[];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    text(key);
    if (key === 'values') valuesOf(sheet.values);
    else if (key === 'formats') formatsOf(sheet.formats);
    else if (key === 'merges') areasOf(sheet.merges);
    else if (key === 'links') linksOf(sheet.links);
    else json(sheet[key]);
  }
  let a = lanes[0];
  let b = lanes[1];
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return SHEET_PRINT + (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
}

/** The values block: one loop, the lanes in locals (tags: 3 blank, 4 text and its digest, 1 integer, 2 figure, 5/6 true/false, 7 other). */
function valuesOf(block: SheetContent['values']): void {
  number(block.top);
  number(block.left);
  const rows = block.values;
  word(rows.length);
  let a = lanes[0];
  let b = lanes[1];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    a = Math.imul(a ^ row.length, 2654435761);
    b = Math.imul(b ^ row.length, 1597334677);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') {
        const d = v.length > 8 ? textDigest(v) : digestOf(v);
        const lo = d >>> 0;
        const hi = (d - lo) / 4294967296;
        a = Math.imul(Math.imul(Math.imul(a ^ 4, 2654435761) ^ lo, 2654435761) ^ hi, 2654435761);
        b = Math.imul(Math.imul(Math.imul(b ^ 4, 1597334677) ^ lo, 1597334677) ^ hi, 1597334677);
      } else if (typeof v === 'number') {
        if ((v | 0) === v) {
          a = Math.imul(Math.imul(a ^ 1, 2654435761) ^ v, 2654435761);
          b = Math.imul(Math.imul(b ^ 1, 1597334677) ^ v, 1597334677);
        } else {
          scratch[0] = v;
          const lo = halves[0];
          const hi = halves[1];
          a = Math.imul(Math.imul(Math.imul(a ^ 2, 2654435761) ^ lo, 2654435761) ^ hi, 2654435761);
          b = Math.imul(Math.imul(Math.imul(b ^ 2, 1597334677) ^ lo, 1597334677) ^ hi, 1597334677);
        }
      } else if (v === null || v === undefined) {
        a = Math.imul(a ^ 3, 2654435761);
        b = Math.imul(b ^ 3, 1597334677);
      } else if (typeof v === 'boolean') {
        const w = v ? 5 : 6;
        a = Math.imul(a ^ w, 2654435761);
        b = Math.imul(b ^ w, 1597334677);
      } else {
        lanes[0] = Math.imul(a ^ 7, 2654435761);
        lanes[1] = Math.imul(b ^ 7, 1597334677);
        text(JSON.stringify(v));
        a = lanes[0];
        b = lanes[1];
      }
    }
  }
  lanes[0] = a;
  lanes[1] = b;
}

/**
 * A text's own digest, 53 bits (cyrb53 of its length and its code units two to a word, not yet
 * finalised): what the values block mixes in for a text.
 */
function digestOf(s: string): number {
  // `text` from cyrb53's seeds, the lanes of the sheet being fingerprinted set aside and put back.
  const a = lanes[0];
  const b = lanes[1];
  lanes[0] = 0x9e3779b9;
  lanes[1] = 0x85ebca6b;
  text(s);
  const digest = (lanes[0] >>> 0) + (lanes[1] & 0x1fffff) * 4294967296;
  lanes[0] = a;
  lanes[1] = b;
  return digest;
}

/**
 * The digests of the longer texts (names, findings, notes), kept from run to run: scoring the same
 * workbook again (a rescore in the same add-in session, a refresh) writes the same texts, mostly made
 * afresh, and a map finds each by the engine's own hash of its characters, far faster than reading
 * them in JavaScript (issue 11). Emptied when it holds 100,000.
 */
const DIGESTS = new Map<string, number>();

function textDigest(s: string): number {
  let d = DIGESTS.get(s);
  if (d === undefined) {
    if (DIGESTS.size >= 100000) DIGESTS.clear();
    DIGESTS.set(s, (d = digestOf(s)));
  }
  return d;
}

function areasOf(areas: SheetContent['merges']): void {
  word(areas.length);
  for (let i = 0; i < areas.length; i++) {
    const x = areas[i];
    number(x.top);
    number(x.left);
    number(x.bottom);
    number(x.right);
  }
}

function formatsOf(groups: SheetContent['formats']): void {
  word(groups.length);
  for (let i = 0; i < groups.length; i++) {
    text(formatKey(groups[i].format));
    areasOf(groups[i].areas);
  }
}

function linksOf(links: SheetContent['links']): void {
  word(links.length);
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    number(l.row);
    number(l.col);
    text(l.sheet);
    text(l.cell);
  }
}
