/**
 * The task pane's state and actions: the controls' values (from the workbook's saved settings when the
 * pane opens and after an undo), the last result, and scoring / refreshing / undoing through the same
 * adapter functions the ribbon commands call. No Office.js here.
 *
 * The engine and the Office.js adapter are a chunk of their own (`./engine`, issue 11 item 4): the pane
 * renders its controls first, then loads the chunk to read the workbook's state. Only the settings'
 * parsers (src/core/settings.ts, the command line's) are in the pane's first bundle.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ColumnMapping,
  DotComparison,
  QuarterNumber,
  RunOverrides,
  ScoreResult,
  Settings,
  ToleranceMode,
} from '../core';
// The settings module itself, not the core's index: the index would bring the whole engine into the
// pane's first bundle (webpack cannot drop modules with top-level code behind a re-export).
import {
  DEFAULT_DOT,
  DEFAULT_TOLERANCE_MODE,
  DEFAULT_TOLERANCE_PCT,
  checkSettings,
  notANumberProblem,
  parseBandSetting,
  parseToleranceSetting,
  toleranceTextProblem,
} from '../core/settings';
// words.ts imports only the model's types: plural does not bring the engine in either.
import { plural } from '../core/words';
import type { ExcelHost } from '../office/host';
import type { LastScoring, MappingPreview, WorkbookView } from '../office/pane-state';
import type { ScoringPhase } from '../office/progress';
import type { EditWatch } from '../office/watch';
import { KEEP_UP_TO_DATE, memoryStore, type PaneStore } from './pane-store';

/** How long after the analyst's last edit the pane rescores (ms): a burst of typing gives one run. */
export const KEEP_UP_TO_DATE_DELAY_MS = 2000;

export type QuarterChoice = 'latest' | QuarterNumber;

export type Engine = typeof import('./engine');

let engineChunk: Promise<Engine> | null = null;

/** The engine chunk, loaded once; a failed load (the network) is tried again next time. */
export function loadEngine(): Promise<Engine> {
  if (!engineChunk) {
    engineChunk = import(/* webpackChunkName: "engine" */ './engine');
    engineChunk.catch(() => (engineChunk = null));
  }
  return engineChunk;
}

const ENGINE_NOT_LOADED =
  'The Scorecard could not load its scoring engine: check the connection, then close and reopen the pane.';

export interface PaneMessage {
  text: string;
  intent: 'success' | 'error' | 'info' | 'warning';
}

/** The settings as the pane's fields hold them (text as typed); the same settings the command line takes. */
export interface SettingsFields {
  quarter: QuarterChoice;
  tolerance: string;
  toleranceMode: ToleranceMode;
  /** Close-to-target indicators' bands; blank = the default (the tolerance; the green band plus the tolerance). */
  greenBand: string;
  amberBand: string;
  dot: DotComparison;
  /**
   * The number boxes holding what the browser cannot read as a number ("5e", letters): their text is ""
   * but they are not blank, so a default is never used for them (input.validity.badInput). Absent: none.
   */
  notNumbers?: Partial<Record<NumberFieldKey, true>>;
}

/** The settings typed in number boxes. */
export type NumberFieldKey = 'tolerance' | 'greenBand' | 'amberBand';

/** A phase of a run in progress: what it is doing, and for the writes, how far it has got. */
export interface Progress {
  detail: string;
  /** Writing: requests sent and about how many there are. */
  batch?: { done: number; of: number };
}

export interface ScorecardState extends SettingsFields {
  /** What the pane is doing ("Scoring Q3 2020/21…"), or null when idle. */
  busy: string | null;
  /** The phase of the run in progress (reading, scoring N indicators, writing n of m), or null. */
  progress: Progress | null;
  view: WorkbookView | null;
  result: ScoreResult | null;
  lastScoring: LastScoring | null;
  message: PaneMessage | null;
  /** "Keep summaries up to date": rescore after the analyst edits indicator values. Off by default. */
  keepUpToDate: boolean;
  /** Rescorings started by keeping up to date, since the pane opened. */
  autoRuns: number;
  /**
   * True when the analyst has changed a figure in an indicator table since the pane last read the
   * workbook, with "Keep summaries up to date" off: the counts shown may be out of date.
   */
  figuresChanged: boolean;
}

/** What the pane says when a figure changed after the scoring it shows (keep up to date off). */
export const FIGURES_CHANGED = 'Figures changed since this scoring: Refresh summaries to update the counts.';

/** The fields showing a workbook's saved settings. */
export function fieldsOf(settings: Settings): SettingsFields {
  return {
    notNumbers: {},
    quarter: settings.quarter ?? 'latest',
    tolerance: String(settings.tolerancePct),
    toleranceMode: settings.toleranceMode ?? DEFAULT_TOLERANCE_MODE,
    greenBand: settings.greenBand === undefined ? '' : String(settings.greenBand),
    amberBand: settings.amberBand === undefined ? '' : String(settings.amberBand),
    dot: settings.dot ?? DEFAULT_DOT,
  };
}

