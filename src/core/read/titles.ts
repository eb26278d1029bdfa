/**
 * Which line above a table names its priority (docs/workbook.md, "Tables"; noticed item 2, session 6).
 * The nearest title row used to name it whatever it said, so a table under "Position at end of Q2" or
 * "Produced by the Performance Team" was counted under that as its priority. Lines that are not
 * priority names — a date or a period alone, "Position at …", "Data as at …", "Produced by …",
 * "Source: …", "Key:", "Notes", "Page 3 of 10", a protective marking, a title of the whole report
 * ("Quarterly performance indicators 2025/26") — are passed over for a name
 * further up, else the table above (a header repeated under a page header), else the sheet's name.
 * A line that reads as a sentence ("Figures for Q3 are provisional.") is passed over too, but that is
 * a guess, so a Check says so. A caveat on the figures ("Data not yet validated – September figures are
 * provisional", "Draft – subject to change") is never a title, sentence or not (fresh user 10).
 */

/** A clause after a name that dates it: "Adult Social Care – position at end of Q2" → "Adult Social Care". */
const SEPARATOR = /\s+[-–—|]\s+|\s*[:(]\s*/;

const MONTH =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';

/** Words a line that only dates something is made of ("Position at end of Q2 2020/21", "31 December 2020"). */
const DATING_WORD = new RegExp(
  String.raw`^(?:${MONTH}|q[1-4]|qtr|quarter|month|m\d{1,2}|fy|financial|year|years|ytd|period|end|ending|ended|of|the|at|as|to|on|from|for|and|position|data|figures|performance|results?|outturn|one|two|three|four|first|second|third|fourth|\d+(?:st|nd|rd|th)?|[\d/.\-]+)$`,
);

/**
 * Words of a line that titles the whole report, not one priority: "Quarterly performance indicators
 * 2025/26 — Quarter 3", "Key Performance Indicators", "Performance scorecard" above every directorate's
 * table put every directorate under one priority (session 7 fresh-user check). Welsh too, beside its
 * English ("Adroddiad Perfformiad Chwarter 2 / Performance Report Quarter 2"; session 11, layout hunt).
 */
const REPORT_WORD =
  /^(?:quarterly|monthly|annual|yearly|key|indicators?|kpis?|pis?|measures?|reports?|reporting|scorecard|dashboard|monitoring|framework|summary|update|overview|&|and|integrated|ipr|trust|board|pack|adroddiad|perfformiad|chwarterol|dangosyddion|mesurau|allweddol|blynyddol|chwarter|ch[1-4])$/;

/** How a line that is not a priority name starts. */
const NOT_A_NAME = [
  // "Position at end of Q2", "Data as at 31 December", "Figures to December", "Performance at Q2".
  /^(?:position|data|figures|performance|results|outturn)\s+(?:as\s+)?(?:at|of|to|for)\b/,
  /^(?:as at|as of|at end of|at the end of|up to)\b/,
  // "Produced by the Performance Team", "Last updated on 4 January".
  /^(?:produced|prepared|compiled|maintained|owned|updated|last updated|printed|published|issued|reviewed|approved|checked|generated)\s+(?:by|on|at|in)\b/,
  // "Source: …", "Key:", "Notes", "NB – …", "Date: …", "Version 2".
  /^(?:source|sources|key|legend|rag|rag key|rag rating|rag ratings|rag status|status key|rating key|colour key|color key|notes?|nb|n\.b\.?|please note|comments?|footnotes?|date|report date|run date|version|author|owner|contact|classification|protective marking)\s*(?:[:\-–—]|$)/,
  /^(?:nb|n\.b\.?|note|notes|version)\s/,
  /^page\s+\d+(?:\s+of\s+\d+)?$/,
  /^(?:official|official[- ]sensitive|confidential|restricted|draft|not protectively marked|unclassified|internal(?: use)?(?: only)?)$/,
];

/**
 * A caveat on the figures: "Data not yet validated – September figures are provisional", "Draft – subject to
 * change", "Unvalidated data" (fresh user 10: it named the Prevention priority, two rows under its title).
 * Never a name; one written as a sentence ("All figures are provisional until validated.") still gets the
 * sentence's Check.
 */
const CAVEAT =
  /\b(?:not (?:yet )?(?:validated|verified|final|finalised|finalized|audited|signed off)|unvalidated|unverified|unaudited|provisional|subject to (?:change|revision|validation|audit|amendment|confirmation))\b|^draft\s*(?:[-–—:]|$)/i;

/** One colour of a RAG key: "green =", "amber:", "red –", "blue is". */
const RAG_KEY_ENTRY = /\b(?:green|amber|red|blue|grey|gray)\s*(?:=|:|–|—|-|is\b)/g;

/** True when the line (lower case, trimmed) is not a priority's name: it dates, signs or annotates the table. */
function isNotAName(line: string): boolean {
  const t = line
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '') return true;
  for (const re of NOT_A_NAME) if (re.test(t)) return true;
  // A key to the colours ("Green = on target; Amber = …; Red = …"): a legend, not a name and not a note
  // that might be one (session 9, fresh-user check 3: it was given "If it names the priority, remove its full stop").
  if ((t.match(RAG_KEY_ENTRY) ?? []).length >= 2) return true;
  // Nothing but dates, periods and the words that go with them.
  const words = t
    .replace(/[,()[\]]/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && w !== '-' && w !== '–' && w !== '—');
  return words.every((w) => DATING_WORD.test(w));
}

