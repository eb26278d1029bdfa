/**
 * Writes grouped into as few requests as the payload budget allows. Each call reserves its size first;
 * a request that would pass the budget is sent (one sync) and a new one begun. Every request that
 * writes pauses calculation (ExcelApi 1.6) and screen updating (1.9) until it is sent. Nothing here
 * syncs per indicator: only when a request is full, and once at the end.
 */
import { PAYLOAD_BUDGET } from './payload';
import { editRefusedProblem, isEditRefused, isTooLarge, writeTooLargeProblem } from './problems';

/** A request this large failing with a bare internal error is taken for "too large" (office-js 1314, 1012). */
const LARGE_REQUEST_BYTES = 1024 * 1024;

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

  /**
   * Bytes the current request can still take (a new request: the whole budget less its framing), so a
   * large block can be cut to fill it rather than start a request of its own (issue 11 item 2).
   */
  room(): number {
    // 1 KB kept back: the adapter's count of a call's framing is an estimate of Excel's.
    return this.budget - 1024 - (this.bytes === 0 ? 200 : this.bytes);
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    try {
      await this.context.sync();
    } catch (e) {
      // Sizes are counted in UTF-8 bytes with a 1 MB margin, so this should not happen; if Excel still
      // says "too large" (in any of its ways), the analyst is told so plainly, not "unexpected problem".
      if (isTooLarge(e, this.bytes >= LARGE_REQUEST_BYTES)) throw writeTooLargeProblem();
      // A workbook that cannot be changed (view only, a dialog open, protected meanwhile): one plain sentence.
      if (isEditRefused(e)) throw editRefusedProblem(e, this.requests > 0);
      throw e;
    }
    this.requests++;
    this.bytes = 0;
  }

  private pause(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    if (this.screenUpdating) this.context.application.suspendScreenUpdatingUntilNextSync();
    this.bytes += 200;
  }
}
