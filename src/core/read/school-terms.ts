/**
 * School terms and half terms as period columns (fresh user 16, a multi-academy trust's board KPI
 * workbook: "Aut 1 | Aut 2 | Spr 1 | Spr 2 | Sum 1 | Sum 2"). The financial year (April to March) is the
 * engine's year; an academic year runs September to August, so its columns pass from March into April
 * once, and a term's figure stands for the month the term ends in:
 *
 * - half terms: Autumn 1 → Oct, Autumn 2 → Dec, Spring 1 → Feb, Spring 2 → Apr, Summer 1 → May, Summer 2 → Jul;
 * - terms: Autumn → Dec, Spring → Apr (where Spring 2 ends), Summer → Jul.
 *
 * Spring 2 ends at Easter, in late March or in April: the month is April here, as the trust's data lead
 * mapped it, and the Note on every table read this way names each column's month, so a trust whose spring
 * term ends in March maps "Spr 2" to Mar instead. Pure functions of the header texts as typed.
 */
import type { IndicatorTable, MonthNumber } from '../model';
import { financialYearLabel, findYearLabel, MONTH_NAMES } from '../periods';

const loose = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const SEASONS: Record<string, 'Autumn' | 'Spring' | 'Summer'> = {
  aut: 'Autumn',
  autumn: 'Autumn',
  spr: 'Spring',
  spring: 'Spring',
  sum: 'Summer',
  summer: 'Summer',
};

/** The month each half term (1, 2) and whole term (0) ends in: 1 = April. */
const TERM_END: Record<'Autumn' | 'Spring' | 'Summer', [MonthNumber, MonthNumber, MonthNumber]> = {
  Autumn: [9, 7, 9],
  Spring: [1, 11, 1],
  Summer: [4, 2, 4],
};

/** A school term read from its header: its name in full ("Summer 2", "Spring term") and the month it ends in. */
export interface SchoolTerm {
  name: string;
  month: MonthNumber;
}

/**
 * A term or half term headed without a year: "Aut 1", "Autumn 1", "Autumn half term 1", "Spring 2",
 * "Sum 2", "Autumn", "Spring term" → its full name and the month it ends in; null for anything else
 * (a term with its year, "Autumn 2025", is left to the refusal's advice: which academic year is it?).
 */
export function schoolTermOf(header: string): SchoolTerm | null {
  const m = /^(aut|autumn|spr|spring|sum|summer)(?: term)?(?: half term)?(?: ?([12]))?(?: term)?$/.exec(loose(header));
  if (!m) return null;
  const season = SEASONS[m[1]];
  const half = m[2] === undefined ? 0 : Number(m[2]);
  return { name: half === 0 ? `${season} term` : `${season} ${half}`, month: TERM_END[season][half] };
}

/**
 * The school-term columns of a header row, where they can be read as periods: two or more terms (one
 * "Summer" column alone may be anything), no two ending in the same month (terms beside half terms), in
 * time order from the autumn (the academic year left to right). Shape: `headers` the row's unread cells as
 * [column, text], left to right. Null where they are not so.
 */
export function schoolTermColumns(
  headers: [number, string][],
): { col: number; header: string; term: SchoolTerm }[] | null {
  const terms: { col: number; header: string; term: SchoolTerm }[] = [];
  for (const [col, header] of headers) {
    const term = schoolTermOf(header);
    if (term) terms.push({ col, header, term });
  }
  if (terms.length < 2) return null;
  // Academic order: September (6) first, August (5) last.
  const academic = (m: number) => (m + 6) % 12;
  for (let i = 1; i < terms.length; i++)
    if (academic(terms[i].term.month) <= academic(terms[i - 1].term.month)) return null;
  return terms;
}

/** "Aut 1 → Oct, Aut 2 → Dec, …": what the Note says each column was taken as. */
export function termMonthsWords(terms: { header: string; month: MonthNumber }[]): string {
  return terms.map((t) => `"${t.header}" → ${MONTH_NAMES[t.month - 1]}`).join(', ');
}

