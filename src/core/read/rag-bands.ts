/**
 * RAG bands written out in a cell, one indicator's to a row (session 12, helper layouts5): an NHS trust's
 * integrated performance report or a district's pack gives each metric its thresholds in words —
 *
 *   "Green ≥ 95%, Amber 90–95%, Red < 90%", "G: >=95% A: 90-94.9% R: <90%", "Green ≤ 10, Amber 11–15, Red > 15"
 *
 * — in a column headed "RAG thresholds" (or "RAG criteria", "Thresholds", "Tolerances"), or in the "RAG" /
 * "RAG rating" column itself. Two misreadings came of it: in the RAG column, the cell was read as a typed
 * status "Green" (its first word), and every indicator the figures put in amber or red had a Check saying
 * the analyst's Green disagreed; with no Target column, the target the bands give was not read, and every
 * indicator was counted under No target.
 *
 * Read now: the green band's bound is the target, its comparator the polarity (≥ higher is better, ≤ lower),
 * and where amber ends (amber's far bound, or red's bound) is the level an "Amber threshold" gives — the
 * tolerance is the gap to the target, in the indicator's own unit (docs/workbook.md, "Amber thresholds").
 * Only where the cell names green with a comparator and a figure and names amber or red too: one colour and a
 * figure ("Green 95%") is no band. A target in the Target column is kept; the bands then give only where
 * amber ends, and only where their green bound is that target (bands that disagree with it are not used).
 */
