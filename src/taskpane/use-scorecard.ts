/**
 * The task pane's state and actions: the controls' values (from the workbook's saved settings when the
 * pane opens and after an undo), the last result, and scoring / refreshing / undoing through the same
 * adapter functions the ribbon commands call. No Office.js here.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, QuarterNumber, ScoreResult } from '../core';
import type { ExcelHost } from '../office/host';
import { outcomeMessage, undoMessage } from '../office/outcome-message';
import { goToCell, goToRow, previewMapping, viewWorkbook, type LastScoring, type MappingPreview, type WorkbookView } from '../office/pane-state';
import { plainMessage } from '../office/problems';
import { putBackHalfDoneRun } from '../office/recovery';
import { scoreQuarter, undoLastScoring } from '../office/scoring';
import { watchEdits, type EditWatch } from '../office/watch';
import { KEEP_UP_TO_DATE, memoryStore, type PaneStore } from './pane-store';

/** How long after the analyst's last edit the pane rescores (ms): a burst of typing gives one run. */
export const KEEP_UP_TO_DATE_DELAY_MS = 2000;

export type QuarterChoice = 'latest' | QuarterNumber;

export interface PaneMessage {
  text: string;
  intent: 'success' | 'error' | 'info' | 'warning';
}

export interface ScorecardState {
  quarter: QuarterChoice;
  tolerance: string;
  /** What the pane is doing ("Scoring Q3 2020/21…"), or null when idle. */
  busy: string | null;
  view: WorkbookView | null;
  result: ScoreResult | null;
  lastScoring: LastScoring | null;
  message: PaneMessage | null;
  /** "Keep summaries up to date": rescore after the analyst edits indicator values. Off by default. */
  keepUpToDate: boolean;
  /** Rescorings started by keeping up to date, since the pane opened. */
  autoRuns: number;
}

export function toleranceError(text: string): string | null {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100 ? 'Enter a percentage between 0 and 100.' : null;
}

