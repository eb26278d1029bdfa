/**
 * The analyst's own word that an indicator is cumulative, in a table with no Profile column: "Cumulative"
 * in its Comments, Notes, Type or Frequency cell ("Cumulative", "Cumulative - annual target 560",
 * "Quarterly (cumulative)"), or a footnote under the tables naming its ref ("PH01, PH02 are cumulative
 * within the year", "Note 1: ASC02 is cumulative year to date"). Such a row is scored as a Profile column
 * saying Cumulative would score it (annual × m/12), and a Note says so (findings/cumulative-said.ts).
 *
 * *Why* (fresh-user check 8): a county's smoking quitters, 1,120.6 at Q2 against 2,300 for the year,
 * Comments "Cumulative", were −51.28%, red, with no finding at all, where the council's own reading, pro
 * rata, is 1,150 and −2.56%, amber; care home admissions (lower is better) at 282.5 against 560 for the
 * year were green +49.55% where against the half-year's 280 they are amber. The name-based rule
 * (rules/cumulative.ts) did not see the word the analyst had put in its own column. A rate the analyst
 * says is cumulative is profiled too: the analyst's column says so, as a Profile column would — except a
 * collection rate (council tax, business rates, rent collected %), whose year builds up by instalments: pro rata
 * it read 57.3% collected by September as +17.90% green (fresh user 13); it is a cumulative rate instead,
 * not rated where it builds up short of the year's target ("Needs a profile", rules/cumulative.ts).
 */
