/**
 * Header recognition: what a header cell's text means, by name, case- and space-insensitive
 * (docs/workbook.md, “Tables”). Also reads the names an analyst's column mapping uses.
 */
import { toDateSpan } from './to-date-span';
import { FIELDS, type ColumnRole, type Field } from '../model';
import {
  MONTH_NAMES,
  financialYearLabel,
  findFinancialYear,
  monthAndYearOfDateSerial,
  parsePeriodHeader,
} from '../periods';
import { normaliseText } from './values';
import { isWelsh, twoLanguageHalves, welshHeadingInEnglish } from './welsh';
import { rollingQuarterHeader } from './rolling-quarter';
import type { CellValue, MonthNumber, QuarterNumber } from '../model';

/** Header words for each field, after normalising (lower case, single spaces, no trailing "?"/":"). */
const FIELD_PATTERNS: [Field, RegExp][] = [
  [
    'ref',
    /^(ref|ref\.|reference|ref no|ref number|reference number|reference no|code|pi ref|pi reference|pi code|kpi ref|indicator ref|measure ref|id)$/,
  ],
  [
    'name',
    /^(performance indicator|indicator|indicator name|measure|measure name|kpi|kpi name|pi|pi name|performance measure|description|indicator description)$/,
  ],
  [
    'polarity',
    /^(higher ?\/ ?lower is better|higher or lower is better|higher ?\/ ?lower|is higher or lower better|lower ?\/ ?higher is better|lower or higher is better|lower ?\/ ?higher|is lower or higher better|polarity|good is|good performance is|better is|direction of improvement)$/,
  ],
  [
    'outturn',
    /^((\d{2}\/\d{2}|\d{4}\/\d{2}|\d{4}-\d{2}) outturn|outturn|previous year outturn|last year outturn|prior year outturn|baseline)$/,
  ],
  [
    'target',
    /^((\d{2}\/\d{2}|\d{4}\/\d{2}|\d{4}-\d{2}) target|target|annual target|target \d{2}\/\d{2}|target \d{4}\/\d{2}|year end target|year-end target|yearly target)$/,
  ],
  [
    'variance',
    /^(% variance from target|% variance|variance from target|variance %|% variance to target|variance to target|% var|variance)$/,
  ],
  ['dot', /^(dot|d\.o\.t\.?|direction of travel|direction)$/],
  ['trend', /^(trend|12 month trend|12-month trend|annual trend|trend \(same quarter last year\))$/],
  [
    'quartile',
    /^(comparative performance|comparator performance|quartile|comparator quartile|comparative quartile|benchmark quartile|comparative)$/,
  ],
  ['tier', /^(tier|pi tier)$/],
  ['profile', /^(profile|target profile|profiling)$/],
  ['tolerance', /^(tolerance|tolerance %|% tolerance|amber tolerance|amber threshold)$/],
  ['status', /^(status|rag|rag status|rag rating|performance vs\.? target|performance against target)$/],
  // Issue 7: more spellings of a typed Status / RAG column; a two-sided indicator's bands; the tolerance mode.
  // (Not "Current status": it may hold a project's progress, and a Status column is written. "Rating" is read below, in FIELD_WORDS.)
  [
    'status',
    /^(performance status|traffic light|traffic light status|rag traffic light|status vs\.? target|status against target)$/,
  ],
  [
    'greenBand',
    /^(green band|green tolerance|green range|green within|green if within|green threshold|green ±|green \+\/-)( ?%| \(%\)| \(±%?\))?$/,
  ],
  ['amberBand', /^(amber band|amber range|amber within|amber if within|amber ±|amber \+\/-)( ?%| \(%\)| \(±%?\))?$/],
  [
    'toleranceMode',
    /^(tolerance mode|tolerance type|tolerance unit|tolerance units|tolerance basis|tolerance measured as|tolerance method|tolerance in)$/,
  ],
  // Session 8, noticed items 2 and 3: an annual indicator is not due before its quarter (read/frequency.ts).
  ['frequency', /^(frequency|reporting frequency|frequency of reporting|when reported|reporting cycle)$/],
];

export function normaliseHeader(v: CellValue): string {
  return normaliseText(v)
    .replace(/[?:*]+$/g, '')
    .trim();
}

