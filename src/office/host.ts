/**
 * Where the adapter meets Office: a way to run a batch against the workbook and to ask which Excel
 * API requirement sets the host supports. In the add-in this is Excel.run and
 * Office.context.requirements; in tests, the in-memory Excel model.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
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
}

export function abilitiesOf(host: ExcelHost): HostAbilities {
  return { rangeAreas: host.isSetSupported('ExcelApi', '1.9'), mergedAreas: host.isSetSupported('ExcelApi', '1.13') };
}

/** The host inside Excel: Excel.run and Office's requirement check. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
