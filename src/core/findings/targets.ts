/** Findings about targets: missing, or taken from the Targets sheet where the table's cell is blank. */
import { rareEventShare } from '../rules/rare-events';
import { TIME_WITHOUT_POLARITY } from '../rules/time-name';
import type { Finding, IndicatorRow, IndicatorScore, IndicatorTable, MonthNumber } from '../model';
import { finding } from '../catalogue';
import { listed, quote, who } from '../words';
import { figureText } from '../read/number-formats-text';
import { periodName, periodNaming, quarterOfMonth, monthNumber } from '../periods';
import { figuresOnlyRise, nameSaysCumulative, NEEDS_A_PROFILE } from '../rules/cumulative';
import { monthShareOfTarget, MONTH_SHARE, type MonthShare } from '../rules/month-share';
import { QUARTER_SHARE } from '../rules/quarter-share';
import { TARGET_TO_LATER } from '../read/target-to-date';
import { roundHalfAway } from '../rules/rounding';
import { NO_FIGURE_TO_DATE } from '../rules/quarter-to-date';
import { ANNUAL_MONTH_MISSING, ANNUAL_UNSURE } from '../rules/annual-to-date';
import { PER_HEAD_UNSURE } from '../rules/days-per-head';
import { cumulativeSaidFindings } from './cumulative-said';

/**
 * Findings about an indicator's target, one per target cell: where the cell holds text that is neither a
 * figure nor a word for "no target" ("Increase", "Top quartile") and the indicator is counted under No
 * target, the target-missing Check quotes the text and says so; where a Targets sheet or a quarter's
 * target column still gives the month's target, a Check says the text is not read. It was both, two
 * findings on one cell (helper misread).
 */
export function targetFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  targetsSheet: string | null,
): Finding[] {
  const found = targetMissingFindings(table, row, score, targetsSheet);
  if (row.targetText === null || row.noTargetStated || table.columns.target === undefined) return found;
  if (found.some((f) => f.kind === 'target-missing')) return found;
  // Scored against the Targets sheet: said in the same sentence (the cell is not blank, as that Note says).
  const fromSheet = found.length > 0 && found[0].kind === 'target-from-targets-sheet';
  return [
    finding({
      kind: 'target-text',
      at: { sheet: row.sheet, row: row.row, col: row.targetColumn ?? table.columns.target },
      ref: row.ref,
      who: who(row),
      text: quote(row.targetText),
      ...(fromSheet && score.periodTarget !== null && score.latestMonth !== null
        ? {
            scoredAgainst: `the ${targetsSheet} sheet's ${periodName(score.latestMonth, periodNaming(table))} target of ${figureText(score.periodTarget, score.targetFormat)}`,
          }
        : {}),
    }),
  ];
}

function targetMissingFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  targetsSheet: string | null,
): Finding[] {
  const col = table.columns.target ?? table.columns.name ?? 0;
  if (score.status === 'data gap' || score.status === 'not due') return [];
  // The target cell said there is none ("TBC", "Data only" …): the reading finding says so, once (issue 7).
  if (score.periodTarget === null && row.noTargetStated) return [];
  // A target on another scale from its values: the percentage-scales finding says so, once (noticed item 1, session 4);
  // a month's figures against a longer period's target: the month-share finding (rules/month-share.ts).
  if (score.periodTarget === null && score.reason === MONTH_SHARE) return [];
  if (score.periodTarget === null && score.reason === QUARTER_SHARE) return [];
  // A target to date of a later period (findings/target-to-date.ts): its own Check.
  if (score.periodTarget === null && score.reason === TARGET_TO_LATER) return [];
  // A time with no polarity, not rated against its month targets: its own finding (findings/time-name.ts).
  if (score.periodTarget === null && score.reason === TIME_WITHOUT_POLARITY) return [];
  // A cumulative quarter target with no figure to date for it: its own Check (findings/quarter-to-date.ts).
  if (score.periodTarget === null && score.reason === NO_FIGURE_TO_DATE) return [];
  // A year's target not measured against (rules/annual-to-date.ts): its own Check names the target, so "no
  // target" beside it would contradict it (helper loose, session 13's hunt).
  if (score.periodTarget === null && (score.reason === ANNUAL_UNSURE || score.reason === ANNUAL_MONTH_MISSING))
    return [];
  if (score.periodTarget === null && score.reason === PER_HEAD_UNSURE) return []; // findings/days-per-head.ts
  if (score.periodTarget === null && (row.scaleProblem || row.explicitScaleProblem)) return [];
  // The Targets sheet's row for its ref is another organisation's sheet's (read/parallel-targets.ts).
  if (score.periodTarget === null && row.targetsSheetNotOwn && targetsSheet)
    return [targetsSheetNotOwnFinding(table, row, row.targetsSheetNotOwn, targetsSheet)];
  // A latest value written unlike the row's others (0.66 among 65s): the written-two-ways finding says why it is not rated (helper hunt3).
  if (score.periodTarget === null && row.mixedScale && row.annualTarget !== null) return [];
  // Not rated because it needs a profile, or because neither way is better: their own findings say so (session 9, fresh-user check 3).
  if (
    score.periodTarget === null &&
    (score.reason === NEEDS_A_PROFILE || row.noBetterDirection !== undefined || !!row.polarityProblem)
  )
    return [];
  if (score.periodTarget === null) {
    // "Contextual — no target" in its Notes: none on purpose, said where the analyst said it (fresh user 15).
    const said = !row.targetText && row.noTargetSaid ? row.noTargetSaid : undefined;
    const because = said
      ? `its ${said.header} cell says ${quote(said.text)}`
      : `${row.targetText ? `the target cell says ${quote(row.targetText)}` : 'no annual target'}${targetsSheet ? ` and nothing on the ${targetsSheet} sheet` : ''}`;
    return [
      finding({
        kind: 'target-missing',
        at: said ? { sheet: row.sheet, row: said.row, col: said.col } : { sheet: row.sheet, row: row.row, col },
        ref: row.ref,
        who: who(row),
        month: score.latestMonth === null ? null : periodName(score.latestMonth, periodNaming(table)),
        because,
        deliberate:
          said !== undefined ||
          (row.targetText !== undefined && row.targetText !== null && NO_TARGET_MEANT.test(row.targetText)),
      }),
    ];
  }
  if (row.annualTarget === null && table.columns.target !== undefined && targetsSheet) {
    return [
      finding({
        kind: 'target-from-targets-sheet',
        at: { sheet: row.sheet, row: row.row, col },
        ref: row.ref,
        who: who(row),
        targetsSheet,
        month: score.latestMonth === null ? null : periodName(score.latestMonth, periodNaming(table)),
        target: figureText(score.periodTarget, score.targetFormat),
      }),
    ];
  }
  return [];
}

/**
 * A figure that looks cumulative beside an annual target, in a table with no Profile column (helper
 * misread; rules/cumulative.ts): a count whose name says so was profiled pro rata, and this Check says
 * so; a rate whose name says so, or figures that only rise as a count to date does, are measured against
 * the whole annual target as before, and this Check asks for a Profile column. None where the month's
 * target came from elsewhere (a Targets sheet, a "Q2 Target" column: `explicit`, index 0 = April), where
 * there is no rating, or where the table's period header already said "YTD" (its own Check).
 */