/** True when a setting beyond quarter and tolerance is not at its default (the pane shows them open). */
export function hasMoreSettings(f: SettingsFields): boolean {
  return (
    f.toleranceMode !== DEFAULT_TOLERANCE_MODE ||
    f.greenBand.trim() !== '' ||
    f.amberBand.trim() !== '' ||
    f.dot !== DEFAULT_DOT
  );
}

/** The sentence saying why a tolerance as typed cannot be used (the command line's parser and range), else null. */
export function toleranceError(text: string, mode: ToleranceMode = DEFAULT_TOLERANCE_MODE): string | null {
  return toleranceTextProblem(text, mode);
}

export type FieldProblems = Partial<Record<NumberFieldKey, string>>;

function band(text: string, which: 'green' | 'amber'): number | null {
  return text.trim() === '' ? null : parseBandSetting(text, which);
}

/**
 * Each field's problem, in the sentences the command line gives: its parser (parseToleranceSetting,
 * parseBandSetting) and the one check a scoring makes (checkSettings: ranges by tolerance mode, the
 * amber band at least the green band). Empty when the settings can be used.
 */
export function settingsProblems(f: SettingsFields): FieldProblems {
  const problems: FieldProblems = {};
  // A box the browser cannot read: what to type, whatever its (blank) text would say.
  for (const key of ['tolerance', 'greenBand', 'amberBand'] as const)
    if (f.notNumbers?.[key]) problems[key] = notANumberProblem(key, f.toleranceMode);
  if (Object.keys(problems).length > 0) return problems;
  const tolerance = toleranceError(f.tolerance, f.toleranceMode);
  if (tolerance) problems.tolerance = tolerance;
  const bands: { green: number | null; amber: number | null } = { green: null, amber: null };
  for (const which of ['green', 'amber'] as const) {
    const key = which === 'green' ? 'greenBand' : 'amberBand';
    try {
      bands[which] = band(f[key], which);
      checkSettings({ toleranceMode: f.toleranceMode, [key]: bands[which] });
    } catch (e) {
      problems[key] = (e as Error).message;
    }
  }
  if (!problems.greenBand && !problems.amberBand && bands.green !== null && bands.amber !== null) {
    try {
      checkSettings({ toleranceMode: f.toleranceMode, greenBand: bands.green, amberBand: bands.amber });
    } catch (e) {
      problems.amberBand = (e as Error).message;
    }
  }
  return problems;
}

/** The number boxes as a sentence names them. */
const FIELD_WORDS: Record<NumberFieldKey, string> = {
  tolerance: 'Tolerance',
  greenBand: 'Green band',
  amberBand: 'Amber band',
};

/** The run's overrides from valid fields: every setting, so that what the pane shows is what is saved. */
export function overridesOf(f: SettingsFields): Omit<RunOverrides, 'mapping'> {
  return {
    quarter: f.quarter === 'latest' ? null : f.quarter,
    tolerancePct: parseToleranceSetting(f.tolerance),
    toleranceMode: f.toleranceMode,
    greenBand: band(f.greenBand, 'green'),
    amberBand: band(f.amberBand, 'amber'),
    dot: f.dot,
  };
}

/** "Reading the workbook…", "Scoring the indicators on 7 sheets…", "Writing batch 2 of 5…". */
export function phaseWords(p: ScoringPhase): Progress {
  switch (p.phase) {
    case 'reading':
      return { detail: 'Reading the workbook…' };
    case 'scoring':
      return { detail: `Scoring the indicators on ${plural(p.sheets, 'sheet')}…` };
    case 'snapshots':
      return {
        detail: `${plural(p.indicators, 'indicator')} scored; reading the cells to write…`,
      };
    case 'writing':
      return { detail: `Writing batch ${p.batch} of ${p.batches}…`, batch: { done: p.batch - 1, of: p.batches } };
  }
}

