/**
 * Reading how a days-per-head figure is given ("Sickness days per FTE": rules/days-per-head.ts), in a table with
 * no Profile column, for a one-sided row with a year's target above 0 still profiled flat:
 * - its name or its Comments (Notes, Type, Frequency) cell says the year to date ("YTD", "year to date",
 *   "cumulative"): profiled pro rata, as a Profile column saying Cumulative would — from the name as
 *   rules/cumulative.ts profiles a count (`profileFromName`, its Note), from the cell as read/cumulative-words.ts
 *   does (`profileFromWords`, its Note). "per" makes it a rate to those rules, which profile no rate;
 * - its name or cell says a rolling 12 months ("rolling", "12 months", "R12M", "annualised"): a year's worth,
 *   left flat, measured against the year's target as it stands;
 * - neither: marked (`IndicatorRow.daysPerHead`), for scoring to decide by its figures.
 */
import type { IndicatorRow, IndicatorTable } from '../model';
import type { GridView } from './grid';
import { wordColumns } from './cumulative-words';
import { daysPerHead, saysRollingYear, saysToDate } from '../rules/days-per-head';
import { nameSaysCumulative } from '../rules/cumulative';

/** The `profileFromWords.header` of a row profiled by its table's period headers ("Q2 YTD"). */
const PERIOD_HEADER = 'period header';

/** True when the row was profiled pro rata by its table's period headers saying to date (so the table's "no Profile column" Check is not its). */
export function profiledByPeriodHeader(row: IndicatorRow): boolean {
  return row.profileFromWords?.where === 'column' && row.profileFromWords.header === PERIOD_HEADER;
}

/** Marks or profiles each days-per-head row of `tables` (one sheet's); see the file's comment. The rows, changed. */
export function daysPerHeadByWords(grid: GridView, tables: readonly IndicatorTable[]): void {
  for (const table of tables) {
    if (table.columns.profile !== undefined) continue;
    let cols: { col: number; header: string }[] | null = null;
    for (const row of table.rows) {
      if (!daysPerHead(row.name) || row.profile !== 'flat' || row.profileFromWords || row.targetToDate) continue;
      if (row.annualTarget === null || !(row.annualTarget > 0) || row.annual) continue;
      if (row.polarity !== 'higher' && row.polarity !== 'lower') continue;
      if (saysRollingYear(row.name)) continue;
      if (nameSaysCumulative(row.name)) {
        row.profile = 'cumulative';
        row.profileFromName = true;
        delete row.cumulativeRate;
        continue;
      }
      // Period headers saying to date ("Q2 YTD", read/tables.ts): the figures are the year to date as typed.
      if (table.ytdHeader !== undefined) {
        let col = table.columns.target ?? 0;
        for (const c of row.periodColumns) if (c !== null) col = c;
        row.profile = 'cumulative';
        row.profileFromWords = {
          where: 'column',
          row: table.headerRow,
          col,
          header: PERIOD_HEADER,
          text: table.ytdHeader,
        };
        delete row.cumulativeRate;
        continue;
      }
      cols ??= wordColumns(grid, table);
      let said: 'rolling' | 'toDate' | null = null;
      for (const { col, header } of cols) {
        const v = grid.raw(row.row, col);
        if (typeof v !== 'string') continue;
        if (saysRollingYear(v)) said = 'rolling';
        else if (saysToDate(v)) {
          said = 'toDate';
          row.profile = 'cumulative';
          row.profileFromWords = { where: 'column', row: row.row, col, header, text: v.trim() };
          delete row.cumulativeRate;
        }
        if (said) break;
      }
      if (said === null) row.daysPerHead = true;
    }
  }
}
