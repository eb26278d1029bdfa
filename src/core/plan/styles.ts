/**
 * The colours of SPEC §4: Excel's own Good / Neutral / Bad styles for green / amber / red, a yellow
 * for 2nd quartile. Colour is never the only carrier: symbols, numbers and words stay.
 */
import type { Direction, Quartile, Rag, Status } from '../model';
import type { CellFormat } from './types';

export const COLOURS = {
  green: { fill: 'C6EFCE', text: '006100' },
  amber: { fill: 'FFEB9C', text: '9C5700' },
  red: { fill: 'FFC7CE', text: '9C0006' },
  yellow: { fill: 'FFFF00', text: '000000' },
} as const;

export const HEADER_FILL = 'DDEBF7';
export const TITLE_COLOUR = '1F4E78';

export const SYMBOL: Record<Direction, string> = { up: '↑', down: '↓', same: '↔', first: '■' };

export const STATUS_WORDS: Record<Status, string> = {
  'on target': 'On target',
  'within tolerance': 'Within tolerance',
  'off target': 'Off target',
  'data gap': 'Data gap',
  'no target': 'No target',
};

export const DIRECTION_WORDS: Record<Direction, string> = {
  up: 'Improving',
  down: 'Worsening',
  same: 'Same',
  first: 'First reported',
};

export const QUARTILE_WORDS: Record<Quartile, string> = { 1: '1st Quartile', 2: '2nd Quartile', 3: '3rd Quartile', 4: '4th Quartile' };

/** A RAG-coloured cell (fill and text), or no colour at all. */
export function ragFill(rag: Rag | null): CellFormat {
  return rag ? { fill: COLOURS[rag].fill, fontColor: COLOURS[rag].text } : { fill: null, fontColor: null };
}

/** A RAG-coloured symbol: the text takes the colour, the fill is left alone. */
export function ragText(rag: Rag | null): CellFormat {
  return { fontColor: rag ? COLOURS[rag].text : null };
}

/** Quartile: 1st green, 2nd yellow, 3rd amber, 4th red, N/A none. */
export function quartileFill(q: Quartile | null): CellFormat {
  if (q === null) return { fill: null, fontColor: null };
  const c = q === 1 ? COLOURS.green : q === 2 ? COLOURS.yellow : q === 3 ? COLOURS.amber : COLOURS.red;
  return { fill: c.fill, fontColor: c.text };
}

/** The % variance cell's format. */
export const VARIANCE_NUMBER_FORMAT = '0.00%';

/** A key identifying a format exactly, for grouping cells that share one. */
export function formatKey(f: CellFormat): string {
  const keys = Object.keys(f).sort() as (keyof CellFormat)[];
  return keys.map((k) => `${k}=${JSON.stringify(f[k])}`).join(';');
}

/** Two formats combined; the second wins where both say something. */
export function withFormat(a: CellFormat, b: CellFormat): CellFormat {
  return { ...a, ...b };
}
