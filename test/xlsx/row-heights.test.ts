import { strict as assert } from 'assert';
import fc from 'fast-check';
import { wrappedLines } from '../../src/xlsx/row-heights';

/** The estimate as first written (before the short-text shortcut, issue 10): what it must still give. */
function wrappedLinesAsWritten(text: string, chars: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = [...word].length;
      if (used > 0 && used + 1 + w > chars) {
        count += 1 + Math.floor((w - 1) / chars);
        used = w % chars || chars;
      } else if (used === 0 && w > chars) {
        count += Math.floor((w - 1) / chars);
        used = w % chars || chars;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    lines += count;
  }
  return lines;
}

describe('Row heights of generated sheets: lines of wrapped text', () => {
  it('a name shorter than its column is one line; a longer one wraps at word boundaries', () => {
    assert.equal(wrappedLines('Rate of Children in Need', 40), 1);
    assert.equal(wrappedLines('Rate of Children in Need', 10), 3);
    assert.equal(wrappedLines('one\ntwo', 40), 2);
    assert.equal(wrappedLines('', 5), 1);
  });

  it('gives the lines the first estimate gave, for any text (emoji, spaces, line breaks) and width', () => {
    const pieces = fc.constantFrom(
      'a',
      'bb',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\u00a0',
      '👍',
      'é',
      '\ud800',
      'word',
      'Indicator',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, chars) => {
        const text = parts.join('');
        assert.equal(wrappedLines(text, chars), wrappedLinesAsWritten(text, chars));
      }),
      { numRuns: 2000 },
    );
  });
});
