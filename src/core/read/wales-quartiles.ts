/**
 * Data Cymru's quartiles of the Welsh councils' Public Accountability Measures (PAMs), as Welsh councils
 * copy them into their reports: "Upper", "Upper middle", "Lower middle", "Lower", or in Welsh "Chwartel
 * uchaf", "Canol uchaf", "Canol isaf", "Chwartel isaf" (fresh-user check 13).
 *
 * Data Cymru ranks the 22 councils by performance on each measure, the best first whichever way is better:
 * its Local Authority Performance Profile counts a council's measures "in the best 25%" (Ceredigion, 2025:
 * "Low levels of fly-tipping" among its best; Newport's year-end analysis: "in the top quartile", "in the
 * upper middle quartile"). So in a column that names Wales ("Wales quartile", "Chwartel Cymru") or on a PAM
 * row, "Upper" is the 1st (best) quartile for a lower-is-better measure too. Elsewhere a benchmarking club's
 * "upper" may be the highest figures, and the reader keeps its Check (read/rows.ts, values.ts `quartilePosition`).
 */
import type { CellValue, Quartile } from '../model';
import { normaliseText } from './values';

/** A quartile column of Wales's (Data Cymru's) quartiles: its header names Wales, Cymru or the PAMs. */
export function walesQuartileHeader(header: CellValue): boolean {
  return typeof header === 'string' && /\b(?:wales|welsh|cymru|pams?|data cymru)\b/.test(normaliseText(header));
}

/** A PAM's ref ("PAM/030", "PAM 12"): Data Cymru's quartiles, whatever the column's header. */
export function pamRef(ref: string): boolean {
  return /^\s*pam\s*[/\-_ ]?\s*\d/i.test(ref);
}

/**
 * A Welsh quartile word: "Chwartel uchaf" (upper) 1, "Canol uchaf" / "Chwartel canol uchaf" (upper middle) 2,
 * "Canol isaf" (lower middle) 3, "Chwartel isaf" (lower) 4. Undefined for any other text.
 */
export function welshQuartileWords(v: string): Quartile | undefined {
  const t = normaliseText(v).replace(/-/g, ' ');
  if (/^(?:y )?(?:chwartel )?uchaf$/.test(t)) return 1;
  if (/^(?:y )?(?:chwartel )?canol uchaf$/.test(t)) return 2;
  if (/^(?:y )?(?:chwartel )?canol isaf$/.test(t)) return 3;
  if (/^(?:y )?(?:chwartel )?isaf$/.test(t)) return 4;
  return undefined;
}
