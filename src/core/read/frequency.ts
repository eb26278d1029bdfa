/**
 * How often an indicator is reported (session 8 closing note, noticed items 2 and 3): an annual one —
 * a survey, a yearly return — has one figure a year, due in one quarter. Before that quarter it is not
 * yet due (not a data gap: the council's report counts only the indicators "due to be reported" in the
 * quarter), and its one figure does not set the quarter a run scores (score/score-workbook.ts).
 */
import type { CellValue, IndicatorRow, QuarterNumber } from '../model';
import { cellText } from './values';

/** Months as a Frequency cell may name them, to their financial-year quarter ("March" → Q4, "Sept" → Q2). */
const MONTH_QUARTER: [RegExp, QuarterNumber][] = [
  [/\b(apr|april|may|jun|june)\b/, 1],
  [/\b(jul|july|aug|august|sep|sept|september)\b/, 2],
  [/\b(oct|october|nov|november|dec|december)\b/, 3],
  [/\b(jan|january|feb|february|mar|march|year[- ]end)\b/, 4],
];

/** Twice a year, not once: "Bi-annual", "Semi-annual", "Half-yearly", "Six-monthly". */
const TWICE_A_YEAR = /\b(bi-?annual(ly)?|semi-?annual(ly)?|half[- ]?year(ly)?|six[- ]?monthly|biannual(ly)?)\b/;

/** Once a year: "Annual", "Annually", "Yearly", "Once a year", "Reported in Q4", "Q4 only". */
const ONCE_A_YEAR = /\b(annual|annually|yearly|once a year|per year|each year|reported in q[1-4]|q[1-4] only)\b/;

/**
 * A name that says it is reported once a year: "Tenant satisfaction (annual TSM survey)", "… – annual survey".
 * Not "(annual target 1,200)": that names the target's period, not the figure's (fresh user 4, session 10).
 */
const ANNUAL_NAME =
  /\(annual\b(?! target)|\bannual (survey|measure|return|census|indicator|figure|data)\b|\breported annually\b/i;

/**
 * A Frequency cell (or, where the table has none, the indicator's name) read as annual: the quarter its
 * figure is due in — the quarter or month it names ("Annual (Q2)", "Annually – Sept", "Reported in Q4"),
 * else Q4, the year's end — and the words that said so. Null when it is not annual ("Quarterly",
 * "Monthly", "Bi-annual", blank, or a name that says nothing: "% of annual reviews completed" is not).
 */
export function parseAnnual(frequency: CellValue | undefined, name: string): IndicatorRow['annual'] | null {
  const typed = frequency === null || frequency === undefined ? '' : cellText(frequency).trim();
  const t = typed.toLowerCase();
  if (t !== '') {
    if (TWICE_A_YEAR.test(t) || !ONCE_A_YEAR.test(t)) return null;
    return { due: dueQuarter(t), text: typed };
  }
  return ANNUAL_NAME.test(name) ? { due: 4, text: name } : null;
}

/** The quarter a Frequency cell's words name ("Annual (Q2)", "Annually – Sept"), else Q4. Lower case in. */
export function dueQuarter(t: string): QuarterNumber {
  const q = /\bq([1-4])\b|\bquarter ([1-4])\b/.exec(t);
  if (q) return Number(q[1] ?? q[2]) as QuarterNumber;
  for (const [re, quarter] of MONTH_QUARTER) if (re.test(t)) return quarter;
  return 4;
}
