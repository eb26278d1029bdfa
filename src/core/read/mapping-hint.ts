/**
 * The nearest table to a header row the reader could not read, and the column mapping that would read
 * it (issue 7): what a "no table" refusal says, and what a mapping panel shows.
 */
import type { ColumnMapping, ColumnRole, MappingHint, QuarterNumber } from '../model';
import { columnLetters } from '../a1';
import { MONTH_NAMES, monthAndYearOfDateSerial } from '../periods';
import type { GridView } from './grid';
import { describeRole } from './headers';
import type { HeaderReader } from './mapping';
import { cellText, normaliseText, readNumber } from './values';
import { knownUnscoredHeader } from './known-columns';
import { RAG_BANDS_HEADER, ragBandsOf } from './rag-bands';
import { allCodes, filledCells, mostlyNames, notANameHeader, polaritiesThatMatter } from './column-contents';
import { periodAdvice, samePeriodEach } from './period-advice';

const isPeriod = (r: ColumnRole | null) =>
  r !== null && (r.kind === 'month' || r.kind === 'quarter' || r.kind === 'year' || r.kind === 'current');
const isField = (r: ColumnRole | null, f: string) => r !== null && r.kind === 'field' && r.field === f;

/** How many of the (up to 20) filled cells under a column are figures, and how many are text. */
function columnContents(grid: GridView, headerRow: number, col: number): { numbers: number; texts: number } {
  let numbers = 0;
  let texts = 0;
  for (let r = headerRow + 1, seen = 0; r < grid.rowCount && seen < 20; r++) {
    const t = cellText(grid.raw(r, col));
    if (t === '' || /^[-–—]$/.test(t)) continue;
    seen++;
    if (readNumber(grid.raw(r, col)) !== null) numbers++;
    else texts++;
  }
  return { numbers, texts };
}

/**
 * The month row under a header row of quarter labels (the report's layout: "Q1" over "Apr | May |
 * Jun"), by the rule the reader uses (readHeaderBand): two months or more, one field at most, and not
 * the first indicator (its name under the name header). Null when there is none.
 */
function monthRowUnder(grid: GridView, row: number, reader: HeaderReader): number | null {
  if (row + 1 >= grid.rowCount) return null;
  const below = grid.filledColumns(row + 1).map((col) => ({ col, role: reader.roleOf(grid.raw(row + 1, col)) }));
  const months = below.filter((c) => c.role?.kind === 'month').length;
  const fields = below.filter((c) => c.role?.kind === 'field').length;
  const nameCol = grid.filledColumns(row).find((col) => isField(reader.roleOf(grid.raw(row, col)), 'name'));
  const namesIndicator =
    nameCol !== undefined &&
    grid.text(row + 1, nameCol) !== '' &&
    !below.some((c) => c.col === nameCol && c.role !== null);
  return months >= 2 && fields <= 1 && !namesIndicator ? row + 1 : null;
}

/** A header cell holding a date (its serial, as Office.js reads it) as the analyst sees it: 45748 → "Apr-25"; else null. */
export function dateHeaderText(raw: unknown): string | null {
  const epoch = Date.UTC(1899, 11, 30);
  const serial = typeof raw === 'number' ? raw : raw instanceof Date ? (raw.getTime() - epoch) / 86400000 : Number.NaN;
  if (!Number.isFinite(serial)) return null;
  const month = monthAndYearOfDateSerial(serial);
  if (!month) return null;
  const calendarYear = new Date(epoch + Math.floor(serial) * 86400000).getUTCFullYear();
  return `${MONTH_NAMES[month.month - 1].slice(0, 3)}-${String(calendarYear).slice(2)}`;
}

/**
 * Each header cell, its text and what it is read as. Under a month row a column is read as its month,
 * as the reader reads it, and shown as "Q1 / Apr" (issue 13: the mapping panel showed "Q1" for April).
 */