/** True when a word (lower case) is one a line dating the table or titling the whole report is made of. */
export function isReportWord(word: string): boolean {
  return DATING_WORD.test(word) || REPORT_WORD.test(word);
}

/**
 * True when the whole line titles the report itself, with its dates ("Quarterly performance indicators
 * 2025/26 — Quarter 3"); a line naming something besides ("Key performance indicators – Housing") is a name.
 */
function isReportTitle(line: string): boolean {
  const words = line
    .toLowerCase()
    .replace(/[,()[\]:]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-' && w !== '–' && w !== '—' && w !== '|' && w !== '/');
  return words.length > 0 && words.every(isReportWord);
}

/**
 * An organisation's name followed by the report's title: "Riverside Homes Group — Board KPI report",
 * "Northshire Borough Council | Quarterly performance report". It names whose report it is, not a table:
 * above every subsidiary's or directorate's table it put all of them under one priority (fresh user 6,
 * session 11), so it is passed over for the next line up, else the sheet's name. The first part must end
 * in a word an organisation's name ends in (Group, Council, Trust, Association, Ltd …); "Housing – KPI
 * report" is a directorate's title and still names its table.
 */
function isOrganisationBanner(line: string): boolean {
  const m = /\s+[-–—|]\s+/.exec(line);
  if (!m) return false;
  const head = line.slice(0, m.index).trim();
  return (
    ORGANISATION_END.test(head) && head.split(/\s+/).length >= 2 && isReportTitle(line.slice(m.index + m[0].length))
  );
}

/**
 * A line that could be a banner whatever the organisation is called: a name, then after a dash, bar or
 * colon the report's title naming a report or a quarter ("Northvale Homes — Board Performance Report, Quarter
 * 2 2025/26"), or that title first and the name after it. Alone it may be a directorate's title ("Housing – KPI report"), so it is taken for a banner only
 * where it repeats at the top of several sheets (read/banner-lines.ts; fresh user 14, session 14).
 */
export function namesReportAfterName(line: string): boolean {
  const m = /\s+[-–—|]\s+|\s*:\s+/.exec(line.trim());
  if (!m || m.index === 0) return false;
  const tail = line.trim().slice(m.index + m[0].length);
  const head = line.trim().slice(0, m.index);
  // … or the other way round: "Board Performance Report, Quarter 2 — Northvale Homes".
  return (isReportTitle(tail) && REPORT_OR_QUARTER.test(tail)) || (isReportTitle(head) && REPORT_OR_QUARTER.test(head));
}

/** A word saying a line titles a report or a quarter, not only a date. */
const REPORT_OR_QUARTER =
  /\b(?:reports?|reporting|pack|scorecard|dashboard|kpis?|indicators|performance|monitoring|quarter|quarterly|q[1-4])\b/i;

/** The last word of an organisation's name: "… Housing Group", "… Borough Council", "… NHS Trust", "… Homes Ltd". */
const ORGANISATION_END =
  /\b(?:group|council|trust|association|society|ltd|limited|plc|llp|cic|authority|constabulary|police|partnership|corporation|ha)\.?$/i;

/** "Ensure Children … in life - 2020/21" → "Ensure Children … in life". */
export function stripYear(title: string): string {
  return title.replace(/\s*[-–—:,]?\s*(?:\(?\s*(?:19|20)\d{2}\s*[/\-]\s*\d{2}\s*\)?)\s*$/, '').trim() || title.trim();
}

/**
 * What a title line says of the priority: `name` — the priority's name (the line without its year and
 * without a dating clause after it: "Adult Social Care – position at end of Q2" → "Adult Social Care"),
 * or null when the line is not a name; `unsure` — the line was passed over as reading like a sentence,
 * which is a guess (a Check says so).
 */
export function priorityNameOf(title: string): Readonly<{ name: string | null; unsure: boolean }> {
  // A workbook's title lines are read again on every scoring: each read once (issue 11), the answer
  // frozen and shared.
  let said = SAID.get(title);
  if (said === undefined) {
    if (SAID.size >= 2000) SAID.clear();
    SAID.set(title, (said = Object.freeze(readTitle(title))));
  }
  return said;
}

const SAID = new Map<string, Readonly<{ name: string | null; unsure: boolean }>>();

/**
 * The name without a leading clause that titles the whole report: "Quarterly Performance Report
 * 2025/26 – Housing & Communities" → "Housing & Communities", "Key performance indicators – Housing" →
 * "Housing". Every directorate's table carried the same report title, so the Summary's priorities all
 * began alike and were cut off before the part that tells them apart (session 8 fresh-user check).
 * Only a dash or bar ends the report title ("Resources: Revenues & Benefits" keeps its colon).
 */
function withoutReportTitle(name: string): string {
  const dash = /\s+[-–—|]\s+/g;
  let rest = name;
  for (let m = dash.exec(name); m !== null; m = dash.exec(name)) {
    const head = name.slice(0, m.index);
    if (!isReportTitle(head)) break;
    rest = name.slice(m.index + m[0].length);
  }
  return rest.trim() === '' ? name : rest.trim();
}

/**
 * The name without the organisation's name leading it: "Ashdown Vale District Council — Corporate Plan
 * priority: Homes" → "Corporate Plan priority: Homes" (and so "Homes", priorityBandName), "Northshire County
 * Council – Adult Social Care" → "Adult Social Care". Every priority's title began with the council's name,
 * and the Summary's priorities were its name and a label before the part that tells them apart (fresh user
 * 15); a banner repeated on every sheet is passed over (read/banner-lines.ts), but each sheet's title here
 * differs. The lead is an organisation's name by its last word (Council, Group, Trust … `ORGANISATION_END`),
 * two words or more, before a dash or bar; what follows must be a name, not the report's title. The
 * organisations after the name ("Revenues and Benefits Shared Service — Ashdown Vale District Council and
 * Weald Hill Borough Council") are dropped alike.
 */
function withoutOrganisation(name: string): string {
  const m = /\s+[-–—|]\s+/.exec(name);
  if (!m) return name;
  const head = name.slice(0, m.index).trim();
  const rest = name.slice(m.index + m[0].length).trim();
  const isOrganisation = (t: string) => ORGANISATION_END.test(t) && t.split(/\s+/).length >= 2;
  if (rest === '' || head === '') return name;
  // "Revenues and Benefits Shared Service — Ashdown Vale District Council and Weald Hill Borough Council": the name first.
  if (!isOrganisation(head)) return isOrganisation(rest) && !isReportTitle(head) ? head : name;
  return isReportTitle(rest) ? name : rest;
}

function readTitle(title: string): { name: string | null; unsure: boolean } {
  const trimmed = title.trim();
  const stripped = stripYear(trimmed);
  // Where each separator starts (a loop, not String.prototype.matchAll: the ribbon runs in ES5 webviews too).
  const separators: number[] = [];
  const each = new RegExp(SEPARATOR.source, 'g');
  for (let m = each.exec(stripped); m !== null; m = each.exec(stripped)) separators.push(m.index);
  const parts = stripped.split(SEPARATOR);
  let kept = parts.length;
  // A dating clause after the name is dropped, and so is the report's title ("Vale Homes – Board KPI pack,
  // Quarter 2" names "Vale Homes": session 11).
  while (kept > 1 && (isNotAName(parts[kept - 1].replace(/\)\s*$/, '')) || isReportTitle(parts[kept - 1]))) kept--;
  if (isNotAName(parts[0]) || isReportTitle(trimmed) || isOrganisationBanner(stripped))
    return { name: null, unsure: false };
  // A sentence ("Figures for Q3 are provisional.") is more likely a note than a name.
  if (/[.!?…]$/.test(trimmed) && trimmed.split(/\s+/).length >= 3) return { name: null, unsure: true };
  if (CAVEAT.test(trimmed)) return { name: null, unsure: false };
  const name = closeBrackets(kept === parts.length ? stripped : stripYear(stripped.slice(0, separators[kept - 1])));
  const named = withoutOrganisation(withoutReportTitle(name || stripped));
  // "Priority 1: Preventing crime" names "Preventing crime": the Summary numbers the priorities itself (fresh user 12).
  return { name: priorityBandName(named) ?? named, unsure: false };
}

