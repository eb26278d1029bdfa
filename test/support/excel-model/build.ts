/** Building a model workbook from grids (values and merged areas), as an analyst's workbook would be. */
import type { SheetGrid } from '../../../src/core/model';
import { ModelWorkbook } from './document';
import { ExcelModel } from './index';
import type { ModelOptions } from './context';

export function documentFromGrids(grids: SheetGrid[]): ModelWorkbook {
  const doc = new ModelWorkbook();
  for (const g of grids) {
    const sheet = doc.add(g.name);
    g.values.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sheet.edit(r, c);
      cell.value = v;
    }));
    sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
  }
  return doc;
}

export function modelFromGrids(grids: SheetGrid[], options: ModelOptions = {}): ExcelModel {
  return new ExcelModel(documentFromGrids(grids), options);
}
