/**
 * An annual indicator said so in a Comments / Notes column ("Annual LGBF", "Annual (ARC return)", "Annual -
 * Feb publication") where the table has no Frequency column: read as its Frequency cell would be
 * (read/frequency.ts, `parseAnnual`), so before its quarter it is Not yet due, not a data gap.
 *
 * Fresh-user check 7, item 2: a Scottish council's annual LGBF measures (no 2025/26 figure at all, Comments
 * "Annual LGBF") were 13 of 41 "Data gaps" in Q2 with nothing said. Taken only where the comment opens with
 * "Annual" / "Annually" (not "Annual target …": that names the target's period) and the row has no figure
 * this year at all: a comment on a row with figures is the analyst's remark, not its frequency.
 */
import type { IndicatorRow, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { headedColumnFinder } from './headed-column';
import { parseAnnual } from './frequency';
import { cellText } from './values';

const COMMENT_HEADER = /^(?:comments?|notes?|remarks?|commentary|narrative|frequency \/ notes?)$/;
/** A comment that opens by saying the figure is annual: "Annual LGBF", "Annually (SHS)", "Annual - Feb". */
const OPENS_ANNUAL = /^\s*annual(?:ly)?\b(?!\s+(?:target|budget|plan|goal))/i;

const headedCommentColumn = headedColumnFinder(COMMENT_HEADER);

/**
 * The table's "Comments" / "Notes" column (0-based), or null; found once a table. A column the mapping says
 * holds the notes counts too (`IndicatorTable.unrecognised`'s `notes`; fresh user 13).
 */
export function commentColumnOf(grid: GridView, table: IndicatorTable): number | null {
  return headedCommentColumn(grid, table) ?? table.unrecognised.find((u) => u.notes)?.col ?? null;
}

/**
 * The row's annual frequency as its comment says it, or null: only for a row with no figure this year
 * whose comment opens with "Annual". `text` is the comment as typed ("Annual LGBF"); `due` as
 * `parseAnnual` reads it (Q4 unless a quarter or month is named: "Annual (SQA results Aug)" is due in Q2).
 */
export function annualFromComment(row: IndicatorRow, comment: unknown): IndicatorRow['annual'] | null {
  if (typeof comment !== 'string' || !OPENS_ANNUAL.test(comment)) return null;
  for (const p of row.periods) if (p.kind === 'number') return null;
  return parseAnnual(cellText(comment), row.name);
}