/**
 * A name cut before a dating clause inside its brackets ("… perception (rolling survey, 2025/26)" → "…
 * perception (rolling survey"): its brackets closed, "… (rolling survey)" (fresh user 14).
 */
function closeBrackets(name: string): string {
  let open = 0;
  for (const ch of name) {
    if (ch === '(') open++;
    else if (ch === ')' && open > 0) open--;
  }
  return open > 0 ? `${name.replace(/[\s,;:–—-]+$/, '')}${')'.repeat(open)}` : name;
}

/**
 * A band row inside a table that names a priority: "Theme 1: Safer Communities", "Priority 2 – Thriving
 * Places", "Outcome 3: People live healthy lives", "Ambition: A greener district" (a word councils head
 * their plan's priorities with, perhaps after the plan's name, an optional number, then a colon or dash). The name without its label:
 * the Summary numbers the priorities itself, and "P1 Theme 1: …" says it twice. Null for any other text
 * ("Revenues and Benefits" stays a sub-heading). Session 9, fresh-user check 3: three themes were read
 * as sub-headings and the Summary showed one priority named after the sheet.
 */
export function priorityBandName(text: string): string | null {
  // The CQC's five domains head an NHS trust's Integrated Performance Report: the groups its counts are by
  // (fresh-user check 5: SAFE … WELL-LED were sub-headings and the report's subtitle the one priority).
  if (NHS_DOMAIN.test(text.trim())) return text.trim();
  const m = PRIORITY_BAND.exec(text.trim());
  if (!m) return null;
  const name = m[1].trim();
  if (name === '' || /[.!?]$/.test(name)) return null;
  // A Welsh council's well-being objectives are known by their numbers (the Well-being of Future Generations
  // Act's objectives, "WBO1"): "Well-being Objective 1: Giving every child …" keeps its number (fresh user 13).
  const objective = WELL_BEING_OBJECTIVE.exec(text.trim());
  return objective ? `Well-being Objective ${objective[1]}: ${name}` : name;
}