function headerCells(
  grid: GridView,
  row: number,
  reader: HeaderReader,
): { col: number; text: string; role: ColumnRole | null }[] {
  const monthRow = monthRowUnder(grid, row, reader);
  const monthOf = (col: number): ColumnRole | null => {
    if (monthRow === null) return null;
    const role = reader.roleOf(grid.raw(monthRow, col));
    return role?.kind === 'month' ? role : null;
  };
  const columns =
    monthRow === null
      ? grid.filledColumns(row)
      : [
          ...new Set([...grid.filledColumns(row), ...grid.filledColumns(monthRow).filter((c) => monthOf(c) !== null)]),
        ].sort((a, b) => a - b);
  return columns.map((col) => {
    const raw = grid.raw(row, col);
    const role = reader.roleOf(raw);
    // A month header kept as a date (45748 shown as "Apr-25"): as the reader reads it, not its serial.
    const text =
      (role?.kind === 'month' ? dateHeaderText(raw) : null) ??
      (grid.text(row, col) || (raw === null || raw === undefined ? '' : String(raw)));
    const month = monthOf(col);
    if (month && (role === null || role.kind === 'quarter')) {
      const monthText = dateHeaderText(grid.raw(monthRow!, col)) ?? grid.text(monthRow!, col);
      return { col, text: text ? `${text} / ${monthText}` : monthText, role: month };
    }
    return { col, text, role };
  });
}

/**
 * The hint for a header row: each cell and what it was read as, what a table needs and lacks, and a
 * mapping that would give it those: an unread column of text becomes the indicator name; unread
 * columns of figures become the period columns — one: the quarter scored (the run's quarter, else
 * "actual", the quarter chosen when scoring), two to four: Q1 …, five to twelve: Apr … in order.
 */
