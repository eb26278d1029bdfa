/**
 * An in-memory model of the parts of the Excel JavaScript API the add-in uses, with Office.js semantics
 * (see context.ts), for tests only: never shipped. `model.host` stands where Excel.run and
 * Office.context.requirements stand in the add-in.
 */
import type { ExcelHost } from '../../../src/office/host';
import { ModelRequestCore, versionAtLeast, type ModelOptions, type SyncRecord } from './context';
import { ModelWorkbook as Doc } from './document';
import { ModelWorkbook } from './workbook';

export { ExcelModelError, FIVE_MB, type ModelOptions, type SyncRecord, type RecordedCall } from './context';
export { ModelSheet, ModelWorkbook as ModelDocument, type ModelCell } from './document';

export class ExcelModel {
  readonly doc: Doc;
  readonly options: ModelOptions;
  /** Every sync of every batch run against this model, in order. */
  readonly syncs: SyncRecord[] = [];
  private readonly cores: ModelRequestCore[] = [];

  constructor(doc: Doc = new Doc(), options: ModelOptions = {}) {
    this.doc = doc;
    this.options = options;
  }

  get apiVersion(): string {
    return this.options.apiVersion ?? '1.17';
  }

  /** A fresh request context, as Excel.run hands one to a batch. */
  newContext(): { context: Excel.RequestContext; core: ModelRequestCore } {
    const core = new ModelRequestCore(this.doc, this.options);
    this.cores.push(core);
    const workbook = new ModelWorkbook(core);
    const context = {
      workbook,
      application: workbook.application,
      sync: async () => {
        if (core.pending === 0) return;
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
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const { context } = this.newContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
    isSetSupported: (name: string, version: string) => name === 'ExcelApi' && versionAtLeast(this.apiVersion, version),
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
