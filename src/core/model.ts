/**
 * The engine's vocabulary. Everything here is plain data: no Office.js, no DOM, no files.
 * Rows and columns are 0-based (row 0 is the sheet's row 1, column 0 is column A).
 */

/** A cell's value as the adapters hand it over: what the cell holds, text kept as text. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as read by an adapter: its values from A1, and its merged areas. */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  merges?: Area[];
  /** Hidden (or very hidden) in Excel: its tables are not scored, but it may be the Targets or Last year sheet. */
  hidden?: boolean;
  /**
   * The sheet's hidden columns, 0-based (ExcelJS `column.hidden`, the file's `<col hidden="1">`): a
   * hidden column is not preferred over a shown one of the same meaning, and is named as hidden where
   * it is used (session 9, fresh-user check 3). Optional: absent, every column counts as shown.
   */
  hiddenColumns?: number[];
  /**
   * The cells the analyst's own conditional formats cover, 0-based areas (the file's
   * `<conditionalFormatting sqref="…">`; in the add-in Range.getSpecialCells("ConditionalFormats"),
   * ExcelApi 1.9): where they cover cells the product colours, Excel shows the rule's colours over the
   * RAG fill, and a Check says so (plan/conditional-formats.ts). Optional: absent, none known.
   */
  conditionalFormats?: Area[];
  /**
   * The number formats of the cells holding numbers, where not General (ExcelJS `cell.numFmt`,
   * Office.js `Range.numberFormat`): so 0.052 shown as 5.2% is known for a percentage, and a date for a
   * date. Optional: without it numbers are read as plain numbers (issue 8).
   */
  numberFormats?: NumberFormats;
  /**
   * The workbook counts dates in the 1904 date system (old Mac files: serial 0 = 1 January 1904).
   * Its date-formatted numbers are read 1,462 days later (needs `numberFormats` to tell dates).
   */
  date1904?: boolean;
  /**
   * Formulas with no saved result (a file written by a program that does not calculate), 0-based [row, col],
   * in the grid as blank: refused where a table the product reads or writes holds one, else a Note
   * (read/uncalculated.ts; fresh user 14). Optional: absent, none.
   */
  uncalculated?: [number, number][];
  /**
   * The sheet's stable identity, where the front end has one (Office.js `Worksheet.id`, ExcelJS's
   * worksheet id = the file's sheetId): unchanged when the sheet is renamed or moved. The undo journal
   * follows sheets by it (issue 8).
   */
  id?: string;
}

/**
 * A sheet's number formats, compactly (a 50,000-row column in one format is one run): `formats`
 * holds each distinct format code once ("0.0%", "mmm-yy"); `runs` is a flat list of quadruples
 * `column, first row, last row, index into formats` (0-based, inclusive), for the number cells whose
 * format is not General. Cells in a run's rows that hold no number have no format that matters.
 */
export interface NumberFormats {
  formats: string[];
  runs: number[];
}

/** Months of the financial year: 1 = April … 12 = March. */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export type QuarterNumber = 1 | 2 | 3 | 4;

/**
 * Which way is better: higher, lower, or close to target (two-sided: "Goldilocks", "Stabilise",
 * "Within range" — issue 7), where any distance from the target, above or below, is worse.
 */
export type Polarity = 'higher' | 'lower' | 'close';
/**
 * How a tolerance (and a two-sided indicator's bands) is measured (issue 7): `relative` — percent of
 * the target, as the % variance is (the default); `points` — percentage points, for indicators
 * measured in percent ("within 1" on a 7.5% arrears rate is 6.5–8.5%); `absolute` — an amount in the
 * indicator's own unit ("within 2 days").
 */
export type ToleranceMode = 'relative' | 'points' | 'absolute';
/** What DOT compares the latest value with: the previous quarter's last value, or the previous reported period (issue 7). */
export type DotComparison = 'quarter' | 'period';
export type Profile = 'flat' | 'cumulative';
export type Rag = 'green' | 'amber' | 'red';
export type Direction = 'up' | 'down' | 'same' | 'first';
/**
 * 'not rated': a target there but not rated against (IndicatorScore.reason says why), counted apart from
 * 'no target' (fresh-user check 7, item 4: the JSON said "no target" where the counts said Not rated).
 */
export type Status =
  'on target' | 'within tolerance' | 'off target' | 'data gap' | 'no target' | 'not rated' | 'not due';
export type Quartile = 1 | 2 | 3 | 4;

/** What a period (month or quarter) cell holds, once read. */
export type PeriodValue =
  | {
      kind: 'number';
      value: number;
      fromText: boolean;
      /** The unit typed with the figure ("days" in "21 days", "£" in "£1,204,330"), shown back as typed (issue 7). */
      unit?: string;
      /** A note typed with the figure ("provisional" in "1,234 (provisional)"; "r" in "98.7r": read/figure-marks.ts). */
      note?: string;
      /** The cell's text as typed, where it carries a note or mark ("79.0*"), for the Note naming them (session 11). */
      typed?: string;
      /** Typed in thousands, millions or billions ("£1.2m"): `value` is the figure in full (1,200,000). */
      multiplier?: number;
      /**
       * A duration typed as text ("13:55", "1:02:30": read/values.ts `parseClockText`), `value` a fraction of a
       * day as Excel keeps a time: 'm:ss' minutes and seconds, 'h:mm' hours and minutes, 'h:mm:ss' (session 10).
       */
      clock?: 'm:ss' | 'h:mm' | 'h:mm:ss';
    }
  | {
      kind: 'empty';
      /**
       * What the cell says about the missing figure, where it says something ("TBC", "not available",
       * "awaited"); absent for a blank or "-" (nothing typed). Noticed item 1, session 6: a statement after
       * the last figure stops it being carried forward (rules/latest.ts).
       */
      said?: string;
      /**
       * The cell holds a figure suppressed to protect small numbers ("<5", "*", "c", "[c]": read/values.ts,
       * words.ts `isSuppressedText`): a figure exists but is withheld — not a gap for the analyst to fill, never
       * scored, never carried past, and no DOT is worked out across it (rules/latest.ts; fresh user 4, session 10).
       */
      suppressed?: true;
    }
  | {
      kind: 'na';
      /**
       * The cell as typed ("n/a", "N/A", "not applicable"): quoted as typed wherever it is shown, since "n/a"
       * is as often "not available" as "not applicable" (helper wording, session 9).
       */
      text: string;
    }
  | {
      kind: 'note';
      text: string;
      /**
       * A number no indicator can have (infinite, or 10^15 and beyond: a slip or a formula gone wrong),
       * `text` its short form ("1.7E+308"): never scored, a Check names it (helper misread).
       */
      absurd?: true;
      /**
       * A plain number among figures shown as percentages, too far from them to be read as a percentage
       * (read/number-formats.ts, `readPlainAmongPercents`): `text` says so; its quarter is a data gap with
       * those words, and the row's `plainPercents` Check names the cell (session 8, noticed item 1).
       */
      scale?: true;
      /**
       * With `scale`: a percentage's figure far over 100% (7,120.0%; read/over-hundred.ts): the latest figure,
       * refused, so an earlier figure of its quarter is not scored in its place (fresh user 11).
       */
      refused?: true;
    };

