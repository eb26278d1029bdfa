/**
 * Figure columns headed by periods that are no months or quarters of the financial year, for a refusal's
 * mapping hint (session 11, helper layouts4; docs/workbook.md, "Layouts hunted", session 11). Each of
 * these was refused with a mapping that would have read them wrong, or called a comparison table:
 *
 * - **School terms** ("Autumn | Spring | Summer", "Autumn 1 … Summer 2", "Autumn term 2025", "Term 1 | Term 2"), as academy
 *   trusts report attendance: called "one for each organisation or area", or mapped to Q1, Q2, Q3 —
 *   though the autumn term ends in Q3 (December) and the summer term in the next year's Q2 (July). Terms
 *   headed without years in academic order are read (read/school-terms.ts; fresh user 16); these words are
 *   for the others ("Autumn 2025", "Term 1 … Term 6", terms out of order), each half term's month named.
 * - **Quarters of a calendar year** ("Q1 2025", "2025 Q1", "CY Q1"): mapped to Q1 … Q3 in column order,
 *   though "Q1 2025" may be January to March 2025, the financial year's Q4 (as "Q1 2025" in a header
 *   is not read: docs/workbook.md, "Sector layouts").
 * - **Numbered periods** ("P1 … P13"): four-week periods (13 a year, as transport and retail count
 *   them) were mapped to Apr … Oct, or "P1 | P2 | P3" to Q1 … Q3.
 * - **Semesters and half years** ("Semester 1 | Semester 2", "H1 | H2", "H1 2024/25 | H2 2024/25 | H1
 *   2025/26"): mapped to Q1, Q2 (Q3), or "H1" alone to the quarter scored.
 * - **The same period under different names** ("Barnsley Q2 | Doncaster Q2 | Rotherham Q2", a combined
 *   authority's districts): mapped to Q1 … Q4, one district a quarter (`samePeriodEach`).
 *
 * Pure functions of the header texts as typed.
 */

