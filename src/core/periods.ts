/** The financial year: April to March, months 1 … 12, quarters 1 … 4. */
import type { IndicatorTable, MonthNumber, QuarterNumber } from './model';

export const MONTH_NAMES = [
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'Jan',
  'Feb',
  'Mar',
] as const;
/** How the report writes months in sentences ("carried forward from Sept"). */
const MONTH_SPOKEN = [
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Jan',
  'Feb',
  'March',
] as const;

export function monthName(m: MonthNumber | number): string {
  return MONTH_NAMES[m - 1];
}

/** A month's number (1 = April) from its name as MONTH_NAMES writes it ("Sep"); 0 for any other text, or none. */
export function monthNumber(name: string | null): number {
  return MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
}

export function spokenMonth(m: MonthNumber | number): string {
  return MONTH_SPOKEN[m - 1];
}

/**
 * The one home for the name of the period a figure stands for, in a finding's sentence and in the
 * Highlights sheet's Period column alike (helper misread: a quarterly table's Highlights said "Dec" where
 * its findings said "Sept" and the analyst typed "Q3"): a quarterly table's quarter ("Q2"), an annual
 * table's financial year ("2025/26", as its column is headed; helper wording, session 9: "March" named a
 * column headed "2025/26"), else the month as the report writes it ("Sept", "June", "Dec"). `month`: 1 =
 * April, or its short name ("Sep"). `lastYear`: the figure is last financial year's (an annual table's
 * "2024/25"; months and quarters are named as before).
 */
export function periodName(
  month: MonthNumber | number | string,
  naming: PeriodNaming = 'months',
  lastYear = false,
): string {
  if (typeof naming === 'object') return lastYear ? naming.lastYear : naming.year;
  const m = typeof month === 'string' ? monthNumber(month) : month;
  return naming === 'quarters' ? `Q${quarterOfMonth(m)}` : spokenMonth(m);
}

/**
 * How a table's periods are named: by quarter where its columns are quarters, by financial year where they
 * are years (`year` the year scored, `lastYear` the one before: "2025/26", "2024/25"), else by month.
 */
export type PeriodNaming = 'months' | 'quarters' | { readonly year: string; readonly lastYear: string };

/** One naming per year label, shared by every row of every annual table of that year (issue 11). */
const YEAR_NAMING = new Map<string, PeriodNaming>();

/**
 * A table's period naming: quarters for a table of quarter columns ("Q1 | Q2 | Q3 | Q4"); its year for an
 * annual table ("2022/23 | 2023/24": a year stands for March, but is named as headed); months for month
 * columns and one value column ("Actual", whose rows may each name a month: "Aug-25").
 */
export function periodNaming(table: Pick<IndicatorTable, 'cadence' | 'currentColumn' | 'yearLabel'>): PeriodNaming {
  if (table.cadence === 'annual' && table.yearLabel) return yearNaming(table.yearLabel);
  return table.cadence === 'quarterly' && (table.currentColumn === undefined || table.currentColumn === null)
    ? 'quarters'
    : 'months';
}

function yearNaming(year: string): PeriodNaming {
  let naming = YEAR_NAMING.get(year);
  if (!naming) {
    const start = /^(\d{4})\/\d{2}$/.exec(year);
    const lastYear = start ? financialYearLabel(Number(start[1]) - 1) : `the year before ${year}`;
    YEAR_NAMING.set(year, (naming = Object.freeze({ year, lastYear })));
  }
  return naming;
}

export function quarterOfMonth(m: MonthNumber | number): QuarterNumber {
  return Math.ceil(m / 3) as QuarterNumber;
}

/** The months a quarter covers: quarter q covers months 3q−2 … 3q. */
export function monthsOfQuarter(q: QuarterNumber): MonthNumber[] {
  return [3 * q - 2, 3 * q - 1, 3 * q] as MonthNumber[];
}

/** A quarter's value in a quarterly workbook stands for its last month. */
export function quarterEndMonth(q: QuarterNumber): MonthNumber {
  return (3 * q) as MonthNumber;
}