/** The named columns an indicator table can have (besides its period columns). */
export const FIELDS = [
  'tier',
  'ref',
  'name',
  'polarity',
  'outturn',
  'target',
  'profile',
  'tolerance',
  'variance',
  'status',
  'dot',
  'trend',
  'quartile',
  // Issue 7: a two-sided indicator's bands, and how this indicator's tolerance is measured.
  'greenBand',
  'amberBand',
  'toleranceMode',
  // Session 8, noticed items 2 and 3: how often an indicator is reported ("Annual", "Quarterly").
  'frequency',
] as const;
export type Field = (typeof FIELDS)[number];

/** What one column of a table's header means. */
export type ColumnRole =
  | { kind: 'field'; field: Field }
  | {
      kind: 'month';
      month: MonthNumber;
      /** The financial year it falls in, by its first calendar year (Apr-17 → 2017), when the header says. */ year?: number;
    }
  | {
      kind: 'quarter';
      quarter: QuarterNumber;
      /** The financial year ("Q1 2023/24" → 2023), when the header says. */ year?: number;
    }
  | { kind: 'lastYearQuarter'; quarter: QuarterNumber }
  /** A financial year alone ("2022/23", "2022-23"): a table of annual figures; the year's value stands for March. */
  | { kind: 'year'; year: number }
  /** "Actual", "Result", "Value" alone: the value of the quarter being scored (the run's quarter). */
  | { kind: 'current' }
  | { kind: 'ignore' };

/** Where words said a row's target is the year's (read/annual-words.ts): the target column's header, the row's name, or a Comments (Notes …) cell; row and column 0-based. */
export interface AnnualSaid {
  where: 'header' | 'name' | 'column';
  row: number;
  col: number;
  /** The header of the column that said it (the target column's, or the Comments column's; '' for the name). */
  header: string;
  text: string;
  /** The words or the name say money spent or a budget ("budget", "spend", "expenditure", "cost"). */
  flow: boolean;
}

