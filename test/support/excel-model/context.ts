/**
 * The request context of the in-memory Excel model, with Office.js semantics:
 *   - calls on proxies are queued; they reach the document only at sync(), in order;
 *   - a property is readable only after it was loaded and a sync() delivered it (else PropertyNotLoaded);
 *   - a request (or a response) over the payload limit fails whole, like Excel on the web's 5 MB cap;
 *   - a call the host's ExcelApi level lacks fails at sync with ApiNotFound, as the CDN's office.js does
 *     on an older Excel;
 *   - the first failing call stops the batch (calls before it stay applied, as in Excel);
 *   - while the user edits a cell, every request fails (InvalidOperationInCellEditMode: office-js issues
 *     625, 856, 3021 — "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB
 *     or selecting another cell, and then try again.");
 *   - in a workbook open for viewing only (ModelDocument.readOnly), every write fails (AccessDenied).
 * Every sync is recorded with its calls and the bytes the request would send.
 *
 * Where each rule comes from (the adapter's planning of requests relies on all of them, issue 11):
 *   - queued, in order, one round trip per sync: "Application-specific API model", sections "sync()" and
 *     "load()" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 *     commands queued on proxies — reads of one sheet and of another, reads and writes — travel together
 *     at the next context.sync() and run in the order queued, so independent work of several phases may
 *     share one request; a loaded property (or a ClientResult's value) is only available after that
 *     sync, so nothing queued in a request can depend on what that same request reads;
 *   - 5 MB for a request and for a response: "Resource limits and performance optimization for Office
 *     Add-ins", section "Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *     "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error is
 *     triggered if that limit is exceeded." Also answered as a bare GeneralException (office-js issues
 *     1314, 1012): `oversize`;
 *   - 5,000,000 cells in one read: the same page ("a range … of more than 5 million cells"): `cellReadLimit`.
 */
import type { ModelDocument } from './document';

export class ExcelModelError extends Error {
  /**
   * OfficeExtension.Error's `debugInfo`: Excel names the call that failed in `errorLocation` (office-js
   * issue 217: a collection's load failing on one property of its items gave
   * "errorLocation": "Chart.plotBy"); absent where the model does not name one (a bare internal error).
   */
  debugInfo?: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    if (errorLocation) this.debugInfo = { code, message, errorLocation };
  }
}

export interface RecordedCall {
  name: string;
  bytes: number;
}

export interface SyncRecord {
  calls: RecordedCall[];
  requestBytes: number;
  responseBytes: number;
  /** Calculation / screen updating were suspended for this sync. */
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** Writes reached the document in this sync. */
  wrote: boolean;
  error?: string;
}

export interface ModelOptions {
  /** The host's ExcelApi requirement set, e.g. "1.8" (default "1.17"). */
  apiVersion?: string;
  /** Excel on the web's request cap (default 5 MB); null for none. */
  requestLimit?: number | null;
  /** Excel on the web's response cap (default 5 MB); null for none. */
  responseLimit?: number | null;
  /** A host without the preview `Workbook.use1904DateSystem` (loading it fails the sync). */
  no1904Api?: boolean;
  /** Which Excel: 'desktop' (Windows and Mac, the default) or 'web'. Some calls' undo support differs. */
  platform?: 'desktop' | 'web';
  /**
   * How an oversized request or response fails: 'documented' (RequestPayloadSizeLimitExceeded /
   * ResponsePayloadSizeLimitExceeded, the default) or 'GeneralException' — "An internal error has
   * occurred." over an HTTP 500, as Excel on the web has also answered (office-js issues 1314, 1012).
   */
  oversize?: 'documented' | 'GeneralException';
  /** The most cells one read of values, formulas or number formats may cover (default 5,000,000). */
  cellReadLimit?: number;
  /**
   * What a read over that limit gives: 'RangeExceedsLimit' (fails, the default), 'GeneralException'
   * (fails as an internal error) or 'null' (the property comes back null) — "Resource limits and
   * performance optimization for Office Add-ins" (Microsoft Learn) says such a read fails or returns null.
   */
  overCellLimit?: 'RangeExceedsLimit' | 'GeneralException' | 'null';
  /** The add-in's write budget per request (default its own 4 MB): small, a run takes many syncs. */
  writeBudget?: number;
  /**
   * How the host answers a load of each Excel table's filter state through its sheet's collection,
   * `tables.load({ autoFilter: { isDataFiltered: true } })` (Table.autoFilter, ExcelApi 1.9, loaded "for
   * EACH ITEM in the collection", Excel.Interfaces.TableCollectionLoadOptions). 'loads' (the default) as
   * documented. Not verified on every host, so the model can be a host that does not: 'GeneralException'
   * — the request fails whole with "There was an internal error while processing the request." and
   * errorLocation "Table.autoFilter", as a collection load failing on its items' property did (office-js
   * issue 217, `charts.load` → errorLocation "Chart.plotBy"); 'InvalidArgument' — the request fails whole,
   * the load's options refused ("The argument is invalid or missing or has an incorrect format.",
   * Excel.ErrorCodes); 'not-delivered' — the request succeeds but the items' nested property is not
   * delivered, and reading it throws PropertyNotLoaded (office-js issue 190: a nested path in a
   * collection's load array silently not loaded).
   */
  filterLoad?: 'loads' | 'GeneralException' | 'InvalidArgument' | 'not-delivered';
}

