/**
 * A benchmarking club's figures beside an indicator's own: "HouseMark median 2024/25", "HouseMark upper
 * quartile 2024/25", "Lower quartile", "Peer median" (fresh user 14, a housing association's board pack).
 * They were listed as "not recognised" and the indicators' Comparative Performance was N/A, though the
 * figures place each indicator among its peers (score/benchmark-quartile.ts). Not read as a period, a target
 * or a quartile column: known (read/known-columns.ts), and read at scoring where the table has no quartile
 * column of its own.
 */
import type { CellsWithFormats, IndicatorTable } from '../model';
import { findFinancialYear } from '../periods';
import { looseWords } from './values';

/** Which benchmark a header names: the median, or the upper or lower quartile's boundary. */
export type BenchmarkKind = 'median' | 'upper' | 'lower';

const BENCHMARK_HEADER =
  /^(?:(?:housemark|benchmark|benchmarking|peer|peer group|peers|sector|club|g15|national|england|comparator|acuity|sdr)\s+)*(?:(median)|(upper|top) quartile|(lower|bottom) quartile)(?:\s+(?:figure|value|benchmark))?$/;

/** What a header names as a benchmark ("HouseMark upper quartile 2024/25" → 'upper'), or null. */
export function benchmarkHeader(header: string): BenchmarkKind | null {
  const fy = findFinancialYear(header);
  const words = looseWords(fy ? fy.rest : header)
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = BENCHMARK_HEADER.exec(words);
  if (!m) return null;
  return m[1] ? 'median' : m[2] ? 'upper' : 'lower';
}

/**
 * Words naming whom the figures are compared with (session 14's hunt, layouts7): a bare "Median" is an SPC
 * chart's process median (the indicator's own series), not a comparator's, unless such words are in its
 * header, the band above it, the table's title or the sheet's name.
 */
const COMPARATOR_WORDS =
  /\b(?:national|nationally|england|english|wales|welsh|scotland|scottish|uk|regional|region|family group|statistical neighbours?|nearest neighbours?|neighbours|comparators?|comparison|compared|peers?|peer group|benchmark(?:s|ing)?|housemark|cipfa|lga|lg inform|sector|club|g15|sdr|acuity|apse|core cities|all councils|councils|authorities|similar|london|met(?:ropolitan)? districts?|unitar(?:y|ies)|shire|counties|trusts|forces)\b/;

/** True when text names a comparator (`COMPARATOR_WORDS`), in any case. */
export function namesComparator(text: string): boolean {
  return COMPARATOR_WORDS.test(looseWords(text));
}

/** A table's benchmark columns: its median's, and its upper and lower quartiles' where it has them. */
export interface BenchmarkColumns {
  median: { col: number; header: string };
  upper?: { col: number; header: string };
  lower?: { col: number; header: string };
}

/**
 * The benchmark columns of a table with no quartile column of its own, among its columns not read: null
 * where it has a quartile column (the analyst's quartile stands), no median column, or two of a kind.
 */
export function benchmarkColumnsOf(table: IndicatorTable, cells?: CellsWithFormats): BenchmarkColumns | null {
  if (table.columns.quartile !== undefined || table.unrecognised.length === 0) return null;
  const found: Partial<Record<BenchmarkKind, { col: number; header: string }>> = {};
  for (const u of table.unrecognised) {
    const kind = benchmarkHeader(u.header);
    if (kind === null) continue;
    if (found[kind]) return null;
    found[kind] = { col: u.col, header: u.header.replace(/\s+/g, ' ').trim() };
  }
  if (!found.median) return null;
  // A bare "Median" (an SPC table's process median) only where comparator words are near it.
  if (!namesComparator(found.median.header) && !comparatorAround(table, found.median.col, cells)) return null;
  return {
    median: found.median,
    ...(found.upper ? { upper: found.upper } : {}),
    ...(found.lower ? { lower: found.lower } : {}),
  };
}

/**
 * Comparator words around a column of `table`: the quartile columns beside it, the band above its header (the
 * nearest text at or left of it on the row above, as a merged band is read from its top-left cell; or the
 * header row itself over a sub-header row), the table's title or its sheet's name.
 */
function comparatorAround(table: IndicatorTable, col: number, cells: CellsWithFormats | undefined): boolean {
  if (table.unrecognised.some((u) => u.col !== col && benchmarkHeader(u.header) !== null && namesComparator(u.header)))
    return true;
  if (namesComparator(table.sheet) || (table.title !== null && namesComparator(table.title))) return true;
  if (!cells) return false;
  const bandRows = table.subHeaderRow !== null ? [table.headerRow, table.headerRow - 1] : [table.headerRow - 1];
  for (const r of bandRows) {
    if (r < 0) continue;
    for (let c = col; c >= 0; c--) {
      const v = cells.raw(r, c);
      if (v === null || v === '') continue;
      if (typeof v === 'string' && namesComparator(v)) return true;
      break;
    }
  }
  return false;
}