/** One indicator's row, as read from its table. Typed values are the analyst's, before any scoring. */
export interface IndicatorRow {
  sheet: string;
  /** 0-based row of the indicator in its sheet. */
  row: number;
  ref: string | null;
  name: string;
  tier: number | null;
  polarity: Polarity;
  /** The polarity cell's text when it could not be read (higher is then assumed). */
  polarityProblem: string | null;
  /**
   * The polarity cell says neither way is better ("Contextual", "Monitor only": read/values.ts
   * `saysNoBetterDirection`), as typed: not rated, DOT and Trend not worked out (session 9, fresh-user check 3).
   */
  noBetterDirection?: string;
  /**
   * Its figures are shown as times ("mm:ss", "[h]:mm:ss") and it has no annual target (read/number-formats.ts):
   * with no polarity, not rated against month targets, else no DOT or Trend (rules/time-name.ts; session 12).
   */
  timesWithoutTarget?: true;
  annualTarget: number | null;
  /** The target cell's text when it holds something other than a number or a blank. */
  targetText: string | null;
  outturnPrevYear: number | null;
  profile: Profile;
  profileProblem: string | null;
  /**
   * The profile is cumulative because the name says so ("… (cumulative)", "YTD") in a table with no
   * Profile column (rules/cumulative.ts; helper misread): a Check says so.
   */
  profileFromName?: true;
  /**
   * A rate whose name says it is cumulative ("% of Council Tax collected (cumulative)") with an annual
   * target, in a table with no Profile column (rules/cumulative.ts `cumulativeRateWithoutProfile`): where its
   * figures build up over the year it cannot be judged mid-year without a profile (session 9, fresh-user check 3).
   */
  cumulativeRate?: true;
  /** A percentage the analyst's words say is cumulative (read/cumulative-words.ts): a cumulative rate, where they are. */
  cumulativeRateSaid?: IndicatorRow['profileFromWords'];
  /**
   * The profile is cumulative because the analyst's own words say so — "Cumulative" in its Comments,
   * Notes, Type or Frequency cell, or a footnote naming its ref — in a table with no Profile column
   * (read/cumulative-words.ts; fresh-user check 8): a Note says so. Row and column 0-based.
   */
  /** Its figures fall, so the analyst's "cumulative" made their months to date added up (read/running-totals.ts): the first fall. */
  addedToDate?: { month: number; before: number; value: number };
  profileFromWords?:
    | { where: 'column'; row: number; col: number; header: string; text: string }
    | { where: 'footnote'; row: number; col: number; text: string };
  /**
   * Its Comments (Notes) cell says the figure for a period is missing ("No Q2 figure - summer holiday"):
   * that period's blank cell was read as saying so (read/comment-gaps.ts; fresh-user check 8). Where the
   * words are (0-based), the column's header, and the month (1 = April) they were read into.
   */
  saidInComments?: { row: number; col: number; header: string; month: number; monthName: string };
  /**
   * Its Comments (Notes) cell says it has no target on purpose ("Contextual — no target"; read/comment-gaps.ts,
   * fresh user 15): where the words are (0-based), the column's header and the words as typed.
   */
  noTargetSaid?: { row: number; col: number; header: string; text: string };
  /**
   * Words say its target is the year's ("Annual budget £1.2m" in its Comments, "Annual target" over the target
   * column, "vs annual budget" in its name), in a table with no Profile column (read/annual-words.ts): what
   * rules/annual-to-date.ts reads to measure month figures year to date against the year's share elapsed.
   */
  annualSaid?: AnnualSaid;
  /**
   * Its name says days lost per head ("Sickness days per FTE") and no word says whether the figure is the year to
   * date or a rolling 12 months (read/days-per-head.ts): scoring decides by its figures (rules/days-per-head.ts).
   */
  daysPerHead?: true;
  /** This indicator's amber band in percent, or null for the workbook's. */
  tolerancePct: number | null;
  toleranceProblem: string | null;
  /** Values by month: index 0 = April … 11 = March. A quarterly value stands for its quarter's last month. */
  periods: PeriodValue[];
  /** The column each month's value was read from (for cell addresses), null where the table has none. */
  periodColumns: (number | null)[];
  /** Same months last year, when the workbook has them (Last year columns or sheet). */
  lastYear: (number | null)[];
  /**
   * The area (a BCU, district, division, site) whose figures this row gives for an indicator counted on
   * another sheet, the whole's (read/area-sheets.ts): scored and formatted on its own row, never counted.
   */
  area?: string;
  /**
   * The area's figures are a part of the whole's (the areas' add up to it: a count): the Targets and Last
   * year sheets' rows for its ref are the whole's, so neither is used for it (read/area-sheets.ts).
   */
  areaPart?: true;
  /**
   * Last financial year's values read from this table's own period columns, when its headers carry years
   * ("Q4 2022/23 | Q1 2023/24"): index 0 = April. The series carries on across the year end, for DOT.
   */
  previousYear?: PeriodValue[];
  /** Last year's annual target, from a target column headed with last year ("Target 2022/23"), for last year's figures. */
  previousYearTarget?: number | null;
  /**
   * Targets the table gives for single periods ("Q2 Target" columns), by month (index 0 = April; a
   * quarter's target at its last month): they override the annual target for that period, as a
   * Targets sheet's cells do.
   */
  periodTargets?: (number | null)[];
  /**
   * Figures typed in millions (or thousands) beside plain figures a thousand or more times smaller
   * ("£1.4m" against a target of 1.5): which scale is meant is unknown, so the run is refused.
   */
  multiplierMix?: { typed: string; plain: string; plainWhere: string };
  /** Where the polarity came from: the polarity cell, a target written with a comparator ("≥ 95%"), or assumed. */
  /** 'label': a budget line's label (read/budget-lines.ts). */
  polaritySource?: 'cell' | 'target' | 'assumed' | 'label';
  /** The polarity a target written with a comparator gives ("≥ 95%" → higher), when it is written so. */
  targetPolarity?: { polarity: Polarity; text: string };
  /** The target cell says there is no target ("TBC", "N/A", "Data only", "For information"). */
  noTargetStated?: boolean;
  /** A typed variance's possible readings in percent (a bare number may be 5.28 or 0.0528 shown as 5.28%). */
  typedVariance: TypedCell<number[]>;
  typedDot: TypedCell<Direction>;
  typedTrend: TypedCell<Direction>;
  quartile: Quartile | null;
  /** The quartile cell's text exactly as written, for the "written two ways" check. */
  quartileText: string | null;
  /**
   * A target and values on different percentage scales that could not be reconciled (read/number-formats.ts):
   * the indicator is not rated against that target (rules/targets.ts, ratingTargets).
   */
  scaleProblem?: {
    col: number;
    message: string;
    /** Why it is not rated, where not SCALES_DISAGREE. */ reason?: string;
    /** The target cannot be read on its values' scale at all: the indicator is a data gap with `reason` (session 8, noticed item 1). */
    dataGap?: true;
    /** Not a scale but which way is better: a time against a time with no polarity (read/time-polarity.ts; session 11). */
    polarity?: true;
  } | null;
  /**
   * The Targets sheet's month targets on another percentage scale from the values (read/number-formats.ts,
   * supportSheetScales): not rated, as with `scaleProblem`. The cell is on the Targets sheet.
   */
  explicitScaleProblem?: ScaleProblemAt | null;
  /**
   * On sheets holding the same refs, one per organisation, whose own targets for this ref differ: the
   * Targets sheet's one row for it is not this row's (its March target is not this row's annual target),
   * so it is not used and the indicator is not rated (read/parallel-targets.ts). `theirs`: the sheets whose
   * target it ends on (maybe none); `targetsRow`: its row on the Targets sheet (0-based); `yearEnd`: its March target.
   */
  targetsSheetNotOwn?: { theirs: string[]; targetsRow: number; yearEnd: number | null };
  /**
   * Last year's outturn ("2019/20 Outturn") on another percentage scale from the values (read/number-formats.ts;
   * noticed item 4, session 6): not a figure to compare with, so `outturnPrevYear` is read as null (a typed
   * Trend arrow is not kept on it alone) and a Check names the cell.
   */
  outturnScaleProblem?: ScaleProblemAt | null;
  /**
   * The Targets sheet's month targets and the Last year sheet's figures for this row, read in its own units,
   * where they differ from those of an earlier row with the same ref (read/number-formats.ts,
   * supportSheetScales; noticed item 5, session 6): scoring uses these, not the sheet's map.
   */
  ownSupportFigures?: { targets?: (number | null)[]; lastYear?: (number | null)[] };
  /**
   * Last year's figures (Last year columns or sheet, last year's period columns) on another percentage
   * scale from the values: Trend and DOT leave them out (score/score-indicator.ts).
   */
  lastYearScaleProblem?: ScaleProblemAt | null;
  /**
   * The values themselves written two ways a hundred times apart (0.05, "5.2%", 0.051): `odd` holds the
   * period indices (0 = April) written unlike the row's last figure; `col` the first odd cell's column.
   * The latest is rated only where it is not odd; DOT only between two figures written alike.
   */
  mixedScale?: { col: number; odd: number[]; message: string } | null;
  /**
   * Percentages typed as plain numbers among figures shown as percentages, or a target so (97.9 in a
   * General cell beside 96.0% and 97.5%; a target 95 over values shown as 97.5%), each read on the
   * row's scale where it sits among the row's figures, else left out (a data gap): one Check a cell
   * (read/number-formats.ts; session 8, noticed item 1).
   */
  plainPercents?: { col: number; message: string }[];
  /**
   * The column the target was read from where it is not the table's Target column: a second Target
   * column filled on this row where the first is blank (read/rows.ts, `targetColumnOf`; fresh-user check 5).
   */
  targetColumn?: number;
  /**
   * Its Standard and its annual trajectory both filled and different: which was used as the target, both
   * figures, and the trajectory's column (read/trajectory-column.ts, `standardOrTrajectory`; a Note says it).
   */
  targetChosen?: { used: 'standard' | 'trajectory'; standard: number; trajectory: number; col: number };
  /**
   * Its figure in a rolling-year column beside the table's months, not read as a period ("Rolling 12 months
   * to Sep-25": read/rolling-year.ts); `text` as the cell shows it ('' for a time). For the Note on a row
   * with no figure for the quarter (findings/rolling-year.ts).
   */
  rollingYear?: { col: number; header: string; value: number; text: string };
  /**
   * The row is a percentage, held as fractions ('fraction': 0.622 shown as 62.2%) or in percent units
   * ('percent': 62.2, "62.2%" typed); 'none': it is not (its figures in another number format, "0.0",
   * "#,##0"); absent when nothing says either way (plain figures in General, taken as typed). Points
   * tolerance mode needs it: 2 points on a fraction is 0.02 (read/number-formats.ts, `percentScaleOf`;
   * fresh-user check 5).
   */
  percentScale?: 'fraction' | 'percent' | 'none';
  /** The row's "Unit" cell says it is a percentage ("%": true) or not ("Days", "£": false); absent: no Unit column or a blank cell (read/unit-column.ts). */
  unitSaysPercent?: boolean;
  /**
   * The row's "Unit" cell says a rate or percentage ("%", "Rate per 1,000", "Ratio", "Average": true) or a count
   * or money that adds up ("Number", "No.", "£k": false); absent: no Unit column, a blank cell, or another unit
   * ("Days", "kg"). Read by rules/percentage.ts `isRate` before the name (read/unit-column.ts).
   */
  unitSaysRate?: boolean;
  /**
   * Reported once a year: the row's Frequency cell says so ("Annual", "Annually – Q4", "Reported in Q2"), or
   * its name ("… (annual survey)"). `due`: the quarter its figure is due in (Q4 where none is said); `text`:
   * what said so. An annual indicator with no figure before its quarter is not yet due, not a data gap; and
   * it does not set the quarter scored (read/frequency.ts; session 8, noticed items 2 and 3).
   */
  /** `comment`: the column of the Comments cell that said so, without a Frequency column (read/comment-frequency.ts). */
  annual?: { due: QuarterNumber; text: string; comment?: number };
  /** Its Frequency cell says it is due every quarter ("Quarterly", "Monthly"), as typed (rules/quarter-due.ts; fresh user 15). */
  everyQuarter?: string;
  /**
   * The row's figure to date in a column headed so ("YTD", "YTD (cumulative)", "Year to date"), and last
   * year's for the same months ("Same period last year", "LY YTD"), with their headers as typed: read only
   * as evidence that its month figures are a month's share of a total (rules/month-share.ts; fresh user 4).
   * Absent where the table has no such column or the cell holds no figure.
   */
  toDate?: { value: number; header: string };
  /** `months`: the months last year it covers (1 = April) where its header names them, "(Apr-Sep 24)" (read/same-period.ts). */
  lastYearToDate?: { value: number; header: string; months?: [number, number] };
  /** Issue 7 (all optional, absent when the table has no such column): */
  /**
   * Tolerance and band cells holding a number between 0 and 1, as typed: a fraction shown as a percent
   * in relative mode (0.05 = 5%), that many points or units in the other modes (0.5 = half a point).
   */
  fractions?: { tolerance?: number; greenBand?: number; amberBand?: number };
  /** A Tolerance cell holding a number over 100: usable only as an absolute amount (else a finding). */
  toleranceAmount?: number;
  /** This indicator's tolerance mode, or null for the workbook's. */
  toleranceMode?: ToleranceMode | null;
  /** A two-sided indicator's green and amber bands (± around the target, in its tolerance mode's unit), or null for the workbook's. */
  greenBand?: number | null;
  amberBand?: number | null;
  /** A target typed as a range ("95–105"): the target is its middle and green is the range. */
  targetRange?: { low: number; high: number } | null;
  /** The polarity cell's text ("Higher") when a range target made the indicator two-sided all the same. */
  rangeOverPolarity?: string;
  /** The target was read from the row's RAG bands in words, none being typed (read/rag-bands.ts). */
  targetFromBands?: true;
  /**
   * The row's "Target to date" cell, used as given for the month the table's figures run to (`month`), or
   * (`asTarget`) the Target column is headed so and is not profiled (read/target-to-date.ts; fresh user 14).
   * `profiled`: what the annual target profiled would have given for that month, where it differs.
   */
  targetToDate?: { value: number; month: number; asTarget?: true; profiled?: number };
  /** The Status / RAG the analyst typed, read as a colour. */
  typedStatus?: TypedCell<Rag>;
  /**
   * Whose the row's Status cell is, where it is not the product's to write (read/status-column.ts):
   * 'analyst' — what the analyst typed there, kept as typed; 'handBack' — an earlier version wrote its
   * status over the analyst's words, which this scoring writes back (the raw typed value is in the grid
   * as the analyst typed it, read through the journal). Absent: the product's (written each scoring).
   */
  statusOwner?: 'analyst' | 'handBack';
  /** Cells of the issue-7 columns that could not be read: which column and what it says. */
  ruleProblems?: { field: 'greenBand' | 'amberBand' | 'toleranceMode'; text: string }[];
  /**
   * How the target, the outturn and each value are shown (plain, formatted or typed percentage), packed
   * two bits each by read/number-formats.ts as the row is read, for the Targets and Last year sheets'
   * scale check; undefined where it must be worked out again (a value placed after reading).
   */
  shown?: number;
  /**
   * The priority a band row inside the table names ("Theme 2: Council Services", read/titles.ts
   * `priorityBandName`), for the rows under it; absent: the table's priorityName (session 9,
   * fresh-user check 3).
   */
  priorityName?: string;
  /** The row's key as read/support-sheets.ts `rowKey` makes it (its ref, else its name, case and spaces ignored), once worked out. */
  key?: string;
  /** The figures of the table's quarter columns beside its months (index 0 = Q1; read/quarter-columns.ts). */
  quarterFigures?: PeriodValue[];
  /** Quarters whose months were blank, scored on the quarter column's figure (put in the quarter's last month). */
  quarterScored?: QuarterNumber[];
}