/**
 * What a header cell says, or null when it is not a header this product knows. A number is a month
 * when it is a date (Excel turns "Apr-20" typed in a header into 1 April 2020).
 */
export function recogniseHeader(v: CellValue): ColumnRole | null {
  if (typeof v === 'number') {
    const date = monthAndYearOfDateSerial(v);
    return date ? { kind: 'month', month: date.month, year: date.year } : null;
  }
  if (typeof v !== 'string') return recogniseHeaderCell(v);
  // Every run asks again what the same header texts (and the cells of rows looked at for headers) say:
  // each text is recognised once and its role shared, frozen, never changed (issue 11).
  let role = RECOGNISED.get(v);
  if (role === undefined) {
    if (RECOGNISED.size >= 20000) RECOGNISED.clear();
    const read = recogniseHeaderCell(v);
    RECOGNISED.set(v, (role = read === null ? null : Object.freeze(read)));
  }
  return role;
}

/** Header texts recognised so far, by the text as the cell holds it. */
const RECOGNISED = new Map<string, ColumnRole | null>();

function recogniseHeaderCell(v: CellValue): ColumnRole | null {
  const h = normaliseHeader(v);
  if (h === '') return null;
  const role = recogniseHeaderText(h);
  if (role !== null) return role;
  // The unit in brackets after the header's words: "Target (£m)", "Q1 (%)", "Outturn (days)".
  const bare = h.replace(HEADER_UNIT, '').trim();
  const unitless = bare !== h && bare !== '' ? recogniseHeaderText(bare) : null;
  return unitless ?? periodWithStatusNote(h) ?? bilingualHeader(v) ?? welshHeader(v);
}

/**
 * A heading in Welsh alone ("Amlder", "Sylwadau", "Targed 2025/26", "Gwirioneddol Ch1"), read as its English
 * words are (welsh.ts, `WELSH_HEADING_WORDS`; fresh-user check 13).
 */
function welshHeader(v: CellValue): ColumnRole | null {
  if (typeof v !== 'string') return null;
  const english = welshHeadingInEnglish(v);
  return english === null ? null : readHalf(english);
}

/** One half of a header, or a translated one, read with its unit in brackets passed over. */
function readHalf(half: string): ColumnRole | null {
  const h = normaliseHeader(half);
  const bare = h.replace(HEADER_UNIT, '').trim();
  return recogniseHeaderText(h) ?? (bare !== h && bare !== '' ? recogniseHeaderText(bare) : null);
}

/**
 * A period header with a note on how firm its figures are: "Oct-25 (provisional)", "Q2 (P)", "Sep-25
 * unvalidated", "Oct-25 (draft)" — the period, as "Oct-25*" is (session 10, helper layouts3: an IPR's
 * latest month so marked was not read, its figure left out and the quarter before scored). Only a period;
 * never a forecast or an estimate, which are not the period's figure.
 */
function periodWithStatusNote(h: string): ColumnRole | null {
  const bare = h.replace(STATUS_NOTE, '').trim();
  if (bare === h || bare === '') return null;
  const role = recogniseHeaderText(bare);
  return role !== null && (role.kind === 'month' || role.kind === 'quarter' || role.kind === 'year') ? role : null;
}

/** "(provisional)", "(P)", "(prov.)", "(draft)", "(unvalidated)", "(interim)", or the word after the period. */
const STATUS_NOTE =
  /\s*(?:[([]\s*(?:provisional|prov\.?|p|draft|unvalidated|not validated|not yet validated|subject to validation|unverified|interim|flash|validated|final|revised|r)\s*[)\]]|[-–]?\s*(?:provisional|unvalidated|draft|interim))$/;

/**
 * A header in two languages, as Welsh councils print them: "Targed / Target", "Ch1 / Q1", "Dangosydd\nIndicator"
 * (helper hunt3). Each half after a " / " or a line break is recognised on its own; the header means what
 * the halves recognised say when they agree, and nothing when they disagree ("Target / Actual", "Q1 / Apr").
 * Only where the whole header is not recognised, so "Higher / Lower is better?" keeps its meaning.
 */
