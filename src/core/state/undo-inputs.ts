/**
 * Undo after the figures changed (a fresh user's finding; docs/workbook.md, "Undo after the figures changed"):
 * undo puts back the scoring before the last one — its variances, colours, arrows and summary sheets — and
 * leaves the analyst's own cells as they are. Where the analyst has changed an indicator's figures since
 * that scoring (before rescoring, or after it), the results put back were worked out from the old figures
 * and no longer match the figures beside them. Decision: undo still puts that scoring back, exactly, and
 * says which indicators are out of date — in its message, and as a Check line on the restored Findings
 * sheet — so that nothing shows a wrong number silently; scoring again brings them up to date.
 */
import type { Area, QuarterNumber, SheetGrid } from '../model';
import type { ReadResult } from '../read/workbook';
import { sameSheetName } from '../a1';
import type { CellFormat, SheetContent } from '../plan/types';
import { sheetPlaces, type Located } from './identity';
import { contentFromSheet } from './sheet-layout';
import { sheetPrint } from './hash';
import {
  ByIndicator,
  comparable,
  digestAt,
  sameInputs,
  journalIndicators,
  keepInputs,
  readDigests,
  staleSentence,
  type KeptInputs,
} from './inputs';
import type { Journal, ProductSheet } from './state';

export interface StaleOnUndo {
  /** The indicators (ref, else name) whose figures changed since the scoring put back, in journal order. */
  stale: string[];
  /** The digests of the scoring put back, kept in the state after the undo for the next scoring's journal. */
  kept: KeptInputs | null;
  /** The quarter of the scoring put back. */
  q: QuarterNumber;
}

/**
 * Which indicators of the scoring an undo puts back were worked out from figures that have changed since.
 * @param journal the journal undone: its `inputsBefore` are the digests of the scoring it puts back
 * @param located its cells where they are now (locateJournal's, in the journal's order)
 * @param userGrids the analyst's sheets as they are now
 * @param read their tables as read now under the column mapping of the scoring put back (run.ts,
 *   tablesNow; null where nothing can be read): asked for only where the journal kept digests, and the
 *   undo's own read where the mapping is the one it follows the cells with, so the sheets are read once
 * @returns null where the journal kept no digests (written by an earlier version, or undoing a first
 *   scoring: the unscored workbook has no results to be out of date)
 */
export function staleOnUndo(
  journal: Journal,
  located: readonly (Located | undefined)[],
  userGrids: SheetGrid[],
  read: () => ReadResult | null,
): StaleOnUndo | null {
  // Digests worked out as typed (DIGEST_VERSION 1) are not compared; version 2's are, worked out again its way.
  const before = comparable(journal.inputsBefore);
  if (!before) return null;
  const model = read();
  const tables = model?.tables ?? [];
  const places = new Map(sheetPlaces(userGrids, tables).map((p) => [p.name, p]));
  const labels = new ByIndicator<string>();
  const now = model
    ? readDigests(tables, userGrids, places, model, before.q, labels, before.v)
    : new ByIndicator<string>();
  const ids = new Map(userGrids.map((g) => [g.name, g.id]));
  const stale: string[] = [];
  const entries: { sheet: string; sheetId?: string; indicator: string; digest: string }[] = [];
  const firstFound = new Map<string, Located & { kind: 'found' }>();
  journal.cells.forEach((c, i) => {
    const at = located[i];
    const key = `${c.sheet}\u0000${c.sheetId ?? ''}\u0000${c.indicator ?? ''}`;
    if (at && at.kind === 'found' && !firstFound.has(key)) firstFound.set(key, at);
  });
  journalIndicators(journal.cells).forEach((x, i) => {
    const digest = digestAt(before, i);
    if (digest === null) return;
    const c = journal.cells[x.first];
    const at = firstFound.get(`${c.sheet}\u0000${c.sheetId ?? ''}\u0000${x.indicator}`);
    if (!at) return;
    const id = places.get(at.sheet)?.byRow[at.row];
    if (id === undefined) return;
    const sheetId = ids.get(at.sheet);
    entries.push({ sheet: at.sheet, ...(sheetId !== undefined ? { sheetId } : {}), indicator: id, digest });
    const current = now.get(at.sheet, id);
    if (current !== undefined && !sameInputs(digest, current)) stale.push(labels.get(at.sheet, id)!);
  });
  return { stale, kept: keepInputs(before.q, entries, before.v), q: before.q };
}

/** The first words of the Check line undo writes on the restored Findings sheet. */
export const STALE_MARK = 'Check: ';

/** Amber, as a Check is on the Findings sheet, and bold: the line must be seen before the list. */
const MARK_FORMAT: CellFormat = { fill: 'FFEB9C', fontColor: '9C5700', bold: true };

