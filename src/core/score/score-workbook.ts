/** Scoring a quarter of a whole workbook: every indicator, the count tables, the lists and the findings. */
import type { DotComparison, Finding, IndicatorScore, QuarterNumber, ScoreResult, SheetGrid, ToleranceMode, WorkbookModel } from '../model';
import { InputError } from '../errors';
import { duplicateRefFindings, orphanTargetFindings, quartileSpellingFindings, tableFindings } from '../findings/reading';
import { seriesFindings } from '../findings/series';
import { targetFindings } from '../findings/targets';
import { typedFindings } from '../findings/typed';
import { noPolarityColumnFinding, ruleCellFindings, typedStatusFindings } from '../findings/polarity';
import { TOLERANCE_MODES, toleranceProblem } from '../rules/tolerance';
import { parseCellAddress } from '../a1';
import { monthsOfQuarter, quarterLabel } from '../periods';
import { readWorkbook, type ReadOptions, type ReadResult } from '../read/workbook';
import { indicatorKey } from '../read/support-sheets';
import { scoreIndicator } from './score-indicator';
import { executiveSummary, isStrongPerformance, isTier1, label, priorityCounts, requiresImprovement } from './summaries';

export interface ScoreOptions {
  /** The quarter to score; null or absent: the latest quarter with data. */
  quarter?: QuarterNumber | null;
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

export const DEFAULT_TOLERANCE_PCT = 5;

/** The latest quarter in which any indicator has a figure (Q1 when none has). */
export function latestQuarterWithData(model: WorkbookModel): QuarterNumber {
  let latest: QuarterNumber = 1;
  for (const t of model.tables) {
    for (const r of t.rows) {
      for (const q of [4, 3, 2, 1] as QuarterNumber[]) {
        if (q <= latest) break;
        if (monthsOfQuarter(q).some((m) => r.periods[m - 1].kind === 'number')) latest = q;
      }
    }
  }
  return latest;
}

/**
 * Throws an InputError (one sentence) unless the tolerance is valid in its mode: a percentage or a
 * number of points between 0 and 100, or an amount of 0 or more in absolute mode.
 */
export function checkTolerance(tolerancePct: number, mode: ToleranceMode = 'relative'): void {
  const problem = toleranceProblem('The tolerance', tolerancePct, mode);
  if (problem) throw new InputError(problem);
}

/**
 * Throws an InputError (one sentence) for settings that cannot be used: an unknown tolerance mode or DOT
 * comparison (say, from a hand-edited state sheet), a tolerance or band out of range, an amber band
 * narrower than the green band. Issue 7.
 */
export function checkScoreSettings(options: ScoreOptions): void {
  const mode = options.toleranceMode ?? 'relative';
  if (!TOLERANCE_MODES.includes(mode)) throw new InputError(`There is no tolerance mode "${String(mode)}": give relative, points or absolute.`);
  if (options.dot !== undefined && options.dot !== 'quarter' && options.dot !== 'period') {
    throw new InputError(`There is no DOT comparison "${String(options.dot)}": give quarter (against the previous quarter) or period (against the previous reported period).`);
  }
  checkTolerance(options.tolerancePct ?? DEFAULT_TOLERANCE_PCT, mode);
  for (const [what, band] of [['The green band', options.greenBand], ['The amber band', options.amberBand]] as const) {
    if (band === null || band === undefined) continue;
    const problem = toleranceProblem(what, band, mode);
    if (problem) throw new InputError(problem);
  }
  if (options.greenBand != null && options.amberBand != null && options.amberBand < options.greenBand) {
    throw new InputError(`The amber band (${options.amberBand}) must be at least as wide as the green band (${options.greenBand}).`);
  }
}

/** Scores an already-read workbook. */
export function scoreModel(model: WorkbookModel, options: ScoreOptions = {}): ScoreResult {
  const tolerancePct = options.tolerancePct ?? DEFAULT_TOLERANCE_PCT;
  checkScoreSettings(options);
  const toleranceMode = options.toleranceMode ?? 'relative';
  const quarter = options.quarter ?? latestQuarterWithData(model);
  const priorityNumbers = new Map<string, number>();
  const indicators: IndicatorScore[] = [];
  const findings: Finding[] = [...model.findings];
  for (const table of model.tables) {
    const priorityKey = table.priorityName.trim().toLowerCase();
    if (!priorityNumbers.has(priorityKey)) priorityNumbers.set(priorityKey, priorityNumbers.size + 1);
    const priority = priorityNumbers.get(priorityKey)!;
    findings.push(...tableFindings(table, model.supportSheets.targets !== null));
    for (const row of table.rows) {
      const key = indicatorKey(row.ref ?? row.name);
      const score = scoreIndicator(row, {
        quarter,
        tolerancePct,
        toleranceMode,
        greenBand: options.greenBand ?? null,
        amberBand: options.amberBand ?? null,
        dotComparison: options.dot ?? 'quarter',
        priority,
        priorityName: table.priorityName,
        key,
        explicitTargets: model.explicitTargets.get(key) ?? null,
        lastYearSheet: model.lastYear.get(key) ?? null,
      });
      indicators.push(score);
      findings.push(
        ...seriesFindings(table, row, score, quarter),
        ...typedFindings(table, row, score),
        ...targetFindings(table, row, score, model.supportSheets.targets),
        ...typedStatusFindings(table, row, score),
        ...ruleCellFindings(table, row, score),
      );
    }
  }
  findings.push(...duplicateRefFindings(model.tables), ...quartileSpellingFindings(model.tables), ...orphanTargetFindings(model));
  const priorities = priorityCounts(indicators);
  const yearLabel = model.tables.find((t) => t.yearLabel)?.yearLabel ?? null;
  return {
    quarter: quarterLabel(quarter, yearLabel),
    quarterNumber: quarter,
    tolerancePct,
    ...(toleranceMode !== 'relative' ? { toleranceMode } : {}),
    ...(options.dot === 'period' ? { dotComparison: 'period' as const } : {}),
    indicators,
    priorities,
    executiveSummary: executiveSummary(priorities),
    strongPerformance: indicators.filter(isStrongPerformance).map(label),
    requiresImprovement: indicators.filter(requiresImprovement).map(label),
    tier1: indicators.filter(isTier1).map(label),
    findings: withPolarityFirst(sortFindings(findings, model), noPolarityColumnFinding(model.tables)),
  };
}

/**
 * Reads and scores: the front door for both adapters. Throws an InputError when no table is found, or
 * a table cannot be scored as read (no period column; see readWorkbook's `refusal`).
 */
export function scoreWorkbook(grids: SheetGrid[], options: ScoreOptions & ReadOptions = {}): { model: ReadResult; result: ScoreResult } {
  const model = readWorkbook(grids, options);
  if (model.refusal) throw model.refusal;
  return { model, result: scoreModel(model, options) };
}

/**
 * The "no polarity column" finding goes first, before every other (issue 7): it may change many
 * indicators' colours at once, so the CLI and the task pane show it at the top.
 */
function withPolarityFirst(findings: Finding[], polarity: Finding | null): Finding[] {
  return polarity ? [polarity, ...findings] : findings;
}

/** Findings in workbook order: sheet by sheet (as the tables come), then row, then column. */
function sortFindings(findings: Finding[], model: WorkbookModel): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of model.tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const pos = (f: Finding) => parseCellAddress(f.cell) ?? { row: 0, col: 0 };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sa = sheetOrder.get(a.f.sheet) ?? Number.MAX_SAFE_INTEGER;
      const sb = sheetOrder.get(b.f.sheet) ?? Number.MAX_SAFE_INTEGER;
      if (sa !== sb) return sa - sb;
      const pa = pos(a.f);
      const pb = pos(b.f);
      return pa.row - pb.row || pa.col - pb.col || a.i - b.i;
    })
    .map((x) => x.f);
}
