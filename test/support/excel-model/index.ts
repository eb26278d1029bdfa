/**
 * An in-memory model of the parts of the Excel JavaScript API the add-in uses, with Office.js semantics
 * (see context.ts), for tests only: never shipped. `model.host` stands where Excel.run and
 * Office.context.requirements stand in the add-in.
 */
import type { ExcelHost } from '../../../src/office/host';
import {
  ExcelModelError,
  ModelRequestCore,
  versionAtLeast,
  type ModelOptions,
  type ModelRunOptions,
  type SyncRecord,
} from './context';
import { ModelDocument as Doc } from './document';
import { ModelWorkbook } from './workbook';

export {
  ExcelModelError,
  FIVE_MB,
  UNDO_UNSUPPORTED,
  type ModelOptions,
  type ModelRunOptions,
  type SyncRecord,
  type RecordedCall,
} from './context';
export { ModelSheet, ModelDocument, type ModelCell } from './document';

export class ExcelModel {
  readonly doc: Doc;
  readonly options: ModelOptions;
  /** Every sync of every batch run against this model, in order. */
  readonly syncs: SyncRecord[] = [];
  private readonly cores: ModelRequestCore[] = [];
  /**
   * The analyst's Ctrl+Z stack, as the add-in's batches left it: one step per sync that changed the
   * workbook, or one per batch run with mergeUndoGroup (ExcelApi 1.20); emptied by a call Excel cannot
   * undo ("Undo capabilities with the Excel JavaScript API", Microsoft Learn). Counts only.
   */
  undoSteps = 0;
  /**
   * A failure to inject: the n-th sync from now (1 = the next) fails whole, with GeneralException, and
   * nothing of its request reaches the workbook — as when the connection drops, the analyst switches
   * workbooks or Office ends a command at its 5-minute limit (issue 9; office-js issue 2196 for a
   * GeneralException from freezePanes on Office 2019). Syncs before it stay applied: Excel has no rollback.
   */
  failSync: number | null = null;
  private syncsSinceFailSet = 0;

  /**
   * How the injected failure is reported: GeneralException (the default), or InactiveWorkbook — "The
   * operation failed because multiple workbooks are open and the workbook being called by this API has
   * lost focus" (Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), as
   * Excel on Windows and Mac answers once the analyst brings another workbook to the front mid-run
   * (older builds answered GeneralException: office-js issue 771).
   */
  failCode: 'GeneralException' | 'InactiveWorkbook' = 'GeneralException';

  /** Makes the n-th sync from now fail (see failSync); null for none. */
  failAt(n: number | null, code: 'GeneralException' | 'InactiveWorkbook' = 'GeneralException'): void {
    this.failSync = n;
    this.failCode = code;
    this.syncsSinceFailSet = 0;
  }

  constructor(doc: Doc = new Doc(), options: ModelOptions = {}) {
    this.doc = doc;
    this.options = options;
    if (options.writeBudget) this.host.writeBudget = options.writeBudget;
  }

  get apiVersion(): string {
    return this.options.apiVersion ?? '1.17';
  }

  /** A fresh request context, as Excel.run hands one to a batch. */
  newContext(run: ModelRunOptions = {}): { context: Excel.RequestContext; core: ModelRequestCore } {
    const core = new ModelRequestCore(this.doc, this.options, run);
    this.cores.push(core);
    const workbook = new ModelWorkbook(core);
    const context = {
      workbook,
      application: workbook.application,
      sync: async () => {
        if (core.pending === 0) return;
        if (this.failSync !== null && ++this.syncsSinceFailSet === this.failSync) {
          core.discard();
          this.syncs.push({
            calls: [],
            requestBytes: 0,
            responseBytes: 0,
            calculationSuspended: false,
            screenUpdatingSuspended: false,
            wrote: false,
            error: this.failCode,
          });
          throw new ExcelModelError(
            this.failCode,
            this.failCode === 'InactiveWorkbook'
              ? 'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.'
              : 'There was an internal error while processing the request (injected failure).',
          );
        }
        const before = core.syncs.length;
        try {
          await core.sync();
        } finally {
          this.syncs.push(...core.syncs.slice(before));
        }
      },
      trackedObjects: { add: () => undefined, remove: () => undefined },
    };
    return { context: context as unknown as Excel.RequestContext, core };
  }

  readonly host: ExcelHost = {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ModelRunOptions): Promise<T> => {
      const { context, core } = this.newContext(options);
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        if (core.undoStackCleared) this.undoSteps = 0;
        else if (core.undoGrouped) this.undoSteps += core.writingSyncs > 0 ? 1 : 0;
        else this.undoSteps += core.writingSyncs;
      }
    },
    isSetSupported: (name: string, version: string) => name === 'ExcelApi' && versionAtLeast(this.apiVersion, version),
    writeBudget: undefined,
  };

  /** Forgets the recorded syncs (e.g. after setting a workbook up). */
  clearLog(): void {
    this.syncs.length = 0;
  }

  get callCount(): number {
    return this.syncs.reduce((n, s) => n + s.calls.length, 0);
  }

  get largestRequest(): number {
    return this.syncs.reduce((n, s) => Math.max(n, s.requestBytes), 0);
  }

  get largestResponse(): number {
    return this.syncs.reduce((n, s) => Math.max(n, s.responseBytes), 0);
  }
}