/** Options a batch is run with (Excel.RunOptions): the model knows mergeUndoGroup (ExcelApi 1.20). */
export interface ModelRunOptions {
  mergeUndoGroup?: boolean;
}

/**
 * Calls the add-in may make that Excel cannot undo, so that inside Excel.run({ mergeUndoGroup: true })
 * they fail with UndoNotSupported ("Undo capabilities with the Excel JavaScript API", Microsoft Learn,
 * table "Unsupported APIs": Worksheet.delete nowhere; Worksheet.name, .position and .visibility on
 * Windows and Mac, while Excel on the web can undo them). Outside a group such a call clears the undo stack.
 */
export const UNDO_UNSUPPORTED: Record<'desktop' | 'web', ReadonlySet<string>> = {
  desktop: new Set([
    'Worksheet.delete',
    'Worksheet.name',
    'Worksheet.position',
    'Worksheet.visibility',
    'WorksheetProtection.protect',
    'WorksheetProtection.unprotect',
    'WorkbookProtection.protect',
    'WorkbookProtection.unprotect',
  ]),
  web: new Set([
    'Worksheet.delete',
    'WorksheetProtection.protect',
    'WorksheetProtection.unprotect',
    'WorkbookProtection.protect',
    'WorkbookProtection.unprotect',
  ]),
};

export const FIVE_MB = 5 * 1024 * 1024;

export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split('.').map(Number);
  const [c, d] = need.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

interface Op {
  name: string;
  bytes: number;
  write: boolean;
  /** Carries the call out; a load returns the data to deliver after the sync. */
  run: () => unknown;
  deliver?: (data: unknown) => void;
}

/** What a ClientResult-returning method gives: `value` readable after sync. */
export class ModelClientResult<T> {
  private _value: T | undefined;
  private _ready = false;
  get value(): T {
    if (!this._ready)
      throw new ExcelModelError(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()".',
      );
    return this._value as T;
  }
  set(v: T): void {
    this._value = v;
    this._ready = true;
  }
}

export class ModelRequestCore {
  private queue: Op[] = [];
  readonly syncs: SyncRecord[] = [];
  private calcSuspended = false;
  private screenSuspended = false;
  readonly apiVersion: string;
  readonly requestLimit: number | null;
  readonly responseLimit: number | null;
  readonly no1904Api: boolean;
  readonly platform: 'desktop' | 'web';
  readonly oversize: 'documented' | 'GeneralException';
  readonly cellReadLimit: number;
  readonly overCellLimit: 'RangeExceedsLimit' | 'GeneralException' | 'null';
  readonly filterLoad: NonNullable<ModelOptions['filterLoad']>;
  /** Run with mergeUndoGroup on a host with ExcelApi 1.20: every sync's changes are one undo step. */
  readonly undoGrouped: boolean;
  /** Syncs of this batch that changed the document. */
  writingSyncs = 0;
  /** A call Excel cannot undo was made outside a group: the analyst's undo stack was cleared. */
  undoStackCleared = false;

