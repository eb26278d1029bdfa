/**
 * The analyst's settings, one home each (issue 12 item 1): the defaults, one parser per setting for
 * text as typed (the command line's options, the task pane's fields), and the one check `prepareRun`
 * makes before scoring (`checkSettings`). A parser turns text into a value or throws an InputError
 * saying what to type; whether the value is in range (which depends on the tolerance mode) is checked
 * once, by `checkSettings`, so the command line, the task pane and a hand-edited state sheet are
 * refused with the same sentence. The rules themselves: docs/workbook.md, "The rules" and "Tolerance modes".
 */
import type { DotComparison, QuarterNumber, Settings, ToleranceMode } from './model';
import { InputError } from './errors';
import { parseQuarterArg } from './periods';
import { TOLERANCE_MODES, toleranceProblem } from './rules/tolerance';

/** The tolerance when none is chosen: 5 (percent of the target, in relative mode). */
export const DEFAULT_TOLERANCE_PCT = 5;
/** How tolerances and bands are measured when none is chosen: percent of the target. */
export const DEFAULT_TOLERANCE_MODE: ToleranceMode = 'relative';
/** What DOT compares with when none is chosen: the previous quarter. */
export const DEFAULT_DOT: DotComparison = 'quarter';

/**
 * The settings of a workbook never scored: the latest quarter with data, the default tolerance, no
 * column mapping. The issue-7 settings are absent (their defaults), so a state sheet written with the
 * defaults keeps the bytes it had before they existed.
 */
export function defaultSettings(): Settings {
  return { quarter: null, tolerancePct: DEFAULT_TOLERANCE_PCT, mapping: null };
}

/** "Q3", "q3", "3" → 3. Throws an InputError for anything else. */
export function parseQuarterSetting(text: string): QuarterNumber {
  const q = parseQuarterArg(text);
  if (q === null) throw new InputError(`There is no quarter "${text}": give Q1, Q2, Q3 or Q4 (or 1 to 4).`);
  return q;
}

/** What a tolerance is in each mode, as the sentences about it say. */
const TOLERANCE_WORDS: Record<ToleranceMode, string> = {
  relative: 'a percentage between 0 and 100, such as 5',
  points: 'a number of percentage points between 0 and 100, such as 1',
  absolute: "an amount of 0 or more, in the indicator's own unit, such as 2",
};

/**
 * "5", "2.5", "5%" → a number; its range is checked with the tolerance mode by `checkSettings`. The
 * sentence for text that is not a number names the unit of `mode` (percent by default; percentage points;
 * an amount in the indicator's own unit), as every message naming the tolerance does.
 */
export function parseToleranceSetting(text: string, mode: ToleranceMode = DEFAULT_TOLERANCE_MODE): number {
  const t = text.trim().replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    throw new InputError(`The tolerance must be ${TOLERANCE_WORDS[mode]}; "${text}" is not a number.`);
  }
  return Number(t);
}

/** "relative", "points", "absolute" (also "percent", "pp", "amount") → the tolerance mode. Issue 7. */
export function parseToleranceModeSetting(text: string): ToleranceMode {
  const t = text.trim().toLowerCase();
  const aliases: Record<string, ToleranceMode> = {
    percent: 'relative',
    '%': 'relative',
    pp: 'points',
    point: 'points',
    amount: 'absolute',
  };
  const mode = (TOLERANCE_MODES as string[]).includes(t) ? (t as ToleranceMode) : aliases[t];
  if (!mode)
    throw new InputError(
      `There is no tolerance mode "${text}": give relative (percent of the target), points (percentage points) or absolute (the indicator's own unit).`,
    );
  return mode;
}

/** "quarter" or "period" (also "month") → what DOT compares with. Issue 7. */
export function parseDotSetting(text: string): DotComparison {
  const t = text.trim().toLowerCase();
  if (t === 'quarter') return 'quarter';
  if (t === 'period' || t === 'month') return 'period';
  throw new InputError(
    `There is no DOT comparison "${text}": give quarter (against the previous quarter) or period (against the previous reported period).`,
  );
}

