/**
 * Theme band rows in a social landlord's pack of Tenant Satisfaction Measures (fresh user 6, session 11):
 * "Homes", "Tenants", "Neighbourhoods", "Finance", or the Regulator's own themes ("Keeping properties in
 * good repair", "Maintaining building safety" …) above the measures TP01, RP01, BS01, CH01, NM01 ….
 *
 * Decision (what "priority" means in such a pack):
 * - **One landlord's pack** (every table's refs mostly TSM codes, no parallel sheets): the themes are the
 *   groups its counts are by, as the CQC's domains are an NHS trust's (read/titles.ts): each theme band
 *   row names a priority, the measures under it counted under it.
 * - **A group's pack, one sheet per subsidiary** (read/parallel-sheets.ts): the sheet is the priority — the
 *   board compares its subsidiaries, and "Tenants" on three subsidiaries' sheets is not one priority — and
 *   the themes stay sub-headings inside it, said once per table (findings/reading.ts).
 * - **A council's workbook** with a housing sheet among others: left as it was (a theme there is a
 *   sub-heading of the housing service's table, as "Revenues and Benefits" is).
 */
import type { IndicatorTable } from '../model';

/** A Tenant Satisfaction Measure's code: TP01–TP12, RP01–RP02, BS01–BS05, CH01–CH02, NM01 ("TP-01", "TP 1"). */
const TSM_CODE = /^(?:tp|rp|bs|ch|nm)\s?-?\d{1,2}$/i;

/** True when at least three of a table's refs, and at least half, are TSM codes. */
export function isTsmTable(table: IndicatorTable): boolean {
  let refs = 0;
  let tsm = 0;
  for (const r of table.rows) {
    if (r.ref === null) continue;
    refs++;
    if (TSM_CODE.test(r.ref.trim())) tsm++;
  }
  return tsm >= 3 && tsm * 2 >= refs;
}

/** A theme's name as a band row gives it: a few words, no figure, not a sentence. */
function themeName(text: string): string | null {
  const t = text.trim();
  if (t === '' || /\d/.test(t) || /[.!?:]$/.test(t) || t.split(/\s+/).length > 6) return null;
  return t;
}

/**
 * In one landlord's TSM pack, each table's sub-heading rows name its priorities (see above): the
 * sub-headings become priority bands and the rows under each are counted under it. Changes `tables`.
 * @param tables every table of the workbook, after read/parallel-sheets.ts has marked parallel sheets
 */
export function readThemeBands(tables: IndicatorTable[]): void {
  const withRefs = tables.filter((t) => t.rows.some((r) => r.ref !== null));
  if (withRefs.length === 0 || tables.some((t) => t.parallelSheet) || !withRefs.every(isTsmTable)) return;
  for (const t of tables) {
    const bands = (t.skippedRows ?? []).filter((s) => s.why === 'subheading' || s.why === 'priority');
    if (bands.length === 0 || bands.some((s) => s.why === 'priority')) continue;
    for (const s of bands) {
      const name = themeName(s.text);
      if (name === null) continue;
      s.why = 'priority';
      s.priority = name;
    }
    for (const r of t.rows) {
      // The band row nearest above; a sub-heading that names no theme ends the theme above it.
      const last = bands.filter((s) => s.row < r.row).pop();
      if (last?.why === 'priority' && last.priority !== undefined) r.priorityName = last.priority;
    }
  }
}
