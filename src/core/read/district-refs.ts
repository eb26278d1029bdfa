/**
 * A county's figures by district on rows that carry refs of their own (session 11's hunt, left as it was;
 * analyst3, session 12). Under "W1 Household waste recycled (county)" a county lists "W1a Ashford",
 * "W1b Canterbury", "W1c Dover" …, each with its figures and no polarity or target. Rows of a breakdown
 * without refs were already read as one (read/tables.ts, `breakdownRows`); with refs each district was
 * scored and counted as an indicator, No target, with a polarity Check and a target Check for every one.
 *
 * They are read as the indicator's breakdown — not scored or counted, with the breakdown Note — only where
 * all of these hold: each row stands straight under the indicator (or another such row); its ref extends
 * the indicator's (W1 → W1a, W1.1, W1-A, W1(a); never W1 → W10 or W2); its polarity, target and profile
 * cells are blank; and either the indicator's name says it is broken down by place ("… by district",
 * "(county)", "(all districts)") or there are at least three such rows and every one's name is a place
 * name as written (one to four words, each capitalised or a joining word — "Ashford", "Tunbridge Wells",
 * "Folkestone and Hythe" — no figures, no lower-case words as a measure's name has). Otherwise they stay
 * indicators, as a ref says the analyst made them so: "W1a Dry recycling", "W1b Composting" under "W1"
 * are parts of a measure, not places, and are scored. Pure over the table as read.
 */
import type { IndicatorRow } from '../model';

/** A parent's name saying its figures are broken down by place. */
const BY_PLACE =
  /\bby (?:district|districts|area|areas|ward|wards|locality|localities|borough|boroughs|council|councils|authority|authorities|place|places|division|divisions)\b|\((?:county|county-?wide|all districts|all areas)\)/i;

/** A word of a place name as written: capitalised ("Tunbridge", "St.", "King's", "Hinckley-Bosworth"). */
const PLACE_WORD = /^[A-Z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*$/;
/** Joining words inside a place name ("Folkestone and Hythe", "Newcastle-under-Lyme", "Stratford-on-Avon"). */
const JOINING = /^(?:and|&|upon|on|in|under|le|the|with|de|of)$/;
/**
 * Words no place name holds, that a measure's name written in capitals often does ("Dry Recycling Rate",
 * "Number of Visits", "Total", "Target"): one of them anywhere and the row is no place.
 */
const NOT_A_PLACE =
  /^(?:targets?|plan|actuals?|forecast|baseline|total|overall|average|mean|median|other|unknown|all|rate|rates|ratio|number|numbers|percentage|percent|proportion|per|recycling|recycled|waste|composting|composted|compost|reuse|residual|dry|food|garden|collected|collections?|visits?|cases?|applications?|income|spend|costs?|days?|weeks?|time|households?|children|adults?|people|residents?|staff|complaints?|calls?|score|level|new|year|month|quarter|male|female|men|women|incidents?|tonnes?|kg)$/i;

/**
 * True when `name` is written as a place name (`PLACE_WORD`, `JOINING`): one to four words, the first and
 * last capitalised, none a measure's word (`NOT_A_PLACE`). A guess from the writing, not a gazetteer: three
 * capitalised sub-measures with none of those words ("Fly Tipping Incidents" has one; "Graffiti Removed"
 * has none) would pass, which is why it takes three rows and refs that extend the indicator's.
 */
export function placeName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || !PLACE_WORD.test(words[0])) return false;
  return words.every(
    (w, i) => !NOT_A_PLACE.test(w) && (PLACE_WORD.test(w) || (i > 0 && i < words.length - 1 && JOINING.test(w))),
  );
}

/** True when `child` extends `parent`'s ref: "W1a", "W1.1", "W1-A", "W1 (a)" under "W1"; never "W10" or "W2". */
export function extendsRef(child: string, parent: string): boolean {
  const c = child.trim();
  const p = parent.trim();
  if (p === '' || c.length <= p.length || c.slice(0, p.length).toLowerCase() !== p.toLowerCase()) return false;
  const rest = c.slice(p.length);
  if (/^[a-z]$/i.test(rest)) return /\d$/.test(p);
  return /^(?:[.\-/_ ](?:[a-z]|\d{1,2}|[ivx]{1,4})|\s?\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))$/i.test(rest);
}

/**
 * The rows of `table.rows` that are districts of the indicator above them by ref (see the file's note),
 * as groups: the indicator and its district rows, and whether they were taken for places by how their
 * names are written alone (`byWriting`: the indicator's name does not say "by district"). `blank(row, field)` says whether the row's polarity,
 * target or profile cell is empty (true where the table has no such column).
 */
export function districtRowsByRef(
  rows: readonly IndicatorRow[],
  blank: (row: IndicatorRow, field: 'polarity' | 'target' | 'profile') => boolean,
): { under: IndicatorRow; rows: IndicatorRow[]; byWriting: boolean }[] {
  const groups: { under: IndicatorRow; rows: IndicatorRow[]; byWriting: boolean }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i];
    if (!parent.ref) continue;
    const kids: IndicatorRow[] = [];
    let last = parent.row;
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.row !== last + 1 || !r.ref || !extendsRef(r.ref, parent.ref)) break;
      if (!blank(r, 'polarity') || !blank(r, 'target') || !blank(r, 'profile')) break;
      kids.push(r);
      last = r.row;
    }
    if (kids.length === 0) continue;
    const byName = BY_PLACE.test(parent.name);
    if (byName || (kids.length >= 3 && kids.every((k) => placeName(k.name))))
      groups.push({ under: parent, rows: kids, byWriting: !byName });
    i += kids.length;
  }
  return groups;
}
