/** The target a month's figure is measured against (docs/workbook.md, “The rules”). */
import type { IndicatorRow, MonthNumber, Profile } from '../model';
import { monthShareOfTarget, MONTH_SHARE } from './month-share';
import { quarterShareOfTarget, QUARTER_SHARE } from './quarter-share';
import { rareEventShare } from './rare-events';
import { toSignificant } from './rounding';

export interface TargetSource {
  annualTarget: number | null;
  profile: Profile;
  /** Explicit month targets from the Targets sheet (index 0 = April), if any. */
  explicit?: (number | null)[] | null;
}

/**
 * Period target for month m: the Targets sheet's cell, else annual × m/12 for a cumulative
 * (year-to-date) measure, else the annual target. Null when there is none ("No target").
 */
export function periodTarget(source: TargetSource, month: MonthNumber): number | null {
  const explicit = source.explicit?.[month - 1];
  if (explicit !== undefined && explicit !== null) return explicit;
  if (source.annualTarget === null) return null;
  return source.profile === 'cumulative' ? cumulativeTarget(source.annualTarget, month) : source.annualTarget;
}

/** A year-to-date target: annual × m/12, m = 1 for April. */
export function cumulativeTarget(annual: number, month: MonthNumber): number {
  return toSignificant((annual * month) / 12, 15);
}

/** Why an indicator that has a target is not rated against it, in the words of the Highlights sheet's status. */
export const SCALES_DISAGREE = 'the target and its values are on different scales';

/** Why an indicator whose Targets sheet row is another organisation's is not rated (read/parallel-targets.ts). */
export const TARGETS_SHEET_NOT_OWN = "the Targets sheet's row for it is another sheet's";

/**
 * The targets an indicator is rated against: its annual target (profiled) and the Targets sheet's month
 * targets — none at all when its target and its values are on different percentage scales (a target
 * typed "5%" over values stored as plain 0.053: `IndicatorRow.scaleProblem`, read/number-formats.ts).
 * Scoring such a pair as stored gave +98.9% green, counted on target: a silent wrong number. Without a
 * target the indicator gets no variance and no RAG, is counted under No target, and its Check finding
 * says how to write both the same way. Source: noticed item 1, session 4 closing note; docs/workbook.md,
 * "Number formats". `latestWrittenOtherwise`: the latest value is one of the row's odd figures
 * (`IndicatorRow.mixedScale`), written unlike the figures its target was checked against. `lastYear`: the source for last year's figures (last year's target where the table
 * has one, never the Targets sheet).
 */
export function ratingTargets(
  row: Pick<
    IndicatorRow,
    | 'annualTarget'
    | 'previousYearTarget'
    | 'profile'
    | 'scaleProblem'
    | 'explicitScaleProblem'
    | 'targetsSheetNotOwn'
    | 'periods'
    | 'periodColumns'
    | 'outturnPrevYear'
    | 'polarity'
    | 'name'
    | 'shown'
  > &
    Partial<Pick<IndicatorRow, 'toDate' | 'lastYearToDate'>>,
  explicit: (number | null)[] | null,
  latestWrittenOtherwise = false,
): { now: TargetSource; lastYear: TargetSource; unrated: string | null } {
  // The Targets sheet's month targets on another scale likewise (`explicitScaleProblem`, noticed item 1,
  // session 5); and a latest value written unlike the row's others (`mixedScale`, noticed item 3, session 5).
  if (row.scaleProblem || row.explicitScaleProblem || latestWrittenOtherwise) {
    const none: TargetSource = { annualTarget: null, profile: row.profile, explicit: null };
    return { now: none, lastYear: none, unrated: row.scaleProblem?.reason ?? SCALES_DISAGREE };
  }
  // The Targets sheet's row is another organisation's sheet's (read/parallel-targets.ts): no target of its own to rate against.
  if (row.targetsSheetNotOwn) {
    const none: TargetSource = { annualTarget: null, profile: row.profile, explicit: null };
    return { now: none, lastYear: none, unrated: TARGETS_SHEET_NOT_OWN };
  }
  // A month's figures against a year's or a quarter's target (rules/month-share.ts; fresh user 3, session 9;
  // without an outturn column, fresh user 4, session 10).
  // Rare events, months of 0 among them (rules/rare-events.ts; fresh user 10).
  if ((monthShareOfTarget(row, explicit) ?? rareEventShare(row, explicit)) !== null) {
    const none: TargetSource = { annualTarget: null, profile: row.profile, explicit: null };
    return { now: none, lastYear: none, unrated: MONTH_SHARE };
  }
  // A quarter's figures against a year's target (rules/quarter-share.ts; helper layouts6).
  if (quarterShareOfTarget(row, explicit) !== null) {
    const none: TargetSource = { annualTarget: null, profile: row.profile, explicit: null };
    return { now: none, lastYear: none, unrated: QUARTER_SHARE };
  }
  return {
    now: { annualTarget: row.annualTarget, profile: row.profile, explicit },
    lastYear: { annualTarget: row.previousYearTarget ?? row.annualTarget, profile: row.profile, explicit: null },
    unrated: null,
  };
}