/** "Well-being Objective 1:", "Amcan Llesiant 1 / Well-being Objective 1:", "Wellbeing objective 2 –": its number. */
const WELL_BEING_OBJECTIVE =
  /^(?:[^/:]{1,60}\s\/\s)?(?:well[- ]?being objective|amcan llesiant)\s*(?:no\.?\s*)?(\d{1,2}[a-z]?)\s*[:–—-]/i;

/** Safe, Effective, Caring, Responsive, Well-led (and Use of Resources), as a band row's whole text. */
const NHS_DOMAIN = /^(?:safe|effective|caring|responsive|well[- ]?led|use of resources)$/i;

// Before the label, a plan or strategy may be named: "Police and Crime Plan priority 1: …", "Health and
// Wellbeing Strategy outcome 2 – …" (fresh user 4, session 9: a police force's priorities were sub-headings).
// A Welsh council's "Well-being Objective 2: …", perhaps after its Welsh, "Amcan Llesiant 2 / " (session 11,
// helper layouts4: the objectives were read as sub-headings, the whole plan one priority).
const PRIORITY_BAND =
  /^(?:[^/:]{1,60}\s\/\s)?(?:(?:strategic|corporate|council|plan|well[- ]?being)\s+|(?:[a-z&'’]+\s+){0,5}?(?:plan|strategy)\s+)?(?:theme|priority|priorities|outcome|ambition|objective|aim|pillar|mission|amcan llesiant|amcan)\s*(?:no\.?\s*)?(?:\d{1,2}[a-z]?|[ivx]{1,4}|[a-h])?\s*[:–—-]\s*(\S.*)$/i;
