/**
 * A model document as JSON and back: the browser test loads the workbook into the in-memory Excel model
 * in Node (through ExcelJS) and hands the page the document as JSON, so the page needs no ExcelJS.
 */
import type { Area } from '../../../src/core/model';
import { ModelDocument, type ModelCell, type Visibility } from '../../support/excel-model/document';

export interface SheetJson {
  name: string;
  visibility: Visibility;
  protected: boolean;
  tabColor: string;
  freeze: { rows: number; cols: number } | null;
  columnWidths: [number, number][];
  merges: Area[];
  cells: [string, ModelCell][];
}

export interface DocumentJson {
  sheets: SheetJson[];
  structureProtected: boolean;
  date1904: boolean;
}

export function documentToJson(doc: ModelDocument): DocumentJson {
  return {
    structureProtected: doc.structureProtected,
    date1904: doc.date1904,
    sheets: doc.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      tabColor: s.tabColor,
      freeze: s.freeze,
      columnWidths: [...s.columnWidths],
      merges: s.merges,
      cells: [...s.cells],
    })),
  };
}

export function documentFromJson(json: DocumentJson): ModelDocument {
  const doc = new ModelDocument();
  doc.structureProtected = json.structureProtected;
  doc.date1904 = json.date1904;
  for (const j of json.sheets) {
    const s = doc.add(j.name);
    s.visibility = j.visibility;
    s.protected = j.protected;
    s.tabColor = j.tabColor;
    s.freeze = j.freeze;
    for (const [c, w] of j.columnWidths) s.columnWidths.set(c, w);
    s.merges = j.merges;
    for (const [k, c] of j.cells) s.cells.set(k, c);
  }
  return doc;
}
