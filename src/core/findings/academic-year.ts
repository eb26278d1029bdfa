/**
 * The Note on a table whose period columns run over an academic year, September to August (fresh user 16,
 * a multi-academy trust's board workbook): which academic year, the month each school term was read as,
 * and which columns are of which financial year. Replaces the calendar-order Note for such a table, whose
 * "read as last financial year's, not as this year's Q4" said nothing of terms or of the academic year.
 */
import type { Finding, IndicatorTable } from '../model';
import { finding } from '../catalogue';
import { financialYearLabel } from '../periods';
import { termMonthsWords } from '../read/school-terms';
import { quote } from '../words';
import { headerCellFields } from './header-cell';

function range(headers: string[]): string {
  return headers.length === 1 ? quote(headers[0]) : `${quote(headers[0])} to ${quote(headers[headers.length - 1])}`;
}

/** The Note for `table`, whose `calendarOrder` is academic. */
export function academicYearFinding(table: IndicatorTable, cal: NonNullable<IndicatorTable['calendarOrder']>): Finding {
  const year = table.academicYear ?? null;
  const start = year === null ? null : Number(year.slice(0, 4));
  return finding({
    kind: 'academic-year-columns',
    ...headerCellFields(table),
    first: quote(cal.first),
    last: quote(cal.last),
    year,
    terms: table.schoolTerms ? termMonthsWords(table.schoolTerms) : null,
    earlier: range(cal.earlier),
    later: range(cal.later),
    earlierYear: start === null ? null : financialYearLabel(start),
    laterYear: start === null ? null : financialYearLabel(start + 1),
    lastYear: cal.scored === 'later',
  });
}

/** The Check on a table whose columns were mapped to months in no time order (read/school-terms.ts mappedOutOfOrder). */
export function monthsOutOfOrderFinding(table: IndicatorTable, columns: string[]): Finding {
  return finding({
    kind: 'months-mapped-out-of-order',
    ...headerCellFields(table),
    columns: columns.length > 6 ? `${columns.slice(0, 6).join(', ')} …` : columns.join(', '),
  });
}
