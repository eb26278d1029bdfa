/**
 * Progress of a scoring run by phase, for the task pane's busy state on large workbooks (issue 13
 * item 6): reading the workbook (then how many sheets it has), scoring (how many indicators), reading
 * the cells the run owns, and writing, request by request. The ribbon commands pass no callback and
 * pay nothing for it.
 */
import { jsonBytes } from './payload';

export type ScoringPhase =
  | { phase: 'reading' }
  /** The workbook is read: `sheets` sheets; the indicator tables are being read and scored. */
  | { phase: 'scoring'; sheets: number }
  /** `indicators` scored; the owned cells' values and formats (for undo) are being read. */
  | { phase: 'snapshots'; indicators: number }
  /** Request `batch` of about `batches` is being written (the estimate grows if the writes need more). */
  | { phase: 'writing'; batch: number; batches: number };

/**
 * Told each phase as it starts. A callback that returns a promise is awaited, so the task pane can let
 * the browser paint the phase before the run goes on (scoring blocks the page while it works).
 */
export type ScoringProgress = (p: ScoringPhase) => void | Promise<void>;

/**
 * How many write requests a run's writes need, about: their size as JSON over the request budget, at
 * least one. Office.js's requests carry a little more than the JSON (call overheads), so the count
 * shown grows when a run needs one more.
 */
export function estimatedBatches(writes: unknown, budget: number): number {
  return Math.max(1, Math.ceil(jsonBytes(writes) / budget));
}

/**
 * Runs `work` telling `progress` before each request it sends (`context.sync`), as "writing batch n of
 * about m", then puts the context's own sync back. Office.js's RequestContext.sync is a method of its
 * prototype, so the instance's own property shadows it for the run and is removed after.
 */
export async function reportingWrites<T>(
  context: Excel.RequestContext,
  batches: number,
  progress: ScoringProgress,
  work: () => Promise<T>,
): Promise<T> {
  const own = Object.prototype.hasOwnProperty.call(context, 'sync') ? context.sync : undefined;
  const sync = context.sync.bind(context);
  let sent = 0;
  (context as { sync: () => Promise<void> }).sync = async () => {
    sent++;
    await progress({ phase: 'writing', batch: sent, batches: Math.max(batches, sent) });
    return sync();
  };
  try {
    return await work();
  } finally {
    if (own) (context as { sync: unknown }).sync = own;
    else delete (context as { sync?: unknown }).sync;
  }
}