/** A two-sided indicator's green or amber band: "5", "±5", "5%" → 5; its range is checked by `checkSettings`. */
export function parseBandSetting(text: string, which: 'green' | 'amber'): number {
  const t = text.trim().replace(/^±/, '').replace(/%$/, '');
  if (!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    throw new InputError(
      `The ${which} band must be a number of 0 or more, such as ${which === 'green' ? 5 : 10}; "${text}" is not.`,
    );
  }
  return Number(t);
}

/**
 * The sentence for a number box (the task pane's) holding what the browser cannot read as a number
 * ("5e", "five", "1..5"): such a box hands over "" as if cleared (the input's `validity.badInput` tells
 * them apart), and a cleared band means its default, so without this a band typed in letters was scored
 * with the default, silently. Says what to type.
 */
export function notANumberProblem(
  field: 'tolerance' | 'greenBand' | 'amberBand',
  mode: ToleranceMode = DEFAULT_TOLERANCE_MODE,
): string {
  if (field === 'tolerance') return `That is not a number: type ${TOLERANCE_WORDS[mode]}.`;
  return field === 'greenBand'
    ? 'That is not a number: type the green band as a number of 0 or more, such as 5, or clear the box to use the tolerance.'
    : 'That is not a number: type the amber band as a number of 0 or more, such as 10, or clear the box to use the green band plus the tolerance.';
}

/**
 * The sentence saying why a tolerance typed in a field (the task pane's) cannot be used, or null when
 * it can: the same parser and range as a scoring run.
 */
export function toleranceTextProblem(text: string, mode: ToleranceMode = DEFAULT_TOLERANCE_MODE): string | null {
  // A cleared field (letters in a number box are told apart by the pane: notANumberProblem): say what to type.
  if (text.trim() === '') return `Type a tolerance: ${TOLERANCE_WORDS[mode]}.`;
  try {
    return toleranceProblem('The tolerance', parseToleranceSetting(text, mode), mode);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
}

/** The settings `checkSettings` looks at: those that change how indicators are judged. */
export interface JudgingSettings {
  /** The workbook's amber band in percent (default 5); in points or an amount with another toleranceMode. */
  tolerancePct?: number;
  /** How tolerances and bands are measured (default relative: percent of target). Issue 7. */
  toleranceMode?: ToleranceMode;
  /** Two-sided indicators' bands, ± around the target (defaults: the tolerance, and the green band plus the tolerance). */
  greenBand?: number | null;
  amberBand?: number | null;
  /** DOT against the previous quarter (default) or the previous reported period. Issue 7. */
  dot?: DotComparison;
}

/**
 * Throws an InputError (one sentence) for settings that cannot be used: an unknown tolerance mode or DOT
 * comparison (say, from a hand-edited state sheet), a tolerance or band out of range for its mode (0–100
 * for percent and points, 0 or more for an absolute amount), an amber band narrower than the green band.
 * Called by `prepareRun` (and `scoreWorkbook`) before anything is scored. Issue 7.
 */
export function checkSettings(options: JudgingSettings): void {
  const mode = options.toleranceMode ?? DEFAULT_TOLERANCE_MODE;
  if (!TOLERANCE_MODES.includes(mode))
    throw new InputError(`There is no tolerance mode "${String(mode)}": give relative, points or absolute.`);
  if (options.dot !== undefined && options.dot !== 'quarter' && options.dot !== 'period') {
    throw new InputError(
      `There is no DOT comparison "${String(options.dot)}": give quarter (against the previous quarter) or period (against the previous reported period).`,
    );
  }
  const bands = [
    ['The tolerance', options.tolerancePct ?? DEFAULT_TOLERANCE_PCT],
    ['The green band', options.greenBand],
    ['The amber band', options.amberBand],
  ] as const;
  for (const [what, amount] of bands) {
    if (amount === null || amount === undefined) continue;
    const problem = toleranceProblem(what, amount, mode);
    if (problem) throw new InputError(problem);
  }
  if (options.greenBand != null && options.amberBand != null && options.amberBand < options.greenBand) {
    throw new InputError(
      `The amber band (${options.amberBand}) must be at least as wide as the green band (${options.greenBand}).`,
    );
  }
}
