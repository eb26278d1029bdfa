/**
 * One partly-recognised Note for sheets that share a header (fresh user 11: an NHS trust's five CQC-domain
 * sheets, built from one template, each had the same Note, word for word but for the sheet's name). The
 * Notes whose words are the same but for the sheet are said once, on the first sheet's header, naming
 * every sheet: "The tables on 'Effective', 'Caring' and 'Responsive' (header row 4 of each) were partly
 * recognised: …". A Note naming a priority other than its sheet's ("The table "Housing" on …") is left
 * as it is, as is a Check (a serious one: each sheet's own).
 */
import type { Finding } from '../model';
import { listed } from '../words';

const PARTLY = /^The table on '(.+)' \(header row (\d+)\) was partly recognised: ([\s\S]*)$/;

/** The findings with each group of like partly-recognised Notes said once, in the first one's place. */
export function oneNotePerSharedHeader(findings: Finding[]): Finding[] {
  const groups = new Map<string, { first: Finding; sheets: string[]; row: string; rest: string }>();
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (f.kind !== 'partial-table' || f.severity !== 'info') continue;
    const m = PARTLY.exec(f.message);
    if (!m || m[1] !== f.sheet) continue;
    const key = `${m[2]}\u0000${m[3]}`;
    const group = groups.get(key);
    if (group) {
      group.sheets.push(m[1]);
      dropped.add(f);
    } else groups.set(key, { first: f, sheets: [m[1]], row: m[2], rest: m[3] });
  }
  if (dropped.size === 0) return findings;
  const merged = new Map<Finding, Finding>();
  for (const g of groups.values()) {
    if (g.sheets.length < 2) continue;
    const names = g.sheets.map((s) => `'${s}'`);
    merged.set(g.first, {
      ...g.first,
      message: `The tables on ${listed(names)} (header row ${g.row} of each) were partly recognised: ${g.rest}`,
    });
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f);
}
