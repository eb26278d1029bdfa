/**
 * The task pane: quarter and tolerance, and the other settings the engine has (tolerance mode,
 * close-to-target bands, what DOT compares with); Score this quarter, Refresh summaries, Undo last
 * scoring; the council's counts at a glance then each priority's; the highlight lists; the findings.
 * Outcomes, errors and a run's progress are announced in a polite live region.
 *
 * This file is in the pane's first bundle; the result panels and the run's progress bar (shown only while
 * the engine writes a scoring) come with the engine chunk (`engine`).
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Select } from '@fluentui/react-select';
import { Spinner } from '@fluentui/react-spinner';
import { Switch } from '@fluentui/react-switch';
import { Text, Title3 } from '@fluentui/react-text';
import type { DotComparison, ToleranceMode } from '../../core';
import type { ExcelHost } from '../../office/host';
import type { LastScoring } from '../../office/pane-state';
import type { PaneStore } from '../pane-store';
import { hasMoreSettings, settingsProblems, useScorecard, type QuarterChoice } from '../use-scorecard';
import { PaneStyle } from './PaneStyle';
import { mappingPosition, sheetsMappedInOrder } from '../mapping-order';
import { Options } from './Options';

const MONTHS: Record<number, string> = { 1: 'Apr–Jun', 2: 'Jul–Sep', 3: 'Oct–Dec', 4: 'Jan–Mar' };

/** The tolerance modes as the analyst reads them (docs/workbook.md, "Tolerance modes"); values as --tolerance-mode takes them. */
const MODES: { value: ToleranceMode; label: string; unit: string }[] = [
  { value: 'relative', label: 'Percent of the target', unit: '%' },
  { value: 'points', label: 'Percentage points', unit: 'percentage points' },
  { value: 'absolute', label: "Each indicator's own unit", unit: "indicator's own unit" },
];

const DOTS: { value: DotComparison; label: string }[] = [
  { value: 'quarter', label: 'The previous quarter' },
  { value: 'period', label: 'The previous period reported' },
];

/** "29 May 2026 at 14:05", in the analyst's time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * "Last scored: Q3 2020/21, 1 December 2026 at 00:28 (in Excel)." — or, for the scoring an undo went back
 * to (whose time the state no longer has), "Last scored: Q3 2020/21 (put back by Undo)."
 */
export function lastScoredWords(s: LastScoring): string {
  if (s.at === null) return `Last scored: ${s.quarter} (put back by Undo).`;
  const by = s.by === 'add-in' ? 'in Excel' : s.by === 'command line' ? 'by the scorecard command' : null;
  return `Last scored: ${s.quarter}, ${when(s.at)}${by ? ` (${by})` : ''}.`;
}

/** "5" → 5 for a hint, or null when the text is not a plain number. */
function numberOf(text: string): number | null {
  const n = Number(text.trim().replace(/^±/, '').replace(/%$/, ''));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/**
 * A number the analyst types (the tolerance, a close-to-target band): at least 0, any step, its problem
 * under it. What the browser cannot read as a number ("5e", letters) it hands over as "", as if the box
 * were cleared: `validity.badInput` tells them apart (`readable` false), read on every input event —
 * React's onChange is not called when the text stays "" ("e" then "ee").
 */
function NumberField(props: {
  label: string;
  hint: string;
  problem: string | undefined;
  max?: number | undefined;
  value: string;
  /** The box holds what is not a number (the state's notNumbers). */
  notANumber: boolean;
  disabled: boolean;
  onChange: (value: string, readable: boolean) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  // The fields reset to the workbook's settings (after an undo, say): letters left in the box go too, so
  // that what it shows is what would be scored.
  useEffect(() => {
    if (!props.notANumber && input.current?.validity.badInput) input.current.value = '';
  }, [props.notANumber, props.value]);
  const changed = (e: { currentTarget: HTMLInputElement }) =>
    props.onChange(e.currentTarget.value, !e.currentTarget.validity.badInput);
  // A decimal comma ("3,5"): the browser's number box drops it as a thousands separator and hands over 35
  // (fresh user 11). A comma typed is put in as a decimal point, a pasted "3,5" read as 3.5, and the box says so.
  const [comma, setComma] = useState<string | null>(null);
  return (
    <Field label={props.label} hint={comma ? `${comma} ${props.hint}` : props.hint} validationMessage={props.problem}>
      <Input
        ref={input}
        type="number"
        min={0}
        max={props.max}
        step="any"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => {
          if (!e.currentTarget.value.includes('.')) setComma(null);
          changed(e);
        }}
        onInput={changed}
        onKeyDown={(e) => {
          if (e.key !== ',') return;
          e.preventDefault();
          const put = document.execCommand('insertText', false, '.');
          setComma(
            put ? 'The comma was typed as a decimal point.' : 'Type a decimal point, not a comma: 3.5, not 3,5.',
          );
        }}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text').trim();
          if (!text.includes(',')) return;
          e.preventDefault();
          const read = /^\d+,\d+$/.test(text) ? text.replace(',', '.') : null;
          setComma(
            read ? `"${text}" was read as ${read}.` : `"${text}" was not pasted: type a decimal point, not a comma.`,
          );
          if (read) props.onChange(read, true);
        }}
      />
    </Field>
  );
}