/** The row (0-based) of the Findings sheet left blank between its note and its list, where the mark goes. */
const MARK_ROW = 2;

const isMark = (v: unknown): boolean => typeof v === 'string' && v.startsWith(STALE_MARK);

/**
 * The Findings sheet's content with the Check line naming the out-of-date indicators in its third row
 * (nothing below moves: links, formats and frozen panes stay), replacing a mark an earlier undo wrote. The
 * row is left blank by the product, and the line starts in A3; where the analyst has typed in that row
 * since ("Reviewed by JB"), it starts in the cell after the last they typed in, their own text left as it
 * is — it was dropped there, only the undo's message saying which indicators are out of date, so the
 * workbook itself showed out-of-date results with nothing on it to say so. The row stays in the panes the
 * sheet freezes (its first four rows), so the line is in sight whichever cell it starts in.
 * With `sentence` empty: the mark an earlier undo wrote taken away (its indicators are up to date now: a
 * figure set back to what the scoring put back was worked out from); null when there is none.
 */
export function markedFindings(content: SheetContent, sentence: string): SheetContent | null {
  const block = content.values;
  if (block.top !== 0 || block.left !== 0) return null;
  const rows = block.values.map((r) => [...r]);
  while (rows.length <= MARK_ROW) rows.push([]);
  const row = rows[MARK_ROW];
  const hadMark = row.some(isMark);
  // A previous mark, in A3 or after the analyst's text: its cells and its amber band taken off.
  for (let c = 0; c < row.length; c++) if (isMark(row[c])) row[c] = null;
  const formats = content.formats.filter(
    (g) => !(g.areas.length === 1 && g.areas[0].top === MARK_ROW && g.areas[0].bottom === MARK_ROW && g.format.bold),
  );
  if (sentence === '') {
    if (!hadMark) return null;
    return { ...content, values: { ...block, values: rows }, formats };
  }
  let start = 0;
  for (let c = row.length - 1; c >= 0; c--)
    if (row[c] !== null && row[c] !== '') {
      start = c + 1;
      break;
    }
  // As wide as the block's other rows (an adapter writes it as one rectangle), the others left as they are.
  const width = Math.max(start + 1, ...rows.map((r) => r.length));
  const marked = Array.from({ length: width }, (_, i) =>
    i === start ? STALE_MARK + sentence : i < row.length ? row[i] : null,
  );
  rows[MARK_ROW] = marked;
  // Amber across the list's width from where the line starts, the sentence running over it.
  const area: Area = { top: MARK_ROW, left: start, bottom: MARK_ROW, right: width - 1 };
  return {
    ...content,
    values: { ...block, values: rows },
    formats: [...formats, { format: MARK_FORMAT, areas: [area] }],
  };
}

/**
 * The restored Findings sheet of quarter `q` marked (markedFindings; unmarked where `sentence` is empty),
 * in the undo's sheets to write back:
 * the content it writes back already, else the sheet's as it stands (its layout kept in the state and its
 * values read). Its entry in the restored state gets the marked content and its fingerprint, so the next
 * scoring neither takes the line for an edit by hand nor keeps it once the scores are up to date.
 * @returns the sheets to write back, the restored product sheets, and the sheet marked only (not one the
 *   scoring had replaced): none when there is no such sheet to mark
 */
export function markRestoredFindings(
  q: QuarterNumber,
  sentence: string,
  productSheets: ProductSheet[],
  rewriteSheets: SheetContent[],
  grids: readonly SheetGrid[],
): { productSheets: ProductSheet[]; rewriteSheets: SheetContent[]; markedOnly: string | null } {
  const none = { productSheets, rewriteSheets, markedOnly: null };
  const findings = productSheets.filter((p) => p.role === 'findings' && p.quarter === q).pop();
  if (!findings) return none;
  const written = rewriteSheets.find((s) => sameSheetName(s.name, findings.name));
  const grid = grids.find((g) => sameSheetName(g.name, findings.name));
  const content =
    written ?? (grid ? (findings.layout ? contentFromSheet(findings.layout, grid) : (findings.content ?? null)) : null);
  if (!content) return none;
  const marked = markedFindings({ ...content, name: written?.name ?? grid!.name }, sentence);
  if (!marked) return none;
  return {
    productSheets: productSheets.map((p) =>
      p === findings ? { ...withoutKept(p), content: marked, fingerprint: sheetPrint(marked) } : p,
    ),
    rewriteSheets: written ? rewriteSheets.map((s) => (s === written ? marked : s)) : [...rewriteSheets, marked],
    markedOnly: written ? null : marked.name,
  };
}

function withoutKept(p: ProductSheet): ProductSheet {
  const { content: _content, layout: _layout, ...rest } = p;
  return rest;
}

export { staleSentence };
