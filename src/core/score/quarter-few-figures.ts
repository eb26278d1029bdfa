/**
 * A quarter asked for by name that most indicators have not reached is refused, in one sentence, changing
 * nothing (fresh user 11: Q4 picked in the pane when only 4 of an NHS trust's 26 indicators had a January
 * figure scored the other 22 on their Q3 figures carried forward — 22 Checks, and counts identical to
 * Q3's under a Q4 heading, with no warning before). "Most have not reached": the quarter is after the one
 * most indicators have reached (score-workbook.ts `reportingQuarter`: at least half of those with a figure,
 * annual ones apart). A quarter where no indicator has a figure is refused by `refuseQuarterNotReached`
 * (fresh-user check 5); words in a month of the quarter saying why there is no figure ("not available")
 * count as the quarter reached for that indicator: its quarter is a data gap that says why.
 * Decision: refused rather than warned, because a warning before scoring needs a read the pane does
 * not make, and a Check after it was already there and missed; the refusal names the indicators that have
 * the quarter's figure, so the analyst can score the earlier quarter or type the rest.
 */
import type { IndicatorRow, QuarterNumber, WorkbookModel } from '../model';
import { InputError } from '../errors';
import { saidSince } from '../rules/latest';
import { quarterLabel } from '../periods';

/** True when the row has a figure, or words saying why it has none, in quarter `quarter` or after. */
function reached(r: IndicatorRow, quarter: QuarterNumber): boolean {
  for (let m = 12; m > 3 * quarter - 3; m--) if (r.periods[m - 1]?.kind === 'number') return true;
  return saidSince(r.periods, 3 * quarter - 3, quarter) !== null;
}

function hasFigure(r: IndicatorRow): boolean {
  return r.periods.some((p) => p.kind === 'number');
}

/**
 * Throws an InputError where `quarter` (asked for) is later than `mostReached` (the quarter most indicators
 * have reached) and fewer than half the indicators with a figure, annual ones apart, have reached it.
 */
export function refuseQuarterMostlyUnreached(
  model: WorkbookModel,
  quarter: QuarterNumber,
  mostReached: QuarterNumber | null,
): void {
  if (mostReached === null || quarter <= mostReached) return;
  const there: string[] = [];
  let counted = 0;
  for (const t of model.tables)
    for (const r of t.rows) {
      if (r.annual || !hasFigure(r)) continue;
      counted++;
      if (reached(r, quarter)) there.push(r.ref ?? r.name);
    }
  if (counted === 0 || there.length === 0 || there.length * 2 >= counted) return;
  const yearLabel = model.tables.find((t) => t.yearLabel)?.yearLabel ?? null;
  const named = there.length > 5 ? `${there.slice(0, 5).join(', ')} …` : there.join(', ');
  const rest = counted - there.length;
  throw new InputError(
    `Only ${there.length} of ${counted} indicators ${there.length === 1 ? 'has' : 'have'} a Q${quarter} figure (${named}); ` +
      `the other ${rest} would be scored on figures carried forward from ${quarterLabel(mostReached, yearLabel)}, so ` +
      `Q${quarter} was not scored and nothing was changed: score Q${mostReached}, or type Q${quarter}'s figures first.`,
  );
}