/** A figure on another percentage scale from an indicator's values: where it is and what the analyst is told. */
export interface ScaleProblemAt {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  message: string;
}

/** A cell the analyst may have typed a derived figure into: what it holds and what that means. */
export interface TypedCell<T> {
  raw: CellValue;
  /** The meaning, or null when blank or unreadable. */
  value: T | null;
}

/** One recognised indicator table. */
export interface IndicatorTable {
  sheet: string;
  /** The title row above the header (e.g. "Ensure Children … - 2020/21"), if any. */
  title: string | null;
  titleRow: number | null;
  /** The priority the table belongs to: the title without its year, else the sheet name. */
  priorityName: string;
  /**
   * A line above the header passed over as the priority's name because it reads like a sentence (a note,
   * most likely): a guess, so a Check names it (read/titles.ts; noticed item 2, session 6). 0-based row.
   */
  priorityUnsure?: { row: number; text: string };
  /** "2020/21" when the title or a header says so. */
  yearLabel: string | null;
  /**
   * Where yearLabel was seen: the years of the period headers (text such as "Q1 2023/24", "Apr-23", or
   * month headers stored as dates), the title row, the target or outturn header ("20/21 Target"), or the
   * table above that this one carries on. Absent when there is no yearLabel.
   */
  yearFrom?: 'periods' | 'title' | 'header' | 'above';
  /**
   * With yearFrom 'header': the header that said the year, as typed, and whether it is last year's
   * outturn ("2024/25 Outturn" says the table is 2025/26) rather than a target header (session 9,
   * fresh-user check 3: a refusal said "its target header says so" of a plain "Target").
   */
  yearHeader?: { text: string; outturn: boolean };
  headerRow: number;
  /** The month row under a quarter-label row, if the header has one. */
  subHeaderRow: number | null;
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<Field, number>>;
  monthColumns: (number | null)[];
  /** 'annual': a table of annual figures, columns headed by financial years ("2022/23"); a year stands for March. */
  cadence: 'monthly' | 'quarterly' | 'annual';
  /** A value column headed with no period ("Actual", "Result"): it holds the quarter scored (issue 7). */
  currentColumn?: number | null;
  /**
   * Quarter columns beside the months ("Apr | May | Jun | Q1 | Jul …"), by quarter (index 0 = Q1): each
   * quarter's own figure, read into each row's quarterFigures; the months are scored (helper wording).
   */
  quarterColumns?: ({ col: number; header: string } | null)[];
  /**
   * A column of RAG bands in words, "Green ≥ 95%, Amber 90–95%" (read/rag-bands.ts): each row's target and
   * amber band where none is typed. `header` and `example` (its first cell of bands) as typed, for the Note.
   */
  ragBands?: { col: number; header: string; example: string };
  /**
   * "Green threshold" (and "Red threshold") columns in a table with no Target column (read/rag-bands.ts
   * thresholdBands): the green threshold is a higher- or lower-is-better row's target, the red where amber ends.
   */
  thresholdColumns?: { green: number; red?: number; greenHeader: string; redHeader?: string };
  /** Targets for one quarter each ("Q2 Target"), by quarter (index 0 = Q1); read into each row's quarterTargets. */
  quarterTargetColumns?: (number | null)[];
  /** Targets for one month each ("Sep Target", "Apr-25 Plan"), by month (index 0 = April); read into each row's periodTargets. */
  monthTargetColumns?: (number | null)[];
  /**
   * A "Target to date" column beside the annual target (`col`, its header as typed; `month` the table's figures
   * run to), or the Target column itself so headed (`asTarget`): read/target-to-date.ts, fresh user 14.
   */
  targetToDate?: { col: number; header: string; month: number | null; asTarget?: true };
  /** A budget table's lines read by label, income higher and spending lower is better (read/budget-lines.ts). */
  budgetLines?: { income: string[]; spending: string[]; target: string };
  /** A column headed "Direction" holding only Up / Down with no polarity column: which it means is unknown, so the run is refused. */
  ambiguousDirection?: number;
  /** A period header saying the figures are year to date ("Q2 YTD", "Cumulative Q2"), as typed. */
  ytdHeader?: string;
  /** Quarter columns headed as rolling figures ("Q1 rolling", "Q2 (rolling)"), as typed, in order (read/rolling-quarter.ts). */
  rollingQuarterHeaders?: { col: number; header: string }[];
  /** The Tolerance column is headed as a threshold ("Amber threshold"): a level near the target is where amber ends. */
  toleranceIsThreshold?: boolean;
  /** A column saying "Target" on some rows and "Actual" on others (targets and figures on separate rows): refused. */
  targetActualRows?: { col: number; firstRow: number };
  /**
   * A row named as the targets of the indicator above it ("Target", "Quarterly target", "Rent collected –
   * target"), its figures under the period columns: the table is refused (helper multiyear).
   */
  targetRowUnder?: { row: number; name: string; aboveRow: number; aboveName: string };
  /**
   * A column giving each row its period ("Month", "Reporting period": Apr-25, Q2 2025/26) beside one value
   * column "Actual", where the rows name several periods or an indicator comes back on several rows (a
   * long, one-row-per-period table): the table is refused. The column, its header, the periods as typed.
   */
  periodRows?: { col: number; header: string; texts: string[]; firstRow: number; repeated: boolean; years?: boolean };
  /** Further value columns with no period ("Actual" under "Q1" and again under "Q2"): the table is refused. */
  otherCurrentColumns?: number[];
  /** The name column holds the ref too ("HSG-01 Rent collected"): refs were split from the names. */
  refsInNames?: boolean;
  /**
   * Header cells the reader did not recognise, to show the analyst. `notes`: the column mapping says it
   * holds the notes (mapping value "notes"): read as a Notes column is, never scored (fresh user 13).
   */
  unrecognised: { col: number; header: string; notes?: true }[];
  /** Header cells naming a column the table already has (two Targets, two Aprs): the first is used. */
  duplicates: {
    col: number;
    header: string;
    what: string;
    usedCol: number;
    usedHeader: string;
    /** The column not used, or the one used, is hidden (SheetGrid.hiddenColumns). */
    hidden?: true;
    usedHidden?: true;
  }[];
  /** True when the column mapping was given from outside for this table. */
  mapped: boolean;
  /**
   * Months or quarters without years in calendar order, January (or September) first: the headers of the
   * earlier financial year's columns and of the later one's, as typed, and which is this year's — the
   * other is last year's ('later' scored) or next year's, not read ('earlier' scored). Helper multiyear.
   */
  calendarOrder?: {
    earlier: string[];
    later: string[];
    scored: 'earlier' | 'later';
    first: string;
    last: string;
    /** Two financial years side by side without years (Q1 … Q4, Q1 … Q3), not a calendar year. */
    repeats: boolean;
    /** From the autumn into the summer: an academic year, September to August (read/school-terms.ts; fresh user 16). */
    academic?: true;
  };
  /**
   * School terms read as periods, left to right: each header as typed, the term's full name ("Summer 2")
   * and the month it ends in, 1 = April (read/school-terms.ts; fresh user 16).
   */
  schoolTerms?: { header: string; name: string; month: MonthNumber }[];
  /** Month columns mapped out of time order, each '"header" (Mon)', left to right: read April to March, with a Check (read/school-terms.ts). */
  monthsOutOfOrder?: string[];
  /**
   * The academic year (September to August) the table's columns run over, as its title, target header or
   * sheet name says it ("2025/26"); `yearLabel` is then the financial year of the columns scored — the next
   * one where they are after March (read/school-terms.ts; fresh user 16).
   */
  academicYear?: string;
  /** Quarters numbered under a calendar year ("2025" over Q1 … Q4): January to March or April to June? Refused (helper multiyear). */
  calendarQuarters?: { label: string; headers: string[] };
  /** The same periods under a label for each district or area ("Bolton", "Bury" over Q1 | Q2): refused (read/header-band.ts; session 10, helper layouts3). */
  periodsUnderPlaces?: { row: number; labels: string[] };
  /** Two or more dates in one month heading its periods (a weekly sitrep's weeks): refused (read/header-band.ts; session 10, helper layouts3). */
  datesInOneMonth?: { month: string; dates: string[] };
  /** Period headers whose year is out of sequence with their neighbours: what was typed and how it was read. */
  outOfSequence?: { col: number; header: string; readAs: string }[];
  /**
   * Rows inside the table that are not indicators: sub-headings (a directorate), totals rows, an
   * indicator's breakdown by ward or district (`under`: the indicator's name; helper layouts), and a
   * priority's band row (`priority`: the priority it names, "Theme 1: Safer Communities" → "Safer
   * Communities"; session 9, fresh-user check 3).
   */
  skippedRows?: {
    row: number;
    text: string;
    why: 'subheading' | 'total' | 'breakdown' | 'priority';
    under?: string;
    priority?: string;
    /** A breakdown row by ref: the indicator's ref its own extends ("W1" for "W1a Ashford"; read/district-refs.ts). */
    byRef?: string;
    /** Taken for places by how their names are written alone, the indicator's name not saying so (district-refs.ts). */
    byWriting?: true;
  }[];
  /**
   * The table is on one of several sheets holding the same indicators, one sheet per organisation or
   * business unit (read/parallel-sheets.ts; session 11): its sheet is its priority, a ref repeated on the
   * others is no duplicate, and its sub-headings are themes, said in one Note.
   */
  parallelSheet?: true;
  /**
   * The table's own name where its priority is its directorate's sheet (read/directorate-sheets.ts): the
   * name its title gave ("Children's Social Care"), a group within the priority; findings name the table by it.
   */
  groupName?: string;
  rows: IndicatorRow[];
}

