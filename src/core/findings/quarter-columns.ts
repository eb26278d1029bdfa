/**
 * What the analyst is told of quarter columns beside the months ("Apr | May | Jun | Q1 | Jul …"; helper
 * wording, session 9; read/quarter-columns.ts reads them): that they were read and how they are used (a
 * Note on the table), a quarter figure its months do not give (a Check), and a quarter scored on its column
 * because its months are blank (a Note). Never ignored without a word, never scored over the months.
 */
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, QuarterNumber } from '../model';
import { finding } from '../catalogue';
import { figure, listed, quote, who } from '../words';
import { monthNumber, quarterOfMonth, spokenMonth } from '../periods';
import { nameSaysCumulative } from '../rules/cumulative';
import { isRate } from '../rules/percentage';
import { headerCellFields } from './header-cell';

/** The table's Note: which quarter columns were read, and how they are used. None without quarter columns. */
export function quarterColumnsNote(table: IndicatorTable): Finding[] {
  const columns = (table.quarterColumns ?? []).filter((c): c is { col: number; header: string } => c !== null);
  if (columns.length === 0) return [];
  const named = columns.map((c) => quote(c.header));
  const headers = listed(named);
  return [
    finding({
      kind: 'quarter-columns-read',
      ...headerCellFields(table, columns[0].col),
      headers,
    }),
  ];
}

/**
 * A row's quarter figures against its months. Where a quarter's three months all hold figures, its column
 * should give what the indicator's kind implies — a count to date (cumulative: its name says so, or its
 * Profile) the last month's; a rate, a share or an average (`isRate`) the last month's or the months'
 * average; any other count the months added up, or the last month's (a count at a point in time, such as
 * children in care) — to the decimals typed in the quarter's cell. Else a Check on the quarter's cell,
 * naming what the months give. And a Note where the figure scored came from a quarter's column.
 */
export function quarterColumnFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  /** The quarter columns are scored against a quarter's target (rules/month-share.ts): each should be its months added up. */
  totals = false,
): Finding[] {
  const columns = table.quarterColumns;
  const figures = row.quarterFigures;
  if (!columns || !figures) return [];
  const out: Finding[] = [];
  for (let q = 1; q <= 4; q++) {
    const column = columns[q - 1];
    const typed = figures[q - 1];
    if (!column || typed.kind !== 'number' || row.quarterScored?.includes(q as QuarterNumber)) continue;
    // "Q2 YTD", "Q2 cumulative": the year to date, not the quarter's own months; not compared.
    if (TO_DATE.test(column.header)) continue;
    const months: number[] = [];
    for (let m = 3 * q - 2; m <= 3 * q; m++) {
      const p = row.periods[m - 1];
      if (p && p.kind === 'number') months.push(p.value);
    }
    if (months.length < 3) continue;
    const last = months[2];
    const lastWords = `${figure(last)} (${spokenMonth(3 * q)}'s)`;
    const given: { value: number; words: string }[] = totals
      ? [{ value: months[0] + months[1] + months[2], words: '' }]
      : row.profile === 'cumulative' || nameSaysCumulative(row.name)
        ? [{ value: last, words: lastWords }]
        : isRate(row)
          ? [
              { value: last, words: lastWords },
              { value: (months[0] + months[1] + months[2]) / 3, words: '' },
            ]
          : [
              { value: months[0] + months[1] + months[2], words: '' },
              { value: last, words: lastWords },
            ];
    if (given.some((g) => agrees(typed.value, g.value))) continue;
    const words = given.map((g) =>
      g.words !== ''
        ? g.words
        : isRate(row) && !totals
          ? `${figure(Number(g.value.toFixed(2)))} (their average)`
          : `${figure(g.value)} (${spokenMonth(3 * q - 2)} to ${spokenMonth(3 * q)} added up)`,
    );
    out.push(
      finding({
        kind: 'quarter-column-disagrees',
        at: { sheet: row.sheet, row: row.row, col: column.col },
        ref: row.ref,
        who: who(row),
        header: quote(column.header),
        typed: figure(typed.value),
        given: words.join(' or '),
      }),
    );
  }
  const latest = score.latestMonth === null ? null : monthNumber(score.latestMonth);
  if (latest !== null && latest % 3 === 0 && score.latestValue !== null) {
    const q = quarterOfMonth(latest);
    const column = columns[q - 1];
    if (column && row.quarterScored?.includes(q))
      out.push(
        finding({
          kind: 'quarter-column-scored',
          at: { sheet: row.sheet, row: row.row, col: column.col },
          ref: row.ref,
          who: who(row),
          header: quote(column.header),
          value: figure(score.latestValue),
          quarter: q,
        }),
      );
  }
  return out;
}

/** A quarter header saying its figure is the year to date ("Q2 YTD", "Cumulative Q2", "Q2 to date"). */
const TO_DATE = /\bytd\b|\bto[\s-]+date\b|\bcumulative\b/i;

/** True when `typed` is `given` to the decimals typed (92.3 for an average of 92.333…; 95 for 95.4 is not). */
function agrees(typed: number, given: number): boolean {
  const text = String(typed);
  const point = text.indexOf('.');
  const decimals = point === -1 || /e/i.test(text) ? 0 : Math.min(text.length - point - 1, 6);
  return Math.abs(typed - given) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(given));
}