/**
 * What the default quarter does, and the quarter it stands for now, said before scoring (session 10):
 * since session 9 it is not the latest quarter any figure is in but the latest at least half of the
 * indicators with figures have reached, annual ones left out (the core's reportingQuarter), so one
 * early figure does not move the whole report on a quarter.
 */
export function latestHint(quarter: string | null): string {
  const rule =
    'the latest quarter at least half of the indicators with figures have reached (indicators reported once a year are left out)';
  return quarter
    ? `Scores ${quarter}: ${rule}. A figure after it gets a Check.`
    : `Scores ${rule}. A figure after it gets a Check.`;
}

export function App({ host, store }: { host: ExcelHost; store?: PaneStore }) {
  const {
    state,
    engine,
    setField,
    setNumberField,
    setKeepUpToDate,
    score,
    refresh,
    undo,
    goTo,
    goToIndicator,
    preview,
    saveMapping,
  } = useScorecard(host, store);
  const [moreOpen, setMoreOpen] = useState<boolean | null>(null);
  const toMap = state.view?.toMap[0];
  // The sheets to map met this session, so the panel says "Sheet 2 of 4" after the first is saved (mapping-order.ts).
  const mappingOrder = useRef<string[]>([]);
  mappingOrder.current = sheetsMappedInOrder(mappingOrder.current, state.view?.toMap ?? []);
  const view = state.view;
  const choices: { value: QuarterChoice; label: string }[] = [
    {
      value: 'latest',
      label: view?.latestQuarter
        ? // The quarter first: a native select's text cannot wrap, so at 320 px zoomed (about 200 px) the
          // end is cut, and what is cut must not be the quarter (helper noise). The hint says the rule in full.
          `${view.latestQuarter} (most indicators' latest)`
        : "Most indicators' latest quarter",
    },
    ...([1, 2, 3, 4] as const).map((q) => ({
      value: q as QuarterChoice,
      label: `${view?.quarters[q] ?? `Q${q}`} (${MONTHS[q]})`,
    })),
  ];
  const problems = settingsProblems(state);
  const invalid = Object.keys(problems).length > 0;
  const busy = state.busy !== null;
  // After a run a pane button started (Score, Refresh, Undo, Save mapping), the focus goes to what it gave
  // — the results' heading, else the message — not to <body>, where the disabled button left it (fresh user
  // 11). A run the pane started by itself (keeping the summaries up to date) moves no focus: the analyst
  // is typing in the workbook.
  // The run may end in steps (Undo: the workbook put back, then read again, its results gone): the focus is
  // put back at each, until the analyst does something else in the pane (a key or pointer down).
  const clicked = useRef(false);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (busy || !clicked.current) return;
    // A button disabled as the run ended (Undo, once nothing is left to undo) still has the focus for a
    // moment before the browser lets it fall to <body>.
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !(active as HTMLButtonElement).disabled) return;
    (document.querySelector<HTMLElement>('[data-focus-after-run]') ?? statusRef.current)?.focus();
  }, [busy, state.result, state.message, state.view]);
  // A rescoring the pane starts itself (keeping up to date, after an edit in the workbook) moves no focus.
  useEffect(() => void (clicked.current = false), [state.autoRuns]);
  const mode = MODES.find((m) => m.value === state.toleranceMode) ?? MODES[0];
  const unit = mode.value === 'relative' ? '%' : ` ${mode.unit}`;
  const tolerance = numberOf(state.tolerance);
  const green = numberOf(state.greenBand) ?? tolerance;
  // The "More settings" section is open when a setting in it is not at its default (or the analyst opened it).
  const more = moreOpen ?? hasMoreSettings(state);
  // When the pane first showed its controls, and the workbook's state: performance marks the browser
  // test and the bench read (issue 11 item 4; never asserted).
  useEffect(() => void performance.mark?.('scorecard:first-render'), []);
  const shown = view !== null || state.message !== null;
  useEffect(() => {
    if (shown && performance.getEntriesByName?.('scorecard:workbook-shown').length === 0)
      performance.mark('scorecard:workbook-shown');
  }, [shown]);
  return (
    <main
      className="pane"
      aria-busy={busy}
      data-auto-runs={state.autoRuns}
      onPointerDownCapture={() => (clicked.current = false)}
      onKeyDownCapture={() => (clicked.current = false)}
      onClickCapture={(e) => {
        if ((e.target as HTMLElement).closest('button[data-run]')) clicked.current = true;
      }}
    >
      <PaneStyle />
      <Title3 as="h1">Performance Scorecard</Title3>
      {state.lastScoring && (
        <Text size={200} data-testid="last-scoring">
          {lastScoredWords(state.lastScoring)}
        </Text>
      )}
      <Field label="Quarter" hint={state.quarter === 'latest' ? latestHint(view?.latestQuarter ?? null) : undefined}>
        <Select
          value={String(state.quarter)}
          disabled={busy}
          onChange={(_, d) => setField('quarter', d.value === 'latest' ? 'latest' : (Number(d.value) as QuarterChoice))}
        >
          {choices.map((q) => (
            <option key={String(q.value)} value={String(q.value)}>
              {q.label}
            </option>
          ))}
        </Select>
      </Field>
      <NumberField
        label={mode.value === 'relative' ? 'Tolerance (%)' : `Tolerance (${mode.unit})`}
        hint="How far short of target still counts as within tolerance (amber)."
        problem={problems.tolerance}
        max={mode.value === 'absolute' ? undefined : 100}
        value={state.tolerance}
        disabled={busy}
        notANumber={state.notNumbers?.tolerance === true}
        onChange={(v, readable) => setNumberField('tolerance', v, readable)}
      />
      <details className="more" open={more} onToggle={(e) => setMoreOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>More settings{hasMoreSettings(state) ? ' (changed)' : ''}</summary>
        <div className="more-fields">
          <Field
            label="Tolerances measured in"
            hint="Percentage points suit indicators that are percentages; an indicator's own unit suits counts and days."
          >
            <Select
              value={state.toleranceMode}
              disabled={busy}
              onChange={(_, d) => setField('toleranceMode', d.value as ToleranceMode)}
            >
              <Options choices={MODES} />
            </Select>
          </Field>
          <NumberField
            label="Green band, close-to-target indicators (±)"
            hint={`Green within ± this of the target. Blank: the tolerance${tolerance !== null ? ` (${tolerance}${unit})` : ''}.`}
            problem={problems.greenBand}
            value={state.greenBand}
            disabled={busy}
            notANumber={state.notNumbers?.greenBand === true}
            onChange={(v, readable) => setNumberField('greenBand', v, readable)}
          />
          <NumberField
            label="Amber band, close-to-target indicators (±)"
            hint={`Amber within ± this of the target. Blank: the green band plus the tolerance${green !== null && tolerance !== null ? ` (${green + tolerance}${unit})` : ''}.`}
            problem={problems.amberBand}
            value={state.amberBand}
            disabled={busy}
            notANumber={state.notNumbers?.amberBand === true}
            onChange={(v, readable) => setNumberField('amberBand', v, readable)}
          />
          <Field label="DOT compares with" hint="The previous period suits monthly reports (month on month).">
            <Select value={state.dot} disabled={busy} onChange={(_, d) => setField('dot', d.value as DotComparison)}>
              <Options choices={DOTS} />
            </Select>
          </Field>
        </div>
      </details>
      <div className="actions">
        <Button appearance="primary" disabled={busy || invalid} onClick={score} data-run="">
          Score this quarter
        </Button>
        <Button disabled={busy || !state.lastScoring} onClick={refresh} data-run="">
          Refresh summaries
        </Button>
        <Button disabled={busy || !state.lastScoring?.undoable} onClick={undo} data-run="">
          Undo last scoring
        </Button>
      </div>
      <Switch
        checked={state.keepUpToDate}
        onChange={(_, d) => setKeepUpToDate(d.checked)}
        label="Keep summaries up to date"
        aria-describedby="keep-hint"
      />
      <Text size={200} id="keep-hint" className="hint">
        Rescores about 2 seconds after you change a figure in an indicator table.
      </Text>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="live"
        data-testid="status"
        ref={statusRef}
        tabIndex={-1}
      >
        {state.busy && (
          <div className="busy" data-testid="busy">
            <Spinner size="tiny" label={state.busy} />
            {state.progress && (
              <Text size={200} className="phase" data-testid="phase">
                {state.progress.detail}
              </Text>
            )}
            {state.progress?.batch && engine && (
              <engine.ProgressBar
                value={state.progress.batch.done}
                max={state.progress.batch.of}
                thickness="large"
                aria-label="Writing to the workbook"
              />
            )}
          </div>
        )}
        {state.message &&
          (engine ? <engine.Message message={state.message} /> : <p className="plain-message">{state.message.text}</p>)}
      </div>
      {engine && toMap && (
        <engine.MappingPanel
          key={`${toMap.sheet}|${toMap.headerRow}|${toMap.notUnderstood.join('|')}`}
          hint={toMap}
          all={state.view?.toMap ?? []}
          {...mappingPosition(mappingOrder.current, toMap)}
          base={state.view?.settings.mapping ?? null}
          busy={busy}
          preview={preview}
          save={saveMapping}
        />
      )}
      {engine && state.result && (
        <>
          <engine.Results result={state.result} goToIndicator={goToIndicator} />
          <engine.Findings findings={state.result.findings} goTo={goTo} organisation={state.result.organisation} />
        </>
      )}
    </main>
  );
}
