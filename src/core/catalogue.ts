/**
 * The catalogue of data-quality findings (issue 12 item 3; docs/workbook.md, "Data-quality findings"):
 * every finding the engine can give, declared once, with the kind it is reported as (`Finding.kind`,
 * in the JSON result), its severity (a Check, 'warning', or a Note, 'info'), the sentence as a
 * function of named fields, and the advice that follows it. Detection lives in findings/ and read/;
 * they build findings with `finding({ kind, at, ref, …fields })` and never write a sentence of their own.
 */
import type { Finding, FindingKind } from './model';
import { cellAddress } from './a1';
import { plural } from './words';

type Severity = Finding['severity'];

interface Entry<F> {
  /** The kind the finding is reported as. */
  kind: FindingKind;
  severity: Severity | ((fields: F) => Severity);
  message: (fields: F) => string;
  /** What to do about it, appended to the sentence. */
  advice?: string;
}

/** An entry with its fields' types (`entry<{ who: string }>({ … })`). */
function entry<F>(e: Entry<F>): Entry<F> {
  return e;
}

/** Where a finding points: a sheet and a 0-based row and column. */
export interface At {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The fields of the two Notes on words after the last figure ('not-carried-forward',
 * 'latest-before-quarter-end'; findings/series.ts, saidSinceFinding): the words (`said`), the month they
 * are in (`saidMonth`), the latest figure as its cell shows it (`value`) and its month (`month`).
 */
interface SaidSinceFields {
  who: string;
  quarter: number;
  said: string;
  saidMonth: string;
  value: string;
  month: string;
  /** The quarter of the words where it is before the one scored (Sept's "n/a" when Q3 is scored). */
  saidQuarter?: number;
}

/** An amber band in the unit as scaled (findings/scaled-band.ts builds it): as given, as scaled, the scale, where red starts. */
export interface ScaledBand {
  given: string;
  amount: string;
  /** The scale, as said: "3", "0.5". */
  times: string;
  red: string;
  /** Red starts below `red` (higher is better), else above it. */
  higher: boolean;
}

/**
 * An amber band in the unit scaled from the year's with its target (findings/scaled-band.ts): " Its amber band
 * is scaled as the target is, from the year's 12 to 3: red above 63."
 */
function yearBandWords(b: ScaledBand | undefined): string {
  return b
    ? ` Its amber band is scaled as the target is, from the year's ${b.given} to ${b.amount}: red ${b.higher ? 'below' : 'above'} ${b.red}.`
    : '';
}

/** Why sheets were read as area breakdowns, in the Note's words (read/area-sheets.ts). */
const AREA_BY = {
  names: 'as their names say',
  'names and figures': "as their names say and their figures bear out (they add up to the whole's or sit near it)",
  figures: "as their figures say (they add up to the whole's)",
  mapping: 'as the mapping says',
} as const;

/** "a quarter of", "half", "three quarters of", "all of": quarter n's share of a year, as an analyst says it. */
function shareWords(quarter: number): string {
  return ['a quarter of', 'half', 'three quarters of', 'all of'][quarter - 1] ?? `${quarter}/4 of`;
}

/**
 * A cumulative quarter target, as the Notes on a quarter's figure to date name it ('quarter-to-date',
 * 'quarter-to-date-unclear'; rules/quarter-to-date.ts, findings/quarter-to-date.ts).
 */
interface CumulativeTargetFields {
  /** The quarter scored, its cumulative target, and whether that target was worked out (no column of its own). */
  quarter: number;
  target: string;
  derived: boolean;
  /** The year's target; the quarter whose target showed it cumulative, and that target. */
  annual: string;
  shownBy: number;
  shownTarget: string;
}

/**
 * A cumulative quarter target, said: "its Q2 target of 20 is half the year's 40, a target for the year to
 * date", or, worked out: "Q3's target to date is three quarters of the year's 40, 30 (its Q2 target of 20 is half of it)".
 */
function cumulativeTargetWords(f: CumulativeTargetFields): string {
  return f.derived
    ? `Q${f.quarter}'s target to date is ${shareWords(f.quarter)} the year's ${f.annual}, ${f.target} (its Q${f.shownBy} target of ${f.shownTarget} is ${shareWords(f.shownBy).replace(/^half$/, 'half of')} it, a target for the year to date)`
    : `its Q${f.quarter} target of ${f.target} is ${shareWords(f.quarter)} the year's ${f.annual}, a target for the year to date`;
}

/**
 * The fields of the Notes on a table's second column of one kind, the one not used ('second-column',
 * 'target-column-by-row', 'standard-or-trajectory'; findings/second-column.ts, secondColumnFields): the
 * sheet, the header row (1-based), and each column's letter and quoted header.
 */
export interface SecondColumnFields {
  sheet: string;
  headerRow: number;
  usedColumn: string;
  usedHeader: string;
  column: string;
  header: string;
}

/**
 * The fields of the Notes on rows read as an indicator's breakdown ('breakdown-rows', 'breakdown-rows-by-ref',
 * 'breakdown-rows-by-writing'; findings/reading.ts, from read/tables.ts breakdownRows): the sheet, the rows
 * and their texts, the indicator they stand under, and whether there is one row.
 */
interface BreakdownRowsFields {
  sheet: string;
  rows: string;
  texts: string;
  under: string;
  one: boolean;
}

/**
 * The fields of a typed column that is another quarter's ('typed-variance-quarter', 'typed-dot-quarter';
 * findings/typed-quarter.ts): the quarter scored and the other one, how many rows disagree with the one
 * scored out of those compared, how many agree with the other out of those it compares, and the rows that
 * agree with neither ("" when none).
 */
interface TypedQuarterFields {
  /** A typed Status column that is the analyst's: kept as typed, never written (read/status-column.ts). */
  kept?: boolean;
  quarter: number;
  other: number;
  disagree: number;
  compared: number;
  agree: number;
  comparedOther: number;
  neither: string;
}

/** "The % variances typed in this table are Q3's, not Q2's: 16 of 18 disagree with Q2's figures and all 18 agree with Q3's. …" */
function typedQuarterSentence(what: string, f: TypedQuarterFields): string {
  const agree = f.agree === f.comparedOther ? `all ${f.agree}` : `${f.agree} of ${f.comparedOther}`;
  const disagree = f.disagree === f.compared ? `all ${f.disagree}` : `${f.disagree} of ${f.compared}`;
  const many = f.neither.includes(' and ');
  const neither =
    f.neither === '' ? '' : `; ${f.neither} ${many ? 'agree' : 'agrees'} with neither: check ${many ? 'them' : 'it'}`;
  return (
    `The ${what} typed in this table are Q${f.other}'s, not Q${f.quarter}'s: ${disagree} disagree with ` +
    `Q${f.quarter}'s figures and ${agree} agree with Q${f.other}'s${neither}. ` +
    (f.kept ? `They are kept as you typed them: retype them for Q${f.quarter}, or score ` : 'Score ') +
    `Q${f.other} if that is the quarter being reported.`
  );
}

const CATALOGUE = {
  // Figures the analyst typed that the product's own disagree with (findings/typed.ts, findings/polarity.ts).
  'typed-dot-disagrees': entry<{ who: string; typed: string; computed: string; evidence: string }>({
    kind: 'typed-dot-disagrees',
    severity: 'warning',
    message: (f) => `${f.who}: DOT was typed as ${f.typed} but the figures say ${f.computed}${f.evidence}.`,
  }),
  'typed-trend-disagrees': entry<{ who: string; typed: string; computed: string }>({
    kind: 'typed-trend-disagrees',
    severity: 'warning',
    message: (f) =>
      `${f.who}: Trend was typed as ${f.typed} but against the same quarter last year the figures say ${f.computed}.`,
  }),
  // A typed Trend arrow with no figure behind it in the workbook (rules/trend.ts; noticed item 3, session 4).
  'typed-trend-unsupported': entry<{ who: string; typed: string; quarter: number }>({
    kind: 'typed-trend-disagrees',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the Trend was typed as ${f.typed} but the workbook holds no figure to compare with, so it is not ` +
      `coloured or counted under "Trend can be determined". Add last year's figure (a "Last year Q${f.quarter}" ` +
      `column or a Last year sheet), or clear the cell.`,
  }),
  'typed-variance-disagrees': entry<{
    who: string;
    typed: string;
    computed: string;
    latest: string;
    month: string;
    target: string;
  }>({
    kind: 'typed-variance-disagrees',
    severity: 'warning',
    message: (f) =>
      `${f.who}: % variance was typed as ${f.typed} but the figures give ${f.computed} (${f.latest} against a ${f.month} target of ${f.target}).`,
  }),
  // A table's typed variances or arrows that are another quarter's: one Check for the column, in place of
  // one a row (findings/typed-quarter.ts; helper noise: 48 variance Checks scoring St Helens at Q2).
  'typed-variance-quarter': entry<TypedQuarterFields>({
    kind: 'typed-variance-disagrees',
    severity: 'warning',
    message: (f) => typedQuarterSentence('% variances', f),
  }),
  'typed-dot-quarter': entry<TypedQuarterFields>({
    kind: 'typed-dot-disagrees',
    severity: 'warning',
    message: (f) => typedQuarterSentence('DOT arrows', f),
  }),
  'typed-status-quarter': entry<TypedQuarterFields>({
    kind: 'typed-status-disagrees',
    severity: 'warning',
    message: (f) => typedQuarterSentence('RAG statuses', f),
  }),
  'typed-variance-column': entry<{ quarter: number; disagree: number; compared: number; refs: string }>({
    kind: 'typed-variance-disagrees',
    severity: 'warning',
    message: (f) =>
      `The % variances typed in this table disagree with Q${f.quarter}'s figures in ${f.disagree} of ${f.compared} ` +
      `rows (${f.refs}), and no other quarter's figures give them: they may be worked out another way or from ` +
      `other figures. Here the variance is (latest − target) / |target|, the other way round when lower is ` +
      `better, so positive is always better than target.`,
    advice: 'Check the column before the report goes out.',
  }),
  'typed-status-disagrees': entry<{ who: string; typed: string; says: string; written: string; kept?: boolean }>({
    kind: 'typed-status-disagrees',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the status was typed as ${f.typed} but ${f.says}. ` +
      (f.kept ? 'It is kept as you typed it;' : `The product writes ${f.written} there;`),
    advice: 'check which is right before the report goes out.',
  }),

  // Targets (findings/targets.ts).
  'target-missing': entry<{ who: string; month: string | null; because: string; deliberate?: boolean }>({
    kind: 'target-missing',
    // The target cell says there is deliberately none ("No target – compare with last year"): a Note (fresh user 12).
    severity: (f) => (f.deliberate ? 'info' : 'warning'),
    message: (f) =>
      `${f.who}: no target for ${f.month} (${f.because}), so it is shown without colour and counted as "No target".`,
  }),
  // A figure that looks cumulative beside an annual target, with no Profile column (findings/targets.ts,
  // rules/cumulative.ts; helper misread).
  'looks-cumulative-profiled': entry<{ who: string; target: string; period: string; month: number; profiled: string }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its name says it is cumulative and the table has no Profile column, so its annual target ${f.target} is ` +
      `profiled pro rata: ${f.period}'s target is ${f.month}/12 of it, ${f.profiled}. If ${f.target} is already the ` +
      `target for the figure as it stands, add a "Profile" column saying Flat.`,
  }),
  // The analyst's own word that it is cumulative, in a Comments (Notes, Type, Frequency) cell or a footnote
  // naming its ref (read/cumulative-words.ts; fresh-user check 8).
  'cumulative-said': entry<{
    who: string;
    said: string;
    target: string;
    period: string;
    month: number;
    profiled: string;
    /** Months added up to date (read/running-totals.ts): an amber band in the unit scaled alike. */
    band?: ScaledBand;
    /** The period's target scored is the one typed for it ("Q2 target"), not the year's profiled. */
    typed?: boolean;
  }>({
    kind: 'looks-cumulative',
    severity: 'info',
    message: (f) =>
      f.typed
        ? `${f.who}: ${f.said}, so it is scored as cumulative, against the target typed for ${f.period}, ${f.profiled}; ` +
          `a period with no target typed is measured against its annual target ${f.target} profiled pro rata.`
        : `${f.who}: ${f.said}, so it is scored as cumulative: its annual target ${f.target} is profiled pro rata, ${f.period}'s ` +
          `target is ${f.month}/12 of it, ${f.profiled}.${yearBandWords(f.band)} If ${f.target} is already the target for the figure as it ` +
          `stands, add a "Profile" column saying Flat.`,
  }),
  // Cumulative or not, the product cannot tell, and the answer changes the RAG: not rated
  // (rules/cumulative-unsure.ts; fresh-user check 8).
  'cumulative-unsure': entry<{
    who: string;
    why: string;
    period: string;
    latest: string;
    target: string;
    whole: string;
    month: number;
    profiled: string;
    proRata: string;
  }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.why}, but the table has no Profile column, and ${f.period}'s ${f.latest} is ${f.whole} against ` +
      `the whole year's ${f.target} but ${f.proRata} against ${f.month}/12 of it (${f.profiled}): it is not rated ` +
      `(Needs a profile), counted under "Not rated". Add a "Profile" column saying Cumulative if it builds up ` +
      `over the year, or Flat if ${f.target} is the target for the figure as it stands.`,
  }),
  // Days lost per head no word places, too small for a year's worth (rules/days-per-head.ts; session 14, layouts7).
  'days-per-head-unsure': entry<{
    who: string;
    low: string;
    high: string;
    target: string;
    period: string;
    latest: string;
    whole: string;
    month: number;
    profiled: string;
    /** " (−1.18%)": the latest against the target to date, or ''. */
    proRata: string;
  }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its name says days lost per head, and its figures (${f.low} to ${f.high}) are well under the year's ` +
      `target of ${f.target}, so they are no rolling 12 months' worth: ${f.period}'s ${f.latest} is either the year to ` +
      `date, to be measured against ${f.month}/12 of the target, ${f.profiled}${f.proRata}, or ${f.period}'s own days, ` +
      `to be measured against that period's share — not against the whole year's ${f.target} (${f.whole}). Nothing ` +
      `says which, so it is not rated (no variance or RAG colour) and is counted under "Not rated". If it is the ` +
      `year to date, add "(YTD)" to its name or a Comments column saying "Year to date"; if each figure is its ` +
      `period's own, give each period its target on a Targets sheet (or a "Profile" column saying Flat if ` +
      `${f.target} is the target for the figure as it stands); and score again.`,
  }),
  'looks-cumulative-named': entry<{ who: string; period: string; latest: string; target: string }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its name says it is cumulative, but the table has no Profile column, so ${f.period}'s ${f.latest} is ` +
      `measured against the whole annual target of ${f.target}. If it builds up over the year, add a "Profile" ` +
      `column saying Cumulative; a rate needs nothing.`,
  }),
  // A cumulative rate building up over the year, not rated without a profile (rules/cumulative.ts needsAProfile;
  // session 9, fresh-user check 3).
  'needs-a-profile': entry<{
    who: string;
    /** "its name says it is cumulative", or where the analyst's words say so ("its Notes cell says …"). */
    why: string;
    first: string;
    firstPeriod: string;
    period: string;
    latest: string;
    target: string;
    quarter: string;
    month: number;
    profiled: string;
  }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.why} and its figures build up over the year (${f.first} in ${f.firstPeriod}, ${f.latest} in ${f.period}), ` +
      `but the table has no Profile column and no target for ${f.period}, so ${f.latest} cannot be judged against the whole year's ${f.target}: ` +
      `it is not rated (Needs a profile), counted under "Not rated". ` +
      `Add a "${f.quarter} Target" column with the target for ${f.quarter}, or a "Profile" column saying Cumulative to measure it against ${f.month}/12 of ${f.target} (${f.profiled}).`,
  }),
  'looks-cumulative-rising': entry<{
    who: string;
    first: string;
    firstPeriod: string;
    period: string;
    latest: string;
    target: string;
  }>({
    kind: 'looks-cumulative',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its figures only rise, from ${f.first} in ${f.firstPeriod} to ${f.latest} in ${f.period}, as a count ` +
      `to date does, but the table has no Profile column, so ${f.period}'s ${f.latest} is measured against the whole ` +
      `annual target of ${f.target}. If it builds up over the year, add a "Profile" column saying Cumulative; if ` +
      `not, nothing needs to change.`,
  }),
  'quarter-share': entry<{
    who: string;
    low: string;
    high: string;
    target: string;
    quarterTarget: string;
    /** What told it (rules/quarter-share.ts). */
    evidence: 'toDate' | 'outturn';
    /** The YTD column's header and figure (evidence 'toDate'); last year's outturn (evidence 'outturn'). */
    header?: string;
    figure?: string;
    outturn?: string;
  }>({
    kind: 'quarter-share',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its quarter figures (${f.low} to ${f.high}) ` +
      (f.evidence === 'toDate'
        ? `add up to its ${f.header} figure of ${f.figure}, so each is a quarter's share of a total`
        : `are about a quarter of last year's outturn of ${f.outturn}`) +
      `, and its target of ${f.target} looks like the year's, so a quarter's figure is not measured against it: it is not rated ` +
      `(no variance or RAG colour) and is counted under "Not rated". Give each quarter its target in a column headed ` +
      `"Q1 Target", "Q2 Target" … (a quarter of ${f.target} is ${f.quarterTarget}), and score again.`,
  }),
  'month-share': entry<{
    who: string;
    low: string;
    high: string;
    /** Last year's outturn (evidence 'outturn'), as shown. */
    outturn?: string;
    target: string;
    per: 'year' | 'quarter';
    monthTarget: string;
    /** What told it (rules/month-share.ts); absent: last year's outturn. */
    evidence?: 'outturn' | 'toDate' | 'lastYearToDate' | 'count';
    /** The column that told it ("YTD (cumulative)") and its figure; the months' sum. */
    header?: string;
    figure?: string;
    sum?: string;
    /** The latest figure's period, the figure, and its share of the target ("8.7%"). */
    period?: string;
    latest?: string;
    share?: string;
  }>({
    kind: 'month-share',
    severity: 'warning',
    message: (f) => {
      const tail =
        `it is not rated (no variance or RAG colour) and is counted under "Not rated". Give its month targets on a ` +
        `Targets sheet (${f.per === 'year' ? 'a twelfth' : 'a third'} of ${f.target} is ${f.monthTarget}`;
      const latest = f.period && f.latest && f.share ? `: ${f.period}'s ${f.latest} is ${f.share} of it` : '';
      switch (f.evidence ?? 'outturn') {
        case 'outturn':
          return (
            `${f.who}: its month figures (${f.low} to ${f.high}) are about a twelfth of last year's outturn of ${f.outturn}, ` +
            `and its target of ${f.target} looks like the ${f.per}'s, so a month's figure is not measured against it: ${tail}), and score again.`
          );
        case 'toDate':
          return (
            `${f.who}: its month figures (${f.low} to ${f.high}) add up to its ${f.header} figure of ${f.figure}, so each is ` +
            `a month's share of a total, and its target of ${f.target} looks like the ${f.per}'s${latest}. A month's figure ` +
            `is not measured against it: ${tail}), and score again.`
          );
        case 'lastYearToDate':
          return (
            `${f.who}: its month figures (${f.low} to ${f.high}) add up to ${f.sum}, about as many as its ${f.header} ` +
            `(${f.figure}), so each is a month's share of a total, and its target of ${f.target} looks like the ${f.per}'s${latest}. ` +
            `A month's figure is not measured against it: ${tail}), and score again.`
          );
        case 'count':
          return (
            `${f.who}: its month figures (${f.low} to ${f.high}) look like a month's count each, and its target of ` +
            `${f.target} is about a year's worth of them${latest}. Rather than measure a month's figure against what may ` +
            `be the year's target, ${tail}; or ${f.target} in every month, if that is the month's target), and score again.`
          );
      }
    },
  }),
  'quarter-target-scored': entry<{
    who: string;
    low: string;
    high: string;
    target: string;
    header: string;
    value: string;
    quarter: number;
  }>({
    kind: 'quarter-target-scored',
    severity: 'info',
    message: (f) =>
      `${f.who}: its month figures (${f.low} to ${f.high}) are about a third of its target of ${f.target}, which looks like the quarter's, ` +
      `so the quarter's own figure is measured against it: the ${f.header} column's ${f.value} is scored as the Q${f.quarter} figure, not a month's.`,
  }),
  // A quarter's own figure against a cumulative quarter target (rules/quarter-to-date.ts; findings/quarter-to-date.ts).
  'quarter-to-date': entry<
    CumulativeTargetFields & {
      who: string;
      /** How the figure to date was found (rules/quarter-to-date.ts, ToDateEvidence). */
      evidence: 'ytd' | 'count' | 'toDate' | 'first';
      /** The figure to date scored, the quarter's own figure, and the quarters added up ("Q1 11.2 + Q2 12.6"). */
      value: string;
      own: string;
      sum: string;
      /** The YTD column's header, quoted. */
      header?: string;
      /** The figure to date DOT compared with, its quarter, its target, and whether that was worked out. */
      previous?: { quarter: number; value: string; target: string; derived: boolean };
      /** An amber band in the unit given beside the year's target, scaled as the target is (rules/added-up-tolerance.ts). */
      band?: ScaledBand;
    }
  >({
    kind: 'quarter-to-date',
    severity: 'info',
    message: (f) => {
      const targetWords = cumulativeTargetWords(f);
      const measured =
        f.evidence === 'ytd'
          ? `so Q${f.quarter}'s figure to date, ${f.value} (its ${f.header} column: ${f.sum}), is measured against it, not Q${f.quarter}'s own ${f.own}`
          : f.evidence === 'count'
            ? `so Q${f.quarter}'s figure to date, ${f.value} (${f.sum}: its quarters' own counts added up, as they do not build up as a count to date does), is measured against it, not Q${f.quarter}'s own ${f.own}`
            : f.evidence === 'toDate'
              ? `and its quarter figures are already to date (${f.header ? `its ${f.header} figure is the latest quarter's` : 'they build up as a figure to date does'}), so Q${f.quarter}'s ${f.value} is measured against it`
              : `so Q${f.quarter}'s ${f.value} is measured against it, not against the whole year's`;
      const p = f.previous;
      const dot = p
        ? ` DOT compares it with Q${p.quarter}'s figure to date, ${p.value}, against Q${p.quarter}'s own target to date, ${p.target}${p.derived ? ` (${shareWords(p.quarter)} the year's)` : ''}.`
        : '';
      return `${f.who}: ${targetWords}, ${measured}.${yearBandWords(f.band)}${dot}`;
    },
  }),
  'quarter-to-date-unclear': entry<
    CumulativeTargetFields & {
      who: string;
      /** Why the figure to date cannot be told (rules/quarter-to-date.ts, UnclearToDate). */
      why: 'ytd' | 'rising' | 'rate' | 'ratio' | 'gap';
      /** The quarters' figures as typed ("Q1 6, Q2 11"), their sum, the latest quarter and its figure. */
      figures: string;
      sum: string;
      last: number;
      lastValue: string;
      /** The YTD column's header, quoted, and its figure. */
      header?: string;
      ytd?: string;
      /** The first quarter with no figure ('gap'). */
      missing?: number;
    }
  >({
    kind: 'quarter-to-date-unclear',
    severity: 'warning',
    message: (f) => {
      const because =
        f.why === 'ytd'
          ? `its ${f.header} figure of ${f.ytd} is neither its quarters added up (${f.sum}) nor Q${f.last}'s ${f.lastValue}`
          : f.why === 'rising'
            ? `its quarter figures (${f.figures}) rise by more than a quarter's own figures would and less than figures to date would, and with no YTD column it cannot be told whether each is the quarter's own or the year to date`
            : f.why === 'rate'
              ? `its figures (${f.figures}) are a rate, whose quarters are never added up to a year to date, and ${f.header ? `its ${f.header} figure of ${f.ytd} is not Q${f.last}'s` : 'they do not build up as a figure to date does'}`
              : f.why === 'ratio'
                ? `its figures (${f.figures}) are a rate, added up to a year to date only where the workbook's own YTD column does, and it has none`
                : `Q${f.missing} has no figure, so its quarters cannot be added up to the year to date`;
      const fix =
        f.why === 'gap'
          ? `Type Q${f.missing}'s figure (0 if there was none)`
          : f.why === 'ytd'
            ? `Correct the ${f.header} figure, or, if Q${f.shownBy}'s target is for the quarter on its own, type that`
            : f.why === 'rising' || f.why === 'ratio'
              ? `If each is the quarter's own, add a "YTD" column holding the year to date; if each is the year to date, head the quarter columns "Q1 YTD" … "Q4 YTD"`
              : `If each is the year to date, head the quarter columns "Q1 YTD" … "Q4 YTD"; if each is the quarter's own, type each quarter's own target (for a rate, usually the year's)`;
      return (
        `${f.who}: ${cumulativeTargetWords(f)}, but ${because}: which figure the target is for cannot be told, so it is ` +
        `not rated (no variance or RAG colour) and is counted under "Not rated". ${fix}, and score again.`
      );
    },
  }),
  // A Targets sheet row on sheets of one ref for several organisations whose own targets differ (read/parallel-targets.ts).
  'targets-sheet-not-own': entry<{
    who: string;
    targetsSheet: string;
    targetsRow: number;
    own: string;
    whose: string;
    key: string;
  }>({
    kind: 'targets-sheet-not-own',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the ${f.targetsSheet} sheet has one row for this ref (row ${f.targetsRow}), read for every sheet holding it, but those sheets' own targets differ and ${f.whose}; this sheet's own target is ${f.own}, so the ${f.targetsSheet} sheet's month targets are not used here and it is not rated (no variance or RAG colour), counted under "Not rated". ` +
      `Give each sheet its month targets in its own table ("Q1 Target" … "Q4 Target" columns), take ${f.key} off the ${f.targetsSheet} sheet, and score again.`,
  }),
  'target-from-targets-sheet': entry<{ who: string; targetsSheet: string; month: string | null; target: string }>({
    kind: 'target-from-targets-sheet',
    severity: 'info',
    message: (f) =>
      `${f.who}: the table's target cell is blank; it is scored against the ${f.targetsSheet} sheet's ${f.month} target of ${f.target}.`,
  }),

  // A series of figures (findings/series.ts).
  outlier: entry<{ who: string; month: string; value: string; low: string; high: string }>({
    kind: 'outlier',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.month}'s ${f.value} is far out of line with the rest of the series (${f.low} to ${f.high});`,
    advice: 'check it was entered correctly.',
  }),
  'off-cycle': entry<{ who: string; when: string }>({
    kind: 'off-cycle',
    severity: 'info',
    message: (f) => `${f.who} is reported ${f.when}, not at quarter end (June, Sept, Dec, March);`,
    advice: 'check which period each figure covers.',
  }),
  'carried-forward': entry<{ who: string; quarter: number; value: string; month: string }>({
    kind: 'carried-forward',
    severity: 'warning',
    message: (f) =>
      `${f.who}: no Q${f.quarter} figure yet; the latest value (${f.value}) is carried forward from ${f.month} ` +
      `and scored and counted as the Q${f.quarter} figure.`,
    advice: `Type this quarter's figure, or "not available" in its month to count it as a data gap.`,
  }),
  // The quarter's last month blank or "-" after a figure earlier in the quarter (findings/quarter-end-blank.ts; fresh-user check 7, item 8).
  // A quarterly indicator's quarter column left blank (rules/quarter-due.ts; fresh user 15).
  'quarter-blank-gap': entry<{ who: string; quarter: number; frequency: string; before: string; value: string }>({
    kind: 'carried-forward',
    severity: 'warning',
    message: (f) =>
      `${f.who}: no Q${f.quarter} figure — its Q${f.quarter} cell is blank and its Frequency says ${f.frequency} — so it is counted as a data gap; ${f.before}'s ${f.value} is not carried forward as the Q${f.quarter} figure.`,
    advice: 'Type the figure when it is in, or words saying why there is none ("not available").',
  }),
  'carried-within-quarter': entry<{ who: string; quarter: number; endMonth: string; month: string; value: string }>({
    kind: 'carried-within-quarter',
    severity: 'warning',
    message: (f) =>
      `${f.who}: no ${f.endMonth} figure yet; ${f.month}'s ${f.value} is scored and counted as the Q${f.quarter} figure.`,
    advice: 'Type the missing figure when it is in.',
  }),
  // An annual indicator's figure for the year, from an earlier quarter: not a figure missing (session 8, noticed item 3).
  'annual-figure': entry<{ who: string; quarter: number; value: string; month: string }>({
    kind: 'carried-forward',
    severity: 'info',
    message: (f) =>
      `${f.who}: reported annually; this year's figure (${f.value}, ${f.month}) is scored and counted as the Q${f.quarter} figure.`,
  }),
  // Words after the last figure saying why there is none (rules/latest.ts, saidSince; noticed item 1, session 6).
  'not-carried-forward': entry<SaidSinceFields>({
    kind: 'carried-forward',
    severity: 'info',
    message: (f) =>
      (f.saidQuarter !== undefined
        ? `${f.who}: no Q${f.quarter} figure, and after ${f.month}'s ${f.value} ${f.saidMonth} (in Q${f.saidQuarter}) says ${f.said}, so it is counted as a data gap; `
        : `${f.who}: no Q${f.quarter} figure — ${f.saidMonth} says ${f.said} — so it is counted as a data gap; `) +
      `${f.month}'s ${f.value} is not carried forward as the Q${f.quarter} figure.`,
    advice: `Leave the month blank or "-" to carry it forward instead.`,
  }),

  // The row's Comments cell says the quarter has no figure (read/comment-gaps.ts; fresh-user check 8).
  'not-carried-forward-comment': entry<SaidSinceFields & { header: string }>({
    kind: 'carried-forward',
    severity: 'info',
    message: (f) =>
      `${f.who}: no Q${f.quarter} figure — its ${f.header} cell says ${f.said} — so it is counted as a data gap; ` +
      `${f.month}'s ${f.value} is not carried forward as the Q${f.quarter} figure.`,
  }),

  // The same words in the row's Comments cell, not the month's (read/comment-gaps.ts; fresh user 10: PRV06).
  'latest-before-quarter-end-comment': entry<SaidSinceFields & { header: string }>({
    kind: 'latest-before-quarter-end',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.saidMonth} is blank and its ${f.header} cell says ${f.said}, so ${f.month}'s ${f.value} is scored as the Q${f.quarter} figure.`,
    advice: 'Type the missing figure if there is one.',
  }),
  // Words in the quarter's last month(s) after a figure earlier in the quarter (findings/series.ts).
  'latest-before-quarter-end': entry<SaidSinceFields>({
    kind: 'latest-before-quarter-end',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.saidMonth} says ${f.said}, so ${f.month}'s ${f.value} is scored as the Q${f.quarter} figure.`,
    advice: 'Type the missing figure if there is one.',
  }),
  // How the tables are written (findings/reading.ts, read/workbook.ts).
  'partial-table': entry<{ table: string; sheet: string; headerRow: number; parts: string; serious: boolean }>({
    kind: 'partial-table',
    severity: (f) => (f.serious ? 'warning' : 'info'),
    message: (f) =>
      `${f.table === `"${f.sheet}"` ? 'The table' : `The table ${f.table}`} on '${f.sheet}' (header row ${f.headerRow}) was partly recognised: ${f.parts}.`,
  }),
  'second-column': entry<SecondColumnFields & { what: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: column ${f.column} ${f.header} is a second ${f.what} column; column ${f.usedColumn} ${f.usedHeader} is used.`,
    advice: 'Map the columns to choose the other.',
  }),
  // Two Target columns each filled on some rows (findings/reading.ts, targetColumnByRow; fresh-user check 5).
  'target-column-by-row': entry<SecondColumnFields & { second: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow} has two Target columns, ${f.usedColumn} ${f.usedHeader} and ${f.column} ${f.header}: each indicator is scored against ${f.usedColumn} where it has one, else against ${f.column} (${f.second}).`,
    advice: 'Map the columns to use one for every row.',
  }),
  // A row with no figure for the quarter but one in a rolling year beside the months (findings/rolling-year.ts).
  'rolling-year-not-quarter': entry<{
    who: string;
    quarter: number;
    header: string;
    value: string;
  }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `${f.who}: no Q${f.quarter} figure in its months, and its ${f.header} figure${f.value ? ` (${f.value})` : ''} is not scored in its place: ` +
      `a rolling year is twelve months, most of them before Q${f.quarter}, and its target and DOT are for the months' figures, not a year's. It is a data gap.`,
    advice: "To score the rolling years instead, map that column as the Actual (the quarter's figure).",
  }),
  'standard-or-trajectory': entry<
    SecondColumnFields & {
      /** The rows scored against the trajectory ("SAF01", "7 indicators"), '' for none; `trajectoryMany` their number. */
      trajectory: string;
      trajectoryMany: boolean;
      standard: string;
      standardMany: boolean;
    }
  >({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: ${f.usedColumn} ${f.usedHeader} and ${f.column} ${f.header} are both filled, with different figures, on some rows. ` +
      [
        f.trajectory
          ? `${f.trajectory} ${f.trajectoryMany ? 'are' : 'is'} scored against ${f.column}, the trajectory to date (a count under a ceiling for the year)`
          : '',
        f.standard
          ? `${f.standard} ${f.standardMany ? 'are' : 'is'} scored against ${f.usedColumn}, the standard (a percentage, rate or level to meet each month; the trajectory is the plan's path to it)`
          : '',
      ]
        .filter((x) => x)
        .join('; ') +
      '.',
    advice:
      'Where your report rates an indicator against the other column, map that column as the Target (it then applies to every row).',
  }),
  'period-out-of-sequence': entry<{ sheet: string; headerRow: number; header: string; column: string; readAs: string }>(
    {
      kind: 'partial-table',
      severity: 'warning',
      message: (f) =>
        `'${f.sheet}' row ${f.headerRow}: the period header ${f.header} in column ${f.column} is out of sequence with its neighbours; it is read as ${f.readAs}.`,
      advice: 'Correct the header if that is wrong.',
    },
  ),
  // Months or quarters without years in calendar order, passing from March into April (read/header-band.ts, helper multiyear).
  'periods-in-calendar-order': entry<{
    sheet: string;
    headerRow: number;
    first: string;
    last: string;
    other: string;
    later: string;
    lastYear: boolean;
    repeats: boolean;
  }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      f.repeats
        ? `'${f.sheet}' row ${f.headerRow}: the period headers come round again without years (${f.other}, then ${f.later}); the first are read as last financial year's, the second as this year's.`
        : `'${f.sheet}' row ${f.headerRow}: the period headers run from ${f.first} to ${f.last}, not April to March, and give no years; ` +
          (f.lastYear
            ? `${f.other}, before April, are read as last financial year's, not as this year's Q4.`
            : `${f.other}, after March, are next financial year's, not scored while empty.`),
    advice: 'Head each period with its year ("Q1 2025/26", "Jan-25") if that is wrong.',
  }),
  // An academic year's columns, September to August, and school terms read as months (read/school-terms.ts; fresh user 16).
  // Months mapped in no time order (read/school-terms.ts mappedOutOfOrder; fresh user 16).
  'months-mapped-out-of-order': entry<{ sheet: string; headerRow: number; columns: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: the columns mapped to months are not in time order as written (${f.columns}), so they are read by their months, April to March, not in the order of the columns; the latest month with a figure is scored, which may not be the rightmost column.`,
    advice:
      "Check the mapping: map each column to the month its figure stands for, in the order the columns run (months after March are read as the next financial year's where the columns pass into April once).",
  }),
  'academic-year-columns': entry<{
    sheet: string;
    headerRow: number;
    first: string;
    last: string;
    year: string | null;
    terms: string | null;
    earlier: string;
    later: string;
    earlierYear: string | null;
    laterYear: string | null;
    lastYear: boolean;
  }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: the period headers run from ${f.first} to ${f.last}, an academic year ` +
      `(September to August${f.year ? `, ${f.year}` : ''}), not April to March` +
      (f.terms ? `; each term is read as the month it ends in (${f.terms})` : '') +
      (f.lastYear
        ? `; ${f.earlier}, before April, are read as ${f.earlierYear ? `${f.earlierYear}'s` : "last financial year's"} and ${f.later} as ${f.laterYear ? `${f.laterYear}'s` : "this financial year's"}, in the order they are written, so the latest column is the one scored.`
        : `; ${f.later}, after March, are next financial year's, not scored while empty.`) +
      (f.terms
        ? ' If a term ends in another month (a spring term ending in March), map its column to that month.'
        : ''),
    advice: 'Head each period with its year ("Sep-25", "Jul-26") if the year is wrong.',
  }),
  'rows-outside-table': entry<{ sheet: string; rows: string; names: string; count: number; headerRow: number }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' ${f.rows} (${f.names}) ${f.count === 1 ? 'looks like an indicator' : 'look like indicators'} but ${f.count === 1 ? 'is' : 'are'} under no table header (two blank rows end the table headed in row ${f.headerRow}), so ${f.count === 1 ? 'it was' : 'they were'} not scored or counted.`,
    advice: 'Remove the blank rows to carry the table on, or give them a header row of their own.',
  }),
  'ytd-without-profile': entry<{ sheet: string; headerRow: number; header: string; profiledByName?: number }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: the period header ${f.header} says its figures are year to date, but the table has no Profile column, so each is measured against the whole annual target` +
      (f.profiledByName
        ? ` (but for ${f.profiledByName} whose ${f.profiledByName === 1 ? 'name says it is' : 'names say they are'} cumulative: profiled pro rata, each with its own Check).`
        : '.'),
    advice: 'For a count that builds up over the year, add a "Profile" column saying Cumulative; a rate needs nothing.',
  }),
  // A budget monitoring table the reader could not read as indicators (read/budget-lines.ts; fresh user 14).
  'budget-table-not-read': entry<{
    sheet: string;
    rows: string;
    headers: string;
    headerRow: number;
    name: string;
    budget: string;
    actual: string;
  }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' ${f.rows} hold a budget table (${f.headers}) that was not read: it has no indicator or period ` +
      `columns the product knows, so its lines are neither scored nor counted. To score it, map it for '${f.sheet}' ` +
      `with header row ${f.headerRow}: ${f.name} as the name, ${f.budget} as the target, ${f.actual} as the actual ` +
      `and every other column as ignore; each line is then judged by its label, income higher and spending lower is better.`,
  }),
  // A budget table's lines judged by their labels (read/budget-lines.ts; fresh user 14).
  'budget-lines-by-label': entry<{
    sheet: string;
    headerRow: number;
    target: string;
    income: string;
    spending: string;
  }>({
    kind: 'polarity-assumed',
    severity: 'info',
    message: (f) =>
      `The budget table on '${f.sheet}' (header row ${f.headerRow}, against ${f.target}) has no Higher / Lower ` +
      `column, so each line is judged by its label: ${f.income}${f.income && f.spending ? '; ' : ''}${f.spending}.`,
    advice:
      'To judge a line otherwise (an underspend that is slippage, say), add a "Polarity" column with Higher, Lower or Close to target on each line.',
  }),
  // A "Target to date" column beside the annual target, used as given for the last period with figures
  // (read/target-to-date.ts; fresh user 14).
  'target-to-date-used': entry<{ sheet: string; column: string; header: string; period: string; example: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' column ${f.column} (${f.header}) gives each indicator's target for ${f.period}, the last period ` +
      `its figures run to: ${f.period}'s figures are measured against it as given, never profiled again${f.example}; ` +
      `earlier periods against the annual target.`,
  }),
  // The Target column headed "Target to date" (mapped so): not profiled again (read/target-to-date.ts; fresh user 14).
  'target-to-date-as-target': entry<{ sheet: string; column: string; header: string; period: string; example: string }>(
    {
      kind: 'partial-table',
      severity: 'info',
      message: (f) =>
        `'${f.sheet}' column ${f.column} (${f.header}) is the target, and its header says it is a target to date: ` +
        `the target for the figures as they stand, to ${f.period}, so it is not profiled again${f.example}.`,
      advice:
        'To measure earlier periods against the annual target too, map the annual target as the target and leave the target to date unmapped: it is then used for the last period.',
    },
  ),
  // A Target column that is the target to a later period than the one scored: not rated (findings/target-to-date.ts; regress13).
  'target-to-date-later': entry<{ who: string; column: string; header: string; period: string; scored: string }>({
    kind: 'target-missing',
    severity: 'warning',
    message: (f) =>
      `${f.who}: not rated for ${f.scored}. Its target, column ${f.column} (${f.header}), is the target to date for ${f.period}, ` +
      `which says nothing of the target for ${f.scored}.`,
    advice: `To rate earlier periods, map the annual target as the target and leave the target to date unmapped: it is then used for the last period.`,
  }),
  // DOT not from % variances: the earlier period has no target of its own (findings/earlier-target.ts; fresh user 15).
  'dot-earlier-no-target': entry<{
    sheet: string;
    all: string;
    earlier: string;
    example: string;
    none: string;
    noneCount: number;
    lastYear: string;
    dotColumn: boolean;
  }>({
    kind: 'target-missing',
    severity: 'info',
    message: (f) =>
      `DOT on '${f.sheet}' is not worked out from % variances for ${f.all}: ${f.earlier} has no target of its own. ` +
      `${f.example}.` +
      (f.noneCount > 0
        ? ` No DOT is given for ${f.none}` +
          (f.dotColumn
            ? f.noneCount === 1
              ? ': its DOT cell is left as you have it.'
              : ': their DOT cells are left as you have them.'
            : '.')
        : '') +
      (f.lastYear ? ` ${f.lastYear}.` : ''),
    advice:
      "A target for each period (a column for each quarter's target, or a Targets sheet), or last year's figures for the same periods, gives DOT.",
  }),
  // A table with no Trend (and, at Q1, DOT first reported) and why (findings/no-trend.ts; fresh user 14).
  'no-trend-figures': entry<{ sheet: string; headerRow: number; count: number; firstDot: number; outturn: boolean }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: Trend is blank for ${f.count === 1 ? 'its indicator' : `its ${f.count} indicators`}, as Trend compares with the same quarter last year and the table gives no figures of last year's quarters or months` +
      (f.outturn ? ` (last year's outturn is the year's figure, not a quarter's, so neither is drawn from it)` : '') +
      (f.firstDot > 0
        ? `; at Q1, DOT is ■ First reported for ${f.firstDot === f.count ? 'them' : plural(f.firstDot, 'of them', 'of them')} for the same reason: DOT compares with the previously reported quarter, and Q1 is this year's first`
        : '') +
      '.',
    advice:
      'Last year\'s quarterly or monthly figures (columns headed "Q1 2024/25" … or a "Last year" sheet) give Trend, and at Q1 DOT against last year\'s Q4.',
  }),
  // Formulas with no saved result outside every table read (read/uncalculated.ts; fresh user 14).
  'uncalculated-outside-tables': entry<{ sheet: string; cell: string; count: number }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}'!${f.cell}${f.count > 1 ? ` and ${plural(f.count - 1, 'other cell')}` : ''} ${f.count > 1 ? 'hold formulas' : 'holds a formula'} whose result was never saved (the file was made by a program that does not calculate), outside the tables scored: nothing is read from ${f.count > 1 ? 'them' : 'it'}, and ${f.count > 1 ? 'they are' : 'it is'} left as ${f.count > 1 ? 'they are' : 'it is'}.`,
    advice: 'Open the workbook in Excel and save it to keep the results with the formulas.',
  }),
  // "Q1 rolling | Q2 rolling": each quarter's figure, a rolling year reported at it (read/rolling-quarter.ts; fresh user 14).
  'rolling-quarters-read': entry<{ sheet: string; columns: string; headers: string; count: number }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' ${f.count === 1 ? 'column' : 'columns'} ${f.columns} (${f.headers}) ${f.count === 1 ? 'is' : 'are'} read as the figure of the quarter ${f.count === 1 ? 'it names' : 'each names'}: a rolling 12-month figure reported at that quarter, scored as that quarter's outturn against the target, as the report gives it; ` +
      `DOT compares each quarter's rolling figure with the quarter before's, two years that share nine of their twelve months, so it moves less than the quarter's own figures would.`,
    advice: 'Where a column holds the quarter\'s own figures instead, head it with the quarter alone ("Q2").',
  }),
  // "HouseMark median | HouseMark upper quartile": each indicator placed among them (score/benchmark-quartile.ts; fresh user 14).
  'benchmarks-read': entry<{
    sheet: string;
    columns: string;
    headers: string;
    count: number;
    quarter: string;
    quartiles: number;
    upper: boolean;
    below: string[];
    above: string[];
    toDate: string[];
    noDirection: string[];
    otherScale: string[];
  }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) => {
      const list = (xs: string[]) =>
        xs.length <= 6 ? xs.join(', ') : `${xs.slice(0, 6).join(', ')} and ${xs.length - 6} more`;
      const are = (xs: string[]) => (xs.length === 1 ? 'is' : 'are');
      return (
        `'${f.sheet}' ${f.count === 1 ? 'column' : 'columns'} ${f.columns} (${f.headers}) ${f.count === 1 ? 'is' : 'are'} read as a benchmarking club's figures: each indicator's ${f.quarter} figure is placed among them as its Comparative Performance, better being higher or lower as its polarity says ` +
        `(at or better than the best quarter's boundary 1st, at or better than the median 2nd, worse than the median 3rd, worse than the worst quarter's boundary 4th; an upper or lower quartile is taken by the side of the median its figure is on)` +
        (f.quartiles > 0 ? `; ${plural(f.quartiles, 'indicator')} placed in a quartile` : '') +
        (f.below.length > 0
          ? `; ${list(f.below)} ${are(f.below)} worse than the median, and with no quartile's figure on that side to tell the 3rd from the 4th, shown as "Below median" (no quartile; listed under Requires improvement where DOT is worsening or the same, as a 3rd or 4th quartile is)`
          : '') +
        (f.above.length > 0
          ? `; ${list(f.above)} ${are(f.above)} at or better than the median, and with no quartile's figure on that side to tell the 1st from the 2nd, shown as "Above median" (no quartile; listed under Strong performance where DOT is improving or the same, as a 1st or 2nd quartile is)`
          : '') +
        (f.toDate.length > 0
          ? `; not placed: ${list(f.toDate)} (a figure to date is not compared with a year's benchmark)`
          : '') +
        (f.noDirection.length > 0 ? `; not placed: ${list(f.noDirection)} (neither way is better)` : '') +
        (f.otherScale.length > 0
          ? `; not placed: ${list(f.otherScale)} (the figure and the benchmark look to be on different scales, or its quartiles' figures are on one side of the median)`
          : '') +
        '.'
      );
    },
    advice:
      'A lower and an upper quartile column beside the median place every indicator in its quartile; a Quartile column of your own is used instead where the table has one.',
  }),
  // RAG bands in words, "Green ≥ 95%, Amber 90–95%", one indicator's to a row (read/rag-bands.ts; session 12, helper layouts5).
  'rag-bands-read': entry<{ sheet: string; column: string; header: string; example: string; targets: number }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' column ${f.column} (${f.header}) holds each indicator's RAG bands in words, such as ${f.example}: ` +
      `they are read as bands, not as a status you typed; ` +
      (f.targets > 0
        ? `for ${f.targets === 1 ? 'the indicator' : `the ${f.targets} indicators`} with no target typed, the green band's bound is the target and its comparator the polarity, and `
        : '') +
      `where amber ends the level past which a figure is red.`,
    advice: 'Type a target in a Target column to measure an indicator against another level.',
  }),
  // "Green threshold | Red threshold" columns with no Target column (read/rag-bands.ts thresholdBands; session 12, helper layouts5).
  'threshold-columns-read': entry<{ sheet: string; green: string; red?: string; targets: number; others: number }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' has no Target column, so ${f.green} is read as the target of ${f.targets === 1 ? 'the indicator' : `the ${f.targets} indicators`} whose polarity says higher or lower is better` +
      (f.red ? `, and ${f.red} as where amber ends and red begins` : '') +
      (f.others > 0 ? `; for the other ${f.others === 1 ? 'one' : f.others} it is no target` : '') +
      '.',
    advice: 'Add a Target column to measure an indicator against another level.',
  }),
  'subheading-row': entry<{ sheet: string; row: number; text: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.row} (${f.text}) is read as a sub-heading inside the table: the indicators under it are scored with the table's.`,
  }),
  // A band row inside a table naming a priority ("Theme 2: …"; read/titles.ts priorityBandName; session 9, fresh-user check 3).
  'priority-band-row': entry<{ sheet: string; row: number; text: string; indicators: number; priority: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.row} (${f.text}) names a priority: the ${f.indicators === 1 ? 'indicator' : `${f.indicators} indicators`} under it ${f.indicators === 1 ? 'is' : 'are'} counted under '${f.priority}'.`,
  }),
  // A line above a table passed over as the priority's name (read/titles.ts; noticed item 2, session 6).
  'priority-name-unsure': entry<{ sheet: string; row: number; text: string; priority: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' row ${f.row} (${f.text}) reads as a note, not a priority's name, so the table under it is counted under '${f.priority}'.`,
    advice:
      "If it names the priority, remove its full stop; else put the priority's name on a line of its own above the header.",
  }),
  'totals-row': entry<{ sheet: string; row: number; text: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.row} (${f.text}) is a totals row, not an indicator: it was not scored or counted.`,
  }),
  // An indicator's breakdown by ward or district on the rows under it (read/tables.ts, breakdownRows; helper layouts).
  'breakdown-rows': entry<BreakdownRowsFields>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' ${f.rows} (${f.texts}) ${f.one ? 'has' : 'have'} figures but no ref, polarity or target and ${f.one ? 'stands' : 'stand'} under "${f.under}", so ${f.one ? 'it is' : 'they are'} read as its breakdown, not scored or counted.`,
    advice: 'To score one as an indicator of its own, give it a ref or a target.',
  }),
  'breakdown-rows-by-ref': entry<BreakdownRowsFields & { refOf: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' ${f.rows} (${f.texts}) ${f.one ? 'has' : 'have'} figures but no polarity or target, and ${f.one ? 'a ref that extends' : 'refs that extend'} "${f.refOf}", the ref of "${f.under}" above ${f.one ? 'it' : 'them'}, so ${f.one ? 'it is' : 'they are'} read as its breakdown by place, not scored or counted.`,
    advice: 'To score one as an indicator of its own, give it a target or a polarity.',
  }),
  // The same, taken for places by how their names are written alone ("Fly Tipping", "Graffiti", "Abandoned
  // Vehicles" pass as well as "Ashford"): a guess, so a Check (session 12, helper layouts5; hunt 4's leftover).
  'breakdown-rows-by-writing': entry<BreakdownRowsFields & { refOf: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' ${f.rows} (${f.texts}) have figures but no polarity or target, refs that extend "${f.refOf}", the ref of "${f.under}" above them, and names written as places, so they are read as its breakdown by place, not scored or counted; whether they are places is a guess from how the names are written (nothing in "${f.under}" says "by district").`,
    advice:
      'If they are measures of their own, give each a polarity or a target and score again; if they are places, add "by district" (or "by area") to the name above to say so.',
  }),
  'header-not-scored': entry<{ sheet: string; row: number; roles: string; missing: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' row ${f.row} looks like a table header (${f.roles})${f.missing}, so it was not scored;`,
    advice: 'map its columns to include it.',
  }),
  // A shared service's figures for two or more councils under each quarter (read/council-columns.ts; fresh user 15).
  'council-columns': entry<{
    sheet: string;
    row: number;
    councils: string;
    periods: string;
    chosen: string | null;
    chosenColumns: string;
    why: 'workbook' | 'mapping';
    others: string;
    otherColumns: string;
    mapping: string;
    first: string;
    /** One header row: the same by the columns' mapping ("Q1 Ashdown Vale" to Q1 and "Q2 Ashdown Vale" to Q2). */
    byColumn?: string;
  }>({
    kind: 'partial-table',
    severity: (f) => (f.chosen === null ? 'warning' : 'info'),
    message: (f) =>
      f.chosen === null
        ? `'${f.sheet}' gives each quarter's figures for ${f.councils} (row ${f.row}, under ${f.periods}), and nothing in the workbook says which council is its own, so that sheet was not scored rather than guess whose figures are yours; to score ${f.first}'s figures, map ${f.mapping} (or name another of them)${f.byColumn ? `, or map ${f.byColumn} in the column mapping` : ''}.`
        : `'${f.sheet}' gives each quarter's figures for ${f.councils} (row ${f.row}, under ${f.periods}): ${f.chosen}'s (${f.chosenColumns}) are scored and counted, ${f.why === 'mapping' ? 'as the mapping says' : `as the workbook's other sheets name ${f.chosen} as theirs`}; ${f.others}'s (${f.otherColumns}) are not scored or counted. To score ${f.first}'s instead, map ${f.mapping}.`,
  }),
  'header-without-rows': entry<{ sentence: string }>({
    kind: 'partial-table',
    severity: 'warning',
    message: (f) => `${f.sentence}, so nothing on that sheet was scored.`,
  }),
  'hidden-sheet': entry<{ sheet: string; indicators: number }>({
    kind: 'hidden-sheet',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' is hidden, so its ${plural(f.indicators, 'indicator')} ${plural.word(f.indicators, 'is', 'are')} not scored or counted; unhide the sheet to include ${plural.word(f.indicators, 'it', 'them')}.`,
  }),
  // A sheet the product generated that its settings do not list (after reset-state, or a copy): not read (read/workbook.ts).
  'product-sheet-not-listed': entry<{ sheet: string }>({
    kind: 'product-sheet-not-listed',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' looks like a sheet Performance Scorecard wrote (its title and column headers are the product's), but the workbook's settings do not list it (they were removed, or the sheet was copied), so it was not read as an indicator table and nothing on it was changed; delete it or rename it if it is out of date.`,
  }),
  // A column headed just "Variance" holding the analyst's own figures (read/workbook.ts, analystVarianceColumn).
  'variance-column-not-owned': entry<{ sheet: string; header: string }>({
    kind: 'variance-column-not-owned',
    severity: 'warning',
    message: (f) =>
      `The column headed "${f.header}" on '${f.sheet}' holds figures of your own (numbers not formatted as percentages), so it is left as it is and no % variance is written or checked in this table; to have the % variance from target written, add a column headed "% variance".`,
  }),
  // A Status / RAG column holding the analyst's own words (read/status-column.ts).
  'status-column-not-owned': entry<{ sheet: string; header: string }>({
    kind: 'status-column-not-owned',
    severity: 'info',
    message: (f) =>
      `The column headed "${f.header}" on '${f.sheet}' holds statuses you typed, so they are kept as typed and no status is written there; each one the figures disagree with is a Check. To have the product fill the column, clear it.`,
  }),
  'status-column-handed-back': entry<{ sheet: string; header: string; cells: number }>({
    kind: 'status-column-not-owned',
    severity: 'info',
    message: (f) =>
      `The column headed "${f.header}" on '${f.sheet}' holds statuses you typed, which an earlier version of Performance Scorecard wrote its own over: ${plural(f.cells, 'cell')} ${plural.word(f.cells, 'was', 'were')} put back as you had ${plural.word(f.cells, 'it', 'them')}, and the column is kept as typed from now on; each status the figures disagree with is a Check.`,
  }),
  'duplicate-ref': entry<{ ref: string; sheet: string; row: number }>({
    kind: 'duplicate-ref',
    severity: 'warning',
    message: (f) =>
      `${f.ref} appears more than once: here and on '${f.sheet}' row ${f.row}. Both rows are scored and counted; Targets and Last year figures go to both.`,
  }),
  'quartile-spelling': entry<{ what: string; ways: number; words: string }>({
    kind: 'quartile-spelling',
    severity: 'info',
    message: (f) => `${f.what} is written ${f.ways} ways: ${f.words}; all are read as ${f.what}.`,
    advice: 'One spelling reads better in the report.',
  }),

  // Polarity (findings/reading.ts, findings/polarity.ts).
  'polarity-cell-unread': entry<{ who: string; what: string }>({
    kind: 'polarity-assumed',
    severity: 'warning',
    message: (f) => `${f.who}: the Higher / Lower cell ${f.what}; higher is taken as better.`,
  }),
  // Words that name no direction: not rated rather than taken as higher (fresh-user check 5).
  'polarity-words-unread': entry<{ who: string; text: string }>({
    kind: 'polarity-assumed',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the Higher / Lower cell says ${f.text}, which names no direction, so it is not rated (no RAG, no DOT); type Higher, Lower or Close to target.`,
  }),
  // Neither way better ("Contextual", "Monitor only"): read/values.ts saysNoBetterDirection; session 9, fresh-user check 3.
  'polarity-none': entry<{ who: string; text: string; targetless?: boolean }>({
    kind: 'polarity-assumed',
    severity: 'info',
    // With no target either, it is counted under No target, as its target's finding says (fresh-user check 7, item 4).
    message: (f) =>
      `${f.who}: the Higher / Lower cell says ${f.text}, so neither way is better: ${f.targetless ? 'with no target either, it is counted under "No target"' : 'it is not rated against its target (counted under "Not rated")'}, and its DOT and Trend are not counted as improving or worsening.`,
  }),
  'polarity-target-disagrees': entry<{ who: string; target: string; targetSays: string; cellSays: string }>({
    kind: 'polarity-assumed',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the target ${f.target} says ${f.targetSays} is better but the polarity cell says ${f.cellSays}; the polarity cell is used.`,
  }),
  'no-polarity-column': entry<{ where: string; indicators: string; eachTable: string }>({
    kind: 'polarity-assumed',
    severity: 'warning',
    message: (f) =>
      `${f.where} no Higher / Lower is better? column, so higher is taken as better for ${f.indicators}. Add a column headed "Polarity" with Higher, Lower or Close to target on each row${f.eachTable}.`,
  }),
  // A range target beside Higher or Lower: its floor or ceiling is the target (rules/target-range.ts; layouts7).
  'range-over-polarity': entry<{ who: string; low: string; high: string; cellSays: string; higher: boolean }>({
    kind: 'polarity-assumed',
    severity: 'info',
    message: (f) =>
      `${f.who}: the target is typed as a range (${f.low}–${f.high}) and the polarity cell says ${f.cellSays}, so the ` +
      `range's ${f.higher ? `floor, ${f.low}` : `ceiling, ${f.high}`}, is the target: anywhere in the range or ` +
      `${f.higher ? 'above' : 'below'} it is on target, and a figure ${f.higher ? 'below' : 'above'} it is measured ` +
      `from ${f.higher ? f.low : f.high}. If being outside the range either way is worse, type "Close to target" ` +
      `in the polarity cell.`,
  }),

  // Cells that cannot be read (findings/reading.ts, findings/polarity.ts, read/support-sheets.ts).
  'profile-unread': entry<{ who: string; text: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) => `${f.who}: profile ${f.text} is neither Flat nor Cumulative; Flat is used.`,
  }),
  'tolerance-unread': entry<{ who: string; text: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) =>
      // Not "a percentage": in points or absolute mode the cell holds points or an amount (issue 7).
      `${f.who}: tolerance ${f.text} is not a figure (such as 5, 5% or 1pp); the workbook's tolerance is used.`,
  }),
  'tolerance-over-100': entry<{ who: string; amount: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) =>
      `${f.who}: tolerance ${f.amount} is more than 100, which only an absolute tolerance (Tolerance mode "Absolute") can be; the workbook's tolerance is used.`,
  }),
  // Month figures against targets to date or a quarter's share (rules/months-quarter-targets.ts; fresh user 10).
  'months-quarter-target': entry<{
    who: string;
    quarter: number;
    /** 'toDate': the year to date; 'quarter': the quarter's months. */
    per: 'toDate' | 'quarter';
    /** The figure scored, the months added up ("Apr–Sep"), the latest month's own figure. */
    value: string;
    months: string;
    month: string;
    monthValue: string;
    /** The target, where it came from ("the "Q2 Target" column", "a quarter of the year's 48"). */
    target: string;
    source: string;
    /** The YTD column's header where it is the months added up. */
    ytd?: string;
    /** The figure DOT compared with. */
    previous?: { quarter: number; value: string; target: string };
    /** Reported quarterly in the months' columns: no months added up. */
    quarterly: boolean;
    /** An amber band in the unit given against the year's target, scaled as the target is (rules/added-up-tolerance.ts). */
    band?: ScaledBand;
  }>({
    kind: 'months-quarter-target',
    severity: 'info',
    message: (f) => {
      const what = f.quarterly
        ? `Q${f.quarter}'s figure, ${f.value}, is measured against Q${f.quarter}'s target, ${f.target} (${f.source})`
        : `its target for Q${f.quarter}, ${f.target} (${f.source}), is ${f.per === 'toDate' ? "the year to date's" : "the quarter's"}, so ${f.per === 'toDate' ? 'the year to date' : `Q${f.quarter}'s months`}, ${f.value} (${f.months} added up${f.ytd ? `, as its ${f.ytd} column does` : ''}), ${f.per === 'toDate' ? 'is' : 'are'} measured against it, not ${f.month}'s ${f.monthValue} alone`;
      const p = f.previous;
      const dot = p ? ` DOT compares it with Q${p.quarter}'s ${p.value} against ${p.target}.` : '';
      const band = yearBandWords(f.band);
      return `${f.who}: ${what}.${band}${dot}`;
    },
  }),
  'months-quarter-target-gap': entry<{
    who: string;
    quarter: number;
    per: 'toDate' | 'quarter';
    month: string;
    target: string;
  }>({
    kind: 'months-quarter-target-gap',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its Q${f.quarter} target, ${f.target}, is for ${f.per === 'toDate' ? 'the year to date' : "the quarter's months"} added up, but ${f.month} has no figure, ` +
      `so the figure to measure against it cannot be told: it is not rated (counted under Not rated) rather than added up short. Type ${f.month}'s figure (0 if there were none).`,
  }),
  // A target of 0 missed at quarter end, and by more earlier in the quarter (rules/zero-target.ts; fresh user 14).
  'zero-target-quarter-end': entry<{
    who: string;
    quarter: number;
    month: string;
    value: string;
    worst: string;
    worstValue: string;
  }>({
    kind: 'zero-target-quarter',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.month}'s ${f.value} is scored as the Q${f.quarter} figure, the position at quarter end: a target of 0 ` +
      `missed in any month is missed for the quarter, and where the quarter ends missing it, its quarter-end figure is ` +
      `the one scored (${f.worst}'s ${f.worstValue} was the quarter's worst month).`,
  }),
  // A target of 0 missed earlier in the quarter (rules/zero-target.ts; fresh-user check 5).
  'zero-target-quarter': entry<{
    who: string;
    quarter: number;
    month: string;
    value: string;
    last: string;
    lastValue: string;
  }>({
    kind: 'zero-target-quarter',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.month}'s ${f.value} is scored as the Q${f.quarter} figure, not ${f.last}'s ${f.lastValue}: a target of 0 missed in any month is missed for the quarter.`,
  }),
  // Figures typed with a mark, "79.0*", "98.7r", "27.5 (p)": one Note a table (findings/figure-marks.ts; session 11).
  'figure-marks': entry<{
    sheet: string;
    count: number;
    figures: string;
    meanings: string;
    star: boolean;
    /** Every mark is a note in words ("as expected"), none saying the figure may change. */
    notesOnly: boolean;
  }>({
    kind: 'figure-marks',
    severity: 'info',
    message: (f) =>
      `${plural(f.count, 'figure')} on '${f.sheet}' ${f.count === 1 ? 'carries a mark and is' : 'carry a mark and are'} read as the ${f.count === 1 ? 'figure it marks' : 'figures they mark'}: ${f.figures}. ${f.meanings}` +
      (f.star
        ? ' Some packs mark suppressed figures with "*": where a figure is shown beside it, the figure is read; a "*" on its own is read as suppressed.'
        : '') +
      (f.count === 1 ? ' It is scored as it stands' : ' They are scored as they stand') +
      (f.notesOnly ? '.' : ': score again when the final figures are in.'),
  }),
  // Figures beside a target said to be the year's, measured year to date (rules/annual-to-date.ts; fresh user 12).
  'annual-to-date': entry<{
    who: string;
    /** What said the target is the year's: "its Comments cell says "Annual budget £1.2m"". */
    said: string;
    target: string;
    /** Why each figure is its period's own: "a budget is spent over its year". */
    why: string;
    value: string;
    /** "Apr–Sept", or "Q1–Q2" for a table of quarters. */
    periods: string;
    period: string;
    periodValue: string;
    month: number;
    profiled: string;
    band?: ScaledBand;
    /** The period header saying the figures are to date as typed ("Actual YTD £k"), quoted: a budget's spend to date. */
    typed?: string;
  }>({
    kind: 'annual-to-date',
    severity: 'info',
    message: (f) =>
      (f.typed
        ? `${f.who}: ${f.said}, so its target ${f.target} is the year's budget, and its period header ${f.typed} says ` +
          `its figures are to date: ${f.period}'s ${f.value} is measured against the year's share elapsed, ${f.month}/12 ` +
          `of it, ${f.profiled}, not against the whole year's ${f.target}.`
        : `${f.who}: ${f.said}, so its target ${f.target} is the year's, and each figure is its own period's (${f.why}): ` +
          `the year to date, ${f.value} (${f.periods} added up), is measured against the year's share elapsed, ${f.month}/12 ` +
          `of it, ${f.profiled}, not ${f.period}'s ${f.periodValue} against the whole year's ${f.target}.`) +
      yearBandWords(f.band) +
      (f.typed
        ? ` If ${f.target} is already the target for the figure as it stands, add a "Profile" column saying Flat.`
        : ` If ${f.target} is the target for each figure as it stands, give it in every month on a Targets sheet.`),
  }),
  // An amber band in the unit scaled with a target profiled to date (findings/profiled-band.ts; layouts7).
  'profiled-band': entry<{ who: string; target: string; profiled: string; band: ScaledBand }>({
    kind: 'looks-cumulative',
    severity: 'info',
    message: (f) =>
      `${f.who}: its target is profiled to date, ${f.profiled} of the year's ${f.target}, and its amber band of ` +
      `${f.band.given} is scaled alike, to ${f.band.amount}: red ${f.band.higher ? 'below' : 'above'} ${f.band.red}. ` +
      `If ${f.band.given} is the band for the figure to date as it stands, give it as a percentage instead.`,
  }),
  // One Note for a budget table's lines typed to date (findings/annual-to-date.ts typedBudgetNote; layouts7).
  'annual-to-date-typed-table': entry<{
    sheet: string;
    headerRow: number;
    header: string;
    typed: string;
    count: number;
    share: string;
    examples: string;
  }>({
    kind: 'annual-to-date',
    severity: 'info',
    message: (f) =>
      `The budget table on '${f.sheet}' (header row ${f.headerRow}): its target column is headed ${f.header}, so each ` +
      `line's target is the year's budget, and its period header ${f.typed} says the figures are to date: each of ` +
      `its ${f.count} ${f.count === 1 ? 'line' : 'lines'} is measured against the year's share elapsed, ${f.share}, not ` +
      `against the whole year's (${f.examples}). If a budget is already the target for the figure as it stands, ` +
      `add a "Profile" column saying Flat.`,
  }),
  'annual-to-date-unsure': entry<{
    who: string;
    said: string;
    target: string;
    low: string;
    high: string;
    times: string;
    value: string;
    period: string;
    periodValue: string;
    month: number;
    profiled: string;
    /** "month" or "quarter". */
    each: string;
  }>({
    kind: 'annual-to-date-refused',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.said}, so its target ${f.target} is the year's, but nothing shows whether its ${f.each} figures ` +
      `(${f.low} to ${f.high}; the target is ${f.times} times their middle) are each the ${f.each}'s own — then the ` +
      `year to date, ${f.value}, is measured against ${f.month}/12 of the target, ${f.profiled} — or a level held ` +
      `each ${f.each} — then ${f.period}'s ${f.periodValue} is measured against ${f.target}: it is not rated (no variance ` +
      `or RAG colour) and is counted under "Not rated". If each is the ${f.each}'s own, add a "YTD" column holding ` +
      `them added up; if ${f.target} is the target for each ${f.each}'s figure, give it in every month on a Targets ` +
      `sheet; and score again.`,
  }),
  'annual-to-date-gap': entry<{ who: string; said: string; target: string; missing: string }>({
    kind: 'annual-to-date-refused',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.said}, so its target ${f.target} is the year's and the year to date is measured against the ` +
      `year's share elapsed, but ${f.missing} has no figure, so the year to date cannot be told: it is not rated ` +
      `(counted under Not rated) rather than added up short. Type ${f.missing}'s figure (0 if there was none).`,
  }),
  // A 100% target scored amber under the workbook's tolerance (findings/compliance-targets.ts; session 11).
  'full-target-amber': entry<{ who: string; one: boolean; tolerance: number }>({
    kind: 'full-target-amber',
    severity: 'info',
    message: (f) =>
      `${f.who} ${f.one ? 'has' : 'have'} a target of 100% and ${f.one ? 'is' : 'are'} amber, within the ${f.tolerance}% tolerance of it. Where 100% is a must (gas safety checks, fire risk assessments), anything less is missed: a "Tolerance" column holding 0 on ${f.one ? 'that row' : 'those rows'} scores ${f.one ? 'it' : 'them'} red below 100%.`,
  }),
  // The sub-headings of one subsidiary's sheet of several: its themes (findings/theme-rows.ts; session 11).
  'theme-rows': entry<{ sheet: string; rows: string; texts: string; one: boolean; priority: string }>({
    kind: 'partial-table',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' ${f.rows} (${f.texts}) ${f.one ? 'is read as a theme' : 'are read as themes'} inside the table: the indicators under ${f.one ? 'it' : 'them'} are counted under '${f.priority}', the sheet's own priority.`,
  }),
  // The same indicators on several sheets, one sheet per organisation (read/parallel-sheets.ts; session 11).
  'parallel-sheets': entry<{ sheets: string; refs: number; examples: string }>({
    kind: 'parallel-sheets',
    severity: 'info',
    message: (f) =>
      `${f.sheets} hold the same indicators (${f.refs} refs: ${f.examples}), so each is read as one organisation's or business unit's sheet, counted as a priority of its own; a ref on more than one of them is not a duplicate.`,
  }),
  // Sheets repeating the whole's refs with an area's figures: breakdowns, not counted (read/area-sheets.ts; fresh user 12).
  'area-sheets': entry<{
    sheets: string;
    count: number;
    refs: number;
    examples: string;
    wholes: string;
    rows: number;
    by: 'names' | 'names and figures' | 'figures' | 'mapping';
    names: string;
  }>({
    kind: 'area-sheets',
    severity: 'info',
    message: (f) =>
      `${f.sheets} ${f.count === 1 ? 'repeats' : 'repeat'} ${plural(f.refs, 'indicator')} of ${f.wholes} (${f.examples}) with ${f.count === 1 ? "an area's" : "each area's"} own figures, so ${f.count === 1 ? 'it is' : 'they are'} read as ${f.count === 1 ? 'a breakdown' : 'breakdowns'} of them, ${AREA_BY[f.by]}: each breakdown is scored and coloured on its own sheet, but not counted again — the summaries count each indicator once, from ${f.wholes} (${plural(f.rows, 'breakdown row')} left out of the counts). To count ${f.count === 1 ? 'it as a return' : 'them as returns'} of ${f.count === 1 ? 'its' : 'their'} own instead, map ${f.count === 1 ? 'it' : 'them'} so: {"returnSheets":${f.names}}.`,
  }),
  'area-sheets-figures': entry<{
    sheets: string;
    refs: string;
    first: string;
    count: number;
    month: string;
    whole: string;
    parts: string;
    names: string;
  }>({
    kind: 'area-sheets-figures',
    severity: 'warning',
    message: (f) =>
      `On ${f.sheets}, the figures for ${f.refs} neither add up to the whole's nor sit near ${f.count === 1 ? 'it' : 'them'} (${f.first} ${f.month}: ${f.parts} against ${f.whole}), so only the sheets' names say they are areas: they are still read as breakdowns and not counted. Check they are those areas' figures; if the sheets are returns of their own, map them so: {"returnSheets":${f.names}}, and they are counted.`,
  }),
  'area-support-rows': entry<{ supportSheets: string; refs: string; sheets: string }>({
    kind: 'area-support-rows',
    severity: 'info',
    message: (f) =>
      `The ${f.supportSheets} rows for ${f.refs} are the whole's: the areas' figures on ${f.sheets} add up to the whole's, so those rows are not used for the areas' rows (no target or Trend from them there). Give an area's row its own target in its sheet's Target column.`,
  }),
  'area-or-return': entry<{
    sheets: string;
    count: number;
    whole: string;
    refs: number;
    examples: string;
    names: string;
  }>({
    kind: 'area-or-return',
    severity: 'warning',
    message: (f) =>
      `${f.sheets} ${f.count === 1 ? 'repeats' : 'repeat'} ${plural(f.refs, 'indicator')} of '${f.whole}' (${f.examples}), but neither ${f.count === 1 ? 'its name nor its' : 'their names nor their'} figures say whether ${f.count === 1 ? 'it is an area' : 'they are areas'} of it (a breakdown of its figures) or ${f.count === 1 ? 'a return' : 'returns'} of ${f.count === 1 ? 'its' : 'their'} own: ${f.count === 1 ? 'it is' : 'they are'} counted as ${f.count === 1 ? 'a return' : 'returns'} of ${f.count === 1 ? 'its' : 'their'} own, ${f.count === 1 ? 'a priority' : 'each a priority'} of ${f.count === 1 ? 'its' : 'their'} own. If ${f.count === 1 ? 'it is an area' : 'they are areas'} of '${f.whole}', map ${f.count === 1 ? 'it' : 'them'} so: {"breakdownSheets":${f.names}}; ${f.count === 1 ? 'it is' : 'they are'} then scored on ${f.count === 1 ? 'its' : 'their'} own sheet but counted once, from '${f.whole}'.`,
  }),
  // A count per month against a month's target, scored by quarter (rules/month-counts.ts; fresh user 8).
  'month-counts': entry<{
    who: string;
    quarter: number;
    /** The quarter's months added up, and each ("Jul 4,010 + Aug 3,850 + Sep 4,420"). */
    sum: string;
    each: string;
    /** The quarter's target, and how it adds up ("3 × 4,500", or each month's from the Targets sheet). */
    target: string;
    targets: string;
    /** All three months are in (false: the quarter so far). */
    whole: boolean;
    /** The last month added, its figure and its target: what was scored before. */
    last: string;
    lastFigure: string;
    lastTarget: string;
    /** What told the months add up (rules/month-share.ts), with the outturn or the column that did. */
    evidence: 'outturn' | 'toDate' | 'lastYearToDate' | 'quarterColumns';
    outturn?: string;
    header?: string;
    /** No target at all: DOT's quarters, the one before the scored one and its months added up (absent: none). */
    noTarget?: { previous?: string; previousQuarter?: number };
    /** An amber band in the unit scaled alike (rules/added-up-tolerance.ts): the quarter's, how, and where red starts. */
    band?: ScaledBand;
  }>({
    kind: 'month-counts',
    severity: 'info',
    message: (f) => {
      const why =
        f.evidence === 'outturn'
          ? `last year's outturn of ${f.outturn} is about twelve of its months`
          : f.evidence === 'quarterColumns'
            ? `its quarter columns add its months up`
            : f.evidence === 'toDate'
              ? `its ${f.header} column adds its months up`
              : `its ${f.header} column is about its months added up`;
      if (f.noTarget)
        return (
          `${f.who} is a count per month (${why}) with no target, so Q${f.quarter}'s figure is its months added up, ` +
          `${f.sum} (${f.each}), ` +
          (f.noTarget.previous !== undefined
            ? `and its direction of travel compares it with Q${f.noTarget.previousQuarter}'s, ${f.noTarget.previous}, `
            : `with no earlier quarter to compare it with, `) +
          `not ${f.last}'s ${f.lastFigure} with the month before.` +
          (f.whole ? '' : ` Q${f.quarter} is not complete yet: its other months are added when they are in.`)
        );
      return (
        `${f.who} is a count per month (${why}) with a month's target, so Q${f.quarter}'s figure is its months added up, ` +
        `${f.sum} (${f.each}), measured against ${f.whole ? "the quarter's" : "those months'"} target, ${f.target} (${f.targets}), ` +
        `not ${f.last}'s ${f.lastFigure} alone against ${f.lastTarget}.` +
        (f.band
          ? ` Its amber band is added up alike, ${f.band.amount} (${f.band.times} × ${f.band.given}): red ${f.band.higher ? 'below' : 'above'} ${f.band.red}.`
          : '') +
        (f.whole ? '' : ` Q${f.quarter} is not complete yet: its other months are added when they are in.`)
      );
    },
  }),
  // Trend against a "Same period last year" column (rules/same-period.ts; fresh user 12's police pack).
  'same-period-trend': entry<{
    who: string;
    header: string;
    /** The months compared ("Apr to Sep"), this year's added up and each, the column's figure. */
    months: string;
    sum: string;
    lastYear: string;
    named: boolean;
    direction: string;
  }>({
    kind: 'same-period-trend',
    severity: 'info',
    message: (f) =>
      `${f.who}: Trend compares the same months, ${f.months} this year added up, ${f.sum}, with ${f.header}, ${f.lastYear} ` +
      `(${f.named ? 'the months its header names' : 'read as the year so far, as no months are named: if it holds another span, name it, e.g. "(Jul-Sep 24)"'}): ${f.direction}.`,
  }),
  'same-period-refused': entry<{ who: string; header: string; months: string; latest?: string; lastYear?: string }>({
    kind: 'same-period-refused',
    severity: 'warning',
    message: (f) =>
      f.latest !== undefined
        ? `${f.who}: no Trend from ${f.header}: it covers ${f.months} last year, but this year's figures run to ${f.latest}, so the periods differ. ` +
          `Name the months it holds in its header, or add a column of last year's ${f.latest}.`
        : `${f.who}: no Trend from ${f.header} (${f.lastYear}, ${f.months} last year): its months are not added up ` +
          `(a rate, percentage, average or level), so this year's figure for the same months is not in the workbook to set beside it. ` +
          `To draw Trend month with month, give last year's months on a "Last year" sheet.`,
  }),
  // A directorate's sheet of several titled tables, read as one priority (read/directorate-sheets.ts; fresh user 8).
  'sheet-priority': entry<{
    sheet: string;
    titles: string;
    count: number;
    priority: string;
    headingRow?: number;
    area?: string;
  }>({
    kind: 'sheet-priority',
    severity: (f) => (f.headingRow === undefined ? 'warning' : 'info'),
    message: (f) =>
      `'${f.sheet}' holds ${f.count} tables under titles of their own (${f.titles}), and the workbook gives each ${f.area ?? 'directorate'} a sheet, ` +
      `so they are counted as one priority, '${f.priority}' (` +
      (f.headingRow === undefined
        ? `the sheet's name: a guess, as no heading above the tables names the sheet)`
        : `the sheet's heading, row ${f.headingRow})`) +
      `, their titles groups within it. To count each table as a priority of its own, give it a sheet of its own.`,
  }),
  // Points mode on an indicator that is not a percentage (score/score-indicator.ts; fresh-user check 5).
  'points-not-percent': entry<{ refs: string; tolerance: number }>({
    kind: 'points-not-percent',
    severity: 'warning',
    message: (f) =>
      `Not percentages: ${f.refs}. Percentage points cannot apply to them, so they are scored within ${f.tolerance}% of target (relative); a "Tolerance mode" column saying Absolute gives a band in their own unit.`,
  }),
  'rule-cell-unread': entry<{ who: string; label: string; text: string; what: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) => `${f.who}: ${f.label} ${f.text} ${f.what}.`,
  }),
  'bands-not-used': entry<{ who: string; polarity: string }>({
    kind: 'unreadable-cell',
    severity: 'info',
    message: (f) =>
      `${f.who}: green and amber bands apply only to an indicator where close to target is better; this one is ${f.polarity} is better, so its tolerance is used.`,
  }),
  'quartile-unread': entry<{ who: string; text: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) => `${f.who}: comparative performance ${f.text} is not a quartile; it is treated as N/A.`,
    advice: 'Type 1st, 2nd, 3rd or 4th Quartile, or N/A.',
  }),
  'quartile-position': entry<{
    who: string;
    text: string;
    place: string;
    of: number;
    quartile: string;
    positions: string;
  }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) =>
      `${f.who}: comparative performance ${f.text} is a position in a comparator group (${f.place} of ${f.of}), not a quartile, ` +
      `so it is treated as N/A and cannot put the indicator in the strong performance or requires improvement tables. ` +
      `Type the quartile instead: ${f.place} of ${f.of} is the ${f.quartile} quartile (${f.positions} of ${f.of}, the group split into four equal parts).`,
  }),
  'quartile-position-unread': entry<{ who: string; text: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) =>
      `${f.who}: comparative performance ${f.text} is treated as N/A: a benchmarking club's "upper" quartile may hold the highest figures or the best performers, which are the same only where higher is better;`,
    advice:
      'type where it stands among the others as Top quartile, 2nd quartile, 3rd quartile or Bottom quartile, and score again.',
  }),
  'support-value-unread': entry<{ key: string; text: string; sheet: string }>({
    kind: 'unreadable-cell',
    severity: 'warning',
    message: (f) => `${f.key}: ${f.text} on the ${f.sheet} sheet is not a number, so it is not used.`,
  }),
  'support-duplicate-key': entry<{ key: string; sheet: string; firstRow: number }>({
    kind: 'duplicate-ref',
    severity: 'warning',
    message: (f) => `${f.key} appears twice on the ${f.sheet} sheet; the first row (row ${f.firstRow}) is used.`,
  }),
  // A time against a time with no polarity: not rated (read/time-polarity.ts; session 11, helper layouts4).
  'time-without-polarity': entry<{ who: string; message: string }>({
    kind: 'polarity-assumed',
    severity: 'warning',
    message: (f) => `${f.who}: ${f.message}`,
  }),
  'percentage-scales': entry<{ who: string; message: string }>({
    kind: 'percentage-scales',
    severity: 'warning',
    message: (f) => `${f.who}: ${f.message}`,
  }),

  // Text where a figure belongs (findings/reading.ts).
  'target-text': entry<{ who: string; text: string; scoredAgainst?: string }>({
    kind: 'text-in-value',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the target cell holds ${f.text} where a number belongs${f.scoredAgainst ? `, so it is scored against ${f.scoredAgainst}` : ''}.`,
  }),
  'target-stated-none': entry<{ who: string; text: string; toCome: boolean; counted: string }>({
    kind: 'text-in-value',
    // "TBC" is a target still to come (a Check); "N/A", "Data only" say there is none (a Note). Issue 7.
    severity: (f) => (f.toCome ? 'warning' : 'info'),
    message: (f) =>
      `${f.who}: the target cell holds ${f.text}${f.toCome ? ' where a number belongs' : ''}${f.counted}.`,
  }),
  // A figure typed so that it is not read as one (findings/reading.ts, figureTypedOtherwise; noticed item 6, session 6).
  'figure-unread': entry<{ who: string; month: string; text: string; retyped: string }>({
    kind: 'text-in-value',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.month}'s ${f.text} is not read as a figure, so it is left out of the scores; type it as ${f.retyped} and score again.`,
  }),
  // A number no indicator can have: infinite, or 10^15 and beyond (read/values.ts, isAbsurdFigure; helper misread).
  // Quarter columns beside the months (read/quarter-columns.ts, findings/quarter-columns.ts; helper wording).
  'quarter-columns-read': entry<{ sheet: string; headerRow: number; headers: string }>({
    kind: 'quarter-columns-read',
    severity: 'info',
    message: (f) =>
      `'${f.sheet}' row ${f.headerRow}: the columns ${f.headers} beside the months are read as each quarter's own figure: an indicator is scored on its months, and on a quarter's column only where that quarter's months are blank; a Check names a quarter figure its months do not give.`,
  }),
  'quarter-column-disagrees': entry<{ who: string; header: string; typed: string; given: string }>({
    kind: 'quarter-column-disagrees',
    severity: 'warning',
    message: (f) =>
      `${f.who}: the ${f.header} column says ${f.typed}, but its months give ${f.given}; the months are scored.`,
    advice: 'Correct whichever is wrong.',
  }),
  'quarter-column-scored': entry<{ who: string; header: string; value: string; quarter: number }>({
    kind: 'quarter-column-scored',
    severity: 'info',
    message: (f) =>
      `${f.who}: its months are blank, so the ${f.header} column's ${f.value} is scored as the Q${f.quarter} figure.`,
  }),
  'figure-absurd': entry<{ who: string; month: string; shown: string }>({
    kind: 'text-in-value',
    severity: 'warning',
    message: (f) =>
      `${f.who}: ${f.month}'s ${f.shown} is not a figure an indicator can have (beyond a thousand million million), so it is left out of the scores;`,
    advice: 'correct the cell (a slip, or a formula gone wrong?) and score again.',
  }),
  'note-in-period': entry<{ who: string; span: string; months: number; text: string }>({
    kind: 'text-in-value',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.span} ${plural.word(f.months, 'holds', 'hold')} the note ${f.text} instead of a figure.`,
  }),

  // Support sheets (findings/reading.ts).
  'orphan-target': entry<{ sheet: string; text: string; row: number }>({
    kind: 'orphan-target',
    severity: 'info',
    message: (f) => `The ${f.sheet} sheet has targets for ${f.text} (row ${f.row}), which no indicator table has.`,
  }),

  // The quarter asked for (score/score-workbook.ts; session 7 fresh-user check).
  // Names how many indicators are carried forward; those carried from before the latest quarter with figures
  // keep their own Check, the rest have none where two or more are carried alike (helper misread: it was
  // one near-identical Check each).
  'quarter-without-figures': entry<{
    quarter: number;
    latest: number;
    carried: number;
    earlier: number;
  }>({
    kind: 'quarter-without-figures',
    severity: 'warning',
    message: (f) =>
      `No indicator has a Q${f.quarter} figure yet: ` +
      (f.carried === 1
        ? 'the one indicator with a figure is scored on a figure carried forward'
        : `all ${f.carried} indicators with figures are scored on figures carried forward`) +
      ` from Q${f.latest}` +
      (f.earlier > 0 ? ` or earlier (${f.earlier} from before Q${f.latest}, named below)` : '') +
      ` and counted as Q${f.quarter}'s. Score Q${f.latest}, the latest quarter with figures, or type ` +
      `Q${f.quarter}'s figures first.`,
  }),
  // The quarter scored when none is asked for: the one most indicators have reached (score/score-workbook.ts,
  // reportingQuarter; session 8, noticed item 2).
  'figure-after-quarter': entry<{ who: string; quarter: number; later: string; value: string }>({
    kind: 'figure-after-quarter',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its ${f.later} figure (${f.value}) is later than Q${f.quarter}, the quarter most indicators have ` +
      `reached, so Q${f.quarter} is scored and the ${f.later} figure is not in this report; score ${f.later} by name to include it.`,
  }),
  // The quarter after the one found holds only dashes (findings/quarter-dashes.ts; helper loose, session 13's hunt).
  'quarter-dashes': entry<{ quarter: number; next: number; marks: string; dashed: number; counted: number }>({
    kind: 'quarter-dashes',
    severity: 'warning',
    message: (f) =>
      `${f.dashed === f.counted ? (f.counted === 1 ? 'The indicator holds' : f.counted === 2 ? 'Both indicators hold' : `All ${f.counted} indicators hold`) : `${f.dashed} of ${f.counted} indicators hold`} ` +
      `${f.marks} in Q${f.next}, which is read as no figure, so Q${f.quarter}, the latest quarter with figures, is ` +
      `scored and this report is Q${f.quarter}'s. If Q${f.next}'s figures are not yet in, that is right; if Q${f.next} ` +
      `is the quarter to report, type its figures and score again.`,
  }),
  // A row's "Data period" naming another period than the one scored (findings/data-period.ts; helper loose).
  'data-period-other': entry<{ who: string; header: string; text: string; period: string; earlier: boolean }>({
    kind: 'data-period-other',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its ${f.header} cell says ${f.text}, ${f.earlier ? 'a period before' : 'another period than'} ` +
      `${f.period}, yet its figure in the ${f.period} column is scored as ${f.period}'s. If the figure is for ` +
      `${f.text}, it is not this period's: move it to that period's column (or leave the ${f.period} cell blank) ` +
      `and score again.`,
  }),
  // The Notes say the figures are reported in arrears (findings/data-period.ts; fresh user 15).
  'data-period-arrears': entry<{ who: string; header: string; text: string; period: string; figureFor: string }>({
    kind: 'data-period-other',
    severity: 'warning',
    message: (f) =>
      `${f.who}: its ${f.header} cell says ${f.text}, so the figure in its ${f.period} column is ${f.figureFor}'s, ` +
      `yet it is scored and counted as ${f.period}'s. If it is ${f.figureFor}'s, move it to that period's column ` +
      `(or leave the ${f.period} cell blank) and score again; if it is ${f.period}'s after all, say so in the note.`,
  }),
  // Figures suppressed to protect small numbers (findings/series.ts, suppressedFindings; fresh user 4, session 10).
  suppressed: entry<{ who: string; months: string; marks: string; many: boolean; follows: string }>({
    kind: 'suppressed',
    severity: 'info',
    message: (f) =>
      `${f.who}: ${f.months} ${f.many ? 'hold' : 'holds'} ${f.marks}, ${f.many ? 'figures' : 'a figure'} suppressed ` +
      `to protect small numbers: withheld, not ${f.many ? 'gaps' : 'a gap'} to fill, so nothing needs to change. ${f.follows}`,
  }),
  // A quarter found, not asked for, scored on part of its months (findings/part-quarter.ts; fresh user 4, session 10).
  'part-quarter': entry<{ quarter: number; scoredOn: string; missing: string; last: string }>({
    kind: 'part-quarter',
    severity: 'warning',
    message: (f) =>
      `Q${f.quarter} is scored on ${f.scoredOn} only: ${f.missing} ${f.missing.includes(' and ') ? 'have' : 'has'} no ` +
      `figures in this table yet, so each indicator's Q${f.quarter} figure is its latest so far and the counts are ` +
      `not a whole quarter's. ` +
      (f.quarter > 1
        ? `To report the last complete quarter, score Q${f.quarter - 1} by name; or score again when ${f.last} is in.`
        : `Score again when ${f.last} is in for the whole quarter.`),
  }),
  // An annual indicator before its quarter (score/score-workbook.ts; session 8, noticed item 3).
  // Rows with no figure this year at all (findings/no-figures.ts; fresh-user check 7, item 2).
  'no-figure-this-year': entry<{ names: string; count: number }>({
    kind: 'no-figure-this-year',
    severity: 'warning',
    message: (f) =>
      `${f.names}: ${f.count === 1 ? 'no figure this year at all, so it is' : 'no figure this year at all, so they are'} counted as ${f.count === 1 ? 'a data gap' : 'data gaps'}. ` +
      'If a measure is reported once a year, add a "Frequency" column saying Annual (or "Annual (Q4)"): it is then not yet due before its quarter and left out of the counts.',
  }),
  'annual-not-due': entry<{ who: string; due: number; quarter: number; comment?: string }>({
    kind: 'annual-not-due',
    severity: 'info',
    // `comment`: its Comments cell said so, the table having no Frequency column (fresh-user check 7, item 2).
    message: (f) =>
      `${f.who}: ${f.comment ? `its comment ${f.comment} is read as its frequency: ` : ''}reported annually, due in Q${f.due}, so it has no Q${f.quarter} figure yet; it is listed as not yet ` +
      `due and left out of Q${f.quarter}'s counts.`,
  }),
  // The analyst's conditional formatting over cells the product colours (plan/conditional-formats.ts).
  'conditional-format-over-scores': entry<{ sheet: string; ranges: string }>({
    kind: 'conditional-format-over-scores',
    severity: 'warning',
    message: (f) =>
      `'${f.sheet}' has conditional formatting of its own on ${f.ranges}, cells this product colours: Excel shows ` +
      `the rule's colours there instead of the RAG colours, so a colour seen in those cells may not be the score; ` +
      `the rules were left as they are.`,
    advice:
      'To see the RAG colours, select those cells and clear their rules (Home › Conditional Formatting › Clear Rules › Clear Rules from Selected Cells).',
  }),
};

type Catalogue = typeof CATALOGUE;
/** The name of an entry of the catalogue. */
export type FindingName = keyof Catalogue;
type FieldsOf<N extends FindingName> = Catalogue[N] extends Entry<infer F> ? F : never;

/**
 * A finding of the catalogue: `finding({ kind: 'outlier', at: { sheet, row, col }, ref, who, month, … })`.
 * `at` is 0-based (row 0 = sheet row 1); the finding points at its A1 address (or `cell`, when given).
 */
export function finding<N extends FindingName>(
  args: { kind: N; at: At | { sheet: string; cell: string }; ref: string | null } & FieldsOf<N>,
): Finding {
  const e = CATALOGUE[args.kind] as Entry<FieldsOf<N>>;
  const fields = args as FieldsOf<N>;
  const severity = typeof e.severity === 'function' ? e.severity(fields) : e.severity;
  const sentence = e.message(fields);
  const cell = 'cell' in args.at ? args.at.cell : cellAddress(args.at.row, args.at.col);
  return {
    kind: e.kind,
    severity,
    sheet: args.at.sheet,
    cell,
    ref: args.ref,
    message: e.advice ? `${sentence} ${e.advice}` : sentence,
  };
}