export function mappingHintFor(
  grid: GridView,
  row: number,
  reader: HeaderReader,
  quarter: QuarterNumber | null | undefined,
): MappingHint {
  const cells = headerCells(grid, row, reader);
  const headers = cells.map((c) => ({
    column: columnLetters(c.col),
    text: c.text,
    readAs: c.role && c.role.kind !== 'ignore' ? describeRole(c.role) : null,
  }));
  const unread = cells.filter((c) => c.role === null);
  const hasName = cells.some((c) => isField(c.role, 'name'));
  const hasPeriod = cells.some((c) => isPeriod(c.role));
  const missing: string[] = [];
  if (!hasName) missing.push('indicator-name column');
  if (!hasPeriod) missing.push('period column');
  const columns: Record<string, string> = {};
  const cellsOf = (col: number) => filledCells((r) => grid.raw(r, col), rowsUnder(grid, row));
  // A column of Higher / Lower words is the polarity, never the name (helper hunt3).
  if (!cells.some((c) => isField(c.role, 'polarity'))) {
    const polarity = unread.find((c) => polaritiesThatMatter(cellsOf(c.col)));
    if (polarity) columns[polarity.text] = 'polarity';
  }
  let nameFound = hasName;
  if (!hasName) {
    const textual = unread.filter((c) => {
      if (c.text in columns) return false;
      const k = columnContents(grid, row, c.col);
      return k.texts > 0 && k.texts >= k.numbers;
    });
    // Names before codes: a column of codes beside a column of names is the ref (helper hunt3).
    // Never a column headed as comments, notes or the lead officer (helper hunt3).
    const candidates = textual.filter((c) => !notANameHeader(c.text));
    const names = candidates.find((c) => mostlyNames(cellsOf(c.col))) ?? candidates[0];
    if (names) {
      columns[names.text] = 'name';
      nameFound = true;
      const codes = candidates.find((c) => c !== names && allCodes(cellsOf(c.col)));
      if (codes && !cells.some((c) => isField(c.role, 'ref')) && mostlyNames(cellsOf(names.col)))
        columns[codes.text] = 'ref';
    }
  }
  // A column headed as a target the reader does not know ("Threshold", "National standard") beside no
  // target column is the target (session 10, helper layouts3: an NHS constitutional-standards table).
  if (!cells.some((c) => isField(c.role, 'target'))) {
    const target = unread.find((c) => !(c.text in columns) && TARGET_HEADER.test(c.text.toLowerCase()));
    if (target) columns[target.text] = 'target';
  }
  let periodFound = hasPeriod;
  let comparison: string[] = [];
  let figuresUnread = false;
  let advice: string | null = null;
  if (!hasPeriod) {
    const allFigures = unread
      .filter((c) => !(c.text in columns))
      .filter((c) => {
        const k = columnContents(grid, row, c.col);
        return k.numbers > 0 && k.numbers >= k.texts;
      });
    // A suggestion never gives a column a meaning its header does not support (helper hunt3): figures
    // headed by organisations or areas ("Knowsley | St Helens | England") are a comparison table, not
    // periods; figures headed by words that say neither are left for the analyst to map.
    figuresUnread = allFigures.length > 0;
    // "Difference", "% change", "Statistically significant?" are about the figures beside them, never an
    // organisation's own (session 10, helper layouts3: a police table was called a comparison table for them).
    // School terms, calendar quarters, numbered periods: no months or quarters of the financial year, so
    // neither a comparison table nor periods in column order (session 11, read/period-advice.ts).
    // Every header not understood, figures or not: an empty "Summer" or "P13" says what the others are.
    advice = periodAdvice(unread.filter((c) => !(c.text in columns)).map((c) => c.text));
    // Figures headed by a quarter or month and no comparator ("Q1 wave | Q2 wave") beside a "HouseMark median"
    // are the organisation's own periods and a benchmark beside them: no comparison table, and the benchmark
    // is no period (fresh user 14: "a comparison table" for a TSM table with a HouseMark median).
    const benchmarks = benchmarksBesidePeriods(allFigures.map((c) => c.text));
    comparison =
      advice || benchmarks.length > 0
        ? []
        : comparisonHeaders(allFigures.filter((c) => !CHANGE_HEADER.test(c.text.toLowerCase())).map((c) => c.text));
    // The period before the latest ("Previous 12 months", "Previous month", "Prior year") is never one of
    // the periods in order: "Rolling 12 months | Previous 12 months" are no Q1 and Q2, nor "Previous month
    // | Latest month" two months (session 10, helper layouts3). The year before, with the run's quarter, is
    // last year's figure for it (Trend); the month before is left to the analyst.
    const earlier = allFigures.filter((c) => EARLIER_PERIOD.test(c.text.toLowerCase()));
    const candidates = allFigures.filter(
      (c) =>
        saysFigureOrPeriod(c.text) &&
        !earlier.includes(c) &&
        !CHANGE_HEADER.test(c.text.toLowerCase()) &&
        !benchmarks.includes(c.text),
    );
    if (earlier.length === 1 && candidates.length === 1 && quarter && YEAR_BEFORE.test(earlier[0].text.toLowerCase()))
      columns[earlier[0].text] = `Last year Q${quarter}`;
    // One column saying a figure ("Perf") is the quarter scored; several are periods in order only when
    // each header says a period ("Col 5", "Wk 12", "Sept"): "YTD | Forecast outturn" are no Q1 and Q2.
    const figures = candidates.length <= 1 || candidates.every((c) => saysPeriod(c.text)) ? candidates : [];
    // Quarters are never suggested for headers that say months ("Previous month | Latest month"), nor
    // months for headers that say quarters.
    const says = (re: RegExp) => figures.some((c) => re.test(c.text.toLowerCase()));
    // A month's figure beside the month before ("Previous month | Latest month") is no quarter's: left to
    // the analyst; a rolling year to the latest month ("Rolling 12 months") is the year's figure for it.
    const fits =
      (figures.length === 1 && !(earlier.length > 0 && says(MONTH_WORD) && !says(ROLLING_YEAR))) ||
      (figures.length <= 4 && !says(MONTH_WORD)) ||
      (figures.length >= 5 && figures.length <= 12 && !says(QUARTER_WORD));
    if (comparison.length === 0 && fits && !advice) {
      if (figures.length === 1) columns[figures[0].text] = quarter ? `Q${quarter}` : 'actual';
      else if (figures.length >= 2 && figures.length <= 4) figures.forEach((c, i) => (columns[c.text] = `Q${i + 1}`));
      else if (figures.length >= 5 && figures.length <= 12)
        figures.forEach((c, i) => (columns[c.text] = MONTH_NAMES[i]));
    }
    periodFound = comparison.length === 0 && fits && !advice && figures.length >= 1 && figures.length <= 12;
  }
  // A table of indicators with no figures at all (a list of definitions, say): the nearest fix is to
  // leave its sheet out.
  const noFigures = hasName && !periodFound && comparison.length === 0 && !figuresUnread;
  const suggestedMapping: ColumnMapping | null =
    nameFound && periodFound && Object.keys(columns).length > 0
      ? { sheets: { [grid.name]: { headerRow: row + 1, columns } } }
      : noFigures
        ? { ignoreSheets: [grid.name] }
        : null;
  return {
    sheet: grid.name,
    headerRow: row + 1,
    headers,
    notUnderstood: unread.map((c) => c.text),
    ...readAnywayOf(
      grid,
      row,
      unread.filter((c) => !(c.text in columns)),
    ),
    missing,
    suggestedMapping,
    ...(comparison.length > 0 ? { comparisonColumns: comparison } : {}),
    ...(advice ? { periodAdvice: advice } : {}),
  };
}