import type { IndicatorRow, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { COMMENT_WORDS } from './comment-gaps';
import { looseWords } from './values';
import { runningTotalsWhereFalling } from './running-totals';
import { headerInEnglish } from './welsh';

/** Headers of a column where an analyst writes what kind of figure a row is. */
const WORDS_HEADER = new RegExp(
  `^(?:${COMMENT_WORDS}|(?:measure|indicator|pi|kpi|data|figure|value) type|type|frequency|reporting frequency|basis|measure basis|calculation|how measured)$`,
);

/** "Cumulative" said of the figure, not denied ("not cumulative", "non-cumulative"). */
const SAYS_CUMULATIVE = /\bcumulative\b/i;
const DENIES_CUMULATIVE = /\b(?:not|non)[\s-]*cumulative\b/i;

/** True when a cell's text says its figure is cumulative. */
export function saysCumulative(text: string): boolean {
  return SAYS_CUMULATIVE.test(text) && !DENIES_CUMULATIVE.test(text);
}

/** Where the word was found, for the Note. */
export type CumulativeWord =
  | { where: 'column'; row: number; col: number; header: string; text: string }
  | { where: 'footnote'; row: number; col: number; text: string };

/** How far under the last table a footnote is looked for. */
const FOOTNOTE_ROWS = 12;

/**
 * Marks each row of `tables` (one sheet's, in order) that the analyst's words say is cumulative: profile
 * cumulative, `profileFromWords` set. Only in a table with no Profile column, for a one-sided indicator
 * with an annual target. The rows, changed.
 */
export function cumulativeByWords(grid: GridView, tables: readonly IndicatorTable[]): void {
  if (tables.length === 0) return;
  const footnotes = footnoteLines(grid, tables);
  for (const table of tables) {
    if (table.columns.profile !== undefined) continue;
    const cols = wordColumns(grid, table);
    for (const row of table.rows) {
      if (row.annualTarget === null || row.polarity === 'close') continue;
      const said = saidInColumns(grid, row, cols) ?? saidInFootnotes(row, footnotes);
      if (said === null) continue;
      // A collection rate to date ("Council tax collected in year %", Notes "Cumulative") is never profiled
      // pro rata: its year is profiled unevenly, by instalments. Judged as a cumulative rate (rules/cumulative.ts
      // needsAProfile): building up and short of the year's target, not rated, "Needs a profile" (fresh user 13).
      if (isCollectionRate(row)) {
        row.cumulativeRate = true;
        row.cumulativeRateSaid = said;
        continue;
      }
      row.profile = 'cumulative';
      row.profileFromWords = said;
      delete row.profileFromName;
      delete row.cumulativeRate;
      // Falling figures are each a month's: the word is the target's, so they are added up to date.
      runningTotalsWhereFalling(row);
    }
  }
}

/**
 * A collection rate: a percentage ("%", "per cent", "percentage", or its target's percent sign) of what is
 * collected — council tax, business (non-domestic) rates, rent — whose year builds up by instalments, never
 * evenly. Not a coverage percentage that builds up as a count does ("NHS Health Checks received by eligible
 * population (cumulative %)", profiled pro rata as fresh user 8's council did).
 */
function isCollectionRate(row: IndicatorRow): boolean {
  const percentage = /%|\bper ?cent\b|\bpercentage\b|\bproportion\b/i.test(row.name) || ((row.shown ?? 0) & 3) >= 2;
  return percentage && COLLECTION.test(row.name);
}

const COLLECTION =
  /\bcollect(?:ed|ion)?\b|\bcouncil tax\b|\b(?:business|non-domestic|national non-domestic) rates\b|\bnndr\b|\brent\b/i;

/** The columns where an analyst writes what kind of figure a row is (Comments, Notes, Type, Frequency), with their headers. */
export function wordColumns(grid: GridView, table: IndicatorTable): { col: number; header: string }[] {
  const out: { col: number; header: string }[] = [];
  for (const u of table.unrecognised)
    if (u.notes || WORDS_HEADER.test(looseWords(headerInEnglish(u.header)))) out.push(u);
  const f = table.columns.frequency;
  if (f !== undefined) out.push({ col: f, header: grid.text(table.headerRow, f) || 'Frequency' });
  return out;
}

function saidInColumns(
  grid: GridView,
  row: IndicatorRow,
  cols: readonly { col: number; header: string }[],
): CumulativeWord | null {
  for (const { col, header } of cols) {
    const v = grid.raw(row.row, col);
    if (typeof v !== 'string' || !saysCumulative(v)) continue;
    return { where: 'column', row: row.row, col, header, text: v.trim() };
  }
  return null;
}

/** Lines of one piece of text under the sheet's last table (and between its tables) that say "cumulative". */
function footnoteLines(
  grid: GridView,
  tables: readonly IndicatorTable[],
): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  const ordered = [...tables].sort((a, b) => a.lastRow - b.lastRow);
  for (let i = 0; i < ordered.length; i++) {
    const from = ordered[i].lastRow + 1;
    const next = ordered.slice(i + 1).find((t) => t.headerRow > ordered[i].lastRow);
    const to = Math.min(grid.rowCount, next ? (next.titleRow ?? next.headerRow) : from + FOOTNOTE_ROWS);
    for (let r = from; r < to; r++) {
      const filled = grid.filledColumns(r);
      if (filled.length !== 1) continue;
      const v = grid.raw(r, filled[0]);
      if (typeof v === 'string' && saysCumulative(v)) out.push({ row: r, col: filled[0], text: v.trim() });
    }
  }
  return out;
}

function saidInFootnotes(
  row: IndicatorRow,
  lines: readonly { row: number; col: number; text: string }[],
): CumulativeWord | null {
  const ref = row.ref?.trim();
  // A ref a footnote can name without naming something else: a letter and a digit in it ("PH01", "H2";
  // not "1", whose digit is in "Note 1: …", nor a word).
  if (!ref || lines.length === 0 || !/[A-Za-z]/.test(ref) || !/\d/.test(ref)) return null;
  const named = new RegExp(`(?:^|[^A-Za-z0-9])${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i');
  const line = lines.find((l) => named.test(l.text));
  return line ? { where: 'footnote', row: line.row, col: line.col, text: line.text } : null;
}