/** The whole workbook as the engine understands it. */
export interface WorkbookModel {
  tables: IndicatorTable[];
  /** Explicit month targets from a Targets sheet, by indicator key. */
  explicitTargets: Map<string, (number | null)[]>;
  /** Last year's monthly values from a Last year sheet, by indicator key. */
  lastYear: Map<string, (number | null)[]>;
  /** Where each key's row is on the Targets sheet (and the ref as written there). */
  explicitTargetRows: Map<string, { row: number; text: string }>;
  /** Sheets read as Targets / Last year sheets. */
  supportSheets: { targets: string | null; lastYear: string | null };
  /** The Targets sheet's column of each month (index 0 = April), for the format of a month target's cell. */
  explicitTargetColumns?: (number | null)[];
  /** Every sheet read, by name, with its cells' number formats: how each figure the product copies is shown. */
  sheetCells?: ReadonlyMap<string, CellsWithFormats>;
  findings: Finding[];
  /** Whose workbook it is, from its sheet names, titles and priorities (read/organisation.ts); absent: a council. */
  organisation?: Organisation;
}

/**
 * How a figure the product copies from the analyst's workbook is shown: its cell's number format (`code`,
 * Excel's, e.g. "mm:ss", "0.0%", "£#,##0"). `percentUnits`: the engine holds the figure in percent units
 * (95.5) while the format shows a fraction as a percentage (0.955 as 95.5%), so it is written, and shown,
 * divided by 100. Source: read/number-formats-text.ts, `heldFigureFormat`.
 */
