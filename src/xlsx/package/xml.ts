/** XML helpers of the package path: escaping for what it writes, and a saxes parser over one part. */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

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

export interface Handlers {
  open?(tag: SaxesTagPlain, start: number): void;
  close?(name: string, end: number): void;
  text?(text: string): void;
}

/** The element name without its namespace prefix. */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Parses one part with saxes, telling each element's local name, its attributes, and where it starts
 * and ends in the string (JavaScript string indices: `xml.slice(start, end)` is the element).
 */
export function parseXml(xml: string, h: Handlers): void {
  const p = new SaxesParser({ position: true });
  p.on('error', (e) => {
    throw e;
  });
  if (h.open) {
    const open = h.open;
    p.on('opentag', (tag) => {
      const plain = tag as SaxesTagPlain;
      // saxes matches close tags by this object's name: a prefixed one is passed on as a copy.
      open(
        plain.name.includes(':') ? ({ ...plain, name: local(plain.name) } as SaxesTagPlain) : plain,
        xml.lastIndexOf('<', p.position - 1),
      );
    });
  }
  if (h.close) {
    const close = h.close;
    p.on('closetag', (tag) => close(local(tag.name), p.position));
  }
  if (h.text) p.on('text', h.text);
  p.write(xml).close();
}