export function cumulativeFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  quarter: number,
  explicit: (number | null)[] | null,
): Finding[] {
  const c = table.columns;
  // A target to date, used as given, is profiled by nobody: its own Note says so (findings/target-to-date.ts).
  if (row.targetToDate !== undefined && (row.targetToDate.asTarget || latestMonthOf(score) === row.targetToDate.month))
    return [];
  // Said cumulative in the analyst's words, or not rated as it may be: their own findings (fresh-user check 8).
  const said = cumulativeSaidFindings(table, row, score);
  if (said !== null) return said;
  if (c.profile !== undefined || c.target === undefined || row.annualTarget === null || row.polarity === 'close')
    return [];
  if (score.latestMonth !== null && score.latestValue !== null && score.reason === NEEDS_A_PROFILE) {
    // A cumulative rate building up over the year, not rated (rules/cumulative.ts needsAProfile; session 9, fresh-user check 3).
    const m = monthNumber(score.latestMonth);
    const naming = periodNaming(table);
    const rise = figuresOnlyRise(row.periods, m)!;
    const q = Math.ceil(m / 3);
    return [
      finding({
        kind: 'needs-a-profile',
        at: { sheet: row.sheet, row: row.row, col: c.target },
        ref: row.ref,
        who: who(row),
        why: cumulativeRateWhy(row),
        first: figureText(rise.first.value, score.latestFormat),
        firstPeriod: periodName(rise.first.month, naming),
        period: periodName(m, naming),
        latest: figureText(score.latestValue, score.latestFormat),
        target: figureText(row.annualTarget, score.targetFormat ?? score.latestFormat),
        quarter: `Q${q}`,
        month: m,
        profiled: figureText(
          Number(((row.annualTarget * m) / 12).toPrecision(15)),
          score.targetFormat ?? score.latestFormat,
        ),
      }),
    ];
  }
  if (score.latestMonth === null || score.latestValue === null || score.periodTarget === null) return [];
  const month = monthNumber(score.latestMonth);
  if (explicit?.[month - 1] != null) return [];
  const naming = periodNaming(table);
  const at = { sheet: row.sheet, row: row.row, col: row.targetColumn ?? c.target };
  const period = periodName(month, naming);
  const target = figureText(row.annualTarget, score.targetFormat);
  const latest = figureText(score.latestValue, score.latestFormat);
  if (row.profileFromName)
    return [
      finding({
        kind: 'looks-cumulative-profiled',
        at,
        ref: row.ref,
        who: who(row),
        target,
        period,
        month,
        profiled: figureText(score.periodTarget, score.targetFormat),
      }),
    ];
  if (table.ytdHeader !== undefined) return [];
  if (nameSaysCumulative(row.name))
    return [finding({ kind: 'looks-cumulative-named', at, ref: row.ref, who: who(row), period, latest, target })];
  const rise = figuresOnlyRise(row.periods, 3 * quarter);
  if (rise === null) return [];
  return [
    finding({
      kind: 'looks-cumulative-rising',
      at,
      ref: row.ref,
      who: who(row),
      first: figureText(rise.first.value, score.latestFormat),
      firstPeriod: periodName(rise.first.month, naming),
      period,
      latest,
      target,
    }),
  ];
}

/**
 * A month's figures against a year's or a quarter's target (rules/month-share.ts; fresh user 3, session 9):
 * the indicator was not rated, and this Check says why, with the month's target the annual one comes to.
 * `explicit`: the month targets a Targets sheet or a quarter's target column gives (index 0 = April).
 */
export function monthShareFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  explicit: (number | null)[] | null,
): Finding[] {
  if (score.reason !== MONTH_SHARE) return [];
  const share = monthShareOfTarget(row, explicit) ?? rareEventShare(row, explicit);
  if (share === null || row.annualTarget === null) return [];
  const shown = (n: number) => figureText(n, score.latestFormat);
  const told =
    share.evidence === 'toDate' ? row.toDate : share.evidence === 'lastYearToDate' ? row.lastYearToDate : undefined;
  const latest =
    share.evidence !== 'outturn' && score.latestMonth !== null && score.latestValue !== null
      ? {
          period: periodName(score.latestMonth, periodNaming(table)),
          latest: shown(score.latestValue),
          share: `${roundHalfAway((score.latestValue / row.annualTarget) * 100, 1)}%`,
        }
      : {};
  return [
    finding({
      kind: 'month-share',
      at: { sheet: row.sheet, row: row.row, col: table.columns.target ?? table.columns.name ?? 0 },
      ref: row.ref,
      who: who(row),
      low: shown(share.low),
      high: shown(share.high),
      ...(row.outturnPrevYear !== null ? { outturn: shown(row.outturnPrevYear) } : {}),
      target: figureText(row.annualTarget, score.targetFormat),
      per: share.per,
      monthTarget: figureText(share.monthTarget, score.targetFormat),
      ...(share.evidence !== 'outturn' ? { evidence: share.evidence, sum: shown(share.sum) } : {}),
      ...(told ? { header: quote(told.header), figure: shown(told.value) } : {}),
      ...latest,
    }),
  ];
}

