/**
 * Month figures against a quarter's target (fresh user 10's fire and rescue workbook; docs/workbook.md,
 * "Month figures against a quarter's target"). The service keeps each indicator's months Apr … Sep, a
 * YTD column (their SUM), an "Annual Target", and "Q1 Target" / "Q2 Target" columns. PRV08 "Deliberate
 * secondary fires" (lower is better) held 72, 95, 88, 110, 84, 61, YTD 510, annual 700, Q1 175, Q2 350:
 * the quarter targets are the year to date's (n/4 of the year's). Scored as it stood, Q2 was September's
 * 61 against 350, +82.57%, green, while the year to date, 510, is 45.7% over the 350: red. PRT07 "Fires in
 * non-domestic premises" had a Q2 Target of 60, a quarter's share of 240: September's 22 against 60 was
 * green, the quarter's 63 is 5% over. And a quarter with no target column of its own (Q3, a quarterly
 * count in the December column) was measured against the whole year's 48. All silent wrong numbers: the
 * month-share safeguard (rules/month-share.ts) stands aside wherever the table gives a period target.
 *
 * What the analyst expects, where the row's quarter targets follow its annual target:
 * - **targets to date** (each about n/4 of the year's for quarter n, Q2's or Q3's among them:
 *   `cumulativeQuarterTargets`, rules/quarter-to-date.ts): the year to date — the months added up, April to
 *   the latest — against the quarter's target;
 * - **a quarter's share** (each about a quarter of the year's, Q2's or later among them): the quarter's
 *   months added up against the quarter's target;
 * a quarter without a column of its own gets n/4 (to date) or 1/4 (a quarter's share) of the year's, and a
 * quarter whose later months are not in yet is measured against its share so far (a month's worth a month).
 * DOT compares the quarter with the one before, alike. Only where the months are each a month's share of
 * a total: a count (rules/count-words.ts `notACount`: a Unit cell saying a count or money, else no rate,
 * percentage, average or time in the Unit cell, the name, the number format or the target), one-sided, profile flat (a figure to date is already to date), the figures not
 * rising as a figure to date does, and either the YTD column their sum or the annual target 8 to 18 times
 * the months' mean (a year's worth; the mean, not the median, so rare events with months of 0 are read).
 * A row reported quarterly in the months' columns (figures only at quarter ends) with targets that are a
 * quarter's share: each quarter's figure against its quarter's target.
 * A month missing before the latest (a note, a blank) leaves the quarter's figure unknown: not rated, with
 * a Check, rather than added up short.
 *
 * Pure functions; used by score/score-workbook.ts (scoreRow), said by findings/months-quarter-targets.ts.
 */
import type { IndicatorRow, PeriodValue, QuarterNumber } from '../model';
import { figuresOnlyRise } from './cumulative';
import { notACount } from './count-words';
import { cumulativeQuarterTargets, quarterTargetsAbout } from './quarter-to-date';
import { toleranceScale } from './added-up-tolerance';

/** Why such an indicator is not rated: a month missing from the figure it is measured as (the Highlights' words). */
export const MONTH_MISSING = 'a month missing from the figure its quarter target is for';

/** One quarter's figure: the months added up (1 = April), the month it stands at, its sum and target. */
export interface QuarterFigure {
  quarter: QuarterNumber;
  /** The first and last month added up (1 = April). */
  from: number;
  at: number;
  sum: number;
  target: number;
  /** The target is the quarter's column's (false: worked out from the year's, or pro rata for a part quarter). */
  typed: boolean;
}

export interface MonthsAgainstQuarterTargets {
  /** The row to score: each quarter's figure at its last month with a figure, other months empty; no last year. */
  row: IndicatorRow;
  /** The targets for those figures (index 0 = April). */
  explicit: (number | null)[];
  /** 'toDate': the year to date against targets to date; 'quarter': each quarter's months against its share. */
  per: 'toDate' | 'quarter';
  /** The quarters with a figure up to the one scored. */
  quarters: QuarterFigure[];
  /** The YTD column equals the months added up (its header), else null. */
  ytd: string | null;
  /** The row is reported quarterly in its months' columns (figures at quarter ends only). */
  quarterly: boolean;
  /**
   * The scored quarter's target over the year's (0.5 for Q2's target to date, 0.25 for a quarter's share):
   * rules/added-up-tolerance.ts scales an amber band in the unit, given against the year's target, by it.
   */
  toleranceScale: number;
  /** Set where a month is missing before the latest: the indicator is not rated (`MONTH_MISSING`); the month (1 = April). */
  missing?: number;
}

const EMPTY: PeriodValue = Object.freeze({ kind: 'empty' });

/**
 * The quarter targets (index 0 = Q1) where every quarter target the row gives (at a quarter's last month in
 * `explicit`, index 0 = April) is about a quarter of the year's and one of them is Q2's or later; the
 * quarters without one get a quarter of the year's. Null otherwise.
 */
export function quarterShareTargets(
  annual: number | null,
  explicit: readonly (number | null)[] | null | undefined,
): { targets: number[]; derived: QuarterNumber[] } | null {
  const read = quarterTargetsAbout(annual, explicit, (_q, year) => year / 4);
  return read && read.given.some((q) => q >= 2) ? { targets: read.targets, derived: read.derived } : null;
}

