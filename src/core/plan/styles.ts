/**
 * The colours of docs/cli.md, “What the scored workbook holds”: Excel's own Good / Neutral / Bad styles for green / amber / red, a yellow
 * for 2nd quartile. Colour is never the only carrier: symbols, numbers and words stay.
 */
import type { Quartile, Rag } from '../model';
import type { CellFormat } from './types';

export const COLOURS = {
  green: { fill: 'C6EFCE', text: '006100' },
  amber: { fill: 'FFEB9C', text: '9C5700' },
  red: { fill: 'FFC7CE', text: '9C0006' },
  yellow: { fill: 'FFFF00', text: '000000' },
} as const;

export const HEADER_FILL = 'DDEBF7';
export const TITLE_COLOUR = '1F4E78';
export const LINK_COLOUR = '0563C1';

export { SYMBOL, STATUS_WORDS, DIRECTION_WORDS, QUARTILE_WORDS } from '../words';

const NO_COLOUR: CellFormat = Object.freeze({ fill: null, fontColor: null });
const NO_TEXT_COLOUR: CellFormat = Object.freeze({ fontColor: null });
const RAG_FILLS = Object.fromEntries(
  (['green', 'amber', 'red'] as Rag[]).map((r) => [
    r,
    Object.freeze({ fill: COLOURS[r].fill, fontColor: COLOURS[r].text }),
  ]),
) as Record<Rag, CellFormat>;
const RAG_TEXTS = Object.fromEntries(
  (['green', 'amber', 'red'] as Rag[]).map((r) => [r, Object.freeze({ fontColor: COLOURS[r].text })]),
) as Record<Rag, CellFormat>;
const QUARTILE_FILLS: Record<Quartile, CellFormat> = {
  1: RAG_FILLS.green,
  2: Object.freeze({ fill: COLOURS.yellow.fill, fontColor: COLOURS.yellow.text }),
  3: RAG_FILLS.amber,
  4: RAG_FILLS.red,
};

/** A RAG-coloured cell (fill and text), or no colour at all. */
export function ragFill(rag: Rag | null): CellFormat {
  return rag ? RAG_FILLS[rag] : NO_COLOUR;
}

/** A RAG-coloured symbol: the text takes the colour, the fill is left alone. */
export function ragText(rag: Rag | null): CellFormat {
  return rag ? RAG_TEXTS[rag] : NO_TEXT_COLOUR;
}

/** Quartile: 1st green, 2nd yellow, 3rd amber, 4th red, N/A none. */
export function quartileFill(q: Quartile | null): CellFormat {
  return q === null ? NO_COLOUR : QUARTILE_FILLS[q];
}

/** The % variance cell's format. */
export const VARIANCE_NUMBER_FORMAT = '0.00%';

const keys = new WeakMap<CellFormat, string>();

/** A key identifying a format exactly, for grouping cells that share one (remembered per format object). */
export function formatKey(f: CellFormat): string {
  let key = keys.get(f);
  if (key === undefined) {
    key = knownKey(f) ?? generalKey(f);
    keys.set(f, key);
  }
  return key;
}

/** Every property, defined ones only, in sorted order: `name=JSON` joined with ";". */
export function generalKey(f: CellFormat): string {
  return (Object.keys(f) as (keyof CellFormat)[])
    .filter((k) => f[k] !== undefined)
    .sort()
    .map((k) => `${k}=${JSON.stringify(f[k])}`)
    .join(';');
}

/** CellFormat's properties in the order `sort()` puts them. */
const KEY_ORDER: readonly (keyof CellFormat)[] = [
  'bold',
  'border',
  'fill',
  'fontColor',
  'fontSize',
  'hAlign',
  'italic',
  'numberFormat',
  'shrinkToFit',
  'underline',
  'vAlign',
  'wrap',
];

/**
 * generalKey's key made without listing, filtering and sorting the properties (issue 11: formats made
 * afresh on every run, a summary sheet's, were keyed again every run); null where the format has a
 * property CellFormat does not list, which generalKey keys.
 */
function knownKey(f: CellFormat): string | null {
  let key = '';
  let found = 0;
  for (let i = 0; i < KEY_ORDER.length; i++) {
    const k = KEY_ORDER[i];
    const v = f[k];
    if (v === undefined) continue;
    key += `${found ? ';' : ''}${k}=${typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`;
    found++;
  }
  let defined = 0;
  for (const k in f)
    if (Object.prototype.hasOwnProperty.call(f, k) && f[k as keyof CellFormat] !== undefined) defined++;
  return defined === found ? key : null;
}

const combined = new Map<string, CellFormat>();

/**
 * Two formats combined; the second wins where both say something. The same combination gives the
 * same (frozen) object, so that many cells share a handful of formats.
 */
export function withFormat(a: CellFormat, b: CellFormat): CellFormat {
  // The same two format objects (the usual case: a column's body format and a RAG fill) are looked up
  // by identity first, without building their key (issue 11).
  let byB = pairs.get(a);
  const known = byB?.get(b);
  if (known) return known;
  const key = `${formatKey(a)}|${formatKey(b)}`;
  let f = combined.get(key);
  if (!f) {
    f = Object.freeze({ ...a, ...b });
    if (combined.size > 10000) combined.clear();
    combined.set(key, f);
  }
  if (!byB) pairs.set(a, (byB = new WeakMap()));
  byB.set(b, f);
  return f;
}

const pairs = new WeakMap<CellFormat, WeakMap<CellFormat, CellFormat>>();