import type { CellValue, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { normaliseText, parseNumberText } from './values';

/** One cell's bands: the green bound as a target would be typed ("≥ 95%"), its figure, and where amber ends. */
export interface RagBands {
  /** The green bound as a Target cell would hold it: "≥ 95%", "≤ 10" (with its comparator), or a threshold cell as typed. */
  target: CellValue;
  /** The green bound's figure as typed (95 for "95%"). */
  green: number;
  polarity: 'higher' | 'lower';
  /** The level where amber ends and red begins, as typed (90 for "Amber 90–95%"); null where not said. */
  amberEnds: number | null;
}

/** A header of a column of bands: "RAG thresholds", "RAG criteria", "Thresholds", "Tolerances", "RAG bands". */
export const RAG_BANDS_HEADER =
  /^(?:rag |performance |target )?(?:thresholds?|criteria|bands?|tolerances|definitions?|rules)(?: \(?rag\)?)?$/;

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%?)`;
const HIGHER = String.raw`(?:≥|>=|=>|>|at least|above|over|min(?:imum)?)`;
const LOWER = String.raw`(?:≤|<=|=<|<|at most|below|under|less than|max(?:imum)?)`;
const AFTER_HIGHER = String.raw`(?:\+|or (?:above|more|over|higher|greater)|and (?:above|over))`;
const AFTER_LOWER = String.raw`(?:or (?:below|less|under|lower|fewer)|and (?:below|under))`;

/**
 * The bands one cell holds, or null where it holds none (see above).
 * @param v the cell as typed
 */
export function ragBandsOf(v: CellValue): RagBands | null {
  if (typeof v !== 'string') return null;
  const t = normaliseText(v).replace(/[\u2013\u2014\u2212]/g, '-');
  if (!/\bgreen\b|\bg\b/.test(t) || !/\bamber\b|\bred\b|\ba\b|\br\b/.test(t)) return null;
  // Each colour's words run to the next colour's name.
  const part = (colour: string) =>
    new RegExp(
      String.raw`\b(?:${colour})\b\s*[:=]?\s*(.*?)(?=\b(?:green|amber|red|g|a|r)\b\s*[:=]?\s*[<>≤≥\d]|$)`,
    ).exec(t)?.[1] ?? null;
  const green = part('green|g');
  if (green === null) return null;
  const before = new RegExp(String.raw`^(${HIGHER}|${LOWER})\s*${NUMBER}`).exec(green);
  const after = new RegExp(String.raw`^${NUMBER}\s*(${AFTER_HIGHER}|${AFTER_LOWER})`).exec(green);
  let polarity: 'higher' | 'lower';
  let figure: string;
  let percent: string;
  if (before) {
    polarity = new RegExp(`^${HIGHER}$`).test(before[1]) ? 'higher' : 'lower';
    [figure, percent] = [before[2], before[3]];
  } else if (after) {
    polarity = new RegExp(`^${AFTER_HIGHER}$`).test(after[3]) ? 'higher' : 'lower';
    [figure, percent] = [after[1], after[2]];
  } else return null;
  const greenValue = parseNumberText(figure);
  if (greenValue === null) return null;
  // Where amber ends: amber's far bound ("90–95": 90 where higher is better), else red's bound ("< 90").
  let amberEnds: number | null = null;
  const amber = part('amber|a');
  const range = amber === null ? null : new RegExp(String.raw`^${NUMBER}\s*(?:-|to)\s*${NUMBER}`).exec(amber);
  if (range) {
    const [low, high] = [parseNumberText(range[1]), parseNumberText(range[3])].sort((x, y) => (x ?? 0) - (y ?? 0));
    amberEnds = polarity === 'higher' ? low : high;
  } else {
    const red = part('red|r');
    const bound = red === null ? null : new RegExp(String.raw`^(?:${HIGHER}|${LOWER})\s*${NUMBER}`).exec(red);
    if (bound) amberEnds = parseNumberText(bound[1]);
  }
  // Amber on the worse side of green, or not said.
  if (amberEnds !== null && (polarity === 'higher' ? amberEnds > greenValue : amberEnds < greenValue)) amberEnds = null;
  return {
    target: `${polarity === 'higher' ? '≥' : '≤'} ${figure}${percent}`,
    green: greenValue,
    polarity,
    amberEnds,
  };
}

/**
 * Whether a cell describes bands rather than giving a status: two of green, amber and red (or G, A, R) each
 * followed by a figure ("Green = 100%, Amber 95–99%, Red < 95%"), whether or not `ragBandsOf` can read a
 * target from it. Such a cell is never a typed status; "Red - 3 months behind, Amber recovery plan" is one.
 */
export function describesBands(v: CellValue): boolean {
  if (typeof v !== 'string' || !/\d/.test(v)) return false;
  const t = normaliseText(v).replace(/[\u2013\u2014\u2212]/g, '-');
  // Each colour followed by its figure, with at most a colon, an equals sign or a comparator between.
  const figure = String.raw`\s*[:=]?\s*(?:${HIGHER}|${LOWER})?\s*\d`;
  let colours = 0;
  for (const c of ['green|g', 'amber|a', 'red|r']) if (new RegExp(String.raw`\b(?:${c})\b${figure}`).test(t)) colours++;
  return colours >= 2;
}

/**
 * The amber band the bands give, as an amount in the indicator's own unit (the gap between the target and
 * where amber ends), or null where they say none or their green bound is not the target.
 * @param bands the row's bands
 * @param target the indicator's annual target as read (0.95 for a target cell "95%" read as a fraction)
 */
export function bandsAmberAmount(bands: RagBands, target: number | null): number | null {
  if (bands.amberEnds === null || target === null || target === 0) return null;
  // The target may be read as a fraction (0.95) of a band typed in percent (95).
  const scale = Math.abs(bands.green - target) < 1e-9 ? 1 : Math.abs(bands.green / 100 - target) < 1e-9 ? 100 : null;
  if (scale === null) return null;
  const gap = Math.abs(bands.green - bands.amberEnds) / scale;
  return Number(gap.toPrecision(15));
}

/**
 * The table's column of bands, or null: its RAG / Status column where every cell filled holds bands, else a
 * column not otherwise understood, headed as bands ("RAG thresholds", `RAG_BANDS_HEADER`), with a cell of
 * bands in it.
 * @param grid the sheet
 * @param statusColumn the table's RAG / Status column, if any
 * @param unrecognised the header's columns not understood, with their headers
 * @param someRow whether some row of the table passes a test (column-cells.ts someRowOfTable)
 * @returns the column and its first cell of bands as typed
 */
export function ragBandsColumn(
  grid: GridView,
  statusColumn: number | undefined,
  unrecognised: readonly { col: number; header: string }[],
  someRow: (test: (row: number) => boolean) => boolean,
): { col: number; example: string } | null {
  let example = '';
  const holdsBands = (col: number) =>
    someRow((r) => {
      const v = grid.raw(r, col);
      if (ragBandsOf(v) === null) return false;
      example = String(v).trim();
      return true;
    });
  if (
    statusColumn !== undefined &&
    holdsBands(statusColumn) &&
    !someRow((r) => grid.text(r, statusColumn) !== '' && ragBandsOf(grid.raw(r, statusColumn)) === null)
  )
    return { col: statusColumn, example };
  for (const u of unrecognised)
    if (RAG_BANDS_HEADER.test(normaliseText(u.header.replace(/\s+/g, ' '))) && holdsBands(u.col))
      return { col: u.col, example };
  return null;
}

/**
 * "Green threshold | Red threshold" columns in a table with no Target column (a district's shared-service
 * pack: each row's level where green begins and where red begins), and a polarity saying which way is
 * better: the green threshold is the target and the red one where amber ends, as bands in words give them.
 * "Green threshold" was read as a close-to-target indicator's green band, so every higher- or lower-is-better
 * indicator was counted under No target, with a Check each that bands apply only to close to target.
 * Null where the polarity is neither higher nor lower (a two-sided indicator's threshold is its band, read so)
 * or the green threshold holds no figure.
 * @param green the row's Green threshold cell
 * @param red its Red threshold cell (null where there is no such column)
 * @param polarity the row's polarity as read from its cell
 */
export function thresholdBands(green: CellValue, red: CellValue, polarity: string | null): RagBands | null {
  if (polarity !== 'higher' && polarity !== 'lower') return null;
  const greenValue = typeof green === 'number' ? green : typeof green === 'string' ? parseNumberText(green) : null;
  if (greenValue === null) return null;
  const redValue = typeof red === 'number' ? red : typeof red === 'string' ? parseNumberText(red) : null;
  const worse = redValue !== null && (polarity === 'higher' ? redValue < greenValue : redValue > greenValue);
  return { target: green, green: greenValue, polarity, amberEnds: worse ? redValue : null };
}

/** The headers of the threshold columns: "Green threshold", "Red threshold" (also "… level", "… trigger"). */
export const GREEN_THRESHOLD_HEADER = /^green (?:threshold|level|trigger)$/;
export const RED_THRESHOLD_HEADER = /^red (?:threshold|level|trigger)$/;

/**
 * The table's "Green threshold" and "Red threshold" columns where it has no target of any kind (see
 * `thresholdBands`), or null.
 * @param grid the sheet
 * @param headerRow the table's header row
 * @param table the table as read so far (its columns, period targets and headers not understood)
 */
export function thresholdColumnsOf(
  grid: GridView,
  headerRow: number,
  table: Pick<IndicatorTable, 'columns' | 'quarterTargetColumns' | 'monthTargetColumns' | 'unrecognised'>,
): NonNullable<IndicatorTable['thresholdColumns']> | null {
  const green = table.columns.greenBand;
  if (green === undefined || table.columns.target !== undefined) return null;
  if (table.quarterTargetColumns || table.monthTargetColumns) return null;
  const greenHeader = grid.text(headerRow, green).replace(/\s+/g, ' ');
  if (!GREEN_THRESHOLD_HEADER.test(normaliseText(greenHeader))) return null;
  const red = table.unrecognised.find((u) => RED_THRESHOLD_HEADER.test(normaliseText(u.header.replace(/\s+/g, ' '))));
  return red
    ? { green, red: red.col, greenHeader, redHeader: red.header.replace(/\s+/g, ' ') }
    : { green, greenHeader };
}