/** Resolves once the browser has had the chance to paint (or after 50 ms, should the pane be hidden). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
    setTimeout(resolve, 50);
  });
}

export function useScorecard(host: ExcelHost, store: PaneStore = memoryStore()) {
  const [state, setState] = useState<ScorecardState>({
    ...fieldsOf({ quarter: null, tolerancePct: DEFAULT_TOLERANCE_PCT, mapping: null }),
    busy: 'Reading the workbook…',
    progress: null,
    view: null,
    result: null,
    lastScoring: null,
    message: null,
    keepUpToDate: store.get(KEEP_UP_TO_DATE) === true,
    autoRuns: 0,
    figuresChanged: false,
  });
  const [engine, setEngine] = useState<Engine | null>(null);
  const update = (patch: Partial<ScorecardState>) => setState((s) => ({ ...s, ...patch }));
  const running = useRef(false);

  /** Reads the workbook's state and sets every control from it; `message` is kept (the outcome of what just ran). */
  const load = useCallback(
    async (e: Engine, message: PaneMessage | null, keepFields = false) => {
      try {
        const view = await e.viewWorkbook(host);
        update({
          ...(keepFields ? {} : fieldsOf(view.settings)),
          view,
          result: view.result,
          lastScoring: view.lastScoring,
          figuresChanged: false,
          message: message ?? (view.problem ? { text: view.problem, intent: 'warning' } : null),
        });
      } catch (err) {
        update({ message: message ?? { text: e.plainMessage(err, 'pane'), intent: 'error' } });
      }
    },
    [host],
  );

  useEffect(() => {
    loadEngine()
      .then(async (e) => {
        setEngine(e);
        await load(e, null);
      })
      .catch(() => update({ message: { text: ENGINE_NOT_LOADED, intent: 'error' } }))
      .finally(() => update({ busy: null }));
  }, [load]);

  /** Runs one action with the engine: busy meanwhile, its error as the plain sentence. */
  const guarded = useCallback(async (busy: string, work: (e: Engine) => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    update({ busy, progress: null, message: null });
    let e: Engine | null = null;
    try {
      e = await loadEngine();
      // The panels and the progress bar come with the engine: shown after a first load that failed, too.
      setEngine(e);
      await work(e);
    } catch (err) {
      update({ message: { text: e ? e.plainMessage(err, 'pane') : ENGINE_NOT_LOADED, intent: 'error' } });
    } finally {
      running.current = false;
      update({ busy: null, progress: null });
    }
  }, []);

  /** The progress callback of a run: each phase shown, and painted before the run goes on. */
  const showProgress = useCallback(async (p: ScoringPhase) => {
    update({ progress: phaseWords(p) });
    await painted();
  }, []);

  const quarterWords = (q: QuarterChoice) =>
    q === 'latest' ? (state.view?.latestQuarter ?? 'the latest quarter') : (state.view?.quarters[q] ?? `Q${q}`);

  const score = useCallback(
    () =>
      guarded(`Scoring ${quarterWords(state.quarter)}…`, async (e) => {
        let outcome: Awaited<ReturnType<Engine['scoreQuarter']>>;
        try {
          outcome = await e.scoreQuarter(host, overridesOf(state), undefined, e.putBackHalfDoneRun, showProgress);
        } catch (err) {
          // Refused (nothing written): the workbook is read again, keeping the fields as the analyst set
          // them, so a header typed since ("Performance Indicator") opens the mapping panel.
          await load(e, { text: e.plainMessage(err, 'pane'), intent: 'error' }, true);
          return;
        }
        update({ result: outcome.result });
        await load(e, { text: e.outcomeMessage(outcome, 'score'), intent: 'success' });
      }),
    [host, state, guarded, load],
  );

  const refresh = useCallback(
    () =>
      guarded('Refreshing the summaries…', async (e) => {
        const outcome = await e.scoreQuarter(host, {}, undefined, e.putBackHalfDoneRun, showProgress);
        update({ result: outcome.result });
        await load(e, { text: e.outcomeMessage(outcome, 'refresh'), intent: 'success' });
      }),
    [host, guarded, load],
  );

  const undo = useCallback(
    () =>
      guarded('Undoing the last scoring…', async (e) => {
        const u = await e.undoLastScoring(host);
        // Indicators whose restored scores predate their figures: a warning, as their Check on the sheet is.
        await load(e, { text: e.undoMessage(u), intent: u.stale.length > 0 ? 'warning' : 'info' });
      }),
    [host, guarded, load],
  );

  const preview = useCallback(
    async (mapping: ColumnMapping): Promise<MappingPreview | null> => {
      if (running.current || Object.keys(settingsProblems(state)).length > 0 || !engine) return null;
      try {
        return await engine.previewMapping(host, mapping, overridesOf(state));
      } catch (err) {
        update({ message: { text: engine.plainMessage(err, 'pane'), intent: 'error' } });
        return null;
      }
    },
    [host, state, engine],
  );

  const saveMapping = useCallback(
    (mapping: ColumnMapping) => {
      // Saving scores with the settings as the fields hold them: never with a default the analyst did not give.
      const field = (Object.keys(settingsProblems(state)) as NumberFieldKey[])[0];
      if (field) {
        const text = `The mapping was not saved: the ${FIELD_WORDS[field]} box above says what to type first.`;
        update({ message: { text, intent: 'error' } });
        return Promise.resolve();
      }
      return guarded('Saving the mapping and scoring…', async (e) => {
        const outcome = await e.scoreQuarter(
          host,
          { ...overridesOf(state), mapping },
          undefined,
          e.putBackHalfDoneRun,
          showProgress,
        );
        update({ result: outcome.result });
        await load(e, {
          text: `The column mapping was saved in the workbook. ${e.outcomeMessage(outcome, 'score')}`,
          intent: 'success',
        });
      });
    },
    [host, state, guarded, load],
  );

  /** Selects a place in the workbook; when it cannot (its sheet deleted since, say), says why in the message bar. */
  const select = useCallback(
    async (go: (e: Engine) => Promise<void>) => {
      if (!engine) return;
      try {
        await go(engine);
      } catch (err) {
        update({ message: { text: engine.plainMessage(err, 'pane'), intent: 'error' } });
      }
    },
    [engine],
  );
  const goTo = useCallback(
    (sheet: string, address: string) => select((e) => e.goToCell(host, sheet, address)),
    [host, select],
  );
  const goToIndicator = useCallback(
    (sheet: string, row: number) => select((e) => e.goToRow(host, sheet, row)),
    [host, select],
  );

  // Keep summaries up to date: watch the indicator tables while on; an edit (re)starts the delay, and the
  // rescoring runs when it ends — unless a run is in flight then, in which case the edit is left for
  // the next one (the rescoring reads every figure anyway).
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const autoRefresh = useRef<() => void>(() => undefined);
  autoRefresh.current = () => {
    if (running.current) return;
    setState((s) => ({ ...s, autoRuns: s.autoRuns + 1 }));
    void guarded('Keeping the summaries up to date…', async (e) => {
      const outcome = await e.scoreQuarter(host, {}, undefined, e.putBackHalfDoneRun, showProgress);
      update({ result: outcome.result });
      await load(e, {
        text: `Kept up to date after your edit. ${e.outcomeMessage(outcome, 'refresh')}`,
        intent: 'success',
      });
    });
  };
  // With it off, the same watch on a scored workbook only marks the counts as possibly out of date.
  const watchedKey = JSON.stringify(state.view?.watched ?? []);
  const scored = state.lastScoring !== null;
  useEffect(() => {
    if (!state.view || state.view.watched.length === 0 || !engine) return;
    if (!state.keepUpToDate && !scored) return;
    const keep = state.keepUpToDate;
    const watched = state.view.watched;
    let watch: EditWatch | null = null;
    let live = true;
    engine
      .watchEdits(host, watched, (sheet, address) => {
        if (running.current) return;
        if (!keep) {
          // A commentary or lead cell alone: no figure or target changed (fresh user 11).
          if (engine.onlyQuietColumns(watched, sheet, address)) return;
          setState((s) =>
            s.figuresChanged || !s.lastScoring
              ? s
              : { ...s, figuresChanged: true, message: { text: FIGURES_CHANGED, intent: 'warning' } },
          );
          return;
        }
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          autoRefresh.current();
        }, KEEP_UP_TO_DATE_DELAY_MS);
      })
      .then((w) => {
        if (live) watch = w;
        else void w.stop();
      })
      .catch((err) => {
        // Only the analyst who asked for it hears that it cannot be done; the warning of edits is a bonus.
        if (!keep) return;
        update({
          message: {
            text: `Summaries cannot be kept up to date in this Excel: ${engine.plainMessage(err, 'pane')} Use Refresh summaries after editing.`,
            intent: 'warning',
          },
        });
      });
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
      void watch?.stop().catch(() => undefined);
    };
  }, [host, engine, state.keepUpToDate, watchedKey, state.view !== null, scored]);

  const setKeepUpToDate = useCallback(
    (on: boolean) => {
      update({ keepUpToDate: on });
      store.set(KEEP_UP_TO_DATE, on).catch((err) =>
        update({
          message: {
            text: `The setting could not be saved in the workbook: ${err instanceof Error ? err.message : String(err)}`,
            intent: 'warning',
          },
        }),
      );
    },
    [store],
  );

  return {
    state,
    engine,
    setKeepUpToDate,
    // A changed setting clears the error the previous one met (a refused quarter, say): it no longer
    // describes what Score would do. Warnings about the workbook itself stay.
    setField: <K extends keyof SettingsFields>(key: K, value: SettingsFields[K]) =>
      setState((s) => ({ ...s, [key]: value, message: s.message?.intent === 'error' ? null : s.message })),
    /** A number box's text, and whether the browser could read it as a number (`!validity.badInput`). */
    setNumberField: (key: NumberFieldKey, value: string, readable: boolean) =>
      setState((s) => {
        const notNumbers = { ...s.notNumbers };
        if (readable) delete notNumbers[key];
        else notNumbers[key] = true;
        return { ...s, [key]: value, notNumbers, message: s.message?.intent === 'error' ? null : s.message };
      }),
    score,
    refresh,
    undo,
    goTo,
    goToIndicator,
    preview,
    saveMapping,
  };
}
