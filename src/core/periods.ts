/** The financial year: April to March, months 1 … 12, quarters 1 … 4. */
import type { MonthNumber, QuarterNumber } from './model';

export const MONTH_NAMES = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'] as const;
/** How the report writes months in sentences ("carried forward from Sept"). */
const MONTH_SPOKEN = ['April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March'] as const;

export function monthName(m: MonthNumber | number): string {
  return MONTH_NAMES[m - 1];
}

export function spokenMonth(m: MonthNumber | number): string {
  return MONTH_SPOKEN[m - 1];
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
  apr: 1, april: 1,
  may: 2,
  jun: 3, june: 3,
  jul: 4, july: 4,
  aug: 5, august: 5,
  sep: 6, sept: 6, september: 6,
  oct: 7, october: 7,
  nov: 8, november: 8,
  dec: 9, december: 9,
  jan: 10, january: 10,
  feb: 11, february: 11,
  mar: 12, march: 12,
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

/** A financial-year label such as "2020/21" found in text ("… - 2020/21", "20/21 Target"). */
export function findYearLabel(text: string): string | null {
  const long = /\b(20\d{2})\s*[/\-]\s*(\d{2})\b/.exec(text);
  if (long) return `${long[1]}/${long[2]}`;
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