/** "A", "A and B", "A, B and C"; past four, the first three and "…". */
function listed(headers: string[]): string {
  const q = headers.map((h) => `"${h.replace(/\s+/g, ' ')}"`);
  if (q.length > 4) return `${q.slice(0, 3).join(', ')} …`;
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

const loose = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();

/** A school term or half term: "Autumn", "Spring term", "Summer 2", "Aut 1", "Autumn term 2025", "Spring 2026". */
export function isSchoolTerm(header: string): boolean {
  return /^(?:autumn|aut|spring|spr|summer|sum)(?: term)?(?: ?[12]| half term ?[12])?(?: term)?(?: (?:19|20)\d{2}(?:\/\d{2,4})?)?$/.test(
    loose(header),
  );
}

/**
 * A school term by its number, "Term 1", "Term 2 2025/26", "Term 3 (Summer)" (session 12, helper layouts5: an
 * academy trust's "Term 1 | Term 2 | Term 3" was given a mapping to Q1 and Q2, though Term 1 is the autumn
 * term, which ends in December, Q3). A trust of six terms numbers its half terms 1 … 6.
 */
export function isNumberedTerm(header: string): boolean {
  return /^term ?[1-6](?: (?:autumn|spring|summer)(?: term)?)?(?: (?:19|20)\d{2}(?:\/\d{2,4})?)?$/.test(loose(header));
}

/** A quarter of a calendar year: "Q1 2025", "2025 Q1", "Q1 CY2025", "CY Q1", "Calendar Q1", "Cal Qtr 1". */
export function isCalendarQuarter(header: string): boolean {
  const h = loose(header).replace(/\bquarter\b|\bqtr\b/g, 'q');
  return (
    /^q ?[1-4] (?:cy ?)?(?:19|20)\d{2}$/.test(h) ||
    /^(?:cy ?)?(?:19|20)\d{2} q ?[1-4]$/.test(h) ||
    /^(?:cy|cal|calendar|calendar year) q ?[1-4]$/.test(h) ||
    /^q ?[1-4] (?:cy|cal|calendar|calendar year)$/.test(h)
  );
}

/**
 * A calendar quarter's number with its months, "Q1 (Jan-Mar)", "Q2 Apr–Jun", "Qtr 4 (Oct to Dec)": the
 * label numbers the quarter from January, so the financial year's reading disagrees with the months and
 * the header is not read (periods.ts); false for "Q1 (Apr-Jun)" (read) and any other header.
 */
export function isCalendarQuarterByMonths(header: string): boolean {
  const m = /^(?:q|qtr|quarter) ?([1-4]) (jan|apr|jul|oct)[a-z]* (?:to )?(mar|jun|sep|dec)[a-z]*$/.exec(loose(header));
  if (!m) return false;
  const starts = ['jan', 'apr', 'jul', 'oct'].indexOf(m[2]) + 1;
  const ends = { mar: 1, jun: 2, sep: 3, dec: 4 }[m[3] as 'mar' | 'jun' | 'sep' | 'dec'];
  return Number(m[1]) === starts && ends === starts;
}

/**
 * A numbered period headed short: "P1", "P 07", "Per 3", "Prd 13" (1 to 13); null for any other header.
 * ("Period 1" … is left to the refusal's own words, which already suggest no mapping for it.)
 */
export function periodNumber(header: string): number | null {
  const m = /^(?:p|per|prd) ?0?(\d{1,2})$/.exec(loose(header));
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 13 ? n : null;
}

/**
 * Why figure columns with these headers are not suggested as periods, and how to head or map them: a
 * clause for the refusal (after "; "), or null when they are none of the above. Shape: the headers
 * not understood (of figures or empty), in column order. Terms, semesters and numbered periods need two
 * or more of a kind (one "Autumn" or "P1" column alone may be anything); a calendar quarter ("Q1 2025")
 * or a half year ("H1") says what it is alone.
 */
export function periodAdvice(headers: string[]): string | null {
  const numberedTerms = headers.filter(isNumberedTerm);
  if (numberedTerms.length >= 2)
    return (
      `its columns ${listed(numberedTerms)} are school terms, which are no quarters of the financial year (April to March), ` +
      `so no mapping is suggested; map each term's column to the month it ends in — in a year of three terms, Term 1 ` +
      `(autumn) to Dec, Term 2 (spring) to Apr and Term 3 (summer) to Jul; in a year of six, Term 1 to Oct, Term 2 to Dec, ` +
      `Term 3 to Feb, Term 4 to Apr, Term 5 to May and Term 6 to Jul — and keep them in their order: months after March ` +
      `are read as the next financial year's, so the summer's figure is the latest`
    );
  const terms = headers.filter(isSchoolTerm);
  if (terms.length >= 2)
    return (
      `its columns ${listed(terms)} are school terms, which are no quarters of the financial year (April to March), ` +
      `so no mapping is suggested; map each term's column to the month it ends in — Autumn 1 to Oct, Autumn 2 to Dec, ` +
      `Spring 1 to Feb, Spring 2 to Apr, Summer 1 to May and Summer 2 to Jul (a whole term: autumn to Dec, spring to Apr, ` +
      `summer to Jul) — and keep them in their order: months after March are read as the next financial year's, so the ` +
      `summer's figure is the latest (headed without years, "Aut 1" … "Sum 2" in that order, they are read so without a mapping)`
    );
  const semesters = headers.filter((h) => /^(?:semester|sem|trimester|tri) ?[1-3]\b/.test(loose(h)));
  if (semesters.length >= 2)
    return (
      `its columns ${listed(semesters)} are parts of an academic year, which are no quarters of the financial year ` +
      `(April to March), so no mapping is suggested; map each to the month it ends in (a semester ending in January ` +
      `to Jan, one ending in June to Jun), leaving out ("ignore") any that ends in another financial year`
    );
  const halves = headers.filter((h) => /^h ?[12](?: (?:fy ?)?\d{2,4}(?:\/\d{2,4})?)?$/.test(loose(h)));
  if (halves.length >= 1)
    return (
      `its columns ${listed(halves)} are half years, which are no quarters, so no mapping is suggested; if the year ` +
      `runs from April, the first half's figure stands for September (Q2) and the second's for March (Q4): map ` +
      `this year's "H1" to Q2 and "H2" to Q4 (any of last year's to ignore), or head them by their months ` +
      `("Apr-Sep") if the year runs from January`
    );
  const numberedByMonths = headers.filter(isCalendarQuarterByMonths);
  if (numberedByMonths.length >= 1)
    return (
      `its columns ${listed(numberedByMonths)} number the quarters of a calendar year (Q1 is January to March), not ` +
      `of the financial year (Q1 is April to June), so they were not read and no mapping is suggested; head each ` +
      `by its months alone ("Jan-Mar", "Apr-Jun"), which are read in either year, and score again`
    );
  const calendar = headers.filter(isCalendarQuarter);
  if (calendar.length >= 1) {
    // The headers' own year in the examples where they give one: "Q1 2025" → "Q1 2025/26", "Jan-Mar 2025".
    const y = Number(/(?:19|20)\d{2}/.exec(calendar[0])?.[0] ?? 2025);
    const fy = `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
    return (
      `its columns ${listed(calendar)} name quarters of a calendar year, and "${calendar[0].replace(/\s+/g, ' ')}" may be ` +
      `January to March (the financial year's Q4) or April to June (its Q1), so no mapping is suggested; head each ` +
      `with its financial year ("Q1 ${fy}") if the year runs from April, or with its months ("Jan-Mar ${y}") if ` +
      `from January, and score again`
    );
  }
  const numbered = headers.filter((h) => periodNumber(h) !== null);
  if (numbered.length >= 2) {
    const thirteen = numbered.some((h) => periodNumber(h) === 13);
    return thirteen
      ? `its columns ${listed(numbered)} are four-week periods (13 a year), which are no months or quarters, so no ` +
          `mapping is suggested; give each month one column ("Apr" … "Mar") or each quarter one ("Q1" … "Q4") holding ` +
          `its figure, and score again`
      : `its columns ${listed(numbered)} number periods, which may be months from April or four-week periods ` +
          `(13 a year), so no mapping is suggested; if they are months, map "${numbered[0].replace(/\s+/g, ' ')}" ` +
          `to Apr and each next one to the next month; if four-week periods, give each month one column holding its ` +
          `figure, and score again`;
  }
  return null;
}

/** The quarter or month a header names beside other words: "Barnsley Q2" → "q2", "Sep-25 Bury" → "sep"; null when none. */
function periodToken(header: string): { token: string; rest: string } | null {
  const h = loose(header);
  const m =
    /(?:^|\s)(q ?[1-4])(?:\s|$)/.exec(h) ??
    /(?:^|\s)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: ?\d{2,4})?(?:\s|$)/.exec(h);
  if (!m) return null;
  const rest = (h.slice(0, m.index) + ' ' + h.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  return { token: m[1].replace(' ', '').slice(0, 3), rest };
}

/**
 * Headers naming one period beside different words — "Barnsley Q2 | Doncaster Q2 | Rotherham Q2" — a
 * column for each district or organisation, never periods in order: the headers so named (two or more
 * with one period), or none. Words that say what the figure is ("Actual", "Target", a year) do not count
 * as a difference.
 */
export function samePeriodEach(headers: string[]): string[] {
  const byToken = new Map<string, { header: string; rest: string }[]>();
  for (const header of headers) {
    const t = periodToken(header);
    if (!t || t.rest === '' || FIGURE_WORDS.test(t.rest)) continue;
    const list = byToken.get(t.token) ?? [];
    list.push({ header, rest: t.rest });
    byToken.set(t.token, list);
  }
  for (const list of byToken.values())
    if (list.length >= 2 && new Set(list.map((x) => x.rest)).size === list.length) return list.map((x) => x.header);
  return [];
}

/** Words after a period that say what its figure is, not whose: "Q2 Actual", "Q2 2025/26", "Q2 Target". */
const FIGURE_WORDS =
  /^(?:actual|actuals|act|value|result|target|plan|forecast|ytd|cumulative|outturn|performance|perf|figure|data|no|number|count|rate|total|percent|pct|numerator|denominator|score|median|mean|average|avg|rag|status|%|(?:19|20)\d{2}(?:\/\d{2,4})?|\d{2}\/\d{2}|\d{4}\/\d{2}|last year|previous year|this year)$/;