/** The rows under a header row that a hint looks at: up to 20 with something in them. */
function rowsUnder(grid: GridView, headerRow: number): number[] {
  const rows: number[] = [];
  for (let r = headerRow + 1; r < grid.rowCount && rows.length < 20; r++)
    if (grid.filledColumns(r).length > 0) rows.push(r);
  return rows;
}

/**
 * A header that says its column holds a figure or a period, so that mapping it to a period reads the
 * header rather than guessing from the column's place: "Perf", "Actual", "Value", "Result", "Outturn",
 * "Score", "YTD", a period word or a month, or any digit ("Col 5", "Wk 12", "2024").
 */
function saysFigureOrPeriod(header: string): boolean {
  const h = header.toLowerCase();
  return (
    /\d/.test(h) ||
    /\b(perf|performance|act|actual|actuals|achieved|achievement|value|result|results|outturn|score|figure|figures|data|latest|current|ytd|rate|count|number|no|amount|level|position|progress|return|period|month|quarter|qtr|week|wk|year|yr|fy)\b/.test(
      h,
    ) ||
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(h)
  );
}

/** A header naming a target the reader does not read as one: "Threshold", "Standard", "National standard", "Trajectory". */
const TARGET_HEADER = /^(?:(?:national|operational|constitutional|nhs) )?(?:threshold|standard|trajectory|ambition)$/;

/** A header about the change between figures, not a figure of its own: "Difference", "% change", "Sig. change?", "Statistically significant?". */
const CHANGE_HEADER = /\b(?:difference|diff|change|changes|variance|var|significant|significance|sig)\b/;

/** A header naming the period before the latest: "Previous 12 months", "Prior year", "Previous month", "Preceding quarter". */
const EARLIER_PERIOD = /\b(?:previous|prior|preceding|prev)\b|\blast year\b|\bsame period last\b/;

/** A rolling year: "Rolling 12 months", "12 months to date", "R12M". */
const ROLLING_YEAR = /\b(?:rolling|r12m|12 months?|twelve months)\b/;

/** Of those, the year before: "Previous 12 months", "Prior year", "Previous rolling year", "Last year". */
const YEAR_BEFORE = /\b(?:12 months?|twelve months|year|yr)\b/;