/**
 * Months without years left to right that step forward by irregular amounts and pass from March into
 * April once, spanning less than a year ("Oct | Dec | Feb | Apr | May | Jul", as half terms are mapped
 * or read): the index of the first month after the turn, or -1 when the months keep no such order.
 * `months`: 1 = April, in column order. The columns' written order is time order, so those after the
 * turn are the next financial year's: never sorted into April-to-March order (fresh user 16: "Sum 2"
 * mapped to Jul was put before "Aut 1" mapped to Oct, and Spring 1's February scored as the latest).
 */
export function turnOfForwardMonths(months: number[]): number {
  if (months.length < 2) return -1;
  let turn = -1;
  let span = 0;
  for (let i = 1; i < months.length; i++) {
    const step = (months[i] - months[i - 1] + 12) % 12;
    if (step === 0) return -1;
    span += step;
    if (months[i] < months[i - 1]) {
      if (turn !== -1) return -1;
      turn = i;
    }
  }
  return span < 12 ? turn : -1;
}

/** An academic year's run: its first month September to December (6 … 9), so it ends in the next financial year. */
export function startsInAutumn(firstMonth: number): boolean {
  return firstMonth >= 6 && firstMonth <= 9;
}

/**
 * A table of an academic year's columns (September to August, left to right): the year its title,
 * target header or sheet name says ("academic year 2025/26", "Attendance 2025-26") is the academic year,
 * kept as `academicYear`; where its columns after March are the ones scored, they are the next financial
 * year's, and `yearLabel` becomes it ("2026/27": July 2026, not July 2025; fresh user 16). Where no year
 * is said, nothing changes. `aboveAcademicYear`: the academic year of the table above that this one carries
 * on (its `yearLabel` may be the next financial year). Changes `table` in place.
 */
export function academicYearOf(
  table: Pick<IndicatorTable, 'yearLabel' | 'yearFrom' | 'academicYear'>,
  scored: 'earlier' | 'later',
  sheetName: string,
  aboveAcademicYear?: string,
): void {
  // A table carrying on the one above takes its academic year, not the financial year it was moved to.
  const said = aboveAcademicYear ?? table.yearLabel ?? findYearLabel(sheetName);
  if (said === null) return;
  table.academicYear = said;
  table.yearFrom ??= 'title';
  table.yearLabel = scored === 'later' ? financialYearLabel(Number(said.slice(0, 4)) + 1) : said;
}

/**
 * School terms the analyst mapped to months ("Sum 2": "Jul"): each column's header as typed, the term's
 * full name and the month it was mapped to, for naming the period scored ("Summer 2 (Jul 2026)"). `columns`:
 * [column, month] of the table's period columns; `headerOf` a column's header text. Empty where none is a term.
 */
export function mappedSchoolTerms(
  columns: [number, MonthNumber][],
  headerOf: (col: number) => string,
): { header: string; name: string; month: MonthNumber }[] {
  const out: { header: string; name: string; month: MonthNumber }[] = [];
  for (const [col, month] of columns) {
    const header = headerOf(col);
    const term = schoolTermOf(header);
    if (term) out.push({ header, name: term.name, month });
  }
  return out;
}

/**
 * Months mapped in an order that is no time order — neither forwards (turning into April at most once)
 * nor newest first: "Sum 2 → Jul | Aut 1 → Oct | Spr 1 → Feb". They are read by the months they are mapped
 * to, April to March, not in the order written, and the analyst is told (fresh user 16: "never reorder a
 * table's columns against their written order silently"). `months`: 1 = April, in column order. False for
 * fewer than three.
 */
export function mappedOutOfOrder(months: number[]): boolean {
  if (months.length < 3) return false;
  let up = 0;
  let down = 0;
  for (let i = 1; i < months.length; i++) {
    if (months[i] > months[i - 1]) up++;
    if (months[i] < months[i - 1]) down++;
  }
  if (down === 0 || up === 0) return false;
  return turnOfForwardMonths(months) === -1;
}
