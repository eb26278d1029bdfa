/** The task pane: quarter and tolerance, Score this quarter, Undo last scoring, the counts and the findings. */
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Title3 } from '@fluentui/react-components';
import type { ExcelHost } from '../../office/host';
import { toleranceError, useScorecard, type QuarterChoice } from '../use-scorecard';
import { Counts } from './Counts';
import { Findings } from './Findings';

const QUARTERS: { value: QuarterChoice; label: string }[] = [
  { value: 'latest', label: 'Latest quarter with data' },
  { value: 1, label: 'Q1 (Apr–Jun)' },
  { value: 2, label: 'Q2 (Jul–Sep)' },
  { value: 3, label: 'Q3 (Oct–Dec)' },
  { value: 4, label: 'Q4 (Jan–Mar)' },
];

export function App({ host }: { host: ExcelHost }) {
  const { state, setQuarter, setTolerance, score, undo } = useScorecard(host);
  const selected = QUARTERS.find((q) => q.value === state.quarter) ?? QUARTERS[0];
  const toleranceProblem = toleranceError(state.tolerance);
  return (
    <main style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Title3 as="h1">Performance Scorecard</Title3>
      <Field label="Quarter">
        <Dropdown value={selected.label} selectedOptions={[String(selected.value)]} onOptionSelect={(_, d) => setQuarter(d.optionValue === 'latest' ? 'latest' : (Number(d.optionValue) as QuarterChoice))}>
          {QUARTERS.map((q) => (
            <Option key={String(q.value)} value={String(q.value)}>{q.label}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Tolerance (%)" hint="How far below target still counts as amber." validationMessage={toleranceProblem ?? undefined}>
        <Input type="number" min={0} max={100} value={state.tolerance} onChange={(_, d) => setTolerance(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" disabled={state.busy || toleranceProblem !== null} onClick={score}>Score this quarter</Button>
        <Button disabled={state.busy} onClick={undo}>Undo last scoring</Button>
      </div>
      {state.busy && <Spinner size="tiny" label="Working…" />}
      {state.message && (
        <MessageBar intent={state.message.intent}>
          <MessageBarBody>{state.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.outcome && (
        <>
          <Subtitle2 as="h2">{state.outcome.result.quarter}</Subtitle2>
          <Counts counts={state.outcome.result.executiveSummary} tolerancePct={state.outcome.result.tolerancePct} />
          <Subtitle2 as="h2">Findings ({state.outcome.result.findings.length})</Subtitle2>
          <Findings findings={state.outcome.result.findings} />
        </>
      )}
    </main>
  );
}
