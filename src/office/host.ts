/**
 * Where the adapter meets Office: a way to run a batch against the workbook and to ask which Excel
 * API requirement sets the host supports. In the add-in this is Excel.run and
 * Office.context.requirements; in tests, the in-memory Excel model.
 */
export interface ExcelHost {
  /** Excel.run; `options` (Excel.RunOptions) only where the host has what they need. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
  /** Bytes one write request may carry, when smaller than PAYLOAD_BUDGET (tests: a run of many syncs). */
  writeBudget?: number;
}

/**
 * The add-in needs ExcelApi 1.7 (Excel 2019 and later, Microsoft 365, Excel on the web): sheet tab
 * colours, freeze panes, hyperlinks and workbook protection arrive in 1.7. RangeAreas, cell
 * properties and paused screen updating (1.9) and merged-area reading (1.13) are used when present.
 */
export const MIN_EXCEL_API = '1.7';

export interface HostAbilities {
  /** worksheet.getRanges, range.getCellProperties, suspendScreenUpdatingUntilNextSync. */
  rangeAreas: boolean;
  /** range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** Excel.run({ mergeUndoGroup: true }): a run is one step of the analyst's Ctrl+Z (ExcelApi 1.20). */
  undoGroups: boolean;
  /**
   * getCellProperties / setCellProperties `textRuns` (ExcelApi 1.18): an owned cell's rich text is kept
   * for undo and put back (issue 8 item 6). Absent: false.
   */
  textRuns?: boolean;
  /**
   * Range.hasSpill and getSpillParentOrNullObject (ExcelApi 1.12): owned cells inside a dynamic array's
   * results are found and the run refused (owned-conflicts.ts). Below 1.12 (Excel 2019) Excel has no
   * dynamic arrays to find. Absent: false.
   */
  spills?: boolean;
  /** The write budget per request, when the host sets a smaller one than PAYLOAD_BUDGET. */
  writeBudget?: number;
}

export function abilitiesOf(host: ExcelHost): HostAbilities {
  return {
    rangeAreas: host.isSetSupported('ExcelApi', '1.9'),
    mergedAreas: host.isSetSupported('ExcelApi', '1.13'),
    undoGroups: host.isSetSupported('ExcelApi', UNDO_GROUP_API),
    textRuns: host.isSetSupported('ExcelApi', TEXT_RUNS_API),
    spills: host.isSetSupported('ExcelApi', SPILL_API),
    ...(host.writeBudget ? { writeBudget: host.writeBudget } : {}),
  };
}

/** Range.hasSpill and getSpillParentOrNullObject arrived in ExcelApi 1.12. */
export const SPILL_API = '1.12';

/** Excel.RangeTextRun, read and written through getCellProperties / setCellProperties, arrived in ExcelApi 1.18. */
export const TEXT_RUNS_API = '1.18';

/** RunOptions.mergeUndoGroup arrived in ExcelApi 1.20 (Microsoft 365 Version 2509, Excel on the web, Mac 16.100). */
export const UNDO_GROUP_API = '1.20';

/**
 * Excel's answer when a call inside a merged undo group cannot be undone ("Undo capabilities with the
 * Excel JavaScript API", Microsoft Learn): Worksheet.delete everywhere; renaming, moving and hiding a
 * sheet on Windows and Mac.
 */
export function isUndoNotSupported(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'UndoNotSupported';
}

/**
 * Thrown by a batch run as one undo group, before it has written anything, when what it is about to do
 * includes a call Excel cannot group (see isUndoNotSupported): the run is then made again the ordinary
 * way. Its code is Excel's own, so one fallback handles both.
 */
export class UndoGroupDeclined extends Error {
  readonly code = 'UndoNotSupported';
  constructor(what: string) {
    super(`This run ${what}, which Excel cannot undo as part of one step.`);
    this.name = 'UndoGroupDeclined';
  }
}

/**
 * Runs a batch that writes as ONE step of the analyst's Ctrl+Z where the host can (ExcelApi 1.20,
 * mergeUndoGroup), else as today (each sync its own step). `batch` is told whether it runs grouped, so it
 * can decline (UndoGroupDeclined) before writing when it must rename, hide, move or delete a sheet.
 * When Excel refuses the group (UndoNotSupported), the batch is run again ungrouped: it reads the
 * workbook afresh, so it plans from what is there. The add-in's own Undo is unaffected either way.
 */
export async function runAsOneUndoStep<T>(
  host: ExcelHost,
  abilities: HostAbilities,
  batch: (context: Excel.RequestContext, grouped: boolean) => Promise<T>,
): Promise<T> {
  if (!abilities.undoGroups) return host.run((context) => batch(context, false));
  try {
    return await host.run((context) => batch(context, true), { mergeUndoGroup: true });
  } catch (e) {
    if (!isUndoNotSupported(e)) throw e;
    return host.run((context) => batch(context, false));
  }
}

/** The host inside Excel: Excel.run and Office's requirement check. */
export function officeHost(): ExcelHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