const MONTH_WORD = /\b(month|mth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const QUARTER_WORD = /\b(q[1-4]|quarter|qtr)\b/;

/** A month's name as a word of its own ("Sep", "Sept", "September"), never "Decent" or "Mark". */
const A_MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/** A header that may be a month or a quarter: a digit, a month, a quarter or a year word — not a week ("Wk 1") nor a "Period 3". */
function saysPeriod(header: string): boolean {
  const h = header.toLowerCase();
  // A week is no quarter nor month; a finance "Period 6" is September, or a four-week period: not guessed.
  if (/\b(week|weeks|wk|wks|period|periods)\b/.test(h)) return false;
  // "w/e 05/10/25" (week ending) or any day's date is a week or a day, never a month or quarter (session 10, helper layouts3).
  if (/\bw\/e\b|\bw\.e\.|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(h)) return false;
  return (
    /\d/.test(h) ||
    /\b(month|quarter|qtr|year|yr|fy)\b/.test(h) ||
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(h)
  );
}

/**
 * Words that name a comparator rather than a period: nations, regions, averages of groups, kinds of
 * council, other organisations ("England", "North West", "Statistical neighbours", "Met districts",
 * "CIPFA average", "Northtown FT", "Manchester City Council").
 */
const COMPARATOR =
  /\b(england|wales|scotland|northern ireland|uk|gb|great britain|national|nationally|region|regional|north west|north east|yorkshire|humber|midlands|east of england|london|south east|south west|neighbours?|family group|cipfa|comparators?|peers?|similar|benchmark|average|avg|median|mean|met|metropolitan|unitar(?:y|ies)|count(?:y|ies)|districts?|shire|core cities|boroughs?|councils?|city|trusts?|ft|icb|ics|forces?|police|fire|ccg|ward|locality|area|authority|authorities|combined|stations?|hospitals?|sites?|depots?|providers?|practices?|pcn|divisions?|teams?|schools?)\b/;

/**
 * Headers of figure columns that name organisations or areas: every such header when two or more are
 * headed by neither a figure nor a period word (one column per council: "Knowsley | St Helens |
 * Wirral"), or when one names a comparator ("England", "North West average"). Empty when none do.
 */
function comparisonHeaders(headers: string[]): string[] {
  // "Barnsley Q2 | Doncaster Q2": one period, a column for each district (session 11, read/period-advice.ts).
  const sameEach = samePeriodEach(headers);
  const plainNames = headers.filter((h) => !saysFigureOrPeriod(h) || sameEach.includes(h));
  const comparators = headers.filter((h) => COMPARATOR.test(h.toLowerCase()));
  if (comparators.length === 0 && plainNames.length < 2) return [];
  return headers.filter((h) => plainNames.includes(h) || comparators.includes(h));
}

/**
 * Figure headers naming a comparator ("HouseMark median 2024/25", "England average") where others name a
 * quarter or month and no comparator ("Q1 wave", "Sep"): a benchmark beside the organisation's own periods,
 * not a comparison table. Empty where no header names a period so, or none a comparator.
 */
function benchmarksBesidePeriods(headers: string[]): string[] {
  const sameEach = samePeriodEach(headers);
  const isComparator = (h: string) => COMPARATOR.test(h.toLowerCase()) || BENCHMARK_FIGURE.test(h.toLowerCase());
  const own = headers.filter(
    (h) =>
      !isComparator(h) &&
      !sameEach.includes(h) &&
      (QUARTER_WORD.test(h.toLowerCase()) || A_MONTH.test(h.toLowerCase())),
  );
  return own.length > 0 ? headers.filter(isComparator) : [];
}

/** A benchmarking club's figure: "HouseMark upper quartile", "Lower quartile", "75th percentile", "Benchmark". */
const BENCHMARK_FIGURE = /\b(?:quartiles?|percentiles?|housemark|benchmarks?|benchmarking)\b/;

/** "A", "A and B", "A, B and C"; past five, the first four and "N more". */
function listed(items: string[]): string {
  const shown = items.length > 5 ? [...items.slice(0, 4), `${items.length - 4} more`] : items;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "map "Perf" to Q2" / "map "Title" to name and "Perf" to actual (the quarter you choose to score)". */
export function suggestionWords(hint: MappingHint): string | null {
  if (hint.periodAdvice) return hint.periodAdvice;
  if (hint.comparisonColumns && hint.comparisonColumns.length > 0) {
    const cols = hint.comparisonColumns.map((t) => `"${t.replace(/\s+/g, ' ')}"`);
    const named = cols.length > 3 ? `${cols.slice(0, 3).join(', ')} …` : listed(cols);
    return `its columns of figures (${named}) look like one for each organisation or area, a comparison table, which this product does not score: it scores one organisation's figures, a row for each indicator and a column for each period (Q1 … Q4, or Apr … Mar), so keep yours that way and say where you stand among the others in a "Quartile" column`;
  }
  if (hint.suggestedMapping?.ignoreSheets) {
    return `map the column that holds the figures to the period it holds (a quarter such as Q3, or a month such as Dec), or leave the sheet out ("ignoreSheets": ["${hint.sheet}"])`;
  }
  const columns = hint.suggestedMapping?.sheets?.[hint.sheet]?.columns;
  if (!columns) return null;
  const parts = Object.entries(columns).map(
    ([header, meaning]) =>
      `"${header.replace(/\s+/g, ' ')}" to ${meaning === 'actual' ? 'actual (the quarter you choose to score)' : meaning}`,
  );
  return `map ${parts.length <= 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}`;
}

/** "Ref, Performance Indicator, Target" for the cells of a hint that were read. */
export function foundWords(hint: MappingHint): string {
  return hint.headers
    .filter((h) => h.readAs !== null)
    .map((h) => h.readAs)
    .join(', ');
}

/** `"Perf", "Comments"` */
export function notUnderstoodWords(hint: MappingHint): string {
  return notUnderstoodNow(hint)
    .map((t) => `"${t.replace(/\s+/g, ' ')}"`)
    .join(', ');
}

/** The headers a refusal names as not understood: those neither read nor known all the same (`readAnyway`). */
export function notUnderstoodNow(hint: MappingHint): string[] {
  const known = hint.readAnyway;
  return known === undefined ? hint.notUnderstood : hint.notUnderstood.filter((t) => !known.includes(t));
}

/**
 * The headers not understood as a column role that are read or known all the same: a column of RAG bands in
 * words under a bands header ("RAG thresholds": read as each row's bands, read/rag-bands.ts), the commentary
 * and who answers for the indicator (read/known-columns.ts).
 */
function readAnywayOf(
  grid: GridView,
  row: number,
  unread: readonly { col: number; text: string }[],
): { readAnyway?: string[] } {
  const rows = rowsUnder(grid, row);
  const known = unread
    .filter(
      (c) =>
        knownUnscoredHeader(c.text) ||
        (RAG_BANDS_HEADER.test(normaliseText(c.text.replace(/\s+/g, ' '))) &&
          rows.some((r) => ragBandsOf(grid.raw(r, c.col)) !== null)),
    )
    .map((c) => c.text);
  return known.length > 0 ? { readAnyway: known } : {};
}

/** How many cells of the row hold a plain figure (a number not read as a header, such as a month's date). */
function plainFigures(grid: GridView, r: number, reader: HeaderReader): number {
  let n = 0;
  for (const c of grid.filledColumns(r)) {
    const v = grid.raw(r, c);
    if (typeof v === 'number' && reader.roleOf(v) === null) n++;
  }
  return n;
}

/**
 * The row of a sheet most like a header (within its first 50 rows): the most cells read, with an
 * indicator-name column first. Null when no row has a cell this product reads.
 */
export function nearestHeaderRow(grid: GridView, reader: HeaderReader): { row: number; score: number } | null {
  let best: { row: number; score: number } | null = null;
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const roles = grid
      .filledColumns(r)
      .map((c) => reader.roleOf(grid.raw(r, c)))
      .filter((x): x is ColumnRole => x !== null && x.kind !== 'ignore');
    if (roles.length === 0) continue;
    // A row of figures is an indicator's, not a header, whatever one of its cells says ("No" under
    // "Statistically significant?" is no Ref header): its cells would be suggested as period headers.
    if (plainFigures(grid, r, reader) * 2 > grid.filledColumns(r).length) continue;
    const score = roles.length + (roles.some((x) => isField(x, 'name')) ? 10 : 0) + (roles.some(isPeriod) ? 5 : 0);
    if (!best || score > best.score) best = { row: r, score };
  }
  return best;
}
