/**
 * The packing of a replaced generated sheet's content in the undo journal (state/pack.ts): the typed-array
 * dictionary writes exactly the characters the first packer (a Map of pairs) wrote, so a state written
 * before and after reads the same, and unpacking gives back any text.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { packText, unpackText } from '../../src/core/state/pack';

/** The packer as first written (a Map keyed by code × 65536 + unit): what every stored state holds. */
function firstPacker(text: string): string {
  const BASE = 0x1000;
  const SPAN = 0xc000;
  const put = (out: string[], code: number) => {
    if (code < SPAN) out.push(String.fromCharCode(BASE + code));
    else out.push(String.fromCharCode(0xd000, BASE + Math.floor(code / SPAN), BASE + (code % SPAN)));
  };
  const out: string[] = [];
  if (text.length === 0) return '';
  let dict = new Map<number, number>();
  let next = 65537;
  let w = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const found = dict.get(w * 65536 + c);
    if (found !== undefined) {
      w = found;
      continue;
    }
    put(out, w);
    if (next < 1 << 20) dict.set(w * 65536 + c, next++);
    else {
      put(out, 65536);
      dict = new Map();
      next = 65537;
    }
    w = c;
  }
  put(out, w);
  return out.join('');
}

describe('Packed content of a regenerated sheet, kept for undo', () => {
  it('is packed exactly as before and comes back as it was, for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .array(fc.constantFrom('Green', 'Amber', '↑', '"ref:cyp-1"', ',', '0.05', '😀', '\u0000', '\uffff'), {
          maxLength: 300,
        })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const packed = packText(t);
        assert.equal(packed, firstPacker(t));
        assert.equal(unpackText(packed), t);
      }),
    );
  });

  it('a Highlights sheet long enough to fill the dictionary packs and unpacks as before', () => {
    // Over a million distinct pairs: the dictionary restarts (the reset code) at least once.
    let seed = 7;
    const units: number[] = [];
    for (let i = 0; i < 1_200_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      units.push(32 + ((seed >>> 16) % 3000));
    }
    let t = '';
    for (let i = 0; i < units.length; i += 8192) t += String.fromCharCode(...units.slice(i, i + 8192));
    const packed = packText(t);
    assert.equal(packed, firstPacker(t));
    assert.equal(unpackText(packed), t);
  });

  it('text it did not pack is refused', () => {
    for (const bad of ['\u0fff', '\ud000\u1000', '\ud000', '\u1041\ud000\u1001\u5006'])
      assert.throws(() => unpackText(bad), /not packed text/);
  });
});
