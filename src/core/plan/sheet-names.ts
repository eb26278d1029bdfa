/**
 * Names for the sheets the product generates: "Q3 Summary", "Q3 Highlights", "Q3 Findings".
 * Regenerating reuses the product's own sheet; a sheet of the analyst's with the same name is never
 * touched: another name is picked ("Q3 Summary (2)").
 */
import type { QuarterNumber } from '../model';
import { sameSheetName } from '../a1';
import type { SheetContent } from './types';
import type { SheetNames } from './summary-sheets';

const TITLES: Record<SheetContent['role'], string> = {
  summary: 'Summary',
  highlights: 'Highlights',
  findings: 'Findings',
};
const MAX_NAME = 31;

/** The names the sheets get when no sheet of the analyst's has them: "Q3 Summary" … */
export function defaultSheetNames(quarter: QuarterNumber): SheetNames {
  return {
    summary: `Q${quarter} ${TITLES.summary}`,
    highlights: `Q${quarter} ${TITLES.highlights}`,
    findings: `Q${quarter} ${TITLES.findings}`,
  };
}

/** A sheet the product generated before, as the state sheet lists it (state's ProductSheet fits). */
export interface GeneratedSheet {
  name: string;
  role: SheetContent['role'];
  quarter: QuarterNumber;
}

/**
 * The names this quarter's sheets get: the product's own sheet of that role and quarter when it is
 * still there (regenerated in place), else the default name, or "Q3 Summary (2)" … when a sheet of the
 * analyst's has it (compared as Excel compares sheet names, ignoring case).
 */
export function chooseSheetNames(
  quarter: QuarterNumber,
  existing: string[],
  productSheets: GeneratedSheet[],
): SheetNames {
  const taken: string[] = [];
  const defaults = defaultSheetNames(quarter);
  const pick = (role: SheetContent['role']): string => {
    const ours = productSheets.find(
      (p) => p.role === role && p.quarter === quarter && existing.some((e) => sameSheetName(e, p.name)),
    );
    if (ours) {
      taken.push(ours.name);
      return ours.name;
    }
    const base = defaults[role];
    const isFree = (n: string) => !existing.some((e) => sameSheetName(e, n)) && !taken.some((t) => sameSheetName(t, n));
    let name = base;
    for (let i = 2; !isFree(name); i++) name = `${base} (${i})`.slice(0, MAX_NAME);
    taken.push(name);
    return name;
  };
  return { summary: pick('summary'), highlights: pick('highlights'), findings: pick('findings') };
}

/** A name for the very hidden sheet that keeps a regenerated sheet's previous content for undo. */
export function backupName(name: string, existing: string[]): string {
  for (let i = 1; ; i++) {
    const candidate = `~${i} ${name}`.slice(0, MAX_NAME);
    if (!existing.some((e) => sameSheetName(e, candidate))) return candidate;
  }
}
