/**
 * The task pane: quarter and tolerance, Score this quarter, Refresh summaries, Undo last scoring; the
 * council's counts at a glance then each priority's; the highlight lists; the findings. Outcomes and
 * errors are announced in a polite live region.
 */
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Spinner, Switch, Text, Title3 } from '@fluentui/react-components';
import type { PaneStore } from '../pane-store';
import type { ExcelHost } from '../../office/host';
import { toleranceError, useScorecard, type QuarterChoice } from '../use-scorecard';
import { Results } from './Counts';
import { Findings } from './Findings';
import { MappingPanel } from './MappingPanel';
import { PaneStyle } from './PaneStyle';

const MONTHS: Record<number, string> = { 1: 'Apr–Jun', 2: 'Jul–Sep', 3: 'Oct–Dec', 4: 'Jan–Mar' };

/** "29 May 2026 at 14:05", in the analyst's time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

export function App({ host, store }: { host: ExcelHost; store?: PaneStore }) {
  const { state, setQuarter, setTolerance, setKeepUpToDate, score, refresh, undo, goTo, goToIndicator, preview, saveMapping } = useScorecard(host, store);
  const toMap = state.view?.toMap[0];
  const view = state.view;
  const choices: { value: QuarterChoice; label: string }[] = [
    { value: 'latest', label: view?.latestQuarter ? `Latest with data (${view.latestQuarter})` : 'Latest quarter with data' },
    ...([1, 2, 3, 4] as const).map((q) => ({ value: q as QuarterChoice, label: `${view?.quarters[q] ?? `Q${q}`} (${MONTHS[q]})` })),
  ];
  const selected = choices.find((q) => q.value === state.quarter) ?? choices[0];
  const toleranceProblem = toleranceError(state.tolerance);
  const busy = state.busy !== null;
  return (
    <main className="pane" aria-busy={busy} data-auto-runs={state.autoRuns}>
      <PaneStyle />
      <Title3 as="h1">Performance Scorecard</Title3>
      {state.lastScoring && (
        <Text size={200} data-testid="last-scoring">
          Last scored: {state.lastScoring.quarter}, {when(state.lastScoring.at)} ({state.lastScoring.by === 'add-in' ? 'in Excel' : 'by the scorecard command'}).
        </Text>
      )}
      <Field label="Quarter">
        <Dropdown
          value={selected.label}
          selectedOptions={[String(selected.value)]}
          disabled={busy}
          onOptionSelect={(_, d) => setQuarter(d.optionValue === 'latest' ? 'latest' : (Number(d.optionValue) as QuarterChoice))}
        >
          {choices.map((q) => (
            <Option key={String(q.value)} value={String(q.value)}>{q.label}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Tolerance (%)" hint="How far below target still counts as within tolerance (amber)." validationMessage={toleranceProblem ?? undefined}>
        <Input type="number" min={0} max={100} value={state.tolerance} disabled={busy} onChange={(_, d) => setTolerance(d.value)} />
      </Field>
      <div className="actions">
        <Button appearance="primary" disabled={busy || toleranceProblem !== null} onClick={score}>Score this quarter</Button>
        <Button disabled={busy || !state.lastScoring} onClick={refresh}>Refresh summaries</Button>
        <Button disabled={busy || !state.lastScoring} onClick={undo}>Undo last scoring</Button>
      </div>
      <Switch
        checked={state.keepUpToDate}
        onChange={(_, d) => setKeepUpToDate(d.checked)}
        label="Keep summaries up to date"
        aria-describedby="keep-hint"
      />
      <Text size={200} id="keep-hint" className="hint">Rescores about 2 seconds after you change a figure in an indicator table.</Text>
      <div role="status" aria-live="polite" aria-atomic="true" className="live">
        {state.busy && <Spinner size="tiny" label={state.busy} />}
        {state.message && (
          <MessageBar intent={state.message.intent} layout="multiline">
            <MessageBarBody>{state.message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {toMap && (
        <MappingPanel key={`${toMap.sheet}|${toMap.headerRow}|${toMap.notUnderstood.join('|')}`} hint={toMap} base={state.view?.settings.mapping ?? null} busy={busy} preview={preview} save={saveMapping} />
      )}
      {state.result && (
        <>
          <Results result={state.result} goToIndicator={goToIndicator} />
          <Findings findings={state.result.findings} goTo={goTo} />
        </>
      )}
    </main>
  );
}