function bilingualHeader(v: CellValue): ColumnRole | null {
  if (typeof v !== 'string') return null;
  const halves = twoLanguageHalves(v);
  if (halves === null) return null;
  let found: ColumnRole | null = null;
  let welsh: ColumnRole | null = null;
  for (const half of halves) {
    const role = readHalf(half);
    // A half not read must be Welsh: "Actual / Forecast", "Outturn / Forecast" are no translations. Its
    // English words (welsh.ts) say what the header means where the other half is not read ("Amlder / Freq.").
    if (role === null) {
      if (!isWelsh(half)) return null;
      const english = welshHeadingInEnglish(half);
      welsh = english === null ? null : readHalf(english);
      continue;
    }
    if (found !== null && JSON.stringify(found) !== JSON.stringify(role)) return null;
    found = role;
  }
  return found ?? welsh;
}

/** A header without the unit in brackets at its end ("Q3 Target (£m)" → "Q3 Target"). */
export function withoutHeaderUnit(header: string): string {
  return header.replace(HEADER_UNIT, '').trim() || header;
}

/** A unit in brackets at the end of a header: "(£m)", "(%)", "(days)", "(£000s)", "(no.)", "(per 1,000)". */
const HEADER_UNIT =
  /\s*[([]\s*(?:[£$€]\s*(?:m|k|bn|000s?|'000s?|millions?|thousands?)?|%|pp|m|k|000s?|'000s?|days?|working days|hrs?|hours?|mins?|minutes?|secs?|seconds?|weeks?|wks?|months?|no\.?|nos\.?|number|count|rate|percent|percentage|per [\d,]+(?: [a-z]+)?)\s*[)\]]$/;

function recogniseHeaderText(h: string): ColumnRole | null {
  for (const [field, re] of FIELD_PATTERNS) if (re.test(h)) return { kind: 'field', field };
  const ly =
    /^(?:last year|previous year|prior year|prev year|prev yr|last yr|prior yr|py|same quarter last year|ly)\s*(?:q|qtr|quarter)\s*([1-4])$/.exec(
      h,
    ) ??
    // "Q3 LY", "Q3 last yr", "Q3 Prev Year" as well (helper multiyear).
    /^(?:q|qtr|quarter)\s*([1-4])\s*(?:last year|previous year|prior year|prev year|prev yr|last yr|prior yr|ly|py)$/.exec(
      h,
    );
  if (ly) return { kind: 'lastYearQuarter', quarter: Number(ly[1]) as QuarterNumber };
  const loose = looseHeader(h);
  if (CURRENT_WORDS.has(loose.replace(/ /g, ''))) return { kind: 'current' };
  const period = parsePeriodHeader(h);
  if (period) return period;
  // "Rolling 12 months to Sep-25", "12 months ending Sep 2025", "Year to Jun-25": a rolling year's figure
  // stands for the month it ends with, as police and fire services report crime and incidents.
  const rolling = /^(?:rolling )?(?:12 months?|twelve months|year|r12m?) (?:to|ending|ended) (.+)$/.exec(h);
  const ending = rolling ? parsePeriodHeader(rolling[1]) : null;
  if (ending?.kind === 'month') return ending;
  // "Quarter ending Mar 2025", "Qtr to Sep-25", "(Rolling) 3 months to Jun 2025": the quarter that month ends (session
  // 11, helper layouts4: refused, as they were); a month that ends no quarter is not read.
  const quarterEnding = /^(?:rolling )?(?:quarter|qtr|q|3 months|three months) (?:to|ending|ended) (.+)$/.exec(h);
  const ends = quarterEnding ? parsePeriodHeader(quarterEnding[1]) : null;
  if (ends?.kind === 'month' && ends.month % 3 === 0) {
    const quarter = (ends.month / 3) as QuarterNumber;
    return ends.year === undefined ? { kind: 'quarter', quarter } : { kind: 'quarter', quarter, year: ends.year };
  }
  // "Apr-Sep 25": the year to date at Q2, read as Q2's column saying to date (to-date-span.ts; layouts7).
  const span = toDateSpan(h);
  if (span) return span;
  // "Q2 rolling", "Q2 (rolling)", "Rolling Q2": the quarter's figure, a rolling year reported at it (rolling-quarter.ts).
  const rollingQuarter = rollingQuarterHeader(h);
  if (rollingQuarter) return rollingQuarter;
  // "Month 6", "M6", "M06": the financial year's sixth month, September, as NHS and council finance
  // reports number them (month 1 is April).
  const numbered = /^(?:m|mth|month) ?0?([1-9]|1[0-2])$/.exec(h);
  if (numbered) return { kind: 'month', month: Number(numbered[1]) as MonthNumber };
  const field = FIELD_WORDS.get(withoutYear(loose).replace(/ /g, ''));
  return field ? { kind: 'field', field } : null;
}

/**
 * A header cell with case, spaces, punctuation and line breaks ignored: "Higher/Lower\nis better?" →
 * "higher lower is better". Percent signs are kept ("% variance").
 */
export function looseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

function withoutYear(loose: string): string {
  const fy = findFinancialYear(loose.replace(/(\d{2,4}) (\d{2,4})/, '$1/$2'));
  return fy ? looseHeader(fy.rest) : loose;
}

/**
 * "Actual", "Result", "Value", "Latest" alone: the value of the quarter being scored (issue 7). The
 * run's quarter says which one; see docs/workbook.md for what happens when the run does not say.
 */
const CURRENT_WORDS = new Set([
  'actual',
  'act', // terse, beside "Tgt" (helper hunt3)
  'actuals',
  'result',
  'value',
  'latest',
  'latestvalue',
  'latestactual',
  'latestresult',
  'latestdata',
  'latestposition',
  'latestperformance',
  'currentvalue',
  'currentperformance',
  'currentposition',
  'thisquarter',
  'currentquarter',
  'quarteractual',
  'quarterresult',
  'quartervalue',
  'current',
  'ytdactual',
  'ytdvalue',
  'ytdresult',
  'actualytd',
  'actualtodate',
  'yeartodateactual',
  'latestytd',
]);

/**
 * More header words for each field, compared with case, spaces, punctuation, line breaks and a
 * financial year ignored (so "Target 2023/24", "PI\nCode" and "Good is:" are read), from the published
 * scorecards of UK councils, NHS trusts, police and fire services and housing providers (issue 7).
 * Only words that cannot be mistaken for another column: "Benchmark" (a figure or a quartile?) and
 * "Performance" (a value or a status?) are not here.
 */
const FIELD_WORDS = new Map<string, Field>(
  (
    [
      [
        'ref',
        [
          'ref',
          'reference',
          'refno',
          'refnumber',
          'code',
          'id',
          'no',
          'piref',
          // A housing provider's tenant satisfaction measure codes, "TP01", "RP02" (session 10, helper layouts3).
          'tsm',
          'tsmcode',
          'tsmref',
          'picode',
          'pino',
          'pinumber',
          'piid',
          'kpiref',
          'kpicode',
          'kpino',
          'kpiid',
          'kpinumber',
          'measureid',
          'measureref',
          'measurecode',
          'measureno',
          'indicatorid',
          'indicatorref',
          'indicatorcode',
          'indicatorno',
          'metricid',
          'metricref',
          'metriccode',
          'niref',
          'bvpi',
          'ascofref',
          'ascofcode',
          'tsmref',
          'tsmcode',
          // Welsh (helper hunt3): "Cyf" (Cyfeirnod), as Welsh councils head the ref.
          'cyf',
          'cyfeirnod',
          // Data Cymru's performance accountability measures, "PAM/030", and Scotland's LGBF codes, "CHN1"
          // (session 11, helper layouts4): a column headed so holds the codes.
          'pam',
          'pamref',
          'pamcode',
          'lgbfcode',
          'lgbfref',
        ],
      ],
      [
        'name',
        [
          'performanceindicator',
          'indicator',
          'indicatorname',
          'indicatortitle',
          'measure',
          'measurename',
          'measuredescription',
          'measuretitle',
          'kpi',
          'kpiname',
          'kpidescription',
          'kpititle',
          'pi',
          'piname',
          'pidescription',
          'pititle',
          'performancemeasure',
          'keyperformanceindicator',
          'description',
          'indicatordescription',
          'metric',
          'metricname',
          'metricdescription',
          'performanceindicatorname',
          // Welsh (helper hunt3): "Dangosydd" (indicator), "Mesur" (measure), "Dangosydd perfformiad".
          'dangosydd',
          'mesur',
          'dangosyddperfformiad',
          // Northern Ireland councils' statutory indicators (session 11, helper layouts4): the table was
          // refused for want of an indicator-name column.
          'statutoryindicator',
          'statutoryperformanceindicator',
          'statutorymeasure',
        ],
      ],
      [
        'polarity',
        [
          'polarity',
          'targetdirection',
          'aim',
          'goodis',
          'goodperformanceis',
          // A London borough's "Good performance" over High / Low (session 12, helper layouts5: refused, asking to map it).
          'goodperformance',
          'betterif',
          'betteris',
          'higherlowerisbetter',
          'higherorlowerisbetter',
          'higherlower',
          'isbetterhigherorlower',
          'ishigherorlowerbetter',
          'directionofimprovement',
          'directionofgoodperformance',
          'preferreddirection',
          'desireddirection',
          'gooddirection',
          'highorlow',
          'highorlowisgood',
          'highisgood',
          'higherisbetter',
          'performancedirection',
          // The choices written into the header (helper layouts): "Good is: High/Low", "High/Low", "Higher/Lower better".
          'goodishighlow',
          'goodishigherlower',
          'goodishighorlow',
          'goodishigherorlower',
          'highlow',
          'higherlowerbetter',
          'polarityhighlow',
          // Welsh (session 11, helper layouts4): "Polaredd", "Gwell os" (better if).
          'polaredd',
          'gwellos',
          // "HIB/LIB" (higher / lower is better), as council performance teams head it (helper layouts6).
          'hiblib',
          'hiborlib',
          'hibandlib',
        ],
      ],
      [
        'target',
        [
          'target',
          'annualtarget',
          'yearendtarget',
          'yearlytarget',
          'goal',
          'plan',
          'targetvalue',
          'targetannual',
          'fullyeartarget',
          'standard',
          'nationalstandard',
          'operationalstandard',
          'targetthreshold',
          'annualgoal',
          'annualplan',
          // Terse and Welsh (helper hunt3): "Tgt", "Targ", "Annual Tgt"; "Targed" (Welsh for target).
          'tgt',
          'targ',
          'trgt',
          'annualtgt',
          'targed',
          'targedblynyddol',
          // The year's goal headed short (session 8 fresh-user check: "Yr Goal" was not understood, and
          // the refusal's mapping left it out, so every indicator came out "No target").
          'yrgoal',
          'yeargoal',
          'yrtarget',
          'yeartarget',
          'yrtgt',
          'fytarget',
          'fygoal',
          'yearendgoal',
          'fullyeargoal',
          'annualaim',
          // Northern Ireland's statutory standards and targets (session 11, helper layouts4).
          'statutorystandard',
          'statutorytarget',
        ],
      ],
      [
        'outturn',
        [
          'outturn',
          'previousyearoutturn',
          'lastyearoutturn',
          'prioryearoutturn',
          'baseline',
          'outturnlastyear',
          'previousyear',
          'lastyear',
          'prioryear',
          // Terse (helper hunt3): "Last yr", "Prev yr", "LY outturn".
          'lastyr',
          'prevyr',
          'prevyear',
          'previousyr',
          'prioryr',
          'lyoutturn',
        ],
      ],
      [
        'variance',
        [
          '%variancefromtarget',
          '%variance',
          'variancefromtarget',
          'variance%',
          '%variancetotarget',
          'variancetotarget',
          '%var',
          'variance',
          'varianceagainsttarget',
        ],
      ],
      // "Dir" (terse, helper hunt3) as "Direction": Higher / Lower in it is the polarity, Up / Down is refused.
      ['dot', ['dot', 'directionoftravel', 'direction', 'dir']],
      ['trend', ['trend', '12monthtrend', 'annualtrend', 'longtermtrend']],
      [
        'quartile',
        [
          'comparativeperformance',
          'comparatorperformance',
          'quartile',
          'comparatorquartile',
          'comparativequartile',
          'benchmarkquartile',
          'comparative',
          'nationalquartile',
          'quartileposition',
          'housemarkquartile',
          // Where the council stands in its nation's or benchmarking group's quartiles (session 10, helper layouts3).
          'walesquartile',
          'welshquartile',
          'allwalesquartile',
          'scotlandquartile',
          'scottishquartile',
          'lgbfquartile',
          'englandquartile',
          'familygroupquartile',
          'housemarkquartileposition',
        ],
      ],
      ['tier', ['tier', 'pitier']],
      ['profile', ['profile', 'targetprofile', 'profiling']],
      ['tolerance', ['tolerance', 'tolerance%', '%tolerance', 'ambertolerance', 'amberthreshold']],
      [
        'status',
        ['status', 'rag', 'ragstatus', 'ragrating', 'performancevstarget', 'performanceagainsttarget', 'rating'],
      ],
    ] as [Field, string[]][]
  ).flatMap(([field, words]) => words.map((w) => [w, field] as [string, Field])),
);

/**
 * Header words that count only when the table has no column of that meaning otherwise: "Trajectory"
 * is the target only where there is no Target (or Goal, Plan …) column (issue 7).
 */
export function recogniseFallbackHeader(v: CellValue): ColumnRole | null {
  if (typeof v !== 'string') return null;
  const w = withoutYear(looseHeader(normaliseHeader(v))).replace(/ /g, '');
  // "Annual trajectory", "Year end trajectory" (fresh user 11) as "Trajectory".
  if (/^(?:annual|yearend|fullyear)?(?:target)?trajectory$/.test(w)) return { kind: 'field', field: 'target' };
  return null;
}

/**
 * A year's budget as a column header ("Annual budget", "Full year budget £k", "FY budget", "Annual revenue
 * budget"): the target, read as the year's, only where the table has no Target (or Goal, Plan, Trajectory …)
 * column (session 13: "Annual budget" beside month spend was not understood, and every line came out "No
 * target"). The header says the year's, so rules/annual-to-date.ts measures the spend to date against the
 * year's share elapsed (read/annual-words.ts), and in a table with no Higher / Lower column each line's label
 * says which way is better (read/budget-lines.ts). Not "Budget YTD" or "Budget to date": a budget to date is a
 * period's target, read/target-to-date.ts's.
 */
export function recogniseAnnualBudgetHeader(v: CellValue): ColumnRole | null {
  if (typeof v !== 'string') return null;
  // A money unit after it ("£k", "(£000s)") is allowed: "Full year budget £k".
  const w = withoutYear(looseHeader(normaliseHeader(v))).replace(/ /g, '');
  if (
    /^(?:annual|fullyear|wholeyear|yearly|fy|yearend)(?:revenue|net|gross|approved|original|revised)?budget(?:k|m|bn|000s?)?$/.test(
      w,
    )
  )
    return { kind: 'field', field: 'target' };
  return null;
}

/**
 * What a mapping value names: "target", "Dec", "Q3", "Last year Q3", "ignore".
 * Null when it names nothing the product knows.
 */
export function parseMappingTarget(value: string): ColumnRole | null {
  const t = value.trim();
  if (/^ignore$/i.test(t)) return { kind: 'ignore' };
  const field = FIELDS.find((f) => f.toLowerCase() === t.toLowerCase());
  if (field) return { kind: 'field', field };
  return recogniseHeader(t);
}

/** What the analyst sees for a role, e.g. in "found Ref, Target, Apr…Dec". */
export function describeRole(role: ColumnRole): string {
  switch (role.kind) {
    case 'field':
      return FIELD_LABELS[role.field];
    case 'month':
      return role.year === undefined
        ? MONTH_NAMES[role.month - 1]
        : `${MONTH_NAMES[role.month - 1]} ${financialYearLabel(role.year)}`;
    case 'quarter':
      return role.year === undefined ? `Q${role.quarter}` : `Q${role.quarter} ${financialYearLabel(role.year)}`;
    case 'lastYearQuarter':
      return `Last year Q${role.quarter}`;
    case 'year':
      return financialYearLabel(role.year);
    case 'current':
      return 'Actual (the quarter scored)';
    case 'ignore':
      return 'ignored';
  }
}

export const FIELD_LABELS: Record<Field, string> = {
  tier: 'Tier',
  ref: 'Ref',
  name: 'Performance Indicator',
  polarity: 'Higher / Lower is better?',
  outturn: 'Previous year outturn',
  target: 'Target',
  profile: 'Profile',
  tolerance: 'Tolerance',
  variance: '% Variance from Target',
  status: 'Status',
  dot: 'DOT',
  trend: 'Trend',
  quartile: 'Comparative Performance',
  greenBand: 'Green band',
  amberBand: 'Amber band',
  toleranceMode: 'Tolerance mode',
  frequency: 'Frequency',
};