/**
 * The row of month figures whose quarter targets are to date or a quarter's share, read as the targets
 * are set (see the file's comment), for scoring quarter `quarter`; null where the rule does not apply.
 * @param row the indicator as read: `periods`, `periodColumns` (index 0 = April), `annualTarget`, `toDate`, `name`, `shown`
 * @param explicit its month targets (index 0 = April): the table's quarter target columns, a Targets sheet's
 * @param quarter the quarter scored
 */
export function monthsAgainstQuarterTargets(
  row: IndicatorRow,
  explicit: readonly (number | null)[] | null,
  quarter: QuarterNumber,
): MonthsAgainstQuarterTargets | null {
  if (row.profile !== 'flat' || (row.polarity !== 'higher' && row.polarity !== 'lower')) return null;
  if (row.noBetterDirection !== undefined || row.polarityProblem || row.annual || row.quarterFigures) return null;
  if (row.mixedScale || row.scaleProblem || row.explicitScaleProblem) return null;
  if (notACount(row)) return null;
  const annual = row.annualTarget;
  const toDate = cumulativeQuarterTargets(annual, explicit);
  const share = toDate ? null : quarterShareTargets(annual, explicit);
  if (!toDate && !share) return null;
  // The months' figures: how many, where, and whether any is a month's own (not a quarter's end).
  let n = 0;
  let sum = 0;
  let inner = false;
  let last = 0;
  for (let m = 1; m <= 12; m++) {
    const p = row.periods[m - 1];
    if (p?.kind !== 'number' || row.periodColumns[m - 1] === null) continue;
    if (!(p.value >= 0) || p.unit !== undefined) return null;
    n++;
    sum += p.value;
    last = m;
    if (m % 3 !== 0) inner = true;
  }
  if (n === 0) return null;
  const quarterly = !inner;
  // A quarterly row's figures are the quarters' own: added up only against targets that are a quarter's share.
  if (quarterly && !share) return null;
  if (!quarterly) {
    if (n < 3 || figuresOnlyRise(row.periods, last) !== null) return null;
    const ytd = row.toDate !== undefined && Math.abs(row.toDate.value - sum) <= Math.max(0.5, sum * 0.02);
    const yearsWorth = annual! / (sum / n);
    if (!ytd && !(yearsWorth >= 8 && yearsWorth <= 18)) return null;
  }
  const targets = (toDate ?? share)!.targets;
  const typedTarget = (q: number) => explicit?.[3 * q - 1] != null;
  const per = toDate ? 'toDate' : 'quarter';
  const quarters: QuarterFigure[] = [];
  let missing: number | undefined;
  for (let q = 1; q <= quarter; q++) {
    const first = 3 * q - 2;
    let at = 0;
    for (let m = first; m < first + 3; m++) if (row.periods[m - 1]?.kind === 'number') at = m;
    if (at === 0) continue;
    const from = per === 'toDate' ? 1 : quarterly ? at : first;
    let figure = 0;
    for (let m = from; m <= at; m++) {
      const p = row.periods[m - 1];
      if (p?.kind !== 'number') {
        if (missing === undefined) missing = m;
        continue;
      }
      figure += p.value;
    }
    // A part quarter: its share so far, a month's worth a month (to date: the quarter before's, and on).
    const months = quarterly ? 3 : at - first + 1;
    const before = per === 'toDate' && q > 1 ? targets[q - 2] : 0;
    const target =
      months === 3 ? targets[q - 1] : Number((before + ((targets[q - 1] - before) * months) / 3).toPrecision(15));
    quarters.push({
      quarter: q as QuarterNumber,
      from,
      at,
      sum: Number(figure.toPrecision(15)),
      target,
      typed: months === 3 && typedTarget(q),
    });
  }
  if (quarters.length === 0) return null;
  const periods = row.periods.slice();
  const periodColumns = row.periodColumns.slice();
  const explicitOut = new Array<number | null>(12).fill(null);
  for (let m = 1; m <= 12; m++) {
    const q = quarters.find((f) => f.at === m);
    if (q) {
      periods[m - 1] = { kind: 'number', value: q.sum, fromText: false };
      explicitOut[m - 1] = q.target;
    } else if (m <= 3 * quarter) {
      // Months after the scored quarter stay as they are (a later figure's Check names them).
      const p = periods[m - 1];
      if (p.kind === 'number') {
        periods[m - 1] = EMPTY;
        periodColumns[m - 1] = null;
      }
    }
  }
  const ytdHeader =
    row.toDate !== undefined && Math.abs(row.toDate.value - sum) <= Math.max(0.5, sum * 0.02)
      ? row.toDate.header
      : null;
  return {
    row: { ...row, periods, periodColumns, lastYear: quarterly ? row.lastYear : [], previousYear: undefined },
    explicit: explicitOut,
    per,
    quarters,
    ytd: ytdHeader,
    quarterly,
    toleranceScale: toleranceScale(quarters[quarters.length - 1].target, annual)!,
    ...(missing !== undefined ? { missing } : {}),
  };
}