export function useScorecard(host: ExcelHost, store: PaneStore = memoryStore()) {
  const [state, setState] = useState<ScorecardState>({
    quarter: 'latest', tolerance: '5', busy: 'Reading the workbook…', view: null, result: null, lastScoring: null, message: null,
    keepUpToDate: store.get(KEEP_UP_TO_DATE) === true, autoRuns: 0,
  });
  const update = (patch: Partial<ScorecardState>) => setState((s) => ({ ...s, ...patch }));
  const running = useRef(false);

  /** Reads the workbook's state and sets every control from it; `message` is kept (the outcome of what just ran). */
  const load = useCallback(async (message: PaneMessage | null) => {
    try {
      const view = await viewWorkbook(host);
      update({
        view,
        quarter: view.settings.quarter ?? 'latest',
        tolerance: String(view.settings.tolerancePct),
        result: view.result,
        lastScoring: view.lastScoring,
        message: message ?? (view.problem ? { text: view.problem, intent: 'warning' } : null),
      });
    } catch (e) {
      update({ message: message ?? { text: plainMessage(e), intent: 'error' } });
    }
  }, [host]);

  useEffect(() => {
    load(null).finally(() => update({ busy: null }));
  }, [load]);

  const guarded = useCallback(async (busy: string, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    update({ busy, message: null });
    try {
      await work();
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
    } finally {
      running.current = false;
      update({ busy: null });
    }
  }, []);

  const quarterWords = (q: QuarterChoice) => (q === 'latest' ? state.view?.latestQuarter ?? 'the latest quarter' : state.view?.quarters[q] ?? `Q${q}`);

  const score = useCallback(() => guarded(`Scoring ${quarterWords(state.quarter)}…`, async () => {
    const outcome = await scoreQuarter(host, { quarter: state.quarter === 'latest' ? null : state.quarter, tolerancePct: Number(state.tolerance) }, undefined, putBackHalfDoneRun);
    update({ result: outcome.result });
    await load({ text: outcomeMessage(outcome, 'score'), intent: 'success' });
  }), [host, state.quarter, state.tolerance, state.view, guarded, load]);

  const refresh = useCallback(() => guarded('Refreshing the summaries…', async () => {
    const outcome = await scoreQuarter(host, {}, undefined, putBackHalfDoneRun);
    update({ result: outcome.result });
    await load({ text: outcomeMessage(outcome, 'refresh'), intent: 'success' });
  }), [host, guarded, load]);

  const undo = useCallback(() => guarded('Undoing the last scoring…', async () => {
    const u = await undoLastScoring(host);
    await load({ text: undoMessage(u), intent: 'info' });
  }), [host, guarded, load]);

  const preview = useCallback(async (mapping: ColumnMapping): Promise<MappingPreview | null> => {
    if (running.current || toleranceError(state.tolerance)) return null;
    try {
      return await previewMapping(host, mapping, state.quarter === 'latest' ? null : state.quarter, Number(state.tolerance));
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
      return null;
    }
  }, [host, state.quarter, state.tolerance]);

  const saveMapping = useCallback((mapping: ColumnMapping) => guarded('Saving the mapping and scoring…', async () => {
    const outcome = await scoreQuarter(host, { quarter: state.quarter === 'latest' ? null : state.quarter, tolerancePct: Number(state.tolerance), mapping }, undefined, putBackHalfDoneRun);
    update({ result: outcome.result });
    await load({ text: `The column mapping was saved in the workbook. ${outcomeMessage(outcome, 'score')}`, intent: 'success' });
  }), [host, state.quarter, state.tolerance, guarded, load]);

  const goTo = useCallback(async (sheet: string, address: string) => {
    try {
      await goToCell(host, sheet, address);
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
    }
  }, [host]);

  const goToIndicator = useCallback(async (sheet: string, row: number) => {
    try {
      await goToRow(host, sheet, row);
    } catch (e) {
      update({ message: { text: plainMessage(e), intent: 'error' } });
    }
  }, [host]);

  // Keep summaries up to date: watch the indicator tables while on; an edit (re)starts the delay, and the
  // rescoring runs when it ends — unless a run is in flight then, in which case the edit is left for
  // the next one (the rescoring reads every figure anyway).
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const autoRefresh = useRef<() => void>(() => undefined);
  autoRefresh.current = () => {
    if (running.current) return;
    setState((s) => ({ ...s, autoRuns: s.autoRuns + 1 }));
    void guarded('Keeping the summaries up to date…', async () => {
      const outcome = await scoreQuarter(host, {}, undefined, putBackHalfDoneRun);
      update({ result: outcome.result });
      await load({ text: `Kept up to date after your edit. ${outcomeMessage(outcome, 'refresh')}`, intent: 'success' });
    });
  };
  const watchedKey = JSON.stringify(state.view?.watched ?? []);
  useEffect(() => {
    if (!state.keepUpToDate || !state.view || state.view.watched.length === 0) return;
    let watch: EditWatch | null = null;
    let live = true;
    watchEdits(host, state.view.watched, () => {
      if (running.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        autoRefresh.current();
      }, KEEP_UP_TO_DATE_DELAY_MS);
    }).then((w) => {
      if (live) watch = w;
      else void w.stop();
    }).catch((e) => update({ message: { text: `Summaries cannot be kept up to date in this Excel: ${plainMessage(e)} Use Refresh summaries after editing.`, intent: 'warning' } }));
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
      void watch?.stop().catch(() => undefined);
    };
  }, [host, state.keepUpToDate, watchedKey, state.view !== null]);

  const setKeepUpToDate = useCallback((on: boolean) => {
    update({ keepUpToDate: on });
    store.set(KEEP_UP_TO_DATE, on).catch((e) => update({ message: { text: `The setting could not be saved in the workbook: ${plainMessage(e)}`, intent: 'warning' } }));
  }, [store]);

  return {
    state,
    setKeepUpToDate,
    setQuarter: (quarter: QuarterChoice) => update({ quarter }),
    setTolerance: (tolerance: string) => update({ tolerance }),
    score,
    refresh,
    undo,
    goTo,
    goToIndicator,
    preview,
    saveMapping,
  };
}
