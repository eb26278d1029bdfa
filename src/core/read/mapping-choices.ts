/**
 * What a column-mapping panel offers (issue 13 item 5): the roles the engine knows, as the mapping JSON
 * names them (the same values the command line's --map takes) with the words the analyst sees, and the
 * tables the reader only partly recognised, each as a mapping hint (header row, what each cell was read
 * as) the panel can show.
 */
import { knownUnscored } from './known-columns';
import type { ColumnMapping, IndicatorTable, MappingHint, QuarterNumber, SheetGrid } from '../model';
import { FIELDS } from '../model';
import { columnLetters } from '../a1';
import { MONTH_NAMES } from '../periods';
import { GridView } from './grid';
import { FIELD_LABELS } from './headers';
import { headerReaderFor } from './mapping';
import { mappingHintFor } from './mapping-hint';
import { twoRowHeaders } from './two-row-hint';

export interface MappingChoice {
  /** The mapping JSON's value: "target", "Dec", "Q3", "actual", "ignore". */
  value: string;
  /** What the analyst reads: "Target", "December figures", "Q3 figures". */
  label: string;
}

/** Every role a column can be mapped to, fields first, then periods, then ignore. */
export const MAPPING_CHOICES: MappingChoice[] = [
  ...FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] })),
  ...MONTH_NAMES.map((m) => ({ value: m, label: `${m} figures` })),
  ...([1, 2, 3, 4] as const).map((q) => ({ value: `Q${q}`, label: `Q${q} figures` })),
  { value: 'actual', label: 'Actual (the quarter scored)' },
  ...([1, 2, 3, 4] as const).map((q) => ({ value: `Last year Q${q}`, label: `Last year Q${q} figures` })),
  // The reader reads a Notes column's words ("Cumulative", "Annual", "No Q2 figure"): a column of notes headed
  // otherwise can be mapped to it (read/mapping.ts NOTES_MAPPING; fresh user 13).
  { value: 'notes', label: 'Notes / comments (read, not scored)' },
  { value: 'ignore', label: 'Ignore this column' },
];

/**
 * A mapping hint for each table whose header had cells the reader did not recognise (a renamed target
 * header, say), read with the mapping in force: shown so the analyst can map them rather than have the
 * table scored without them.
 */
export function partlyReadTables(
  grids: SheetGrid[],
  tables: IndicatorTable[],
  mapping: ColumnMapping | null,
  quarter: QuarterNumber | null,
): MappingHint[] {
  const seen = new Set<string>();
  const hints: MappingHint[] = [];
  for (const t of tables) {
    if (t.unrecognised.length === 0) continue;
    const key = `${t.sheet}\u0000${t.headerRow}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const grid = grids.find((g) => g.name === t.sheet);
    if (!grid) continue;
    const hint = mappingHintFor(new GridView(grid), t.headerRow, headerReaderFor(mapping, t.sheet), quarter);
    // One home for "not recognised": the reader's (the table's `unrecognised`), so the panel offers a
    // drop-down for exactly the columns the reader left, and a mapping covering them ends the panel
    // (fresh user 7: "2024/25" was shown as read while the reader left it, so the panel never finished).
    // Commentary, a lead or an owner needs no mapping (read/known-columns.ts; fresh user 11: "Exec lead" and
    // "Commentary" opened the panel on a workbook that scored fine).
    const known = new Set(t.unrecognised.filter((u) => knownUnscored(u)).map((u) => columnLetters(u.col)));
    const unread = new Set(
      t.unrecognised.filter((u) => !known.has(columnLetters(u.col))).map((u) => columnLetters(u.col)),
    );
    // A column the reader used without the header reader naming it (a group label, "Sep Target") is
    // read; one the mapping ignores keeps its drop-down, showing the saved Ignore.
    const ignored = (text: string) =>
      (mapping?.sheets?.[t.sheet]?.columns?.[text] ?? mapping?.columns?.[text]) === 'ignore';
    const headers = twoRowHeaders(new GridView(grid), t, hint.headers, unread).map((h) =>
      unread.has(h.column)
        ? { ...h, readAs: null }
        : known.has(h.column) && !ignored(h.text)
          ? { ...h, readAs: 'Not scored (nothing to map)' }
          : h.readAs === null && !ignored(h.text)
            ? { ...h, readAs: 'Read (nothing to map)' }
            : h,
    );
    const notUnderstood = headers.filter((h) => unread.has(h.column)).map((h) => h.text);
    if (notUnderstood.length === 0) continue;
    hints.push({ ...hint, headers, notUnderstood });
  }
  return hints;
}

/** The mapping in force with one sheet's columns (re)mapped; other sheets' entries are kept. */
export function withSheetMapping(
  base: ColumnMapping | null,
  sheet: string,
  headerRow: number,
  columns: Record<string, string>,
): ColumnMapping {
  const sheets = { ...(base?.sheets ?? {}) };
  sheets[sheet] = { headerRow, columns: { ...(sheets[sheet]?.columns ?? {}), ...columns } };
  return { ...(base ?? {}), sheets };
}
