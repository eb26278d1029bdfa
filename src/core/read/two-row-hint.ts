/**
 * The mapping panel's list of a two-row header's columns (fresh user 11, an NHS IPR: "2025/26" merged over
 * the months in the upper row, the months typed as dates in the lower; "Latest month" over "% variance" and
 * "DOT"). Built from the upper row alone, the panel showed one row "G 2025/26" for ten month columns and "Q
 * Latest month — Read (nothing to map)" for the variance and DOT. Here each column the table has is listed
 * with the lower row's header where it has one ("Apr-25", "DOT"), else the upper's, and read as the table
 * reads it (its month, its field); a column the reader left keeps its drop-down.
 */
import type { IndicatorTable, MappingHint } from '../model';
import { columnLetters } from '../a1';
import { MONTH_NAMES } from '../periods';
import type { GridView } from './grid';
import { FIELD_LABELS } from './headers';
import { dateHeaderText } from './mapping-hint';

/** The hint's headers for a table with a two-row header; `headers` as they are for any other table. */
export function twoRowHeaders(
  grid: GridView,
  table: IndicatorTable,
  headers: MappingHint['headers'],
  /** The columns (letters) the reader left: their drop-downs stay. */
  unread: ReadonlySet<string>,
): MappingHint['headers'] {
  const sub = table.subHeaderRow;
  if (sub === null || sub === undefined) return headers;
  const byLetter = new Map(headers.map((h) => [h.column, h]));
  const readAs = new Map<number, string>();
  // A quarterly table's quarters stand in their last month's place: shown as the quarter ("Q1", not "Jun"; fresh user 13).
  table.monthColumns.forEach((c, m) => {
    if (c !== null) readAs.set(c, table.cadence === 'quarterly' && m % 3 === 2 ? `Q${(m + 1) / 3}` : MONTH_NAMES[m]);
  });
  for (const [field, c] of Object.entries(table.columns))
    if (c !== undefined) readAs.set(c, FIELD_LABELS[field as keyof typeof FIELD_LABELS]);
  const cols = new Set<number>([...grid.filledColumns(table.headerRow), ...grid.filledColumns(sub), ...readAs.keys()]);
  const out: MappingHint['headers'] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const letter = columnLetters(c);
    const lower = dateHeaderText(grid.raw(sub, c)) ?? grid.text(sub, c);
    const text = lower || grid.text(table.headerRow, c);
    if (!text) continue;
    const was = byLetter.get(letter);
    // A column the reader left keeps its drop-down and its header as the hint has it; one the table does not
    // read, as the hint has it too.
    // One the hint already reads as the table does ("Q1 / April" under a quarter label) is kept too.
    const same = was?.readAs != null && (was.readAs === readAs.get(c) || was.readAs.startsWith(`${readAs.get(c)} `));
    if (was && (unread.has(letter) || !readAs.has(c) || same)) out.push(was);
    else out.push({ column: letter, text, readAs: readAs.get(c) ?? was?.readAs ?? 'Read (nothing to map)' });
  }
  return out;
}
