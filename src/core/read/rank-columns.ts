/**
 * A benchmarking rank among N ("Rank (of 32)", "Rank /32", "Position (of 32)", "Family group rank (of 8)",
 * "LGBF rank"), read as the quartile it falls in — never as a quartile itself.
 *
 * Scottish councils report the Local Government Benchmarking Framework (LGBF) as each council's rank among
 * the 32, rank 1 the best performer on that indicator (the lowest cost, the highest attainment: the
 * Improvement Service ranks with each indicator's polarity), and LGBF quartiles are rank-based: of 32,
 * ranks 1–8 are the 1st (top) quartile, 9–16 the 2nd, 17–24 the 3rd, 25–32 the 4th. Fresh-user check 7
 * (item 3): "Rank (of 32)" was not recognised, and mapped to the quartile by hand, rank 4 of 32 (1st
 * quartile) was read as the 4th quartile, and ranks 1–3 likewise, with nothing said.
 *
 * - `rankHeaderOf`: how many a header's rank is among (32 for "Rank (of 32)", "Rank /32", "LGBF rank");
 *   null when the header is no rank, or names none ("Rank", "Family group position": read as no quartile).
 * - `quartileOfRank`: rank r of N in quartile ⌈4r / N⌉ (of 32: 1–8 → 1st); null for a rank outside 1…N.
 * - `namesRank`: a header that says rank or position at all, for the mapping's refusal (read/mapping.ts):
 *   a rank column mapped to the quartile with no N in its header cannot be read as a quartile.
 */
import type { CellValue, Quartile } from '../model';
import { normaliseText, parseQuartile } from './values';
import type { GridView } from './grid';

/** "rank", "ranking", "position", "league position", "ranked", Welsh "safle" as a word of the header. */
const RANK_WORD = /\b(?:rank(?:ed|ing)?|position|safle)\b/;
/** "(of 32)", "of 32", "out of 32", "/32", "/ 32" after the rank word. */
const AMONG = /(?:\(\s*(?:out )?of\s*(\d{1,3})\s*\)|\b(?:out )?of\s+(\d{1,3})\b|\/\s*(\d{1,3})\b)/;
/** The LGBF's 32 councils, when the header names the LGBF and no number. */
const LGBF_COUNCILS = 32;

/** True when the header says it holds a rank or position ("Rank", "Family group position", "Rank (of 32)"). */
export function namesRank(header: CellValue): boolean {
  return typeof header === 'string' && RANK_WORD.test(normaliseText(header));
}

/**
 * How many the header's rank is among: 32 for "Rank (of 32)", "Rank /32", "Position out of 32", "LGBF
 * rank"; 8 for "Family group rank (of 8)". Null when the header says no rank or names no number (and no LGBF).
 */
export function rankHeaderOf(header: CellValue): number | null {
  if (typeof header !== 'string') return null;
  const t = normaliseText(header);
  if (!RANK_WORD.test(t)) return null;
  const m = AMONG.exec(t);
  if (m) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    return n >= 4 && n <= 500 ? n : null;
  }
  return /\blgbf\b/.test(t) ? LGBF_COUNCILS : null;
}

/**
 * A rank's ordinal ending, English or Welsh: "9th", "1st", "22nd", "3rd"; "1af", "2il", "3ydd", "5ed",
 * "7fed", "14eg", "21ain" (Welsh ordinals as Welsh councils write Data Cymru's ranks: "5ed o 22"; fresh user 13).
 */
const ORDINAL = String.raw`(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?`;
/** "12 of 32", "12/32", "9th of 22", "9th out of 22", "5ed o 22", "14eg allan o 22". */
const RANK_AMONG = new RegExp(String.raw`^\s*(\d{1,3})\s*${ORDINAL}\s*(?:of|out of|o|allan o|\/)\s*(\d{1,3})\s*$`, 'i');
/** "9", "9th", "14eg" alone. */
const RANK_ALONE = new RegExp(String.raw`^\s*\d{1,3}\s*${ORDINAL}\s*$`, 'i');

/**
 * How many a column's ranks are among where its header names none ("Rank in Wales", "Safle yng Nghymru"):
 * the N every rank in `cells` gives, "9th of 22", "14 of 22" ("n/a" and blanks passed over). Null unless at
 * least one does and all give the same N (fresh user 13: a rank column whose every cell said "…th of 22").
 */
