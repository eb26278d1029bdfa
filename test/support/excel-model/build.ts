/** Building a model workbook from grids (values and merged areas), as an analyst's workbook would be. */
import type { SheetGrid } from '../../../src/core/model';
import { ModelDocument } from './document';
import { ExcelModel } from './index';
import type { ModelOptions } from './context';

export function documentFromGrids(grids: SheetGrid[]): ModelDocument {
  const doc = new ModelDocument();
  for (const g of grids) {
    const sheet = doc.add(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = sheet.edit(r, c);
        cell.value = v;
      }),
    );
    sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
    if (g.hidden) sheet.visibility = 'Hidden';
  }
  return doc;
}

export function modelFromGrids(grids: SheetGrid[], options: ModelOptions = {}): ExcelModel {
  return new ExcelModel(documentFromGrids(grids), options);
}

/** The grids (values and merges) of a model document, as an adapter would read them. */
export function gridsOfDocument(doc: ModelDocument): SheetGrid[] {
  return doc.sheets.map((s) => {
    const area = s.usedArea(true);
    const values: SheetGrid['values'] = [];
    if (area) {
      for (let r = 0; r <= area.bottom; r++) {
        const row: SheetGrid['values'][number] = [];
        for (let c = 0; c <= area.right; c++) row.push(s.cell(r, c)?.value ?? null);
        values.push(row);
      }
    }
    return {
      name: s.name,
      values,
      merges: s.merges.map((m) => ({ ...m })),
      ...(s.visibility === 'Visible' ? {} : { hidden: true }),
    };
  });
}
