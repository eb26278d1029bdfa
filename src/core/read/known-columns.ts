/**
 * Columns a performance report keeps beside its figures that the product knows and never scores: the
 * commentary ("Commentary", "Comments", "Notes", "Narrative") and who answers for the indicator ("Exec
 * lead", "Lead officer", "Owner", "Responsible officer", "SRO", "Director"). They need no mapping: the mapping
 * panel shows them as not scored, and the partly-recognised Note does not list them as "not recognised".
 * Fresh user 11 (an NHS trust's IPR): "Exec lead" and "Commentary" opened the mapping panel on a workbook
 * that scored fine, and were listed as not recognised on each of five sheets. The comment readers still
 * find the commentary column among `IndicatorTable.unrecognised` (comment-gaps.ts, cumulative-words.ts):
 * only what is said about them changes.
 *
 * A trajectory column beside a Standard ("Annual trajectory") is known too: it is read as the target on the
 * rows whose Standard is blank (trajectory-column.ts); where every row has a Standard it is not read, and
 * needs no mapping (the Standard is the target, as an IPR's RAG is against the constitutional standard).
 * So is a rolling year beside the months ("Rolling 12 months to Sep-25"): its own figure, not a month's, and
 * not read (rolling-year.ts).
 */
import { looseWords } from './values';
import { COMMENT_WORDS } from './comment-gaps';
import { recogniseFallbackHeader } from './headers';
import { ROLLING_YEAR_HEADER } from './rolling-year';
import { headerInEnglish } from './welsh';
import { benchmarkHeader } from './benchmark-columns';
import { saysToDateSpan } from './to-date-span';
import { saysRollingQuarter } from './rolling-quarter';

const LEAD_WORDS = String.raw`(?:exec(?:utive)?|lead|responsible|accountable|senior responsible|named|data|measure|indicator|kpi|pi|service)?\s*(?:leads?|officers?|owners?|directors?|managers?)|sro|lead director|director lead|portfolio holder|cabinet member|responsible person|accountable person|contact`;
const KNOWN = new RegExp(`^(?:${COMMENT_WORDS}|${LEAD_WORDS})$`);

/**
 * True when a column is one the product knows and does not score: its header names commentary, a lead or an
 * owner, or the column mapping says it holds the notes (`notes`, read/mapping.ts; fresh user 13).
 */
export function knownUnscored(u: { header: string; notes?: true }): boolean {
  return u.notes === true || knownUnscoredHeader(u.header);
}

/** True when a header names a column the product knows and does not score (commentary, a lead or owner). */
export function knownUnscoredHeader(header: string): boolean {
  return (
    KNOWN.test(looseWords(headerInEnglish(header)).trim()) ||
    recogniseFallbackHeader(header) !== null ||
    ROLLING_YEAR_HEADER.test(header) ||
    saysToDateSpan(header) ||
    saysRollingQuarter(header) ||
    // A benchmarking club's median or quartile, read at scoring (benchmark-columns.ts; fresh user 14).
    benchmarkHeader(header) !== null
  );
}
