/**
 * The task pane's state and actions: the pickers' values (from the workbook's saved settings), and
 * scoring / undo through the same adapter functions the ribbon commands call. No Office.js here.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_TOLERANCE_PCT, toleranceTextProblem, type QuarterNumber } from '../core';
import type { ExcelHost } from '../office/host';
import { plainMessage } from '../office/problems';
import { readSettings, scoreQuarter, undoLastScoring, type ScoringOutcome } from '../office/scoring';
import { putBackHalfDoneRun } from '../office/recovery';
import { outcomeMessage } from '../office/outcome-message';

export type QuarterChoice = 'latest' | QuarterNumber;

export interface ScorecardState {
  quarter: QuarterChoice;
  tolerance: string;
  busy: boolean;
  outcome: ScoringOutcome | null;
  message: { text: string; intent: 'success' | 'error' | 'info' } | null;
}

/** The tolerance field's message, or null when the core's parser and range accept the text (src/core/settings.ts). */
export function toleranceError(text: string): string | null {
  return toleranceTextProblem(text) === null ? null : 'Enter a percentage between 0 and 100.';
}

export function useScorecard(host: ExcelHost) {
  const [state, setState] = useState<ScorecardState>({ quarter: 'latest', tolerance: String(DEFAULT_TOLERANCE_PCT), busy: false, outcome: null, message: null });
  const update = (patch: Partial<ScorecardState>) => setState((s) => ({ ...s, ...patch }));

  useEffect(() => {
    readSettings(host)
      .then((s) => update({ quarter: s.quarter ?? 'latest', tolerance: String(s.tolerancePct) }))
      .catch((e) => update({ message: { text: plainMessage(e), intent: 'error' } }));
  }, [host]);

  const score = useCallback(async () => {
    update({ busy: true, message: null });
    try {
      const outcome = await scoreQuarter(host, { quarter: state.quarter === 'latest' ? null : state.quarter, tolerancePct: Number(state.tolerance) }, undefined, putBackHalfDoneRun);
      update({ outcome, message: { text: outcomeMessage(outcome, 'score'), intent: 'success' } });
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
    } finally {
      update({ busy: false });
    }
  }, [host, state.quarter, state.tolerance]);

  const undo = useCallback(async () => {
    update({ busy: true, message: null });
    try {
      const u = await undoLastScoring(host);
      const left = u.changedSince.length ? ` ${u.changedSince.length === 1 ? 'One cell' : `${u.changedSince.length} cells`} you changed since the scoring ${u.changedSince.length === 1 ? 'was' : 'were'} left as you have ${u.changedSince.length === 1 ? 'it' : 'them'}: ${u.changedSince.slice(0, 5).join(', ')}${u.changedSince.length > 5 ? ' …' : ''}.` : '';
      update({ outcome: null, message: { text: `The scoring of ${u.quarter} was undone: ${u.cells} cells put back${u.sheetsRemoved.length ? `, ${u.sheetsRemoved.length} sheets removed` : ''}.${left}`, intent: 'info' } });
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
    } finally {
      update({ busy: false });
    }
  }, [host]);

  return { state, setQuarter: (quarter: QuarterChoice) => update({ quarter }), setTolerance: (tolerance: string) => update({ tolerance }), score, undo };
}