/**
 * A month's share of a quarter's target scored on the quarter's own column instead
 * (rules/month-share.ts, quarterColumnsForQuarterTarget; session 10, helper layouts3): a Note naming the
 * column and the figure scored, so the analyst sees why the months were passed over. None where nothing
 * was scored (a data gap).
 */
export function quarterTargetFindings(
  table: IndicatorTable,
  row: IndicatorRow,
  score: IndicatorScore,
  share: MonthShare,
): Finding[] {
  if (score.latestMonth === null || score.latestValue === null || row.annualTarget === null) return [];
  const month = monthNumber(score.latestMonth);
  const q = quarterOfMonth(month as MonthNumber);
  const column = table.quarterColumns?.[q - 1];
  if (!column) return [];
  const shown = (n: number) => figureText(n, score.latestFormat);
  return [
    finding({
      kind: 'quarter-target-scored',
      at: { sheet: row.sheet, row: row.row, col: column.col },
      ref: row.ref,
      who: who(row),
      low: shown(share.low),
      high: shown(share.high),
      target: figureText(row.annualTarget, score.targetFormat),
      header: quote(column.header),
      value: shown(score.latestValue),
      quarter: q,
    }),
  ];
}

/** The Check on a row whose Targets sheet row is another sheet's (IndicatorRow.targetsSheetNotOwn), on its own target cell. */
function targetsSheetNotOwnFinding(
  table: IndicatorTable,
  row: IndicatorRow,
  not: NonNullable<IndicatorRow['targetsSheetNotOwn']>,
  targetsSheet: string,
): Finding {
  const sheets = not.theirs.map((s) => `'${s}'`);
  const whose =
    not.yearEnd === null
      ? 'it gives no March target to tell whose it is'
      : sheets.length === 0
        ? `its March target of ${figureText(not.yearEnd)} is none of theirs`
        : `its March target of ${figureText(not.yearEnd)} is the target of ${listed(sheets)}`;
  return finding({
    kind: 'targets-sheet-not-own',
    at: { sheet: row.sheet, row: row.row, col: row.targetColumn ?? table.columns.target ?? table.columns.name ?? 0 },
    ref: row.ref,
    who: who(row),
    targetsSheet,
    targetsRow: not.targetsRow + 1,
    own: row.annualTarget === null ? 'none' : figureText(row.annualTarget),
    whose,
    key: row.ref ?? row.name,
  });
}

/** A target cell saying the indicator has no target on purpose: "No target – compare with last year", "Monitor only", "N/A". */
const NO_TARGET_MEANT =
  /^\s*(?:no (?:numerical |numeric )?target\b|monitor(?:ing)?(?: only)?\b|not applicable\b|n\/?a\b|none\b|contextual\b|for information\b)/i;

/** The month (1 = April) of the score's latest value, or null. */
function latestMonthOf(score: IndicatorScore): number | null {
  return score.latestMonth === null ? null : monthNumber(score.latestMonth);
}

/** Why a rate is taken to be cumulative: its name, or the analyst's words (read/cumulative-words.ts; fresh user 13). */
function cumulativeRateWhy(row: IndicatorRow): string {
  const said = row.cumulativeRateSaid;
  if (!said) return 'its name says it is cumulative';
  return said.where === 'column'
    ? `its ${said.header} cell says ${quote(said.text)}`
    : `the note ${quote(said.text)} under the table says it is cumulative`;
}
