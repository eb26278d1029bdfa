/**
 * A theme's band row that carries the theme's own status: "Homes | … | Amber" in the RAG column, or an
 * arrow in the DOT column (fresh user 6, session 11). Board packs often RAG a theme as a whole on its band
 * row. Only a row with one piece of text was a sub-heading, so such a row ended the table — under the
 * header, nothing was read at all and the sheet was refused as "a table header with no indicator rows".
 * It is a sub-heading like any other: its text names the theme, and its status cell, the analyst's own
 * summary of the theme, is neither read nor written.
 */
import type { Field } from '../model';
import type { GridView } from './grid';

/** The columns a theme's own status may stand in: what the product scores into or the analyst types a RAG in. */
const STATUS_FIELDS: readonly Field[] = ['status', 'dot', 'trend', 'variance', 'quartile'];

/**
 * True when the row holds text in one column before the status columns (its theme's name) and, besides, only
 * text in status, DOT, Trend, variance or quartile columns — no figure, no polarity, no target.
 * @param columns the table's field columns
 * @param filled the row's filled columns, left to right
 */
export function bandRowWithStatus(
  grid: GridView,
  r: number,
  columns: Partial<Record<Field, number>>,
  filled: readonly number[],
): boolean {
  if (filled.length < 2 || typeof grid.raw(r, filled[0]) !== 'string' || isStatusColumn(columns, filled[0]))
    return false;
  for (let i = 1; i < filled.length; i++) {
    const c = filled[i];
    if (!isStatusColumn(columns, c) || typeof grid.raw(r, c) !== 'string') return false;
  }
  return true;
}

/** True when column `c` is one of the table's status columns (no set made: this runs on every row). */
function isStatusColumn(columns: Partial<Record<Field, number>>, c: number): boolean {
  for (const f of STATUS_FIELDS) if (columns[f] === c) return true;
  return false;
}
