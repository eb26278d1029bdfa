/**
 * A table giving each indicator on several rows, one for each ward, district, station or team, named in a
 * column the reader does not understand ("Indicator | Ward | Polarity | Target | Q1 | Q2", "Fly-tipping
 * incidents" on a row for North, one for South …), as ward and locality reports lay them out (helper
 * layouts). One row is read per indicator, so each area's row was scored and counted as an indicator of
 * its own: five indicators where there were two, and without refs not even a duplicate-ref Check. Refused,
 * changing nothing, in one sentence naming the column and what to do (docs/workbook.md, "Layouts hunted
 * for misreadings").
 */
import { InputError } from '../errors';
import { columnLetters } from '../a1';
import type { IndicatorTable, MappingHint } from '../model';
import type { GridView } from './grid';
import { normaliseText } from './values';

/**
 * A header naming places or units of a service, not services: "Ward", "Area", "District", "Locality",
 * "Neighbourhood", "Station", "Division", "Team", "Site", "PCN", "Practice", "Provider"; a probation service's
 * "PDU", an academy trust's "Academy" or "School", a combined authority's "Constituent council" (session 11,
 * helper layouts4: each of those rows was counted as an indicator, with no Check). Not "Service" or
 * "Directorate": the same measure kept by two services ("Customer satisfaction %") is two indicators.
 */
const AREA_HEADER =
  /^(?:wards?|areas?|districts?|localit(?:y|ies)|neighbourhoods?|stations?|fire stations?|divisions?|boroughs?|parish(?:es)?|constituenc(?:y|ies)|local authority|la|council|place|places|sites?|hospitals?|pcns?|practices?|gp practice|providers?|teams?|patch|sector|ward name|area name|locality name|district name|station name|pdus?|probation delivery units?|academ(?:y|ies)|schools?|school name|academy name|establishments?|campus(?:es)?|constituent council|constituent authority|member authority|local authority area|la name|icb place)$/i;

/**
 * The refusal for the first table whose indicators repeat, row after row, with a different text in one
 * column not understood on each of an indicator's rows; or null. Not where the analyst mapped the sheet.
 */
export function byAreaRefusal(
  tables: readonly IndicatorTable[],
  views: Map<string, GridView>,
  hintAt: (sheet: string, row: number) => MappingHint,
): InputError | null {
  for (const t of tables) {
    if (t.mapped || t.rows.length < 2) continue;
    // Only a column headed as places can split an indicator's rows: most tables have none, and need not
    // have their rows keyed (issue 11).
    const areaColumns = t.unrecognised.filter((x) => AREA_HEADER.test(x.header.replace(/\s+/g, ' ').trim()));
    if (areaColumns.length === 0) continue;
    const view = views.get(t.sheet);
    if (!view) continue;
    const keyOf = (r: IndicatorTable['rows'][number]) => normaliseText(r.ref ?? r.name);
    const rowsOf = new Map<string, number[]>();
    for (const r of t.rows) rowsOf.set(keyOf(r), [...(rowsOf.get(keyOf(r)) ?? []), r.row]);
    const repeated = [...rowsOf.values()].filter((rows) => rows.length > 1);
    if (repeated.length === 0) continue;
    for (const u of areaColumns) {
      // On each repeated indicator's rows, a different piece of text: the area each row is for.
      const splits = repeated.every((rows) => {
        const texts = rows.map((r) => view.raw(r, u.col));
        if (!texts.every((x) => typeof x === 'string' && x.trim() !== '' && !/^\s*[-–—]\s*$/.test(x))) return false;
        return new Set(texts.map((x) => normaliseText(x))).size === rows.length;
      });
      if (!splits) continue;
      const areas = [...new Set(repeated[0].map((r) => view.text(r, u.col).trim()))];
      const shown = areas.slice(0, 3).join(', ') + (areas.length > 3 ? ' …' : '');
      const first = t.rows.find((r) => rowsOf.get(keyOf(r))!.length > 1)!;
      const header = u.header.replace(/\s+/g, ' ');
      return new InputError(
        `'${t.sheet}' gives each indicator on several rows, one for each "${header}" (column ${columnLetters(u.col)}: ${first.ref ?? `"${first.name}"`} for ${shown}), but one row is read per indicator, so nothing was scored rather than count each row as an indicator of its own; keep one row per indicator, with the figures for all the ${areasTogether(header)} together, and move the rows for each ${/^[A-Z]{2,}s?$/.test(header) ? header : header.toLowerCase()} to a sheet of their own that you hide (hidden sheets are not scored).`,
        { ...hintAt(t.sheet, t.headerRow), suggestedMapping: null },
      );
    }
  }
  return null;
}

/**
 * The places an area header names, in the plural, for "with the figures for all the … together": "Ward" →
 * "wards", "PDU" → "PDUs", "Academy" → "academies", "Ward name" → "wards", "Fire stations" as it is. Whoever
 * keeps the workbook (a council, a probation service, an academy trust, a shared service of two councils),
 * the figures to keep are those for all of its areas together (session 12, helper layouts5: the sentence
 * said "the whole council's figures" to a probation service and an academy trust).
 */
export function areasTogether(header: string): string {
  const one = header.replace(/\s+name$/i, '').trim();
  if (/^[A-Z]{2,}s?$/.test(one)) return one.endsWith('s') ? one : `${one}s`;
  const lower = one
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
  if (/(?:ies|s)$/.test(lower) && !/(?:ss|us|sis)$/.test(lower)) return lower;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(?:ch|sh|s|x|z)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}