export interface FigureFormat {
  code: string;
  percentUnits?: true;
}

/** A sheet's cells as the engine read them: each cell's value and number format (read/grid.ts, GridView). */
export interface CellsWithFormats {
  raw(row: number, col: number): CellValue;
  formatOf(row: number, col: number): string | null;
}

/** What scoring found about one indicator. */
export interface IndicatorScore {
  ref: string | null;
  name: string;
  key: string;
  /**
   * The area whose breakdown of a whole's indicator this is ("North BCU"; read/area-sheets.ts): scored
   * and coloured on its own sheet, but not counted in the count tables, highlights or Tier 1 list.
   */
  area?: string;
  /** 1-based position of the indicator's priority in the workbook. */
  priority: number;
  priorityName: string;
  tier: number | null;
  sheet: string;
  row: number;
  status: Status;
  /**
   * Why a data gap is a data gap (the note the workbook holds), when known; or why an indicator with a
   * target is counted under No target (its target and values on different scales: rules/targets.ts).
   */
  reason?: string;
  /**
   * Not rated because it may be cumulative and the RAG depends on it (rules/cumulative-unsure.ts; fresh-user
   * check 8): why it may be (its name, its rising figures), and what it would be against the whole year's
   * target and against the year's share to date (pro rata), variances in percent.
   */
  cumulativeUnsure?: {
    doubt: 'named' | 'rising';
    whole: { target: number; variancePct: number | null; rag: Rag };
    proRata: { target: number; variancePct: number | null; rag: Rag };
  };
  latestMonth: string | null;
  /**
   * The latest value's period as the report names it (periods.ts, periodName): a quarterly table's "Q2",
   * else the month as the findings write it ("Sept"); for the Highlights sheet's Period column. Not in the
   * JSON result, which keeps `latestMonth` ("Sep") as the golden data has it (helper misread).
   */
  latestPeriod?: string;
  latestValue: number | null;
  /** The unit typed with the latest value ("days", "£"), shown back as typed; absent when none was. */
  latestUnit?: string;
  /** How the latest value's cell shows it (its number format), kept on the generated sheets and in the findings; absent: General. */
  latestFormat?: FigureFormat;
  periodTarget: number | null;
  /** How the target's cell shows it (the table's target cell, a "Q3 Target" column's or the Targets sheet's); absent: General. */
  targetFormat?: FigureFormat;
  variancePct: number | null;
  rag: Rag | null;
  dot: Direction | null;
  trend: Direction | null;
  /** Where Trend came from: computed from last year's value, or the arrow the analyst typed. */
  trendSource: 'computed' | 'typed' | null;
  quartile: Quartile | null;
  /**
   * Placed among its benchmarking club's median with no quartile figure on its side (score/benchmark-quartile.ts):
   * 1st or 2nd ('above median') or 3rd or 4th ('below median'), which of the two unknown; quartile stays null.
   */
  benchmarkHalf?: 'above median' | 'below median';
  /** The amber band (one-sided) this indicator was scored with: percent, points or an amount, as toleranceMode says. */
  tolerancePct: number;
  /** How tolerancePct is measured; absent: relative (percent of target). */
  toleranceMode?: ToleranceMode;
  /**
   * Percentage points were asked for but the indicator is not a percentage (HSMR 103, agency spend £861k):
   * it was scored relative, within tolerancePct % of its target, and a Check says so (fresh-user check 5).
   */
  pointsNotPercent?: true;
  /**
   * A target of 0 missed earlier in the quarter: the quarter's figure is its worst month (latestMonth,
   * latestValue), not the last figure, which is this (rules/zero-target.ts; fresh-user check 5).
   */
  zeroMissedBefore?: { month: string; value: number };
  /**
   * A target of 0 missed at quarter end, and by more earlier in the quarter: the quarter-end figure is scored,
   * this the worse month, for the Note saying so (rules/zero-target.ts worseEarlierMiss; fresh user 14).
   */
  zeroWorseBefore?: { month: string; value: number };
  /** A two-sided indicator's bands (± around the target, in toleranceMode's unit). */
  bands?: { green: number; amber: number };
  /** 'close' for a two-sided indicator; absent for higher or lower is better. */
  polarity?: Polarity;
  /**
   * The earlier figure DOT compares with has no target of its own (rules/earlier-target.ts): why, and where DOT
   * was worked out against the same periods last year instead, the two % variances from last year's figures.
   * DOT is null otherwise, and the DOT the analyst typed is kept as typed.
   */
  dotEarlierTarget?: {
    why: 'to-date' | 'period';
    lastYear?: { now: number; before: number; nowVariancePct: number; beforeVariancePct: number };
  };
  /** The previously reported value DOT compared with. */
  /** `lastYear`: the previous value is last financial year's (the table's period headers carry years). */
  previous: {
    month: string;
    value: number;
    periodTarget: number | null;
    variancePct: number | null;
    lastYear?: boolean;
  } | null;
}