  constructor(
    readonly doc: ModelDocument,
    options: ModelOptions = {},
    run: ModelRunOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.requestLimit = options.requestLimit === undefined ? FIVE_MB : options.requestLimit;
    this.responseLimit = options.responseLimit === undefined ? FIVE_MB : options.responseLimit;
    this.no1904Api = options.no1904Api ?? false;
    this.platform = options.platform ?? 'desktop';
    this.oversize = options.oversize ?? 'documented';
    this.cellReadLimit = options.cellReadLimit ?? 5000000;
    this.overCellLimit = options.overCellLimit ?? 'RangeExceedsLimit';
    this.filterLoad = options.filterLoad ?? 'loads';
    // RunOptions is a plain object: a host below ExcelApi 1.20 ignores mergeUndoGroup.
    this.undoGrouped = Boolean(run.mergeUndoGroup) && this.supports('1.20');
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  /** Queues a call. `payload` is what the request would carry (its JSON size is counted). */
  enqueue(
    name: string,
    payload: unknown,
    run: () => unknown,
    options: { write?: boolean; deliver?: (data: unknown) => void; needs?: string } = {},
  ): void {
    const bytes = estimateBytes(name, payload);
    const needs = options.needs;
    const guarded =
      needs && !this.supports(needs)
        ? () => {
            throw new ExcelModelError(
              'ApiNotFound',
              `The API you are trying to use could not be found (${name} needs ExcelApi ${needs}; this host has ${this.apiVersion}).`,
            );
          }
        : run;
    this.queue.push({ name, bytes, write: options.write ?? false, run: guarded, deliver: options.deliver });
  }

  suspendCalculation(): void {
    this.calcSuspended = true;
  }

  suspendScreen(): void {
    this.screenSuspended = true;
  }

  /** Drops the queued calls (a request that failed whole). */
  discard(): void {
    this.queue = [];
    this.calcSuspended = false;
    this.screenSuspended = false;
  }

  /** Queued calls not yet sent. */
  get pending(): number {
    return this.queue.length;
  }

  /** The failure of an oversized request or response, in the shape this host gives it. */
  private oversized(record: SyncRecord, code: string, message: string): ExcelModelError {
    if (this.oversize === 'GeneralException') {
      record.error = 'GeneralException';
      return internalError(message);
    }
    record.error = code;
    return new ExcelModelError(code, message);
  }

  /** A read of `cells` cells: over the limit it fails (or gives null: returns false). */
  checkCellRead(cells: number): boolean {
    if (cells <= this.cellReadLimit) return true;
    if (this.overCellLimit === 'null') return false;
    if (this.overCellLimit === 'GeneralException') throw internalError(`a read of ${cells} cells`);
    throw new ExcelModelError(
      'RangeExceedsLimit',
      `The cell count in range has exceeded the maximum supported number (${cells} cells).`,
    );
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      calls: ops.map((o) => ({ name: o.name, bytes: o.bytes })),
      requestBytes: ops.reduce((n, o) => n + o.bytes, 0) + 200,
      responseBytes: 0,
      calculationSuspended: this.calcSuspended,
      screenUpdatingSuspended: this.screenSuspended,
      wrote: false,
    };
    this.calcSuspended = false;
    this.screenSuspended = false;
    this.syncs.push(record);
    await Promise.resolve();
    if (this.doc.cellEditMode) {
      record.error = 'InvalidOperationInCellEditMode';
      throw new ExcelModelError(
        'InvalidOperationInCellEditMode',
        'The operation is not allowed while Excel is in cell-edit mode. Please exit edit mode by pressing ENTER or TAB, or by selecting another cell, and then try again.',
      );
    }
    if (this.requestLimit !== null && record.requestBytes > this.requestLimit) {
      throw this.oversized(
        record,
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${record.requestBytes} bytes).`,
      );
    }
    const deliveries: [Op, unknown][] = [];
    const unsupported = UNDO_UNSUPPORTED[this.platform];
    for (const op of ops) {
      try {
        if (op.write && this.doc.readOnly)
          throw new ExcelModelError(
            'AccessDenied',
            `You cannot perform the requested operation (${op.name}: the workbook is open read-only).`,
          );
        if (op.write && unsupported.has(op.name)) {
          if (this.undoGrouped)
            throw new ExcelModelError(
              'UndoNotSupported',
              `The operation can't be grouped for undo (${op.name} cannot be undone in Excel on ${this.platform === 'web' ? 'the web' : 'Windows and Mac'}).`,
            );
          this.undoStackCleared = true;
        }
        const data = op.run();
        if (op.write) record.wrote = true;
        if (op.deliver) deliveries.push([op, data]);
      } catch (e) {
        record.error = e instanceof ExcelModelError ? e.code : String(e);
        throw e;
      }
    }
    if (record.wrote) this.writingSyncs++;
    record.responseBytes = deliveries.reduce((n, [, d]) => n + jsonLength(d), 0) + 100;
    if (this.responseLimit !== null && record.responseBytes > this.responseLimit) {
      throw this.oversized(
        record,
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`,
      );
    }
    for (const [op, data] of deliveries) op.deliver!(data);
  }
}

/** A value's size as JSON in UTF-8 bytes, as it travels (↑ ↓ ↔ ■ are three bytes each). */
function jsonLength(v: unknown): number {
  return v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v), 'utf8');
}

/** An internal error, as office.js reports Excel on the web's HTTP 500. */
export function internalError(detail: string): ExcelModelError {
  return Object.assign(new ExcelModelError('GeneralException', `An internal error has occurred. (${detail})`), {
    httpStatusCode: 500,
  });
}

/** A call's size on the wire: its name, its arguments as JSON, and some framing. */
export function estimateBytes(name: string, payload: unknown): number {
  return name.length + jsonLength(payload) + 40;
}
