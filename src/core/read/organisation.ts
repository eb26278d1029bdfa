/**
 * Whose workbook it is, for the words the summaries use (session 9 closing note, noticed item 8: a police
 * force's summary said "the whole council" and "Total PIs"). Read from what names the organisation: the
 * sheets' names, the text above each table (the report's title, a cover sheet), the tables' titles and
 * the priorities' names — never an indicator's name ("Council tax collected" is not a council's own word
 * in a police force's workbook).
 *
 * Decision: the council's words are the default — the product is built for councils, and a workbook that
 * names no kind of organisation (most do not) keeps the report's wording, the St Helens example's
 * included. Another kind's words are used only where the workbook names that kind and no other: a police
 * force ("Northshire Police", "Constabulary", "Police and Crime Plan"), a fire and rescue service, an NHS
 * body ("NHS", "Foundation Trust", "ICB"), a housing association ("Housing Group", "registered provider"). A workbook naming two kinds (a fire and rescue service and a
 * district council sharing a performance team) gets neutral words: "the whole organisation".
 */
import type { Organisation } from '../model';

/** Each kind and the words that name it; a text names a kind when any of its patterns matches. */
const KINDS: [Exclude<Organisation, 'organisation'>, RegExp[]][] = [
  // "Council" but not "Council tax"; a borough or local authority.
  ['council', [/\bcouncil\b(?!\s+tax)|\blocal authority\b|\bborough\b/i]],
  // A force names itself as one: "Constabulary", "Police and Crime Plan / Commissioner / Panel", "OPCC", or a
  // capitalised name before "Police" ("Northshire Police"); a council's "working with the police" is not one.
  [
    'force',
    [
      /\b(?:constabulary|police (?:force|service)|police and crime (?:plan|commissioner|panel)|OPCC)\b/i,
      /\b(?!The\b|And\b|With\b|Of\b|By\b)[A-Z][a-z]+ Police\b/,
    ],
  ],
  ['fire', [/\bfire (?:and|&) rescue\b|\bfire (?:authority|service)\b/i]],
  ['nhs', [/\bNHS\b|\bICB\b/, /\bfoundation trust\b|\bhospitals? trust\b|\bintegrated care board\b/i]],
  // A social landlord (fresh user 6): "Riverside Vale Housing Group", a housing association or trust, a
  // registered provider. "Homes" alone is a council's housing theme too, so it is not enough; "Riverside Homes
  // Group", "… Homes Ltd" name a landlord (fresh user 6, session 11).
  [
    'housing',
    [
      /\bhousing (?:association|group|trust|society)\b|\bregistered provider\b|\bsocial landlord\b/i,
      /\bhomes (?:group|ltd|limited|plc)\b/i,
    ],
  ],
];

/**
 * A social landlord's regulatory words: "Tenant Satisfaction Measures", "Regulator of Social Housing",
 * "HouseMark". A council that keeps homes reports them too, so they say housing only where nothing names
 * another kind (a council naming itself stays a council).
 */
const LANDLORD_WORDS = /\btenant satisfaction measures?\b|\bregulator of social housing\b|\bhousemark\b/i;

/**
 * The kind of organisation `texts` name (see above): 'council' when they name none, or a council only;
 * the one other kind when they name it alone; 'organisation' when they name more than one kind, and for
 * an NHS body that never says "trust" (an ICB, say).
 * @param texts sheet names, text above tables, table titles and priority names, as typed
 */
export function organisationOf(texts: readonly string[]): Organisation {
  const found = new Set<Exclude<Organisation, 'organisation'>>();
  let trust = false;
  let landlord = false;
  for (const text of texts) {
    if (text.length > 300) continue;
    for (const [kind, patterns] of KINDS) if (patterns.some((p) => p.test(text))) found.add(kind);
    if (/\btrust\b/i.test(text)) trust = true;
    if (LANDLORD_WORDS.test(text)) landlord = true;
  }
  // A landlord's regulator's words and nothing else (fresh user 14, "Northvale Homes": its cover names the
  // Tenant Satisfaction Measures, the Regulator of Social Housing and HouseMark): a housing association's.
  if (found.size === 0 && landlord) return 'housing';
  if (found.size === 0) return 'council';
  if (found.size > 1) return 'organisation';
  const [kind] = found;
  return kind === 'nhs' && !trust ? 'organisation' : kind;
}