/**
 * Whose workbook it is, for the summaries' words (read/organisation.ts): a council (the default), a police
 * force, a fire and rescue service, an NHS trust, a housing association, or 'organisation' where the workbook names more than one
 * kind (or an NHS body that is not a trust).
 */
export type Organisation = 'council' | 'force' | 'fire' | 'nhs' | 'housing' | 'organisation';

/** The count table of one priority, or of the whole council (the executive summary). */
export interface CountTable {
  total: number;
  onTarget: number;
  offTarget: number;
  withinTolerance: number;
  dataGaps: number;
  /** Indicators with no target for the quarter (none typed, or the target cell says "TBC", "N/A"…). */
  noTarget: number;
  /**
   * Indicators scored but not rated against a target they have (IndicatorScore.reason says why: a month's
   * figure against a longer period's target, "Contextual" polarity, "Needs a profile", scales that
   * disagree): counted apart from No target, so that "No target" never sends an analyst looking for a
   * target that is there. Total PIs = on + within + off + data gaps + no target + not rated.
   */
  notRated: number;
  dotImproving: number;
  dotWorsening: number;
  dotSame: number;
  dotTotal: number;
  trendImproving: number;
  trendWorsening: number;
  trendSame: number;
  trendTotal: number;
}

export interface PriorityCounts extends CountTable {
  priority: number;
  priorityName: string;
}

