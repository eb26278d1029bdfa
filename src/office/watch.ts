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
