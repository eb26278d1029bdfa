/**
 * Cumulative or not: the product suspects a figure is a count to date but cannot tell, and the answer
 * changes its RAG. Not rated then (fresh-user check 8; docs/workbook.md, "A cumulative figure without a
 * Profile column").
 *
 * *Why*: a county's care home admissions (lower is better) rose 47.1, 95.8, 141.0 … 282.5 by September
 * against 560 for the year, in a table with no Profile column: +49.55%, green, counted on target — where,
 * if the figures build up over the year, as they do, the half year's 280 makes it −0.89%, amber. "NHS Health
 * Checks received (cumulative %)" at 4.1% by Q2 against 8.0% for the year was −48.75%, red; pro rata it is
 * on target. The Check beside each said so, but a Check does not take a wrong colour out of the counts and
 * the highlight tables that go to Cabinet. Where both readings give the same RAG (500 against 1,200 or
 * against 600 is red either way), or the figure is amber against the whole year (£480k of £500k savings,
 * green pro rata), the RAG stands and the Check still asks.
 *
 * Pure functions; scoring decides (score/score-indicator.ts), findings/cumulative-said.ts says it.
 */
import type { IndicatorRow } from '../model';
import { figuresOnlyRise, nameSaysCumulative } from './cumulative';

/** Why the figure may be cumulative: its name says so, or its figures only rise as a count to date does. */
export type CumulativeDoubt = 'named' | 'rising';

/**
 * Why a row scored flat against its annual target may be cumulative, or null: a table with no Profile
 * column (`noProfileColumn`), a one-sided indicator with an annual target, profiled flat (not by its name
 * or the analyst's words), before March, with no target of its own for `month` (`explicit`, index 0 =
 * April), and either its name says cumulative and its figures build up, two or more growing at least
 * three quarters as fast as the months pass (1.9% in June, 4.1% in Sept — a quarterly table has two by Q2),
 * or its figures only rise, three or more (`figuresOnlyRise`).
 * A rate to date that does not build up ("% of invoices paid (YTD)": 93, 94) is no doubt.
 */
export function cumulativeDoubt(
  row: Pick<
    IndicatorRow,
    'name' | 'periods' | 'profile' | 'profileFromName' | 'profileFromWords' | 'annualTarget' | 'polarity'
  >,
  month: number,
  explicit: (number | null)[] | null,
  noProfileColumn: boolean,
): CumulativeDoubt | null {
  if (!noProfileColumn || row.profile !== 'flat' || row.profileFromName || row.profileFromWords) return null;
  if (row.annualTarget === null || row.polarity === 'close' || month >= 12) return null;
  if (explicit?.[month - 1] != null) return null;
  if (nameSaysCumulative(row.name)) {
    // Two figures may be enough, but then they must grow about as fast as time passes (at least three
    // quarters as fast): 1.9% in June to 4.1% in Sept is 2.16 times in twice the months; a rate to date
    // edging from 93 to 94 is no build-up.
    const rise = figuresOnlyRise(row.periods, month, 2);
    if (rise === null) return null;
    const pace = rise.last.value / rise.first.value / (rise.last.month / rise.first.month);
    return pace >= 0.75 ? 'named' : null;
  }
  return figuresOnlyRise(row.periods, month) !== null ? 'rising' : null;
}
