/**
 * A banner repeated at the top of the sheets: "Northvale Homes — Board Performance Report, Quarter 2
 * 2025/26" above every sheet of a housing association's board pack (fresh user 14, session 14). Its first
 * part is the organisation's name, which read/titles.ts knows by its last word (Group, Council, Trust, Ltd
 * …); "Northvale Homes", "… Housing", "… Living" end in words a directorate's title ends in too ("Housing –
 * KPI report"), so the line named a priority, and the three sheets under it were counted as one priority
 * "Northvale Homes". Decision: a line that names a report or a quarter after a name (`namesReportAfterName`)
 * and stands, as the same text, alone on a row near the top of two or more sheets is the workbook's banner,
 * whatever the organisation is called: it names whose report it is, never a priority. A directorate's title
 * is on its own sheet only, so it is left as it was.
 */
import type { SheetGrid } from '../model';
import { normaliseText } from './values';
import { namesReportAfterName } from './titles';

/** Rows looked at from the top of each sheet for its banner. */
const TOP_ROWS = 6;

/**
 * The banners of a workbook: texts (as `normaliseText` gives them) standing alone on a row within the first
 * six rows of two or more sheets and naming a report or quarter after a name.
 * @param grids every sheet of the workbook, as read
 */
export function repeatedBanners(grids: readonly SheetGrid[]): ReadonlySet<string> {
  const sheetsOf = new Map<string, number>();
  const lines = new Map<string, string>();
  for (const grid of grids) {
    const seen = new Set<string>();
    for (let r = 0; r < Math.min(TOP_ROWS, grid.values.length); r++) {
      const filled = (grid.values[r] ?? []).filter((v) => v !== null && v !== undefined && v !== '');
      if (filled.length !== 1 || typeof filled[0] !== 'string') continue;
      const key = normaliseText(filled[0]);
      if (seen.has(key)) continue;
      seen.add(key);
      lines.set(key, filled[0]);
      sheetsOf.set(key, (sheetsOf.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [key, n] of sheetsOf) if (n >= 2 && namesReportAfterName(lines.get(key)!)) out.add(key);
  return out;
}

/** True when `text` is one of the workbook's `banners`. */
export function isBanner(banners: ReadonlySet<string> | undefined, text: string): boolean {
  return banners !== undefined && banners.size > 0 && banners.has(normaliseText(text));
}