const MONTH_WORDS: Record<string, MonthNumber> = {
  apr: 1,
  april: 1,
  may: 2,
  jun: 3,
  june: 3,
  jul: 4,
  july: 4,
  aug: 5,
  august: 5,
  sep: 6,
  sept: 6,
  september: 6,
  oct: 7,
  october: 7,
  nov: 8,
  november: 8,
  dec: 9,
  december: 9,
  jan: 10,
  january: 10,
  feb: 11,
  february: 11,
  mar: 12,
  march: 12,
  // Welsh (session 11, helper layouts4): a Welsh council's months, Ebrill … Mawrth; "Mai" … alone was called a
  // comparison table of organisations. (Bilingual "Ebrill / April" was read by its English half.)
  ebrill: 1,
  mai: 2,
  mehefin: 3,
  gorffennaf: 4,
  awst: 5,
  medi: 6,
  hydref: 7,
  tachwedd: 8,
  rhagfyr: 9,
  ionawr: 10,
  chwefror: 11,
  mawrth: 12,
};

/** "April", "Sept", "sep", "Q2 Sept", "Dec-20", "Dec 2020" → month number; anything else → null. */
export function parseMonthLabel(text: string): MonthNumber | null {
  const t = text.trim().toLowerCase().replace(/\./g, '');
  const m = /^(?:q[1-4]\s+)?([a-z]+)(?:[\s\-']+(?:\d{2}|\d{4}))?$/.exec(t);
  if (!m) return null;
  return MONTH_WORDS[m[1]] ?? null;
}

/** Excel's serial numbers of 1 January 2000 and 31 December 2099 (days since 30 December 1899). */
const FIRST_DATE_SERIAL = 36526;
const LAST_DATE_SERIAL = 73050;

/**
 * The month of a date Excel keeps as its serial number ("Apr-20" typed in a header is 43922,
 * 1 April 2020); null for a number that is no date of this century. Read in Excel's usual 1900 date
 * system: a 1904 workbook's dates are moved to it first (read/number-formats.ts inDateSystem1900).
 */
export function monthOfDateSerial(serial: number): MonthNumber | null {
  if (!Number.isFinite(serial) || serial < FIRST_DATE_SERIAL || serial > LAST_DATE_SERIAL) return null;
  const calendarMonth = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).getUTCMonth(); // 0 = January
  return (((calendarMonth + 9) % 12) + 1) as MonthNumber;
}

/** "Q1", "Q 1", "Quarter 3", "Qtr 2", "Q3 2020/21", "Q3 Value" → quarter number; else null. */
export function parseQuarterLabel(text: string): QuarterNumber | null {
  const t = text.trim().toLowerCase();
  const m = /^(?:q|qtr|quarter)\s*([1-4])(?:\s+(?:value|actual|outturn|result|\d{2,4}\s*[/\-]\s*\d{2,4}))?$/.exec(t);
  return m ? (Number(m[1]) as QuarterNumber) : null;
}

/** "Q3" / "q3" / "3" / 3 → 3. */
export function parseQuarterArg(value: string | number): QuarterNumber | null {
  const t = String(value).trim().toLowerCase().replace(/^q/, '');
  return /^[1-4]$/.test(t) ? (Number(t) as QuarterNumber) : null;
}

/**
 * A financial-year label such as "2020/21" found in text ("… - 2020/21", "Target 2023-24"). The two
 * years must follow each other: "Council Plan 2019-22" spans three years and names none (a table of it
 * must not be taken for 2019/22, nor refused as another year than its neighbours').
 */
export function findYearLabel(text: string): string | null {
  // An exec loop, not matchAll: the ribbon's bundle runs in Internet Explorer 11 too.
  const pattern = /\b(20\d{2})\s*[/\-]\s*(\d{2})\b/g;
  for (let long = pattern.exec(text); long !== null; long = pattern.exec(text)) {
    if ((Number(long[1]) + 1) % 100 === Number(long[2])) return `${long[1]}/${long[2]}`;
  }
  return null;
}

/** "20/21 Target" → "2020/21". */
export function yearFromShortLabel(text: string): string | null {
  const m = /\b(\d{2})\s*\/\s*(\d{2})\b/.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if ((a + 1) % 100 !== b) return null;
  return `20${m[1]}/${m[2]}`;
}

export function quarterLabel(q: QuarterNumber, year: string | null): string {
  return year ? `Q${q} ${year}` : `Q${q}`;
}

/** "2022/23" for the financial year starting April 2022. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial year (by its first calendar year) of a calendar month: Jan-18 is in 2017/18, Apr-17 in 2017/18. */
export function financialYearOf(month: MonthNumber, calendarYear: number): number {
  return month >= 10 ? calendarYear - 1 : calendarYear;
}

/** A two- or four-digit calendar year: 17 → 2017, 2020 → 2020. */
function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

/**
 * A financial year written in a header, and the text around it: "2022/23", "2022-23", "22/23",
 * "2022/2023", "FY 2022/23", "FY22/23" → 2022 (its first calendar year). Only consecutive years
 * ("2022/24" is not one), so a date such as "01/04" is never taken for a year.
 */
export function findFinancialYear(text: string): { year: number; rest: string } | null {
  const re = /(^|[^\d])(?:fy\s*)?((?:19|20)?\d{2})\s*[/\-]\s*((?:19|20)?\d{2})(?!\d)/i;
  const m = re.exec(text);
  if (!m) return null;
  const first = fullYear(m[2]);
  const second = m[3].length === 4 ? Number(m[3]) : Number(m[3]);
  const consecutive = m[3].length === 4 ? second === first + 1 : (first + 1) % 100 === second;
  if (!consecutive || first < 1990 || first > 2098) return null;
  const rest = `${text.slice(0, m.index + m[1].length)} ${text.slice(m.index + m[0].length)}`;
  return { year: first, rest };
}

/** Words that may stand beside a period in a value column's header: "Q2 2022/23 Value", "Quarter 4 Result", "Q3 Actual". */
const VALUE_WORDS = new Set([
  'value',
  'values',
  'actual',
  'actuals',
  'result',
  'results',
  'outturn',
  'out',
  'turn',
  'performance',
  'perf',
  'data',
  'figure',
  'figures',
  'position',
  'ytd',
  'cumulative',
  'cum',
  'to',
  'date',
  'year',
  'achieved',
  'achievement',
  'reported',
  // Welsh (session 11, helper layouts4): "Gwirioneddol Ch2" (actual), "Canlyniad" (result), "Perfformiad".
  'gwirioneddol',
  'gwir',
  'canlyniad',
  'canlyniadau',
  'perfformiad',
]);

const QUARTER_WORDS: Record<string, QuarterNumber> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** What a period header says, with its financial year when it gives one. */
export type PeriodHeader =
  | { kind: 'month'; month: MonthNumber; year?: number }
  | { kind: 'quarter'; quarter: QuarterNumber; year?: number }
  | { kind: 'year'; year: number };

/**
 * A period header in the forms councils, NHS trusts, police, fire and housing providers print (issue 7):
 * "Q3", "Qtr 3", "Quarter 4 Result", "Q2 2022/23 Value" (line breaks and punctuation ignored),
 * "Q3 Actual", "Quarter Two", "3rd Quarter", "2022/23 Q1", "Apr-17", "April 22", "Dec 2020",
 * "Q2 Sept" (a month), a financial year alone ("2022/23", "2022-23", "2022/23 Actual"). Years are
 * financial years by their first calendar year; a month's calendar year is turned into its financial
 * year (Jan-18 → 2017). Null for anything else ("Q3 Target" is not a value column).
 */
export function parsePeriodHeader(text: string): PeriodHeader | null {
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  const fy = findFinancialYear(t);
  let year = fy?.year;
  if (fy) t = fy.rest;
  const words = t
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const core = words.filter((w) => !VALUE_WORDS.has(w));
  const joined = core.join(' ');
  if (core.length === 0) return year !== undefined ? { kind: 'year', year } : null;
  // A month, possibly after its quarter ("Q2 Sept") and with its calendar year ("Apr 17", "April 2022").
  const month = /^(?:q ?[1-4] )?([a-z]+)(?: ?(\d{2}|\d{4}))?$/.exec(joined) ?? /^([a-z]+)(\d{2}|\d{4})$/.exec(joined);
  if (month && MONTH_WORDS[month[1]] !== undefined && (month[2] === undefined || year === undefined)) {
    const m = MONTH_WORDS[month[1]];
    if (month[2] !== undefined) year = financialYearOf(m, fullYear(month[2]));
    return year !== undefined ? { kind: 'month', month: m, year } : { kind: 'month', month: m };
  }
  // A month numbered from April with a word for the figure: "M7 Actual", "Month 7 Plan" (helper layouts;
  // "M7" alone is read in headers.ts), as NHS integrated performance reports head them.
  const numbered = core.length < words.length ? /^(?:m|mth|month) ?0?([1-9]|1[0-2])$/.exec(joined) : null;
  if (numbered) {
    const m = Number(numbered[1]) as MonthNumber;
    return year !== undefined ? { kind: 'month', month: m, year } : { kind: 'month', month: m };
  }
  // A quarter named by its months: "Apr–Jun", "Q1 (Apr-Jun)", "Jul to Sep 2025", "Jan-Mar 2026".
  const span = /^(?:(?:q|qtr|quarter) ?([1-4]) )?([a-z]+) (?:to )?([a-z]+)(?: (\d{2}|\d{4}))?$/.exec(joined);
  if (span && MONTH_WORDS[span[2]] !== undefined && MONTH_WORDS[span[3]] !== undefined) {
    const first = MONTH_WORDS[span[2]];
    const last = MONTH_WORDS[span[3]];
    const q = (Math.floor((first - 1) / 3) + 1) as QuarterNumber;
    if ((first - 1) % 3 !== 0 || last !== first + 2 || (span[1] !== undefined && Number(span[1]) !== q)) return null;
    if (span[4] !== undefined) {
      if (year !== undefined) return null;
      year = financialYearOf(last, fullYear(span[4]));
    }
    return year !== undefined ? { kind: 'quarter', quarter: q, year } : { kind: 'quarter', quarter: q };
  }
  const quarter =
    // Welsh "Ch2", "Chwarter 2" (session 11, helper layouts4): Welsh councils' quarters of the financial year.
    /^(?:q|qtr|quarter|ch|chwarter)\s?([1-4])$/.exec(joined)?.[1] ??
    /^(?:qtr|quarter) (one|two|three|four)$/.exec(joined)?.[1] ??
    /^(1st|2nd|3rd|4th|first|second|third|fourth) (?:qtr|quarter)$/.exec(joined)?.[1];
  if (quarter === undefined) return null;
  const q = (QUARTER_WORDS[quarter] ?? Number(quarter)) as QuarterNumber;
  return year !== undefined ? { kind: 'quarter', quarter: q, year } : { kind: 'quarter', quarter: q };
}

/** The month and financial year of a date Excel keeps as its serial number; null for a number that is no date of this century. */
export function monthAndYearOfDateSerial(serial: number): { month: MonthNumber; year: number } | null {
  const month = monthOfDateSerial(serial);
  if (!month) return null;
  const calendarYear = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).getUTCFullYear();
  return { month, year: financialYearOf(month, calendarYear) };
}

/** "Quarter 2 2022/23 performance" in a title or sheet name → 2; null when it names no single quarter. */
export function findQuarterIn(text: string): QuarterNumber | null {
  const t = text.toLowerCase();
  const found = new Set<number>();
  // Exec loops, not matchAll: the ribbon's bundle runs in Internet Explorer 11 too.
  const digits = /\b(?:q|qtr|quarter)\s?([1-4])\b/g;
  for (let m = digits.exec(t); m !== null; m = digits.exec(t)) found.add(Number(m[1]));
  const words = /\bquarter (one|two|three|four)\b|\b(1st|2nd|3rd|4th|first|second|third|fourth) quarter\b/g;
  for (let m = words.exec(t); m !== null; m = words.exec(t)) found.add(QUARTER_WORDS[m[1] ?? m[2]]);
  return found.size === 1 ? ([...found][0] as QuarterNumber) : null;
}
