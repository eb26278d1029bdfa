/**
 * Where the mapping panel's sheet stands among the sheets to map this session (fresh user 13): "Sheet 2 of
 * 4" after the first is saved, not "Sheet 1 of 3" — the list of sheets still to map shrinks as each is
 * saved, so counting it told the analyst the first sheet again. The sheets met since the panel opened are
 * kept in the order first met; the count starts again once none is left to map.
 */
import type { MappingHint } from '../core';

/** A table to map, by its sheet and header row. */
export function mappingKey(h: Pick<MappingHint, 'sheet' | 'headerRow'>): string {
  return `${h.sheet}\u0000${h.headerRow}`;
}

/** The sheets met this session, in order: `before`'s, then those of `now` not among them; none when `now` is empty. */
export function sheetsMappedInOrder(before: readonly string[], now: readonly MappingHint[]): string[] {
  if (now.length === 0) return [];
  const out = [...before];
  for (const h of now) if (!out.includes(mappingKey(h))) out.push(mappingKey(h));
  return out;
}

/** The panel's "Sheet {position} of {total}": the current sheet's place among the sheets met, 1-based. */
export function mappingPosition(order: readonly string[], hint: MappingHint): { position: number; total: number } {
  return { position: order.indexOf(mappingKey(hint)) + 1, total: order.length };
}
