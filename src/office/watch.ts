/**
 * Watching the analyst's edits for "keep summaries up to date" (issue 13 item 2): Worksheet.onChanged
 * (ExcelApi 1.7) on each sheet holding indicator tables. Edits outside the tables' rows, and the
 * add-in's own writes (triggerSource 'ThisLocalAddin', ExcelApi 1.14; on older hosts the pane ignores
 * every change while its own run is in flight), are not passed on.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
 */
import { parseAreaAddress } from '../core';
import type { ExcelHost } from './host';

/** The rows (0-based, inclusive) of one indicator table's body. */
export interface WatchedRows {
  sheet: string;
  top: number;
  bottom: number;
  /**
   * Columns (0-based) holding no figure or target: commentary, an exec lead, an owner
   * (core/read/known-columns.ts). An edit only there does not say "Figures changed" (fresh user 11).
   */
  quiet?: number[];
}

export interface EditWatch {
  stop(): Promise<void>;
}

interface ChangedArgs {
  address?: string;
  triggerSource?: string;
}

interface Registration {
  remove(): void;
  context: { sync(): Promise<void> };
}

/** True when a change at `address` on `sheet` touches an indicator table's rows. */
export function touchesTables(areas: WatchedRows[], sheet: string, address: string | undefined): boolean {
  if (!address) return false;
  return address.split(',').some((part) => {
    const a = parseAreaAddress(part);
    return a !== null && areas.some((w) => w.sheet === sheet && a.top <= w.bottom && a.bottom >= w.top);
  });
}

/**
 * True when a change at `address` on `sheet` is only in the tables' quiet columns (commentary, a lead):
 * no figure or target changed, as far as the pane can tell without reading the cells. A comment is still
 * read at the next scoring (a "not available" there makes the quarter a data gap).
 */
export function onlyQuietColumns(areas: WatchedRows[], sheet: string, address: string | undefined): boolean {
  if (!address) return false;
  return address.split(',').every((part) => {
    const a = parseAreaAddress(part);
    if (a === null) return false;
    const touched = areas.filter((w) => w.sheet === sheet && a.top <= w.bottom && a.bottom >= w.top);
    return touched.every((w) => {
      for (let c = a.left; c <= a.right; c++) if (!(w.quiet ?? []).includes(c)) return false;
      return true;
    });
  });
}

/** Registers onChanged on every sheet with tables; `onEdit` hears the analyst's edits inside them. */
export async function watchEdits(
  host: ExcelHost,
  areas: WatchedRows[],
  onEdit: (sheet: string, address: string) => void,
): Promise<EditWatch> {
  const sheets = [...new Set(areas.map((a) => a.sheet))];
  const registrations = await host.run(async (context) => {
    const out: Registration[] = [];
    for (const sheet of sheets) {
      const ws = context.workbook.worksheets.getItem(sheet);
      const handler = async (args: ChangedArgs) => {
        if (args.triggerSource === 'ThisLocalAddin') return;
        if (touchesTables(areas, sheet, args.address)) onEdit(sheet, args.address!);
      };
      out.push(
        ws.onChanged.add(
          handler as unknown as (a: Excel.WorksheetChangedEventArgs) => Promise<unknown>,
        ) as unknown as Registration,
      );
    }
    await context.sync();
    return out;
  });
  return {
    stop: async () => {
      for (const r of registrations) r.remove();
      await Promise.all([...new Set(registrations.map((r) => r.context))].map((c) => c.sync()));
    },
  };
}
