/** The target a month's figure is measured against (docs/workbook.md, “The rules”). */
import type { MonthNumber, Profile } from '../model';

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
  return Number(((annual * month) / 12).toPrecision(15));
}