export function rankOfCells(cells: readonly CellValue[]): number | null {
  let of: number | null = null;
  for (const v of cells) {
    if (quartileOfRank(v, 500) === null) continue; // blank, "n/a"
    const m = typeof v === 'string' ? RANK_AMONG.exec(v) : null;
    if (!m || (of !== null && Number(m[2]) !== of)) return null;
    of = Number(m[2]);
  }
  return of !== null && of >= 4 ? of : null;
}

/**
 * The quartile of rank `rank` among `of` (rank 1 the best): ⌈4 × rank / of⌉, so of 32 ranks 1–8 are the
 * 1st quartile and 25–32 the 4th. A cell holding no whole rank from 1 to `of` ("n/a", blank, 33) gives
 * null when it says there is none ("n/a", "-", blank) and undefined otherwise (not a rank).
 */
export function quartileOfRank(v: CellValue, of: number): Quartile | null | undefined {
  // "12 of 32", "12/32", "9th of 22", "5ed o 22" typed in the cell: its own N.
  const among = typeof v === 'string' ? RANK_AMONG.exec(v) : null;
  if (among) return quartileOfRank(Number(among[1]), Number(among[2]));
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && RANK_ALONE.test(v) ? parseInt(v.trim(), 10) : undefined;
  if (n === undefined) {
    const t = normaliseText(v);
    return t === '' || /^(?:n\/?a|-|–|—|not available|not ranked)$/.test(t) ? null : undefined;
  }
  if (!Number.isInteger(n) || n < 1 || n > of) return undefined;
  return Math.ceil((4 * n) / of) as Quartile;
}

/**
 * The column of a table's header row holding the rank to read as its quartile, where the table has no
 * quartile column: of the columns not otherwise read (`free`), the one whose header gives the largest N
 * (the all-Scotland "Rank (of 32)" before "Family group rank (of 8)"). Null when none does.
 */
export function rankColumn(
  headers: { col: number; text: CellValue }[],
  cellsOf?: (col: number) => readonly CellValue[],
): { col: number; of: number } | null {
  let best: { col: number; of: number } | null = null;
  for (const h of headers) {
    // A rank header naming no N ("Rank in Wales"): the N its cells give ("9th of 22"), where they all do.
    const of = rankHeaderOf(h.text) ?? (cellsOf && namesRank(h.text) ? rankOfCells(cellsOf(h.col)) : null);
    if (of !== null && (best === null || of > best.of)) best = { col: h.col, of };
  }
  return best;
}

/**
 * The mapping's refusal of a rank with no N mapped to the quartile ("LGBF position" → quartile would
 * read rank 4 as the 4th quartile): one plain sentence's part, for read/mapping.ts.
 */
export function rankMappedToQuartile(header: string, where: string): string {
  return (
    `"${header}"${where} holds a rank, not a quartile, and is mapped to the quartile: rank 4 would be read as the 4th quartile. ` +
    `Say among how many it ranks in its header, such as "Rank (of 32)", to have its quartile worked out, or map it to ignore`
  );
}

/**
 * The cells under a header row, down to the first blank row (at most 300 rows), in column `col` (0-based):
 * for `rankColumn`'s `cellsOf`.
 */
export function cellsUnder(grid: GridView, headerRow: number, col: number): CellValue[] {
  const out: CellValue[] = [];
  for (let r = headerRow + 1; r < Math.min(grid.rowCount, headerRow + 301) && !grid.isBlankRow(r); r++)
    out.push(grid.raw(r, col));
  return out;
}

/**
 * Among how many a quartile column's ranks are: its header's N ("Rank (of 32)"); 0 for a rank header naming
 * none ("Rank in Wales": each cell's own, "9th of 22"; a bare rank then is no quartile); null for no rank
 * header ("Quartile", "Quartile position": quartiles).
 */
export function rankOfColumn(header: CellValue): number | null {
  const of = rankHeaderOf(header);
  if (of !== null) return of;
  return namesRank(header) && !/quartile|chwartel/.test(normaliseText(header)) ? 0 : null;
}

/**
 * A quartile cell under a rank header (`rankOfColumn`'s `of`): the rank's quartile (`quartileOfRank`). Under
 * a rank header naming no N (`of` 0), a cell that is no rank may still be a quartile typed as one ("Top
 * quartile" under "Benchmark position"), but never a bare figure ("4": a rank, not the 4th quartile).
 */
export function quartileUnderRankHeader(v: CellValue, of: number): Quartile | null | undefined {
  const q = quartileOfRank(v, of);
  if (q !== undefined || of > 0) return q;
  if (typeof v === 'number' || (typeof v === 'string' && /^\s*\d/.test(v))) return undefined;
  return parseQuartile(v);
}
