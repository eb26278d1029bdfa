/**
 * A table laid out the other way round — its periods down a column ("Apr-25", "May-25", "Jun-25" or
 * "Q1", "Q2") and its indicators across a row ("Rent collected %", "Average re-let days") — as a
 * dashboard's chart data often is (helper layouts). No header row is found, and the refusal asked to
 * map the columns by hand or, with "Indicator" over the periods, called it a comparison table of
 * organisations: neither helps, since no mapping turns a table round. The sentence says what it is and
 * how to turn it (docs/workbook.md, "Layouts hunted for misreadings").
 */
import { InputError } from '../errors';
import { columnLetters } from '../a1';
import type { ColumnRole } from '../model';
import { MONTH_NAMES } from '../periods';
import type { GridView } from './grid';
import { recogniseHeader } from './headers';
import { isDateFormat } from './number-formats';

/** A cell naming a period: a month, a quarter or a financial year (a date where formatted as one). */
function periodOf(view: GridView, row: number, col: number): ColumnRole | null {
  const v = view.raw(row, col);
  if (typeof v === 'number' && !isDateFormat(view.formatOf(row, col))) return null;
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const role = recogniseHeader(v);
  return role !== null && (role.kind === 'month' || role.kind === 'quarter' || role.kind === 'year') ? role : null;
}

/** A period cell as the analyst sees it: a date as its month and year ("Apr 2025"), not its serial. */
function periodText(view: GridView, row: number, col: number): string {
  const role = periodOf(view, row, col);
  if (typeof view.raw(row, col) === 'number' && role?.kind === 'month' && role.year !== undefined)
    return `${MONTH_NAMES[role.month - 1]} ${role.month <= 9 ? role.year : role.year + 1}`;
  return view.text(row, col);
}

/**
 * The refusal for the first sheet holding a table turned round, or null: in one of its first three
 * columns, two or more rows in a row naming periods with figures beside them, under a row of two or more
 * headers of text that name no period (the indicators).
 */
export function transposedTableRefusal(views: Iterable<GridView>): InputError | null {
  for (const view of views) {
    const rows = Math.min(view.rowCount, 200);
    for (let col = 0; col < Math.min(3, view.colCount); col++) {
      for (let r = 0; r + 2 < rows; r++) {
        const periods: number[] = [];
        for (let p = r + 1; p < rows && periodOf(view, p, col) !== null; p++) periods.push(p);
        // A row of targets or polarities between the header and the periods ("Target", "Polarity").
        if (periods.length === 0) {
          for (let p = r + 1; p < Math.min(rows, r + 4) && periods.length === 0; p++)
            if (periodOf(view, p, col) !== null)
              for (let q = p; q < rows && periodOf(view, q, col) !== null; q++) periods.push(q);
        }
        if (periods.length < 2) continue;
        const across = view
          .filledColumns(r)
          .filter((c) => c > col && typeof view.raw(r, c) === 'string' && periodOf(view, r, c) === null);
        if (across.length < 2) continue;
        const withFigures = across.filter((c) => periods.some((p) => typeof view.raw(p, c) === 'number'));
        if (withFigures.length < 2) continue;
        const quote = (xs: string[]) =>
          xs
            .slice(0, 3)
            .map((x) => `"${x}"`)
            .join(', ') + (xs.length > 3 ? ' …' : '');
        const periodTexts = periods.map((p) => periodText(view, p, col));
        const names = withFigures.map((c) => view.text(r, c).replace(/\s+/g, ' '));
        return new InputError(
          `'${view.name}' has its periods down column ${columnLetters(col)} (${quote(periodTexts)}) and its indicators across row ${r + 1} (${quote(names)}), so no table was read: the product reads a row for each indicator and a column for each period; turn the table round (copy it, then Paste Special › Transpose) and score again.`,
        );
      }
    }
  }
  return null;
}
