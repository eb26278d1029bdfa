/**
 * Columns a performance report keeps beside its figures that the product knows and never scores: the
 * commentary ("Commentary", "Comments", "Notes", "Narrative") and who answers for the indicator ("Exec
 * lead", "Lead officer", "Owner", "Responsible officer", "SRO", "Director"). They need no mapping: the mapping
 * panel shows them as not scored, and the partly-recognised Note does not list them as "not recognised".
 * Fresh user 11 (an NHS trust's IPR): "Exec lead" and "Commentary" opened the mapping panel on a workbook
 * that scored fine, and were listed as not recognised on each of five sheets. The comment readers still
 * find the commentary column among `IndicatorTable.unrecognised` (comment-gaps.ts, cumulative-words.ts):
 * only what is said about them changes.
 */
import { looseWords } from './values';
import { COMMENT_WORDS } from './comment-gaps';

const LEAD_WORDS = String.raw`(?:exec(?:utive)?|lead|responsible|accountable|senior responsible|named|data|measure|indicator|kpi|pi|service)?\s*(?:leads?|officers?|owners?|directors?|managers?)|sro|lead director|director lead|portfolio holder|cabinet member|responsible person|accountable person|contact`;
const KNOWN = new RegExp(`^(?:${COMMENT_WORDS}|${LEAD_WORDS})$`);

/** True when a header names a column the product knows and does not score (commentary, a lead or owner). */
export function knownUnscoredHeader(header: string): boolean {
  return KNOWN.test(looseWords(header).trim());
}