export type FindingKind =
  | 'outlier'
  | 'typed-dot-disagrees'
  | 'typed-trend-disagrees'
  | 'typed-variance-disagrees'
  | 'target-missing'
  | 'target-from-targets-sheet'
  | 'text-in-value'
  | 'duplicate-ref'
  | 'carried-forward'
  | 'quarter-without-figures'
  | 'looks-cumulative'
  | 'month-share'
  | 'quarter-share'
  | 'latest-before-quarter-end'
  | 'quartile-spelling'
  | 'partial-table'
  | 'polarity-assumed'
  | 'unreadable-cell'
  | 'off-cycle'
  | 'orphan-target'
  | 'hidden-sheet'
  | 'product-sheet-not-listed'
  | 'variance-column-not-owned'
  | 'status-column-not-owned'
  | 'percentage-scales'
  | 'typed-status-disagrees'
  | 'figure-after-quarter'
  | 'quarter-dashes'
  | 'data-period-other'
  | 'part-quarter'
  | 'suppressed'
  | 'annual-not-due'
  | 'no-figure-this-year'
  | 'carried-within-quarter'
  | 'quarter-columns-read'
  | 'quarter-column-disagrees'
  | 'quarter-column-scored'
  | 'conditional-format-over-scores'
  | 'quarter-target-scored'
  | 'quarter-to-date'
  | 'quarter-to-date-unclear'
  | 'points-not-percent'
  | 'zero-target-quarter'
  | 'months-quarter-target'
  | 'months-quarter-target-gap'
  | 'figure-marks'
  | 'parallel-sheets'
  | 'area-sheets'
  | 'area-sheets-figures'
  | 'area-or-return'
  | 'area-support-rows'
  | 'sheet-priority'
  | 'month-counts'
  | 'targets-sheet-not-own'
  | 'same-period-trend'
  | 'same-period-refused'
  | 'full-target-amber'
  | 'annual-to-date'
  | 'annual-to-date-refused';

/** A data-quality finding an analyst must see before the report goes to Cabinet. */
export interface Finding {
  kind: FindingKind;
  severity: 'warning' | 'info';
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  ref: string | null;
  message: string;
}

/** Everything scoring one quarter gives: per indicator, per priority, the council, and the findings. */
export interface ScoreResult {
  quarter: string;
  /**
   * The period scored as the analyst wrote it, where the figures are school terms or an academic year's
   * months: "Summer 2 (Jul 2026)", "Jul 2026" (score/term-period.ts; fresh user 16). Absent otherwise.
   */
  period?: string;
  quarterNumber: QuarterNumber;
  tolerancePct: number;
  /** The workbook's tolerance mode; absent: relative. */
  toleranceMode?: ToleranceMode;
  /** What DOT compared with; absent: the previous quarter. */
  dotComparison?: DotComparison;
  indicators: IndicatorScore[];
  priorities: PriorityCounts[];
  executiveSummary: CountTable;
  /** Whose workbook it is (read/organisation.ts), where not a council's: the summaries' words follow it. Absent: a council. */
  organisation?: Exclude<Organisation, 'council'>;
  strongPerformance: string[];
  requiresImprovement: string[];
  tier1: string[];
  findings: Finding[];
}

/** Settings the analyst chooses; saved in the workbook. */
export interface Settings {
  /** The quarter scored, 1–4 (1 = Q1, April to June), or null for the latest quarter with data. */
  quarter: QuarterNumber | null;
  tolerancePct: number;
  mapping: ColumnMapping | null;
  /**
   * Issue 7. Each is absent when it has its default, so that older state sheets read as before and a
   * workbook scored with the defaults keeps the same state bytes.
   * How tolerances and bands are measured (default relative: percent of target).
   */
  toleranceMode?: ToleranceMode;
  /** Two-sided indicators: green within ± this of the target (default: the tolerance). */
  greenBand?: number;
  /** Two-sided indicators: amber within ± this of the target (default: the green band plus the tolerance). */
  amberBand?: number;
  /** DOT against the previous quarter (default) or the previous reported period (month-on-month). */
  dot?: DotComparison;
}

/**
 * A column mapping given from outside (the analyst's), overriding recognition.
 * Keys of `columns` are header texts as they appear in the sheet; values are what they mean:
 * a field ("ref", "target" …), a month ("Apr" … "Mar"), a quarter ("Q1" … "Q4"),
 * a last-year quarter ("Last year Q3"), or "ignore".
 */
export interface ColumnMapping {
  columns?: Record<string, string>;
  sheets?: Record<string, { headerRow?: number; columns?: Record<string, string> }>;
  ignoreSheets?: string[];
  /** Sheets whose repeated refs are areas' breakdowns of the sheets holding the same refs: not counted (read/area-sheets.ts). */
  breakdownSheets?: string[];
  /** Sheets whose repeated refs are returns of their own (an organisation's), counted, though they name an area. */
  returnSheets?: string[];
  /**
   * Sheets giving each quarter's figures for two or more councils (a shared service): the council whose
   * figures are scored on each, by sheet name ({"Revs & Bens": "Weald Hill"}; read/council-columns.ts).
   */
  figuresOf?: Record<string, string>;
}

/**
 * What a "no table" refusal was built from, for a mapping panel to show (issue 7): the header row the
 * reader came nearest to reading, what each of its cells was read as, and a column mapping that would
 * make it a table (null when none can be guessed).
 */
export interface MappingHint {
  sheet: string;
  /** 1-based, as Excel numbers rows. */
  headerRow: number;
  headers: { column: string; text: string; readAs: string | null }[];
  /** Header texts not understood. */
  notUnderstood: string[];
  /**
   * Of those, the headers read or known all the same (RAG bands in words, "Comments", a lead officer): left out
   * of a refusal's "not understood" (fresh user 14: "RAG thresholds" was named though its bands are read).
   */
  readAnyway?: string[];
  /** What a table needs that the row lacks: "indicator-name column", "period column". */
  missing: string[];
  suggestedMapping: ColumnMapping | null;
  /**
   * Columns of figures headed by organisations or areas ("Knowsley | St Helens | Wirral | England"): a
   * comparison table, which is not scored; no mapping is suggested for them (helper hunt3).
   */
  comparisonColumns?: string[];
  /**
   * Why columns of figures headed by school terms, calendar quarters or numbered periods were not taken
   * for periods, and how to head or map them: a clause of the refusal (read/period-advice.ts; session 11).
   */
  periodAdvice?: string;
}
