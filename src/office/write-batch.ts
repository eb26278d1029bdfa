/**
 * Writes grouped into as few requests as the payload budget allows. Each call reserves its size first;
 * a request that would pass the budget is sent (one sync) and a new one begun. Every request that
 * writes pauses calculation (ExcelApi 1.6) and screen updating (1.9) until it is sent. Nothing here
 * syncs per indicator: only when a request is full, and once at the end.
 */
import { PAYLOAD_BUDGET } from './payload';

export class WriteBatch {
  private bytes = 0;
  /** Requests sent so far by this batch. */
  requests = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly screenUpdating: boolean,
    readonly budget = PAYLOAD_BUDGET,
  ) {}

  /** Makes room for a call of `bytes`; sends the current request first when it would grow past the budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    if (this.bytes === 0) this.pause();
    this.bytes += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    await this.context.sync();
    this.requests++;
    this.bytes = 0;
  }

  private pause(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    if (this.screenUpdating) this.context.application.suspendScreenUpdatingUntilNextSync();
    this.bytes += 200;
  }
}
